package interp

// This file implements int: the Int fast paths (overflow promotes to
// *BigInt), *BigInt arithmetic through math/big, int() parsing, int
// repr/str with CPython's 4300-digit limit, int hashing and the int
// methods. Bool takes part as the int 0 or 1.

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unsafe"
)

// Small ints are preboxed: storing an int64 in an interface allocates
// outside 0..255, so results in [smallIntMin, smallIntMax] are boxed
// without allocating: the interface's data word points into a static
// array (what the Go runtime does for 0..255), see BenchmarkIntAdd.
const (
	smallIntMin = -1024
	smallIntMax = 1<<14 - 1
)

// smallIntBacking, the static array of preboxed ints, is generated into
// smallints_table.go (go generate) so that it costs nothing at start-up.
//
//go:generate go run gen_smallints.go

type ifaceWords struct{ tab, data unsafe.Pointer }

// intItab is the itab word of an Int stored in a Value.
var intItab = func() unsafe.Pointer {
	var v Value = Int(12345)
	return (*ifaceWords)(unsafe.Pointer(&v)).tab
}()

// MakeSmallInt boxes x as a Value, without allocating when x is in the
// preboxed range (-1024..16383). Use it wherever an int64 result is
// returned as a Value on a hot path (range iteration, len, indexes).
func MakeSmallInt(x int64) Value {
	if isPreboxed(x) {
		return preboxedInt(x)
	}
	return Int(x)
}

// isPreboxed reports whether x is in the preboxed range.
func isPreboxed(x int64) bool { return uint64(x-smallIntMin) <= smallIntMax-smallIntMin }

// preboxedInt is the preboxed Value of x, which must be in the range
// (isPreboxed).
func preboxedInt(x int64) Value { return intValueAt(&smallIntBacking[x-smallIntMin]) }

// intValueAt is the Value of type Int whose data word is p, built by hand
// from Int's itab: what converting an Int to Value builds, without the
// allocation. *p must never be written again once the Value exists (a
// Value of a non-pointer type is immutable to everyone who holds it).
func intValueAt(p *int64) Value {
	return *(*Value)(unsafe.Pointer(&ifaceWords{intItab, unsafe.Pointer(p)}))
}

// intSlabLen is the number of ints carved from one intSlab allocation.
const intSlabLen = 32

// intSlab boxes ints outside the preboxed range for the dispatch loop's
// arithmetic (exec's BINARY_OP and FOR_ITER over a range), which would
// otherwise call the allocator for every result: it allocates
// intSlabLen int64s at once and hands out one element per boxed int, so
// a box costs a decrement and a store. 32 elements get nearly all of the
// gain (128 saved under 1% more instructions on the loops benchmark)
// with a quarter of the worst-case retention.
//
// Why this is sound:
//   - The array holds no pointers (noscan): the collector never scans it.
//     A Value's data word pointing at element i is an interior pointer,
//     which Go's collector resolves to the whole array and keeps alive,
//     like &arr[i] anywhere else.
//   - Each element is written exactly once, by the caller of take (or by
//     carve) before intValueAt publishes it, and never again: free only
//     shrinks, and a used-up array is replaced, never reused.
//   - There is one intSlab per VM, used only by code holding the GIL, so
//     it is never touched by two goroutines at once.
//
// Retention bound: a live boxed int keeps its whole array alive, so in the
// worst case (one survivor per array) memory is intSlabLen*8 = 256 bytes
// per retained int instead of 16; ints that survive in bulk (a list being
// filled) come from consecutive elements and share arrays.
type intSlab struct {
	arr  *[intSlabLen]int64
	free int // arr[:free] are not handed out yet
}

// take returns the slab's next free element for the caller to store an
// int in and box (intValueAt), or nil when the slab is used up: then
// carve. Elements are handed out from the end of arr down. take is
// small enough to be inlined into exec, carve is not.
func (s *intSlab) take() *int64 {
	if s.free == 0 {
		return nil
	}
	s.free--
	return &s.arr[s.free]
}

