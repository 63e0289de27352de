package interp

// This file defines the methods bytes and bytearray share (CPython's
// Objects/bytes_methods.c and the stringlib templates): searching, split,
// join, strip, replace, case mapping and predicates over ASCII, padding,
// hex/fromhex, translate/maketrans. Each returns a result of the
// receiver's type (bytes for bytes, bytearray for bytearray).

import (
	"strings"
)

// setupBytesMethods installs the shared methods on both classes.
func setupBytesMethods() {
	StrClass.AddMethods(map[string]NativeFunc{"encode": strEncode})
	shared := map[string]NativeFunc{
		"decode":       bytesDecode,
		"hex":          bytesHex,
		"count":        bytesCount,
		"find":         bytesFinder("find", false, false),
		"rfind":        bytesFinder("rfind", true, false),
		"index":        bytesFinder("index", false, true),
		"rindex":       bytesFinder("rindex", true, true),
		"startswith":   bytesAffix("startswith", false),
		"endswith":     bytesAffix("endswith", true),
		"join":         bytesJoin,
		"split":        bytesSplit("split", false),
		"rsplit":       bytesSplit("rsplit", true),
		"strip":        bytesStripper("strip", true, true),
		"lstrip":       bytesStripper("lstrip", true, false),
		"rstrip":       bytesStripper("rstrip", false, true),
		"replace":      bytesReplace,
		"upper":        bytesMapper("upper", asciiUpper),
		"lower":        bytesMapper("lower", asciiLower),
		"swapcase":     bytesMapper("swapcase", asciiSwapcase),
		"capitalize":   bytesMapper("capitalize", asciiCapitalize),
		"title":        bytesMapper("title", asciiTitle),
		"isalpha":      bytesPredicate("isalpha", isAlphaByte),
		"isdigit":      bytesPredicate("isdigit", isDigitByte),
		"isalnum":      bytesPredicate("isalnum", func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }),
		"isspace":      bytesPredicate("isspace", isSpaceByte),
		"isascii":      bytesIsASCII,
		"isupper":      bytesCased("isupper", true),
		"islower":      bytesCased("islower", false),
		"istitle":      bytesIsTitle,
		"partition":    bytesPartition("partition", false),
		"rpartition":   bytesPartition("rpartition", true),
		"center":       bytesJustifier("center", 'c'),
		"ljust":        bytesJustifier("ljust", 'l'),
		"rjust":        bytesJustifier("rjust", 'r'),
		"zfill":        bytesZfill,
		"splitlines":   bytesSplitLines,
		"expandtabs":   bytesExpandTabs,
		"removeprefix": bytesRemoveAffix("removeprefix", false),
		"removesuffix": bytesRemoveAffix("removesuffix", true),
		"translate":    bytesTranslate,
	}
	BytesClass.AddMethods(shared)
	ByteArrayClass.AddMethods(shared)
	for _, c := range []*Class{BytesClass, ByteArrayClass} {
		c.Dict["fromhex"] = &ClassMethod{Func: &Builtin{Name: "fromhex", Fn: bytesFromHex, Of: c}}
		c.Dict["maketrans"] = &StaticMethod{Func: NewBuiltin("maketrans", bytesMakeTrans)}
	}
}

// like makes a result of recv's type holding s.
func like(recv Value, s string) Value {
	if _, ok := recv.(*ByteArray); ok {
		return &ByteArray{B: []byte(s)}
	}
	return Bytes(s)
}

// recvBytes is the content of a method's receiver.
func recvBytes(v Value) string {
	s, _ := bytesOf(v)
	return s
}

func typeQual(v Value) string { return v.Type().Name }

// subArg converts the needle of find/count/index: a bytes-like object or
// an int in range(256).
func subArg(f *Fiber, v Value) (string, *Exception) {
	if s, ok := bytesOf(v); ok {
		return s, nil
	}
	if _, big := v.(*BigInt); big {
		return "", Errorf(ValueError, "byte must be in range(0, 256)")
	}
	n, ok, err := indexValue(f, v)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(v))
	}
	if n < 0 || n > 255 {
		return "", Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return string([]byte{byte(n)}), nil
}

