##> ['a', 'b', '', 'c']
r = 'a,b,,c'
print(repr(r.split(',')))
---
##> ['a', 'b', ',c']
r = 'a,b,,c'
print(repr(r.split(',', 2)))
---
##> ['a,b', '', 'c']
r = 'a,b,,c'
print(repr(r.rsplit(',', 2)))
---
##> ['a', 'b', 'c']
r = '  a b  c  '
print(repr(r.split()))
---
##> ['a', 'b  c  ']
r = '  a b  c  '
print(repr(r.split(None, 1)))
---
##> ['  a b', 'c']
r = '  a b  c  '
print(repr(r.rsplit(None, 1)))
---
##> []
r = ''
print(repr(r.split()))
---
##> ['']
r = ''
print(repr(r.split(',')))
---
##> ['a', 'b', 'c', 'd', 'e']
r = 'a\tb\nc\x0bd\x1ce'
print(repr(r.split()))
---
### ValueError: empty separator
##= 1
r = 'abc'
print(repr(r.split('')))
---
##> ['a b c']
r = 'a b c'
print(repr(r.rsplit(None, 0)))
---
##> ['a b c']
r = 'a b c'
print(repr(r.split(None, 0)))
---
##> ['aXb', 'c']
r = 'aXbXc'
print(repr(r.rsplit('X', 1)))
---
### TypeError: must be str or None, not int
##= 1
r = 'abc'
print(repr(r.split(1)))
---
##> 'x'
r = '  x  '
print(repr(r.strip()))
---
##> 'hi'
r = 'xxhixx'
print(repr(r.strip('x')))
---
##> 'hixx'
r = 'xxhixx'
print(repr(r.lstrip('x')))
---
##> 'xxhi'
r = 'xxhixx'
print(repr(r.rstrip('x')))
---
### TypeError: strip arg must be None or str
##= 1
r = 'abc'
print(repr(r.strip(1)))
---
##> 'hi'
r = '\xa0 hi \u2003'
print(repr(r.strip()))
---
##> 'Hello World'
r = 'hello world'
print(repr(r.title()))
---
##> "They'Re Bill'S"
r = "they're bill's"
print(repr(r.title()))
---
##> 'Hello world'
r = 'hELLO wORLD'
print(repr(r.capitalize()))
---
##> 'hELLO'
r = 'Hello'
print(repr(r.swapcase()))
---
##> 'STRASSE'
r = 'straße'
print(repr(r.upper()))
---
##> 'àéî'
r = 'ÀÉÎ'
print(repr(r.lower()))
---
##> 'strasse'
r = 'Straße'
print(repr(r.casefold()))
---
##> 'bbb'
r = 'aaa'
print(repr(r.replace('a', 'b')))
---
##> 'bba'
r = 'aaa'
print(repr(r.replace('a', 'b', 2)))
---
##> '-a-b-'
r = 'ab'
print(repr(r.replace('', '-')))
---
##> '-a-b'
r = 'ab'
print(repr(r.replace('', '-', 2)))
---
##> 'hello'
r = 'héllo'
print(repr(r.replace('é', 'e')))
---
### TypeError: replace() argument 1 must be str, not int
##= 1
r = 'a'
print(repr(r.replace(1, 'b')))
---
##> True
r = 'hello'
print(repr(r.startswith('he')))
---
##> True
r = 'hello'
print(repr(r.startswith(('x', 'he'))))
---
##> True
r = 'hello'
print(repr(r.startswith('l', 2)))
---
##> True
r = 'hello'
print(repr(r.endswith('lo')))
---
##> True
r = 'hello'
print(repr(r.endswith('l', 0, 4)))
---
##> True
r = 'abc'
print(repr(r.startswith('', 3)))
---
##> False
r = 'abc'
print(repr(r.startswith('', 4)))
---
### TypeError: startswith first arg must be str or a tuple of str, not int
##= 1
r = 'hello'
print(repr(r.startswith(1)))
---
### TypeError: tuple for endswith must only contain str, not int
##= 1
r = 'hello'
print(repr(r.endswith((1,))))
---
##> 6
r = 'héllo wörld'
print(repr(r.find('w')))
---
##> 9
r = 'héllo wörld'
print(repr(r.rfind('l')))
---
##> 3
r = 'héllo'
print(repr(r.find('l', 3)))
---
##> 3
r = 'héllo'
print(repr(r.find('l', -2)))
---
##> -1
r = 'abc'
print(repr(r.find('', 5)))
---
##> 3
r = 'abc'
print(repr(r.find('', 3)))
---
##> -1
r = 'abc'
print(repr(r.find('', 2, 1)))
---
##> 2
r = 'abcabc'
print(repr(r.index('c')))
---
##> 3
r = 'abcabc'
print(repr(r.rindex('a')))
---
### ValueError: substring not found
##= 1
r = 'abc'
print(repr(r.index('z')))
---
### ValueError: substring not found
##= 1
r = 'abc'
print(repr(r.rindex('z')))
---
### TypeError: must be str, not int
##= 1
r = 'abc'
print(repr(r.find(1)))
---
##> 2
r = 'abcabc'
print(repr(r.count('bc')))
---
##> 4
r = 'abc'
print(repr(r.count('')))
---
##> 0
r = 'abc'
print(repr(r.count('', 5)))
---
##> 2
r = 'aaaa'
print(repr(r.count('aa')))
---
##> 1
r = 'héllo'
print(repr(r.count('l', 0, 3)))
---
##> True
r = '123'
print(repr(r.isdigit()))
---
##> True
r = '²'
print(repr(r.isdigit()))
---
##> False
r = '²'
print(repr(r.isdecimal()))
---
##> True
r = '½'
print(repr(r.isnumeric()))
---
##> False
r = ''
print(repr(r.isdigit()))
---
##> True
r = 'abc'
print(repr(r.isalpha()))
---
##> False
r = 'ab1'
print(repr(r.isalpha()))
---
##> True
r = 'ab1'
print(repr(r.isalnum()))
---
##> True
r = ' \t\n'
print(repr(r.isspace()))
---
##> False
r = ''
print(repr(r.isspace()))
---
##> True
r = 'ABC1'
print(repr(r.isupper()))
---
##> True
r = 'abc1'
print(repr(r.islower()))
---
##> False
r = '1'
print(repr(r.isupper()))
---
##> True
r = 'Hello World'
print(repr(r.istitle()))
---
##> False
r = 'Hello world'
print(repr(r.istitle()))
---
##> True
r = 'x1'
print(repr(r.isidentifier()))
---
##> False
r = '1x'
print(repr(r.isidentifier()))
---
##> True
r = '_'
print(repr(r.isidentifier()))
---
##> True
r = 'é'
print(repr(r.isidentifier()))
---
##> 'abc   '
r = 'abc'
print(repr(r.ljust(6)))
---
##> '***abc'
r = 'abc'
print(repr(r.rjust(6, '*')))
---
##> ' abc  '
r = 'abc'
print(repr(r.center(6)))
---
##> '**abc**'
r = 'abc'
print(repr(r.center(7, '*')))
---
##> '  ab '
r = 'ab'
print(repr(r.center(5)))
---
##> 'abc'
r = 'abc'
print(repr(r.center(2)))
---
##> 'üéüü'
r = 'é'
print(repr(r.center(4, 'ü')))
---
### TypeError: The fill character must be exactly one character long
##= 1
r = 'abc'
print(repr(r.ljust(5, 'ab')))
---
### TypeError: 'str' object cannot be interpreted as an integer
##= 1
r = 'abc'
print(repr(r.ljust('x')))
---
##> '-00042'
r = '-42'
print(repr(r.zfill(6)))
---
##> '+00'
r = '+'
print(repr(r.zfill(3)))
---
##> '42'
r = '42'
print(repr(r.zfill(1)))
---
##> ['a', 'b', 'c', 'd', 'e', 'f']
r = 'a\r\nb\rc\x0bd\x1ce\u2028f\n'
print(repr(r.splitlines()))
---
##> ['a\r\n', 'b\r', 'c\n']
r = 'a\r\nb\rc\n'
print(repr(r.splitlines(True)))
---
##> []
r = ''
print(repr(r.splitlines()))
---
##> ['a', '', 'b']
r = 'a\n\nb'
print(repr(r.splitlines()))
---
##> ('a', '=', 'b=c')
r = 'a=b=c'
print(repr(r.partition('=')))
---
##> ('a=b', '=', 'c')
r = 'a=b=c'
print(repr(r.rpartition('=')))
---
##> ('abc', '', '')
r = 'abc'
print(repr(r.partition('=')))
---
##> ('', '', 'abc')
r = 'abc'
print(repr(r.rpartition('=')))
---
### ValueError: empty separator
##= 1
r = 'abc'
print(repr(r.partition('')))
---
##> 'a       b\n        c'
r = 'a\tb\n\tc'
print(repr(r.expandtabs()))
---
##> 'a   b\n    c'
r = 'a\tb\n\tc'
print(repr(r.expandtabs(4)))
---
##> 'abc'
r = 'ab\tc'
print(repr(r.expandtabs(0)))
---
##> 'x'
r = 'prefix-x'
print(repr(r.removeprefix('prefix-')))
---
##> 'x'
r = 'x-suffix'
print(repr(r.removesuffix('-suffix')))
---
##> 'x'
r = 'x'
print(repr(r.removesuffix('')))
---
##> True
r = 'abc'
print(repr(r.isascii()))
---
##> False
r = 'é'
print(repr(r.isascii()))
---
##> 'a,b,c'
r = ','
print(repr(r.join(['a', 'b', 'c'])))
---
##> 'a'
r = ','
print(repr(r.join(('a',))))
---
##> ''
r = ''
print(repr(r.join([])))
---
### TypeError: sequence item 1: expected str instance, int found
##= 1
r = ','
print(repr(r.join(['a', 1])))
---
### TypeError: can only join an iterable
##= 1
r = ','
print(repr(r.join(1)))
---
##> 'a-b-c'
r = '-'
print(repr(r.join('abc')))
---
### TypeError: str.upper() takes no arguments (1 given)
##= 1
r = 'abc'
print(repr(r.upper(1)))
---
### TypeError: str.zfill() takes exactly one argument (0 given)
##= 1
r = 'abc'
print(repr(r.zfill()))
---
##> 'é'
print(repr('héllo'[1]))
---
##> 'o'
print(repr('héllo'[-1]))
---
### IndexError: string index out of range
##= 1
print(repr('héllo'[5]))
---
### IndexError: string index out of range
##= 1
print(repr('abc'[-4]))
---
##> 'él'
print(repr('héllo'[1:3]))
---
##> 'olléh'
print(repr('héllo'[::-1]))
---
### IndexError: string index out of range
##= 1
print(repr('abc'[10]))
---
##> 'ab'
print(repr('abc'[-10:2]))
---
##> 'ace'
print(repr('abcdef'[::2]))
---
##> 'fd'
print(repr('abcdef'[5:1:-2]))
---
### ValueError: slice step cannot be zero
##= 1
print(repr('abcdef'[::0]))
---
### TypeError: string indices must be integers, not 'str'
##= 1
print(repr('abc'['x']))
---
##> 'b'
print(repr('abc'[True]))
---
##> 'y'
print(repr('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxéyyyyyyyyyy'[75]))
---
##> 'xéy'
print(repr('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxéyyyyyyyyyy'[69:72]))
---
##> 'y'
print(repr('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxéyyyyyyyyyy'[-1]))
---
##> 'é'
print(repr('éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé'[99]))
---
##> 5
print(repr(len('héllo')))
---
##> 71
print(repr(len('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxé')))
---
##> True
print(repr('ll' in 'héllo'))
---
### TypeError: 'in <string>' requires string as left operand, not int
##= 1
print(repr(1 in 'abc'))
---
##> ['h', 'é', 'l', 'l', 'o']
print(repr(list('héllo')))
---
##> None
##> [1, 2, 3, 4]
r = [1, 2, 3]
try:
    print(repr(r.append(4)))
