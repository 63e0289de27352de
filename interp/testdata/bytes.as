##> b''
print(repr(b''))
---
##> b'hello'
print(repr(b'hello'))
---
##> b'\x00\x01\x7f\x80\xff'
print(repr(b'\x00\x01\x7f\x80\xff'))
---
##> b'\t\n\r\x0b\x0c'
print(repr(b'\t\n\r\x0b\x0c'))
---
##> b"it's"
print(repr(b"it's"))
---
##> b'say "hi"'
print(repr(b'say "hi"'))
---
##> b'both \' and "'
print(repr(b'both \' and "'))
---
##> b'\\'
print(repr(b'\\'))
---
##> b'\\n\\x00'
print(repr(rb'\n\x00'))
---
##> b'a\\b'
print(repr(br'a\b'))
---
##> b'abcdef'
print(repr(b'abc' b'def'))
---
##> b'A0\x00'
print(repr(b'\101\60\0'))
---
##> b'\\q'
print(repr(b'\q'))
---
##> b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff'
print(repr(bytes(range(256))))
---
##> 3
print(repr(len(b'abc')))
---
##> 97
print(repr(b'abc'[0]))
---
##> 99
print(repr(b'abc'[-1]))
---
### IndexError: index out of range
##= 1
print(repr(b'abc'[3]))
---
### TypeError: byte indices must be integers or slices, not str
##= 1
print(repr(b'abc'['a']))
---
##> b'bc'
print(repr(b'abc'[1:]))
---
##> b'ace'
print(repr(b'abcdef'[::2]))
---
##> b'fedcba'
print(repr(b'abcdef'[::-1]))
---
##> b'edc'
print(repr(b'abcdef'[4:1:-1]))
---
##> b''
print(repr(b'abc'[10:]))
---
##> b'abcd'
print(repr(b'ab' + b'cd'))
---
##> b'abcd'
print(repr(b'ab' + bytearray(b'cd')))
---
### TypeError: can't concat str to bytes
##= 1
print(repr(b'ab' + 'cd'))
---
### TypeError: can only concatenate str (not "bytes") to str
##= 1
print(repr('ab' + b'cd'))
---
### TypeError: can't concat int to bytes
##= 1
print(repr(b'ab' + 1))
---
##> b'ababab'
print(repr(b'ab' * 3))
---
##> b'ababab'
print(repr(3 * b'ab'))
---
##> b''
print(repr(b'ab' * 0))
---
##> b''
print(repr(b'ab' * -1))
---
### TypeError: can't multiply sequence by non-int of type 'str'
##= 1
print(repr(b'ab' * 'x'))
---
### TypeError: can't multiply sequence by non-int of type 'float'
##= 1
print(repr(b'ab' * 1.5))
---
##> True
print(repr(b'abc' == b'abc'))
---
##> True
print(repr(b'abc' != b'abd'))
---
##> False
print(repr(b'abc' == 'abc'))
---
##> True
print(repr(b'abc' == bytearray(b'abc')))
---
##> True
print(repr(b'abc' < b'abd'))
---
##> True
print(repr(b'ab' < b'abc'))
---
##> True
print(repr(b'b' > b'abc'))
---
##> True
print(repr(b'abc' <= b'abc'))
---
### TypeError: '<' not supported between instances of 'bytes' and 'str'
##= 1
print(repr(b'a' < 'b'))
---
### TypeError: '<' not supported between instances of 'bytes' and 'int'
##= 1
print(repr(b'a' < 1))
---
##> [b'', b'a', b'ab', b'b']
print(repr(sorted([b'b', b'a', b'ab', b''])))
---
##> True
print(repr(hash(b'abc') == hash(b'abc')))
---
##> True
print(repr(hash(b'') == hash(b'')))
---
### TypeError: unhashable type: 'bytearray'
##= 1
print(repr(hash(bytearray(b'a'))))
---
##> 1
print(repr({b'a': 1, 'a': 2, b'b': 3}[b'a']))
---
##> 2
print(repr(len({b'a', b'a', 'a'})))
---
##> True
print(repr(97 in b'abc'))
---
##> False
print(repr(1 in b'abc'))
---
##> True
print(repr(b'bc' in b'abc'))
---
##> True
print(repr(b'' in b'abc'))
---
##> True
print(repr(bytearray(b'c') in b'abc'))
---
### TypeError: a bytes-like object is required, not 'str'
##= 1
print(repr('a' in b'abc'))
---
### ValueError: byte must be in range(0, 256)
##= 1
print(repr(256 in b'abc'))
---
### ValueError: byte must be in range(0, 256)
##= 1
print(repr(-1 in b'abc'))
---
##> [97, 98, 99]
print(repr(list(b'abc')))
---
##> [120, 121]
print(repr(list(bytearray(b'xy'))))
---
##> ()
print(repr(tuple(b'')))
---
##> [1, 2]
print(repr([x + 1 for x in b'\x00\x01']))
---
### TypeError: repr() takes exactly one argument (3 given)
##= 1
print(repr(bool(b''), bool(b'\x00'), bool(bytearray())))
---
##> "b'abc'"
print(repr(str(b'abc')))
---
##> 'abc'
print(repr(str(b'abc', 'ascii')))
---
##> 'abc'
print(repr(str(b'abc', encoding='utf-8')))
---
##> '�'
print(repr(str(b'\xff', 'utf-8', 'replace')))
---
##> ''
print(repr(str(b'\xff', errors='ignore')))
---
### TypeError: decoding str is not supported
##= 1
print(repr(str('abc', 'utf-8')))
---
### TypeError: decoding to str: need a bytes-like object, int found
##= 1
print(repr(str(1, 'utf-8')))
---
##> 'x'
print(repr(str(bytearray(b'x'), 'latin-1')))
---
##> b''
print(repr(bytes()))
---
##> b''
print(repr(bytes(0)))
---
##> b'\x00\x00\x00\x00\x00'
print(repr(bytes(5)))
---
### ValueError: negative count
##= 1
print(repr(bytes(-1)))
---
### TypeError: cannot convert 'float' object to bytes
##= 1
print(repr(bytes(1.5)))
---
### TypeError: cannot convert 'NoneType' object to bytes
##= 1
print(repr(bytes(None)))
---
##> b'ABC'
print(repr(bytes([65, 66, 67])))
---
##> b'\x01\x02'
print(repr(bytes((1, 2))))
---
##> b'ABCDE'
print(repr(bytes(range(65, 70))))
---
### ValueError: bytes must be in range(0, 256)
##= 1
print(repr(bytes([256])))
---
### ValueError: bytes must be in range(0, 256)
##= 1
print(repr(bytes([-1])))
---
### TypeError: 'str' object cannot be interpreted as an integer
##= 1
print(repr(bytes(['a'])))
---
### TypeError: 'float' object cannot be interpreted as an integer
##= 1
print(repr(bytes([1.0])))
---
### TypeError: string argument without an encoding
##= 1
print(repr(bytes('abc')))
---
##> b'abc'
print(repr(bytes('abc', 'ascii')))
---
##> b'h\xc3\xa9llo'
print(repr(bytes('héllo', 'utf-8')))
---
##> b'h\xe9llo'
print(repr(bytes('héllo', 'latin-1')))
---
### UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
##= 1
print(repr(bytes('héllo', 'ascii')))
---
### TypeError: encoding without a string argument
##= 1
print(repr(bytes(b'abc', 'utf-8')))
---
### TypeError: encoding without a string argument
##= 1
print(repr(bytes(encoding='utf-8')))
---
### TypeError: bytes() argument 'encoding' must be str, not int
##= 1
print(repr(bytes('a', encoding=1)))
---
##> b'xyz'
print(repr(bytes(bytearray(b'xyz'))))
---
##> b'\x01\x02\x03'
print(repr(bytes(x for x in [1, 2, 3])))
---
##> b'\x07'
print(repr(bytes({7})))
---
##> b'\x00'
print(repr(bytes(True)))
---
##> <class 'bytes'>
print(repr(type(bytes(2))))
---
### TypeError: repr() takes exactly one argument (3 given)
##= 1
print(repr(isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(b'', bytearray)))
---
### TypeError: repr() takes exactly one argument (3 given)
##= 1
print(repr(issubclass(bytes, object), bytes.__name__, bytearray.__name__))
---
### TypeError: repr() takes exactly one argument (2 given)
##= 1
print(repr(type(iter(b'')).__name__, type(iter(bytearray())).__name__))
---
##> b'h\xc3\xa9llo'
print(repr('héllo'.encode()))
---
##> b'h\xc3\xa9llo'
print(repr('héllo'.encode('utf-8')))
---
##> b'h\xc3\xa9llo'
print(repr('héllo'.encode('UTF8')))
---
##> b'h\xe9llo'
print(repr('héllo'.encode('latin-1')))
---
##> b'h\xe9llo'
print(repr('héllo'.encode('iso-8859-1')))
---
### UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
##= 1
print(repr('héllo'.encode('ascii')))
---
### UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
##= 1
print(repr('héllo wörld'.encode('ascii')))
---
### UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)
##= 1
print(repr('aéé€b'.encode('ascii')))
---
### UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 3: ordinal not in range(256)
##= 1
print(repr('aéé€b'.encode('latin-1')))
---
##> b'ab'
print(repr('aéé€b'.encode('ascii', 'ignore')))
---
##> b'a???b'
print(repr('aéé€b'.encode('ascii', 'replace')))
---
##> b'a\\xe9\\xe9\\u20acb'
print(repr('aéé€b'.encode('ascii', 'backslashreplace')))
---
##> b'a&#233;&#233;&#8364;b'
print(repr('aéé€b'.encode('ascii', 'xmlcharrefreplace')))
---
##> b'a\\U0001f600b'
print(repr('a😀b'.encode('ascii', 'backslashreplace')))
---
##> b'a\xf0\x9f\x98\x80b'
print(repr('a😀b'.encode()))
---
### LookupError: unknown error handler name 'bogus'
##= 1
print(repr('é'.encode('ascii', 'bogus')))
---
##> b'e'
print(repr('e'.encode('ascii', 'bogus')))
---
### LookupError: unknown encoding: bogus
##= 1
print(repr('x'.encode('bogus')))
---
### TypeError: encode() argument 'encoding' must be str, not int
##= 1
print(repr('x'.encode(1)))
---
##> b'x'
print(repr('x'.encode(errors='strict')))
---
##> b'x'
print(repr('x'.encode(encoding='ascii', errors='strict')))
---
### TypeError: encode() takes at most 2 arguments (3 given)
##= 1
print(repr('x'.encode('ascii', 'strict', 1)))
---
##> 'abc'
print(repr(b'abc'.decode()))
---
##> 'héllo'
print(repr(b'h\xc3\xa9llo'.decode()))
---
##> 'hÃ©llo'
print(repr(b'h\xc3\xa9llo'.decode('latin-1')))
---
### UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 1: ordinal not in range(128)
##= 1
print(repr(b'h\xc3\xa9llo'.decode('ascii')))
---
##> 'h��llo'
print(repr(b'h\xc3\xa9llo'.decode('ascii', 'replace')))
---
##> 'hllo'
print(repr(b'h\xc3\xa9llo'.decode('ascii', 'ignore')))
---
##> 'h\\xc3\\xa9llo'
print(repr(b'h\xc3\xa9llo'.decode('ascii', 'backslashreplace')))
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
##= 1
print(repr(b'a\xffb'.decode()))
---
##> 'a�b'
print(repr(b'a\xffb'.decode('utf-8', 'replace')))
---
##> 'ab'
print(repr(b'a\xffb'.decode('utf-8', 'ignore')))
---
##> 'a\\xffb'
print(repr(b'a\xffb'.decode('utf-8', 'backslashreplace')))
---
### UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
##= 1
print(repr(b'\xe2\x82'.decode()))
---
### UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
##= 1
print(repr(b'\xe2\x82a'.decode()))
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
##= 1
print(repr(b'\xe2a'.decode()))
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data
##= 1
print(repr(b'\xe2'.decode()))
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
##= 1
print(repr(b'\xed\xa0\x80'.decode()))
---
### UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data
##= 1
print(repr(b'\xf0\x90\x80'.decode()))
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
##= 1
print(repr(b'\xf4\x90\x80\x80'.decode()))
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
##= 1
print(repr(b'\xc0\xaf'.decode()))
---
##> '��'
print(repr(b'\x80\x80'.decode('utf-8', 'replace')))
---
##> '€�'
print(repr(b'\xe2\x82\xac\xe2\x82'.decode('utf-8', 'replace')))
---
##> '😀'
print(repr(b'\xf0\x9f\x98\x80'.decode()))
---
### LookupError: unknown encoding: bogus
##= 1
print(repr(b'x'.decode('bogus')))
---
### LookupError: unknown error handler name 'bogus'
##= 1
print(repr(b'\xff'.decode('utf-8', 'bogus')))
---
### TypeError: decode() argument 'errors' must be str, not int
##= 1
print(repr(b'x'.decode(errors=3)))
---
##> 'é'
print(repr(bytearray(b'\xc3\xa9').decode()))
---
##> '616263'
print(repr(b'abc'.hex()))
---
##> ''
print(repr(b''.hex()))
---
##> '00ff10'
print(repr(b'\x00\xff\x10'.hex()))
---
##> '61:62:63:64:65:66'
print(repr(b'abcdef'.hex(':')))
---
##> '6162:6364:6566'
print(repr(b'abcdef'.hex(':', 2)))
---
##> '61626364:6566'
print(repr(b'abcdef'.hex(':', -4)))
---
##> '616263-646566'
print(repr(b'abcdef'.hex(b'-', 3)))
---
### ValueError: sep must be length 1.
##= 1
print(repr(b'abc'.hex('::')))
---
### TypeError: object of type 'int' has no len()
##= 1
print(repr(b'abc'.hex(1)))
---
##> '6162'
print(repr(bytearray(b'ab').hex()))
---
##> b'abc'
print(repr(bytes.fromhex('6162 63')))
---
##> b''
print(repr(bytes.fromhex('')))
---
##> b'\n\x0b'
print(repr(bytes.fromhex(' 0a0B ')))
---
### ValueError: non-hexadecimal number found in fromhex() arg at position 0
##= 1
print(repr(bytes.fromhex('zz')))
---
### ValueError: non-hexadecimal number found in fromhex() arg at position 1
##= 1
print(repr(bytes.fromhex('a')))
---
### ValueError: non-hexadecimal number found in fromhex() arg at position 1
##= 1
print(repr(bytes.fromhex('0 a')))
---
### TypeError: fromhex() argument must be str, not bytes
##= 1
print(repr(bytes.fromhex(b'61')))
---
##> bytearray(b'AB')
print(repr(bytearray.fromhex('4142')))
---
##> 2
print(repr(b'hello'.find(b'l')))
---
##> -1
print(repr(b'hello'.find(b'z')))
---
##> 2
print(repr(b'hello'.find(108)))
---
##> 3
print(repr(b'hello'.find(b'l', 3)))
---
##> 3
print(repr(b'hello'.find(b'l', -2)))
---
##> -1
print(repr(b'hello'.find(b'h', 1, 3)))
---
### TypeError: argument should be integer or bytes-like object, not 'str'
##= 1
print(repr(b'hello'.find('l')))
---
### ValueError: byte must be in range(0, 256)
##= 1
print(repr(b'hello'.find(300)))
---
##> 3
print(repr(b'hello'.rfind(b'l')))
---
##> 1
print(repr(b'hello'.index(b'e')))
---
### ValueError: subsection not found
##= 1
print(repr(b'hello'.index(b'z')))
---
##> 3
print(repr(b'hello'.rindex(b'l')))
---
### ValueError: subsection not found
##= 1
print(repr(b'hello'.rindex(b'z')))
---
##> 2
print(repr(b'hello'.count(b'l')))
---
##> 2
print(repr(b'hello'.count(108)))
---
##> 6
print(repr(b'hello'.count(b'')))
---
##> 1
print(repr(b'hello'.count(b'l', 3)))
---
##> True
print(repr(b'hello'.startswith(b'he')))
---
##> True
print(repr(b'hello'.startswith((b'x', b'h'))))
---
##> True
print(repr(b'hello'.startswith(b'l', 2)))
---
### TypeError: startswith first arg must be bytes or a tuple of bytes, not str
##= 1
print(repr(b'hello'.startswith('h')))
---
### TypeError: a bytes-like object is required, not 'str'
##= 1
print(repr(b'hello'.startswith(('h',))))
---
##> True
print(repr(b'hello'.endswith(b'lo')))
---
##> True
print(repr(b'hello'.endswith(b'l', 0, 4)))
---
##> b'a,b,c'
print(repr(b','.join([b'a', b'b', b'c'])))
---
##> b''
print(repr(b''.join([])))
---
##> b'a, b'
print(repr(b', '.join([b'a', bytearray(b'b')])))
---
### TypeError: sequence item 1: expected a bytes-like object, str found
##= 1
print(repr(b','.join([b'a', 'b'])))
---
### TypeError: can only join an iterable
##= 1
print(repr(b','.join(1)))
---
##> bytearray(b'a-b')
print(repr(bytearray(b'-').join([b'a', b'b'])))
---
##> [b'a', b'b', b'', b'c']
print(repr(b'a,b,,c'.split(b',')))
---
##> [b'a', b'b,,c']
print(repr(b'a,b,,c'.split(b',', 1)))
---
##> [b'a', b'b', b',c']
print(repr(b'a,b,,c'.split(sep=b',', maxsplit=2)))
---
##> [b'a,b,', b'c']
print(repr(b'a,b,,c'.rsplit(b',', 1)))
---
##> [b'a', b'b', b'', b'c']
print(repr(b'a,b,,c'.rsplit(b',')))
---
##> [b'a', b'b', b'c']
print(repr(b'  a b \t c\n'.split()))
---
##> [b'a', b'b  c  ']
print(repr(b'  a b  c  '.split(None, 1)))
---
##> [b'  a b', b'c']
print(repr(b'  a b  c  '.rsplit(None, 1)))
---
##> []
print(repr(b''.split()))
---
##> [b'']
print(repr(b''.split(b',')))
---
### ValueError: empty separator
##= 1
print(repr(b'abc'.split(b'')))
---
### TypeError: a bytes-like object is required, not 'str'
##= 1
print(repr(b'abc'.split('b')))
---
##> [b'a\x1cb']
print(repr(b'a\x1cb'.split()))
---
##> [bytearray(b'a'), bytearray(b'b')]
print(repr(bytearray(b'a b').split()))
---
##> b'hi'
print(repr(b'  hi  '.strip()))
---
##> b'hi  '
print(repr(b'  hi  '.lstrip()))
---
##> b'  hi'
print(repr(b'  hi  '.rstrip()))
---
##> b'hi'
print(repr(b'xxhixx'.strip(b'x')))
---
##> b'hi'
print(repr(b'xyhiyx'.strip(b'xy')))
---
### TypeError: a bytes-like object is required, not 'str'
##= 1
print(repr(b'hi'.strip('h')))
---
##> b'hi'
print(repr(b'\x0b\x0chi\r\n'.strip()))
---
##> b'heLLo'
print(repr(b'hello'.replace(b'l', b'L')))
---
##> b'heLlo'
print(repr(b'hello'.replace(b'l', b'L', 1)))
---
##> b'-h-e-l-l-o-'
print(repr(b'hello'.replace(b'', b'-')))
---
### TypeError: a bytes-like object is required, not 'str'
##= 1
print(repr(b'hello'.replace('l', 'L')))
---
##> b'HELLO WORLD'
print(repr(b'Hello World'.upper()))
---
##> b'hello world'
print(repr(b'Hello World'.lower()))
---
##> b'hELLO wORLD'
print(repr(b'Hello World'.swapcase()))
---
##> b'Hello world'
print(repr(b'hello world'.capitalize()))
---
##> b'Hello World'
print(repr(b'hELLO wORLD'.title()))
---
##> b"They'Re Bill'S"
print(repr(b"they're bill's".title()))
---
##> b'H\xe9LLO'
print(repr(b'h\xe9llo'.upper()))
---
### TypeError: repr() takes exactly one argument (3 given)
##= 1
print(repr(b'abc'.isalpha(), b'ab1'.isalpha(), b''.isalpha()))
---
### TypeError: repr() takes exactly one argument (2 given)
##= 1
print(repr(b'123'.isdigit(), b'12a'.isdigit()))
---
### TypeError: repr() takes exactly one argument (2 given)
##= 1
print(repr(b'ab12'.isalnum(), b'ab 12'.isalnum()))
---
### TypeError: repr() takes exactly one argument (3 given)
##= 1
print(repr(b' \t\n'.isspace(), b' x'.isspace(), b''.isspace()))
---
### TypeError: repr() takes exactly one argument (3 given)
##= 1
print(repr(b'ABC'.isupper(), b'AbC'.isupper(), b'123'.isupper()))
---
### TypeError: repr() takes exactly one argument (2 given)
##= 1
print(repr(b'abc1'.islower(), b'aBc'.islower()))
---
### TypeError: repr() takes exactly one argument (2 given)
##= 1
print(repr(b'Hello World'.istitle(), b'Hello world'.istitle()))
---
### TypeError: repr() takes exactly one argument (2 given)
##= 1
print(repr(b'abc'.isascii(), b'\x80'.isascii()))
---
##> (b'key', b'=', b'value=x')
print(repr(b'key=value=x'.partition(b'=')))
---
##> (b'key=value', b'=', b'x')
print(repr(b'key=value=x'.rpartition(b'=')))
---
##> (b'key', b'', b'')
print(repr(b'key'.partition(b'=')))
---
##> (b'', b'', b'key')
print(repr(b'key'.rpartition(b'=')))
---
### ValueError: empty separator
##= 1
print(repr(b'a'.partition(b'')))
---
### TypeError: a bytes-like object is required, not 'str'
##= 1
print(repr(b'a'.partition('=')))
---
##> b'  ab  '
print(repr(b'ab'.center(6)))
---
##> b'**ab*'
print(repr(b'ab'.center(5, b'*')))
---
##> b'*abc**'
print(repr(b'abc'.center(6, b'*')))
---
##> b'ab...'
print(repr(b'ab'.ljust(5, b'.')))
---
##> b'   ab'
print(repr(b'ab'.rjust(5)))
---
### TypeError: center() argument 2 must be a byte string of length 1, not str
##= 1
print(repr(b'ab'.center(5, '*')))
---
### TypeError: center() argument 2 must be a byte string of length 1, not bytes
##= 1
print(repr(b'ab'.center(5, b'**')))
---
##> b'ab'
print(repr(b'ab'.center(1)))
---
##> b'00042'
print(repr(b'42'.zfill(5)))
---
##> b'-0042'
print(repr(b'-42'.zfill(5)))
---
##> b'+42'
print(repr(b'+42'.zfill(2)))
---
##> b'a       b       c'
print(repr(b'a\tb\tc'.expandtabs()))
---
##> b'ab  c'
print(repr(b'ab\tc'.expandtabs(4)))
---
##> [b'a', b'b', b'c', b'd']
print(repr(b'a\nb\r\nc\rd'.splitlines()))
---
##> [b'a\n', b'b\r\n', b'c\r', b'd\n']
print(repr(b'a\nb\r\nc\rd\n'.splitlines(True)))
---
##> [b'a\n', b'b']
print(repr(b'a\nb'.splitlines(keepends=True)))
---
##> []
print(repr(b''.splitlines()))
---
##> b'c'
print(repr(b'abc'.removeprefix(b'ab')))
---
##> b'abc'
print(repr(b'abc'.removeprefix(b'x')))
---
##> b'a'
print(repr(b'abc'.removesuffix(b'bc')))
---
##> b'ac'
print(repr(b'abc'.translate(None, b'b')))
---
##> b'xyc'
print(repr(b'abc'.translate(bytes.maketrans(b'ab', b'xy'))))
---
### ValueError: translation table must be 256 characters long
##= 1
print(repr(b'abc'.translate(b'x')))
---
### ValueError: maketrans arguments must have same length
##= 1
print(repr(bytes.maketrans(b'a', b'xy')))
---
##> 256
print(repr(len(bytes.maketrans(b'', b''))))
---
##> bytearray(b'')
print(repr(bytearray()))
---
##> bytearray(b'\x00\x00\x00')
print(repr(bytearray(3)))
---
##> bytearray(b'abc')
print(repr(bytearray(b'abc')))
---
##> bytearray(b'\x01\x02\x03')
print(repr(bytearray([1, 2, 3])))
---
### TypeError: string argument without an encoding
##= 1
print(repr(bytearray('abc')))
---
##> bytearray(b'abc')
print(repr(bytearray('abc', 'utf-8')))
---
### ValueError: negative count
##= 1
print(repr(bytearray(-2)))
---
##> 'bytearray(b"it\\\'s")'
print(repr(repr(bytearray(b"it's"))))
---
##> bytearray(b'abcd')
print(repr(bytearray(b'ab') + b'cd'))
---
##> bytearray(b'abcd')
print(repr(bytearray(b'ab') + bytearray(b'cd')))
---
### TypeError: can't concat str to bytearray
##= 1
print(repr(bytearray(b'ab') + 'cd'))
---
##> bytearray(b'abab')
print(repr(bytearray(b'ab') * 2))
---
##> bytearray(b'abab')
print(repr(2 * bytearray(b'ab')))
---
##> 98
print(repr(bytearray(b'abc')[1]))
---
##> bytearray(b'bc')
print(repr(bytearray(b'abc')[1:]))
---
### IndexError: bytearray index out of range
##= 1
print(repr(bytearray(b'abc')[5]))
---
### TypeError: bytearray indices must be integers or slices, not str
##= 1
print(repr(bytearray(b'abc')['x']))
---
##> True
print(repr(bytearray(b'abc') == b'abc'))
---
##> True
print(repr(bytearray(b'abc') < bytearray(b'abd')))
---
##> bytearray(b'HELLO')
print(repr(bytearray(b'Hello').upper()))
---
##> [bytearray(b'a'), bytearray(b'b')]
print(repr(bytearray(b'a,b').split(b',')))
---
##> bytearray(b'x')
print(repr(bytearray(b'  x ').strip()))
---
##> bytearray(b'aBc')
print(repr(bytearray(b'abc').replace(b'b', b'B')))
---
##> bytearray(b'abc')
print(repr(bytearray(b'abc').copy()))
---
##> bytearray(b'ab')
print(repr(bytearray(b'ab') % ()))
---
##> b'abc'
print(repr(b'%s' % b'abc'))
---
##> b'a and b'
print(repr(b'%s and %s' % (b'a', bytearray(b'b'))))
---
##> b'x'
print(repr(b'%b' % b'x'))
---
##> b'   ab|cd   |'
print(repr(b'%5s|%-5s|' % (b'ab', b'cd')))
---
##> b'ab'
print(repr(b'%.2s' % b'abcdef'))
---
##> b'42 -3 ff FF 10'
print(repr(b'%d %i %x %X %o' % (42, -3, 255, 255, 8)))
---
##> b'00042|+42| 42'
print(repr(b'%05d|%+d|% d' % (42, 42, 42)))
---
##> b'0xff 0o10'
print(repr(b'%#x %#o' % (255, 8)))
---
##> b'1.500000 2.35 1.234568e+04 0.0001'
print(repr(b'%f %.2f %e %g' % (1.5, 2.345, 12345.678, 0.0001)))
---
##> b"b'x'"
print(repr(b'%r' % b'x'))
---
##> b"'\\xe9' '\\xe9'"
print(repr(b'%r %a' % ('é', 'é')))
---
##> b'AB'
print(repr(b'%c%c' % (65, b'B')))
---
##> b'%'
print(repr(b'%%' % ()))
---
##> b'x-5'
print(repr(b'%(a)s-%(b)d' % {b'a': b'x', b'b': 5}))
---
### TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
##= 1
print(repr(b'%s' % 'text'))
---
### TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
##= 1
print(repr(b'%s' % 5))
---
### OverflowError: %c arg not in range(256)
##= 1
print(repr(b'%c' % 300))
---
### TypeError: %c requires an integer in range(256) or a single byte
##= 1
print(repr(b'%c' % b'ab'))
---
### TypeError: %c requires an integer in range(256) or a single byte
##= 1
print(repr(b'%c' % 'a'))
---
### TypeError: %d format: a real number is required, not bytes
##= 1
print(repr(b'%d' % b'1'))
---
### TypeError: not enough arguments for format string
##= 1
print(repr(b'%d %d' % (1,)))
---
### TypeError: not all arguments converted during bytes formatting
##= 1
print(repr(b'%d' % (1, 2)))
---
### ValueError: unsupported format character 'z' (0x7a) at index 1
##= 1
print(repr(b'%z' % 1))
---
### TypeError: float argument required, not str
##= 1
print(repr(b'%f' % 's'))
---
### TypeError: float argument required, not list
##= 1
print(repr(b'%.2e' % [1]))
---
### TypeError: float argument required, not NoneType
##= 1
print(repr(b'%g' % None))
---
### TypeError: %d format: a real number is required, not bytes
##= 1
print(repr(b'%i' % b'1'))
---
### TypeError: %u format: a real number is required, not str
##= 1
print(repr(b'%u' % 'x'))
---
### TypeError: %d format: a real number is required, not str
##= 1
print(repr(b'%d' % 'x'))
---
##> b'1 1'
print(repr(b'%i %u' % (1.9, True)))
---
### TypeError: don't know how to handle UnicodeDecodeError in error callback
##= 1
print(repr(b'\xff'.decode('utf-8', 'xmlcharrefreplace')))
---
##> 'abc'
print(repr(b'abc'.decode('ascii', 'xmlcharrefreplace')))
---
##> b'\x03\xe8'
print(repr((1000).to_bytes(2, 'big')))
---
##> b'\xe8\x03'
print(repr((1000).to_bytes(2, 'little')))
---
##> b'\x00\x00\x03\xe8'
print(repr((1000).to_bytes(4, byteorder='big')))
---
##> b''
print(repr((0).to_bytes(0, 'big')))
---
### OverflowError: int too big to convert
##= 1
print(repr((1).to_bytes(0, 'big')))
---
##> b''
print(repr((-1).to_bytes(0, 'big', signed=True)))
---
### OverflowError: int too big to convert
##= 1
print(repr((-2).to_bytes(0, 'little', signed=True)))
---
##> b'\x05'
print(repr((5).to_bytes()))
---
##> b'\xff'
print(repr((255).to_bytes(1, 'big')))
---
### OverflowError: int too big to convert
##= 1
print(repr((256).to_bytes(1, 'big')))
---
##> b'\xff\xff'
print(repr((-1).to_bytes(2, 'big', signed=True)))
---
##> b'\x80'
print(repr((-128).to_bytes(1, 'big', signed=True)))
---
### OverflowError: int too big to convert
##= 1
print(repr((-129).to_bytes(1, 'big', signed=True)))
---
### OverflowError: int too big to convert
##= 1
print(repr((128).to_bytes(1, 'big', signed=True)))
---
### OverflowError: can't convert negative int to unsigned
##= 1
print(repr((-1).to_bytes(2, 'big')))
---
##> b'\x00@\x00\x00\x00\x00\x00\x00\x00\x00'
print(repr((2**70).to_bytes(10, 'big')))
---
##> b'\x00\x00\x00\x00\x00\x00\x00\x00@'
print(repr((2**70).to_bytes(9, 'little')))
---
##> b'\x00\x00\x00\x00\x00\x00\x00\x00\xc0\xff'
print(repr((-2**70).to_bytes(10, 'little', signed=True)))
---
### ValueError: byteorder must be either 'little' or 'big'
##= 1
print(repr((1000).to_bytes(2, 'middle')))
---
### ValueError: length argument must be non-negative
##= 1
print(repr((1000).to_bytes(-1, 'big')))
---
##> b'\x01'
print(repr(True.to_bytes(1, 'big')))
---
##> 1000
print(repr(int.from_bytes(b'\x03\xe8', 'big')))
---
##> 59395
print(repr(int.from_bytes(b'\x03\xe8', 'little')))
---
##> 1000
print(repr(int.from_bytes(b'\x03\xe8')))
---
##> -1
print(repr(int.from_bytes(b'\xff\xff', 'big', signed=True)))
---
##> 65535
print(repr(int.from_bytes(b'\xff\xff', byteorder='little', signed=False)))
---
##> 0
print(repr(int.from_bytes(b'', 'big')))
---
##> -128
print(repr(int.from_bytes(b'\x80', 'big', signed=True)))
---
##> 513
print(repr(int.from_bytes([1, 2], 'little')))
---
##> 256
print(repr(int.from_bytes(bytearray(b'\x01\x00'), 'big')))
---
##> 4740885567116192841985
print(repr(int.from_bytes(b'\x01' * 10, 'big')))
---
##> -1
print(repr(int.from_bytes(b'\xff' * 10, 'big', signed=True)))
---
##> -604462909807314587353088
print(repr(int.from_bytes(b'\x00' * 9 + b'\x80', 'little', signed=True)))
---
### TypeError: cannot convert 'str' object to bytes
##= 1
print(repr(int.from_bytes('ab', 'big')))
---
### ValueError: byteorder must be either 'little' or 'big'
##= 1
print(repr(int.from_bytes(b'\x01', 'middle')))
---
### ValueError: bytes must be in range(0, 256)
##= 1
print(repr(int.from_bytes([300], 'big')))
---
### OverflowError: cannot fit 'int' into an index-sized integer
##= 1
print(repr(bytes(10**20)))
---
##> 12
print(repr(int(b'12')))
---
##> -12
print(repr(int(b' -12 ')))
---
##> 255
print(repr(int(b'ff', 16)))
---
##> 31
print(repr(int(b'0x1f', 0)))
---
### ValueError: invalid literal for int() with base 10: b'1x'
##= 1
print(repr(int(b'1x')))
---
### ValueError: invalid literal for int() with base 10: b'\xff1'
##= 1
print(repr(int(b'\xff1')))
---
##> 7
print(repr(int(bytearray(b' 7 '))))
---
### ValueError: int() base must be >= 2 and <= 36, or 0
##= 1
print(repr(int(b'1', 99)))
---
##> 1.5
print(repr(float(b'1.5')))
---
##> -2000.0
print(repr(float(bytearray(b' -2e3 '))))
---
### ValueError: could not convert string to float: b'x'
##= 1
print(repr(float(b'x')))
---
##> 97
print(repr(ord(b'a')))
---
##> 122
print(repr(ord(bytearray(b'z'))))
---
### TypeError: ord() expected a character, but string of length 2 found
##= 1
print(repr(ord(b'ab')))
---
### TypeError: sum() can't sum bytes [use b''.join(seq) instead]
##= 1
print(repr(sum([b'a'], b'')))
---
### TypeError: sum() can't sum bytearray [use b''.join(seq) instead]
##= 1
print(repr(sum([], bytearray())))
---
### TypeError: sequence item 0: expected str instance, bytes found
##= 1
print(repr(''.join([b'a'])))
---
##> "b'x'|b'y'"
print(repr('%s|%r' % (b'x', b'y')))
---
##> "b'x'|bytearray(b'y')"
print(repr('{}|{!r}'.format(b'x', bytearray(b'y'))))
---
##> "b'x'|b'y'"
print(repr(f'{b"x"}|{b"y"!r}'))
---
##> "b'x'"
print(repr(format(b'x')))
---
### TypeError: unsupported format string passed to bytes.__format__
##= 1
print(repr(format(b'x', '>5')))
---
##> bytearray(b'abcd\x00')
ba = bytearray(b'abc')
ba.append(100)
ba.append(0)
print(ba)
---
### ValueError: byte must be in range(0, 256)
##= 1
ba = bytearray(b'abc')
ba.append(256)
---
### TypeError: 'str' object cannot be interpreted as an integer
##= 1
ba = bytearray(b'abc')
ba.append('d')
---
##> bytearray(b'abcdeFG!\x01')
ba = bytearray(b'abc')
ba.extend(b'de')
ba.extend([70, 71])
ba.extend(bytearray(b'!'))
ba.extend(x for x in [1])
print(ba)
---
### TypeError: 'str' object cannot be interpreted as an integer
##= 1
ba = bytearray(b'abc')
ba.extend('de')
---
### TypeError: can't extend bytearray with int
##= 1
ba = bytearray(b'abc')
ba.extend(5)
---
##> bytearray(b'abcde')
##> True bytearray(b'abcdef')
ba = bytearray(b'abc')
ba += b'de'
print(ba)
alias = ba
ba += bytearray(b'f')
print(alias is ba, alias)
---
### TypeError: can't concat str to bytearray
##= 1
ba = bytearray(b'abc')
ba += 'de'
---
### TypeError: can't concat list to bytearray
##= 1
ba = bytearray(b'abc')
ba += [1]
---
##> True bytearray(b'ababab')
ba = bytearray(b'ab')
alias = ba
ba *= 3
print(alias is ba, ba)
---
##> b'abc' b'abcd'
b = b'abc'
alias = b
b += b'd'
print(alias, b)
---
##> bytearray(b'AbcdeF')
ba = bytearray(b'abcdef')
ba[0] = 65
ba[-1] = 70
print(ba)
---
### IndexError: bytearray index out of range
##= 1
ba = bytearray(b'abc')
ba[3] = 1
---
### ValueError: byte must be in range(0, 256)
##= 1
ba = bytearray(b'abc')
ba[0] = 256
---
### TypeError: 'bytes' object cannot be interpreted as an integer
##= 1
ba = bytearray(b'abc')
ba[0] = b'x'
---
### TypeError: bytearray indices must be integers or slices, not str
##= 1
ba = bytearray(b'abc')
ba['x'] = 1
---
##> bytearray(b'aXYZdef')
##> bytearray(b'\x01\x02aXYZdef')
##> bytearray(b'\x01\x02aX')
##> bytearray(b'\x01--\x02aX')
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZ'
print(ba)
ba[:0] = [1, 2]
print(ba)
ba[4:] = b''
print(ba)
ba[1:1] = bytearray(b'--')
print(ba)
---
##> bytearray(b'XbYdZf')
ba = bytearray(b'abcdef')
ba[::2] = b'XYZ'
print(ba)
---
### ValueError: attempt to assign bytes of size 2 to extended slice of size 3
##= 1
ba = bytearray(b'abcdef')
ba[::2] = b'XY'
---
##> bytearray(b'bdf')
##> bytearray(b'')
##> bytearray(b'')
ba = bytearray(b'abcdef')
ba[::2] = b''
print(ba)
ba[::-1] = []
print(ba)
ba[5:1:-1] = b''
print(ba)
---
### TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
##= 1
ba = bytearray(b'abcdef')
ba[0:2] = 'xy'
---
### TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
##= 1
ba = bytearray(b'abcdef')
ba[0:2] = 5
---
##> bytearray(b'bcdef')
##> bytearray(b'bcde')
##> bytearray(b'be')
ba = bytearray(b'abcdef')
del ba[0]
print(ba)
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
---
##> bytearray(b'bdfh')
##> bytearray(b'acdfg')
ba = bytearray(b'abcdefgh')
del ba[::2]
print(ba)
ba = bytearray(b'abcdefgh')
del ba[::-3]
print(ba)
---
### IndexError: bytearray index out of range
##= 1
ba = bytearray(b'abc')
del ba[5]
---
##> 99 97 bytearray(b'b')
##> 98 bytearray(b'')
### IndexError: pop from empty bytearray
##= 1
ba = bytearray(b'abc')
print(ba.pop(), ba.pop(0), ba)
print(ba.pop(), ba)
ba.pop()
---
### IndexError: pop index out of range
##= 1
ba = bytearray(b'abc')
ba.pop(7)
---
##> bytearray(b'acb')
### ValueError: value not found in bytearray
##= 1
ba = bytearray(b'abcb')
ba.remove(98)
print(ba)
ba.remove(120)
---
##> bytearray(b'AabBcC')
ba = bytearray(b'abc')
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
print(ba)
---
##> bytearray(b'cba')
##> bytearray(b'') 0 False
ba = bytearray(b'abc')
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba), bool(ba))
---
##> 97
##> 98
##> 99
##> bytearray(b'abc')
ba = bytearray(b'ab')
for c in ba:
    if c == 97:
        ba.append(99)
    print(c)
