package interp

// This file defines open() and the text file objects it returns
// (_io.TextIOWrapper): read, readline, readlines, write, writelines,
// seek, tell, close, iteration and the with-statement protocol, with
// universal newlines on input, and the OSError subclasses CPython raises
// for failing system calls.

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"syscall"
	"unicode"
	"unicode/utf8"
)

// TextFileClass is the class of the file objects open() returns.
var TextFileClass = func() *Class {
	c := newBuiltinClass("TextIOWrapper", ObjectClass)
	c.Module = "_io"
	c.QualName = "TextIOWrapper"
	return c
}()

// UnsupportedOperation is io.UnsupportedOperation (reading a file opened
// for writing, ...).
var UnsupportedOperation = func() *Class {
	c := newExcClass("UnsupportedOperation", OSError)
	c.Module = "io"
	return c
}()

// TextFile is an open text file.
type TextFile struct {
	name     Value
	mode     string
	encoding string
	file     *os.File
	r        *bufio.Reader
	readable bool
	writable bool
	closed   bool
	mu       sync.Mutex // held by a thread using the file (fileobj_gil.go)
	// codec is "latin-1" or "ascii" when the encoding is one of those
	// (codecs.go; writes are encoded, Latin-1 reads decoded), else ""
	// (the file is read and written as UTF-8); errors is the handler.
	codec, errors string
	// newline is open()'s newline argument when given (newlineSet):
	// "" splits lines at \r, \n and \r\n without translating them;
	// "\n", "\r" or "\r\n" end lines only there, and writes turn \n
	// into "\r" or "\r\n". Not set (None): universal newlines, read as \n.
	newline    string
	newlineSet bool
}

func (*TextFile) Type() *Class { return TextFileClass }

// Repr implements the repr hook.
func (t *TextFile) Repr(f *Fiber) (string, *Exception) {
	if t.closed {
		return "<_io.TextIOWrapper name=" + ReprStr(nameStr(t.name)) + " encoding=" + ReprStr(t.encoding) + ">", nil
	}
	n, err := Repr(f, t.name)
	if err != nil {
		return "", err
	}
	return "<_io.TextIOWrapper name=" + n + " mode=" + ReprStr(t.mode) + " encoding=" + ReprStr(t.encoding) + ">", nil
}

func nameStr(v Value) string {
	if s, ok := v.(Str); ok {
		return string(s)
	}
	return ""
}

// Attr serves the data attributes of a file.
func (t *TextFile) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	switch name {
	case "closed":
		return Bool(t.closed), true, nil
	case "name":
		return t.name, true, nil
	case "mode":
		return Str(t.mode), true, nil
	case "encoding":
		return Str(t.encoding), true, nil
	}
	return nil, false, nil
}

// strerrors are the C library's messages for the errnos file operations
// meet (CPython shows strerror(errno)).
var strerrors = map[syscall.Errno]string{
	syscall.EPERM:        "Operation not permitted",
	syscall.ENOENT:       "No such file or directory",
	syscall.EIO:          "Input/output error",
	syscall.EBADF:        "Bad file descriptor",
	syscall.EACCES:       "Permission denied",
	syscall.EEXIST:       "File exists",
	syscall.ENOTDIR:      "Not a directory",
	syscall.EISDIR:       "Is a directory",
	syscall.EINVAL:       "Invalid argument",
	syscall.EMFILE:       "Too many open files",
	syscall.ENOSPC:       "No space left on device",
	syscall.EROFS:        "Read-only file system",
	syscall.ENOTEMPTY:    "Directory not empty",
	syscall.ENAMETOOLONG: "File name too long",
	syscall.ELOOP:        "Too many levels of symbolic links",
	syscall.EPIPE:        "Broken pipe",
}

// OSErrorFromGo converts a Go error from a system call to the OSError
// subclass CPython raises ("[Errno 2] No such file or directory: 'x'");
// filename "" omits the filename.
func OSErrorFromGo(err error, filename string) *Exception {
	return goIOError(err, filename)
}

func goIOError(err error, filename string) *Exception {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg, ok := strerrors[errno]
		if !ok {
			msg = errno.Error()
			if msg != "" {
				msg = strings.ToUpper(msg[:1]) + msg[1:]
			}
		}
		return NewOSError(int(errno), msg, filename)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return NewOSError(2, "No such file or directory", filename)
	case errors.Is(err, fs.ErrExist):
		return NewOSError(17, "File exists", filename)
	case errors.Is(err, fs.ErrPermission):
		return NewOSError(13, "Permission denied", filename)
	}
	return Errorf(OSError, "%s", err.Error())
}

