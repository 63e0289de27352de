// Package native holds the small helpers the stdlib module packages share
// beyond interp's API: numeric conversions (Float, BigOf, Index as int64,
// each a thin layer over interp's), random access to sequences (Seq),
// OSError construction, struct sequences (Record) and classes for
// Go-implemented types.
//
// Classes: NewType makes the class of a type CPython writes in C; it is
// immutable, so a package variable may hold it for every VM. NewPyClass
// makes the class of a type CPython writes in Python, which programs may
// change: build it per VM, when the module is loaded (random.Random,
// asyncio's classes). A Record class keeps its description on the class
// (Class.Native); Shared makes one immutable for a package variable.
//
// Argument binding and iteration are not here: modules call interp's
// binders (UnpackArgs for functions CPython writes in C, UnpackArgsPy for
// those written in Python, ExactArgs, ArgsBetween, NoKwargs) and its
// iteration (Iterate, GetIter, ToList) directly. Invariant: no helper
// keeps interpreter values beyond the call that received them, and
// nothing here is mutable package state.
package native

import (
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

// Float converts a real number to float64 ("must be real number, not
// str"): a float as is, an int through interp.IntToFloat.
func Float(v interp.Value) (float64, *interp.Exception) {
	if x, ok := v.(interp.Float); ok {
		return float64(x), nil
	}
	return interp.IntToFloat(v)
}