print(ba)
---
##> bytearray(b'abc') bytearray(b'xbc')
ba = bytearray(b'abc')
c = ba.copy()
c[0] = 120
print(ba, c)
---
### TypeError: 'bytes' object does not support item assignment
##= 1
b = b'abc'
b[0] = 1
---
### AttributeError: 'bytes' object has no attribute 'append'
##= 1
b = b'abc'
b.append(1)
---
### TypeError: 'bytes' object doesn't support item deletion
##= 1
b = b'abc'
del b[0]
---
### TypeError: unhashable type: 'bytearray'
##= 1
d = {}
d[b'k'] = 1
d['k'] = 2
print(d, d[b'k'], b'k' in d, bytearray(b'k') in d)
---
##> True False 2
s = {b'a', b'b'}
print(b'a' in s, 'a' in s, len(s))
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
##= 1
print(b'\xff'.decode('utf-8', errors='strict'))
---
##> UnicodeDecodeError True True
##> utf-8 b'ab\xffcd' 2 3 invalid start byte
##> 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte
try:
    b'ab\xffcd'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
---
##> ascii aé€ 1 3 ordinal not in range(128)
##> 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
---
##> LookupError unknown encoding: nope
try:
    'x'.encode('nope')
except LookupError as e:
    print(type(e).__name__, e)
