package interp

// This file defines the binary files open() returns for modes with 'b'
// (_io.BufferedReader for 'rb', _io.BufferedWriter for 'wb'/'ab'/'xb',
// _io.BufferedRandom with '+'): read, read1, readline, readlines, write,
// writelines, seek, tell, close, iteration by lines and the with-statement
// protocol, all over bytes, with CPython's messages for misuse.

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
)

// The classes of binary files, by what the file can do.
var (
	BufferedReaderClass = newIOClass("BufferedReader")
	BufferedWriterClass = newIOClass("BufferedWriter")
	BufferedRandomClass = newIOClass("BufferedRandom")
)

func newIOClass(name string) *Class {
	c := newBuiltinClass(name, ObjectClass)
	c.Module = "_io"
	c.QualName = name
	return c
}

// BinaryFile is an open binary file.
type BinaryFile struct {
	name     Value
	mode     string // as CPython reports it: rb, wb, ab, xb, rb+, ab+
	file     *os.File
	r        *bufio.Reader
	readable bool
	writable bool
	closed   bool
	mu       sync.Mutex // held by a thread using the file (fileobj_gil.go)
}

func (b *BinaryFile) Type() *Class {
	switch {
	case b.readable && b.writable:
		return BufferedRandomClass
	case b.writable:
		return BufferedWriterClass
	}
	return BufferedReaderClass
}

// Repr is <_io.BufferedReader name='x'>.
func (b *BinaryFile) Repr(f *Fiber) (string, *Exception) {
	n, err := Repr(f, b.name)
	if err != nil {
		return "", err
	}
	return "<_io." + b.Type().Name + " name=" + n + ">", nil
}

// Attr serves the data attributes of a binary file.
func (b *BinaryFile) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	switch name {
	case "closed":
		return Bool(b.closed), true, nil
	case "name":
		return b.name, true, nil
	case "mode":
		return Str(b.mode), true, nil
	}
	return nil, false, nil
}

// binaryMode is FileIO's mode string for an open() mode.
func binaryMode(m string) string {
	var s string
	switch {
	case strings.ContainsRune(m, 'x'):
		s = "xb"
	case strings.ContainsRune(m, 'a'):
		s = "ab"
	case strings.ContainsRune(m, 'w'):
		s = "wb"
		if strings.ContainsRune(m, '+') {
			s = "rb"
		}
	default:
		s = "rb"
	}
	if strings.ContainsRune(m, '+') {
		s += "+"
	}
	return s
}

// openBinary is open() for a mode with 'b' (the file is opened by the
// caller's checks having passed).
func openBinary(f *Fiber, path Str, m string, flag int, readable, writable bool, encoding, errorsV, newline Value) (Value, *Exception) {
	if encoding != nil && encoding != None {
		return nil, Errorf(ValueError, "binary mode doesn't take an encoding argument")
	}
	if errorsV != nil && errorsV != None {
		return nil, Errorf(ValueError, "binary mode doesn't take an errors argument")
	}
	if newline != nil && newline != None {
		return nil, Errorf(ValueError, "binary mode doesn't take a newline argument")
	}
	var fh *os.File
	var goErr error
	blockingIO(f, nil, func() { fh, goErr = os.OpenFile(string(path), flag, 0o666) })
	if goErr != nil {
		return nil, goIOError(goErr, string(path))
	}
	if st, e := fh.Stat(); e == nil && st.IsDir() {
		fh.Close()
		return nil, NewOSError(21, "Is a directory", string(path))
	}
	if flag&os.O_APPEND != 0 {
		// FileIO starts an appending file at its end (tell() says so)
		fh.Seek(0, io.SeekEnd)
	}
	b := &BinaryFile{name: path, mode: binaryMode(m), file: fh, readable: readable, writable: writable}
	if readable {
		b.r = bufio.NewReader(fh)
	}
	return b, nil
}

// binSelf checks a method's receiver; closedMsg is CPython's message for
// the method on a closed file ("" for "I/O operation on closed file.").
func binSelf(name string, args []Value, closedMsg string) (*BinaryFile, *Exception) {
	b, ok := args[0].(*BinaryFile)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' requires a binary file, not '%s'", name, TypeName(args[0]))
	}
	if b.closed && name != "close" {
		if closedMsg == "" {
			closedMsg = "I/O operation on closed file."
		}
		return nil, Errorf(ValueError, "%s", closedMsg)
	}
	return b, nil
}