finally:
    print(repr(r))
---
##> [1]
### TypeError: list.append() takes exactly one argument (0 given)
##= 1
r = [1]
try:
    print(repr(r.append()))
finally:
    print(repr(r))
---
##> None
##> [1, 2, 3]
r = [1]
try:
    print(repr(r.extend((2, 3))))
finally:
    print(repr(r))
---
##> None
##> [1, 'a', 'b']
r = [1]
try:
    print(repr(r.extend('ab')))
finally:
    print(repr(r))
---
##> [1]
### TypeError: 'int' object is not iterable
##= 1
r = [1]
try:
    print(repr(r.extend(5)))
finally:
    print(repr(r))
---
##> None
##> [1, 9, 2, 3]
r = [1, 2, 3]
try:
    print(repr(r.insert(1, 9)))
finally:
    print(repr(r))
---
##> None
##> [1, 2, 9, 3]
r = [1, 2, 3]
try:
    print(repr(r.insert(-1, 9)))
finally:
    print(repr(r))
---
##> None
##> [1, 2, 3, 9]
r = [1, 2, 3]
try:
    print(repr(r.insert(10, 9)))
finally:
    print(repr(r))
---
##> None
##> [9, 1, 2, 3]
r = [1, 2, 3]
try:
    print(repr(r.insert(-10, 9)))
