# traceback: print and format exceptions and their tracebacks as the
# interpreter does (CPython's Lib/traceback.py, written anew; the report
# itself comes from the interpreter's own printer through _pylib).

import sys
import _pylib

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception",
           "format_exception_only", "print_tb", "format_tb", "print_stack",
           "format_stack", "print_last"]

_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def _exception_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, BaseException):
        return exc
    if value is None and (exc is None or isinstance(exc, type)):
        return None
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of exc's report (traceback and "Type: message"), each ending in a newline."""
    e = _exception_of(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return _lines(_pylib.format_exception(e, chain))


def format_exception_only(exc, /, value=_sentinel):
    """The "Type: message" line(s) of exc."""
    e = _exception_of(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return _lines(_pylib.format_exception_only(e))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exc's report as the interpreter prints an uncaught exception (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a string."""
    return "".join(format_exception(_pylib.handled_exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled (to sys.stderr by default)."""
    print_exception(_pylib.handled_exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """The "  File ..." entries of a traceback (given here as the exception that carries it)."""
    if isinstance(tb, BaseException):
        return _entries(_pylib.format_traceback(tb))
    return []


def _entries(text):
    out = []
    for line in _lines(text):
        if line.startswith("  File ") or not out:
            out.append(line)
        else:
            out[-1] += line
    return out


def print_tb(tb, limit=None, file=None):
    """Print the entries of a traceback."""
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end="")


def format_stack(f=None, limit=None):
    """The entries of the current call stack (outermost first)."""
    out = []
    depth = 1
    while True:
        where = _pylib.caller(depth)
        if where is None:
            break
        filename, lineno, _, line, name = where
        entry = f'  File "{filename}", line {lineno}, in {name}\n'
        if line.strip():
            entry += f"    {line.strip()}\n"
        out.append(entry)
        depth += 1
    out.reverse()
    if limit is not None:
        out = out[-limit:] if limit >= 0 else out[:-limit]
    return out


def print_stack(f=None, limit=None, file=None):
    """Print the current call stack."""
    if file is None:
        file = sys.stderr
    for entry in format_stack(f, limit):
        print(entry, file=file, end="")
