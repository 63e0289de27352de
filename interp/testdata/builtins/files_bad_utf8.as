# A text file that is not valid UTF-8: UnicodeDecodeError with CPython's
# message and position, or errors='replace'/'ignore'.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "bad.txt")
with open(p, "wb") as f:
    f.write(b"ok line\ncaf\xe9 au lait\nthird \xe2\x82\n\xff")
for how in ("read", "readline", "read5"):
    try:
        with open(p) as f:
            if how == "read":
                print(repr(f.read()))
            elif how == "readline":
                print(repr(f.readline()), repr(f.readline()))
            else:
                print(repr(f.read(5)), repr(f.read(20)))
    except UnicodeDecodeError as e:
        print(how, type(e).__name__, e, e.start, e.end, e.reason)
for errors in ("replace", "ignore"):
    with open(p, errors=errors) as f:
        print(repr(f.read()))
    with open(p, errors=errors) as f:
        print(list(f))
os.remove(p)
os.rmdir(d)
