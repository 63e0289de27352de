package interp

// This file implements the format-spec mini-language (format(v, spec),
// f-string `{x:spec}`, str.format) for int, bool, float and str, objects
// with __format__, and str.format itself (StrFormat).

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// fmtSpec is a parsed format spec:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
type fmtSpec struct {
	fill     rune
	align    byte // 0 when absent
	sign     byte // 0, '+', '-', ' '
	z        bool
	alt      bool
	zero     bool // the '0' flag was given
	width    int  // -1 when absent
	grouping byte // 0, ',', '_'
	prec     int  // -1 when absent
	typ      byte // 0 when absent
	typRune  rune
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// parseFmtSpec parses spec for a value of v's type; defType is the type
// assumed when none is given ('d' for int, 's' for str, 0 for float) and
// defAlign the type's default alignment ('>' numbers, '<' str).
func parseFmtSpec(spec string, v Value, defType, defAlign byte) (*fmtSpec, *Exception) {
	s := &fmtSpec{fill: ' ', width: -1, prec: -1}
	rs := []rune(spec)
	i := 0
	fillGiven := false
	if len(rs) >= 2 && isAlign(rs[1]) {
		s.fill, s.align = rs[0], byte(rs[1])
		fillGiven = true
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		s.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		s.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		s.z = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		s.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' && !fillGiven {
		s.zero = true
		s.fill = '0'
		if s.align == 0 && defAlign == '>' {
			s.align = '='
		}
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		// CPython parses the width as a Py_ssize_t; a width that fits but
		// whose padding cannot be allocated is a MemoryError
		n, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return nil, Errorf(ValueError, "Too many decimal digits in format string")
		}
		if err := checkProcessAlloc(int64(n)); err != nil {
			return nil, err
		}
		s.width = n
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		s.grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			return nil, Errorf(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start := i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return nil, Errorf(ValueError, "Format specifier missing precision")
		}
		n, err := strconv.Atoi(string(rs[start:i]))
		if err != nil || n > math.MaxInt32 {
			return nil, Errorf(ValueError, "Too many decimal digits in format string")
		}
		s.prec = n
	}
	if len(rs)-i > 1 {
		return nil, Errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, TypeName(v))
	}
	if i < len(rs) {
		s.typRune = rs[i]
		if rs[i] < utf8.RuneSelf {
			s.typ = byte(rs[i])
		} else {
			s.typ = '?'
		}
	}
	if s.typ == 0 {
		s.typ = defType
		s.typRune = rune(defType)
	}
	if s.grouping != 0 {
		switch s.typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		case 'b', 'o', 'x', 'X':
			if s.grouping == ',' {
				return nil, Errorf(ValueError, "Cannot specify ',' with '%c'.", s.typRune)
			}
		default:
			return nil, Errorf(ValueError, "Cannot specify '%c' with '%c'.", s.grouping, s.typRune)
		}
	}
	return s, nil
}

func (s *fmtSpec) unknownCode(v Value) *Exception {
	if s.typRune > 0x20 && s.typRune < 0x7f {
		return Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", s.typRune, TypeName(v))
	}
	return Errorf(ValueError, "Unknown format code '\\x%x' for object of type '%s'", s.typRune, TypeName(v))
}

// pad aligns body (its visible width counted in code points) within the
// spec's width; defAlign applies when the spec gives none.
func (s *fmtSpec) pad(body string, defAlign byte) string {
	n := utf8.RuneCountInString(body)
	if s.width <= n {
		return body
	}
	align := s.align
	if align == 0 {
		align = defAlign
	}
	fill := string(s.fill)
	k := s.width - n
	switch align {
	case '<':
		return body + strings.Repeat(fill, k)
	case '^':
		l := k / 2
		return strings.Repeat(fill, l) + body + strings.Repeat(fill, k-l)
	}
	return strings.Repeat(fill, k) + body
}

// padNumber lays out sign+prefix, digits and suffix with the spec's
// alignment; '=' puts padding after the sign and prefix. When zero padding
// is combined with grouping, the padding zeros are grouped too.
func (s *fmtSpec) padNumber(sign, prefix, intDigits, rest string, groupEvery int) string {
	sep := ""
	if s.grouping != 0 {
		sep = string(s.grouping)
	}
	if s.align == '=' && s.fill == '0' && sep != "" && s.width > 0 {
		minw := s.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		g := groupDigits(intDigits, sep, groupEvery)
		for len(g) < minw {
			intDigits = "0" + intDigits
			g = groupDigits(intDigits, sep, groupEvery)
		}
		return sign + prefix + g + rest
	}
	num := groupDigits(intDigits, sep, groupEvery) + rest
	head := sign + prefix
	total := utf8.RuneCountInString(head) + utf8.RuneCountInString(num)
	if s.width <= total {
		return head + num
	}
	k := s.width - total
	fill := string(s.fill)
	switch s.align {
	case '<':
		return head + num + strings.Repeat(fill, k)
	case '^':
		l := k / 2
		return strings.Repeat(fill, l) + head + num + strings.Repeat(fill, k-l)
	case '=':
		return head + strings.Repeat(fill, k) + num
	}
	return strings.Repeat(fill, k) + head + num
}

