package interp

// This file defines the codecs behind str.encode, bytes.decode and
// bytes(str, encoding): UTF-8, ASCII and Latin-1 with the error handlers
// strict, ignore, replace, backslashreplace (and xmlcharrefreplace when
// encoding), raising UnicodeEncodeError/UnicodeDecodeError with CPython's
// messages (Objects/unicodeobject.c, Objects/stringlib/codecs.h).

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The Unicode error classes (their args are the message here; the
// encoding, object, start, end and reason are attributes).
var (
	UnicodeDecodeError = newExcClass("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError = newExcClass("UnicodeEncodeError", UnicodeError)
)

// codecName is the canonical name of a supported codec ("utf-8",
// "ascii", "latin-1"), as encodings.search_function finds it.
func codecName(enc string) (string, *Exception) {
	switch normalizeEncoding(enc) {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8", nil
	case "ascii", "646", "us_ascii", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us":
		return "ascii", nil
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso8859", "8859", "cp819", "csisolatin1", "ibm819", "iso_8859_1_1987", "iso_ir_100":
		return "latin-1", nil
	}
	return "", Errorf(LookupError, "unknown encoding: %s", enc)
}

// unicodeError builds a UnicodeEncodeError/UnicodeDecodeError for the
// span [start, end) of obj: its args are (encoding, object, start, end,
// reason), as CPython's, which its str() formats (unicodeErrorText), and
// they are its attributes too.
func unicodeError(cls *Class, codec string, obj Value, start, end int, reason string) *Exception {
	e := NewException(cls, Str(codec), obj, Int(start), Int(end), Str(reason))
	e.Dict = NewDict()
	e.Dict.SetStr("encoding", Str(codec))
	e.Dict.SetStr("object", obj)
	e.Dict.SetStr("start", Int(start))
	e.Dict.SetStr("end", Int(end))
	e.Dict.SetStr("reason", Str(reason))
	return e
}

// unicodeErrorText is str() of a UnicodeDecodeError or UnicodeEncodeError
// with CPython's five args ("'utf-8' codec can't decode byte 0xff in
// position 0: invalid start byte"); ok is false for other exceptions.
func unicodeErrorText(e *Exception) (string, bool) {
	decode := e.Class.IsSubclass(UnicodeDecodeError)
	if (!decode && !e.Class.IsSubclass(UnicodeEncodeError)) || len(e.Args) != 5 {
		return "", false
	}
	enc, ok1 := e.Args[0].(Str)
	start, ok2 := e.Args[2].(Int)
	end, ok3 := e.Args[3].(Int)
	reason, ok4 := e.Args[4].(Str)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return "", false
	}
	pos := "position " + strconv.Itoa(int(start))
	if decode {
		b, ok := bytesOf(e.Args[1])
		if !ok {
			return "", false
		}
		if end == start+1 && start >= 0 && int(start) < len(b) {
			return "'" + string(enc) + "' codec can't decode byte 0x" + hex0(uint64(b[start]), 2) + " in " + pos + ": " + string(reason), true
		}
		return "'" + string(enc) + "' codec can't decode bytes in " + pos + "-" + strconv.Itoa(int(end)-1) + ": " + string(reason), true
	}
	s, ok := e.Args[1].(Str)
	if !ok {
		return "", false
	}
	runes := []rune(string(s))
	if end == start+1 && start >= 0 && int(start) < len(runes) {
		return "'" + string(enc) + "' codec can't encode character '" + escapeRune(runes[start]) + "' in " + pos + ": " + string(reason), true
	}
	return "'" + string(enc) + "' codec can't encode characters in " + pos + "-" + strconv.Itoa(int(end)-1) + ": " + string(reason), true
}

func errUnknownHandler(name string) *Exception {
	return Errorf(LookupError, "unknown error handler name '%s'", name)
}

// encodeStr is s.encode(enc, errors).
func encodeStr(s, enc, errors string) (string, *Exception) {
	codec, err := codecName(enc)
	if err != nil {
		return "", err
	}
	limit := rune(0x80)
	switch codec {
	case "utf-8":
		// a Str holds valid UTF-8 (no lone surrogates)
		return s, nil
	case "latin-1":
		limit = 0x100
	}
	if isASCII(s) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	runes := []rune(s)
	for i := 0; i < len(runes); {
		r := runes[i]
		if r < limit {
			b.WriteByte(byte(r))
			i++
			continue
		}
		j := i + 1
		for j < len(runes) && runes[j] >= limit {
			j++
		}
		switch errors {
		case "strict":
			reason := "ordinal not in range(128)"
			if limit == 0x100 {
				reason = "ordinal not in range(256)"
			}
			return "", unicodeError(UnicodeEncodeError, codec, Str(s), i, j, reason)
		case "ignore":
		case "replace":
			b.WriteString(strings.Repeat("?", j-i))
		case "backslashreplace":
			for _, r := range runes[i:j] {
				b.WriteString(escapeRune(r))
			}
		case "xmlcharrefreplace":
			for _, r := range runes[i:j] {
				b.WriteString("&#" + strconv.Itoa(int(r)) + ";")
			}
		default:
			return "", errUnknownHandler(errors)
		}
		i = j
	}
	return b.String(), nil
}

// escapeRune is r as repr writes it inside a string: \xhh, \uhhhh or
// \Uhhhhhhhh.
func escapeRune(r rune) string {
	const hexdigits = "0123456789abcdef"
	n := 8
	prefix := `\U`
	switch {
	case r < 0x100:
		n, prefix = 2, `\x`
	case r < 0x10000:
		n, prefix = 4, `\u`
	}
	buf := make([]byte, n)
	for k := n - 1; k >= 0; k-- {
		buf[k] = hexdigits[r&15]
		r >>= 4
	}
	return prefix + string(buf)
}

// decodeBytes is b.decode(enc, errors).
func decodeBytes(b string, enc, errors string) (string, *Exception) {
	codec, err := codecName(enc)
	if err != nil {
		return "", err
	}
	switch codec {
	case "utf-8":
		if utf8.ValidString(b) {
			return b, nil
		}
	case "ascii":
		if isASCII(b) {
			return b, nil
		}
	case "latin-1":
		if isASCII(b) {
			return b, nil
		}
		var sb strings.Builder
		sb.Grow(len(b) * 2)
		for i := 0; i < len(b); i++ {
			sb.WriteRune(rune(b[i]))
		}
		return sb.String(), nil
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
			i++
			continue
		}
		var end int
		var reason string
		if codec == "ascii" {
			end, reason = i+1, "ordinal not in range(128)"
		} else {
			r, size := utf8.DecodeRuneInString(b[i:])
			if r != utf8.RuneError || size > 1 {
				sb.WriteString(b[i : i+size])
				i += size
				continue
			}
			end, reason = utf8ErrorSpan(b, i)
		}
		switch errors {
		case "strict":
			return "", unicodeError(UnicodeDecodeError, codec, Bytes(b), i, end, reason)
		case "ignore":
		case "replace":
			sb.WriteString("\ufffd")
		case "backslashreplace":
			for k := i; k < end; k++ {
				sb.WriteString(`\x` + hex0(uint64(b[k]), 2))
			}
		case "xmlcharrefreplace":
			return "", Errorf(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
		default:
			return "", errUnknownHandler(errors)
		}
		i = end
	}
	return sb.String(), nil
}

// utf8ErrorSpan is the end and reason of the invalid UTF-8 sequence
// starting at b[i], as CPython's decoder reports it: the longest valid
// prefix of a sequence is one error.
func utf8ErrorSpan(b string, i int) (int, string) {
	c := b[i]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return i + 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(b) {
			return len(b), "unexpected end of data"
		}
		d := b[i+k]
		if d < lo || d > hi {
			return i + k, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xBF
	}
	return i + need + 1, "invalid continuation byte" // not reached for invalid input
}

// strEncode is str.encode(encoding='utf-8', errors='strict').
func strEncode(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "unbound method str.encode() needs an argument")
	}
	recv, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "descriptor 'encode' for 'str' objects doesn't apply to a '%s' object", TypeName(args[0]))
	}
	enc, errs := "utf-8", "strict"
	if err := UnpackArgs("encode", args[1:], kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	s := string(recv)
	if err := f.CheckAlloc(int64(len(s))); err != nil {
		return nil, err
	}
	r, err := encodeStr(s, enc, errs)
	if err != nil {
		return nil, err
	}
	return Bytes(r), nil
}

// bytesDecode is bytes.decode and bytearray.decode(encoding='utf-8',
// errors='strict').
func bytesDecode(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	enc, errs := "utf-8", "strict"
	if err := UnpackArgs("decode", args[1:], kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	b, _ := bytesOf(args[0])
	if err := f.CheckAlloc(int64(len(b))); err != nil {
		return nil, err
	}
	r, err := decodeBytes(b, enc, errs)
	if err != nil {
		return nil, err
	}
	return Str(r), nil
}

// Decode is b.decode(encoding, errors) for Go callers (UTF-8, ASCII and
// Latin-1 and their aliases): LookupError for another codec,
// UnicodeDecodeError as CPython raises it.
func Decode(b, encoding, errors string) (string, *Exception) {
	return decodeBytes(b, encoding, errors)
}

// Encode is s.encode(encoding, errors) for Go callers.
func Encode(s, encoding, errors string) (string, *Exception) {
	return encodeStr(s, encoding, errors)
}

// BytesOf returns the content of a bytes or bytearray; ok is false for
// any other value.
func BytesOf(v Value) (b string, ok bool) { return bytesOf(v) }
