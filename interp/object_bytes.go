package interp

// This file defines the bytes type (CPython's Objects/bytesobject.c): the
// value, its class and constructor, repr, hash, comparison, + and *,
// b[k], `in`, len and its iterator. bytearray, its mutable sibling, is in
// object_bytearray.go; the methods both share are in bytes_methods.go and
// the codecs of str.encode/bytes.decode in codecs.go.

import (
	"strings"
)

// Bytes is an immutable bytes object; the Go string holds the raw bytes.
type Bytes string

// BytesClass and the iterator classes of the binary sequence types.
var (
	BytesClass             = newBuiltinClass("bytes", ObjectClass)
	BytesIteratorClass     = newIterClass("bytes_iterator")
	ByteArrayIteratorClass = newIterClass("bytearray_iterator")
)

func (Bytes) Type() *Class { return BytesClass }

// Len is len(b); it also gives bytes its truth value.
func (b Bytes) Len() int { return len(b) }

// setupBytes installs bytes and bytearray into the builtin classes; see
// universe.go.
func setupBytes() {
	BytesClass.New = newBytesObj
	ByteArrayClass.New = newByteArrayObj
	BytesClass.AddMethods(map[string]NativeFunc{
		"__len__":      dunderLen,
		"__iter__":     dunderIter,
		"__contains__": dunderContains,
		"__getitem__":  dunderGetItem,
		"__bytes__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkNoArgs("bytes.__bytes__", args[1:], kw); err != nil {
				return nil, err
			}
			return args[0], nil
		},
	})
	ByteArrayClass.AddMethods(map[string]NativeFunc{
		"__len__":      dunderLen,
		"__iter__":     dunderIter,
		"__contains__": dunderContains,
		"__getitem__":  dunderGetItem,
	})
	setupBytesMethods()
	setupIntBytes()
	setupBinaryFile()
	setupByteArrayMethods()
	guardReceivers(BytesClass)
	guardReceivers(ByteArrayClass)
}

// tpName is a class's name as CPython's tp_name gives it in messages:
// _io.BufferedReader for a built-in type of another module.
func tpName(c *Class) string {
	if c.BuiltinType && c.Module != "builtins" && c.Module != "" {
		return c.Module + "." + c.Name
	}
	return c.Name
}

// guardReceivers makes every method of the builtin class c check its
// receiver, with CPython's messages for bytes.join() and
// bytearray.append(1, 2) called unbound on nothing or on another type.
func guardReceivers(c *Class) {
	for name, v := range c.Dict {
		b, ok := v.(*Builtin)
		if !ok || b.Of != c {
			continue
		}
		name, fn := name, b.Fn
		qual := tpName(c)
		b.Fn = func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) == 0 {
				return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", c.Name, name)
			}
			if !IsInstance(args[0], c) {
				return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, qual, tpName(args[0].Type()))
			}
			return fn(f, args, kw)
		}
	}
}

// bytesOf returns the raw bytes of a bytes-like object (bytes or
// bytearray) as a string; ok is false for anything else. A bytearray's
// bytes are copied.
func bytesOf(v Value) (string, bool) {
	switch x := v.(type) {
	case Bytes:
		return string(x), true
	case *ByteArray:
		return string(x.B), true
	}
	return "", false
}

// bytesLike converts an argument that must be a bytes-like object, with
// CPython's "a bytes-like object is required, not 'str'".
func bytesLike(v Value) (string, *Exception) {
	if s, ok := bytesOf(v); ok {
		return s, nil
	}
	return "", Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(v))
}

// newBytesObj is bytes(source=b”, encoding=, errors=) (bytes_new).
func newBytesObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	s, err := bytesFromArgs(f, "bytes", args, kw)
	if err != nil {
		return nil, err
	}
	return Bytes(s), nil
}

