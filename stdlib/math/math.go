// Package math implements the math module: constants, the libm functions
// with CPython's domain/range error rules ("math domain error", "math
// range error"), and the exact integer functions (factorial, gcd, lcm,
// isqrt, comb, perm) on arbitrary-precision ints. fsum is exact (rounded
// once at the end), as CPython's.
package math

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

var (
	errDomain = func() *interp.Exception { return interp.Errorf(interp.ValueError, "math domain error") }
	errRange  = func() *interp.Exception { return interp.Errorf(interp.OverflowError, "math range error") }
)

// Load builds the math module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("math")
	m.Set("pi", interp.Float(math.Pi))
	m.Set("e", interp.Float(math.E))
	m.Set("tau", interp.Float(2*math.Pi))
	m.Set("inf", interp.Float(math.Inf(1)))
	m.Set("nan", interp.Float(math.NaN()))
	m.AddFuncs(Funcs)
	return m, nil
}

// Funcs are the module functions (exported for tests and embedders).
var Funcs = map[string]interp.NativeFunc{
	"sqrt": unary("sqrt", func(x float64) (float64, *interp.Exception) {
		if x < 0 {
			return 0, errDomain()
		}
		return math.Sqrt(x), nil
	}),
	"exp": unary("exp", func(x float64) (float64, *interp.Exception) {
		r := math.Exp(x)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return 0, errRange()
		}
		return r, nil
	}),
	"expm1": unary("expm1", func(x float64) (float64, *interp.Exception) {
		r := math.Expm1(x)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return 0, errRange()
		}
		return r, nil
	}),
	"log2":  logFunc("log2", log2),
	"log10": logFunc("log10", log10),
	"log1p": unary("log1p", func(x float64) (float64, *interp.Exception) {
		if x <= -1 {
			return 0, errDomain()
		}
		return math.Log1p(x), nil
	}),
	"sin":   unary("sin", trig(math.Sin)),
	"cos":   unary("cos", trig(math.Cos)),
	"tan":   unary("tan", trig(math.Tan)),
	"asin":  unary("asin", domain(math.Asin, -1, 1)),
	"acos":  unary("acos", domain(math.Acos, -1, 1)),
	"atan":  unary("atan", func(x float64) (float64, *interp.Exception) { return math.Atan(x), nil }),
	"sinh":  unary("sinh", overflowing(math.Sinh)),
	"cosh":  unary("cosh", overflowing(math.Cosh)),
	"tanh":  unary("tanh", func(x float64) (float64, *interp.Exception) { return math.Tanh(x), nil }),
	"asinh": unary("asinh", func(x float64) (float64, *interp.Exception) { return math.Asinh(x), nil }),
	"acosh": unary("acosh", domain(math.Acosh, 1, math.Inf(1))),
	"atanh": unary("atanh", func(x float64) (float64, *interp.Exception) {
		if x <= -1 || x >= 1 {
			return 0, errDomain()
		}
		return math.Atanh(x), nil
	}),
	"fabs":    unary("fabs", func(x float64) (float64, *interp.Exception) { return math.Abs(x), nil }),
	"degrees": unary("degrees", func(x float64) (float64, *interp.Exception) { return x * (180.0 / math.Pi), nil }),
	"radians": unary("radians", func(x float64) (float64, *interp.Exception) { return x * (math.Pi / 180.0), nil }),
	"erf":     unary("erf", func(x float64) (float64, *interp.Exception) { return math.Erf(x), nil }),
	"erfc":    unary("erfc", func(x float64) (float64, *interp.Exception) { return math.Erfc(x), nil }),
	"gamma": unary("gamma", func(x float64) (float64, *interp.Exception) {
		if x <= 0 && x == math.Trunc(x) || math.IsInf(x, -1) {
			return 0, errDomain()
		}
		r := math.Gamma(x)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return 0, errRange()
		}
		return r, nil
	}),
	"lgamma": unary("lgamma", func(x float64) (float64, *interp.Exception) {
		if x <= 0 && x == math.Trunc(x) {
			return 0, errDomain()
		}
		r, _ := math.Lgamma(x)
		return r, nil
	}),
	"atan2":     binary("atan2", func(y, x float64) (float64, *interp.Exception) { return math.Atan2(y, x), nil }),
	"copysign":  binary("copysign", func(x, y float64) (float64, *interp.Exception) { return math.Copysign(x, y), nil }),
	"fmod":      binary("fmod", fmod),
	"remainder": binary("remainder", remainder),
	"pow":       binary("pow", pow),
	"ldexp":     ldexp,
	"frexp":     frexp,
	"modf":      modf,
	"log":       logAny,
	"floor":     rounder("floor", math.Floor),
	"ceil":      rounder("ceil", math.Ceil),
	"trunc":     rounder("trunc", math.Trunc),
	"hypot":     hypot,
	"dist":      dist,
	"isnan":     pred("isnan", math.IsNaN),
	"isinf":     pred("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
	"isfinite":  pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
	"isclose":   isclose,
	"fsum":      fsum,
	"prod":      prod,
	"factorial": factorial,
	"gcd":       gcd,
	"lcm":       lcm,
	"isqrt":     isqrt,
	"comb":      comb,
	"perm":      perm,
	"nextafter": binary("nextafter", func(x, y float64) (float64, *interp.Exception) { return math.Nextafter(x, y), nil }),
	"ulp":       unary("ulp", ulp),
}

