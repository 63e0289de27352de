package interp

// This file implements float: CPython's shortest repr, arithmetic with
// Python's floor division and modulo, a correctly rounded pow, hashing
// compatible with ints, float() parsing, round() and the float methods.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"
)

// FloatRepr is repr(x) (and str(x)) exactly as CPython prints it: the
// shortest digits that round-trip, in exponent form when the decimal
// exponent is < -4 or >= 16.
func FloatRepr(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == 0:
		if math.Signbit(x) {
			return "-0.0"
		}
		return "0.0"
	}
	if ax := math.Abs(x); ax >= 1e-4 && ax < 1e16 {
		// Fixed notation: Go's shortest 'f' digits are CPython's.
		var buf [40]byte
		out := strconv.AppendFloat(buf[:0], x, 'f', -1, 64)
		for _, c := range out {
			if c == '.' {
				return string(out)
			}
		}
		return string(append(out, '.', '0'))
	}
	digits, exp, neg := shortestDigits(x)
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	switch {
	case exp < -4 || exp >= 16:
		sb.WriteByte(digits[0])
		if len(digits) > 1 {
			sb.WriteByte('.')
			sb.WriteString(digits[1:])
		}
		sb.WriteString(expSuffix(exp))
	case exp >= 0:
		if len(digits) <= exp+1 {
			sb.WriteString(digits)
			sb.WriteString(strings.Repeat("0", exp+1-len(digits)))
			sb.WriteString(".0")
		} else {
			sb.WriteString(digits[:exp+1])
			sb.WriteByte('.')
			sb.WriteString(digits[exp+1:])
		}
	default:
		sb.WriteString("0.")
		sb.WriteString(strings.Repeat("0", -exp-1))
		sb.WriteString(digits)
	}
	return sb.String()
}

// shortestDigits returns the shortest round-tripping decimal digits of a
// finite non-zero x and the decimal exponent of the first digit.
func shortestDigits(x float64) (digits string, exp int, neg bool) {
	s := strconv.FormatFloat(x, 'e', -1, 64)
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	e := strings.IndexByte(s, 'e')
	exp, _ = strconv.Atoi(s[e+1:])
	digits = strings.Replace(s[:e], ".", "", 1)
	return
}

// expSuffix formats a decimal exponent as C does: e+16, e-05.
func expSuffix(exp int) string {
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	if exp < 10 {
		return "e" + sign + "0" + strconv.Itoa(exp)
	}
	return "e" + sign + strconv.Itoa(exp)
}