// carve returns x as a Value whose data word is the slab's next free
// element, starting a fresh slab when this one is used up (the old one
// stays alive as long as an int carved from it does). Callers box the
// preboxed range first (isPreboxed, preboxedInt): carving those would
// waste slab space.
func (s *intSlab) carve(x int64) Value {
	p := s.take()
	if p == nil {
		s.arr, s.free = new([intSlabLen]int64), intSlabLen
		p = s.take()
	}
	*p = x
	return intValueAt(p)
}

// MaxStrDigits is CPython's sys.get_int_max_str_digits() default.
const MaxStrDigits = 4300

// normBig returns x as an Int when it fits, else wraps it (x is owned by
// the result and must not be modified afterwards).
func normBig(x *big.Int) Value {
	if x.IsInt64() {
		return MakeSmallInt(x.Int64())
	}
	return bigIntWrap(x)
}

func bigIntWrap(x *big.Int) *BigInt {
	b := new(BigInt)
	b.V = *x // x is owned by the caller and dropped: no deep copy needed
	return b
}

// toBig returns v (Int, Bool or *BigInt) as a *big.Int. The result for a
// *BigInt is its own storage: do not modify it.
func toBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return &x.V
	}
	return nil
}

// isInt reports whether v is an int (including bool).
func isInt(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// AsInt64 returns v as an int64 when v is an int (or bool) in range.
func AsInt64(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// IntToFloat converts an int (Int, Bool, *BigInt) to float64, raising
// OverflowError "int too large to convert to float" like CPython.
func IntToFloat(v Value) (float64, *Exception) {
	switch x := v.(type) {
	case Int:
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		fl, _ := new(big.Float).SetInt(&x.V).Float64()
		if math.IsInf(fl, 0) {
			return 0, Errorf(OverflowError, "int too large to convert to float")
		}
		return fl, nil
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(v))
}

func errIntDivZero() *Exception {
	return Errorf(ZeroDivisionError, "integer division or modulo by zero")
}
func errIntModZero() *Exception { return Errorf(ZeroDivisionError, "integer modulo by zero") }
func errDivZero() *Exception    { return Errorf(ZeroDivisionError, "division by zero") }
func errNegShift() *Exception   { return Errorf(ValueError, "negative shift count") }

// intBinary applies op to two small ints. NotImplemented is returned for
// OpMatMul.
func intBinary(op BinOp, a, b int64) (Value, *Exception) {
	switch op {
	case OpAdd:
		c := a + b
		if (a^c)&(b^c) < 0 {
			return bigBinary(op, big.NewInt(a), big.NewInt(b))
		}
		return MakeSmallInt(c), nil
	case OpSub:
		c := a - b
		if (a^b)&(a^c) < 0 {
			return bigBinary(op, big.NewInt(a), big.NewInt(b))
		}
		return MakeSmallInt(c), nil
	case OpMul:
		if c, ok := mul64(a, b); ok {
			return MakeSmallInt(c), nil
		}
		return bigBinary(op, big.NewInt(a), big.NewInt(b))
	case OpFloorDiv:
		if b == 0 {
			return nil, errIntDivZero()
		}
		if a == math.MinInt64 && b == -1 {
			return bigBinary(op, big.NewInt(a), big.NewInt(b))
		}
		return MakeSmallInt(floorDiv64(a, b)), nil
	case OpMod:
		if b == 0 {
			return nil, errIntModZero()
		}
		return MakeSmallInt(floorMod64(a, b)), nil
	case OpTrueDiv:
		if b == 0 {
			return nil, errDivZero()
		}
		const lim = 1 << 53
		if a >= -lim && a <= lim && b >= -lim && b <= lim {
			return Float(float64(a) / float64(b)), nil
		}
		return bigTrueDiv(big.NewInt(a), big.NewInt(b))
	case OpPow:
		if b < 0 {
			return floatPowInt(float64(a), float64(b))
		}
		if r, ok := pow64(a, b); ok {
			return MakeSmallInt(r), nil
		}
		return bigBinary(op, big.NewInt(a), big.NewInt(b))
	case OpLShift:
		if b < 0 {
			return nil, errNegShift()
		}
		if a == 0 {
			return Int(0), nil
		}
		if b < 63 {
			c := a << uint(b)
			if c>>uint(b) == a {
				return MakeSmallInt(c), nil
			}
		}
		return bigBinary(op, big.NewInt(a), big.NewInt(b))
	case OpRShift:
		if b < 0 {
			return nil, errNegShift()
		}
		if b >= 64 {
			if a < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return MakeSmallInt(a >> uint(b)), nil
	case OpAnd:
		return MakeSmallInt(a & b), nil
	case OpOr:
		return MakeSmallInt(a | b), nil
	case OpXor:
		return MakeSmallInt(a ^ b), nil
	}
	return NotImplemented, nil
}

func mul64(a, b int64) (int64, bool) {
	if a == int64(int32(a)) && b == int64(int32(b)) {
		return a * b, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := uint64(a), uint64(b)
	if a < 0 {
		ua = -ua
	}
	if b < 0 {
		ub = -ub
	}
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod64(a, b int64) int64 {
	r := a % b
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r
}

func pow64(a, b int64) (int64, bool) {
	switch a {
	case 0:
		if b == 0 {
			return 1, true
		}
		return 0, true
	case 1:
		return 1, true
	case -1:
		if b&1 == 0 {
			return 1, true
		}
		return -1, true
	}
	if b >= 64 {
		return 0, false
	}
	r := int64(1)
	for b > 0 {
		if b&1 != 0 {
			var ok bool
			if r, ok = mul64(r, a); !ok {
				return 0, false
			}
		}
		b >>= 1
		if b > 0 {
			var ok bool
			if a, ok = mul64(a, a); !ok {
				return 0, false
			}
		}
	}
	return r, true
}

// bigBinary applies op to two ints of any size. a and b are not modified.
// maxLongDigits is CPython's MAX_LONG_DIGITS on 64-bit systems: the most
// 30-bit digits an int may have.
const maxLongDigits = ((1<<63 - 1) - 24) / 4

func bigBinary(op BinOp, a, b *big.Int) (Value, *Exception) {
	z := new(big.Int)
	switch op {
	case OpAdd:
		z.Add(a, b)
	case OpSub:
		z.Sub(a, b)
	case OpMul:
		z.Mul(a, b)
	case OpFloorDiv, OpMod:
		if b.Sign() == 0 {
			if op == OpMod {
				return nil, errIntModZero()
			}
			return nil, errIntDivZero()
		}
		q, m := bigDivMod(a, b)
		if op == OpMod {
			return normBig(m), nil
		}
		return normBig(q), nil
	case OpTrueDiv:
		if b.Sign() == 0 {
			return nil, errDivZero()
		}
		return bigTrueDiv(a, b)
	case OpPow:
		if b.Sign() < 0 {
			x, err := IntToFloat(normBig(new(big.Int).Set(a)))
			if err != nil {
				return nil, err
			}
			y, err := IntToFloat(normBig(new(big.Int).Set(b)))
			if err != nil {
				return nil, err
			}
			return floatPowInt(x, y)
		}
		if a.CmpAbs(big.NewInt(1)) <= 0 {
			// 0, 1, -1: no size explosion whatever b is.
			if a.Sign() == 0 {
				if b.Sign() == 0 {
					return Int(1), nil
				}
				return Int(0), nil
			}
			if a.Sign() < 0 && b.Bit(0) == 1 {
				return Int(-1), nil
			}
			return Int(1), nil
		}
		if !b.IsInt64() || float64(b.Int64())*float64(a.BitLen()) > 1<<62 {
			return nil, NewException(MemoryError)
		}
		if err := checkProcessAlloc(b.Int64() * int64(a.BitLen()) / 8); err != nil {
			return nil, err
		}
		z.Exp(a, b, nil)
	case OpLShift:
		if b.Sign() < 0 {
			return nil, errNegShift()
		}
		if a.Sign() == 0 {
			return Int(0), nil
		}
		// CPython: more than MAX_LONG_DIGITS 30-bit digits is an
		// OverflowError; fewer, but more than memory holds, MemoryError
		if !b.IsInt64() || b.Int64()/30 > maxLongDigits {
			return nil, Errorf(OverflowError, "too many digits in integer")
		}
		if err := checkProcessAlloc(b.Int64()/8 + int64(a.BitLen()/8)); err != nil {
			return nil, err
		}
		z.Lsh(a, uint(b.Int64()))
	case OpRShift:
		if b.Sign() < 0 {
			return nil, errNegShift()
		}
		if !b.IsInt64() || b.Int64() > int64(a.BitLen()) {
			if a.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		z.Rsh(a, uint(b.Int64())) // arithmetic: rounds toward -inf
	case OpAnd:
		z.And(a, b)
	case OpOr:
		z.Or(a, b)
	case OpXor:
		z.Xor(a, b)
	default:
		return NotImplemented, nil
	}
	return normBig(z), nil
}

// bigDivMod is Python's divmod on ints (floor division, remainder with
// the sign of the divisor). b must be non-zero.
func bigDivMod(a, b *big.Int) (q, m *big.Int) {
	q, m = new(big.Int), new(big.Int)
	q.QuoRem(a, b, m)
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// bigTrueDiv is a / b correctly rounded (b != 0).
func bigTrueDiv(a, b *big.Int) (Value, *Exception) {
	if a.Sign() == 0 {
		return Float(math.Copysign(0, float64(b.Sign()))), nil
	}
	r := new(big.Rat).SetFrac(a, b)
	fl, _ := r.Float64()
	if math.IsInf(fl, 0) {
		return nil, Errorf(OverflowError, "integer division result too large for a float")
	}
	return Float(fl), nil
}

// intArith applies op to two ints of any representation.
func intArith(op BinOp, v, w Value) (Value, *Exception) {
	a, ok1 := AsInt64(v)
	b, ok2 := AsInt64(w)
	if ok1 && ok2 {
		return intBinary(op, a, b)
	}
	return bigBinary(op, toBig(v), toBig(w))
}

// intNeg is -v for an int.
func intNeg(v Value) Value {
	if a, ok := AsInt64(v); ok {
		if a == math.MinInt64 {
			return normBig(new(big.Int).Neg(big.NewInt(a)))
		}
		return MakeSmallInt(-a)
	}
	return normBig(new(big.Int).Neg(toBig(v)))
}

// intInvert is ~v for an int.
func intInvert(v Value) Value {
	if a, ok := AsInt64(v); ok {
		return MakeSmallInt(^a)
	}
	return normBig(new(big.Int).Not(toBig(v)))
}

// intAbs is abs(v) for an int.
func intAbs(v Value) Value {
	if a, ok := AsInt64(v); ok {
		if a < 0 {
			return intNeg(Int(a))
		}
		return MakeSmallInt(a)
	}
	return normBig(new(big.Int).Abs(toBig(v)))
}

// intCmp compares two ints: -1, 0 or +1.
func intCmp(v, w Value) int {
	a, ok1 := AsInt64(v)
	b, ok2 := AsInt64(w)
	if ok1 && ok2 {
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	return toBig(v).Cmp(toBig(w))
}

// intSign is the sign of an int: -1, 0, +1.
func intSign(v Value) int {
	if a, ok := AsInt64(v); ok {
		switch {
		case a < 0:
			return -1
		case a > 0:
			return 1
		}
		return 0
	}
	return toBig(v).Sign()
}

// hashInt64 is CPython's hash of a small int (modulo 2**61-1).
func hashInt64(x int64) int64 {
	const p = 1<<61 - 1
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	h := int64(u % p)
	if x < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

var hashModulus = big.NewInt(1<<61 - 1)

func hashBigInt(x *big.Int) int64 {
	m := new(big.Int).Abs(x)
	m.Mod(m, hashModulus)
	h := m.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func errIntStrLimit() *Exception {
	return Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits)
}

// IntString is str(v) for an int, with CPython's limit on decimal digits.
func IntString(v Value) (string, *Exception) {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Bool:
		if x {
			return "1", nil
		}
		return "0", nil
	case *BigInt:
		bl := x.V.BitLen()
		if float64(bl-1)*0.30102999566398 >= MaxStrDigits+1 {
			return "", errIntStrLimit()
		}
		s := x.V.String()
		n := len(s)
		if x.V.Sign() < 0 {
			n--
		}
		if n > MaxStrDigits {
			return "", errIntStrLimit()
		}
		return s, nil
	}
	return "", Errorf(TypeError, "expected int")
}

// IntFormatBase formats an int in base 2, 8 or 16 with CPython's prefixes
// ("0b", "0o", "0x"), as bin(), oct() and hex() do; base 10 is str().
func IntFormatBase(v Value, base int) string {
	if base == 10 {
		s, _ := IntString(v)
		return s
	}
	x := toBig(v)
	var prefix string
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	}
	if x.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(x).Text(base)
	}
	return prefix + x.Text(base)
}

func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// pyStrip removes leading and trailing whitespace as str.strip() does.
func pyStrip(s string) string { return strings.TrimFunc(s, isPySpace) }

// digitValue returns the value of a digit or letter in bases up to 36
// (Unicode decimal digits count as digits), or 99.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	case r > 0x7f && unicode.Is(unicode.Nd, r):
		// Decimal digit runs start at a zero.
		z := r
		for unicode.Is(unicode.Nd, z-1) && r-z < 9 {
			z--
		}
		return int(r-z) % 10
	}
	return 99
}

// IntFromString parses s as int(s, base) does (base 0 or 2..36):
// surrounding whitespace, a sign, base prefixes, underscores between
// digits. Errors are CPython's ValueErrors.
func IntFromString(s string, base int) (Value, *Exception) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	bad := func() (Value, *Exception) {
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, reprStr(s))
	}
	t := pyStrip(s)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		var pb int
		switch t[1] {
		case 'x', 'X':
			pb = 16
		case 'o', 'O':
			pb = 8
		case 'b', 'B':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			b = pb
			t = t[2:]
			prefixed = true
		}
	}
	if b == 0 {
		b = 10
		// "010" is not allowed in base 0 (only zeros).
		if len(t) > 1 && t[0] == '0' {
			for _, r := range t {
				if r != '0' && r != '_' {
					return bad()
				}
			}
		}
	}
	// Validate digits and underscores; collect plain digits.
	var digits []byte
	prevUnderscore := false
	for i, r := range t {
		if r == '_' {
			if prevUnderscore || (i == 0 && !prefixed) {
				return bad()
			}
			prevUnderscore = true
			continue
		}
		d := digitValue(r)
		if d >= b {
			return bad()
		}
		digits = append(digits, "0123456789abcdefghijklmnopqrstuvwxyz"[d])
		prevUnderscore = false
	}
	if len(digits) == 0 || prevUnderscore {
		return bad()
	}
	if len(digits) <= 18 && b <= 10 || len(digits) <= 12 {
		n, err := strconv.ParseInt(string(digits), b, 64)
		if err == nil {
			if neg {
				n = -n
			}
			return MakeSmallInt(n), nil
		}
	}
	if b&(b-1) != 0 && len(digits) > MaxStrDigits {
		return nil, Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits, len(digits))
	}
	z, ok := new(big.Int).SetString(string(digits), b)
	if !ok {
		return bad()
	}
	if neg {
		z.Neg(z)
	}
	return normBig(z), nil
}