---
##> b'abc' b'abc' b'abc' b'abc' b'abc'
x = b'abc'
print(f'{x}', f'{x!r}', '%s' % x, str(x), '{}'.format(x))
---
##> b'x' bytearray(b'y') [b'z'] (bytearray(b''),)
print(b'x', bytearray(b'y'), [b'z'], (bytearray(),))
---
##> b'abc'
print(b'a' b'b' b'c')
---
### SyntaxError: cannot mix bytes and nonbytes literals
##= 1
x = b'a' 'b'
---
### SyntaxError: cannot mix bytes and nonbytes literals
##= 1
x = 'a' b'b'
---
### SyntaxError: bytes can only contain ASCII literal characters
##= 1
x = b'é'
---
### SyntaxError: bytes can only contain ASCII literal characters
##= 1
x = b'café'
---
### SyntaxError: (value error) invalid \x escape at position 0
##= 1
x = b'\x4'
---
### SyntaxError: (value error) invalid \x escape at position 0
##= 1
x = b'\xzz'
---
##> b'\\u1234' 6
x = b'\u1234'
print(x, len(x))
---
##> b'multi\nline'
x = b'''multi
line'''
print(x)
---
##> True b'const'
def f():
    return b'const'
print(f() is f(), f())
---
##> no
##> yes
if b'':
    print('yes')
