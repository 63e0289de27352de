package interp

// This file defines the methods of str. Positions (find, index, count,
// start/end arguments) are code-point indexes; ASCII strings take byte
// shortcuts.

import (
	byteorder "encoding/binary" // the package has a func named binary
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// setupStrMethods installs str's methods into the builtin classes; see universe.go.
func setupStrMethods() {
	StrClass.AddMethods(map[string]NativeFunc{
		"format":       strFormat,
		"format_map":   strFormatMap,
		"join":         strJoin,
		"split":        strSplitMethod,
		"rsplit":       strRSplitMethod,
		"strip":        strStripper("strip", true, true),
		"lstrip":       strStripper("lstrip", true, false),
		"rstrip":       strStripper("rstrip", false, true),
		"upper":        strMapper("upper", pyUpper),
		"lower":        strMapper("lower", pyLower),
		"casefold":     strMapper("casefold", pyCasefold),
		"title":        strMapper("title", pyTitle),
		"capitalize":   strMapper("capitalize", pyCapitalize),
		"swapcase":     strMapper("swapcase", pySwapcase),
		"replace":      strReplace,
		"startswith":   strAffix("startswith", false),
		"endswith":     strAffix("endswith", true),
		"find":         strFinder("find", false, false),
		"rfind":        strFinder("rfind", true, false),
		"index":        strFinder("index", false, true),
		"rindex":       strFinder("rindex", true, true),
		"count":        strCount,
		"isdigit":      strPredicate("isdigit", isDigitRune),
		"isdecimal":    strPredicate("isdecimal", isDecimalRune),
		"isnumeric":    strPredicate("isnumeric", isNumericRune),
		"isalpha":      strPredicate("isalpha", unicode.IsLetter),
		"isalnum":      strPredicate("isalnum", isAlnumRune),
		"isspace":      strPredicate("isspace", isSpaceRune),
		"isascii":      strIsASCII,
		"isprintable":  strIsPrintable,
		"isupper":      strIsUpper,
		"islower":      strIsLower,
		"istitle":      strIsTitle,
		"isidentifier": strIsIdentifier,
		"ljust":        strJustifier("ljust", 'l'),
		"rjust":        strJustifier("rjust", 'r'),
		"center":       strJustifier("center", 'c'),
		"zfill":        strZfill,
		"splitlines":   strSplitLines,
		"partition":    strPartitioner("partition", false),
		"rpartition":   strPartitioner("rpartition", true),
		"expandtabs":   strExpandTabs,
		"removeprefix": strRemover("removeprefix", true),
		"removesuffix": strRemover("removesuffix", false),
		"translate":    strTranslate,
		"__len__":      dunderLen,
		"__iter__":     dunderIter,
		"__contains__": dunderContains,
		"__getitem__":  dunderGetItem,
	})
	// CALL's shortcuts for the commonest calls (exec_callnative.go)
	StrClass.Dict["split"].(*Builtin).Fast = fastStrSplit
	StrClass.Dict["strip"].(*Builtin).Fast = fastStrStrip
	StrClass.Dict["join"].(*Builtin).Fast = fastStrJoin
	StrClass.Dict["maketrans"] = &StaticMethod{Func: NewBuiltin("maketrans", strMakeTrans)}
}

func recvStr(args []Value) string { return string(args[0].(Str)) }

// strArg requires a str argument ("must be str, not int").
func strArg(v Value) (string, *Exception) {
	if s, ok := v.(Str); ok {
		return string(s), nil
	}
	return "", Errorf(TypeError, "must be str, not %s", TypeName(v))
}

// minArgs is "find() takes at least 1 argument (0 given)" (METH_VARARGS
// with PyArg_ParseTuple).
func minArgs(name string, args []Value, kw []KV, min, max int) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n < min {
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", name, min, strPlural(min), n)
	}
	if n > max {
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, max, strPlural(max), n)
	}
	return nil
}

func strPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ---------------------------------------------------------------------
// Character classes (Python's definitions).

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