func (b *BinaryFile) checkRead() *Exception {
	if !b.readable {
		return Errorf(UnsupportedOperation, "read")
	}
	return nil
}

// readAll reads to the end of the file (limit < 0) or up to limit bytes.
func (b *BinaryFile) read(limit int) (string, *Exception) {
	if limit < 0 {
		data, err := io.ReadAll(b.r)
		if err != nil {
			return "", goIOError(err, "")
		}
		return string(data), nil
	}
	buf := make([]byte, limit)
	n, err := io.ReadFull(b.r, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return "", goIOError(err, "")
	}
	return string(buf[:n]), nil
}

// readLine reads up to and including b'\n' (at most limit bytes when
// limit >= 0).
func (b *BinaryFile) readLine(limit int) (string, *Exception) {
	var sb strings.Builder
	for limit < 0 || sb.Len() < limit {
		c, err := b.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				break
			}
			return "", goIOError(err, "")
		}
		sb.WriteByte(c)
		if c == '\n' {
			break
		}
	}
	return sb.String(), nil
}

func (b *BinaryFile) write(s string) *Exception { return writeAtLogicalPos(b.file, b.r, s) }

// Next implements Iterator: one line (bytes) per step.
func (b *BinaryFile) Next(f *Fiber) (Value, bool, *Exception) {
	if b.closed {
		return nil, false, Errorf(ValueError, "readline of closed file")
	}
	if err := b.checkRead(); err != nil {
		return nil, false, err
	}
	var line string
	var err *Exception
	blockingIO(f, &b.mu, func() { line, err = b.readLine(-1) })
	if err != nil || line == "" {
		return nil, false, err
	}
	return Bytes(line), true, nil
}

// Close closes the file (idempotent).
func (b *BinaryFile) Close() *Exception {
	if b.closed {
		return nil
	}
	b.closed = true
	if err := b.file.Close(); err != nil {
		return goIOError(err, "")
	}
	return nil
}

// tell is the logical position (the read-ahead is not yet read).
func (b *BinaryFile) tell() (int64, *Exception) {
	pos, goErr := b.file.Seek(0, io.SeekCurrent)
	if goErr != nil {
		return 0, goIOError(goErr, "")
	}
	if b.r != nil {
		pos -= int64(b.r.Buffered())
	}
	return pos, nil
}

func (b *BinaryFile) seek(off int64, whence int) (int64, *Exception) {
	if whence < 0 || whence > 2 {
		return 0, Errorf(ValueError, "whence value %d unsupported", whence)
	}
	if whence == io.SeekCurrent && b.r != nil {
		off -= int64(b.r.Buffered())
	}
	pos, goErr := b.file.Seek(off, whence)
	if goErr != nil {
		return 0, goIOError(goErr, "")
	}
	if b.r != nil {
		b.r.Reset(b.file)
	}
	return pos, nil
}

// binRead is BufferedReader.read and read1 (one read here: the file's
// buffer serves both): up to n bytes, everything when n < 0.
func binRead(name string) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		b, err := binSelf(name, args, "read of closed file")
		if err != nil {
			return nil, err
		}
		n, err := optSize(f, name, args[1:], kw)
		if err != nil {
			return nil, err
		}
		if !b.readable {
			return nil, Errorf(UnsupportedOperation, "%s", name)
		}
		if n > 0 {
			if err := f.CheckAlloc(int64(n)); err != nil {
				return nil, err
			}
		}
		var s string
		blockingIO(f, &b.mu, func() { s, err = b.read(n) })
		return Bytes(s), err
	}
}