finally:
    print(repr(r))
---
##> [1]
### TypeError: insert expected 2 arguments, got 1
##= 1
r = [1]
try:
    print(repr(r.insert(1)))
finally:
    print(repr(r))
---
##> None
##> [2, 1]
r = [1, 2, 1]
try:
    print(repr(r.remove(1)))
finally:
    print(repr(r))
---
##> [1]
### ValueError: list.remove(x): x not in list
##= 1
r = [1]
try:
    print(repr(r.remove(2)))
finally:
    print(repr(r))
---
##> 3
##> [1, 2]
r = [1, 2, 3]
try:
    print(repr(r.pop()))
finally:
    print(repr(r))
---
##> 1
##> [2, 3]
r = [1, 2, 3]
try:
    print(repr(r.pop(0)))
finally:
    print(repr(r))
---
##> 3
##> [1, 2]
r = [1, 2, 3]
try:
    print(repr(r.pop(-1)))
finally:
    print(repr(r))
---
##> []
### IndexError: pop from empty list
##= 1
r = []
try:
    print(repr(r.pop()))
finally:
    print(repr(r))
---
##> [1]
### IndexError: pop index out of range
##= 1
r = [1]
try:
    print(repr(r.pop(5)))
finally:
    print(repr(r))
---
##> [1]
### TypeError: 'str' object cannot be interpreted as an integer
##= 1
r = [1]
try:
    print(repr(r.pop('a')))
finally:
    print(repr(r))
---
##> [1]
### TypeError: pop expected at most 1 argument, got 2
##= 1
r = [1]
try:
    print(repr(r.pop(1, 2)))
finally:
    print(repr(r))
---
##> None
##> []
r = [1, 2]
try:
    print(repr(r.clear()))
finally:
    print(repr(r))
---
##> 1
##> [1, 2, 3, 2]
r = [1, 2, 3, 2]
try:
    print(repr(r.index(2)))
finally:
    print(repr(r))
---
##> 3
##> [1, 2, 3, 2]
r = [1, 2, 3, 2]
try:
    print(repr(r.index(2, 2)))
finally:
    print(repr(r))
---
##> 3
##> [1, 2, 3, 2]
r = [1, 2, 3, 2]
try:
    print(repr(r.index(2, -1)))
finally:
    print(repr(r))
---
##> [1, 2, 3]
### ValueError: 2 is not in list
##= 1
r = [1, 2, 3]
try:
    print(repr(r.index(2, 0, 1)))
finally:
    print(repr(r))
---
##> ['a']
### ValueError: 'b' is not in list
##= 1
r = ['a']
try:
    print(repr(r.index('b')))
finally:
    print(repr(r))
---
##> [1]
### TypeError: slice indices must be integers or have an __index__ method
##= 1
r = [1]
try:
    print(repr(r.index(1, 'a')))
finally:
    print(repr(r))
---
##> 2
##> [1, 2, 1]
r = [1, 2, 1]
try:
    print(repr(r.count(1)))
finally:
    print(repr(r))
---
##> 3
##> [1, 1.0, True]
r = [1, 1.0, True]
try:
    print(repr(r.count(1)))
finally:
    print(repr(r))
---
##> None
##> [2, 1, 3]
r = [3, 1, 2]
try:
    print(repr(r.reverse()))
finally:
    print(repr(r))
---
##> [3, 1, 2]
##> [3, 1, 2]
r = [3, 1, 2]
try:
    print(repr(r.copy()))
finally:
    print(repr(r))
---
##> None
##> [1, 2, 3]
r = [3, 1, 2]
try:
    print(repr(r.sort()))
finally:
    print(repr(r))
---
##> None
##> [3, 2, 1]
r = [3, 1, 2]
try:
    print(repr(r.sort(reverse=True)))
finally:
    print(repr(r))
---
##> None
##> ['A', 'B', 'a', 'b']
r = ['b', 'A', 'a', 'B']
try:
    print(repr(r.sort()))
finally:
    print(repr(r))