// hashFloat is CPython's _Py_HashDouble (nan hashes to 0 here; CPython
// uses the object's identity).
func hashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(v) {
		return 0
	}
	const bitsN = 61
	const mod = uint64(1)<<bitsN - 1
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & mod) | x>>(bitsN-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= mod {
			x -= mod
		}
	}
	if e >= 0 {
		e = e % bitsN
	} else {
		e = bitsN - 1 - ((-1 - e) % bitsN)
	}
	x = ((x << uint(e)) & mod) | x>>(bitsN-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// toFloat converts an int or float operand to float64 for mixed
// arithmetic; ok is false for other types.
func toFloat(v Value) (float64, bool, *Exception) {
	switch x := v.(type) {
	case Float:
		return float64(x), true, nil
	case Int:
		return float64(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		fl, err := IntToFloat(x)
		return fl, true, err
	}
	return 0, false, nil
}

// floatBinary applies op to two floats.
func floatBinary(op BinOp, a, b float64) (Value, *Exception) {
	switch op {
	case OpAdd:
		return Float(a + b), nil
	case OpSub:
		return Float(a - b), nil
	case OpMul:
		return Float(a * b), nil
	case OpTrueDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(a / b), nil
	case OpFloorDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivMod(a, b)
		return Float(q), nil
	case OpMod:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		_, m := floatDivMod(a, b)
		return Float(m), nil
	case OpPow:
		return floatPow(a, b)
	}
	return NotImplemented, nil
}

// floatDivMod is CPython's float_divmod (b != 0).
func floatDivMod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return
}

// DivMod is divmod(a, b) for ints and floats; ok is false when the
// operands are not numbers (the caller then tries __divmod__).
func DivMod(a, b Value) (res Value, ok bool, err *Exception) {
	if n := nativeOf(a); n != nil {
		a = n
	}
	if n := nativeOf(b); n != nil {
		b = n
	}
	if isInt(a) && isInt(b) {
		if x, ok1 := AsInt64(a); ok1 {
			if y, ok2 := AsInt64(b); ok2 {
				if y == 0 {
					return nil, true, errIntDivZero()
				}
				if !(x == math.MinInt64 && y == -1) {
					return Tuple{MakeSmallInt(floorDiv64(x, y)), MakeSmallInt(floorMod64(x, y))}, true, nil
				}
			}
		}
		y := toBig(b)
		if y.Sign() == 0 {
			return nil, true, errIntDivZero()
		}
		q, m := bigDivMod(toBig(a), y)
		return Tuple{normBig(q), normBig(m)}, true, nil
	}
	x, ok1, err := toFloat(a)
	if err != nil {
		return nil, true, err
	}
	y, ok2, err := toFloat(b)
	if err != nil {
		return nil, true, err
	}
	if !ok1 || !ok2 {
		return nil, false, nil
	}
	if y == 0 {
		return nil, true, Errorf(ZeroDivisionError, "float divmod()")
	}
	q, m := floatDivMod(x, y)
	return Tuple{Float(q), Float(m)}, true, nil
}

func isOddInteger(x float64) bool {
	return math.Mod(x, 2) == 1 || math.Mod(x, 2) == -1
}

func errPowRange() *Exception {
	return NewException(OverflowError, Int(34), Str("Numerical result out of range"))
}

// floatPowInt is the float power used for ints with negative exponents.
func floatPowInt(a, b float64) (Value, *Exception) { return floatPow(a, b) }

// floatPow is CPython's float_pow: C99 special cases, then a correctly
// rounded power (Go's math.Pow is off by an ulp too often to match
// CPython's printed results).
func floatPow(iv, iw float64) (Value, *Exception) {
	if iw == 0 {
		return Float(1), nil
	}
	if math.IsNaN(iv) {
		if iv == 1 {
			return Float(1), nil
		}
		return Float(iv), nil
	}
	if math.IsNaN(iw) {
		if iv == 1 {
			return Float(1), nil
		}
		return Float(iw), nil
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		if iv == 1 {
			return Float(1), nil
		}
		if (iw > 0) == (iv > 1) {
			return Float(math.Abs(iw)), nil
		}
		return Float(0), nil
	}
	if math.IsInf(iv, 0) {
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return Float(iv), nil
			}
			return Float(math.Abs(iv)), nil
		}
		if odd {
			return Float(math.Copysign(0, iv)), nil
		}
		return Float(0), nil
	}
	if iv == 0 {
		if iw < 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(iw) {
			return Float(iv), nil
		}
		return Float(0), nil
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return nil, Errorf(ValueError, "negative number cannot be raised to a fractional power")
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	r, overflow := powPositive(iv, iw)
	if overflow {
		return nil, errPowRange()
	}
	if negate {
		r = -r
	}
	return Float(r), nil
}

const powPrec = 160

// ln2Big is ln 2 to powPrec+64 bits, parsed on first use (only the
// correctly rounded pow needs it; parsing it at start-up would cost every
// program).
var ln2Big = sync.OnceValue(func() *big.Float {
	f, _, _ := big.ParseFloat("0.69314718055994530941723212145817656807550013436025525412068000949339362196969471560586332699641868754200148102057068573368552023575813055703267075163507596193072757082837143519030703862389167347112335", 10, powPrec+64, big.ToNearestEven)
	return f
})

func newPowFloat() *big.Float { return new(big.Float).SetPrec(powPrec) }

// powPositive is x**y for finite x > 0, x != 1, finite y != 0, rounded
// once from a 160-bit intermediate.
func powPositive(x, y float64) (float64, bool) {
	if y == 1 {
		return x, false
	}
	if y == 2 {
		r := x * x
		return r, math.IsInf(r, 0)
	}
	if y == 0.5 {
		return math.Sqrt(x), false
	}
	var r *big.Float
	if y == math.Trunc(y) && math.Abs(y) <= 1<<20 {
		n := int64(math.Abs(y))
		base := newPowFloat().SetFloat64(x)
		acc := newPowFloat().SetInt64(1)
		for n > 0 {
			if n&1 != 0 {
				acc.Mul(acc, base)
			}
			n >>= 1
			if n > 0 {
				base.Mul(base, base)
			}
		}
		if y < 0 {
			acc.Quo(newPowFloat().SetInt64(1), acc)
		}
		r = acc
	} else {
		t := bigLn(x)
		t.Mul(t, newPowFloat().SetFloat64(y))
		tf, _ := t.Float64()
		if tf > 710 {
			return 0, true
		}
		if tf < -760 {
			return 0, false
		}
		r = bigExp(t, tf)
	}
	fl, _ := r.Float64()
	if math.IsInf(fl, 0) {
		return 0, true
	}
	return fl, false
}

