# pathlib: object-oriented paths (CPython's Lib/pathlib.py, written anew
# for POSIX paths): PurePath/PurePosixPath for the string operations, Path
# and PosixPath for the file system through os and open().

import os
import fnmatch as _fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath", "PureWindowsPath", "WindowsPath"]


def _parse(args):
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        elif isinstance(a, str):
            s = a
        elif hasattr(a, "__fspath__"):
            s = a.__fspath__()
        else:
            raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r"
                            % type(a).__name__)
        if s.startswith("/"):
            parts = []
            root = "//" if s.startswith("//") and not s.startswith("///") else "/"
            parts.append(root)
            s = s.lstrip("/")
        for p in s.split("/"):
            if p and p != ".":
                parts.append(p)
    return parts


class PurePath:
    """A path as a string of parts, without touching the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = _new_path(cls, _parse(args))
        return self

    def _from_parts(self, parts):
        return _new_path(type(self), parts)

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def root(self):
        return self._parts[0] if self._parts and self._parts[0].startswith("/") else ""

    @property
    def anchor(self):
        return self.root

    drive = ""

    def __str__(self):
        if not self._parts:
            return "."
        if self.root:
            return self.root + "/".join(self._parts[1:])
        return "/".join(self._parts)

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __hash__(self):
        return hash(tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    def __truediv__(self, key):
        try:
            return self._from_parts(_parse([self, key]))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts(_parse([key, self]))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        """This path joined with each argument."""
        return self._from_parts(_parse([self] + list(args)))

    @property
    def name(self):
        """The final component (empty for the root)."""
        if not self._parts or (len(self._parts) == 1 and self.root):
            return ""
        return self._parts[-1]

    @property
    def suffix(self):
        """The final component's last extension ('.txt'), or ''."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """This path with the final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with the suffix changed (added, or removed with '')."""
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._from_parts(self._parts[:-1] + [name])

    @property
    def parent(self):
        """The logical parent (the path itself for '.' and the root)."""
        if not self._parts or (len(self._parts) == 1 and self.root):
            return self
        return self._from_parts(self._parts[:-1])

    @property
    def parents(self):
        """The ancestors, nearest first."""
        out = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            out.append(q)
            p = q
        return tuple(out)

    def is_absolute(self):
        return bool(self.root)

    def is_reserved(self):
        return False

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other):
        """This path relative to other (ValueError when it is not inside it)."""
        base = _parse(other)
        n = len(base)
        if self._parts[:n] != base:
            formatted = str(self._from_parts(base))
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parts(self._parts[n:])

    def match(self, path_pattern):
        """Whether the path matches a glob pattern, from the right."""
        pat = _parse([path_pattern])
        if not pat:
            raise ValueError("empty pattern")
        parts = self._parts
        if pat[0].startswith("/"):
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True


def _new_path(cls, parts):
    self = object.__new__(cls) if hasattr(object, "__new__") else _object_new(cls)
    self._parts = parts
    return self


from _pylib import object_new as _object_new


class PurePosixPath(PurePath):
    """A pure POSIX path."""


class PureWindowsPath(PurePath):
    """Windows paths are not supported here; the class exists for imports."""


class Path(PurePath):
    """A path on the file system."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return _new_path(cls, _parse(args))

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts(_parse([os.getcwd(), self]))

    def resolve(self, strict=False):
        """The absolute path, symbolic links and '..' resolved."""
        p = os.path.realpath(str(self))
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return self._from_parts(_parse([p]))

    def expanduser(self):
        return self._from_parts(_parse([os.path.expanduser(str(self))]))

    def exists(self):
        """Whether the path exists."""
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def iterdir(self):
        """The paths of the directory's entries."""
        for name in os.listdir(str(self)):
            yield self._from_parts(self._parts + [name])

    def _walk_glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            yield from self._walk_glob(rest)
            for child in sorted(self.iterdir(), key=lambda p: p.name):
                if child.is_dir() and not child.is_symlink():
                    yield from child._walk_glob(parts)
            return
        if not any(c in head for c in "*?["):
            child = self._from_parts(self._parts + [head])
            if rest:
                if child.is_dir():
                    yield from child._walk_glob(rest)
            elif child.exists():
                yield child
            return
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            if head.startswith(".") or not name.startswith("."):
                if _fnmatch.fnmatchcase(name, head):
                    child = self._from_parts(self._parts + [name])
                    if rest:
                        if child.is_dir():
                            yield from child._walk_glob(rest)
                    else:
                        yield child

    def glob(self, pattern):
        """The paths below this one that match pattern ('*.txt', '**/*.py')."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = _parse([pattern])
        if parts and parts[0].startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        seen = set()
        for p in self._walk_glob(parts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        return self.glob("**/" + pattern)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """open() on this path."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        """The file's contents as text."""
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write data to the file (replacing it); the number of characters written."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def write_bytes(self, data):
        with self.open(mode="wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with self.open("a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its parents with parents=True)."""
        try:
            os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        """Remove the file."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(str(self))

    def rename(self, target):
        """Rename to target; the new Path."""
        os.rename(str(self), str(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return self.__class__(target)

    def samefile(self, other_path):
        return os.path.realpath(str(self)) == os.path.realpath(str(other_path))

    def stat(self):
        """Size and modification time (st_size, st_mtime)."""
        p = str(self)
        if not os.path.exists(p):
            raise FileNotFoundError(2, "No such file or directory", p)
        return _Stat(os.path.getsize(p), os.path.getmtime(p))


class _Stat:
    def __init__(self, size, mtime):
        self.st_size = size
        self.st_mtime = mtime


class PosixPath(Path, PurePosixPath):
    """A POSIX path on the file system."""


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported here; the class exists for imports."""