---
##> None
##> ['A', 'a', 'b', 'B']
r = ['b', 'A', 'a', 'B']
try:
    print(repr(r.sort(key=lambda s: s.lower())))
finally:
    print(repr(r))
---
##> None
##> ['a', 'e', 'bb', 'dd', 'ccc']
r = ['bb', 'a', 'ccc', 'dd', 'e']
try:
    print(repr(r.sort(key=len)))
finally:
    print(repr(r))
---
##> None
##> ['ccc', 'bb', 'dd', 'a', 'e']
r = ['bb', 'a', 'ccc', 'dd', 'e']
try:
    print(repr(r.sort(key=len, reverse=True)))
finally:
    print(repr(r))
---
##> None
##> [3, 6, 9, 12, 1, 4, 5]
r = [5, 3, 6, 9, 12, 1, 4]
try:
    print(repr(r.sort(key=lambda x: x % 3)))
finally:
    print(repr(r))
---
##> None
##> [5, 1, 4, 3, 6, 9, 12]
r = [5, 3, 6, 9, 12, 1, 4]
try:
    print(repr(r.sort(key=lambda x: x % 3, reverse=True)))
finally:
    print(repr(r))
---
##> None
##> [-3, 0.5, 1, 2.5]
r = [2.5, 1, -3, 0.5]
try:
    print(repr(r.sort()))
finally:
    print(repr(r))
---
##> None
##> [0.0, -0.0, 0, False]
r = [0.0, -0.0, 0, False]
try:
    print(repr(r.sort()))
finally:
    print(repr(r))
---
##> None
##> [(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
r = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
try:
    print(repr(r.sort()))
finally:
    print(repr(r))
---
##> None
##> [(1, 'z'), (1, 'a'), (2, 'b'), (2, 'a')]
r = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
try:
    print(repr(r.sort(key=lambda x: x[0])))
finally:
    print(repr(r))
---
##> None
##> [(1, 'z'), (2, 'b'), (2, 'a'), (1, 'a')]
r = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
try:
    print(repr(r.sort(key=lambda x: x[1], reverse=True)))
finally:
    print(repr(r))
---
##> None
##> [[1, 2], [1, 2, 3], [2, 1]]
r = [[2, 1], [1, 2, 3], [1, 2]]
try:
    print(repr(r.sort()))
finally:
    print(repr(r))
---
##> [1, 'a']
### TypeError: '<' not supported between instances of 'str' and 'int'
##= 1
r = [1, 'a']
try:
    print(repr(r.sort()))
finally:
    print(repr(r))
---
##> [3, 1]
### TypeError: sort() takes no positional arguments
##= 1
r = [3, 1]
try:
    print(repr(r.sort(1)))
finally:
    print(repr(r))
---
##> [3, 1]
### TypeError: 'foo' is an invalid keyword argument for sort()
##= 1
r = [3, 1]
try:
    print(repr(r.sort(foo=1)))
finally:
    print(repr(r))