else:
    print('no')
if b'\x00':
    print('yes')
---
##> 111 101 195 [97, 98, 99] reversed [98, 97] [(0, 97), (1, 98)]
print(max(b'hello'), min(b'hello'), sum(b'ab'), sorted(b'cab'), reversed(b'ab').__class__.__name__, list(reversed(b'ab')), list(enumerate(b'ab')))
---
##> 3 97 True b'x'
print(b'abc'.__len__(), b'abc'.__getitem__(0), b'abc'.__contains__(97), bytes.__bytes__(b'x'))
---
##> b'from dunder' b'from dunder'
class B:
    def __bytes__(self):
        return b'from dunder'
print(bytes(B()), b'%s' % B())
---
### TypeError: __bytes__ returned non-bytes (type str)
##= 1
class B:
    def __bytes__(self):
        return 'str'
bytes(B())
---
##> b'\x00\x00\x00' 100 b'\x03'
class I:
    def __index__(self):
        return 3
print(bytes(I()), b'abcdef'[I()], bytes([I()]))
---
##> {'a': [1, 'é']} [2] é
##> b'{"k": "v"}'
import json
print(json.loads(b'{"a": [1, "\\u00e9"]}'), json.loads(bytearray(b'\xef\xbb\xbf[2]')), json.loads('"é"'.encode()))
print(json.dumps({'k': 'v'}).encode())
---
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
##= 1
import json
json.loads(b'\xff')
---
##> UnicodeDecodeError('utf-8', b'ok\xc3', 2, 3, 'unexpected end of data') ('utf-8', b'ok\xc3', 2, 3, 'unexpected end of data') b'ok\xc3'
try:
    bytearray(b'ok\xc3').decode()
