package interp

// This file defines the code-point view of Str (len, s[k], slicing, in,
// iteration and its iterators, repr), and str(x). The methods are in
// str_methods.go.
//
// A Str is a Go string holding UTF-8. Python indexes code points, so an
// index into a non-ASCII string must find the byte offset of a code point.
// Short strings are scanned. For long strings a small cache, keyed by the
// identity of the string's bytes (data pointer and length; the cache keeps
// the string alive, so the pointer cannot be reused for other bytes),
// remembers whether the string is ASCII, its code-point count and the byte
// offset of every 16th code point. `for i in range(len(s)): s[i]` on a
// long string is therefore linear, not quadratic.

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// asciiStrs holds the one-character strings of ASCII, boxed once, so that
// iterating or indexing an ASCII string does not allocate.
var asciiStrs = func() (t [128]Value) {
	for i := range t {
		t[i] = Str(string(rune(i)))
	}
	return t
}()

// setupStr installs str's constructor into the builtin classes; see universe.go.
func setupStr() { StrClass.New = newStrObj }

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

const (
	strCacheMin   = 64 // strings shorter than this are scanned
	strOffsetStep = 16 // offs[k] is the byte offset of code point k*16
)

type strInfo struct {
	s     string
	ascii bool
	n     int     // code points
	offs  []int32 // non-ASCII only
}

var strCache [8]atomic.Pointer[strInfo]

func sameStr(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// infoOf returns the cached facts about a long string.
func infoOf(s string) *strInfo {
	slot := &strCache[(uintptr(unsafe.Pointer(unsafe.StringData(s)))>>4)&7]
	if in := slot.Load(); in != nil && sameStr(in.s, s) {
		return in
	}
	in := &strInfo{s: s, ascii: isASCII(s)}
	if in.ascii {
		in.n = len(s)
	} else {
		n := 0
		for i := range s {
			if n%strOffsetStep == 0 {
				in.offs = append(in.offs, int32(i))
			}
			n++
		}
		in.n = n
	}
	slot.Store(in)
	return in
}

// strLen is len(s) in code points.
func strLen(s Str) int {
	if len(s) < strCacheMin {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < utf8.RuneSelf {
				n++
			} else if s[i] >= 0xC0 {
				n++
			}
		}
		return n
	}
	return infoOf(string(s)).n
}

// StrLen is len(s) in code points (exported for builtins and stdlib).
func StrLen(s Str) int { return strLen(s) }

// runeOffset returns the byte offset of code point i (0 <= i <= n) of s.
func runeOffset(s string, i int) int {
	if len(s) < strCacheMin {
		for off := range s {
			if i == 0 {
				return off
			}
			i--
		}
		return len(s)
	}
	in := infoOf(s)
	if in.ascii {
		return i
	}
	if i >= in.n {
		return len(s)
	}
	off := int(in.offs[i/strOffsetStep])
	for k := i % strOffsetStep; k > 0; k-- {
		_, w := utf8.DecodeRuneInString(s[off:])
		off += w
	}
	return off
}

// strIndex is s[i] with Python's negative-index rule.
func strIndex(s Str, i int) (Value, *Exception) {
	if i >= 0 && i < len(s) && isASCIIPrefixFast(string(s), i) {
		return asciiStrs[s[i]], nil
	}
	n := strLen(s)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "string index out of range")
	}
	off := runeOffset(string(s), i)
	c := s[off]
	if c < utf8.RuneSelf {
		return asciiStrs[c], nil
	}
	_, w := utf8.DecodeRuneInString(string(s[off:]))
	return s[off : off+w], nil
}

// isASCIIPrefixFast reports cheaply that byte i of s is the i-th code
// point: true for short all-ASCII prefixes and for cached ASCII strings.
func isASCIIPrefixFast(s string, i int) bool {
	if len(s) >= strCacheMin {
		return infoOf(s).ascii
	}
	for k := 0; k <= i; k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// strSlice is s[a:b:c].
func strSlice(f *Fiber, s Str, sl *Slice) (Value, *Exception) {
	ascii := len(s) < strCacheMin && isASCII(string(s)) || len(s) >= strCacheMin && infoOf(string(s)).ascii
	var n int
	if ascii {
		n = len(s)
	} else {
		n = strLen(s)
	}
	start, _, step, count, err := sl.Indices(f, n)
	if err != nil {
		return nil, err
	}
	if count <= 0 {
		return Str(""), nil
	}
	if ascii {
		if step == 1 {
			return s[start : start+count], nil
		}
		b := make([]byte, count)
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			b[i] = s[j]
		}
		return Str(b), nil
	}
	if step == 1 {
		a := runeOffset(string(s), start)
		b := runeOffset(string(s), start+count)
		return s[a:b], nil
	}
	rs := []rune(string(s))
	out := make([]rune, count)
	for i, j := 0, start; i < count; i, j = i+1, j+step {
		out[i] = rs[j]
	}
	return Str(string(out)), nil
}

// getItem is s[k].
func (s Str) getItem(f *Fiber, k Value) (Value, *Exception) {
	if sl, ok := k.(*Slice); ok {
		return strSlice(f, s, sl)
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "string indices must be integers, not '%s'", TypeName(k))
	}
	return strIndex(s, i)
}

// contains is w in s.
func (s Str) contains(f *Fiber, w Value) (bool, *Exception) {
	sub, ok := w.(Str)
	if !ok {
		return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(w))
	}
	return strContains(string(s), string(sub)), nil
}