func arg1(name string, args []interp.Value, kw []interp.KV) (float64, *interp.Exception) {
	if err := interp.ExactArgs("math."+name, args, kw, 1); err != nil {
		return 0, err
	}
	return native.Float(args[0])
}

func unary(name string, fn func(float64) (float64, *interp.Exception)) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		x, err := arg1(name, args, kw)
		if err != nil {
			return nil, err
		}
		r, err := fn(x)
		if err != nil {
			return nil, err
		}
		return interp.Float(r), nil
	}
}

func binary(name string, fn func(x, y float64) (float64, *interp.Exception)) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.NoKwargs("math."+name, kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, interp.Errorf(interp.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		x, err := native.Float(args[0])
		if err != nil {
			return nil, err
		}
		y, err := native.Float(args[1])
		if err != nil {
			return nil, err
		}
		r, err := fn(x, y)
		if err != nil {
			return nil, err
		}
		return interp.Float(r), nil
	}
}

func trig(fn func(float64) float64) func(float64) (float64, *interp.Exception) {
	return func(x float64) (float64, *interp.Exception) {
		if math.IsInf(x, 0) {
			return 0, errDomain()
		}
		return fn(x), nil
	}
}

func domain(fn func(float64) float64, lo, hi float64) func(float64) (float64, *interp.Exception) {
	return func(x float64) (float64, *interp.Exception) {
		if x < lo || x > hi {
			return 0, errDomain()
		}
		return fn(x), nil
	}
}

func overflowing(fn func(float64) float64) func(float64) (float64, *interp.Exception) {
	return func(x float64) (float64, *interp.Exception) {
		r := fn(x)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return 0, errRange()
		}
		return r, nil
	}
}

func pred(name string, fn func(float64) bool) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		x, err := arg1(name, args, kw)
		if err != nil {
			return nil, err
		}
		return interp.Bool(fn(x)), nil
	}
}

func fmod(x, y float64) (float64, *interp.Exception) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	if (y == 0 || math.IsInf(x, 0)) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, errDomain()
	}
	return math.Mod(x, y), nil
}

func remainder(x, y float64) (float64, *interp.Exception) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, errDomain()
	}
	return math.Remainder(x, y), nil
}

func pow(x, y float64) (float64, *interp.Exception) {
	if math.IsNaN(x) || math.IsNaN(y) {
		if y == 0 {
			return 1, nil
		}
		if x == 1 {
			return 1, nil
		}
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Pow(x, y), nil
	}
	if x == 0 && y < 0 {
		return 0, errDomain()
	}
	if x < 0 && y != math.Trunc(y) {
		return 0, errDomain()
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) {
		return 0, errRange()
	}
	return r, nil
}

func ulp(x float64) (float64, *interp.Exception) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Abs(x), nil
	}
	x = math.Abs(x)
	if x == math.MaxFloat64 {
		return x - math.Nextafter(x, 0), nil
	}
	return math.Nextafter(x, math.Inf(1)) - x, nil
}