// groupDigits inserts sep every `every` digits from the right.
func groupDigits(d, sep string, every int) string {
	if sep == "" || len(d) <= every {
		return d
	}
	var sb strings.Builder
	first := len(d) % every
	if first == 0 {
		first = every
	}
	sb.WriteString(d[:first])
	for i := first; i < len(d); i += every {
		sb.WriteString(sep)
		sb.WriteString(d[i : i+every])
	}
	return sb.String()
}

func (s *fmtSpec) signStr(neg bool) string {
	if neg {
		return "-"
	}
	switch s.sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// formatInt formats an int (Int, Bool, *BigInt) with a parsed spec.
func formatInt(v Value, s *fmtSpec) (string, *Exception) {
	switch s.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := IntToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(x, s, v)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", s.unknownCode(v)
	}
	if s.prec >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if s.typ == 'c' {
		if s.sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if s.alt {
			return "", Errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		n, ok := AsInt64(v)
		if !ok {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if n < 0 || n > 0x10ffff {
			return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
		}
		return s.pad(string(rune(n)), '>'), nil
	}
	if s.typ == 'n' && s.grouping != 0 {
		return "", Errorf(ValueError, "Cannot specify '%c' with 'n'.", s.grouping)
	}
	neg := intSign(v) < 0
	base, prefix, every := 10, "", 3
	switch s.typ {
	case 'b':
		base, prefix, every = 2, "0b", 4
	case 'o':
		base, prefix, every = 8, "0o", 4
	case 'x':
		base, prefix, every = 16, "0x", 4
	case 'X':
		base, prefix, every = 16, "0X", 4
	}
	if !s.alt {
		prefix = ""
	}
	var digits string
	if a, ok := AsInt64(v); ok && a != math.MinInt64 {
		if a < 0 {
			a = -a
		}
		digits = strconv.FormatInt(a, base)
	} else {
		x := toBig(v)
		if base == 10 {
			str, err := IntString(v)
			if err != nil {
				return "", err
			}
			digits = strings.TrimPrefix(str, "-")
		} else {
			digits = strings.TrimPrefix(x.Text(base), "-")
		}
	}
	if s.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return s.padNumber(s.signStr(neg), prefix, digits, "", every), nil
}

// formatFloatSpec formats a float with a parsed spec (v names the type in
// errors).
func formatFloatSpec(x float64, s *fmtSpec, v Value) (string, *Exception) {
	typ := s.typ
	prec := s.prec
	addDot0 := false
	switch typ {
	case 0:
		addDot0 = true
		if prec < 0 {
			typ = 'r'
		} else {
			typ = 'g'
		}
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
	case 'n':
		typ = 'g'
	default:
		return "", s.unknownCode(v)
	}
	if prec < 0 {
		prec = 6
	}
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	suffix := ""
	if typ == '%' {
		x *= 100
		suffix = "%"
		typ = 'f'
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	ax := math.Abs(x)
	var body string
	switch {
	case math.IsNaN(x):
		body = "nan"
	case math.IsInf(x, 0):
		body = "inf"
	default:
		switch typ {
		case 'r':
			body = FloatRepr(ax)
		case 'e', 'E':
			body = strconv.FormatFloat(ax, 'e', prec, 64)
			if s.alt && prec == 0 {
				i := strings.IndexByte(body, 'e')
				body = body[:i] + "." + body[i:]
			}
		case 'f', 'F':
			body = strconv.FormatFloat(ax, 'f', prec, 64)
			if s.alt && prec == 0 {
				body += "."
			}
		case 'g', 'G':
			body = formatG(ax, prec, s.alt, addDot0)
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	finite := !math.IsNaN(x) && !math.IsInf(x, 0)
	if s.z && neg && finite && isZeroBody(body) {
		neg = false
	}
	// Split the integer digits (grouped) from the rest.
	intPart, rest := body, ""
	if i := strings.IndexAny(body, ".eE"); i >= 0 {
		intPart, rest = body[:i], body[i:]
	}
	if !finite {
		// No digits to group: padding zeros are not grouped either.
		g := s.grouping
		s.grouping = 0
		out := s.padNumber(s.signStr(neg), "", body, suffix, 3)
		s.grouping = g
		return out, nil
	}
	return s.padNumber(s.signStr(neg), "", intPart, rest+suffix, 3), nil
}

func isZeroBody(b string) bool {
	for _, c := range b {
		if c >= '1' && c <= '9' {
			return false
		}
		if c == 'e' || c == 'E' {
			break
		}
	}
	return true
}

// formatG is C's %g (CPython's 'g' mode) for a finite x >= 0; addDot0 is
// the behaviour of an omitted type with a precision.
func formatG(x float64, prec int, alt, addDot0 bool) string {
	if prec == 0 {
		prec = 1
	}
	e := strconv.FormatFloat(x, 'e', prec-1, 64)
	i := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	var out string
	// CPython: exponent when decpt <= -4 or decpt > prec (prec-1 when an
	// omitted type adds ".0"), decpt being exp+1.
	useExp := exp < -4 || exp >= prec
	if addDot0 {
		useExp = exp < -4 || exp >= prec-1
	}
	if useExp {
		mant := e[:i]
		if !alt && strings.IndexByte(mant, '.') >= 0 {
			mant = strings.TrimRight(mant, "0")
			mant = strings.TrimSuffix(mant, ".")
		}
		out = mant + expSuffix(exp)
	} else {
		p := prec - 1 - exp
		if p < 0 {
			p = 0
		}
		out = strconv.FormatFloat(x, 'f', p, 64)
		if !alt && strings.IndexByte(out, '.') >= 0 {
			out = strings.TrimRight(out, "0")
			out = strings.TrimSuffix(out, ".")
		}
		if alt && strings.IndexByte(out, '.') < 0 {
			out += "."
		}
		if addDot0 && strings.IndexByte(out, '.') < 0 {
			out += ".0"
		}
	}
	return out
}

// formatStr formats a str with a parsed spec.
func formatStr(str string, s *fmtSpec, v Value) (string, *Exception) {
	if s.typ != 0 && s.typ != 's' {
		return "", s.unknownCode(v)
	}
	if s.sign == ' ' {
		return "", Errorf(ValueError, "Space not allowed in string format specifier")
	}
	if s.sign != 0 {
		return "", Errorf(ValueError, "Sign not allowed in string format specifier")
	}
	if s.alt {
		return "", Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if s.align == '=' {
		return "", Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if s.prec >= 0 && utf8.RuneCountInString(str) > s.prec {
		n := 0
		for i := range str {
			if n == s.prec {
				str = str[:i]
				break
			}
			n++
		}
	}
	return s.pad(str, '<'), nil
}

func format(f *Fiber, v Value, spec string) (string, *Exception) {
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return string(x), nil
		}
		s, err := parseFmtSpec(spec, v, 's', '<')
		if err != nil {
			return "", err
		}
		return formatStr(string(x), s, v)
	case Int, *BigInt, Bool:
		if spec == "" {
			return toStr(f, v)
		}
		s, err := parseFmtSpec(spec, v, 'd', '>')
		if err != nil {
			return "", err
		}
		return formatInt(x, s)
	case Float:
		if spec == "" {
			return FloatRepr(float64(x)), nil
		}
		s, err := parseFmtSpec(spec, v, 0, '>')
		if err != nil {
			return "", err
		}
		return formatFloatSpec(float64(x), s, v)
	}
	if hasUserMethods(v) {
		if res, ok, err := callUser(f, v, "__format__", Str(spec)); ok {
			if err != nil {
				return "", err
			}
			s, isStr := res.(Str)
			if !isStr {
				return "", Errorf(TypeError, "__format__ must return a str, not %s", TypeName(res))
			}
			return string(s), nil
		}
		if n := nativeOf(v); n != nil {
			if spec == "" {
				return toStr(f, v)
			}
			return format(f, n, spec)
		}
	}
	if fm, ok := v.(interface {
		Format(f *Fiber, spec string) (string, *Exception)
	}); ok {
		return fm.Format(f, spec)
	}
	if spec != "" {
		return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(v))
	}
	return toStr(f, v)
}

// ---------------------------------------------------------------------
// str.format

// StrFormat implements str.format(*args, **kw) on the format string fs:
// automatic and manual field numbering, names, attribute and index
// lookups ({0.x}, {a[0]}), conversions (!r !s !a) and nested specs.
func StrFormat(f *Fiber, fs string, args []Value, kw []KV) (string, *Exception) {
	st := &strFormatter{f: f, args: args, kw: kw}
	return st.run(fs, 2)
}

type strFormatter struct {
	f        *Fiber
	args     []Value
	kw       []KV
	auto     int
	autoUsed bool
	manual   bool
}

func (st *strFormatter) run(fs string, depth int) (string, *Exception) {
	if depth < 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	var sb strings.Builder
	for i := 0; i < len(fs); {
		c := fs[i]
		if c == '}' {
			if i+1 < len(fs) && fs[i+1] == '}' {
				sb.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := i
			for j < len(fs) && fs[j] != '{' && fs[j] != '}' {
				j++
			}
			sb.WriteString(fs[i:j])
			i = j
			continue
		}
		if i+1 < len(fs) && fs[i+1] == '{' {
			sb.WriteByte('{')
			i += 2
			continue
		}
		// Find the matching '}' (nested braces allowed in the spec).
		level := 1
		j := i + 1
		for ; j < len(fs); j++ {
			if fs[j] == '{' {
				level++
			} else if fs[j] == '}' {
				level--
				if level == 0 {
					break
				}
			}
		}
		if j >= len(fs) {
			if level > 1 {
				return "", Errorf(ValueError, "expected '}' before end of string")
			}
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		field := fs[i+1 : j]
		i = j + 1
		out, err := st.field(field, depth)
		if err != nil {
			return "", err
		}
		sb.WriteString(out)
	}
	return sb.String(), nil
}

// field renders one replacement field "name[.attr][idx]!conv:spec".
func (st *strFormatter) field(field string, depth int) (string, *Exception) {
	// Split off the name part: up to the first '!' or ':' outside [ ].
	end := len(field)
	inBracket := false
	for k := 0; k < len(field); k++ {
		c := field[k]
		if c == '[' {
			inBracket = true
		} else if c == ']' {
			inBracket = false
		} else if !inBracket && (c == '!' || c == ':') {
			end = k
			break
		}
	}
	name := field[:end]
	rest := field[end:]
	conv := byte(0)
	spec := ""
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", Errorf(ValueError, "end of string while looking for conversion specifier")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", Errorf(ValueError, "expected ':' after conversion specifier")
		}
	}
	if strings.HasPrefix(rest, ":") {
		spec = rest[1:]
	}
	v, err := st.lookup(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r', 'a':
		s, err := repr(st.f, v)
		if err != nil {
			return "", err
		}
		if conv == 'a' {
			s = asciiEscape(s)
		}
		v = Str(s)
	case 's':
		s, err := toStr(st.f, v)
		if err != nil {
			return "", err
		}
		v = Str(s)
	default:
		return "", Errorf(ValueError, "Unknown conversion specifier %c", rune(conv))
	}
	if strings.ContainsAny(spec, "{}") {
		spec, err = st.run(spec, depth-1)
		if err != nil {
			return "", err
		}
	}
	return format(st.f, v, spec)
}

// lookup resolves "first(.attr|[key])*".
func (st *strFormatter) lookup(name string) (Value, *Exception) {
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first := name[:k]
	var v Value
	if first == "" {
		if st.manual {
			return nil, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		st.autoUsed = true
		idx := st.auto
		st.auto++
		if idx >= len(st.args) {
			return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = st.args[idx]
	} else if n, err := strconv.Atoi(first); err == nil && first[0] != '-' && first[0] != '+' {
		if st.autoUsed {
			return nil, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		st.manual = true
		if n >= len(st.args) {
			return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", n)
		}
		v = st.args[n]
	} else {
		found := false
		for _, kv := range st.kw {
			if kv.Name == first {
				v, found = kv.Value, true
			}
		}
		if !found {
			return nil, NewException(KeyError, Str(first))
		}
	}
	rest := name[k:]
	for rest != "" {
		switch rest[0] {
		case '.':
			j := 1
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			attr := rest[1:j]
			if attr == "" {
				return nil, Errorf(ValueError, "Empty attribute in format string")
			}
			var err *Exception
			v, err = GetAttr(st.f, v, attr)
			if err != nil {
				return nil, err
			}
			rest = rest[j:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return nil, Errorf(ValueError, "Missing ']' in format string")
			}
			key := rest[1:j]
			if key == "" {
				return nil, Errorf(ValueError, "Empty attribute in format string")
			}
			var kv Value = Str(key)
			if n, err := strconv.Atoi(key); err == nil && key[0] >= '0' && key[0] <= '9' {
				kv = MakeSmallInt(int64(n))
			}
			var err *Exception
			v, err = GetItem(st.f, v, kv)
			if err != nil {
				return nil, err
			}
			rest = rest[j+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return nil, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}

// asciiEscape is ascii(): repr with non-ASCII characters escaped.
func asciiEscape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			sb.WriteRune(r)
		case r < 0x100:
			sb.WriteString(`\x` + hex0(uint64(r), 2))
		case r < 0x10000:
			sb.WriteString(`\u` + hex0(uint64(r), 4))
		default:
			sb.WriteString(`\U` + hex0(uint64(r), 8))
		}
	}
	return sb.String()
}

// ASCII is ascii(v).
func ASCII(f *Fiber, v Value) (string, *Exception) {
	s, err := repr(f, v)
	if err != nil {
		return "", err
	}
	return asciiEscape(s), nil
}
