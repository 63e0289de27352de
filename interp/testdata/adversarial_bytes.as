##> MemoryError 
##> MemoryError 
##> MemoryError 
##> ValueError negative count
##> ValueError non-hexadecimal number found in fromhex() arg at position 0
##> ValueError non-hexadecimal number found in fromhex() arg at position 1
##> ok b'\x01\x02'
##> ValueError non-hexadecimal number found in fromhex() arg at position 2
##> TypeError fromhex() argument must be str, not int
# bytes and bytearray misuse, and user subclasses of them, one small
# program each, separated by lines "---". The expectation lines are
# recorded from CPython 3.11 by internal/golden/record_chunks.py; never
# edit them by hand.
def t(f):
    try:
        print("ok", repr(f())[:80])
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bytes(10**12))
t(lambda: b"ab" * 10**12)
t(lambda: bytearray(10**12))
t(lambda: bytes(-1))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex("a"))
t(lambda: bytes.fromhex(" 01 02 "))
t(lambda: bytes.fromhex("01\x0002"))
t(lambda: bytes.fromhex(5))
---
##> TypeError %d format: a real number is required, not str
##> TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
##> TypeError not enough arguments for format string
##> TypeError not all arguments converted during bytes formatting
##> KeyError b'a'
##> OverflowError %c arg not in range(256)
##> TypeError %c requires an integer in range(256) or a single byte
##> TypeError %x format: an integer is required, not float
##> ValueError incomplete format
##> ValueError unsupported format character 'z' (0x7a) at index 1
##> ValueError incomplete format key
def t(f):
    try:
        print("ok", repr(f())[:80])
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"%d" % "x")
t(lambda: b"%s" % "x")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%(a)s" % {"a": b"1"})
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: b"%x" % 3.5)
t(lambda: b"%" % ())
t(lambda: b"%z" % 1)
t(lambda: b"%(a" % {})
---
##> UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
##> LookupError unknown error handler name 'bogus'
##> UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
##> LookupError unknown encoding: nope
##> UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
##> LookupError unknown error handler name 'bogus'
##> ValueError bytes must be in range(0, 256)
##> TypeError string argument without an encoding
##> TypeError cannot convert 'float' object to bytes
##> MemoryError 
##> MemoryError 
def t(f):
    try:
        print("ok", repr(f())[:80])
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"\xff".decode("utf-8"))
t(lambda: b"\xff".decode("utf-8", "bogus"))
t(lambda: b"\xff".decode("ascii"))
t(lambda: b"\xff".decode("nope"))
t(lambda: b"\xf0\x9f".decode("utf-8"))
t(lambda: "é".encode("ascii", "bogus"))
t(lambda: bytes([256]))
t(lambda: bytes("abc"))
t(lambda: bytes(1.5))
t(lambda: b"abc".center(10**12))
t(lambda: (1).to_bytes(10**12, "big"))
---
##> bytearray(b'1b2d3f4h5j')
##> ValueError attempt to assign bytes of size 3 to extended slice of size 5
##> bytearray(b'abcdefghij')
##> bytearray(b'4bc3ef2hi1')
##> bytearray(b'abcdfhj')
##> bytearray(b'bcefhi')
##> bytearray(b'abcdefghij')
##> TypeError can assign only bytes, buffers, or iterables of ints in range(0, 256)
##> bytearray(b'abcdefghij')
##> ValueError slice step cannot be zero
##> bytearray(b'abcdefghij')
##> ValueError slice step cannot be zero
##> bytearray(b'abcdefghij')
##> ValueError byte must be in range(0, 256)
##> bytearray(b'abcdefghij')
# assigning nothing to an extended slice of a bytearray deletes it
def sa(idx, val):
    b = bytearray(b"abcdefghij")
    try:
        b[idx] = val
    except Exception as e:
        print(type(e).__name__, e)
    print(b)
sa(slice(None, None, 2), b"12345")
sa(slice(None, None, 2), b"123")
sa(slice(None, None, -3), b"1234")
sa(slice(8, 2, -2), b"")
sa(slice(None, None, 3), [])
sa(slice(5, 5, 2), b"")
sa(slice(1, 3), 5)
sa(slice(None, None, 0), b"a")
sa(slice(None, None, 0), b"")
sa(0, 256)
---
##> <class '__main__.B'> b'xyz' b'xyz' 3 3 b'xyza' 120 b'XYZ'
##> True True True 1
##> <class 'bytes'> <class 'bytes'> b'xyz' xyz b'xyz'
##> b'\x00\x00\x00' b'AB' b'\xc3\xa9' b'A' <class '__main__.B'>
class B(bytes):
    def hi(self): return len(self)
b = B(b"xyz")
print(type(b), b, repr(b), len(b), b.hi(), b + b"a", b[0], b.upper())
print(isinstance(b, bytes), b == b"xyz", hash(b) == hash(b"xyz"), {b: 1}[b"xyz"])
print(type(b * 2), type(b[:1]), bytes(b), b.decode(), b"%s" % b)
print(B(3), B([65, 66]), B("é", "utf-8"), B.fromhex("41"), type(B.fromhex("41")))
---
##> <class '__main__.B3'> b'abab' <class '__main__.B3'>
class B3(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(type(B3(b"ab")), B3(b"ab"), type(bytes.__new__(B3, b"x")))
---
##> <class '__main__.BA'> BA(b'zzA!') BA(b'zzA!') 4 zzA! BA(b'') <class 'bytearray'> <class 'bytearray'>
##> BA(b'A') <class '__main__.BA'>
class BA(bytearray):
    pass
a = BA(b"q")
a.append(65)
a += b"!"
a[0:1] = b"zz"
print(type(a), a, repr(a), len(a), a.decode(), BA(), type(a * 2), type(a[:1]))
print(BA.fromhex("41"), type(BA.fromhex("41")))
---
##> S({1}) S() F() F({2}) S({3})
class S(set): pass
class F(frozenset): pass
print(repr(S({1})), repr(S()), repr(F()), repr(F({2})), str(S({3})))
---
##> OverflowError Python int too large to convert to C ssize_t
##> OverflowError Python int too large to convert to C ssize_t
##> OverflowError Python int too large to convert to C int
##> OverflowError Python int too large to convert to C int
##> OverflowError Python int too large to convert to C int
##> TypeError * wants int
##> 5
##> '5'
##> OverflowError Python int too large to convert to C int
##> '5'
for f in (lambda: b"%*d" % (10**20, 5), lambda: "%*d" % (10**20, 5), lambda: b"%.*d" % (10**20, 5),
          lambda: "%.*f" % (10**20, 5), lambda: "%.*f" % (2**31, 5), lambda: "%*d" % (1.5, 5),
          lambda: len("%*d" % (-5, 5)), lambda: "%.*f" % (-2**31, 5), lambda: "%.*f" % (-2**31 - 1, 5),
          lambda: "%*d" % (True, 5)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