---
##> None
##> [30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
r = [30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
try:
    print(repr(r.sort(key=lambda x: -x)))
finally:
    print(repr(r))
---
##> [1, 2]
### TypeError: list.reverse() takes no arguments (1 given)
##= 1
r = [1, 2]
try:
    print(repr(r.reverse(1)))
finally:
    print(repr(r))
---
##> [1, 2, 3]
print(repr([0, 1, 2, 3, 4, 5][1:4]))
---
##> [5, 3, 1]
print(repr([0, 1, 2, 3, 4, 5][::-2]))
---
##> 4
print(repr([0, 1, 2, 3, 4, 5][-2]))
---
##> [4, 3, 2]
print(repr([0, 1, 2, 3, 4, 5][4:1:-1]))
---
##> []
print(repr([0, 1, 2][5:10]))
---
### IndexError: list index out of range
##= 1
print(repr([0, 1, 2][3]))
---
##> 0
print(repr([0, 1, 2][-3]))
---
### TypeError: list indices must be integers or slices, not str
##= 1
print(repr([0, 1, 2]['a']))
---
### TypeError: list indices must be integers or slices, not str
##= 1
print(repr([0, 1, 2]['a']))
---
### IndexError: cannot fit 'int' into an index-sized integer
##= 1
print(repr([0, 1, 2][1180591620717411303424]))
---
##> [0, 'a', 'b', 'c', 3, 4, 5]
r = [0, 1, 2, 3, 4, 5]
try:
    r[1:3] = ['a', 'b', 'c']
finally:
    print(repr(r))
---
##> [0, 9, 1, 2, 3, 4, 5]
r = [0, 1, 2, 3, 4, 5]
try:
    r[1:1] = [9]
finally:
    print(repr(r))
---
##> ['x', 1, 'y', 3, 'z', 5]
r = [0, 1, 2, 3, 4, 5]
try:
    r[::2] = ['x', 'y', 'z']
finally:
    print(repr(r))
---
##> [0, 1, 2, 3, 4, 5]
### ValueError: attempt to assign sequence of size 1 to extended slice of size 3
##= 1
r = [0, 1, 2, 3, 4, 5]
try:
    r[::2] = [1]
finally:
    print(repr(r))
---
##> ['f', 'e', 'd', 'c', 'b', 'a']
r = [0, 1, 2, 3, 4, 5]
try:
    r[::-1] = ['a', 'b', 'c', 'd', 'e', 'f']
finally:
    print(repr(r))
---
##> [0, 1, 2]
### TypeError: can only assign an iterable
##= 1
r = [0, 1, 2]
try:
    r[0:1] = 5
finally:
    print(repr(r))
---
##> [0, 1, 2]
### TypeError: must assign iterable to extended slice
##= 1
r = [0, 1, 2]
try:
    r[::-1] = 5
finally:
    print(repr(r))
---
##> [0, 1, 2, 7, 8]
r = [0, 1, 2]
try:
    r[5:9] = (7, 8)
finally:
    print(repr(r))
---
##> [0, 1, 'a', 'b', 2]
r = [0, 1, 2]
try:
    r[2:0] = 'ab'
finally:
    print(repr(r))
---
##> [0, 'x', 2]
r = [0, 1, 2]
try:
    r[1] = 'x'
finally:
    print(repr(r))
---
##> [0, 1, 'x']
r = [0, 1, 2]
try:
    r[-1] = 'x'
finally:
    print(repr(r))
---
##> [0, 1, 2]
### IndexError: list assignment index out of range
##= 1
r = [0, 1, 2]
try:
    r[3] = 'x'
finally:
    print(repr(r))
---
##> (1, 2)
### TypeError: 'tuple' object does not support item assignment
##= 1
r = (1, 2)
try:
    r[0] = 5
finally:
    print(repr(r))
---
##> 'ab'
### TypeError: 'str' object does not support item assignment
##= 1
r = 'ab'
try:
    r[0] = 'x'
finally:
    print(repr(r))
---
##> {'a': 1, 'b': 2}
r = {'a': 1}
try:
    r['b'] = 2
finally:
    print(repr(r))
---
##> {'a': 3}
r = {'a': 1}
try:
    r['a'] = 3
finally:
    print(repr(r))
---
##> [0, 3, 4, 5]
r = [0, 1, 2, 3, 4, 5]
try:
    del r[1:3]
finally:
    print(repr(r))
---
##> [1, 3, 5]
r = [0, 1, 2, 3, 4, 5]
try:
    del r[::2]
finally:
    print(repr(r))
---
##> [0, 2, 4]
r = [0, 1, 2, 3, 4, 5]
try:
    del r[::-2]
finally:
    print(repr(r))
---
##> [0, 2, 3, 5]
r = [0, 1, 2, 3, 4, 5]
try:
    del r[1::3]
finally:
    print(repr(r))
---
##> [1, 2]
r = [0, 1, 2]
try:
    del r[0]
finally:
    print(repr(r))
---
##> [0, 1]
r = [0, 1, 2]
try:
    del r[-1]
finally:
    print(repr(r))
---
##> [0, 1, 2]
### IndexError: list assignment index out of range
##= 1
r = [0, 1, 2]
try:
    del r[5]
finally:
    print(repr(r))
---
##> (1, 2)
### TypeError: 'tuple' object doesn't support item deletion
##= 1
r = (1, 2)
try:
    del r[0]
finally:
    print(repr(r))
---
##> {'b': 2}
r = {'a': 1, 'b': 2}
try:
    del r['a']
finally:
    print(repr(r))
---
##> {'a': 1}
### KeyError: 'z'
##= 1
r = {'a': 1}
try:
    del r['z']
finally:
    print(repr(r))
---
##> [1, 2]
print(repr([1] + [2]))
---
### TypeError: can only concatenate list (not "tuple") to list
##= 1
print(repr([1] + (2,)))
---
##> [1, 2, 1, 2]
print(repr([1, 2] * 2))
---
##> [1, 1]
print(repr(2 * [1]))
---
##> []
print(repr([1] * -1))
---
##> (1, 2)
print(repr((1,) + (2,)))
---
### TypeError: can only concatenate str (not "int") to str
##= 1
print(repr('a' + 1))
---
##> 'ababab'
print(repr('ab' * 3))
---
### TypeError: can't multiply sequence by non-int of type 'str'
##= 1
print(repr([1] * 'a'))
---
##> {'a': 1, 'b': 3, 'c': 4}
print(repr({'a': 1, 'b': 2} | {'b': 3, 'c': 4}))
---
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2) | added(2, 3)))
---
##> {2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2, 3) & added(2, 3, 4)))
---
##> {1, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2, 3) - added(2)))
---
##> {1, 2, 4}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2, 3) ^ added(3, 4)))
---
### TypeError: unsupported operand type(s) for |: 'set' and 'list'
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1) | [2]))
---
##> frozenset({1, 2, 3})
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(frozenset(added(1, 2)) | added(3)))
---
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2) | frozenset(added(3))))
---
##> frozenset({2})
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(frozenset(added(1, 2)) & added(2)))
---
##> {1, 2, 3, 33, 5, 8, 9, 10, 17}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(3, 1, 2) | added(10, 9, 8, 17, 33, 5)))
---
##> {18, 15}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19) & added(15, 18, 21, 24, 27, 30, 33, 36, 39)))
---
##> {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39) - added(0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39)))
---
##> {2, 3, 4, 8, 9, 10, 14, 15, 16, 20, 21, 22, 26, 27, 28}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28) ^ added(0, 3, 6, 9, 12, 15, 18, 21, 24, 27)))
---
##> [1, 2, 3]
v = [1]
v += (2, 3)
print(repr(v))
---
### TypeError: 'int' object is not iterable
##= 1
v = [1]
v += 5
print(repr(v))
---
##> [1, 2, 1, 2]
v = [1, 2]
v *= 2
print(repr(v))
---
##> {1, 2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
v = added(1)
v |= added(2)
print(repr(v))
---
##> {2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
v = added(1, 2)
v &= added(2)
print(repr(v))
---
##> {1}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
v = added(1, 2)
v -= added(2)
print(repr(v))
---
##> {1, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
v = added(1, 2)
v ^= added(2, 3)
print(repr(v))
---
### TypeError: unsupported operand type(s) for |=: 'set' and 'list'
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
v = added(1)
v |= [2]
print(repr(v))
---
##> True
print(repr([1, 2] < [1, 3]))
---
##> True
print(repr([1, 2] < [1, 2, 0]))
---
##> True
print(repr([1, 2] == [1, 2]))
---
##> False
print(repr((1, 'a') >= (1, 'b')))
---
##> True
print(repr({'a': 1, 'b': 2} == {'b': 2, 'a': 1}))
---
##> False
print(repr({'a': 1} == {'a': 2}))
---
##> True
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1) < added(1, 2)))
---
##> True
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2) <= added(1, 2)))
---
##> False
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2) < added(1, 2)))
---
##> True
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2) > added(1)))
---
##> True
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2) == frozenset(added(2, 1))))
---
##> True
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1, 2) != added(1)))
---
### TypeError: '<' not supported between instances of 'set' and 'list'
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1) < [1]))
---
##> True
print(repr(range(0, 0) == range(2, 2)))
---
##> True
print(repr(range(0, 3) == range(0, 3)))
---
##> True
print(repr(range(0, 10, 2) == range(0, 9, 2)))
---
### TypeError: '<' not supported between instances of 'str' and 'int'
##= 1
print(repr([1, 'a'] < [1, 2]))
---
##> 2
r = (1, 2, 1)
print(repr(r.count(1)))
---
##> 2
r = (1, 2, 3)
print(repr(r.index(3)))
---
### ValueError: tuple.index(x): x not in tuple
##= 1
r = (1, 2)
print(repr(r.index(5)))
---
##> 3
r = (1, 2, 3, 2)
print(repr(r.index(2, 2)))
---
### TypeError: tuple.count() takes exactly one argument (0 given)
##= 1
r = (1,)
print(repr(r.count()))
---
##> 1
print(repr((0, 1, 2, 3)[1]))
---
##> (3, 2, 1, 0)
print(repr((0, 1, 2, 3)[::-1]))
---
### IndexError: tuple index out of range
##= 1
print(repr((0, 1)[2]))
---
### TypeError: tuple indices must be integers or slices, not str
##= 1
print(repr((0, 1)['a']))
---
##> ('a', 'b', 'c')
print(repr(tuple('abc')))
---
### TypeError: 'int' object is not iterable
##= 1
print(repr(tuple(1)))
---
##> [1, 2]
print(repr(list((1, 2))))
---
### TypeError: list expected at most 1 argument, got 2
##= 1
print(repr(list(1, 2)))
---
##> []
print(repr(list()))
---
##> ()
print(repr(tuple()))
---
##> 1
##> {'a': 1}
r = {'a': 1}
try:
    print(repr(r.get('a')))
