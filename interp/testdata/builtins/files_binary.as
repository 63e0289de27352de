# Binary files: open() with 'b' gives BufferedReader/Writer/Random over bytes.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open(p, "wb") as fh:
    print(type(fh).__name__, fh.mode, fh.closed, fh.name == p)
    print(fh.write(b"abc"), fh.write(bytearray(b"de")), fh.tell())
    fh.writelines([b"12\n", b"line2\r\n", b"line3\rx\n", bytes(range(250, 256))])
    attempt("write str", lambda: fh.write("s"))
    attempt("write int", lambda: fh.write(1))
    attempt("read", lambda: fh.read())
    attempt("readline", lambda: fh.readline())
    print(fh.readable(), fh.writable(), fh.seekable())
print(fh.closed)
attempt("closed write", lambda: fh.write(b""))
attempt("closed flush", lambda: fh.flush())
attempt("closed tell", lambda: fh.tell())

with open(p, "rb") as fh:
    print(type(fh).__name__, fh.mode)
    print(fh.read(2), fh.readline(), fh.readline(3), fh.tell())
    print(fh.readlines())
    print(fh.read(), fh.read(5))
    print(fh.seek(0), list(fh))
    print(fh.seek(-3, 2), fh.read())
    print(fh.seek(0), fh.read(0), fh.read(None)[:4], fh.read1(1))
    print(fh.seek(2), fh.seek(1, 1), fh.read(2))
    attempt("seek -100", lambda: fh.seek(-100))
    attempt("seek whence", lambda: fh.seek(0, 5))
    attempt("write", lambda: fh.write(b"x"))
    print(fh.readable(), fh.writable())
    fh.seek(0)
    print(fh.readlines(5))
attempt("closed read", lambda: fh.read())
attempt("closed readline", lambda: fh.readline())
attempt("closed readlines", lambda: fh.readlines())
attempt("closed seek", lambda: fh.seek(0))
attempt("closed next", lambda: next(fh))

with open(p, "ab") as fh:
    print(type(fh).__name__, fh.mode, fh.write(b"END"))
with open(p, "r+b") as fh:
    print(type(fh).__name__, fh.mode)
    fh.seek(1)
    fh.write(b"BC")
    fh.seek(0)
    print(fh.read(5))
    print(fh.readable(), fh.writable())
with open(p, "rb") as fh:
    data = fh.read()
print(len(data), data[-9:], data.count(b"\n"))
print(data.decode("latin-1")[:5])

# a text round trip through bytes
t = os.path.join(d, "t.txt")
with open(t, "w", encoding="utf-8") as fh:
    fh.write("héllo wörld\n")
with open(t, "rb") as fh:
    raw = fh.read()
print(raw, raw.decode())
with open(t, "wb") as fh:
    fh.write("naïve\n".encode())
with open(t) as fh:
    print(repr(fh.read()))

for kw in ({"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}):
    attempt("open " + list(kw)[0], lambda: open(p, "rb", **kw))
try:
    open(os.path.join(d, "nope"), "rb")
except FileNotFoundError as e:
    print("missing", e.errno, e.strerror, e.filename == os.path.join(d, "nope"))
attempt("mode", lambda: open(p, "rbt"))
fh = open(p, "wb")
attempt("unbound", lambda: type(fh).write())
attempt("other receiver", lambda: type(fh).write(1, b"x"))
attempt("reader on writer", lambda: open(t, "rb").__class__.read(fh))
fh.close()
os.remove(p)
os.remove(t)
os.rmdir(d)
