package interp

// This file defines Value and the scalar and sequence types every other
// part of the interpreter shares. Operations on values (arithmetic,
// comparison, hashing, repr, iteration) live in ops.go and the per-type
// files; attribute access lives in attr.go.

import "math/big"

// Value is any object a program can hold. Every value knows its class.
type Value interface {
	Type() *Class
}

// NoneType is the type of None.
type NoneType struct{}

// None is the unique None value.
var None Value = NoneType{}

// Bool is True or False (a subclass of int, as in Python).
type Bool bool

const (
	True  = Bool(true)
	False = Bool(false)
)

// Int is an int in the int64 range. Results that overflow are promoted to
// *BigInt; a *BigInt is never in the int64 range (see MakeBigInt).
type Int int64

// BigInt is an int outside the int64 range. Immutable once built.
type BigInt struct{ V big.Int }

// Float is a Python float.
type Float float64

// Str is an immutable Unicode string, stored as UTF-8. Indexing and len
// count code points.
type Str string

// Tuple is an immutable sequence. Never mutate a Tuple after creation.
type Tuple []Value

// List is a mutable sequence.
type List struct{ Items []Value }

// EllipsisType is the type of `...`.
type EllipsisType struct{}

// Ellipsis is the `...` singleton.
var Ellipsis Value = EllipsisType{}

// NotImplementedType is the type of NotImplemented, returned by binary
// dunders that do not handle an operand.
type NotImplementedType struct{}

// NotImplemented is the NotImplemented singleton.
var NotImplemented Value = NotImplementedType{}

// KV is one keyword argument of a call, in call order.
type KV struct {
	Name  string
	Value Value
}

// NativeFunc is the Go signature of every builtin function and method.
// For methods, args[0] is the receiver. Return a non-nil *Exception to
// raise. f is the fiber the call runs on (use f.Call to call back into
// interpreted code, f.VM for interpreter state).
type NativeFunc func(f *Fiber, args []Value, kw []KV) (Value, *Exception)

// Builtin is a function implemented in Go. With Self non-nil it is a bound
// builtin method: calls receive Self as args[0].
type Builtin struct {
	Name string // as shown in reprs and error messages, e.g. "len" or "append"
	Fn   NativeFunc
	Self Value  // nil for an unbound function
	Of   *Class // for methods: the class defining it (for repr); nil otherwise
	// NoRetain promises that Fn never keeps its args slice (or a part of
	// it) past its return, so that CALL may pass a window of the frame's
	// stack instead of a copy (call_builtin.go).
	NoRetain bool
	// Fast, when set, is CALL's shortcut for an unbound call without
	// keywords (exec_callnative.go).
	Fast FastFunc
}

// NewBuiltin makes an unbound builtin function.
func NewBuiltin(name string, fn NativeFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// Bind returns a copy of b bound to self.
func (b *Builtin) Bind(self Value) *Builtin {
	return &Builtin{Name: b.Name, Fn: b.Fn, Self: self, Of: b.Of}
}

// Module is an imported module (or the __main__ script).
type Module struct {
	Name    string
	Globals *Dict
}

// Type methods for the shared value types; the classes are in types.go.
func (NoneType) Type() *Class           { return NoneTypeClass }
func (Bool) Type() *Class               { return BoolClass }
func (Int) Type() *Class                { return IntClass }
func (*BigInt) Type() *Class            { return IntClass }
func (Float) Type() *Class              { return FloatClass }
func (Str) Type() *Class                { return StrClass }
func (Tuple) Type() *Class              { return TupleClass }
func (*List) Type() *Class              { return ListClass }
func (EllipsisType) Type() *Class       { return EllipsisClass }
func (NotImplementedType) Type() *Class { return NotImplementedClass }
func (*Builtin) Type() *Class           { return BuiltinFunctionClass }
func (*Module) Type() *Class            { return ModuleClass }

// MakeInt returns x as an Int when it fits in int64, else as a *BigInt.
// x is not retained.
func MakeInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{}
	b.V.Set(x)
	return b
}

// Slice is a slice object (start:stop:step); absent parts are None.
type Slice struct{ Start, Stop, Step Value }

func (*Slice) Type() *Class { return SliceClass }
