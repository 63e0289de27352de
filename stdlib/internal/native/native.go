// Package native holds the small helpers the stdlib module packages share:
// argument binding with CPython-style TypeError wording, numeric
// conversions, iteration with fast paths for the built-in containers, and
// class construction for Go-implemented types.
//
// Everything here is a thin layer over the interp contract; when interp
// exports an equivalent (an UnpackArgs, Iterate, ToList, ...), the helpers
// here should forward to it. Invariant: no helper keeps interpreter values
// beyond the call that received them.
package native

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

// Bind binds positional and keyword arguments to the parameters names (in
// order). The first nreq are required; missing optional ones are left nil.
// Parameters whose name starts with '*' are keyword-only (the star is
// stripped); a name starting with '/' is positional-only (slash stripped).
func Bind(fname string, args []interp.Value, kw []interp.KV, names []string, nreq int, out ...*interp.Value) *interp.Exception {
	npos := 0
	for _, n := range names {
		if strings.HasPrefix(n, "*") {
			break
		}
		npos++
	}
	if len(args) > npos {
		if nreq == npos {
			if npos == 0 {
				return interp.Errorf(interp.TypeError, "%s() takes no positional arguments", fname)
			}
			return interp.Errorf(interp.TypeError, "%s() takes %d positional argument%s but %d %s given", fname, npos, plural(npos), len(args), was(len(args)))
		}
		return interp.Errorf(interp.TypeError, "%s() takes from %d to %d positional arguments but %d %s given", fname, min(nreq, npos), npos, len(args), was(len(args)))
	}
	for i := range out {
		*out[i] = nil
	}
	for i, a := range args {
		*out[i] = a
	}
	for _, k := range kw {
		found := false
		for i, n := range names {
			posOnly := strings.HasPrefix(n, "/")
			n = strings.TrimLeft(n, "*/")
			if n == k.Name && !posOnly {
				if *out[i] != nil {
					return interp.Errorf(interp.TypeError, "%s() got multiple values for argument '%s'", fname, n)
				}
				*out[i] = k.Value
				found = true
				break
			}
		}
		if !found {
			return interp.Errorf(interp.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
		}
	}
	var missing []string
	for i := 0; i < nreq; i++ {
		if *out[i] == nil {
			missing = append(missing, "'"+strings.TrimLeft(names[i], "*/")+"'")
		}
	}
	if len(missing) > 0 {
		var list string
		switch len(missing) {
		case 1:
			list = missing[0]
		case 2:
			list = missing[0] + " and " + missing[1]
		default:
			list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
		}
		kind := "positional"
		if strings.HasPrefix(names[0], "*") {
			kind = "keyword-only"
		}
		return interp.Errorf(interp.TypeError, "%s() missing %d required %s argument%s: %s", fname, len(missing), kind, plural(len(missing)), list)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func was(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// NoKw raises TypeError when a function taking no keyword arguments got some.
func NoKw(fname string, kw []interp.KV) *interp.Exception {
	if len(kw) > 0 {
		return interp.Errorf(interp.TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// Exact checks a C-style fixed arity: "f() takes exactly one argument (2 given)".
func Exact(fname string, args []interp.Value, kw []interp.KV, n int) *interp.Exception {
	if err := NoKw(fname, kw); err != nil {
		return err
	}
	if len(args) == n {
		return nil
	}
	switch n {
	case 0:
		return interp.Errorf(interp.TypeError, "%s() takes no arguments (%d given)", fname, len(args))
	case 1:
		return interp.Errorf(interp.TypeError, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return interp.Errorf(interp.TypeError, "%s expected %d arguments, got %d", fname, n, len(args))
}

// Range checks a C-style arity range: "f expected at least 1 argument, got 0".
func Range(fname string, args []interp.Value, kw []interp.KV, lo, hi int) *interp.Exception {
	if err := NoKw(fname, kw); err != nil {
		return err
	}
	if len(args) < lo {
		return interp.Errorf(interp.TypeError, "%s expected at least %d argument%s, got %d", fname, lo, plural(lo), len(args))
	}
	if hi >= 0 && len(args) > hi {
		return interp.Errorf(interp.TypeError, "%s expected at most %d argument%s, got %d", fname, hi, plural(hi), len(args))
	}
	return nil
}

// IsInt reports whether v is an int (or bool).
func IsInt(v interp.Value) bool {
	switch v.(type) {
	case interp.Int, *interp.BigInt, interp.Bool:
		return true
	}
	return false
}

// BigOf returns v as a new *big.Int; ok is false when v is not an int.
func BigOf(v interp.Value) (*big.Int, bool) {
	switch x := v.(type) {
	case interp.Int:
		return big.NewInt(int64(x)), true
	case interp.Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *interp.BigInt:
		return new(big.Int).Set(&x.V), true
	}
	return nil, false
}

// Index converts an int-like value to int64 ("'str' object cannot be
// interpreted as an integer"; OverflowError when out of range).
func Index(v interp.Value) (int64, *interp.Exception) {
	switch x := v.(type) {
	case interp.Int:
		return int64(x), nil
	case interp.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *interp.BigInt:
		return 0, interp.Errorf(interp.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return 0, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", interp.TypeName(v))
}

// Float converts a real number to float64 ("must be real number, not str").
func Float(v interp.Value) (float64, *interp.Exception) {
	switch x := v.(type) {
	case interp.Float:
		return float64(x), nil
	case interp.Int:
		return float64(x), nil
	case interp.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *interp.BigInt:
		f, acc := new(big.Float).SetInt(&x.V).Float64()
		if math.IsInf(f, 0) || (acc != big.Exact && math.Abs(f) > math.MaxFloat64) {
			return 0, interp.Errorf(interp.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, interp.Errorf(interp.TypeError, "must be real number, not %s", interp.TypeName(v))
}

// IntFromBig wraps a *big.Int as an int value (Int when it fits).
func IntFromBig(x *big.Int) interp.Value { return interp.MakeInt(x) }

// Str returns v as a Go string when v is a str.
func Str(v interp.Value) (string, bool) {
	s, ok := v.(interp.Str)
	return string(s), ok
}

// Repr is interp.Repr with fast paths for the scalar types, so helpers
// work even before the full object model lands.
func Repr(f *interp.Fiber, v interp.Value) (string, *interp.Exception) {
	return interp.Repr(f, v)
}

// Errf is fmt.Sprintf shorthand kept for symmetry with interp.Errorf.
func Errf(format string, a ...any) string { return fmt.Sprintf(format, a...) }