except UnicodeDecodeError as e:
    print(repr(e), e.args, e.object)
---
##> UnicodeEncodeError('latin-1', 'a€😀', 1, 3, 'ordinal not in range(256)') ('latin-1', 'a€😀', 1, 3, 'ordinal not in range(256)')
try:
    'a\u20ac\U0001f600'.encode('latin-1')
except UnicodeEncodeError as e:
    print(repr(e), e.args)
---
##> bytearray.append(1, 2) TypeError descriptor 'append' for 'bytearray' objects doesn't apply to a 'int' object
##> bytes.decode(1) TypeError descriptor 'decode' for 'bytes' objects doesn't apply to a 'int' object
##> bytes.hex('x') TypeError descriptor 'hex' for 'bytes' objects doesn't apply to a 'str' object
##> bytearray.pop(b'x') TypeError descriptor 'pop' for 'bytearray' objects doesn't apply to a 'bytes' object
##> bytearray.clear() TypeError unbound method bytearray.clear() needs an argument
##> bytes.join() TypeError unbound method bytes.join() needs an argument
##> int.to_bytes('x') TypeError descriptor 'to_bytes' for 'int' objects doesn't apply to a 'str' object
##> bytearray.extend(b'', b'') TypeError descriptor 'extend' for 'bytearray' objects doesn't apply to a 'bytes' object
##> bytes.count(bytearray(b'a'), 97) TypeError descriptor 'count' for 'bytes' objects doesn't apply to a 'bytearray' object
##> bytes.upper(b'a') b'A'
##> bytearray.upper(bytearray(b'a')) bytearray(b'A')
##> bytes.fromhex.__self__ <class 'bytes'>
##> int.from_bytes.__self__ <class 'int'>
##> True.to_bytes() b'\x01'
##> bool.from_bytes(b'\x01') True
try:
    print('bytearray.append(1, 2)', repr(bytearray.append(1, 2)))