// each calls fn with each character of s until fn returns false or an
// error (Iterate's walk of a str, without an iterator object).
func (s Str) each(fn func(Value) (bool, *Exception)) *Exception {
	for i := 0; i < len(s); {
		var c Value
		if s[i] < utf8.RuneSelf {
			c = asciiStrs[s[i]]
			i++
		} else {
			_, n := utf8.DecodeRuneInString(string(s[i:]))
			c = s[i : i+n]
			i += n
		}
		if more, err := fn(c); err != nil || !more {
			return err
		}
	}
	return nil
}

// StrSubstr returns the code points [i, j) of s (0 <= i <= j <= len).
func StrSubstr(s Str, i, j int) Str {
	return s[runeOffset(string(s), i):runeOffset(string(s), j)]
}

// strContains is `sub in s`.
func strContains(s, sub string) bool { return strings.Contains(s, sub) }

// newStrObj is str(object=”) (str(bytes, encoding) is not supported).
func newStrObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(args) == 1 && len(kw) == 0 {
		// str(x), the common call: no binding
		if s, ok := args[0].(Str); ok {
			return s, nil
		}
		s, err := ToStr(f, args[0])
		if err != nil {
			return nil, err
		}
		return Str(s), nil
	}
	if len(args) > 3 {
		return nil, Errorf(TypeError, "str() takes at most 3 arguments (%d given)", len(args))
	}
	var obj, enc, errs Value
	if err := UnpackArgs("str", args, kw, "object?", &obj, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if enc != nil || errs != nil {
		return strDecodeArgs(f, obj, enc, errs)
	}
	if obj == nil {
		return Str(""), nil
	}
	if s, ok := obj.(Str); ok {
		return s, nil
	}
	s, err := ToStr(f, obj)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

// strDecodeArgs is str(obj, encoding, errors): obj decoded (codecs.go).
func strDecodeArgs(f *Fiber, obj, enc, errs Value) (Value, *Exception) {
	e, h := "utf-8", "strict"
	if enc != nil {
		s, ok := enc.(Str)
		if !ok {
			return nil, Errorf(TypeError, "str() argument 'encoding' must be str, not %s", TypeName(enc))
		}
		e = string(s)
	}
	if errs != nil {
		s, ok := errs.(Str)
		if !ok {
			return nil, Errorf(TypeError, "str() argument 'errors' must be str, not %s", TypeName(errs))
		}
		h = string(s)
	}
	if obj == nil {
		return Str(""), nil
	}
	if _, ok := obj.(Str); ok {
		return nil, Errorf(TypeError, "decoding str is not supported")
	}
	b, ok := bytesOf(obj)
	if !ok {
		return nil, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(obj))
	}
	r, err := decodeBytes(b, e, h)
	if err != nil {
		return nil, err
	}
	return Str(r), nil
}

type strIter struct {
	s     string
	i     int
	ascii bool
}

func newStrIter(s Str) *strIter { return &strIter{s: string(s), ascii: isASCII(string(s))} }

func (it *strIter) Type() *Class {
	if it.ascii {
		return StrASCIIIteratorClass
	}
	return StrIteratorClass
}

func (it *strIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.i >= len(it.s) {
		return nil, false, nil
	}
	c := it.s[it.i]
	if c < utf8.RuneSelf {
		it.i++
		return asciiStrs[c], true, nil
	}
	_, n := utf8.DecodeRuneInString(it.s[it.i:])
	v := Str(it.s[it.i : it.i+n])
	it.i += n
	return v, true, nil
}

// strRevIter is reversed(str).
type strRevIter struct {
	s string
	i int // byte offset of the end of the next char
}

func (*strRevIter) Type() *Class { return ReversedClass }

func (it *strRevIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.i <= 0 {
		return nil, false, nil
	}
	c := it.s[it.i-1]
	if c < utf8.RuneSelf {
		it.i--
		return asciiStrs[c], true, nil
	}
	_, n := utf8.DecodeLastRuneInString(it.s[:it.i])
	v := Str(it.s[it.i-n : it.i])
	it.i -= n
	return v, true, nil
}

// operator is s + w, s * n and s % args; nil means the operator is not
// str's for w (binary in ops_core.go goes on to the reflected operand).
func (s Str) operator(f *Fiber, op BinOp, w Value) (Value, *Exception) {
	switch op {
	case OpAdd:
		if b, ok := w.(Str); ok {
			return s + b, nil
		}
	case OpMul:
		return repeatSeq(f, s, w)
	case OpMod:
		r, err := FormatPercent(f, string(s), w)
		if err != nil {
			return nil, err
		}
		return Str(r), nil
	}
	return nil, nil
}

// length is len(s) in code points (unicode_length).
func (s Str) length() (int, *Exception) { return strLen(s), nil }

// newIter is iter(s) (unicode_iter).
func (s Str) newIter() Iterator { return newStrIter(s) }

// ReprStr is repr(s) for a str: CPython's quote choice and escapes.
func ReprStr(s string) string { return reprStr(s) }

func reprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(s) + 2)
	sb.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				sb.WriteByte('\\')
				sb.WriteByte(c)
			case c == '\n':
				sb.WriteString(`\n`)
			case c == '\r':
				sb.WriteString(`\r`)
			case c == '\t':
				sb.WriteString(`\t`)
			case c < 0x20 || c == 0x7f:
				sb.WriteString(`\x`)
				sb.WriteByte(hexDigits[c>>4])
				sb.WriteByte(hexDigits[c&15])
			default:
				sb.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsPrint(r) && !(r == utf8.RuneError && size == 1):
			sb.WriteRune(r)
		case r < 0x100:
			sb.WriteString(`\x`)
			sb.WriteString(hex0(uint64(r), 2))
		case r < 0x10000:
			sb.WriteString(`\u`)
			sb.WriteString(hex0(uint64(r), 4))
		default:
			sb.WriteString(`\U`)
			sb.WriteString(hex0(uint64(r), 8))
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}