// bytesFromArgs builds the content of bytes(...) or bytearray(...).
func bytesFromArgs(f *Fiber, name string, args []Value, kw []KV) (string, *Exception) {
	var src, enc, errs Value
	if err := UnpackArgs(name, args, kw, "source?", &src, "encoding?", &enc, "errors?", &errs); err != nil {
		return "", err
	}
	if enc != nil {
		if _, ok := enc.(Str); !ok {
			return "", Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", name, TypeName(enc))
		}
	}
	if errs != nil {
		if _, ok := errs.(Str); !ok {
			return "", Errorf(TypeError, "%s() argument 'errors' must be str, not %s", name, TypeName(errs))
		}
	}
	if src == nil {
		if enc != nil {
			return "", Errorf(TypeError, "encoding without a string argument")
		}
		if errs != nil {
			return "", Errorf(TypeError, "errors without a string argument")
		}
		return "", nil
	}
	if s, ok := src.(Str); ok {
		if enc == nil {
			return "", Errorf(TypeError, "string argument without an encoding")
		}
		e := "strict"
		if errs != nil {
			e = string(errs.(Str))
		}
		return encodeStr(string(s), string(enc.(Str)), e)
	}
	if enc != nil {
		return "", Errorf(TypeError, "encoding without a string argument")
	}
	if errs != nil {
		return "", Errorf(TypeError, "errors without a string argument")
	}
	return bytesFromObject(f, name, src)
}

// bytesFromObject is bytes(x) for a non-str x: __bytes__, a bytes-like
// object, a count of zero bytes, or an iterable of ints in range(256).
func bytesFromObject(f *Fiber, name string, src Value) (string, *Exception) {
	if name == "bytes" {
		if _, ok := src.(Bytes); !ok && hasUserMethods(src) {
			if res, found, err := callUser(f, src, "__bytes__"); found {
				if err != nil {
					return "", err
				}
				b, ok := res.(Bytes)
				if !ok {
					return "", Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(res))
				}
				return string(b), nil
			}
		}
	}
	if s, ok := bytesOf(src); ok {
		return s, nil
	}
	n, isInt, err := indexValue(f, src)
	if _, big := src.(*BigInt); big {
		return "", Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if err != nil {
		return "", err
	}
	if isInt {
		if n < 0 {
			return "", Errorf(ValueError, "negative count")
		}
		if err := f.CheckAlloc(int64(n)); err != nil {
			return "", err
		}
		return string(make([]byte, n)), nil
	}
	if !isIterable(src) {
		return "", Errorf(TypeError, "cannot convert '%s' object to %s", TypeName(src), name)
	}
	var out []byte
	err = Iterate(f, src, func(x Value) (bool, *Exception) {
		c, err := byteValue(f, x)
		if err != nil {
			if name == "bytes" && err.Matches(ValueError) {
				// bytes(iterable) says "bytes", bytearray "byte"
				err = Errorf(ValueError, "bytes must be in range(0, 256)")
			}
			return false, err
		}
		if len(out) == cap(out) && len(out) >= largeAlloc {
			if err := f.CheckAlloc(int64(len(out)) * 2); err != nil {
				return false, err
			}
		}
		out = append(out, c)
		return true, nil
	})
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// byteValue converts an item stored into a bytes or bytearray: an int in
// range(256).
func byteValue(f *Fiber, x Value) (byte, *Exception) {
	if _, big := x.(*BigInt); big {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	n, ok, err := indexValue(f, x)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(x))
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesRepr is the repr of raw bytes: b'...' with CPython's choice of
// quote and escapes (bytes_repr).
func bytesRepr(s string) string { return bytesReprQ(s, false) }

// bytesReprQ is bytesRepr; escapeSingle escapes ' even inside "...", as
// bytearray's repr does.
func bytesReprQ(s string, escapeSingle bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	const hexdigits = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexdigits[c>>4])
			b.WriteByte(hexdigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// Repr is repr(b).
func (b Bytes) Repr(f *Fiber) (string, *Exception) { return bytesRepr(string(b)), nil }

// Hash is hash(b): the same as the str of the same characters when they
// are ASCII, as in CPython.
func (b Bytes) Hash(f *Fiber) (int64, *Exception) { return hashString(string(b)), nil }

// RichCompare compares b with a bytes or bytearray, byte by byte.
func (b Bytes) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	return bytesCompare(string(b), op, other)
}

func bytesCompare(a string, op CmpOp, other Value) (Value, *Exception) {
	o, ok := bytesOf(other)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpResult(op, strings.Compare(a, o))), nil
}

// BinaryOp is b + bytes-like, b * n, n * b and b % args.
func (b Bytes) BinaryOp(f *Fiber, op BinOp, other Value, reflected, inplace bool) (Value, *Exception) {
	switch op {
	case OpAdd:
		if reflected {
			return NotImplemented, nil
		}
		o, ok := bytesOf(other)
		if !ok {
			return NotImplemented, nil
		}
		if len(b) == 0 {
			if ob, isB := other.(Bytes); isB {
				return ob, nil
			}
		}
		if len(o) == 0 {
			return b, nil
		}
		if err := f.CheckAlloc(int64(len(b)) + int64(len(o))); err != nil {
			return nil, err
		}
		return b + Bytes(o), nil
	case OpMul:
		k, ok, err := repeatCount(f, other)
		if err != nil || !ok {
			return NotImplemented, err
		}
		if k <= 0 {
			return Bytes(""), nil
		}
		if k == 1 {
			return b, nil
		}
		if err := f.checkRepeat(k, int64(len(b))); err != nil {
			return nil, err
		}
		return Bytes(strings.Repeat(string(b), int(k))), nil
	case OpMod:
		if reflected {
			return NotImplemented, nil
		}
		s, err := bytesPercent(f, string(b), other)
		if err != nil {
			return nil, err
		}
		return Bytes(s), nil
	}
	return NotImplemented, nil
}

// bytesIndex is b[i] (an int) and b[i:j:k] for raw bytes s; mk makes a
// slice's result of the receiver's type; what names the type in errors.
func bytesIndex(f *Fiber, s string, k Value, what string, mk func(string) Value) (Value, *Exception) {
	if sl, ok := k.(*Slice); ok {
		start, _, step, n, err := sl.Indices(f, len(s))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return mk(s[start : start+n]), nil
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = s[j]
		}
		return mk(string(out)), nil
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		if what == "bytes" {
			what = "byte"
		}
		return nil, Errorf(TypeError, "%s indices must be integers or slices, not %s", what, TypeName(k))
	}
	if i < 0 {
		i += len(s)
	}
	if i < 0 || i >= len(s) {
		if what == "bytes" {
			return nil, Errorf(IndexError, "index out of range")
		}
		return nil, Errorf(IndexError, "%s index out of range", what)
	}
	return Int(s[i]), nil
}

