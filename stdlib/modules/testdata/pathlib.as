import os, tempfile
from pathlib import Path, PurePath, PurePosixPath
p = Path("docs/guide/intro.tar.gz")
print(p, repr(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents), p.parts, p.is_absolute())
print(Path(), Path("a//b/./c/"), Path("/"), Path("/usr") / "lib" / "x.py", "root" / Path("x"), Path("a").joinpath("b", "c"), Path("/a", "/b"))
print(p.with_name("setup.py"), p.with_suffix(".zip"), Path("f.txt").with_suffix(""), p.with_stem("outro"), Path("/etc/hosts").relative_to("/etc"), Path("a/b") == Path("a//b"), Path("a") < Path("b"))
print(PurePath("x/y"), repr(PurePosixPath("/q")), Path("a/b.py").match("*.py"), Path("/a/b.py").match("/*.py"), str(Path("~")), Path("x").as_posix(), str(Path("a/b")))
try:
    Path("/etc").relative_to("/usr")
except ValueError as e:
    print("ValueError:", e)
base = Path(tempfile.mkdtemp())
(base / "sub" / "deep").mkdir(parents=True)
(base / "a.txt").write_text("hello\nworld\n")
print((base / "b.py").write_text("print(1)"))
(base / "sub" / "c.txt").write_text("c")
(base / "sub" / "deep" / "d.txt").touch()
print((base / "a.txt").read_text().splitlines(), (base / "a.txt").exists(), (base / "nope").exists(), (base / "sub").is_dir(), (base / "a.txt").is_file())
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x.relative_to(base)) for x in base.glob("*.txt")))
print(sorted(str(x.relative_to(base)) for x in base.rglob("*.txt")))
print(sorted(str(x.relative_to(base)) for x in base.glob("**/*.txt")))
print(sorted(str(x.relative_to(base)) for x in base.glob("sub/*")))
print((base / "a.txt").stat().st_size)
with (base / "a.txt").open() as f:
    print(f.readline().strip())
(base / "b.py").rename(base / "c.py")
print(sorted(x.name for x in base.iterdir()))
(base / "c.py").unlink()
(base / "c.py").unlink(missing_ok=True)
try:
    (base / "c.py").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    (base / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
(base / "sub").mkdir(exist_ok=True)
try:
    (base / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
print(Path.cwd() == Path(os.getcwd()), Path("x").absolute().is_absolute(), (base / "sub" / ".." / "a.txt").resolve() == (base / "a.txt").resolve())
