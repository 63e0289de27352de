import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "notes.txt")
with open(p, "w") as fh:
    fh.write("line one\n")
    fh.writelines(["two\n", "three\n"])
    print(fh.closed, fh.name == p, fh.mode)
print(fh.closed)
with open(p) as fh:
    for line in fh:
        print(repr(line))
with open(p, "a") as fh:
    print(fh.write("four"), file=None)
with open(p) as fh:
    print(fh.read())
    print(repr(fh.read()))
fh = open(p)
print(fh.readline(), end="")
print(fh.readlines())
fh.close()
try:
    fh.read()
except ValueError as e:
    print("err:", e)
try:
    open(os.path.join(d, "nope.txt"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    with open(p, "x") as fh:
        pass
except FileExistsError as e:
    print("exists", e.errno)
os.remove(p)
name = input("Your name: ")
print("Hello,", name)
try:
    input()
except EOFError as e:
    print("EOF:", e)