func isDigitRune(r rune) bool {
	if unicode.Is(unicode.Nd, r) {
		return true
	}
	switch {
	case r == 0xB2 || r == 0xB3 || r == 0xB9, r == 0x2070, r >= 0x2074 && r <= 0x2079,
		r >= 0x2080 && r <= 0x2089, r >= 0x2460 && r <= 0x2468, r >= 0x2474 && r <= 0x247C,
		r >= 0x2488 && r <= 0x2490, r >= 0x24F5 && r <= 0x24FD, r == 0x24EA, r == 0x24FF,
		r >= 0x2776 && r <= 0x277E, r >= 0x2780 && r <= 0x2788, r >= 0x278A && r <= 0x2792,
		r >= 0x1369 && r <= 0x1371:
		return true
	}
	return false
}

func isNumericRune(r rune) bool {
	return unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) || unicode.Is(unicode.Han, r) && hanNumeric(r)
}

func hanNumeric(r rune) bool {
	return strings.ContainsRune("〇一二三四五六七八九十百千万億兆零壹贰叁肆伍陆柒捌玖拾佰仟", r)
}

func isAlnumRune(r rune) bool {
	return unicode.IsLetter(r) || isDecimalRune(r) || isDigitRune(r) || isNumericRune(r)
}

func strPredicate(name string, pred func(rune) bool) NativeFunc {
	qual := "str." + name
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkNoArgs(qual, args[1:], kw); err != nil {
			return nil, err
		}
		s := recvStr(args)
		if s == "" {
			return False, nil
		}
		for _, r := range s {
			if !pred(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func strIsASCII(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("str.isascii", args[1:], kw); err != nil {
		return nil, err
	}
	return Bool(isASCII(recvStr(args))), nil
}

func strIsPrintable(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("str.isprintable", args[1:], kw); err != nil {
		return nil, err
	}
	for _, r := range recvStr(args) {
		if !unicode.IsPrint(r) {
			return False, nil
		}
	}
	return True, nil
}

func strIsUpper(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("str.isupper", args[1:], kw); err != nil {
		return nil, err
	}
	cased := false
	for _, r := range recvStr(args) {
		if unicode.IsLower(r) || unicode.IsTitle(r) {
			return False, nil
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return Bool(cased), nil
}

func strIsLower(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("str.islower", args[1:], kw); err != nil {
		return nil, err
	}
	cased := false
	for _, r := range recvStr(args) {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return False, nil
		}
		if unicode.IsLower(r) {
			cased = true
		}
	}
	return Bool(cased), nil
}

func strIsTitle(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("str.istitle", args[1:], kw); err != nil {
		return nil, err
	}
	cased, prevCased := false, false
	for _, r := range recvStr(args) {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case unicode.IsLower(r):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased), nil
}

func strIsIdentifier(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("str.isidentifier", args[1:], kw); err != nil {
		return nil, err
	}
	return Bool(IsIdentifier(recvStr(args))), nil
}

// IsIdentifier is str.isidentifier.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
		if i == 0 {
			if !start {
				return false
			}
			continue
		}
		if !start && !unicode.In(r, unicode.Nd, unicode.Mn, unicode.Mc, unicode.Pc) {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------
// Case mapping.

func strMapper(name string, fn func(string) string) NativeFunc {
	qual := "str." + name
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkNoArgs(qual, args[1:], kw); err != nil {
			return nil, err
		}
		return Str(fn(recvStr(args))), nil
	}
}

// specialUpper holds the full uppercase mappings that Go's simple case
// tables lack (the common ones).
var specialUpper = map[rune]string{'ß': "SS", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST", 'ŉ': "ʼN"}

func pyUpper(s string) string {
	if isASCII(s) {
		return asciiFlipCase(s, 'a', 'z')
	}
	var b strings.Builder
	for _, r := range s {
		if u, ok := specialUpper[r]; ok {
			b.WriteString(u)
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// asciiFlipCase returns the ASCII string s with the letters lo..hi (a-z
// or A-Z) turned to the other case, eight bytes at a time: a byte b is in
// lo..hi when b+(0x80-lo) has its top bit set and b+(0x7f-hi) has not (an
// ASCII byte plus either constant stays below 0x100, so no byte carries
// into the next); the case bit is 0x20, the top bit shifted right by two.
func asciiFlipCase(s string, lo, hi byte) string {
	if s == "" {
		return ""
	}
	buf := make([]byte, len(s))
	copy(buf, s)
	const ones = 0x0101010101010101
	addLo, addHi := uint64(0x80-lo)*ones, uint64(0x7f-hi)*ones
	i := 0
	for ; i+8 <= len(buf); i += 8 {
		w := byteorder.LittleEndian.Uint64(buf[i:])
		m := (w + addLo) &^ (w + addHi) & (0x80 * ones)
		byteorder.LittleEndian.PutUint64(buf[i:], w^m>>2)
	}
	for ; i < len(buf); i++ {
		if c := buf[i]; c >= lo && c <= hi {
			buf[i] = c ^ 0x20
		}
	}
	// buf is not written again: the string may share it
	return unsafe.String(&buf[0], len(buf))
}

func pyLower(s string) string {
	if isASCII(s) {
		return asciiFlipCase(s, 'A', 'Z')
	}
	var b strings.Builder
	for _, r := range s {
		if r == 'İ' {
			b.WriteString("i\u0307")
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func pyCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'ß':
			b.WriteString("ss")
		case 'İ':
			b.WriteString("i\u0307")
		case 'ς':
			b.WriteRune('σ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func titleRune(b *strings.Builder, r rune) {
	if u, ok := specialUpper[r]; ok {
		// title case of ß is "Ss", of ﬁ "Fi"
		b.WriteString(u[:1] + strings.ToLower(u[1:]))
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

func pyTitle(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prev := false
	for _, r := range s {
		if prev {
			b.WriteRune(unicode.ToLower(r))
		} else {
			titleRune(&b, r)
		}
		prev = isCased(r)
	}
	return b.String()
}

func pyCapitalize(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	r, n := utf8.DecodeRuneInString(s)
	titleRune(&b, r)
	b.WriteString(pyLower(s[n:]))
	return b.String()
}

func pySwapcase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLower(r):
			if u, ok := specialUpper[r]; ok {
				b.WriteString(u)
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ---------------------------------------------------------------------
// format, join.

func strFormat(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	s, err := StrFormat(f, recvStr(args), args[1:], kw)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func strFormatMap(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("str.format_map", args[1:], kw); err != nil {
		return nil, err
	}
	d, ok := args[1].(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "format_map() argument must be a mapping, not %s", TypeName(args[1]))
	}
	var kvs []KV
	d.Items(func(k, v Value) bool {
		if s, ok := k.(Str); ok {
			kvs = append(kvs, KV{Name: string(s), Value: v})
		}
		return true
	})
	s, err := StrFormat(f, recvStr(args), nil, kvs)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func strJoin(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("str.join", args[1:], kw); err != nil {
		return nil, err
	}
	r, err := StrJoin(f, Str(recvStr(args)), args[1])
	if err != nil {
		return nil, err
	}
	return r, nil
}

// StrJoin is sep.join(iterable).
func StrJoin(f *Fiber, sep Str, iterable Value) (Str, *Exception) {
	var items []Value
	switch x := iterable.(type) {
	case *List:
		items = x.Items
	case Tuple:
		items = x
	default:
		if !isIterable(iterable) {
			return "", Errorf(TypeError, "can only join an iterable")
		}
		var err *Exception
		if items, err = ToList(f, iterable); err != nil {
			return "", err
		}
	}
	switch len(items) {
	case 0:
		return "", nil
	case 1:
		if s, ok := items[0].(Str); ok {
			return s, nil
		}
	}
	n := len(sep) * (len(items) - 1)
	for i, it := range items {
		s, ok := it.(Str)
		if !ok {
			if s, ok = nativeOf(it).(Str); ok {
				// an instance of a str subclass joins as its string
				items = append([]Value(nil), items...)
				items[i] = s
			}
		}
		if !ok {
			return "", Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(it))
		}
		n += len(s)
	}
	if err := f.CheckAlloc(int64(n)); err != nil {
		return "", err
	}
	if n == 0 {
		return "", nil
	}
	// the bytes are copied into one buffer of the exact size, which
	// becomes the result (nothing else refers to it); a one-byte
	// separator, the usual " " or "\n", is stored without a copy call
	buf := make([]byte, n)
	off := copy(buf, string(items[0].(Str)))
	if len(sep) == 1 {
		c := sep[0]
		for _, it := range items[1:] {
			buf[off] = c
			off += 1 + copy(buf[off+1:], string(it.(Str)))
		}
	} else {
		for _, it := range items[1:] {
			off += copy(buf[off:], string(sep))
			off += copy(buf[off:], string(it.(Str)))
		}
	}
	return Str(unsafe.String(unsafe.SliceData(buf), n)), nil
}

// ---------------------------------------------------------------------
// split, rsplit, splitlines, partition.

func splitArgs(f *Fiber, name string, args []Value, kw []KV) (sep Value, maxsplit int, err *Exception) {
	sep, maxsplit = None, -1
	if len(args) > 2 {
		return nil, 0, Errorf(TypeError, "%s() takes at most 2 arguments (%d given)", name, len(args))
	}
	var ms Value
	if len(args) > 0 {
		sep = args[0]
	}
	if len(args) > 1 {
		ms = args[1]
	}
	for _, p := range kw {
		switch {
		case p.Name == "sep" && len(args) < 1:
			sep = p.Value
		case p.Name == "maxsplit" && len(args) < 2:
			ms = p.Value
		case p.Name == "sep" || p.Name == "maxsplit":
			pos := 1
			if p.Name == "maxsplit" {
				pos = 2
			}
			return nil, 0, Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", name, p.Name, pos)
		default:
			return nil, 0, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", p.Name, name)
		}
	}
	if ms != nil {
		if maxsplit, err = intArg(f, ms); err != nil {
			return nil, 0, err
		}
	}
	if sep != None {
		if _, ok := sep.(Str); !ok {
			return nil, 0, Errorf(TypeError, "must be str or None, not %s", TypeName(sep))
		}
		if sep.(Str) == "" {
			return nil, 0, Errorf(ValueError, "empty separator")
		}
	}
	return sep, maxsplit, nil
}

// strsToList makes a list of parts, which it owns from then on (the
// items point at parts' headers, see str_box.go).
func strsToList(parts []string) *List {
	return &List{Items: boxStrs(parts)}
}

func strSplitMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	sep, maxsplit, err := splitArgs(f, "split", args[1:], kw)
	if err != nil {
		return nil, err
	}
	s := recvStr(args)
	if sep == None {
		return strsToList(splitWhitespace(s, maxsplit)), nil
	}
	if maxsplit < 0 {
		return strsToList(splitSep(s, string(sep.(Str)))), nil
	}
	return strsToList(strings.SplitN(s, string(sep.(Str)), maxsplit+1)), nil
}

// splitSep is strings.Split(s, sep) for a non-empty sep. A one-byte
// separator is counted first (bytealg's Count is vectorised), so that the
// result is allocated once; counting a longer one would search s twice,
// so the parts are gathered in one pass instead (on the stack while they
// are few), then copied into a result of the exact size.
func splitSep(s, sep string) []string {
	if len(sep) == 1 {
		return strings.Split(s, sep)
	}
	var buf [32]string
	parts := buf[:0]
	for {
		i := strings.Index(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[:i])
		s = s[i+len(sep):]
	}
	parts = append(parts, s)
	out := make([]string, len(parts))
	copy(out, parts)
	return out
}

func strRSplitMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	sep, maxsplit, err := splitArgs(f, "rsplit", args[1:], kw)
	if err != nil {
		return nil, err
	}
	s := recvStr(args)
	if sep == None {
		return strsToList(rsplitWhitespace(s, maxsplit)), nil
	}
	if maxsplit < 0 {
		return strsToList(strings.Split(s, string(sep.(Str)))), nil
	}
	return strsToList(rsplitSep(s, string(sep.(Str)), maxsplit)), nil
}

// StrSplit is s.split(sep, maxsplit); sep "" means whitespace splitting.
func StrSplit(s, sep string, maxsplit int) []string {
	if sep == "" {
		return splitWhitespace(s, maxsplit)
	}
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

// splitWhitespace is s.split(None, maxsplit). It counts the fields first
// so that the result is allocated once.
func splitWhitespace(s string, maxsplit int) []string {
	if maxsplit < 0 {
		if out, ok := splitASCIIWhitespace(s); ok {
			return out
		}
	}
	n := 0
	for i := skipSpace(s, 0); i < len(s); i = skipSpace(s, i) {
		n++
		if n == maxsplit+1 && maxsplit >= 0 {
			break
		}
		i = skipNonSpace(s, i)
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	i := skipSpace(s, 0)
	for i < len(s) {
		if len(out) == maxsplit && maxsplit >= 0 {
			return append(out, s[i:])
		}
		j := skipNonSpace(s, i)
		out = append(out, s[i:j])
		i = skipSpace(s, j)
	}
	return out
}

// splitASCIIWhitespace is s.split() for an ASCII s in one pass: the
// fields are gathered in an array on the stack (the heap past 32 of them)
// and copied once into a result of the exact size. ok is false, and
// nothing is returned, when s has a non-ASCII byte (unicode whitespace
// is then looked for by splitWhitespace's general loops).
func splitASCIIWhitespace(s string) (out []string, ok bool) {
	var buf [32]string
	fields := buf[:0]
	i := 0
	for {
		for i < len(s) && s[i] <= ' ' && isSplitSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) {
			c := s[j]
			if c >= utf8.RuneSelf {
				return nil, false
			}
			if c <= ' ' && isSplitSpace(c) {
				break
			}
			j++
		}
		fields = append(fields, s[i:j])
		i = j
	}
	if len(fields) == 0 {
		return nil, true
	}
	out = make([]string, len(fields))
	copy(out, fields)
	return out, true
}

// asciiSpaceMask has bit c set for each ASCII byte c that isSpaceRune
// accepts: \t \n \v \f \r, the separators \x1c-\x1f and the space.
const asciiSpaceMask = 1<<'\t' | 1<<'\n' | 1<<'\v' | 1<<'\f' | 1<<'\r' |
	1<<0x1c | 1<<0x1d | 1<<0x1e | 1<<0x1f | 1<<' '

// isSplitSpace is isSpaceRune for an ASCII byte.
func isSplitSpace(c byte) bool {
	return c <= ' ' && asciiSpaceMask&(uint64(1)<<c) != 0
}

// skipSpace returns the index of the first non-whitespace code point of s
// at or after i (len(s) if none).
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isSplitSpace(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) {
			return i
		}
		i += n
	}
	return i
}

// trimRightSpace is s without its trailing whitespace.
func trimRightSpace(s string) string {
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if !isSplitSpace(c) {
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !isSpaceRune(r) {
			return s
		}
		s = s[:len(s)-n]
	}
	return s
}

// skipNonSpace returns the index of the first whitespace code point of s
// at or after i (len(s) if none).
func skipNonSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if isSplitSpace(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpaceRune(r) {
			return i
		}
		i += n
	}
	return i
}

func rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isSpaceRune(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isSpaceRune(r) {
				break
			}
			i -= n
		}
		out = append(out, s[i:j])
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func rsplitSep(s, sep string, maxsplit int) []string {
	var out []string
	j := len(s)
	for maxsplit != 0 {
		i := strings.LastIndex(s[:j], sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):j])
		j = i
		maxsplit--
	}
	out = append(out, s[:j])
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strSplitLines(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	keep := false
	var kv Value
	if len(args) > 2 {
		return nil, Errorf(TypeError, "splitlines() takes at most 1 argument (%d given)", len(args)-1)
	}
	if len(args) == 2 {
		kv = args[1]
	}
	for _, p := range kw {
		if p.Name != "keepends" || kv != nil {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for splitlines()", p.Name)
		}
		kv = p.Value
	}
	if kv != nil {
		if _, isFloat := kv.(Float); isFloat {
			return nil, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
		}
		t, err := Truth(f, kv)
		if err != nil {
			return nil, err
		}
		keep = t
	}
	return strsToList(SplitLines(recvStr(args), keep)), nil
}

// SplitLines is s.splitlines(keepends).
func SplitLines(s string, keepends bool) []string {
	var out []string
	i, start := 0, 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		eol := 0
		switch r {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				eol = 2
			} else {
				eol = 1
			}
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			eol = n
		}
		if eol == 0 {
			i += n
			continue
		}
		if keepends {
			out = append(out, s[start:i+eol])
		} else {
			out = append(out, s[start:i])
		}
		i += eol
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func strPartitioner(name string, right bool) NativeFunc {
	qual := "str." + name
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkExact1(qual, args[1:], kw); err != nil {
			return nil, err
		}
		sep, err := strArg(args[1])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, Errorf(ValueError, "empty separator")
		}
		s := recvStr(args)
		if right {
			i := strings.LastIndex(s, sep)
			if i < 0 {
				return Tuple{Str(""), Str(""), args[0]}, nil
			}
			return Tuple{Str(s[:i]), args[1], Str(s[i+len(sep):])}, nil
		}
		i := strings.Index(s, sep)
		if i < 0 {
			return Tuple{args[0], Str(""), Str("")}, nil
		}
		return Tuple{Str(s[:i]), args[1], Str(s[i+len(sep):])}, nil
	}
}

// ---------------------------------------------------------------------
// strip, replace, affixes.

// stripSpace is s.strip(), s.lstrip() or s.rstrip() without an argument
// (left, right say which ends) for recv, whose string s is: recv itself
// when nothing is stripped, as CPython returns the receiver then.
func stripSpace(recv Value, s string, left, right bool) Value {
	t := s
	if left {
		t = t[skipSpace(t, 0):]
	}
	if right {
		t = trimRightSpace(t)
	}
	if len(t) == len(s) {
		return recv
	}
	return Str(t)
}

func strStripper(name string, left, right bool) NativeFunc {
	qual := "str." + name
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkRange(qual, name, args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		s := recvStr(args)
		if len(args) == 1 || args[1] == None {
			return stripSpace(args[0], s, left, right), nil
		}
		chars, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "%s arg must be None or str", name)
		}
		if left {
			s = strings.TrimLeft(s, string(chars))
		}
		if right {
			s = strings.TrimRight(s, string(chars))
		}
		return Str(s), nil
	}
}

func strReplace(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("str.replace", "replace", args[1:], kw, 2, 3); err != nil {
		return nil, err
	}
	old, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "replace() argument 1 must be str, not %s", TypeName(args[1]))
	}
	nw, ok := args[2].(Str)
	if !ok {
		return nil, Errorf(TypeError, "replace() argument 2 must be str, not %s", TypeName(args[2]))
	}
	n := -1
	if len(args) > 3 {
		var err *Exception
		if n, err = intArg(f, args[3]); err != nil {
			return nil, err
		}
	}
	if n < 0 && len(old) > 0 && len(nw) <= len(old) {
		return Str(replaceShrinking(recvStr(args), string(old), string(nw))), nil
	}
	return Str(strings.Replace(recvStr(args), string(old), string(nw), n)), nil
}

// replaceShrinking is strings.Replace(s, old, nw, -1) for a non-empty
// old no shorter than nw, in one pass: the result cannot be longer than
// s, so it needs no count of the matches first (which would search s
// twice) to be allocated once.
func replaceShrinking(s, old, nw string) string {
	i := strings.Index(s, old)
	if i < 0 {
		return s
	}
	buf := make([]byte, 0, len(s))
	for i >= 0 {
		buf = append(buf, s[:i]...)
		buf = append(buf, nw...)
		s = s[i+len(old):]
		i = strings.Index(s, old)
	}
	buf = append(buf, s...)
	return unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is never written again
}

// cpRange resolves optional start/end arguments (code points) to byte
// offsets into s; ok is false when start is past the end (nothing can
// match, not even the empty string). The returned cpStart is the
// code-point index of the start.
func cpRange(f *Fiber, s string, args []Value) (lo, hi, cpStart int, ok bool, err *Exception) {
	ascii := len(s) < strCacheMin && isASCII(s) || len(s) >= strCacheMin && infoOf(s).ascii
	n := len(s)
	if !ascii {
		n = strLen(Str(s))
	}
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		if start, err = sliceIndexValue(f, args[0]); err != nil {
			return
		}
	}
	if len(args) > 1 && args[1] != None {
		if end, err = sliceIndexValue(f, args[1]); err != nil {
			return
		}
	}
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if start > n || start > end {
		return 0, 0, start, false, nil
	}
	if ascii {
		return start, end, start, true, nil
	}
	return runeOffset(s, start), runeOffset(s, end), start, true, nil
}

func strAffix(name string, suffix bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := minArgs(name, args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		s := recvStr(args)
		lo, hi, _, ok, err := cpRange(f, s, args[2:])
		if err != nil {
			return nil, err
		}
		var cands []Value
		switch x := args[1].(type) {
		case Str:
			cands = []Value{x}
		case Tuple:
			for _, c := range x {
				if _, ok := c.(Str); !ok {
					return nil, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeName(c))
				}
			}
			cands = x
		default:
			return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[1]))
		}
		if !ok {
			return False, nil
		}
		win := s[lo:hi]
		for _, c := range cands {
			p := string(c.(Str))
			if suffix && strings.HasSuffix(win, p) || !suffix && strings.HasPrefix(win, p) {
				return True, nil
			}
		}
		return False, nil
	}
}

