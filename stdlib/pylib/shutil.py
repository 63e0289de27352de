# shutil: high-level file operations (CPython's Lib/shutil.py, written
# anew for text files and directories): copyfile/copy for text files,
# copytree, rmtree, move, which, get_terminal_size.

import os
import sys

__all__ = ["copyfile", "copy", "copy2", "copytree", "rmtree", "move", "which",
           "get_terminal_size", "Error", "SameFileError"]


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (text files); dst."""
    src, dst = str(src), str(dst)
    if os.path.realpath(src) == os.path.realpath(dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, newline="") as fsrc:
        data = fsrc.read()
    with open(dst, "w", newline="") as fdst:
        fdst.write(data)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy src to dst (a file or a directory to copy into); the new file's path."""
    src, dst = str(src), str(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copy the directory tree src to dst; dst."""
    src, dst = str(src), str(dst)
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete a directory tree."""
    path = str(path)
    try:
        names = os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        if onerror is not None:
            onerror(os.listdir, path, sys.exc_info())
            return
        raise
    for name in names:
        full = os.path.join(path, name)
        try:
            if os.path.isdir(full) and not os.path.islink(full):
                rmtree(full, ignore_errors, onerror)
            else:
                os.remove(full)
        except OSError:
            if not ignore_errors:
                raise
    try:
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


def move(src, dst, copy_function=copy2):
    """Move src to dst (into dst when it is a directory); the destination."""
    src, dst = str(src), str(dst)
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip("/")))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def which(cmd, mode=None, path=None):
    """The path of the executable cmd on PATH, or None."""
    if os.path.dirname(cmd):
        return cmd if os.path.exists(cmd) and not os.path.isdir(cmd) else None
    if path is None:
        path = os.environ.get("PATH", "")
    for d in path.split(":"):
        if not d:
            continue
        full = os.path.join(d, cmd)
        if os.path.exists(full) and not os.path.isdir(full):
            return full
    return None


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines) from $COLUMNS/$LINES, else fallback."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines)) if hasattr(os, "terminal_size") else (columns, lines)