func ldexp(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("math.ldexp", kw); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, interp.Errorf(interp.TypeError, "ldexp expected 2 arguments, got %d", len(args))
	}
	x, err := native.Float(args[0])
	if err != nil {
		return nil, err
	}
	if !native.IsInt(args[1]) {
		return nil, interp.Errorf(interp.TypeError, "Expected an int as second argument to ldexp.")
	}
	var e int64
	if b, ok := args[1].(*interp.BigInt); ok {
		if b.V.Sign() > 0 {
			e = math.MaxInt32
		} else {
			e = math.MinInt32
		}
	} else {
		e, _ = native.Index(f, args[1])
	}
	if e > 1<<20 {
		e = 1 << 20
	} else if e < -(1 << 20) {
		e = -(1 << 20)
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return nil, errRange()
	}
	return interp.Float(r), nil
}

func frexp(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	x, err := arg1("frexp", args, kw)
	if err != nil {
		return nil, err
	}
	m, e := math.Frexp(x)
	return interp.Tuple{interp.Float(m), interp.Int(e)}, nil
}

func modf(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	x, err := arg1("modf", args, kw)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return interp.Tuple{interp.Float(math.Copysign(0, x)), interp.Float(x)}, nil
	}
	i, fr := math.Modf(x)
	return interp.Tuple{interp.Float(fr), interp.Float(i)}, nil
}

// rounder implements floor/ceil/trunc: ints pass through, floats become ints.
func rounder(name string, fn func(float64) float64) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs("math."+name, args, kw, 1); err != nil {
			return nil, err
		}
		switch x := interp.NativeValue(args[0]).(type) {
		case interp.Int, *interp.BigInt:
			return x, nil
		case interp.Bool:
			if x {
				return interp.Int(1), nil
			}
			return interp.Int(0), nil
		case interp.Float:
			return FloatToInt(fn(float64(x)))
		}
		if r, ok, err := interp.CallDunder(f, args[0], "__"+name+"__"); ok || err != nil {
			return r, err
		}
		if name == "trunc" {
			return nil, interp.Errorf(interp.TypeError, "type %s doesn't define __trunc__ method", interp.TypeName(args[0]))
		}
		return nil, interp.Errorf(interp.TypeError, "must be real number, not %s", interp.TypeName(args[0]))
	}
}

// FloatToInt converts an integral float to an int value.
func FloatToInt(x float64) (interp.Value, *interp.Exception) {
	if math.IsInf(x, 0) {
		return nil, interp.Errorf(interp.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, interp.Errorf(interp.ValueError, "cannot convert float NaN to integer")
	}
	if x >= -9.2e18 && x <= 9.2e18 {
		return interp.Int(int64(x)), nil
	}
	b, _ := big.NewFloat(x).Int(nil)
	return interp.MakeInt(b), nil
}

func log2(x float64) float64 {
	fr, e := math.Frexp(x)
	if fr == 0.5 {
		return float64(e - 1)
	}
	return math.Log2(x)
}

// log10 returns exact results for exact powers of ten (as C's log10 does).
func log10(x float64) float64 {
	r := math.Log10(x)
	if n := math.Round(r); n >= 0 && n <= 22 && math.Abs(r-n) < 1e-9 && math.Pow(10, n) == x {
		return n
	}
	return r
}

// logOf is the natural log of a positive int or float (ints of any size).
func logOf(v interp.Value, fn func(float64) float64, scale float64) (float64, *interp.Exception) {
	if b, ok := v.(*interp.BigInt); ok {
		if b.V.Sign() <= 0 {
			return 0, errDomain()
		}
		// log(m * 2**e) = log(m) + e*log(2)
		n := b.V.BitLen() - 60
		m := new(big.Int).Rsh(&b.V, uint(n))
		fm, _ := new(big.Float).SetInt(m).Float64()
		return fn(fm) + float64(n)*scale, nil
	}
	x, err := native.Float(v)
	if err != nil {
		return 0, err
	}
	if x <= 0 || math.IsNaN(x) {
		if math.IsNaN(x) {
			return x, nil
		}
		return 0, errDomain()
	}
	return fn(x), nil
}

func logFunc(name string, fn func(float64) float64) interp.NativeFunc {
	scale := math.Log2(2)
	if name == "log10" {
		scale = math.Log10(2)
	}
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs("math."+name, args, kw, 1); err != nil {
			return nil, err
		}
		r, err := logOf(args[0], fn, scale)
		if err != nil {
			return nil, err
		}
		return interp.Float(r), nil
	}
}

