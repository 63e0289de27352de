# io: in-memory text streams (CPython's StringIO from Modules/_io,
# written anew in the language) and the io names tutorial code imports.
# Files themselves come from the open() builtin.

import os as _os

__all__ = ["StringIO", "IOBase", "TextIOBase", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "open"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Base of the stream classes."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines


class TextIOBase(IOBase):
    """Base of text streams."""
    encoding = None
    errors = None
    newlines = None


class StringIO(TextIOBase):
    """A text stream in memory: write() appends at the position, getvalue() returns everything."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        self._buf = self._translate_in(initial_value)
        self._pos = 0
        self.closed = False

    def _translate_in(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        """Everything written so far, whatever the position."""
        self._checkClosed()
        return self._buf

    def write(self, s):
        """Write s at the current position; return its length."""
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate_in(s)
        if self._pos > len(self._buf):
            self._buf += "\0" * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        """Read up to size characters from the position (all with size -1)."""
        self._checkClosed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readline(self, size=-1):
        """Read one line (with its newline) from the position."""
        self._checkClosed()
        start = self._pos
        if start >= len(self._buf):
            return ""
        i = self._buf.find("\n", start)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Move the position: whence 0 from the start; 1 and 2 only with offset 0."""
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        """Cut the stream at size (the position by default); the position stays."""
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"