// bigLn is ln(x) for finite x > 0 at powPrec bits.
func bigLn(x float64) *big.Float {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	M := newPowFloat().SetFloat64(m)
	one := newPowFloat().SetInt64(1)
	num := newPowFloat().Sub(M, one)
	den := newPowFloat().Add(M, one)
	s := newPowFloat().Quo(num, den)
	s2 := newPowFloat().Mul(s, s)
	sum := newPowFloat().Set(s)
	term := newPowFloat().Set(s)
	tmp := newPowFloat()
	for k := int64(3); ; k += 2 {
		term.Mul(term, s2)
		if term.Sign() == 0 {
			break
		}
		tmp.Quo(term, tmp.SetInt64(k))
		if tmp.MantExp(nil)-sum.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, tmp)
	}
	sum.SetMantExp(sum, 1) // 2*atanh(s)
	if e != 0 {
		le := newPowFloat().SetInt64(int64(e))
		le.Mul(le, ln2Big())
		sum.Add(sum, le)
	}
	return sum
}

// bigExp is exp(t) at powPrec bits; tf is t as a float64.
func bigExp(t *big.Float, tf float64) *big.Float {
	k := math.Round(tf / math.Ln2)
	r := newPowFloat().SetFloat64(k)
	r.Mul(r, ln2Big())
	r.Sub(t, r)
	const s = 10
	r.SetMantExp(r, -s)
	sum := newPowFloat().SetInt64(1)
	term := newPowFloat().SetInt64(1)
	tmp := newPowFloat()
	for n := int64(1); n < 60; n++ {
		term.Mul(term, r)
		term.Quo(term, tmp.SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// cmpIntFloat compares an int with a float exactly: -1, 0, +1; ok is
// false when x is nan.
func cmpIntFloat(i Value, x float64) (int, bool) {
	if math.IsNaN(x) {
		return 0, false
	}
	if a, ok := AsInt64(i); ok && a >= -1<<53 && a <= 1<<53 {
		fa := float64(a)
		switch {
		case fa < x:
			return -1, true
		case fa > x:
			return 1, true
		}
		return 0, true
	}
	if math.IsInf(x, 0) {
		if x > 0 {
			return -1, true
		}
		return 1, true
	}
	bi := new(big.Float).SetInt(toBig(i))
	return bi.Cmp(new(big.Float).SetFloat64(x)), true
}

// ParseFloat parses s as float(s) does: whitespace, sign, underscores
// between digits, inf/infinity/nan in any case.
func ParseFloat(s string) (float64, bool) {
	t := pyStrip(s)
	if t == "" {
		return 0, false
	}
	body := t
	sign := 1.0
	if body[0] == '+' || body[0] == '-' {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.Copysign(math.NaN(), sign), true
	}
	// Python float syntax: digitpart [. [digitpart]] | . digitpart, then
	// optional exponent; underscores only between digits.
	var clean strings.Builder
	i := 0
	digitpart := func() bool {
		start := i
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				clean.WriteByte(c)
				i++
				continue
			}
			if c == '_' && i > start && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return i > start
	}
	intPart := digitpart()
	fracPart := false
	if i < len(body) && body[i] == '.' {
		clean.WriteByte('.')
		i++
		fracPart = digitpart()
	}
	if !intPart && !fracPart {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		clean.WriteByte('e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			clean.WriteByte(body[i])
			i++
		}
		if !digitpart() {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	v, err := strconv.ParseFloat(clean.String(), 64)
	if err != nil && !math.IsInf(v, 0) {
		return 0, false
	}
	return sign * v, true
}

// ToFloat is float(v) for one argument.
func ToFloat(f *Fiber, v Value) (Value, *Exception) {
	switch x := v.(type) {
	case Float:
		return x, nil
	case Int, Bool, *BigInt:
		fl, err := IntToFloat(x)
		if err != nil {
			return nil, err
		}
		return Float(fl), nil
	case Str:
		fl, ok := ParseFloat(string(x))
		if !ok {
			return nil, Errorf(ValueError, "could not convert string to float: %s", reprStr(string(x)))
		}
		return Float(fl), nil
	case Bytes, *ByteArray:
		s, _ := bytesOf(x)
		fl, ok := ParseFloat(s)
		if !ok || !isASCII(s) {
			return nil, Errorf(ValueError, "could not convert string to float: %s", bytesRepr(s))
		}
		return Float(fl), nil
	}
	if res, ok, err := callUser(f, v, "__float__"); ok {
		if err != nil {
			return nil, err
		}
		if fl, isF := res.(Float); isF {
			return fl, nil
		}
		return nil, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(v), TypeName(res))
	}
	if res, ok, err := callUser(f, v, "__index__"); ok {
		if err != nil {
			return nil, err
		}
		fl, err := IntToFloat(res)
		return Float(fl), err
	}
	if n := nativeOf(v); n != nil {
		return ToFloat(f, n)
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(v))
}

// roundHalfEven rounds the exact rational r to an integer, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := bigDivMod(num, den) // floor
	twice := new(big.Int).Lsh(m, 1)
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// Round is round(x) / round(x, ndigits) for ints, floats and objects with
// __round__ (ndigits nil when absent).
func Round(f *Fiber, x Value, ndigits Value) (Value, *Exception) {
	if ndigits == None {
		ndigits = nil
	}
	switch v := x.(type) {
	case Float:
		fx := float64(v)
		if ndigits == nil {
			if math.IsNaN(fx) || math.IsInf(fx, 0) {
				return FloatToInt(fx)
			}
			return FloatToInt(math.RoundToEven(fx))
		}
		nv, err := Index(f, ndigits)
		if err != nil {
			return nil, err
		}
		n, ok := AsInt64(nv)
		if !ok {
			if intSign(nv) > 0 {
				return v, nil
			}
			return Float(0 * fx), nil
		}
		return roundFloat(fx, n)
	case Int, Bool, *BigInt:
		if b, ok := v.(Bool); ok {
			x = intFromBool(b)
		}
		if ndigits == nil {
			return x, nil
		}
		nv, err := Index(f, ndigits)
		if err != nil {
			return nil, err
		}
		if intSign(nv) >= 0 {
			return x, nil
		}
		n, ok := AsInt64(nv)
		if !ok || n < -100000 {
			return Int(0), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		q := roundHalfEven(new(big.Rat).SetFrac(toBig(x), p))
		return normBig(q.Mul(q, p)), nil
	}
	var args []Value
	if ndigits != nil {
		args = []Value{ndigits}
	}
	if res, ok, err := callUser(f, x, "__round__", args...); ok {
		return res, err
	}
	if n := nativeOf(x); n != nil {
		return Round(f, n, ndigits)
	}
	return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(x))
}

// roundFloat is round(x, n) for a float, correctly rounded as CPython.
func roundFloat(x float64, n int64) (Value, *Exception) {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return Float(x), nil
	}
	if n > 323 {
		return Float(x), nil
	}
	if n < -308 {
		return Float(0 * x), nil
	}
	var r float64
	if n >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', int(n), 64), 64)
	} else {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		xr := new(big.Rat)
		xr.SetFloat64(x)
		q := roundHalfEven(new(big.Rat).Quo(xr, new(big.Rat).SetInt(p)))
		q.Mul(q, p)
		r, _ = new(big.Float).SetInt(q).Float64()
	}
	if math.IsInf(r, 0) {
		return nil, Errorf(OverflowError, "rounded value too large to represent")
	}
	if r == 0 {
		r = math.Copysign(0, x)
	}
	return Float(r), nil
}

func floatNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "float() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return Float(0), nil
	case 1:
		return ToFloat(f, args[0])
	}
	return nil, Errorf(TypeError, "float expected at most 1 argument, got %d", len(args))
}