func logAny(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ArgsBetween("log", args, kw, 1, 2); err != nil {
		return nil, err
	}
	num, err := logOf(args[0], math.Log, math.Ln2)
	if err != nil {
		return nil, err
	}
	if len(args) == 2 {
		den, err := logOf(args[1], math.Log, math.Ln2)
		if err != nil {
			return nil, err
		}
		if den == 0 {
			return nil, interp.Errorf(interp.ZeroDivisionError, "float division by zero")
		}
		return interp.Float(num / den), nil
	}
	return interp.Float(num), nil
}

func floats(f *interp.Fiber, v interp.Value) ([]float64, *interp.Exception) {
	var out []float64
	err := interp.Iterate(f, v, func(it interp.Value) (bool, *interp.Exception) {
		x, err := native.Float(it)
		if err != nil {
			return false, err
		}
		out = append(out, x)
		return true, nil
	})
	return out, err
}

func norm(xs []float64) float64 {
	if len(xs) == 2 {
		return math.Hypot(xs[0], xs[1])
	}
	maxv := 0.0
	nan := false
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			nan = true
		}
		if x > maxv {
			maxv = x
		}
	}
	if nan {
		return math.NaN()
	}
	if maxv == 0 || len(xs) == 1 {
		return maxv
	}
	sum := 0.0
	for _, x := range xs {
		x /= maxv
		sum += x * x
	}
	return maxv * math.Sqrt(sum)
}

func hypot(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("math.hypot", kw); err != nil {
		return nil, err
	}
	xs, err := floats(f, interp.Tuple(args))
	if err != nil {
		return nil, err
	}
	return interp.Float(norm(xs)), nil
}

func dist(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("math.dist", kw); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, interp.Errorf(interp.TypeError, "dist expected 2 arguments, got %d", len(args))
	}
	p, err := floats(f, args[0])
	if err != nil {
		return nil, err
	}
	q, err := floats(f, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, interp.Errorf(interp.ValueError, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		d[i] = p[i] - q[i]
	}
	return interp.Float(norm(d)), nil
}

