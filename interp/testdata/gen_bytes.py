#!/usr/bin/env python3
"""Writes interp/testdata/bytes.as: one small program per case of bytes,
bytearray, the codecs of str.encode/bytes.decode, bytes % formatting and
int.to_bytes/from_bytes, then has internal/golden/record_chunks.py record
what CPython 3.11 does with each (never asyncscript's own output). The
golden runner runs them (interp/golden_test.go, TestBytesPrograms).
Run: python3 interp/testdata/gen_bytes.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Each expression becomes `print(repr(EXPR))`; an error ends the program
# (its last stderr line and status are recorded).
EXPRS = r"""
b''
b'hello'
b'\x00\x01\x7f\x80\xff'
b'\t\n\r\x0b\x0c'
b"it's"
b'say "hi"'
b'both \' and "'
b'\\'
rb'\n\x00'
br'a\b'
b'abc' b'def'
b'\101\60\0'
b'\q'
bytes(range(256))
len(b'abc')
b'abc'[0]
b'abc'[-1]
b'abc'[3]
b'abc'['a']
b'abc'[1:]
b'abcdef'[::2]
b'abcdef'[::-1]
b'abcdef'[4:1:-1]
b'abc'[10:]
b'ab' + b'cd'
b'ab' + bytearray(b'cd')
b'ab' + 'cd'
'ab' + b'cd'
b'ab' + 1
b'ab' * 3
3 * b'ab'
b'ab' * 0
b'ab' * -1
b'ab' * 'x'
b'ab' * 1.5
b'abc' == b'abc'
b'abc' != b'abd'
b'abc' == 'abc'
b'abc' == bytearray(b'abc')
b'abc' < b'abd'
b'ab' < b'abc'
b'b' > b'abc'
b'abc' <= b'abc'
b'a' < 'b'
b'a' < 1
sorted([b'b', b'a', b'ab', b''])
hash(b'abc') == hash(b'abc')
hash(b'') == hash(b'')
hash(bytearray(b'a'))
{b'a': 1, 'a': 2, b'b': 3}[b'a']
len({b'a', b'a', 'a'})
97 in b'abc'
1 in b'abc'
b'bc' in b'abc'
b'' in b'abc'
bytearray(b'c') in b'abc'
'a' in b'abc'
256 in b'abc'
-1 in b'abc'
list(b'abc')
list(bytearray(b'xy'))
tuple(b'')
[x + 1 for x in b'\x00\x01']
bool(b''), bool(b'\x00'), bool(bytearray())
str(b'abc')
str(b'abc', 'ascii')
str(b'abc', encoding='utf-8')
str(b'\xff', 'utf-8', 'replace')
str(b'\xff', errors='ignore')
str('abc', 'utf-8')
str(1, 'utf-8')
str(bytearray(b'x'), 'latin-1')
bytes()
bytes(0)
bytes(5)
bytes(-1)
bytes(1.5)
bytes(None)
bytes([65, 66, 67])
bytes((1, 2))
bytes(range(65, 70))
bytes([256])
bytes([-1])
bytes(['a'])
bytes([1.0])
bytes('abc')
bytes('abc', 'ascii')
bytes('héllo', 'utf-8')
bytes('héllo', 'latin-1')
bytes('héllo', 'ascii')
bytes(b'abc', 'utf-8')
bytes(encoding='utf-8')
bytes('a', encoding=1)
bytes(bytearray(b'xyz'))
bytes(x for x in [1, 2, 3])
bytes({7})
bytes(True)
type(bytes(2))
isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(b'', bytearray)
issubclass(bytes, object), bytes.__name__, bytearray.__name__
type(iter(b'')).__name__, type(iter(bytearray())).__name__
'héllo'.encode()
'héllo'.encode('utf-8')
'héllo'.encode('UTF8')
'héllo'.encode('latin-1')
'héllo'.encode('iso-8859-1')
'héllo'.encode('ascii')
'héllo wörld'.encode('ascii')
'aéé€b'.encode('ascii')
'aéé€b'.encode('latin-1')
'aéé€b'.encode('ascii', 'ignore')
'aéé€b'.encode('ascii', 'replace')
'aéé€b'.encode('ascii', 'backslashreplace')
'aéé€b'.encode('ascii', 'xmlcharrefreplace')
'a😀b'.encode('ascii', 'backslashreplace')
'a😀b'.encode()
'é'.encode('ascii', 'bogus')
'e'.encode('ascii', 'bogus')
'x'.encode('bogus')
'x'.encode(1)
'x'.encode(errors='strict')
'x'.encode(encoding='ascii', errors='strict')
'x'.encode('ascii', 'strict', 1)
b'abc'.decode()
b'h\xc3\xa9llo'.decode()
b'h\xc3\xa9llo'.decode('latin-1')
b'h\xc3\xa9llo'.decode('ascii')
b'h\xc3\xa9llo'.decode('ascii', 'replace')
b'h\xc3\xa9llo'.decode('ascii', 'ignore')
b'h\xc3\xa9llo'.decode('ascii', 'backslashreplace')
b'a\xffb'.decode()
b'a\xffb'.decode('utf-8', 'replace')
b'a\xffb'.decode('utf-8', 'ignore')
b'a\xffb'.decode('utf-8', 'backslashreplace')
b'\xe2\x82'.decode()
b'\xe2\x82a'.decode()
b'\xe2a'.decode()
b'\xe2'.decode()
b'\xed\xa0\x80'.decode()
b'\xf0\x90\x80'.decode()
b'\xf4\x90\x80\x80'.decode()
b'\xc0\xaf'.decode()
b'\x80\x80'.decode('utf-8', 'replace')
b'\xe2\x82\xac\xe2\x82'.decode('utf-8', 'replace')
b'\xf0\x9f\x98\x80'.decode()
b'x'.decode('bogus')
b'\xff'.decode('utf-8', 'bogus')
b'x'.decode(errors=3)
bytearray(b'\xc3\xa9').decode()
b'abc'.hex()
b''.hex()
b'\x00\xff\x10'.hex()
b'abcdef'.hex(':')
b'abcdef'.hex(':', 2)
b'abcdef'.hex(':', -4)
b'abcdef'.hex(b'-', 3)
b'abc'.hex('::')
b'abc'.hex(1)
bytearray(b'ab').hex()
bytes.fromhex('6162 63')
bytes.fromhex('')
bytes.fromhex(' 0a0B ')
bytes.fromhex('zz')
bytes.fromhex('a')
bytes.fromhex('0 a')
bytes.fromhex(b'61')
bytearray.fromhex('4142')
b'hello'.find(b'l')
b'hello'.find(b'z')
b'hello'.find(108)
b'hello'.find(b'l', 3)
b'hello'.find(b'l', -2)
b'hello'.find(b'h', 1, 3)
b'hello'.find('l')
b'hello'.find(300)
b'hello'.rfind(b'l')
b'hello'.index(b'e')
b'hello'.index(b'z')
b'hello'.rindex(b'l')
b'hello'.rindex(b'z')
b'hello'.count(b'l')
b'hello'.count(108)
b'hello'.count(b'')
b'hello'.count(b'l', 3)
b'hello'.startswith(b'he')
b'hello'.startswith((b'x', b'h'))
b'hello'.startswith(b'l', 2)
b'hello'.startswith('h')
b'hello'.startswith(('h',))
b'hello'.endswith(b'lo')
b'hello'.endswith(b'l', 0, 4)
b','.join([b'a', b'b', b'c'])
b''.join([])
b', '.join([b'a', bytearray(b'b')])
b','.join([b'a', 'b'])
b','.join(1)
bytearray(b'-').join([b'a', b'b'])
b'a,b,,c'.split(b',')
b'a,b,,c'.split(b',', 1)
b'a,b,,c'.split(sep=b',', maxsplit=2)
b'a,b,,c'.rsplit(b',', 1)
b'a,b,,c'.rsplit(b',')
b'  a b \t c\n'.split()
b'  a b  c  '.split(None, 1)
b'  a b  c  '.rsplit(None, 1)
b''.split()
b''.split(b',')
b'abc'.split(b'')
b'abc'.split('b')
b'a\x1cb'.split()
bytearray(b'a b').split()
b'  hi  '.strip()
b'  hi  '.lstrip()
b'  hi  '.rstrip()
b'xxhixx'.strip(b'x')
b'xyhiyx'.strip(b'xy')
b'hi'.strip('h')
b'\x0b\x0chi\r\n'.strip()
b'hello'.replace(b'l', b'L')
b'hello'.replace(b'l', b'L', 1)
b'hello'.replace(b'', b'-')
b'hello'.replace('l', 'L')
b'Hello World'.upper()
b'Hello World'.lower()
b'Hello World'.swapcase()
b'hello world'.capitalize()
b'hELLO wORLD'.title()
b"they're bill's".title()
b'h\xe9llo'.upper()
b'abc'.isalpha(), b'ab1'.isalpha(), b''.isalpha()
b'123'.isdigit(), b'12a'.isdigit()
b'ab12'.isalnum(), b'ab 12'.isalnum()
b' \t\n'.isspace(), b' x'.isspace(), b''.isspace()
b'ABC'.isupper(), b'AbC'.isupper(), b'123'.isupper()
b'abc1'.islower(), b'aBc'.islower()
b'Hello World'.istitle(), b'Hello world'.istitle()
b'abc'.isascii(), b'\x80'.isascii()
b'key=value=x'.partition(b'=')
b'key=value=x'.rpartition(b'=')
b'key'.partition(b'=')
b'key'.rpartition(b'=')
b'a'.partition(b'')
b'a'.partition('=')
b'ab'.center(6)
b'ab'.center(5, b'*')
b'abc'.center(6, b'*')
b'ab'.ljust(5, b'.')
b'ab'.rjust(5)
b'ab'.center(5, '*')
b'ab'.center(5, b'**')
b'ab'.center(1)
b'42'.zfill(5)
b'-42'.zfill(5)
b'+42'.zfill(2)
b'a\tb\tc'.expandtabs()
b'ab\tc'.expandtabs(4)
b'a\nb\r\nc\rd'.splitlines()
b'a\nb\r\nc\rd\n'.splitlines(True)
b'a\nb'.splitlines(keepends=True)
b''.splitlines()
b'abc'.removeprefix(b'ab')
b'abc'.removeprefix(b'x')
b'abc'.removesuffix(b'bc')
b'abc'.translate(None, b'b')
b'abc'.translate(bytes.maketrans(b'ab', b'xy'))
b'abc'.translate(b'x')
bytes.maketrans(b'a', b'xy')
len(bytes.maketrans(b'', b''))
bytearray()
bytearray(3)
bytearray(b'abc')
bytearray([1, 2, 3])
bytearray('abc')
bytearray('abc', 'utf-8')
bytearray(-2)
repr(bytearray(b"it's"))
bytearray(b'ab') + b'cd'
bytearray(b'ab') + bytearray(b'cd')
bytearray(b'ab') + 'cd'
bytearray(b'ab') * 2
2 * bytearray(b'ab')
bytearray(b'abc')[1]
bytearray(b'abc')[1:]
bytearray(b'abc')[5]
bytearray(b'abc')['x']
bytearray(b'abc') == b'abc'
bytearray(b'abc') < bytearray(b'abd')
bytearray(b'Hello').upper()
bytearray(b'a,b').split(b',')
bytearray(b'  x ').strip()
bytearray(b'abc').replace(b'b', b'B')
bytearray(b'abc').copy()
bytearray(b'ab') % ()
b'%s' % b'abc'
b'%s and %s' % (b'a', bytearray(b'b'))
b'%b' % b'x'
b'%5s|%-5s|' % (b'ab', b'cd')
b'%.2s' % b'abcdef'
b'%d %i %x %X %o' % (42, -3, 255, 255, 8)
b'%05d|%+d|% d' % (42, 42, 42)
b'%#x %#o' % (255, 8)
b'%f %.2f %e %g' % (1.5, 2.345, 12345.678, 0.0001)
b'%r' % b'x'
b'%r %a' % ('é', 'é')
b'%c%c' % (65, b'B')
b'%%' % ()
b'%(a)s-%(b)d' % {b'a': b'x', b'b': 5}
b'%s' % 'text'
b'%s' % 5
b'%c' % 300
b'%c' % b'ab'
b'%c' % 'a'
b'%d' % b'1'
b'%d %d' % (1,)
b'%d' % (1, 2)
b'%z' % 1
b'%f' % 's'
b'%.2e' % [1]
b'%g' % None
b'%i' % b'1'
b'%u' % 'x'
b'%d' % 'x'
b'%i %u' % (1.9, True)
b'\xff'.decode('utf-8', 'xmlcharrefreplace')
b'abc'.decode('ascii', 'xmlcharrefreplace')
(1000).to_bytes(2, 'big')
(1000).to_bytes(2, 'little')
(1000).to_bytes(4, byteorder='big')
(0).to_bytes(0, 'big')
(1).to_bytes(0, 'big')
(-1).to_bytes(0, 'big', signed=True)
(-2).to_bytes(0, 'little', signed=True)
(5).to_bytes()
(255).to_bytes(1, 'big')
(256).to_bytes(1, 'big')
(-1).to_bytes(2, 'big', signed=True)
(-128).to_bytes(1, 'big', signed=True)
(-129).to_bytes(1, 'big', signed=True)
(128).to_bytes(1, 'big', signed=True)
(-1).to_bytes(2, 'big')
(2**70).to_bytes(10, 'big')
(2**70).to_bytes(9, 'little')
(-2**70).to_bytes(10, 'little', signed=True)
(1000).to_bytes(2, 'middle')
(1000).to_bytes(-1, 'big')
True.to_bytes(1, 'big')
int.from_bytes(b'\x03\xe8', 'big')
int.from_bytes(b'\x03\xe8', 'little')
int.from_bytes(b'\x03\xe8')
int.from_bytes(b'\xff\xff', 'big', signed=True)
int.from_bytes(b'\xff\xff', byteorder='little', signed=False)
int.from_bytes(b'', 'big')
int.from_bytes(b'\x80', 'big', signed=True)
int.from_bytes([1, 2], 'little')
int.from_bytes(bytearray(b'\x01\x00'), 'big')
int.from_bytes(b'\x01' * 10, 'big')
int.from_bytes(b'\xff' * 10, 'big', signed=True)
int.from_bytes(b'\x00' * 9 + b'\x80', 'little', signed=True)
int.from_bytes('ab', 'big')
int.from_bytes(b'\x01', 'middle')
int.from_bytes([300], 'big')
bytes(10**20)
int(b'12')
int(b' -12 ')
int(b'ff', 16)
int(b'0x1f', 0)
int(b'1x')
int(b'\xff1')
int(bytearray(b' 7 '))
int(b'1', 99)
float(b'1.5')
float(bytearray(b' -2e3 '))
float(b'x')
ord(b'a')
ord(bytearray(b'z'))
ord(b'ab')
sum([b'a'], b'')
sum([], bytearray())
''.join([b'a'])
'%s|%r' % (b'x', b'y')
'{}|{!r}'.format(b'x', bytearray(b'y'))
f'{b"x"}|{b"y"!r}'
format(b'x')
format(b'x', '>5')
""".strip("\n").split("\n")

# Longer programs: bytearray mutation and iteration.
PROGRAMS = [
    "ba = bytearray(b'abc')\nba.append(100)\nba.append(0)\nprint(ba)",
    "ba = bytearray(b'abc')\nba.append(256)",
    "ba = bytearray(b'abc')\nba.append('d')",
    "ba = bytearray(b'abc')\nba.extend(b'de')\nba.extend([70, 71])\nba.extend(bytearray(b'!'))\nba.extend(x for x in [1])\nprint(ba)",
    "ba = bytearray(b'abc')\nba.extend('de')",
    "ba = bytearray(b'abc')\nba.extend(5)",
    "ba = bytearray(b'abc')\nba += b'de'\nprint(ba)\nalias = ba\nba += bytearray(b'f')\nprint(alias is ba, alias)",
    "ba = bytearray(b'abc')\nba += 'de'",
    "ba = bytearray(b'abc')\nba += [1]",
    "ba = bytearray(b'ab')\nalias = ba\nba *= 3\nprint(alias is ba, ba)",
    "b = b'abc'\nalias = b\nb += b'd'\nprint(alias, b)",
    "ba = bytearray(b'abcdef')\nba[0] = 65\nba[-1] = 70\nprint(ba)",
    "ba = bytearray(b'abc')\nba[3] = 1",
    "ba = bytearray(b'abc')\nba[0] = 256",
    "ba = bytearray(b'abc')\nba[0] = b'x'",
    "ba = bytearray(b'abc')\nba['x'] = 1",
    "ba = bytearray(b'abcdef')\nba[1:3] = b'XYZ'\nprint(ba)\nba[:0] = [1, 2]\nprint(ba)\nba[4:] = b''\nprint(ba)\nba[1:1] = bytearray(b'--')\nprint(ba)",
    "ba = bytearray(b'abcdef')\nba[::2] = b'XYZ'\nprint(ba)",
    "ba = bytearray(b'abcdef')\nba[::2] = b'XY'",
    "ba = bytearray(b'abcdef')\nba[::2] = b''\nprint(ba)\nba[::-1] = []\nprint(ba)\nba[5:1:-1] = b''\nprint(ba)",
    "ba = bytearray(b'abcdef')\nba[0:2] = 'xy'",
    "ba = bytearray(b'abcdef')\nba[0:2] = 5",
    "ba = bytearray(b'abcdef')\ndel ba[0]\nprint(ba)\ndel ba[-1]\nprint(ba)\ndel ba[1:3]\nprint(ba)",
    "ba = bytearray(b'abcdefgh')\ndel ba[::2]\nprint(ba)\nba = bytearray(b'abcdefgh')\ndel ba[::-3]\nprint(ba)",
    "ba = bytearray(b'abc')\ndel ba[5]",
    "ba = bytearray(b'abc')\nprint(ba.pop(), ba.pop(0), ba)\nprint(ba.pop(), ba)\nba.pop()",
    "ba = bytearray(b'abc')\nba.pop(7)",
    "ba = bytearray(b'abcb')\nba.remove(98)\nprint(ba)\nba.remove(120)",
    "ba = bytearray(b'abc')\nba.insert(0, 65)\nba.insert(-1, 66)\nba.insert(100, 67)\nprint(ba)",
    "ba = bytearray(b'abc')\nba.reverse()\nprint(ba)\nba.clear()\nprint(ba, len(ba), bool(ba))",
    "ba = bytearray(b'ab')\nfor c in ba:\n    if c == 97:\n        ba.append(99)\n    print(c)\nprint(ba)",
    "ba = bytearray(b'abc')\nc = ba.copy()\nc[0] = 120\nprint(ba, c)",
    "b = b'abc'\nb[0] = 1",
    "b = b'abc'\nb.append(1)",
    "b = b'abc'\ndel b[0]",
    "d = {}\nd[b'k'] = 1\nd['k'] = 2\nprint(d, d[b'k'], b'k' in d, bytearray(b'k') in d)",
    "s = {b'a', b'b'}\nprint(b'a' in s, 'a' in s, len(s))",
    "print(b'\\xff'.decode('utf-8', errors='strict'))",
    "try:\n    b'ab\\xffcd'.decode()\nexcept UnicodeDecodeError as e:\n    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))\n    print(e.encoding, e.object, e.start, e.end, e.reason)\n    print(str(e))",
    "try:\n    'aé€'.encode('ascii')\nexcept UnicodeEncodeError as e:\n    print(e.encoding, e.object, e.start, e.end, e.reason)\n    print(e)",
    "try:\n    'x'.encode('nope')\nexcept LookupError as e:\n    print(type(e).__name__, e)",
    "x = b'abc'\nprint(f'{x}', f'{x!r}', '%s' % x, str(x), '{}'.format(x))",
    "print(b'x', bytearray(b'y'), [b'z'], (bytearray(),))",
    "print(b'a' b'b' b'c')",
    "x = b'a' 'b'",
    "x = 'a' b'b'",
    "x = b'\u00e9'",
    "x = b'caf\xe9'",
    "x = b'\\x4'",
    "x = b'\\xzz'",
    "x = b'\\u1234'\nprint(x, len(x))",
    "x = b'''multi\nline'''\nprint(x)",
    "def f():\n    return b'const'\nprint(f() is f(), f())",
    "if b'':\n    print('yes')\nelse:\n    print('no')\nif b'\\x00':\n    print('yes')",
    "print(max(b'hello'), min(b'hello'), sum(b'ab'), sorted(b'cab'), reversed(b'ab').__class__.__name__, list(reversed(b'ab')), list(enumerate(b'ab')))",
    "print(b'abc'.__len__(), b'abc'.__getitem__(0), b'abc'.__contains__(97), bytes.__bytes__(b'x'))",
    "class B:\n    def __bytes__(self):\n        return b'from dunder'\nprint(bytes(B()), b'%s' % B())",
    "class B:\n    def __bytes__(self):\n        return 'str'\nbytes(B())",
    "class I:\n    def __index__(self):\n        return 3\nprint(bytes(I()), b'abcdef'[I()], bytes([I()]))",
    "import json\nprint(json.loads(b'{\"a\": [1, \"\\\\u00e9\"]}'), json.loads(bytearray(b'\\xef\\xbb\\xbf[2]')), json.loads('\"\u00e9\"'.encode()))\nprint(json.dumps({'k': 'v'}).encode())",
    "import json\njson.loads(b'\\xff')",
    "try:\n    bytearray(b'ok\\xc3').decode()\nexcept UnicodeDecodeError as e:\n    print(repr(e), e.args, e.object)",
    "try:\n    'a\\u20ac\\U0001f600'.encode('latin-1')\nexcept UnicodeEncodeError as e:\n    print(repr(e), e.args)",
    "try:\n    print('bytearray.append(1, 2)', repr(bytearray.append(1, 2)))\nexcept Exception as e:\n    print('bytearray.append(1, 2)', type(e).__name__, e)\ntry:\n    print('bytes.decode(1)', repr(bytes.decode(1)))\nexcept Exception as e:\n    print('bytes.decode(1)', type(e).__name__, e)\ntry:\n    print(\"bytes.hex('x')\", repr(bytes.hex('x')))\nexcept Exception as e:\n    print(\"bytes.hex('x')\", type(e).__name__, e)\ntry:\n    print(\"bytearray.pop(b'x')\", repr(bytearray.pop(b'x')))\nexcept Exception as e:\n    print(\"bytearray.pop(b'x')\", type(e).__name__, e)\ntry:\n    print('bytearray.clear()', repr(bytearray.clear()))\nexcept Exception as e:\n    print('bytearray.clear()', type(e).__name__, e)\ntry:\n    print('bytes.join()', repr(bytes.join()))\nexcept Exception as e:\n    print('bytes.join()', type(e).__name__, e)\ntry:\n    print(\"int.to_bytes('x')\", repr(int.to_bytes('x')))\nexcept Exception as e:\n    print(\"int.to_bytes('x')\", type(e).__name__, e)\ntry:\n    print(\"bytearray.extend(b'', b'')\", repr(bytearray.extend(b'', b'')))\nexcept Exception as e:\n    print(\"bytearray.extend(b'', b'')\", type(e).__name__, e)\ntry:\n    print(\"bytes.count(bytearray(b'a'), 97)\", repr(bytes.count(bytearray(b'a'), 97)))\nexcept Exception as e:\n    print(\"bytes.count(bytearray(b'a'), 97)\", type(e).__name__, e)\ntry:\n    print(\"bytes.upper(b'a')\", repr(bytes.upper(b'a')))\nexcept Exception as e:\n    print(\"bytes.upper(b'a')\", type(e).__name__, e)\ntry:\n    print(\"bytearray.upper(bytearray(b'a'))\", repr(bytearray.upper(bytearray(b'a'))))\nexcept Exception as e:\n    print(\"bytearray.upper(bytearray(b'a'))\", type(e).__name__, e)\ntry:\n    print('bytes.fromhex.__self__', repr(bytes.fromhex.__self__))\nexcept Exception as e:\n    print('bytes.fromhex.__self__', type(e).__name__, e)\ntry:\n    print('int.from_bytes.__self__', repr(int.from_bytes.__self__))\nexcept Exception as e:\n    print('int.from_bytes.__self__', type(e).__name__, e)\ntry:\n    print('True.to_bytes()', repr(True.to_bytes()))\nexcept Exception as e:\n    print('True.to_bytes()', type(e).__name__, e)\ntry:\n    print(\"bool.from_bytes(b'\\\\x01')\", repr(bool.from_bytes(b'\\x01')))\nexcept Exception as e:\n    print(\"bool.from_bytes(b'\\\\x01')\", type(e).__name__, e)\n",
    "for fn in [lambda: str.encode(1), lambda: str.encode(), lambda: str.encode('\\xe9', 'latin-1')]:\n    try:\n        print(fn())\n    except Exception as e:\n        print(type(e).__name__, e)",
    "e = UnicodeDecodeError('ascii', b'\\x80abc', 1, 3, 'made up')\nprint(str(e), e.args)\nprint(UnicodeEncodeError('ascii', '\\xe9', 0, 1, 'r'))\nraise UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')",
]


def main():
    cases = ["print(repr(%s))" % e for e in EXPRS] + PROGRAMS
    path = os.path.join(HERE, "bytes.as")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n---\n".join(cases) + "\n")
    record = os.path.join(HERE, "..", "..", "internal", "golden", "record_chunks.py")
    subprocess.run([sys.executable, record, path], check=True)


if __name__ == "__main__":
    main()