func (b Bytes) getItem(f *Fiber, k Value) (Value, *Exception) {
	return bytesIndex(f, string(b), k, "bytes", func(s string) Value { return Bytes(s) })
}

// bytesContains is x in s for a bytes or bytearray s: an int is a byte, a
// bytes-like object a substring.
func bytesContains(f *Fiber, s string, x Value) (bool, *Exception) {
	if sub, ok := bytesOf(x); ok {
		return strings.Contains(s, sub), nil
	}
	n, ok, err := indexValue(f, x)
	if _, big := x.(*BigInt); big {
		return false, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	if err != nil {
		return false, err
	}
	if !ok {
		return false, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(x))
	}
	if n < 0 || n > 255 {
		return false, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return strings.IndexByte(s, byte(n)) >= 0, nil
}

// bytesIter iterates over the ints of a bytes object, or of a bytearray
// read live (it sees appends made during the loop).
type bytesIter struct {
	s   string
	ba  *ByteArray
	arr bool // over a bytearray (ba is dropped when exhausted)
	i   int
}

func (it *bytesIter) Type() *Class {
	if it.arr {
		return ByteArrayIteratorClass
	}
	return BytesIteratorClass
}

func (it *bytesIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.ba != nil {
		if it.i < len(it.ba.B) {
			c := it.ba.B[it.i]
			it.i++
			return Int(c), true, nil
		}
		it.ba = nil
		it.i = -1
		return nil, false, nil
	}
	if it.i >= 0 && it.i < len(it.s) {
		c := it.s[it.i]
		it.i++
		return Int(c), true, nil
	}
	it.i = -1
	return nil, false, nil
}

// length is len(b) (bytes_length).
func (b Bytes) length() (int, *Exception) { return len(b), nil }

// contains is `w in b` (bytes_contains).
func (b Bytes) contains(f *Fiber, w Value) (bool, *Exception) { return bytesContains(f, string(b), w) }

// newIter is iter(b) (bytes_iter).
func (b Bytes) newIter() Iterator { return &bytesIter{s: string(b)} }