// boundsOf resolves the optional start/end of a search, as slice indices
// (None allowed), without clamping start beyond len.
func boundsOf(f *Fiber, args []Value, n int) (int, int, *Exception) {
	start, end := 0, n
	conv := func(v Value, def int) (int, *Exception) {
		if v == None {
			return def, nil
		}
		i, err := sliceIndexValue(f, v)
		if err != nil {
			return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		return i, nil
	}
	var err *Exception
	if len(args) > 0 {
		if start, err = conv(args[0], 0); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 {
		if end, err = conv(args[1], n); err != nil {
			return 0, 0, err
		}
	}
	if end > n {
		end = n
	}
	return start, end, nil
}

func bytesFinder(name string, rev, raise bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkRange(typeQual(args[0])+"."+name, name, args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		sub, err := subArg(f, args[1])
		if err != nil {
			return nil, err
		}
		start, end, err := boundsOf(f, args[2:], len(s))
		if err != nil {
			return nil, err
		}
		i := -1
		if start <= end && end-start >= len(sub) {
			if rev {
				i = strings.LastIndex(s[start:end], sub)
			} else {
				i = strings.Index(s[start:end], sub)
			}
			if i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			return nil, Errorf(ValueError, "subsection not found")
		}
		return Int(i), nil
	}
}

func bytesCount(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange(typeQual(args[0])+".count", "count", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	sub, err := subArg(f, args[1])
	if err != nil {
		return nil, err
	}
	start, end, err := boundsOf(f, args[2:], len(s))
	if err != nil {
		return nil, err
	}
	if start > end {
		return Int(0), nil
	}
	return Int(strings.Count(s[start:end], sub)), nil
}

func bytesAffix(name string, suffix bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkRange(typeQual(args[0])+"."+name, name, args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		start, end, err := boundsOf(f, args[2:], len(s))
		if err != nil {
			return nil, err
		}
		test := func(a string) bool {
			if start > len(s) || start > end {
				return false
			}
			w := s[start:end]
			if suffix {
				return strings.HasSuffix(w, a)
			}
			return strings.HasPrefix(w, a)
		}
		if t, ok := args[1].(Tuple); ok {
			for _, x := range t {
				a, err := bytesLike(x)
				if err != nil {
					return nil, err
				}
				if test(a) {
					return True, nil
				}
			}
			return False, nil
		}
		a, ok := bytesOf(args[1])
		if !ok {
			return nil, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(args[1]))
		}
		return Bool(test(a)), nil
	}
}

func bytesJoin(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1(typeQual(args[0])+".join", args[1:], kw); err != nil {
		return nil, err
	}
	sep := recvBytes(args[0])
	if !isIterable(args[1]) {
		return nil, Errorf(TypeError, "can only join an iterable")
	}
	items, err := ToList(f, args[1])
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for i, it := range items {
		s, ok := bytesOf(it)
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
		}
		if i > 0 {
			b.WriteString(sep)
		}
		if b.Len()+len(s) >= largeAlloc {
			if err := f.CheckAlloc(int64(b.Len() + len(s))); err != nil {
				return nil, err
			}
		}
		b.WriteString(s)
	}
	return like(args[0], b.String()), nil
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
func isAlphaByte(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

// splitWhite is split()/rsplit() with no separator over ASCII whitespace.
func splitWhite(s string, maxsplit int, rev bool) []string {
	var out []string
	if !rev {
		i := 0
		for {
			for i < len(s) && isSpaceByte(s[i]) {
				i++
			}
			if i == len(s) {
				return out
			}
			if maxsplit == 0 {
				return append(out, s[i:])
			}
			j := i
			for j < len(s) && !isSpaceByte(s[j]) {
				j++
			}
			out = append(out, s[i:j])
			maxsplit--
			i = j
		}
	}
	j := len(s)
	for {
		for j > 0 && isSpaceByte(s[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 && !isSpaceByte(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		maxsplit--
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func bytesSplit(name string, rev bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		var sepV Value = None
		maxsplit := -1
		if err := UnpackArgs(name, args[1:], kw, "sep?", &sepV, "maxsplit?", &maxsplit); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		var parts []string
		if sepV == None {
			parts = splitWhite(s, maxsplit, rev)
		} else {
			sep, err := bytesLike(sepV)
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueError, "empty separator")
			}
			if !rev {
				parts = strings.SplitN(s, sep, maxsplit+1)
				if maxsplit < 0 {
					parts = strings.Split(s, sep)
				}
			} else {
				j := len(s)
				for maxsplit != 0 {
					i := strings.LastIndex(s[:j], sep)
					if i < 0 {
						break
					}
					parts = append(parts, s[i+len(sep):j])
					j = i
					maxsplit--
				}
				parts = append(parts, s[:j])
				for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
					parts[a], parts[b] = parts[b], parts[a]
				}
			}
		}
		items := make([]Value, len(parts))
		for i, p := range parts {
			items[i] = like(args[0], p)
		}
		return &List{Items: items}, nil
	}
}

func bytesStripper(name string, left, right bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkRange(typeQual(args[0])+"."+name, name, args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		strip := isSpaceByte
		if len(args) > 1 && args[1] != None {
			chars, err := bytesLike(args[1])
			if err != nil {
				return nil, err
			}
			strip = func(c byte) bool { return strings.IndexByte(chars, c) >= 0 }
		}
		i, j := 0, len(s)
		if left {
			for i < j && strip(s[i]) {
				i++
			}
		}
		if right {
			for j > i && strip(s[j-1]) {
				j--
			}
		}
		if b, ok := args[0].(Bytes); ok && i == 0 && j == len(s) {
			return b, nil
		}
		return like(args[0], s[i:j]), nil
	}
}

func bytesReplace(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange(typeQual(args[0])+".replace", "replace", args[1:], kw, 2, 3); err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	old, err := bytesLike(args[1])
	if err != nil {
		return nil, err
	}
	nw, err := bytesLike(args[2])
	if err != nil {
		return nil, err
	}
	count := -1
	if len(args) > 3 {
		if count, err = intArg(f, args[3]); err != nil {
			return nil, err
		}
	}
	if len(nw) > len(old) {
		n := strings.Count(s, old)
		if count >= 0 && count < n {
			n = count
		}
		if err := f.CheckAlloc(int64(len(s)) + int64(n)*int64(len(nw)-len(old))); err != nil {
			return nil, err
		}
	}
	return like(args[0], strings.Replace(s, old, nw, count)), nil
}

func asciiUpper(s []byte) {
	for i, c := range s {
		if isLowerByte(c) {
			s[i] = c - 32
		}
	}
}

func asciiLower(s []byte) {
	for i, c := range s {
		if isUpperByte(c) {
			s[i] = c + 32
		}
	}
}

func asciiSwapcase(s []byte) {
	for i, c := range s {
		if isUpperByte(c) {
			s[i] = c + 32
		} else if isLowerByte(c) {
			s[i] = c - 32
		}
	}
}

func asciiCapitalize(s []byte) {
	asciiLower(s)
	if len(s) > 0 && isLowerByte(s[0]) {
		s[0] -= 32
	}
}

func asciiTitle(s []byte) {
	prevCased := false
	for i, c := range s {
		switch {
		case isLowerByte(c):
			if !prevCased {
				s[i] = c - 32
			}
			prevCased = true
		case isUpperByte(c):
			if prevCased {
				s[i] = c + 32
			}
			prevCased = true
		default:
			prevCased = false
		}
	}
}

func bytesMapper(name string, fn func([]byte)) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkNoArgs(typeQual(args[0])+"."+name, args[1:], kw); err != nil {
			return nil, err
		}
		b := []byte(recvBytes(args[0]))
		fn(b)
		if _, ok := args[0].(*ByteArray); ok {
			return &ByteArray{B: b}, nil
		}
		return Bytes(b), nil
	}
}

func bytesPredicate(name string, fn func(byte) bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkNoArgs(typeQual(args[0])+"."+name, args[1:], kw); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		if s == "" {
			return False, nil
		}
		for i := 0; i < len(s); i++ {
			if !fn(s[i]) {
				return False, nil
			}
		}
		return True, nil
	}
}

func bytesIsASCII(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs(typeQual(args[0])+".isascii", args[1:], kw); err != nil {
		return nil, err
	}
	return Bool(isASCII(recvBytes(args[0]))), nil
}

// bytesCased is isupper/islower: some cased byte, none of the other case.
func bytesCased(name string, upper bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkNoArgs(typeQual(args[0])+"."+name, args[1:], kw); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		cased := false
		for i := 0; i < len(s); i++ {
			if isUpperByte(s[i]) {
				if !upper {
					return False, nil
				}
				cased = true
			} else if isLowerByte(s[i]) {
				if upper {
					return False, nil
				}
				cased = true
			}
		}
		return Bool(cased), nil
	}
}