finally:
    print(repr(r))
---
##> None
##> {'a': 1}
r = {'a': 1}
try:
    print(repr(r.get('b')))
finally:
    print(repr(r))
---
##> 0
##> {'a': 1}
r = {'a': 1}
try:
    print(repr(r.get('b', 0)))
finally:
    print(repr(r))
---
##> {}
### TypeError: get expected at least 1 argument, got 0
##= 1
r = {}
try:
    print(repr(r.get()))
finally:
    print(repr(r))
---
##> dict_keys(['a', 'b'])
##> {'a': 1, 'b': 2}
r = {'a': 1, 'b': 2}
try:
    print(repr(r.keys()))
finally:
    print(repr(r))
---
##> dict_values([1, 2])
##> {'a': 1, 'b': 2}
r = {'a': 1, 'b': 2}
try:
    print(repr(r.values()))
finally:
    print(repr(r))
---
##> dict_items([('a', 1), ('b', 2)])
##> {'a': 1, 'b': 2}
r = {'a': 1, 'b': 2}
try:
    print(repr(r.items()))
finally:
    print(repr(r))
---
##> 1
##> {'b': 2}
r = {'a': 1, 'b': 2}
try:
    print(repr(r.pop('a')))
finally:
    print(repr(r))
---
##> {}
### KeyError: 'a'
##= 1
r = {}
try:
    print(repr(r.pop('a')))
finally:
    print(repr(r))
---
##> None
##> {}
r = {}
try:
    print(repr(r.pop('a', None)))
finally:
    print(repr(r))
---
##> {}
### TypeError: pop expected at least 1 argument, got 0
##= 1
r = {}
try:
    print(repr(r.pop()))
finally:
    print(repr(r))
---
##> ('b', 2)
##> {'a': 1}
r = {'a': 1, 'b': 2}
try:
    print(repr(r.popitem()))
finally:
    print(repr(r))
---
##> {}
### KeyError: 'popitem(): dictionary is empty'
##= 1
r = {}
try:
    print(repr(r.popitem()))
finally:
    print(repr(r))
---
##> 1
##> {'a': 1}
r = {'a': 1}
try:
    print(repr(r.setdefault('a', 5)))
finally:
    print(repr(r))
---
##> 5
##> {'a': 1, 'b': 5}
r = {'a': 1}
try:
    print(repr(r.setdefault('b', 5)))
finally:
    print(repr(r))
---
##> None
##> {'a': 1, 'c': None}
r = {'a': 1}
try:
    print(repr(r.setdefault('c')))
finally:
    print(repr(r))
---
##> None
##> {'a': 3, 'b': 2}
r = {'a': 1}
try:
    print(repr(r.update({'b': 2, 'a': 3})))
finally:
    print(repr(r))
---
##> None
##> {'a': 1, 'b': 2, 'c': 3}
r = {'a': 1}
try:
    print(repr(r.update([('b', 2), ['c', 3]])))
finally:
    print(repr(r))
---
##> {}
### TypeError: cannot convert dictionary update sequence element #0 to a sequence
##= 1
r = {}
try:
    print(repr(r.update([1])))
finally:
    print(repr(r))
---
##> {}
### ValueError: dictionary update sequence element #0 has length 3; 2 is required
##= 1
r = {}
try:
    print(repr(r.update([(1, 2, 3)])))
finally:
    print(repr(r))
---
##> {}
### TypeError: 'int' object is not iterable
##= 1
r = {}
try:
    print(repr(r.update(1)))
finally:
    print(repr(r))