func isclose(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var av, bv, relv, absv interp.Value
	if err := interp.UnpackArgs("isclose", args, kw, "a", &av, "b", &bv, "*", "rel_tol?", &relv, "abs_tol?", &absv); err != nil {
		return nil, err
	}
	a, err := native.Float(av)
	if err != nil {
		return nil, err
	}
	b, err := native.Float(bv)
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-9, 0.0
	if relv != nil {
		if rel, err = native.Float(relv); err != nil {
			return nil, err
		}
	}
	if absv != nil {
		if abs, err = native.Float(absv); err != nil {
			return nil, err
		}
	}
	if rel < 0 || abs < 0 {
		return nil, interp.Errorf(interp.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return interp.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return interp.False, nil
	}
	diff := math.Abs(b - a)
	return interp.Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

func fsum(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("math.fsum", args, kw, 1); err != nil {
		return nil, err
	}
	xs, err := floats(f, args[0])
	if err != nil {
		return nil, err
	}
	sum := new(big.Float).SetPrec(2400)
	special := 0.0
	hasSpecial := false
	for _, x := range xs {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if hasSpecial {
				special += x
			} else {
				special, hasSpecial = x, true
			}
			continue
		}
		sum.Add(sum, new(big.Float).SetFloat64(x))
	}
	if hasSpecial {
		if math.IsNaN(special) {
			for _, x := range xs {
				if math.IsNaN(x) {
					return interp.Float(special), nil
				}
			}
			return nil, interp.Errorf(interp.ValueError, "-inf + inf in fsum")
		}
		return interp.Float(special), nil
	}
	r, _ := sum.Float64()
	if math.IsInf(r, 0) {
		return nil, interp.Errorf(interp.OverflowError, "intermediate overflow in fsum")
	}
	return interp.Float(r), nil
}

func prod(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var it, start interp.Value
	if err := interp.UnpackArgs("prod", args, kw, "iterable", &it, "/", "*", "start?", &start); err != nil {
		return nil, err
	}
	if start == nil {
		start = interp.Int(1)
	}
	acc := start
	err := interp.Iterate(f, it, func(v interp.Value) (bool, *interp.Exception) {
		r, err := mul(f, acc, v)
		acc = r
		return err == nil, err
	})
	return acc, err
}

// mul multiplies with fast paths for ints and floats.
func mul(f *interp.Fiber, a, b interp.Value) (interp.Value, *interp.Exception) {
	if x, ok := native.BigOf(a); ok {
		if y, ok := native.BigOf(b); ok {
			return interp.MakeInt(x.Mul(x, y)), nil
		}
		if y, ok := b.(interp.Float); ok {
			fx, err := native.Float(a)
			if err != nil {
				return nil, err
			}
			return interp.Float(fx * float64(y)), nil
		}
	}
	if x, ok := a.(interp.Float); ok {
		if y, err := native.Float(b); err == nil {
			return interp.Float(float64(x) * y), nil
		}
	}
	return interp.Binary(f, interp.OpMul, a, b, false)
}

// intArg reads an integer argument as CPython's PyNumber_Index does (an
// int, a bool or an object with __index__).
func intArg(f *interp.Fiber, v interp.Value) (*big.Int, *interp.Exception) {
	i, err := interp.Index(f, v)
	if err != nil {
		return nil, err
	}
	n, _ := native.BigOf(i)
	return n, nil
}

func factorial(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("math.factorial", args, kw, 1); err != nil {
		return nil, err
	}
	n, err := intArg(f, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 1<<20 {
		return nil, interp.Errorf(interp.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return interp.MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func gcd(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("math.gcd", kw); err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, a := range args {
		n, err := intArg(f, a)
		if err != nil {
			return nil, err
		}
		g.GCD(nil, nil, g.Abs(g), n.Abs(n))
	}
	return interp.MakeInt(g), nil
}

func lcm(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("math.lcm", kw); err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, a := range args {
		n, err := intArg(f, a)
		if err != nil {
			return nil, err
		}
		n.Abs(n)
		if n.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l, new(big.Int).Quo(n, g))
	}
	return interp.MakeInt(l), nil
}

func isqrt(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("math.isqrt", args, kw, 1); err != nil {
		return nil, err
	}
	n, err := intArg(f, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "isqrt() argument must be nonnegative")
	}
	return interp.MakeInt(n.Sqrt(n)), nil
}

func combArgs(f *interp.Fiber, fname string, args []interp.Value, kw []interp.KV, nreq int) (*big.Int, *big.Int, *interp.Exception) {
	if err := interp.NoKwargs("math."+fname, kw); err != nil {
		return nil, nil, err
	}
	if len(args) < nreq || len(args) > 2 {
		if nreq == 2 {
			return nil, nil, interp.Errorf(interp.TypeError, "%s expected 2 arguments, got %d", fname, len(args))
		}
		return nil, nil, interp.Errorf(interp.TypeError, "%s expected at most 2 arguments, got %d", fname, len(args))
	}
	n, err := intArg(f, args[0])
	if err != nil {
		return nil, nil, err
	}
	if len(args) == 1 || args[1] == interp.None {
		return n, nil, nil
	}
	k, err := intArg(f, args[1])
	if err != nil {
		return nil, nil, err
	}
	return n, k, nil
}

func comb(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	n, k, err := combArgs(f, "comb", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return interp.Int(0), nil
	}
	if !n.IsInt64() {
		return nil, interp.Errorf(interp.OverflowError, "n too large")
	}
	return interp.MakeInt(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
}

func perm(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	n, k, err := combArgs(f, "perm", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "n must be a non-negative integer")
	}
	if k == nil {
		k = new(big.Int).Set(n)
	}
	if k.Sign() < 0 {
		return nil, interp.Errorf(interp.ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return interp.Int(0), nil
	}
	if !n.IsInt64() {
		return nil, interp.Errorf(interp.OverflowError, "n too large")
	}
	if k.Sign() == 0 {
		return interp.Int(1), nil
	}
	return interp.MakeInt(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
}
