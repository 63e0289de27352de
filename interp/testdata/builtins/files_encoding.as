# Text files with encoding='latin-1' or 'ascii': writes encoded (errors= as
# given), Latin-1 reads decoded byte by byte.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "l1.txt")
with open(p, "w", encoding="latin-1") as f:
    print(f.write("café\r\nnaïve\n"), f.encoding)
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.read()))
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, encoding="latin-1") as f:
    print(list(f))
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("ok ")
        f.write("é!")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("é€x")
with open(p, "w", encoding="latin-1", errors="xmlcharrefreplace") as f:
    f.write("é€x\n")
with open(p, "rb") as f:
    print(f.read())
try:
    with open(p, "w", encoding="latin-1") as f:
        f.write("€")
except UnicodeEncodeError as e:
    print(e)
os.remove(p)
os.rmdir(d)