// FloatToInt truncates a float to an int (int(x)), raising CPython's
// errors for inf and nan.
func FloatToInt(x float64) (Value, *Exception) {
	if math.IsInf(x, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(x)
	if t >= -9.2e18 && t <= 9.2e18 {
		return MakeSmallInt(int64(t)), nil
	}
	z, _ := new(big.Float).SetFloat64(t).Int(nil)
	return normBig(z), nil
}

// Index returns v as an int for use as an index (__index__): ints and
// bools directly, user objects through __index__.
func Index(f *Fiber, v Value) (Value, *Exception) {
	switch x := v.(type) {
	case Int, *BigInt:
		return x, nil
	case Bool:
		if x {
			return Int(1), nil
		}
		return Int(0), nil
	}
	if res, ok, err := callUser(f, v, "__index__"); ok {
		if err != nil {
			return nil, err
		}
		if !isInt(res) {
			return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(res))
		}
		return res, nil
	}
	if n := nativeOf(v); n != nil && isInt(n) {
		return n, nil
	}
	return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// ToInt is int(v) for one argument.
func ToInt(f *Fiber, v Value) (Value, *Exception) {
	switch x := v.(type) {
	case Int, *BigInt:
		return x, nil
	case Bool:
		if x {
			return Int(1), nil
		}
		return Int(0), nil
	case Float:
		return FloatToInt(float64(x))
	case Str:
		return IntFromString(string(x), 10)
	case Bytes, *ByteArray:
		s, _ := bytesOf(x)
		return intFromBytesLiteral(s, 10)
	}
	for _, name := range [...]string{"__int__", "__index__", "__trunc__"} {
		if res, ok, err := callUser(f, v, name); ok {
			if err != nil {
				return nil, err
			}
			if !isInt(res) {
				return nil, Errorf(TypeError, "%s returned non-int (type %s)", name, TypeName(res))
			}
			if b, isBool := res.(Bool); isBool {
				return intFromBool(b), nil
			}
			return res, nil
		}
	}
	if n := nativeOf(v); n != nil {
		return ToInt(f, n)
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(v))
}

func intFromBool(b Bool) Value {
	if b {
		return Int(1)
	}
	return Int(0)
}

// argsWithKw merges keyword arguments named in names into positional
// slots (for the small constructors here).
func argsWithKw(fname string, args []Value, kw []KV, names ...string) ([]Value, *Exception) {
	if len(kw) == 0 {
		if len(args) > len(names) {
			return nil, Errorf(TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(args))
		}
		return args, nil
	}
	out := make([]Value, len(names))
	copy(out, args)
	if len(args) > len(names) {
		return nil, Errorf(TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(args))
	}
	n := len(args)
	for _, kv := range kw {
		found := false
		for i, nm := range names {
			if nm == kv.Name && i > 0 {
				if i < len(args) {
					return nil, Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, nm, i+1)
				}
				out[i] = kv.Value
				if i+1 > n {
					n = i + 1
				}
				found = true
			}
		}
		if !found {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", kv.Name, fname)
		}
	}
	for i := 0; i < n; i++ {
		if out[i] == nil {
			if i == 0 {
				return nil, Errorf(TypeError, "int() missing string argument")
			}
		}
	}
	return out[:n], nil
}

func intNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	args, err := argsWithKw("int", args, kw, "x", "base")
	if err != nil {
		return nil, err
	}
	switch len(args) {
	case 0:
		return Int(0), nil
	case 1:
		return ToInt(f, args[0])
	}
	bv, err := Index(f, args[1])
	if err != nil {
		return nil, err
	}
	base, ok := AsInt64(bv)
	if !ok || base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	s, ok := args[0].(Str)
	if !ok {
		if b, isBytes := bytesOf(args[0]); isBytes {
			return intFromBytesLiteral(b, int(base))
		}
		return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
	}
	return IntFromString(string(s), int(base))
}

func boolNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "bool() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return False, nil
	case 1:
		t, err := Truth(f, args[0])
		return Bool(t), err
	}
	return nil, Errorf(TypeError, "bool expected at most 1 argument, got %d", len(args))
}

// intSelf extracts the int receiver of an int method.
func intSelf(name string, args []Value, nargs int) (Value, *Exception) {
	if len(args) == 0 || !isInt(args[0]) {
		return nil, Errorf(TypeError, "descriptor '%s' of 'int' object needs an argument", name)
	}
	if len(args)-1 != nargs {
		if nargs == 0 {
			return nil, Errorf(TypeError, "int.%s() takes no arguments (%d given)", name, len(args)-1)
		}
		return nil, Errorf(TypeError, "int.%s() takes exactly %d argument (%d given)", name, nargs, len(args)-1)
	}
	if b, ok := args[0].(Bool); ok {
		return intFromBool(b), nil
	}
	return args[0], nil
}