func strRemover(name string, prefix bool) NativeFunc {
	qual := "str." + name
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkExact1(qual, args[1:], kw); err != nil {
			return nil, err
		}
		a, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "%s() argument must be str, not %s", name, TypeName(args[1]))
		}
		s := recvStr(args)
		if prefix {
			return Str(strings.TrimPrefix(s, string(a))), nil
		}
		return Str(strings.TrimSuffix(s, string(a))), nil
	}
}

// ---------------------------------------------------------------------
// find, index, count.

func strFinder(name string, right, raise bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := minArgs(name, args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		sub, err := strArg(args[1])
		if err != nil {
			return nil, err
		}
		s := recvStr(args)
		lo, hi, cpStart, ok, err := cpRange(f, s, args[2:])
		if err != nil {
			return nil, err
		}
		pos := -1
		if ok {
			win := s[lo:hi]
			var i int
			if right {
				i = strings.LastIndex(win, sub)
			} else {
				i = strings.Index(win, sub)
			}
			if i >= 0 {
				pos = cpStart + utf8.RuneCountInString(win[:i])
			}
		}
		if pos < 0 && raise {
			return nil, Errorf(ValueError, "substring not found")
		}
		return Int(pos), nil
	}
}

func strCount(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := minArgs("count", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	sub, err := strArg(args[1])
	if err != nil {
		return nil, err
	}
	s := recvStr(args)
	lo, hi, _, ok, err := cpRange(f, s, args[2:])
	if err != nil {
		return nil, err
	}
	if !ok {
		return Int(0), nil
	}
	return Int(strings.Count(s[lo:hi], sub)), nil
}

// ---------------------------------------------------------------------
// Padding.

func fillArg(v Value) (string, *Exception) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeError, "The fill character must be a unicode character, not %s", TypeName(v))
	}
	if utf8.RuneCountInString(string(s)) != 1 {
		return "", Errorf(TypeError, "The fill character must be exactly one character long")
	}
	return string(s), nil
}