// parseMode validates an open() mode as CPython's io.open does.
func parseMode(mode string) (flag int, readable, writable, binary bool, err *Exception) {
	seen := map[rune]bool{}
	var creating, reading, writing, appending, updating, text bool
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("xrwabt+", c) {
			return 0, false, false, false, Errorf(ValueError, "invalid mode: %s", ReprStr(mode))
		}
		seen[c] = true
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		}
	}
	if text && binary {
		return 0, false, false, false, Errorf(ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n != 1 {
		return 0, false, false, false, Errorf(ValueError, "must have exactly one of create/read/write/append mode")
	}
	switch {
	case reading:
		flag, readable = os.O_RDONLY, true
	case writing:
		flag, writable = os.O_WRONLY|os.O_CREATE|os.O_TRUNC, true
	case appending:
		flag, writable = os.O_WRONLY|os.O_CREATE|os.O_APPEND, true
	case creating:
		flag, writable = os.O_WRONLY|os.O_CREATE|os.O_EXCL, true
	}
	if updating {
		readable, writable = true, true
		flag = flag&^(os.O_RDONLY|os.O_WRONLY) | os.O_RDWR
	}
	return flag, readable, writable, binary, nil
}

func builtinOpen(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var file, mode, buffering, encoding, errorsV, newline, closefd, opener Value
	if err := UnpackArgs("open", args, kw, "file", &file, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errorsV, "newline?", &newline, "closefd?", &closefd, "opener?", &opener); err != nil {
		return nil, err
	}
	path, ok := file.(Str)
	if !ok {
		if p, err := GetAttr(f, file, "__fspath__"); err == nil {
			r, err := f.Call(p, nil, nil)
			if err != nil {
				return nil, err
			}
			path, ok = r.(Str)
		}
		if !ok {
			return nil, Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", TypeName(file))
		}
	}
	if newline != nil && newline != None {
		if _, ok := newline.(Str); !ok {
			return nil, Errorf(TypeError, "open() argument 'newline' must be str or None, not %s", TypeName(newline))
		}
	}
	m := "r"
	if mode != nil {
		s, ok := mode.(Str)
		if !ok {
			return nil, Errorf(TypeError, "open() argument 'mode' must be str, not %s", TypeName(mode))
		}
		m = string(s)
	}
	flag, readable, writable, binary, err := parseMode(m)
	if err != nil {
		return nil, err
	}
	if binary {
		return openBinary(f, path, m, flag, readable, writable, encoding, errorsV, newline)
	}
	enc := "UTF-8"
	if encoding != nil && encoding != None {
		s, ok := encoding.(Str)
		if !ok {
			return nil, Errorf(TypeError, "open() argument 'encoding' must be str or None, not %s", TypeName(encoding))
		}
		enc = string(s)
	}
	var fh *os.File
	var goErr error
	blockingIO(f, nil, func() { fh, goErr = os.OpenFile(string(path), flag, 0o666) })
	if goErr != nil {
		return nil, goIOError(goErr, string(path))
	}
	// CPython opens the file, then looks the encoding up
	if err := lookupTextEncoding(enc); err != nil {
		fh.Close()
		return nil, err
	}
	if st, e := fh.Stat(); e == nil && st.IsDir() {
		fh.Close()
		return nil, NewOSError(int(syscall.EISDIR), "Is a directory", string(path))
	}
	if flag&os.O_APPEND != 0 {
		// an appending file starts at its end (tell() says so)
		fh.Seek(0, io.SeekEnd)
	}
	t := &TextFile{name: path, mode: m, encoding: enc, file: fh, readable: readable, writable: writable, errors: "strict"}
	if nl, ok := newline.(Str); ok {
		switch nl {
		case "", "\n", "\r", "\r\n":
			t.newline, t.newlineSet = string(nl), true
		default:
			fh.Close()
			return nil, Errorf(ValueError, "illegal newline value: %s", string(nl))
		}
	}
	if c, err := codecName(enc); err == nil && c != "utf-8" {
		t.codec = c
	}
	if s, ok := errorsV.(Str); ok {
		t.errors = string(s)
	}
	if readable {
		t.r = bufio.NewReader(fh)
	}
	return t, nil
}

func fileSelf(name string, args []Value) (*TextFile, *Exception) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "descriptor '%s' of '_io.TextIOWrapper' object needs an argument", name)
	}
	t, ok := args[0].(*TextFile)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
	}
	if t.closed && name != "close" && name != "__exit__" {
		return nil, Errorf(ValueError, "I/O operation on closed file.")
	}
	return t, nil
}

