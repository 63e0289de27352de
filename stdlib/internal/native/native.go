// Package native holds the small helpers the stdlib module packages share
// beyond interp's API: numeric conversions (Float, BigOf, Index as int64),
// random access to sequences (Seq), OSError construction, struct
// sequences and class construction for Go-implemented types.
//
// Argument binding and iteration are not here: modules call interp's
// binders (UnpackArgs for functions CPython writes in C, UnpackArgsPy for
// those written in Python, ExactArgs, ArgsBetween, NoKwargs) and its
// iteration (Iterate, GetIter, ToList) directly. Invariant: no helper
// keeps interpreter values beyond the call that received them.
package native

import (
	"fmt"
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/interp"
)

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

// Index is interp.AsIndex (int, bool or an object with __index__, as
// CPython's PyNumber_AsSsize_t) with the int64 most stdlib code counts in.
func Index(f *interp.Fiber, v interp.Value) (int64, *interp.Exception) {
	n, err := interp.AsIndex(f, v)
	return int64(n), err
}

// Float converts a real number to float64 ("must be real number, not str").
func Float(v interp.Value) (float64, *interp.Exception) {
	switch x := interp.NativeValue(v).(type) {
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