func bytesIsTitle(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs(typeQual(args[0])+".istitle", args[1:], kw); err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	cased, prevCased := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isUpperByte(c):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case isLowerByte(c):
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

func bytesPartition(name string, rev bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkExact1(typeQual(args[0])+"."+name, args[1:], kw); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		sep, err := bytesLike(args[1])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, Errorf(ValueError, "empty separator")
		}
		r := args[0]
		var i int
		if rev {
			i = strings.LastIndex(s, sep)
			if i < 0 {
				return Tuple{like(r, ""), like(r, ""), like(r, s)}, nil
			}
		} else {
			i = strings.Index(s, sep)
			if i < 0 {
				return Tuple{like(r, s), like(r, ""), like(r, "")}, nil
			}
		}
		return Tuple{like(r, s[:i]), like(r, sep), like(r, s[i+len(sep):])}, nil
	}
}

func bytesJustifier(name string, how byte) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkRange(typeQual(args[0])+"."+name, name, args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		width, err := intArg(f, args[1])
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if len(args) > 2 {
			fs, ok := bytesOf(args[2])
			if !ok || len(fs) != 1 {
				return nil, Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[2]))
			}
			fill = fs[0]
		}
		if width <= len(s) {
			if b, ok := args[0].(Bytes); ok {
				return b, nil
			}
			return like(args[0], s), nil
		}
		if err := f.CheckAlloc(int64(width)); err != nil {
			return nil, err
		}
		pad := width - len(s)
		var left int
		switch how {
		case 'l':
			left = 0
		case 'r':
			left = pad
		default:
			// CPython's pad(): the odd byte goes left when both are odd
			left = pad/2 + (pad & width & 1)
		}
		fills := string([]byte{fill})
		return like(args[0], strings.Repeat(fills, left)+s+strings.Repeat(fills, pad-left)), nil
	}
}