// setupInt installs int and bool into the builtin classes; see universe.go.
func setupInt() {
	IntClass.New = intNew
	BoolClass.New = boolNew
	IntClass.AddMethods(map[string]NativeFunc{
		"bit_length": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := intSelf("bit_length", args, 0)
			if err != nil {
				return nil, err
			}
			if a, ok := AsInt64(v); ok {
				if a < 0 {
					return Int(bits.Len64(-uint64(a))), nil
				}
				return Int(bits.Len64(uint64(a))), nil
			}
			return Int(toBig(v).BitLen()), nil
		},
		"bit_count": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := intSelf("bit_count", args, 0)
			if err != nil {
				return nil, err
			}
			x := new(big.Int).Abs(toBig(v))
			n := 0
			for _, w := range x.Bits() {
				n += bits.OnesCount64(uint64(w))
			}
			return Int(n), nil
		},
		"conjugate": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return intSelf("conjugate", args, 0)
		},
		"__index__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return intSelf("__index__", args, 0)
		},
		"__int__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return intSelf("__int__", args, 0)
		},
		"__float__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := intSelf("__float__", args, 0)
			if err != nil {
				return nil, err
			}
			x, err := IntToFloat(v)
			return Float(x), err
		},
		"as_integer_ratio": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := intSelf("as_integer_ratio", args, 0)
			if err != nil {
				return nil, err
			}
			return Tuple{v, Int(1)}, nil
		},
	})
	// the number protocol's data attributes (CPython's int_getset):
	// an int is its own real part and numerator
	self := func(name string) NativeFunc {
		return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return intSelf(name, args, 0)
		}
	}
	constant := func(name string, c Value) NativeFunc {
		return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if _, err := intSelf(name, args, 0); err != nil {
				return nil, err
			}
			return c, nil
		}
	}
	IntClass.addGetters(map[string]NativeFunc{
		"real": self("real"), "numerator": self("numerator"),
		"imag": constant("imag", Int(0)), "denominator": constant("denominator", Int(1)),
	})
}