func strJustifier(name string, how byte) NativeFunc {
	qual := "str." + name
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkRange(qual, name, args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		width, err := intArg(f, args[1])
		if err != nil {
			return nil, err
		}
		fill := " "
		if len(args) > 2 {
			if fill, err = fillArg(args[2]); err != nil {
				return nil, err
			}
		}
		s := recvStr(args)
		n := strLen(Str(s))
		if width <= n {
			return args[0], nil
		}
		marg := width - n
		if err := f.checkRepeat(int64(marg), int64(len(fill))); err != nil {
			return nil, err
		}
		var left int
		switch how {
		case 'l':
			left = 0
		case 'r':
			left = marg
		default:
			left = marg/2 + (marg & width & 1)
		}
		return Str(strings.Repeat(fill, left) + s + strings.Repeat(fill, marg-left)), nil
	}
}

func strZfill(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("str.zfill", args[1:], kw); err != nil {
		return nil, err
	}
	width, err := intArg(f, args[1])
	if err != nil {
		return nil, err
	}
	s := recvStr(args)
	n := strLen(Str(s))
	if width <= n {
		return args[0], nil
	}
	if err := f.CheckAlloc(int64(width - n)); err != nil {
		return nil, err
	}
	pad := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return Str(s[:1] + pad + s[1:]), nil
	}
	return Str(pad + s), nil
}

