package interp

// This file defines the operations on values that the VM and the builtins
// share: truth, equality, hashing, ordering, arithmetic, repr/str,
// containment, items, length and iteration. Each has a fast path by type
// switch on the built-in types and falls back to dunder methods of user
// classes (via CallDunder).
//
// The signatures here are the contract; the bodies
// are in ops_core.go (truth, equality, hash, comparison, operators, repr,
// str), format.go (format spec, str.format), percent.go (% formatting),
// int.go and float.go, and the container files (len, in, items, iter).
//
// Go-implemented types plug into these operations through optional
// interfaces (declared in ops_core.go), consulted after the built-in fast
// paths and after the dunders of user classes:
//
//   - Reprer  { Repr(f *Fiber) (string, *Exception) }     repr(v); also str(v)
//     unless the type is a Strer. Functions, bound methods, coroutines,
//     sets, ranges, tasks... implement it. Use ReprGuard for containers
//     that may contain themselves, ReprStr for quoting strings.
//   - Strer   { Str(f *Fiber) (string, *Exception) }      str(v) when it differs from repr.
//   - Hasher  { Hash(f *Fiber) (int64, *Exception) }      hash(v); return
//     TypeError "unhashable type: 'X'" for mutable types. Without it a Go
//     type hashes by identity.
//   - RichComparer { RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) }
//     return NotImplemented for unsupported operands; == falls back to
//     identity, ordering to CPython's TypeError.
//   - BinaryOperander { BinaryOp(f *Fiber, op BinOp, other Value, reflected, inplace bool) (Value, *Exception) }
//     binary operators (reflected: receiver is the right operand;
//     inplace: augmented assignment, may mutate and return the receiver).
//   - Truther { Truth() bool }, or a Len() int method: bool(v).
//   - Format(f *Fiber, spec string) (string, *Exception): format(v, spec).
//
// User classes are recognised by !Class.BuiltinType: their dunders are
// looked up on the MRO up to the first built-in class and called through
// CallDunder, with CPython's rules (reflected operands, subclass first,
// NotImplemented, __eq__ falling back to identity, __ne__ inverting
// __eq__, __eq__ without __hash__ making instances unhashable).

import "github.com/asyncscript/asyncscript/compile"

// The operator operands of BINARY_OP, COMPARE_OP and UNARY_OP are
// declared with the bytecode (compile/opcode.go); these aliases let the
// object model name them as its own.
type (
	BinOp   = compile.BinOp
	CmpOp   = compile.CmpOp
	UnaryOp = compile.UnaryOp
)

const (
	OpAdd       = compile.OpAdd
	OpSub       = compile.OpSub
	OpMul       = compile.OpMul
	OpTrueDiv   = compile.OpTrueDiv
	OpFloorDiv  = compile.OpFloorDiv
	OpMod       = compile.OpMod
	OpPow       = compile.OpPow
	OpMatMul    = compile.OpMatMul
	OpLShift    = compile.OpLShift
	OpRShift    = compile.OpRShift
	OpAnd       = compile.OpAnd
	OpOr        = compile.OpOr
	OpXor       = compile.OpXor
	NumBinOps   = compile.NumBinOps
	CmpEq       = compile.CmpEq
	CmpNe       = compile.CmpNe
	CmpLt       = compile.CmpLt
	CmpLe       = compile.CmpLe
	CmpGt       = compile.CmpGt
	CmpGe       = compile.CmpGe
	UnaryNeg    = compile.UnaryNeg
	UnaryPos    = compile.UnaryPos
	UnaryInvert = compile.UnaryInvert
)

// BinOpSymbols maps BinOp to its source symbol ("+", "//", ...).
var BinOpSymbols = compile.BinOpSymbols

// Iterator is implemented by Go-level iterators (list_iterator, generators,
// map objects, ...). Next returns ok=false when exhausted.
type Iterator interface {
	Value
	Next(f *Fiber) (v Value, ok bool, err *Exception)
}

// Sentinel functions; see numbers/containers files for implementations.

// Truth is bool(v).
func Truth(f *Fiber, v Value) (bool, *Exception) { return truth(f, v) }

// Equal is v == w as a Go bool, as PyObject_RichCompareBool: identity
// implies equality (what containers use).
func Equal(f *Fiber, v, w Value) (bool, *Exception) { return equal(f, v, w) }

// Hash is hash(v); unhashable values raise TypeError.
func Hash(f *Fiber, v Value) (int64, *Exception) { return hash(f, v) }

// Compare evaluates a rich comparison and returns its result object.
func Compare(f *Fiber, op CmpOp, v, w Value) (Value, *Exception) { return compare(f, op, v, w) }

// Less is v < w as a Go bool (used by sort, min, max).
func Less(f *Fiber, v, w Value) (bool, *Exception) { return less(f, v, w) }

// Binary evaluates v op w (with __op__/__rop__ fallback). inplace selects
// __iop__ first (augmented assignment).
func Binary(f *Fiber, op BinOp, v, w Value, inplace bool) (Value, *Exception) {
	return binary(f, op, v, w, inplace)
}

// Unary evaluates -v, +v or ~v.
func Unary(f *Fiber, op UnaryOp, v Value) (Value, *Exception) { return unary(f, op, v) }

// Repr is repr(v).
func Repr(f *Fiber, v Value) (string, *Exception) { return repr(f, v) }

// ToStr is str(v).
func ToStr(f *Fiber, v Value) (string, *Exception) { return toStr(f, v) }

// Format is format(v, spec) (the format-spec mini-language).
func Format(f *Fiber, v Value, spec string) (string, *Exception) { return format(f, v, spec) }

// Len is len(v).
func Len(f *Fiber, v Value) (int, *Exception) { return length(f, v) }

// Contains is `w in v`.
func Contains(f *Fiber, v, w Value) (bool, *Exception) { return contains(f, v, w) }

// GetItem is v[k] (k may be a *Slice).
func GetItem(f *Fiber, v, k Value) (Value, *Exception) { return getItem(f, v, k) }

// SetItem is v[k] = x.
func SetItem(f *Fiber, v, k, x Value) *Exception { return setItem(f, v, k, x) }

// DelItem is del v[k].
func DelItem(f *Fiber, v, k Value) *Exception { return delItem(f, v, k) }

// GetIter is iter(v).
func GetIter(f *Fiber, v Value) (Iterator, *Exception) { return getIter(f, v) }

// Next advances any iterator (Go Iterator or object with __next__).
func Next(f *Fiber, it Value) (Value, bool, *Exception) { return next(f, it) }

// TypeName is type(v).__name__, for error messages.
func TypeName(v Value) string { return v.Type().Name }