func (t *TextFile) checkReadable() *Exception {
	if !t.readable {
		return Errorf(UnsupportedOperation, "not readable")
	}
	return nil
}

func (t *TextFile) checkWritable() *Exception {
	if !t.writable {
		return Errorf(UnsupportedOperation, "not writable")
	}
	return nil
}

// readRune reads one character, translating \r\n and \r to \n.
func (t *TextFile) readRune() (rune, bool, *Exception) {
	if t.codec == "latin-1" {
		// one byte, one character
		b, err := t.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				return 0, false, nil
			}
			return 0, false, goIOError(err, "")
		}
		if b == '\r' && !t.newlineSet {
			if next, err := t.r.ReadByte(); err == nil && next != '\n' {
				t.r.UnreadByte()
			}
			b = '\n'
		}
		return rune(b), true, nil
	}
	r, size, err := t.r.ReadRune()
	if err != nil {
		if err == io.EOF {
			return 0, false, nil
		}
		return 0, false, goIOError(err, "")
	}
	if r == utf8.RuneError && size == 1 {
		return t.badUTF8()
	}
	if r == '\r' && !t.newlineSet {
		if next, _, err := t.r.ReadRune(); err == nil && next != '\n' {
			t.r.UnreadRune()
		}
		r = '\n'
	}
	return r, true, nil
}

// badUTF8 handles the invalid UTF-8 sequence whose first byte readRune
// just read: with errors='strict', CPython's UnicodeDecodeError, its
// position counted in the 8192-byte chunk being decoded (as CPython's is
// for a file read from its start); 'replace' gives U+FFFD and 'ignore'
// skips the sequence.
func (t *TextFile) badUTF8() (rune, bool, *Exception) {
	t.r.UnreadRune()
	buf, _ := t.r.Peek(4)
	end, reason := utf8ErrorSpan(string(buf), 0)
	switch t.errors {
	case "replace":
		t.r.Discard(end)
		return utf8.RuneError, true, nil
	case "ignore":
		t.r.Discard(end)
		return t.readRune()
	}
	pos, goErr := t.file.Seek(0, io.SeekCurrent)
	if goErr != nil {
		return 0, false, goIOError(goErr, "")
	}
	pos -= int64(t.r.Buffered())
	const chunk = 8192
	start := pos - pos%chunk
	data := make([]byte, chunk)
	n, _ := t.file.ReadAt(data, start)
	t.r.Discard(end)
	off := int(pos - start)
	if off+end > n {
		n = min(off+end, len(data))
	}
	return 0, false, unicodeError(UnicodeDecodeError, "utf-8", Bytes(data[:n]), off, off+end, reason)
}

// readLine reads up to and including the next newline (limit < 0: no
// limit on characters).
func (t *TextFile) readLine(limit int) (string, *Exception) {
	var b strings.Builder
	for n := 0; limit < 0 || n < limit; n++ {
		r, ok, err := t.readRune()
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		b.WriteRune(r)
		if t.lineEnds(r, &b) {
			break
		}
	}
	return b.String(), nil
}

// lineEnds reports whether the character r just added to the line in b
// ends it, by the file's newline mode; with newline="" a \r followed by
// \n takes the \n into the line.
func (t *TextFile) lineEnds(r rune, b *strings.Builder) bool {
	switch {
	case !t.newlineSet || t.newline == "\n":
		return r == '\n'
	case t.newline == "\r":
		return r == '\r'
	case t.newline == "\r\n":
		return r == '\n' && strings.HasSuffix(b.String(), "\r\n")
	}
	// newline="": \r, \n or \r\n
	if r == '\r' {
		if next, err := t.r.Peek(1); err == nil && next[0] == '\n' {
			t.r.ReadByte()
			b.WriteByte('\n')
		}
		return true
	}
	return r == '\n'
}