func strExpandTabs(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	tabsize := 8
	var tv Value
	if len(args) > 2 {
		return nil, Errorf(TypeError, "expandtabs() takes at most 1 argument (%d given)", len(args)-1)
	}
	if len(args) == 2 {
		tv = args[1]
	}
	for _, p := range kw {
		if p.Name != "tabsize" || tv != nil {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for expandtabs()", p.Name)
		}
		tv = p.Value
	}
	if tv != nil {
		var err *Exception
		if tabsize, err = intArg(f, tv); err != nil {
			return nil, err
		}
	}
	s := recvStr(args)
	if !strings.ContainsRune(s, '\t') {
		return args[0], nil
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", k))
				col += k
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return Str(b.String()), nil
}

// ---------------------------------------------------------------------
// translate / maketrans.

func strTranslate(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("str.translate", args[1:], kw); err != nil {
		return nil, err
	}
	table := args[1]
	var b strings.Builder
	for _, r := range recvStr(args) {
		v, err := GetItem(f, table, Int(r))
		if err != nil {
			if err.Matches(LookupError) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case NoneType:
		case Str:
			b.WriteString(string(x))
		case Int:
			if x < 0 || x > 0x10FFFF {
				return nil, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(x))
		default:
			return nil, Errorf(TypeError, "character mapping must return integer, None or str")
		}
	}
	return Str(b.String()), nil
}

func strMakeTrans(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("str.maketrans", "maketrans", args, kw, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		var err *Exception
		src.Items(func(k, v Value) bool {
			switch x := k.(type) {
			case Str:
				if utf8.RuneCountInString(string(x)) != 1 {
					err = Errorf(ValueError, "string keys in translate table must be of length 1")
					return false
				}
				r, _ := utf8.DecodeRuneInString(string(x))
				err = d.Set(f, Int(r), v)
			case Int:
				err = d.Set(f, x, v)
			default:
				err = Errorf(TypeError, "keys in translate table must be strings or integers")
			}
			return err == nil
		})
		return d, err
	}
	x, ok1 := args[0].(Str)
	y, ok2 := args[1].(Str)
	if !ok1 || !ok2 {
		return nil, Errorf(TypeError, "maketrans() argument must be str")
	}
	xs, ys := []rune(string(x)), []rune(string(y))
	if len(xs) != len(ys) {
		return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xs {
		if err := d.Set(f, Int(xs[i]), Int(ys[i])); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		z, ok := args[2].(Str)
		if !ok {
			return nil, Errorf(TypeError, "maketrans() argument 3 must be str, not %s", TypeName(args[2]))
		}
		for _, r := range string(z) {
			if err := d.Set(f, Int(r), None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}