// setupBinaryFile installs the methods of binary files.
func setupBinaryFile() {
	methods := map[string]NativeFunc{
		"read":  binRead("read"),
		"read1": binRead("read1"),
		"readline": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("readline", args, "readline of closed file")
			if err != nil {
				return nil, err
			}
			n, err := optSize(f, "readline", args[1:], kw)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return Bytes(""), nil // IOBase.readline(0) reads nothing
			}
			if err := b.checkRead(); err != nil {
				return nil, err
			}
			var s string
			blockingIO(f, &b.mu, func() { s, err = b.readLine(n) })
			return Bytes(s), err
		},
		"readlines": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("readlines", args, "")
			if err != nil {
				return nil, err
			}
			hint, err := optSize(f, "readlines", args[1:], kw)
			if err != nil {
				return nil, err
			}
			if err := b.checkRead(); err != nil {
				return nil, err
			}
			var out []Value
			blockingIO(f, &b.mu, func() {
				out, err = readLines(b.readLine, hint, func(line string) (Value, int) { return Bytes(line), len(line) })
			})
			if err != nil {
				return nil, err
			}
			return NewList(out), nil
		},
		"write": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, ok := args[0].(*BinaryFile)
			if ok && !b.writable {
				return nil, Errorf(UnsupportedOperation, "write")
			}
			b, err := binSelf("write", args, "write to closed file")
			if err != nil {
				return nil, err
			}
			var v Value
			if err := UnpackPositional("write", args[1:], kw, 1, &v); err != nil {
				return nil, err
			}
			s, err := bytesLike(v)
			if err != nil {
				return nil, err
			}
			blockingIO(f, &b.mu, func() { err = b.write(s) })
			if err != nil {
				return nil, err
			}
			return Int(len(s)), nil
		},
		"writelines": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("writelines", args, "")
			if err != nil {
				return nil, err
			}
			var lines Value
			if err := UnpackPositional("writelines", args[1:], kw, 1, &lines); err != nil {
				return nil, err
			}
			if !b.writable {
				return nil, Errorf(UnsupportedOperation, "write")
			}
			err = Iterate(f, lines, func(v Value) (bool, *Exception) {
				s, err := bytesLike(v)
				if err != nil {
					return false, err
				}
				blockingIO(f, &b.mu, func() { err = b.write(s) })
				return true, err
			})
			return None, err
		},
		"close": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("close", args, "")
			if err != nil {
				return nil, err
			}
			blockingIO(f, &b.mu, func() { err = b.Close() })
			return None, err
		},
		"flush": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			msg := ""
			if b, ok := args[0].(*BinaryFile); ok && b.writable {
				msg = "flush of closed file"
			}
			if _, err := binSelf("flush", args, msg); err != nil {
				return nil, err
			}
			return None, nil
		},
		"readable": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("readable", args, "I/O operation on closed file")
			if err != nil {
				return nil, err
			}
			return Bool(b.readable), nil
		},
		"writable": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("writable", args, "I/O operation on closed file")
			if err != nil {
				return nil, err
			}
			return Bool(b.writable), nil
		},
		"seekable": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if _, err := binSelf("seekable", args, "I/O operation on closed file"); err != nil {
				return nil, err
			}
			return True, nil
		},
		"tell": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("tell", args, "I/O operation on closed file")
			if err != nil {
				return nil, err
			}
			var pos int64
			blockingIO(f, &b.mu, func() { pos, err = b.tell() })
			return Int(pos), err
		},
		"seek": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("seek", args, "seek of closed file")
			if err != nil {
				return nil, err
			}
			var off int64
			whence := 0
			if err := UnpackPositional("seek", args[1:], kw, 1, &off, &whence); err != nil {
				return nil, err
			}
			var pos int64
			blockingIO(f, &b.mu, func() { pos, err = b.seek(off, whence) })
			return Int(pos), err
		},
		"fileno": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("fileno", args, "I/O operation on closed file")
			if err != nil {
				return nil, err
			}
			return Int(b.file.Fd()), nil
		},
		"__enter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("__enter__", args, "")
			if err != nil {
				return nil, err
			}
			return b, nil
		},
		"__exit__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, ok := args[0].(*BinaryFile)
			if !ok {
				return nil, Errorf(TypeError, "descriptor '__exit__' requires a binary file")
			}
			return None, b.Close()
		},
		"__iter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, err := binSelf("__iter__", args, "")
			if err != nil {
				return nil, err
			}
			return b, nil
		},
		"__next__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			b, ok := args[0].(*BinaryFile)
			if !ok {
				return nil, Errorf(TypeError, "descriptor '__next__' requires a binary file")
			}
			v, more, err := b.Next(f)
			if err != nil {
				return nil, err
			}
			if !more {
				return nil, NewException(StopIteration)
			}
			return v, nil
		},
	}
	for _, c := range []*Class{BufferedReaderClass, BufferedWriterClass, BufferedRandomClass} {
		c.AddMethods(methods)
		guardReceivers(c)
	}
}