// intFastOp is BINARY_OP's fast path for two small ints: the common
// operators whose result is again an int64, with Python's floor
// semantics for // and %. ok=false means "take the general path"
// (overflow, division by zero, negative shift, other operators). The
// caller boxes the result (exec through its VM's intSlab).
func intFastOp(op BinOp, x, y int64) (r int64, ok bool) {
	switch op {
	case OpAdd:
		if s := x + y; (s > x) == (y > 0) {
			return s, true
		}
	case OpSub:
		if s := x - y; (s < x) == (y > 0) {
			return s, true
		}
	case OpMul:
		if hi, lo := bits.Mul64(uint64(absInt(x)), uint64(absInt(y))); hi == 0 && lo < 1<<63 && x != math.MinInt64 && y != math.MinInt64 {
			p := int64(lo)
			if (x < 0) != (y < 0) {
				p = -p
			}
			return p, true
		}
	case OpMod:
		if y > 0 {
			m := x % y
			if m < 0 {
				m += y
			}
			return m, true
		}
	case OpFloorDiv:
		if y > 0 {
			q := x / y
			if x%y != 0 && x < 0 {
				q--
			}
			return q, true
		}
	case OpAnd:
		return x & y, true
	case OpOr:
		return x | y, true
	case OpXor:
		return x ^ y, true
	case OpLShift:
		// exact when shifting back gives x again
		if y >= 0 && y < 63 && (x<<y)>>y == x {
			return x << y, true
		}
	case OpRShift:
		if y >= 0 {
			return x >> min(y, 63), true // arithmetic shift floors, as Python's
		}
	}
	return 0, false
}

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// cmpOutcomes holds, for each CmpOp (3 bits per operator, CmpEq at the
// bottom), which outcomes of a comparison make it true: bit 0 "less",
// bit 1 "equal", bit 2 "greater". compareInts looks the answer up here
// instead of switching on the operator, which keeps it small enough for
// Go to inline into exec's COMPARE_JUMP and COMPARE_OP.
const cmpOutcomes = 0b010<<(3*CmpEq) | 0b101<<(3*CmpNe) | 0b001<<(3*CmpLt) |
	0b011<<(3*CmpLe) | 0b100<<(3*CmpGt) | 0b110<<(3*CmpGe)

// compareInts is the small-int fast path of COMPARE_OP and the
// COMPARE_JUMP_IF_* pair.
func compareInts(op CmpOp, x, y Int) bool {
	k := 1 // the outcome: 0 less, 1 equal, 2 greater
	if x < y {
		k = 0
	} else if x > y {
		k = 2
	}
	return cmpOutcomes>>(3*uint(op)+uint(k))&1 != 0
}
