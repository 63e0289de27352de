import os, secrets, pathlib, tempfile
D = tempfile.mkdtemp()
os.chdir(D)
with open("crlf.txt", "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
with open("crlf.txt", newline="") as f:
    print(repr(f.read()))
with open("crlf.txt", newline="") as f:
    print([l for l in f])
with open("crlf.txt") as f:
    print(repr(f.read()))
with open("crlf.txt", newline="\r\n") as f:
    print(f.readlines())
with open("crlf.txt", newline="\n") as f:
    print(f.readlines())
with open("crlf.txt", "rb") as f:
    print(f.read())
with open("lf.txt", "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open("lf.txt", "rb") as f:
    print(f.read())
with open("lf.txt", "w") as f:
    f.write("x\r\ny\n")
with open("lf.txt", "rb") as f:
    print(f.read())
try:
    open("lf.txt", newline="x")
except ValueError as e:
    print("ValueError", e)
os.remove("crlf.txt"); os.remove("lf.txt")
os.chdir("/")
os.rmdir(D)
print(os.fspath("a/b"), os.fspath(b"x"), os.fspath(pathlib.Path("p/q")))
class P:
    def __fspath__(self):
        return "custom"
print(os.fspath(P()))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
b = secrets.token_bytes(16)
print(type(b).__name__, len(b), len(secrets.token_bytes()), len(secrets.token_hex(8)), len(secrets.token_hex()))
h = secrets.token_hex(4)
print(all(c in "0123456789abcdef" for c in h), len(secrets.token_urlsafe(16)))
print(secrets.compare_digest(b"ab", b"ab"), secrets.compare_digest("ab", "ac"), secrets.compare_digest(b"a", bytearray(b"a")))
try:
    secrets.compare_digest("a", b"a")
except TypeError as e:
    print("TypeError", e)
print(secrets.token_bytes(0), secrets.token_hex(0))
for a, b in ((1, 2), (b"x", 3), ("é", "é")):
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
