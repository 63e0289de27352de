# fnmatch: shell-style pattern matching of file names (CPython's
# Lib/fnmatch.py, written anew): *, ?, [seq] and [!seq].

import re
import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Whether name matches pat (case-insensitively where the OS is)."""
    name = os.path.normcase(name) if hasattr(os.path, "normcase") else name
    return fnmatchcase(name, pat)


def _compile(pat):
    r = _cache.get(pat)
    if r is None:
        r = _cache[pat] = re.compile(translate(pat))
    return r


def filter(names, pat):
    """The names that match pat."""
    match = _compile(pat).match
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compile(pat).match(name) is not None


def translate(pat):
    """The regular expression of a shell pattern."""
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] != ".*":
                res.append(".*")
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                res.append("\\[")
            else:
                stuff = pat[i:j]
                stuff = stuff.replace("\\", "\\\\")
                i = j + 1
                if not stuff:
                    res.append("(?!)")
                elif stuff == "!":
                    res.append(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    res.append("[%s]" % stuff)
        else:
            res.append(re.escape(c))
    return "(?s:%s)\\Z" % "".join(res)