func floatSelf(name string, args []Value) (float64, *Exception) {
	if len(args) == 0 {
		return 0, Errorf(TypeError, "descriptor '%s' of 'float' object needs an argument", name)
	}
	x, ok := args[0].(Float)
	if !ok {
		return 0, Errorf(TypeError, "descriptor '%s' for 'float' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
	}
	if len(args) > 1 {
		return 0, Errorf(TypeError, "float.%s() takes no arguments (%d given)", name, len(args)-1)
	}
	return float64(x), nil
}

// setupFloat installs float into the builtin classes; see universe.go.
func setupFloat() {
	FloatClass.New = floatNew
	FloatClass.AddMethods(map[string]NativeFunc{
		"is_integer": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			x, err := floatSelf("is_integer", args)
			if err != nil {
				return nil, err
			}
			return Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
		},
		"as_integer_ratio": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			x, err := floatSelf("as_integer_ratio", args)
			if err != nil {
				return nil, err
			}
			if math.IsInf(x, 0) {
				return nil, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
			}
			if math.IsNaN(x) {
				return nil, Errorf(ValueError, "cannot convert NaN to integer ratio")
			}
			r := new(big.Rat)
			r.SetFloat64(x)
			return Tuple{normBig(new(big.Int).Set(r.Num())), normBig(new(big.Int).Set(r.Denom()))}, nil
		},
		"conjugate": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			x, err := floatSelf("conjugate", args)
			return Float(x), err
		},
		"__int__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			x, err := floatSelf("__int__", args)
			if err != nil {
				return nil, err
			}
			return FloatToInt(x)
		},
		"__float__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			x, err := floatSelf("__float__", args)
			return Float(x), err
		},
		"__trunc__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			x, err := floatSelf("__trunc__", args)
			if err != nil {
				return nil, err
			}
			return FloatToInt(x)
		},
	})
	// float's data attributes (CPython's float_getset)
	FloatClass.addGetters(map[string]NativeFunc{
		"real": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			x, err := floatSelf("real", args)
			if err != nil {
				return nil, err
			}
			return Float(x), nil
		},
		"imag": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if _, err := floatSelf("imag", args); err != nil {
				return nil, err
			}
			return Float(0), nil
		},
	})
}
