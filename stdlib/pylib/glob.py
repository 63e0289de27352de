# glob: file names matching shell patterns (CPython's Lib/glob.py,
# written anew over pathlib's matching): glob, iglob, escape, with
# recursive "**".

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def _has_magic(s):
    return any(c in s for c in "*?[")


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, one at a time."""
    for p in _iglob(pathname, root_dir, recursive, include_hidden):
        if p:  # "**" at the top: not the empty directory part
            yield p


def _iglob(pathname, root_dir, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not _has_magic(pathname):
        full = os.path.join(root_dir, pathname) if root_dir else pathname
        if basename:
            if os.path.lexists(full):
                yield pathname
        elif os.path.isdir(full):
            yield pathname
        return
    if not dirname:
        yield from _glob_in(root_dir, "", basename, recursive, include_hidden)
        return
    if dirname != pathname and _has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        yield from _glob_in(root_dir, d, basename, recursive, include_hidden)


def _list(root_dir, d):
    path = os.path.join(root_dir, d) if root_dir else (d or os.curdir if hasattr(os, "curdir") else ".")
    try:
        return os.listdir(path or ".")
    except OSError:
        return []


def _glob_in(root_dir, d, pattern, recursive, include_hidden):
    if recursive and pattern == "**":
        # zero directories deep, then every directory and file below
        yield os.path.join(d, "") if d else ""
        yield from _rlist(root_dir, d, include_hidden)
        return
    if not _has_magic(pattern):
        full = os.path.join(root_dir, d, pattern) if root_dir else os.path.join(d, pattern)
        if os.path.lexists(full):
            yield os.path.join(d, pattern)
        return
    for name in _list(root_dir, d):
        if name.startswith(".") and not include_hidden and not pattern.startswith("."):
            continue
        if fnmatch.fnmatchcase(name, pattern):
            yield os.path.join(d, name) if d else name


def _rlist(root_dir, d, include_hidden):
    for name in _list(root_dir, d):
        if name.startswith(".") and not include_hidden:
            continue
        path = os.path.join(d, name) if d else name
        yield path
        full = os.path.join(root_dir, path) if root_dir else path
        if os.path.isdir(full) and not os.path.islink(full):
            yield from _rlist(root_dir, path, include_hidden)


def escape(pathname):
    """pathname with *, ? and [ made literal."""
    drive, pathname = "", pathname
    out = []
    for c in pathname:
        out.append("[%s]" % c if c in "*?[" else c)
    return drive + "".join(out)
