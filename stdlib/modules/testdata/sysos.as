import sys
import os
import os.path
import string
import tempfile

sys.stdout.write("written\n")
n = sys.stdout.write("héllo\n")
print(n)
print("to stderr", file=sys.stderr)
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 8), sys.maxsize)
print(type(sys.argv).__name__, sys.platform in ("linux", "darwin", "win32"))
print(sys.getrecursionlimit())
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y"), os.path.basename("/tmp/f.txt"), os.path.dirname("/tmp/f.txt"))
print(os.path.splitext("archive.tar.gz"), os.path.split("/a/b/"), os.path.normpath("a/./b/../c"))
print(os.sep, os.name, os.getenv("ASYNCSCRIPT_SURELY_UNSET"), os.getenv("ASYNCSCRIPT_SURELY_UNSET", "dflt"))
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as fh:
    fh.write("hello")
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(d), os.path.getsize(p), os.listdir(d))
os.mkdir(os.path.join(d, "sub"))
os.makedirs(os.path.join(d, "sub", "x", "y"), exist_ok=True)
print(sorted(os.listdir(d)))
os.remove(p)
print(os.path.exists(p))
try:
    os.remove(p)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   world  again"))
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