func (t *TextFile) read(limit int) (string, *Exception) {
	if limit < 0 {
		data, err := io.ReadAll(t.r)
		if err != nil {
			return "", goIOError(err, "")
		}
		s := string(data)
		if t.codec == "latin-1" && !isASCII(s) {
			s, _ = decodeBytes(s, "latin-1", "strict")
		} else if t.codec == "" && !utf8.ValidString(s) {
			var err *Exception
			if s, err = decodeBytes(s, "utf-8", t.errors); err != nil {
				return "", err
			}
		}
		if !t.newlineSet && strings.IndexByte(s, '\r') >= 0 {
			s = strings.ReplaceAll(s, "\r\n", "\n")
			s = strings.ReplaceAll(s, "\r", "\n")
		}
		return s, nil
	}
	var b strings.Builder
	for n := 0; n < limit; n++ {
		r, ok, err := t.readRune()
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

func (t *TextFile) write(s string) *Exception {
	if t.newline == "\r" || t.newline == "\r\n" {
		s = strings.ReplaceAll(s, "\n", t.newline)
	}
	if t.codec != "" && !isASCII(s) {
		b, err := encodeStr(s, t.codec, t.errors)
		if err != nil {
			return err
		}
		s = b
	}
	return writeAtLogicalPos(t.file, t.r, s)
}

// readLines is IOBase.readlines(hint) for text and binary files: lines
// until the end, or until their total size (box says how to make a line
// a value and how big it counts) reaches hint > 0.
func readLines(readLine func(limit int) (string, *Exception), hint int, box func(string) (Value, int)) ([]Value, *Exception) {
	var out []Value
	total := 0
	for {
		line, err := readLine(-1)
		if err != nil || line == "" {
			return out, err
		}
		v, n := box(line)
		out = append(out, v)
		total += n
		if hint > 0 && total >= hint {
			return out, nil
		}
	}
}

// writeAtLogicalPos writes s to file where the program believes it is:
// read-ahead held in r (text and binary files alike) is dropped first.
func writeAtLogicalPos(file *os.File, r *bufio.Reader, s string) *Exception {
	if r != nil && r.Buffered() > 0 {
		if _, err := file.Seek(int64(-r.Buffered()), io.SeekCurrent); err != nil {
			return goIOError(err, "")
		}
		r.Reset(file)
	}
	if _, err := io.WriteString(file, s); err != nil {
		return goIOError(err, "")
	}
	return nil
}

// Next implements Iterator: one line per step.
func (t *TextFile) Next(f *Fiber) (Value, bool, *Exception) {
	if t.closed {
		return nil, false, Errorf(ValueError, "I/O operation on closed file.")
	}
	if err := t.checkReadable(); err != nil {
		return nil, false, err
	}
	var line string
	var err *Exception
	blockingIO(f, &t.mu, func() { line, err = t.readLine(-1) })
	if err != nil {
		return nil, false, err
	}
	if line == "" {
		return nil, false, nil
	}
	return Str(line), true, nil
}

// Close closes the file (idempotent).
func (t *TextFile) Close() *Exception {
	if t.closed {
		return nil
	}
	t.closed = true
	if err := t.file.Close(); err != nil {
		return goIOError(err, "")
	}
	return nil
}

func optSize(f *Fiber, name string, args []Value, kw []KV) (int, *Exception) {
	var size Value = Int(-1)
	if err := UnpackPositional(name, args, kw, 0, &size); err != nil {
		return 0, err
	}
	if size == None {
		return -1, nil
	}
	return AsIndex(f, size)
}

// setupTextFile installs text files into the builtin classes; see universe.go.
func setupTextFile() {
	TextFileClass.AddMethods(map[string]NativeFunc{
		"read": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("read", args)
			if err != nil {
				return nil, err
			}
			n, err := optSize(f, "read", args[1:], kw)
			if err != nil {
				return nil, err
			}
			if err := t.checkReadable(); err != nil {
				return nil, err
			}
			var s string
			blockingIO(f, &t.mu, func() { s, err = t.read(n) })
			if err != nil {
				return nil, err
			}
			return Str(s), nil
		},
		"readline": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("readline", args)
			if err != nil {
				return nil, err
			}
			n, err := optSize(f, "readline", args[1:], kw)
			if err != nil {
				return nil, err
			}
			if err := t.checkReadable(); err != nil {
				return nil, err
			}
			var s string
			blockingIO(f, &t.mu, func() { s, err = t.readLine(n) })
			if err != nil {
				return nil, err
			}
			return Str(s), nil
		},
		"readlines": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("readlines", args)
			if err != nil {
				return nil, err
			}
			hint, err := optSize(f, "readlines", args[1:], kw)
			if err != nil {
				return nil, err
			}
			if err := t.checkReadable(); err != nil {
				return nil, err
			}
			var out []Value
			blockingIO(f, &t.mu, func() {
				out, err = readLines(t.readLine, hint, func(line string) (Value, int) { return Str(line), utf8.RuneCountInString(line) })
			})
			if err != nil {
				return nil, err
			}
			return NewList(out), nil
		},
		"write": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("write", args)
			if err != nil {
				return nil, err
			}
			var v Value
			if err := UnpackPositional("write", args[1:], kw, 1, &v); err != nil {
				return nil, err
			}
			s, ok := v.(Str)
			if !ok {
				return nil, Errorf(TypeError, "write() argument must be str, not %s", TypeName(v))
			}
			if err := t.checkWritable(); err != nil {
				return nil, err
			}
			blockingIO(f, &t.mu, func() { err = t.write(string(s)) })
			if err != nil {
				return nil, err
			}
			return Int(utf8.RuneCountInString(string(s))), nil
		},
		"writelines": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("writelines", args)
			if err != nil {
				return nil, err
			}
			var lines Value
			if err := UnpackPositional("writelines", args[1:], kw, 1, &lines); err != nil {
				return nil, err
			}
			if err := t.checkWritable(); err != nil {
				return nil, err
			}
			err = Iterate(f, lines, func(v Value) (bool, *Exception) {
				s, ok := v.(Str)
				if !ok {
					return false, Errorf(TypeError, "write() argument must be str, not %s", TypeName(v))
				}
				var err *Exception
				blockingIO(f, &t.mu, func() { err = t.write(string(s)) })
				return true, err
			})
			if err != nil {
				return nil, err
			}
			return None, nil
		},
		"close": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("close", args)
			if err != nil {
				return nil, err
			}
			blockingIO(f, &t.mu, func() { err = t.Close() })
			if err != nil {
				return nil, err
			}
			return None, nil
		},
		"flush": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if _, err := fileSelf("flush", args); err != nil {
				return nil, err
			}
			return None, nil
		},
		"readable": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("readable", args)
			if err != nil {
				return nil, err
			}
			return Bool(t.readable), nil
		},
		"writable": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("writable", args)
			if err != nil {
				return nil, err
			}
			return Bool(t.writable), nil
		},
		"seekable": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if _, err := fileSelf("seekable", args); err != nil {
				return nil, err
			}
			return True, nil
		},
		"tell": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("tell", args)
			if err != nil {
				return nil, err
			}
			var pos int64
			var goErr error
			blockingIO(f, &t.mu, func() {
				pos, goErr = t.file.Seek(0, io.SeekCurrent)
				if goErr == nil && t.r != nil {
					pos -= int64(t.r.Buffered())
				}
			})
			if goErr != nil {
				return nil, goIOError(goErr, "")
			}
			return Int(pos), nil
		},
		"seek": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("seek", args)
			if err != nil {
				return nil, err
			}
			var off int64
			whence := 0
			if err := UnpackPositional("seek", args[1:], kw, 1, &off, &whence); err != nil {
				return nil, err
			}
			var pos int64
			var goErr error
			blockingIO(f, &t.mu, func() {
				if whence == io.SeekCurrent && t.r != nil {
					off -= int64(t.r.Buffered())
				}
				pos, goErr = t.file.Seek(off, whence)
				if goErr == nil && t.r != nil {
					t.r.Reset(t.file)
				}
			})
			if goErr != nil {
				return nil, goIOError(goErr, "")
			}
			return Int(pos), nil
		},
		"fileno": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("fileno", args)
			if err != nil {
				return nil, err
			}
			return Int(t.file.Fd()), nil
		},
		"__enter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("__enter__", args)
			if err != nil {
				return nil, err
			}
			return t, nil
		},
		"__exit__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("__exit__", args)
			if err != nil {
				return nil, err
			}
			if err := t.Close(); err != nil {
				return nil, err
			}
			return None, nil
		},
		"__iter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("__iter__", args)
			if err != nil {
				return nil, err
			}
			return t, nil
		},
		"__next__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			t, err := fileSelf("__next__", args)
			if err != nil {
				return nil, err
			}
			v, ok, err := t.Next(f)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIteration)
			}
			return v, nil
		},
	})
}

// lookupTextEncoding fails as CPython's open() does for an encoding name
// it does not know or that is not a text encoding. Every text encoding is
// accepted; files are read and written as UTF-8 unless it is Latin-1 or
// ASCII (TextFile.codec).
func lookupTextEncoding(name string) *Exception {
	norm := normalizeEncoding(name)
	if _, ok := slices.BinarySearch(textEncodings, norm); ok {
		return nil
	}
	if _, ok := slices.BinarySearch(textEncodings, strings.ReplaceAll(norm, ".", "_")); ok {
		return nil
	}
	if _, ok := slices.BinarySearch(otherCodecs, norm); ok {
		return Errorf(LookupError, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", name)
	}
	return Errorf(LookupError, "unknown encoding: %s", name)
}

// normalizeEncoding is encodings.normalize_encoding of the lowercased
// name: runs of characters other than ASCII letters, digits and '.'
// become one '_' between words; other non-ASCII characters vanish.
func normalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			if r < utf8.RuneSelf {
				b.WriteRune(r)
			}
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}