except Exception as e:
    print('bytearray.append(1, 2)', type(e).__name__, e)
try:
    print('bytes.decode(1)', repr(bytes.decode(1)))
except Exception as e:
    print('bytes.decode(1)', type(e).__name__, e)
try:
    print("bytes.hex('x')", repr(bytes.hex('x')))
except Exception as e:
    print("bytes.hex('x')", type(e).__name__, e)
try:
    print("bytearray.pop(b'x')", repr(bytearray.pop(b'x')))
except Exception as e:
    print("bytearray.pop(b'x')", type(e).__name__, e)
try:
    print('bytearray.clear()', repr(bytearray.clear()))
except Exception as e:
    print('bytearray.clear()', type(e).__name__, e)
try:
    print('bytes.join()', repr(bytes.join()))
except Exception as e:
    print('bytes.join()', type(e).__name__, e)
try:
    print("int.to_bytes('x')", repr(int.to_bytes('x')))
except Exception as e:
    print("int.to_bytes('x')", type(e).__name__, e)
try:
    print("bytearray.extend(b'', b'')", repr(bytearray.extend(b'', b'')))
except Exception as e:
    print("bytearray.extend(b'', b'')", type(e).__name__, e)
try:
    print("bytes.count(bytearray(b'a'), 97)", repr(bytes.count(bytearray(b'a'), 97)))
