package interp

// This file implements printf-style str formatting (`fmt % args`).

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatPercent is `fs % args` for a str fs: positional arguments from a
// tuple (or a single non-tuple value), %(name)s lookups when args is a
// mapping, flags - + space # 0, width and precision (also *), and the
// conversions d i u o x X e E f F g G c s r a %.
func FormatPercent(f *Fiber, fs string, args Value) (string, *Exception) {
	return formatPercent(f, fs, args, false)
}

// bytesPercent is `fs % args` for a bytes or bytearray fs (PEP 461): %s
// and %b take bytes-like objects, %r and %a give ascii(), %c a byte.
func bytesPercent(f *Fiber, fs string, args Value) (string, *Exception) {
	return formatPercent(f, fs, args, true)
}

func formatPercent(f *Fiber, fs string, args Value, isBytes bool) (string, *Exception) {
	var argv []Value
	arglen, argidx := -1, -2
	if t, ok := nativeOrSelf(args).(Tuple); ok {
		// a tuple subclass supplies the arguments as a tuple does
		argv = t
		arglen, argidx = len(t), 0
	}
	var dict Value
	if isMappingForPercent(args) {
		dict = args
	}
	nextArg := func() (Value, *Exception) {
		if argidx < arglen {
			argidx++
			if arglen < 0 {
				return args, nil
			}
			return argv[argidx-1], nil
		}
		return nil, Errorf(TypeError, "not enough arguments for format string")
	}
	var sb strings.Builder
	i := 0
	for i < len(fs) {
		j := strings.IndexByte(fs[i:], '%')
		if j < 0 {
			sb.WriteString(fs[i:])
			break
		}
		sb.WriteString(fs[i : i+j])
		i += j + 1
		if i >= len(fs) {
			return "", Errorf(ValueError, "incomplete format")
		}
		if fs[i] == '%' {
			sb.WriteByte('%')
			i++
			continue
		}
		var arg Value
		if fs[i] == '(' {
			if dict == nil {
				return "", Errorf(TypeError, "format requires a mapping")
			}
			depth := 1
			k := i + 1
			for ; k < len(fs) && depth > 0; k++ {
				if fs[k] == '(' {
					depth++
				} else if fs[k] == ')' {
					depth--
				}
			}
			if depth > 0 {
				return "", Errorf(ValueError, "incomplete format key")
			}
			key := fs[i+1 : k-1]
			var kv Value = Str(key)
			if isBytes {
				kv = Bytes(key)
			}
			v, err := GetItem(f, dict, kv)
			if err != nil {
				return "", err
			}
			arg = v
			i = k
			// A keyed conversion does not consume positional arguments.
			if arglen < 0 {
				argidx = arglen
			}
		}
		s := &fmtSpec{fill: ' ', width: -1, prec: -1}
		left := false
	flags:
		for i < len(fs) {
			switch fs[i] {
			case '-':
				left = true
			case '+':
				s.sign = '+'
			case ' ':
				if s.sign == 0 {
					s.sign = ' '
				}
			case '#':
				s.alt = true
			case '0':
				s.zero = true
			default:
				break flags
			}
			i++
		}
		if i < len(fs) && fs[i] == '*' {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			n, ok := AsInt64(v)
			if !ok {
				if isInt(v) {
					return "", Errorf(OverflowError, "Python int too large to convert to C ssize_t")
				}
				return "", Errorf(TypeError, "* wants int")
			}
			if n < 0 {
				left = true
				n = -n
			}
			if err := f.CheckAlloc(n); err != nil {
				return "", err
			}
			s.width = int(n)
			i++
		} else {
			start := i
			for i < len(fs) && fs[i] >= '0' && fs[i] <= '9' {
				i++
			}
			if i > start {
				n, err := strconv.Atoi(fs[start:i])
				if err != nil {
					return "", Errorf(ValueError, "width too big")
				}
				if err := f.CheckAlloc(int64(n)); err != nil {
					return "", err
				}
				s.width = n
			}
		}
		if i < len(fs) && fs[i] == '.' {
			i++
			if i < len(fs) && fs[i] == '*' {
				v, err := nextArg()
				if err != nil {
					return "", err
				}
				n, ok := AsInt64(v)
				if !ok || n > math.MaxInt32 || n < math.MinInt32 {
					if ok || isInt(v) {
						return "", Errorf(OverflowError, "Python int too large to convert to C int")
					}
					return "", Errorf(TypeError, "* wants int")
				}
				if n < 0 {
					n = 0
				}
				s.prec = int(n)
				i++
			} else {
				start := i
				for i < len(fs) && fs[i] >= '0' && fs[i] <= '9' {
					i++
				}
				n := 0
				if i > start {
					var err error
					if n, err = strconv.Atoi(fs[start:i]); err != nil {
						return "", Errorf(ValueError, "precision too big")
					}
				}
				s.prec = n
			}
		}
		for i < len(fs) && (fs[i] == 'h' || fs[i] == 'l' || fs[i] == 'L') {
			i++
		}
		if i >= len(fs) {
			return "", Errorf(ValueError, "incomplete format")
		}
		c, size := utf8.DecodeRuneInString(fs[i:])
		convIndex := utf8.RuneCountInString(fs[:i])
		i += size
		// A '%' after flags, width or a key is not "%%": CPython fetches
		// the argument, then rejects the conversion character.
		if arg == nil {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			arg = v
		}
		if left {
			s.align = '<'
		} else {
			s.align = '>'
		}
		var out string
		var err *Exception
		if isBytes {
			out, err = percentBytesOne(f, c, convIndex, s, left, arg)
		} else {
			out, err = percentOne(f, c, convIndex, s, left, arg)
		}
		if err != nil {
			return "", err
		}
		sb.WriteString(out)
	}
	if argidx < arglen && dict == nil {
		if isBytes {
			return "", Errorf(TypeError, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return sb.String(), nil
}

// isMappingForPercent is CPython's PyMapping_Check minus tuple and str.
func isMappingForPercent(v Value) bool {
	switch v.(type) {
	case *Dict, *List:
		return true
	case Tuple, Str:
		return false
	}
	switch nativeOf(v).(type) {
	case *Dict, *List:
		return true
	case Tuple, Str:
		return false
	}
	if hasUserMethods(v) {
		_, ok := userMethod(v.Type(), "__getitem__")
		return ok
	}
	return false
}

func percentOne(f *Fiber, c rune, convIndex int, s *fmtSpec, left bool, arg Value) (string, *Exception) {
	if n := nativeOf(arg); n != nil && c != 's' && c != 'r' && c != 'a' {
		arg = n // an int or float subclass converts as its value
	}
	switch c {
	case 's', 'r', 'a':
		var str string
		var err *Exception
		switch c {
		case 's':
			str, err = toStr(f, arg)
		case 'r':
			str, err = repr(f, arg)
		default:
			str, err = ASCII(f, arg)
		}
		if err != nil {
			return "", err
		}
		if s.prec >= 0 && utf8.RuneCountInString(str) > s.prec {
			str = string([]rune(str)[:s.prec])
		}
		return s.pad(str, '>'), nil
	case 'c':
		var ch string
		switch x := arg.(type) {
		case Str:
			if utf8.RuneCountInString(string(x)) != 1 {
				return "", Errorf(TypeError, "%%c requires int or char")
			}
			ch = string(x)
		default:
			if !isInt(arg) {
				return "", Errorf(TypeError, "%%c requires int or char")
			}
			n, ok := AsInt64(arg)
			if !ok || n < 0 || n > 0x10ffff {
				return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
			}
			ch = string(rune(n))
		}
		return s.pad(ch, '>'), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		var iv Value
		if c == 'd' || c == 'i' || c == 'u' {
			switch x := arg.(type) {
			case Int, Bool, *BigInt:
				iv = x
			case Float:
				v, err := FloatToInt(float64(x))
				if err != nil {
					return "", err
				}
				iv = v
			default:
				v, err := percentUserInt(f, arg)
				if err != nil {
					return "", err
				}
				if v == nil {
					return "", Errorf(TypeError, "%%%c format: a real number is required, not %s", c, TypeName(arg))
				}
				iv = v
			}
		} else {
			if !isInt(arg) {
				if hasUserMethods(arg) {
					if _, ok := userMethod(arg.Type(), "__index__"); ok {
						v, err := Index(f, arg)
						if err != nil {
							return "", err
						}
						arg = v
					}
				}
				if !isInt(arg) {
					return "", Errorf(TypeError, "%%%c format: an integer is required, not %s", c, TypeName(arg))
				}
			}
			iv = arg
		}
		base := 10
		prefix := ""
		switch c {
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix = 16, "0X"
		case 'o':
			base, prefix = 8, "0o"
		}
		if !s.alt {
			prefix = ""
		}
		neg := intSign(iv) < 0
		digits := strings.TrimPrefix(toBig(iv).Text(base), "-")
		if base == 10 {
			str, err := IntString(iv)
			if err != nil {
				return "", err
			}
			digits = strings.TrimPrefix(str, "-")
		}
		if c == 'X' {
			digits = strings.ToUpper(digits)
		}
		if s.prec > len(digits) {
			digits = strings.Repeat("0", s.prec-len(digits)) + digits
		}
		if s.zero && !left {
			s.fill, s.align = '0', '='
		}
		return s.padNumber(s.signStr(neg), prefix, digits, "", 3), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		var x float64
		switch v := arg.(type) {
		case Float:
			x = float64(v)
		case Int, Bool, *BigInt:
			fl, err := IntToFloat(v)
			if err != nil {
				return "", err
			}
			x = fl
		default:
			fv, err := percentUserFloat(f, arg)
			if err != nil {
				return "", err
			}
			x = fv
		}
		if s.zero && !left {
			s.fill, s.align = '0', '='
		}
		s.typ = byte(c)
		s.typRune = c
		if s.prec < 0 {
			s.prec = 6
		}
		if (c == 'g' || c == 'G') && !math.IsInf(x, 0) && !math.IsNaN(x) {
			body := formatG(math.Abs(x), s.prec, s.alt, false)
			if c == 'G' {
				body = strings.ToUpper(body)
			}
			intPart, rest := body, ""
			if k := strings.IndexAny(body, ".eE"); k >= 0 {
				intPart, rest = body[:k], body[k:]
			}
			return s.padNumber(s.signStr(math.Signbit(x)), "", intPart, rest, 3), nil
		}
		return formatFloatSpec(x, s, arg)
	}
	if c < 0x80 && c >= 0x20 {
		return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", c, c, convIndex)
	}
	return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", c, c, convIndex)
}

// percentBytesOne is one conversion of bytes formatting: the text
// conversions differ from str's, the numeric ones are the same (ASCII).
func percentBytesOne(f *Fiber, c rune, convIndex int, s *fmtSpec, left bool, arg Value) (string, *Exception) {
	var body string
	switch c {
	case 's', 'b':
		b, ok := bytesOf(arg)
		if !ok {
			if !hasUserMethods(arg) {
				return "", Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
			}
			res, found, err := callUser(f, arg, "__bytes__")
			if !found {
				return "", Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
			}
			if err != nil {
				return "", err
			}
			rb, isB := res.(Bytes)
			if !isB {
				return "", Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(res))
			}
			b = string(rb)
		}
		body = b
	case 'r', 'a':
		a, err := ASCII(f, arg)
		if err != nil {
			return "", err
		}
		body = a
	case 'c':
		if b, ok := bytesOf(arg); ok {
			if len(b) != 1 {
				return "", Errorf(TypeError, "%%c requires an integer in range(256) or a single byte")
			}
			body = b
			break
		}
		if !isInt(arg) {
			return "", Errorf(TypeError, "%%c requires an integer in range(256) or a single byte")
		}
		n, ok := AsInt64(arg)
		if !ok || n < 0 || n > 255 {
			return "", Errorf(OverflowError, "%%c arg not in range(256)")
		}
		body = string([]byte{byte(n)})
	case 'i':
		// bytes formatting words %i as %d
		return percentOne(f, 'd', convIndex, s, left, arg)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		switch arg.(type) {
		case Float, Int, Bool, *BigInt:
		default:
			_, hasFloat := userMethod(arg.Type(), "__float__")
			_, hasIndex := userMethod(arg.Type(), "__index__")
			if !hasUserMethods(arg) || !hasFloat && !hasIndex {
				return "", Errorf(TypeError, "float argument required, not %s", TypeName(arg))
			}
		}
		return percentOne(f, c, convIndex, s, left, arg)
	default:
		return percentOne(f, c, convIndex, s, left, arg)
	}
	if s.prec >= 0 && c != 'c' && len(body) > s.prec {
		body = body[:s.prec]
	}
	if s.width > len(body) {
		if err := f.CheckAlloc(int64(s.width)); err != nil {
			return "", err
		}
		pad := strings.Repeat(" ", s.width-len(body))
		if left {
			return body + pad, nil
		}
		return pad + body, nil
	}
	return body, nil
}

// percentUserInt converts a user object for %d (__int__ / __index__);
// nil result when it has neither.
func percentUserInt(f *Fiber, v Value) (Value, *Exception) {
	if !hasUserMethods(v) {
		return nil, nil
	}
	for _, name := range [...]string{"__int__", "__index__"} {
		if _, ok := userMethod(v.Type(), name); ok {
			return ToInt(f, v)
		}
	}
	if _, ok := userMethod(v.Type(), "__float__"); ok {
		fv, err := ToFloat(f, v)
		if err != nil {
			return nil, err
		}
		return FloatToInt(float64(fv.(Float)))
	}
	return nil, nil
}

func percentUserFloat(f *Fiber, v Value) (float64, *Exception) {
	if hasUserMethods(v) {
		_, ok1 := userMethod(v.Type(), "__float__")
		_, ok2 := userMethod(v.Type(), "__index__")
		if ok1 || ok2 {
			fv, err := ToFloat(f, v)
			if err != nil {
				return 0, err
			}
			return float64(fv.(Float)), nil
		}
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(v))
}
