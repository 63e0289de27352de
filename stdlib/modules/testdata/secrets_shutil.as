import secrets, shutil, os, tempfile
t = secrets.token_hex(16)
print(len(t), all(c in "0123456789abcdef" for c in t), len(secrets.token_hex(0)), len(secrets.token_urlsafe(16)))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), secrets.randbits(8) < 256)
r = secrets.SystemRandom()
print(1 <= r.randint(1, 6) <= 6, 0 <= r.random() < 1, sorted(r.sample(range(5), 5)))
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "src", "inner"))
with open(os.path.join(d, "src", "a.txt"), "w") as f:
    f.write("alpha\n")
with open(os.path.join(d, "src", "inner", "b.txt"), "w") as f:
    f.write("beta\n")
print(os.path.basename(shutil.copy(os.path.join(d, "src", "a.txt"), d)))
shutil.copytree(os.path.join(d, "src"), os.path.join(d, "dst"))
print(sorted(os.listdir(os.path.join(d, "dst"))), open(os.path.join(d, "dst", "inner", "b.txt")).read().strip())
print(os.path.basename(shutil.move(os.path.join(d, "a.txt"), os.path.join(d, "dst", "inner"))))
shutil.rmtree(os.path.join(d, "src"))
print(sorted(os.listdir(d)), shutil.which("sh") is not None, shutil.which("surely-not-a-command"))
try:
    shutil.copyfile(os.path.join(d, "dst", "a.txt"), os.path.join(d, "dst", "a.txt"))
except shutil.SameFileError as e:
    print("SameFileError")
shutil.rmtree(d)
print(os.path.exists(d))