func bytesZfill(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1(typeQual(args[0])+".zfill", args[1:], kw); err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	width, err := intArg(f, args[1])
	if err != nil {
		return nil, err
	}
	if width <= len(s) {
		return like(args[0], s), nil
	}
	if err := f.CheckAlloc(int64(width)); err != nil {
		return nil, err
	}
	pad := strings.Repeat("0", width-len(s))
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		return like(args[0], s[:1]+pad+s[1:]), nil
	}
	return like(args[0], pad+s), nil
}

func bytesSplitLines(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var keepV Value = False
	if err := UnpackArgs("splitlines", args[1:], kw, "keepends?", &keepV); err != nil {
		return nil, err
	}
	keep, err := Truth(f, keepV)
	if err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	var items []Value
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		eol := j
		if j < len(s) {
			if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		items = append(items, like(args[0], s[i:eol]))
		i = j
	}
	return &List{Items: items}, nil
}

func bytesExpandTabs(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	tab := 8
	if err := UnpackArgs("expandtabs", args[1:], kw, "tabsize?", &tab); err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	var b []byte
	col := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if err := f.CheckAlloc(int64(len(b) + n)); err != nil {
					return nil, err
				}
				for k := 0; k < n; k++ {
					b = append(b, ' ')
				}
				col += n
			}
		case '\n', '\r':
			b = append(b, c)
			col = 0
		default:
			b = append(b, c)
			col++
		}
	}
	return like(args[0], string(b)), nil
}

func bytesRemoveAffix(name string, suffix bool) NativeFunc {
	return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if err := checkExact1(typeQual(args[0])+"."+name, args[1:], kw); err != nil {
			return nil, err
		}
		s := recvBytes(args[0])
		a, err := bytesLike(args[1])
		if err != nil {
			return nil, err
		}
		if suffix {
			if a != "" && strings.HasSuffix(s, a) {
				s = s[:len(s)-len(a)]
			}
		} else if a != "" && strings.HasPrefix(s, a) {
			s = s[len(a):]
		}
		return like(args[0], s), nil
	}
}