---
##> None
##> {'a': 'b'}
r = {}
try:
    print(repr(r.update(['ab'])))
finally:
    print(repr(r))
---
##> None
##> {}
r = {'a': 1}
try:
    print(repr(r.clear()))
finally:
    print(repr(r))
---
##> {'a': 1}
##> {'a': 1}
r = {'a': 1}
try:
    print(repr(r.copy()))
finally:
    print(repr(r))
---
##> dict_items([('a', 1), ('c', 3)])
##> {'a': 1, 'c': 3}
def deleted(d, *keys):
    for k in keys:
        del d[k]
    return d
r = deleted({'a': 1, 'b': 2, 'c': 3}, 'b')
try:
    print(repr(r.items()))
finally:
    print(repr(r))
---
##> dict_keys(['b', 'c'])
##> {'b': 4, 'c': 3}
def deleted(d, *keys):
    for k in keys:
        del d[k]
    return d
r = deleted({'a': 1, 'b': 2, 'c': 3, 'b': 4}, 'a')
try:
    print(repr(r.keys()))
finally:
    print(repr(r))
---
##> dict_items([(1, 'x'), ((1, 2), 't'), (None, 'n'), (2.5, 'f')])
##> {1: 'x', (1, 2): 't', None: 'n', 2.5: 'f'}
r = {1: 'x', (1, 2): 't', None: 'n', 2.5: 'f'}
try:
    print(repr(r.items()))
finally:
    print(repr(r))
---
##> dict_items([(1, 'z')])
##> {1: 'z'}
r = {1: 'x', 1.0: 'y', True: 'z'}
try:
    print(repr(r.items()))
finally:
    print(repr(r))
---
### KeyError: 'b'
##= 1
print(repr({'a': 1}['b']))
---
##> 1
print(repr({(1, 2): 1}[(1, 2)]))
---
### TypeError: unhashable type: 'list'
##= 1
print(repr({}[[1]]))
---
##> True
print(repr('a' in {'a': 1}))
---
### TypeError: unhashable type: 'list'
##= 1
print(repr([1] in {'a': 1}))
---
##> {'a': 1, 'b': 2}
print(repr(dict([('a', 1), ('b', 2)])))
---
### TypeError: cannot convert dictionary update sequence element #0 to a sequence
##= 1
print(repr(dict([1])))
---
### TypeError: dict expected at most 1 argument, got 2
##= 1
print(repr(dict(1, 2)))
---
##> ['x', 'y']
print(repr(list({'x': 1, 'y': 2})))
---
##> {'a': 3, 'b': 2}
print(repr(dict([('a', 1)], b=2, a=3)))
---
##> None
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.add(3)))
finally:
    print(repr(r))
---
##> {1}
### TypeError: unhashable type: 'list'
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1)
try:
    print(repr(r.add([1])))
finally:
    print(repr(r))
---
##> None
##> {2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.remove(1)))
finally:
    print(repr(r))
---
##> {1}
### KeyError: 5
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1)
try:
    print(repr(r.remove(5)))
finally:
    print(repr(r))
---
##> None
##> {1}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1)
try:
    print(repr(r.discard(5)))
finally:
    print(repr(r))
---
##> None
##> {1}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.discard(2)))
finally:
    print(repr(r))
---
##> 1
##> {2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(3, 1, 2)
try:
    print(repr(r.pop()))
finally:
    print(repr(r))
---
##> set()
### KeyError: 'pop from an empty set'
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added()
try:
    print(repr(r.pop()))
finally:
    print(repr(r))
---
##> None
##> set()
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.clear()))
finally:
    print(repr(r))
---
##> {1, 2}
##> {1, 2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.copy()))
finally:
    print(repr(r))
---
##> None
##> {1, 2, 3, 5}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1)
try:
    print(repr(r.update([3, 2], (5,))))
finally:
    print(repr(r))
---
##> {1, 2, 3, 33, 7}
##> {1}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1)
try:
    print(repr(r.union([3, 2], (7, 33))))
finally:
    print(repr(r))
---
##> {2, 3}
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.intersection([2, 3, 4])))
finally:
    print(repr(r))
---
##> {3}
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.intersection([2, 3, 4], (3,))))
finally:
    print(repr(r))
---
##> {1, 3}
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.difference([2])))
finally:
    print(repr(r))
---
##> {1}
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.difference([2], [3])))
finally:
    print(repr(r))
---
##> {1, 2, 4}
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.symmetric_difference([3, 4])))
finally:
    print(repr(r))
---
##> True
##> {1, 2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.issubset([1, 2, 3])))
finally:
    print(repr(r))
---
##> True
##> {1, 2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.issuperset([1])))
finally:
    print(repr(r))
---
##> True
##> {1, 2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.isdisjoint([3])))
finally:
    print(repr(r))
---
##> False
##> {1, 2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2)
try:
    print(repr(r.isdisjoint([2])))
finally:
    print(repr(r))
---
##> None
##> {2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.intersection_update([2, 3, 4])))
finally:
    print(repr(r))
---
##> None
##> {1}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.difference_update([2], [3])))
finally:
    print(repr(r))
---
##> None
##> {1, 2, 4}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1, 2, 3)
try:
    print(repr(r.symmetric_difference_update([3, 4])))
finally:
    print(repr(r))
---
##> frozenset({1, 2, 3})
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = frozenset(added(1, 2))
print(repr(r.union([3])))
---
##> frozenset({1, 2})
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = frozenset(added(1, 2))
print(repr(r.copy()))
---
##> {1}
### TypeError: 'int' object is not iterable
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
r = added(1)
try:
    print(repr(r.union(1)))
finally:
    print(repr(r))
