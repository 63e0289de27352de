package interp

// This file defines the operations on values that the VM and the builtins
// share: truth, equality, hashing, ordering, arithmetic, repr/str,
// containment, items, length and iteration. Each has a fast path by type
// switch on the built-in types and falls back to dunder methods of user
// classes (via CallDunder).
//
// OWNER: object-model engineer. Signatures are the contract; bodies here
// are the first cut.

// BinOp names a binary operator.
type BinOp uint8

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpMatMul
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	NumBinOps
)

// BinOpSymbols maps BinOp to its source symbol ("+", "//", ...).
var BinOpSymbols = [...]string{"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"}

// CmpOp names a rich comparison.
type CmpOp uint8

const (
	CmpEq CmpOp = iota
	CmpNe
	CmpLt
	CmpLe
	CmpGt
	CmpGe
)

// UnaryOp names a unary operator.
type UnaryOp uint8

const (
	UnaryNeg UnaryOp = iota
	UnaryPos
	UnaryInvert
)

// Iterator is implemented by Go-level iterators (list_iterator, generators,
// map objects, ...). Next returns ok=false when exhausted.
type Iterator interface {
	Value
	Next(f *Fiber) (v Value, ok bool, err *Exception)
}

// Sentinel functions; see numbers/containers files for implementations.

// Truth is bool(v).
func Truth(f *Fiber, v Value) (bool, *Exception) { return truth(f, v) }

// Equal is v == w as a Go bool.
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