except Exception as e:
    print("bytes.count(bytearray(b'a'), 97)", type(e).__name__, e)
try:
    print("bytes.upper(b'a')", repr(bytes.upper(b'a')))
except Exception as e:
    print("bytes.upper(b'a')", type(e).__name__, e)
try:
    print("bytearray.upper(bytearray(b'a'))", repr(bytearray.upper(bytearray(b'a'))))
except Exception as e:
    print("bytearray.upper(bytearray(b'a'))", type(e).__name__, e)
try:
    print('bytes.fromhex.__self__', repr(bytes.fromhex.__self__))
except Exception as e:
    print('bytes.fromhex.__self__', type(e).__name__, e)
try:
    print('int.from_bytes.__self__', repr(int.from_bytes.__self__))
except Exception as e:
    print('int.from_bytes.__self__', type(e).__name__, e)
try:
    print('True.to_bytes()', repr(True.to_bytes()))
except Exception as e:
    print('True.to_bytes()', type(e).__name__, e)
try:
    print("bool.from_bytes(b'\\x01')", repr(bool.from_bytes(b'\x01')))
except Exception as e:
    print("bool.from_bytes(b'\\x01')", type(e).__name__, e)

---
##> TypeError descriptor 'encode' for 'str' objects doesn't apply to a 'int' object
##> TypeError unbound method str.encode() needs an argument
##> b'\xe9'
for fn in [lambda: str.encode(1), lambda: str.encode(), lambda: str.encode('\xe9', 'latin-1')]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
---
##> 'ascii' codec can't decode bytes in position 1-2: made up ('ascii', b'\x80abc', 1, 3, 'made up')
##> 'ascii' codec can't encode character '\xe9' in position 0: r
### UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
##= 1
e = UnicodeDecodeError('ascii', b'\x80abc', 1, 3, 'made up')
print(str(e), e.args)
print(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'r'))
raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