func bytesTranslate(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var table Value
	var del Value = Bytes("")
	if err := UnpackArgs("translate", args[1:], kw, "table", &table, "/", "delete?", &del); err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	var t string
	if table != None {
		var err *Exception
		if t, err = bytesLike(table); err != nil {
			return nil, err
		}
		if len(t) != 256 {
			return nil, Errorf(ValueError, "translation table must be 256 characters long")
		}
	}
	d, err := bytesLike(del)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(d, c) >= 0 {
			continue
		}
		if t != "" {
			c = t[c]
		}
		out = append(out, c)
	}
	return like(args[0], string(out)), nil
}

// bytesMakeTrans is the static method bytes.maketrans(frm, to).
func bytesMakeTrans(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("maketrans", "maketrans", args, kw, 2, 2); err != nil {
		return nil, err
	}
	frm, err := bytesLike(args[0])
	if err != nil {
		return nil, err
	}
	to, err := bytesLike(args[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, Errorf(ValueError, "maketrans arguments must have same length")
	}
	t := make([]byte, 256)
	for i := range t {
		t[i] = byte(i)
	}
	for i := 0; i < len(frm); i++ {
		t[frm[i]] = to[i]
	}
	return Bytes(t), nil
}

// bytesHex is bytes.hex(sep=, bytes_per_sep=1).
func bytesHex(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var sepV Value
	per := 1
	if err := UnpackArgs("hex", args[1:], kw, "sep?", &sepV, "bytes_per_sep?", &per); err != nil {
		return nil, err
	}
	s := recvBytes(args[0])
	const hexdigits = "0123456789abcdef"
	if err := f.CheckAlloc(int64(len(s)) * 3); err != nil {
		return nil, err
	}
	var sep string
	if sepV != nil {
		switch x := sepV.(type) {
		case Str:
			sep = string(x)
			if strLen(x) != 1 {
				return nil, Errorf(ValueError, "sep must be length 1.")
			}
			if !isASCII(sep) {
				return nil, Errorf(ValueError, "sep must be ASCII.")
			}
		default:
			b, ok := bytesOf(sepV)
			if !ok {
				if _, err := Len(f, sepV); err != nil {
					return nil, err
				}
				return nil, Errorf(TypeError, "sep must be str or bytes.")
			}
			if len(b) != 1 {
				return nil, Errorf(ValueError, "sep must be length 1.")
			}
			sep = b
		}
	}
	var b strings.Builder
	b.Grow(len(s) * 3)
	group := per
	if group < 0 {
		group = -group
	}
	for i := 0; i < len(s); i++ {
		if sep != "" && i > 0 && group > 0 {
			// bytes_per_sep > 0 counts groups from the right, < 0 from the left
			var boundary bool
			if per > 0 {
				boundary = (len(s)-i)%group == 0
			} else {
				boundary = i%group == 0
			}
			if boundary {
				b.WriteString(sep)
			}
		}
		b.WriteByte(hexdigits[s[i]>>4])
		b.WriteByte(hexdigits[s[i]&15])
	}
	return Str(b.String()), nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// bytesFromHex is the classmethod bytes.fromhex(string) (and
// bytearray.fromhex): pairs of hex digits, ASCII whitespace between pairs.
func bytesFromHex(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("fromhex", args[1:], kw); err != nil {
		return nil, err
	}
	cls := args[0].(*Class)
	sv, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(args[1]))
	}
	s := string(sv)
	var out []byte
	pos := 0 // in code points, for the message
	for i := 0; i < len(s); {
		c := s[i]
		if isSpaceByte(c) {
			i++
			pos++
			continue
		}
		hi := hexVal(c)
		if hi < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		if i+1 >= len(s) || hexVal(s[i+1]) < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos+1)
		}
		out = append(out, byte(hi<<4|hexVal(s[i+1])))
		i += 2
		pos += 2
	}
	if cls == ByteArrayClass {
		return &ByteArray{B: out}, nil
	}
	if cls == BytesClass {
		return Bytes(out), nil
	}
	return f.Call(cls, []Value{Bytes(out)}, nil)
}