---
##> {1, 2, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(3, 1, 2))))
---
##> {1, 10, 3, 5}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(5, 3, 10, 1))))
---
##> {10, 3}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(10, 3))))
---
##> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1))))
---
##> {1, 100, 8, 9, 16}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(100, 8, 16, 1, 9))))
---
##> {1099511627776, 7, -1, -2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(-1, -2, 7, 1099511627776))))
---
##> {'z'}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added('z'))))
---
##> {None}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(None))))
---
##> {(1, 2), (0, 0)}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added((1, 2), (0, 0)))))
---
##> {0.5, 1.5, 2.5}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added(1.5, 2.5, 0.5))))
---
##> frozenset({1, 2, 3})
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((frozenset(added(3, 1, 2)))))
---
##> set()
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((added())))
---
##> frozenset()
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr((frozenset(added()))))
---
##> [33, 1, 2, 5, 9, 17]
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
s = added(9, 17, 1, 33, 5, 2)
out = []
while s:
    out.append(s.pop())
print(repr(out))
---
##> {1, 33, 41, 25}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
s = added(1, 9, 17, 25)
s.discard(9)
s.discard(17)
s.add(33)
s.add(41)
print(repr(s))
---
##> True
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(2 in added(1, 2)))
---
### TypeError: unhashable type: 'list'
##= 1
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr([1] in added(1)))
---
##> True
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(added(1) in added(frozenset(added(1)))))
---
##> {1, 3}
print(repr(set([3, 3, 1])))
---
##> {1, 5}
print(repr(set({5: 1, 1: 1})))
---
##> frozenset({1, 2, 3})
print(repr(frozenset((3, 1, 2))))
---
##> -272375401224217160
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(hash(frozenset(added(1, 2, 3)))))
---
##> 133146708735736
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(hash(frozenset(added()))))
---
##> 4163603532552755580
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr(hash(frozenset(added((1, 2), 3)))))
---
##> {2}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr({1: 1, 2: 2}.keys() & added(2, 3)))
---
##> {1, 2, 5}
print(repr({1: 1, 2: 2}.keys() | [5]))
---
##> {1}
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
print(repr({1: 1, 2: 2}.keys() - added(2)))
---
##> 6
print(repr(range(0, 10, 2)[3]))
---
##> 8
print(repr(range(0, 10, 2)[-1]))
---
### IndexError: range object index out of range
##= 1
print(repr(range(0, 10, 2)[5]))
---
##> range(2, 5)
print(repr(range(0, 10)[2:5]))
---
##> range(9, -1, -1)
print(repr(range(0, 10)[::-1]))
---
##> range(5, 2)
print(repr(range(0, 10)[5:2]))
---
##> range(4, 22, 6)
print(repr(range(1, 20, 3)[1::2]))
---
##> range(1, 13, 3)
print(repr(range(10, 0, -3)[::-1]))
---
### TypeError: range indices must be integers or slices, not str
##= 1
print(repr(range(0, 5)['a']))
---
##> range(0, 5)
print(repr((range(0, 5))))
---
##> 5
print(repr(len(range(0, 5))))
---
##> [0, 1, 2, 3, 4]
print(repr(list(range(0, 5))))
---
##> range(0, 10, 3)
print(repr((range(0, 10, 3))))
---
##> 4
print(repr(len(range(0, 10, 3))))
---
##> [0, 3, 6, 9]
print(repr(list(range(0, 10, 3))))
---
##> range(10, 0, -3)
print(repr((range(10, 0, -3))))
---
##> 4
print(repr(len(range(10, 0, -3))))
---
##> [10, 7, 4, 1]
print(repr(list(range(10, 0, -3))))
---
##> range(0, 0)
print(repr((range(0, 0))))
---
##> 0
print(repr(len(range(0, 0))))
---
##> []
print(repr(list(range(0, 0))))
---
##> range(5, 0)
print(repr((range(5, 0))))
---
##> 0
print(repr(len(range(5, 0))))
---
##> []
print(repr(list(range(5, 0))))
---
##> True
print(repr(4 in range(0, 10, 2)))
---
##> False
print(repr(5 in range(0, 10, 2)))
---
##> False
print(repr(10 in range(0, 10, 2)))
---
##> True
print(repr(4.0 in range(0, 10, 2)))
---
##> True
print(repr(-3 in range(0, -10, -3)))
---
##> False
print(repr('a' in range(0, 3)))
---
##> 2
r = range(0, 10, 2)
print(repr(r.index(4)))
---
### ValueError: 5 is not in range
##= 1
r = range(0, 10, 2)
print(repr(r.index(5)))
---
##> 1
r = range(0, 10, 2)
print(repr(r.count(4)))
---
### ValueError: range() arg 3 must not be zero
##= 1
print(repr(range(1, 10, 0)))
---
### TypeError: range expected at least 1 argument, got 0
##= 1
print(repr(range()))
---
### TypeError: 'float' object cannot be interpreted as an integer
##= 1
print(repr(range(1.5)))
---
##> range(0, 3)
print(repr(range(3)))
---
##> [(5, 'a'), (6, 'b')]
print(repr(list(enumerate(['a', 'b'], 5))))
---
##> [(1, 'a'), (2, 'b')]
print(repr(list(zip([1, 2, 3], 'ab'))))
---
##> [3, 2, 1]
print(repr(list(reversed([1, 2, 3]))))
---
##> ['o', 'l', 'l', 'é', 'h']
print(repr(list(reversed('héllo'))))
---
##> [7, 4, 1]
print(repr(list(reversed(range(1, 10, 3)))))
---
##> ['b', 'a']
print(repr(list(reversed({'a': 1, 'b': 2}))))
---
### TypeError: 'int' object is not reversible
##= 1
print(repr(list(reversed(5))))
---
### TypeError: 'int' object is not iterable
##= 1
print(repr(iter(5)))
---
### TypeError: object of type 'int' has no len()
##= 1
print(repr(len(5)))
---
### TypeError: 'int' object is not subscriptable
##= 1
print(repr(5[0]))
