package interp

// This file implements the core operations declared in ops.go: truth,
// equality, hashing, rich comparison, binary and unary operators, repr and
// str. Each has a fast path by type switch on the built-in types, then the
// Go-type hooks (Reprer, Hasher, RichComparer, BinaryOperander, Truther),
// then the dunder protocol of user classes with CPython's rules (reflected
// operands, subclass first, NotImplemented, __eq__ falling back to
// identity, __ne__ inverting __eq__).

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unsafe"
)

// userMethod finds name on cls or its bases, stopping at the first
// built-in class: only methods written by the program (or installed on a
// non-built-in class) count as dunder overrides.
func userMethod(cls *Class, name string) (Value, bool) {
	for _, k := range cls.MRO {
		if k.BuiltinType {
			return nil, false
		}
		if m, ok := k.Dict[name]; ok {
			return m, true
		}
	}
	return nil, false
}

// callUser calls the user-defined dunder name of v, if any.
func callUser(f *Fiber, v Value, name string, args ...Value) (Value, bool, *Exception) {
	if _, ok := userMethod(v.Type(), name); !ok {
		return nil, false, nil
	}
	res, _, err := CallDunder(f, v, name, args...)
	return res, true, err
}

// hasUserMethods reports whether v's class is not built-in (so dunders may
// be overridden).
func hasUserMethods(v Value) bool { return !v.Type().BuiltinType }

// Identical is `v is w`. It never panics on uncomparable Go values
// (tuples are slices: two tuples are identical when they share storage).
func Identical(v, w Value) bool {
	switch a := v.(type) {
	case *List:
		b, ok := w.(*List)
		return ok && a == b
	case *Dict:
		b, ok := w.(*Dict)
		return ok && a == b
	case *Instance:
		b, ok := w.(*Instance)
		return ok && a == b
	case Tuple:
		b, ok := w.(Tuple)
		return ok && len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
	case Float:
		return sameFloat(a, w)
	case Int, Str, Bool, NoneType, *Class, *Exception, *BigInt:
		return v == w
	}
	if reflect.TypeOf(v) != reflect.TypeOf(w) {
		return false
	}
	if !reflect.TypeOf(v).Comparable() {
		rv, rw := reflect.ValueOf(v), reflect.ValueOf(w)
		switch rv.Kind() {
		case reflect.Slice:
			return rv.Len() == rw.Len() && rv.Pointer() == rw.Pointer()
		case reflect.Map, reflect.Func:
			return rv.Pointer() == rw.Pointer()
		}
		return false
	}
	return v == w
}

// IdentityAddr returns a stable address-like number for v (the pointer for
// heap objects), used for id(), default hashes and default reprs.
func IdentityAddr(v Value) uintptr {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return rv.Pointer()
	case reflect.Slice:
		if rv.Len() > 0 {
			return rv.Pointer()
		}
	}
	// Value types (None, singletons): a fixed number per type.
	h := uintptr(0x7f0000001000)
	for _, c := range reflect.TypeOf(v).String() {
		h = h*31 + uintptr(c)
	}
	return h &^ 0xf
}

// ---------------------------------------------------------------------
// Hooks for Go-implemented types owned by other files (see ops.go).

// Reprer is implemented by Go types with their own repr.
type Reprer interface {
	Repr(f *Fiber) (string, *Exception)
}

// Hasher is implemented by Go types with their own hash (return a
// TypeError "unhashable type: 'set'" to be unhashable).
type Hasher interface {
	Hash(f *Fiber) (int64, *Exception)
}

// RichComparer is implemented by Go types with their own comparisons; it
// returns NotImplemented for operands it does not handle.
type RichComparer interface {
	RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception)
}

// BinaryOperander is implemented by Go types taking part in binary
// operators (sets: | & - ^). reflected is true when the receiver is the
// right operand; inplace is true for augmented assignment on the left
// operand (the result may be the receiver itself). Return NotImplemented
// for unsupported operands.
type BinaryOperander interface {
	BinaryOp(f *Fiber, op BinOp, other Value, reflected, inplace bool) (Value, *Exception)
}

// Strer is implemented by Go types whose str() differs from their repr
// (exceptions).
type Strer interface {
	Str(f *Fiber) (string, *Exception)
}

// Truther is implemented by Go types whose truth is not "always true".
type Truther interface {
	Truth() bool
}

// ---------------------------------------------------------------------
// Truth

func truth(f *Fiber, v Value) (bool, *Exception) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case NoneType:
		return false, nil
	case Int:
		return x != 0, nil
	case *BigInt:
		return true, nil
	case Float:
		return x != 0, nil
	case Str:
		return x != "", nil
	case Tuple:
		return len(x) > 0, nil
	case *List:
		return len(x.Items) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	}
	if hasUserMethods(v) {
		if res, ok, err := callUser(f, v, "__bool__"); ok {
			if err != nil {
				return false, err
			}
			b, isBool := res.(Bool)
			if !isBool {
				return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeName(res))
			}
			return bool(b), nil
		}
		if res, ok, err := callUser(f, v, "__len__"); ok {
			if err != nil {
				return false, err
			}
			n, err := lenResult(res)
			return n != 0, err
		}
		if n := nativeOf(v); n != nil {
			return truth(f, n)
		}
	}
	switch x := v.(type) {
	case Truther:
		return x.Truth(), nil
	case interface{ Len() int }:
		return x.Len() > 0, nil
	}
	return true, nil
}

// lenResult validates the result of a user __len__.
func lenResult(res Value) (int, *Exception) {
	switch x := res.(type) {
	case Int:
		if x < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return int(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if x.V.Sign() < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(res))
}

// ---------------------------------------------------------------------
// Equality and comparison

var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">="}
var cmpDunders = [...]string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}

// reflectedCmp is the operator to try on the right operand.
var reflectedCmp = [...]CmpOp{CmpEq, CmpNe, CmpGt, CmpGe, CmpLt, CmpLe}

func cmpResult(op CmpOp, c int) bool {
	switch op {
	case CmpEq:
		return c == 0
	case CmpNe:
		return c != 0
	case CmpLt:
		return c < 0
	case CmpLe:
		return c <= 0
	case CmpGt:
		return c > 0
	}
	return c >= 0
}

func floatCmp(op CmpOp, a, b float64) bool {
	switch op {
	case CmpEq:
		return a == b
	case CmpNe:
		return a != b
	case CmpLt:
		return a < b
	case CmpLe:
		return a <= b
	case CmpGt:
		return a > b
	}
	return a >= b
}

func equal(f *Fiber, v, w Value) (bool, *Exception) {
	switch a := v.(type) {
	case Int:
		switch b := w.(type) {
		case Int:
			return a == b, nil
		case Str, NoneType:
			return false, nil
		}
	case Str:
		switch b := w.(type) {
		case Str:
			return a == b, nil
		case Int, NoneType:
			return false, nil
		}
	case Float:
		if b, ok := w.(Float); ok {
			// identity first: the same NaN is equal to itself
			return a == b || sameFloat(a, b), nil
		}
	case NoneType:
		if !hasUserMethods(w) {
			return w == None, nil
		}
	}
	if Identical(v, w) {
		return true, nil
	}
	r, err := compare(f, CmpEq, v, w)
	if err != nil {
		return false, err
	}
	if b, ok := r.(Bool); ok {
		return bool(b), nil
	}
	return truth(f, r)
}

func less(f *Fiber, v, w Value) (bool, *Exception) {
	switch a := v.(type) {
	case Int:
		switch b := w.(type) {
		case Int:
			return a < b, nil
		case Float:
			c, ok := cmpIntFloat(a, float64(b))
			return ok && c < 0, nil
		}
	case Float:
		switch b := w.(type) {
		case Float:
			return a < b, nil
		case Int:
			c, ok := cmpIntFloat(b, float64(a))
			return ok && c > 0, nil
		}
	case Str:
		if b, ok := w.(Str); ok {
			return a < b, nil
		}
	}
	r, err := compare(f, CmpLt, v, w)
	if err != nil {
		return false, err
	}
	if b, ok := r.(Bool); ok {
		return bool(b), nil
	}
	return truth(f, r)
}

func compare(f *Fiber, op CmpOp, v, w Value) (Value, *Exception) {
	switch a := v.(type) {
	case Int:
		switch b := w.(type) {
		case Int:
			return Bool(cmpResult(op, cmp64(int64(a), int64(b)))), nil
		case Float:
			c, ok := cmpIntFloat(a, float64(b))
			if !ok {
				return Bool(op == CmpNe), nil
			}
			return Bool(cmpResult(op, c)), nil
		}
	case Float:
		if b, ok := w.(Float); ok {
			return Bool(floatCmp(op, float64(a), float64(b))), nil
		}
	case Str:
		if b, ok := w.(Str); ok {
			return Bool(cmpResult(op, strings.Compare(string(a), string(b)))), nil
		}
	}
	return richCompare(f, op, v, w)
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func richCompare(f *Fiber, op CmpOp, v, w Value) (Value, *Exception) {
	vt, wt := v.Type(), w.Type()
	rop := reflectedCmp[op]
	checkedReverse := false
	if vt != wt && !wt.BuiltinType && wt.IsSubclass(vt) {
		res, err := slotCompare(f, rop, w, v)
		if err != nil {
			return nil, err
		}
		if res != NotImplemented {
			return res, nil
		}
		checkedReverse = true
	}
	res, err := slotCompare(f, op, v, w)
	if err != nil {
		return nil, err
	}
	if res != NotImplemented {
		return res, nil
	}
	if !checkedReverse {
		res, err := slotCompare(f, rop, w, v)
		if err != nil {
			return nil, err
		}
		if res != NotImplemented {
			return res, nil
		}
	}
	switch op {
	case CmpEq:
		return Bool(Identical(v, w)), nil
	case CmpNe:
		return Bool(!Identical(v, w)), nil
	}
	return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], TypeName(v), TypeName(w))
}

// slotCompare is type(v)'s tp_richcompare: the user dunder, or object's
// __ne__ inverting a user __eq__, or the native comparison.
func slotCompare(f *Fiber, op CmpOp, v, w Value) (Value, *Exception) {
	if hasUserMethods(v) {
		if res, ok, err := callUser(f, v, cmpDunders[op], w); ok {
			return res, err
		}
		if op == CmpNe {
			if res, ok, err := callUser(f, v, "__eq__", w); ok {
				if err != nil || res == NotImplemented {
					return res, err
				}
				t, err := truth(f, res)
				if err != nil {
					return nil, err
				}
				return Bool(!t), nil
			}
		}
	}
	return nativeCompare(f, op, v, w)
}

// nativeCompare compares built-in values; NotImplemented when v's type
// does not handle w.
func nativeCompare(f *Fiber, op CmpOp, v, w Value) (Value, *Exception) {
	if n := nativeOf(v); n != nil {
		v = n
	}
	if n := nativeOf(w); n != nil {
		w = n
	}
	switch a := v.(type) {
	case Int, Bool, *BigInt:
		switch b := w.(type) {
		case Int, Bool, *BigInt:
			return Bool(cmpResult(op, intCmp(a, b))), nil
		case Float:
			c, ok := cmpIntFloat(a, float64(b))
			if !ok {
				return Bool(op == CmpNe), nil
			}
			return Bool(cmpResult(op, c)), nil
		}
		return NotImplemented, nil
	case Float:
		switch b := w.(type) {
		case Float:
			return Bool(floatCmp(op, float64(a), float64(b))), nil
		case Int, Bool, *BigInt:
			c, ok := cmpIntFloat(b, float64(a))
			if !ok {
				return Bool(op == CmpNe), nil
			}
			return Bool(cmpResult(op, -c)), nil
		}
		return NotImplemented, nil
	case Str:
		if b, ok := w.(Str); ok {
			return Bool(cmpResult(op, strings.Compare(string(a), string(b)))), nil
		}
		return NotImplemented, nil
	case RichComparer:
		return a.RichCompare(f, op, w)
	}
	return NotImplemented, nil
}

// seqCompare compares two sequences element by element (identity
// shortcut for equal elements, as CPython).
func seqCompare(f *Fiber, op CmpOp, a, b []Value) (Value, *Exception) {
	if (op == CmpEq || op == CmpNe) && len(a) != len(b) {
		return Bool(op == CmpNe), nil
	}
	if err := f.EnterNested("in comparison"); err != nil {
		return nil, err
	}
	defer f.LeaveNested()
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := equal(f, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return Bool(cmpResult(op, cmp64(int64(len(a)), int64(len(b))))), nil
	}
	switch op {
	case CmpEq:
		return False, nil
	case CmpNe:
		return True, nil
	}
	return compare(f, op, a[i], b[i])
}

// ---------------------------------------------------------------------
// Hashing

func errUnhashable(v Value) *Exception {
	return Errorf(TypeError, "unhashable type: '%s'", TypeName(v))
}

// hashPointer is CPython's _Py_HashPointer.
func hashPointer(p uintptr) int64 {
	y := uint64(p)
	y = y>>4 | y<<60
	h := int64(y)
	if h == -1 {
		h = -2
	}
	return h
}

// hashString hashes a str (FNV-1a; CPython's is randomized per process,
// so no program can depend on the values).
func hashString(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h)
	if r == -1 {
		r = -2
	}
	return r
}

func hash(f *Fiber, v Value) (int64, *Exception) {
	switch x := v.(type) {
	case Int:
		return hashInt64(int64(x)), nil
	case Str:
		return hashString(string(x)), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return hashBigInt(&x.V), nil
	case Float:
		fx := float64(x)
		if fx == math.Trunc(fx) && fx > -9e18 && fx < 9e18 {
			return hashInt64(int64(fx)), nil
		}
		return hashFloat(fx), nil
	case NoneType:
		return 0xFCA86420, nil
	case Tuple:
		return hashTuple(f, x)
	}
	if hasUserMethods(v) {
		for _, k := range v.Type().MRO {
			if k.BuiltinType {
				break
			}
			if m, ok := k.Dict["__hash__"]; ok {
				if m == None {
					return 0, errUnhashable(v)
				}
				res, _, err := CallDunder(f, v, "__hash__")
				if err != nil {
					return 0, err
				}
				switch r := res.(type) {
				case Int:
					if r == -1 {
						return -2, nil
					}
					return int64(r), nil
				case Bool, *BigInt:
					return hash(f, r)
				}
				return 0, Errorf(TypeError, "__hash__ method should return an integer")
			}
			if _, ok := k.Dict["__eq__"]; ok {
				// Defining __eq__ without __hash__ sets __hash__ = None.
				return 0, errUnhashable(v)
			}
		}
		if n := nativeOf(v); n != nil {
			switch n.(type) {
			case *List, *Dict, *Set:
				return 0, errUnhashable(v)
			}
			return hash(f, n)
		}
	}
	if h, ok := v.(Hasher); ok {
		return h.Hash(f)
	}
	return hashPointer(IdentityAddr(v)), nil
}

// ---------------------------------------------------------------------
// Binary operators

var binDunders = [...]string{"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__matmul__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"}
var binRDunders = [...]string{"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rmatmul__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"}
var binIDunders = [...]string{"__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__imatmul__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"}

func binary(f *Fiber, op BinOp, v, w Value, inplace bool) (Value, *Exception) {
	switch a := v.(type) {
	case Int:
		switch b := w.(type) {
		case Int:
			if op != OpMatMul {
				return intBinary(op, int64(a), int64(b))
			}
		case Float:
			if op <= OpPow {
				return floatBinary(op, float64(a), float64(b))
			}
		}
	case Float:
		if op <= OpPow {
			switch b := w.(type) {
			case Float:
				return floatBinary(op, float64(a), float64(b))
			case Int:
				return floatBinary(op, float64(a), float64(b))
			}
		}
	case Str:
		if b, ok := w.(Str); ok && op == OpAdd {
			return f.VM.concatStr(f, a, b)
		}
	}
	return binarySlow(f, op, v, w, inplace)
}

func binarySlow(f *Fiber, op BinOp, v, w Value, inplace bool) (Value, *Exception) {
	if inplace {
		if hasUserMethods(v) {
			if res, ok, err := callUser(f, v, binIDunders[op], w); ok {
				if err != nil || res != NotImplemented {
					return res, err
				}
			}
		}
		res, err := nativeInplace(f, op, v, w)
		if err != nil || res != NotImplemented {
			return res, err
		}
	}
	vt, wt := v.Type(), w.Type()
	var lm, rm Value
	lok, rok := false, false
	if !vt.BuiltinType {
		lm, lok = userMethod(vt, binDunders[op])
	}
	if vt != wt && !wt.BuiltinType {
		rm, rok = userMethod(wt, binRDunders[op])
	}
	_ = lm
	if !lok && !rok {
		res, err := nativeBinary(f, op, v, w)
		if err != nil {
			return nil, err
		}
		if res != NotImplemented {
			return res, nil
		}
		return nil, binaryError(f, op, v, w, inplace)
	}
	nativeTried := false
	if rok && wt.IsSubclass(vt) {
		vr, vok := userMethod(vt, binRDunders[op])
		if !vok || !Identical(vr, rm) {
			res, _, err := CallDunder(f, w, binRDunders[op], v)
			if err != nil || res != NotImplemented {
				return res, err
			}
			rok = false
		}
	}
	if lok {
		res, _, err := CallDunder(f, v, binDunders[op], w)
		if err != nil || res != NotImplemented {
			return res, err
		}
	} else {
		nativeTried = true
		// the left operand's own operation: a right operand whose class
		// has the reflected method is not taken apart for it (int - F,
		// F a float subclass with __rsub__, goes to F.__rsub__)
		right := w
		if !rok {
			right = nativeOrSelf(w)
		}
		res, err := nativeBinaryValues(f, op, nativeOrSelf(v), right)
		if err != nil || res != NotImplemented {
			return res, err
		}
	}
	if rok {
		res, _, err := CallDunder(f, w, binRDunders[op], v)
		if err != nil || res != NotImplemented {
			return res, err
		}
	} else if !nativeTried {
		res, err := nativeBinary(f, op, v, w)
		if err != nil || res != NotImplemented {
			return res, err
		}
	}
	return nil, binaryError(f, op, v, w, inplace)
}

// binaryError builds CPython's TypeError for an unsupported binary
// operation (including the sequence concat/repeat messages).
func binaryError(f *Fiber, op BinOp, v, w Value, inplace bool) *Exception {
	switch op {
	case OpAdd:
		switch v.(type) {
		case Str:
			return Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(w))
		case *List:
			return Errorf(TypeError, "can only concatenate list (not \"%s\") to list", TypeName(w))
		case Tuple:
			return Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", TypeName(w))
		case Bytes, *ByteArray:
			return Errorf(TypeError, "can't concat %s to %s", TypeName(w), TypeName(v))
		}
	case OpMul:
		if isSequence(v) {
			return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(w))
		}
		if isSequence(w) {
			return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(v))
		}
	}
	sym := BinOpSymbols[op]
	if op == OpPow {
		sym = "**"
		if inplace {
			sym = "**="
		} else {
			sym = "** or pow()"
		}
	} else if inplace {
		sym += "="
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(v), TypeName(w))
}

func isSequence(v Value) bool {
	switch v.(type) {
	case Str, Tuple, *List, Bytes, *ByteArray:
		return true
	}
	return false
}

// repeatCount converts the count operand of sequence repetition; ok is
// false when n is not an int-like value.
func repeatCount(f *Fiber, n Value) (int64, bool, *Exception) {
	switch x := n.(type) {
	case Int:
		return int64(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		if x.V.Sign() < 0 {
			return 0, true, nil
		}
		return 0, true, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if hasUserMethods(n) {
		if _, ok := userMethod(n.Type(), "__index__"); ok {
			iv, err := Index(f, n)
			if err != nil {
				return 0, true, err
			}
			return repeatCount(f, iv)
		}
	}
	return 0, false, nil
}

func repeatSeq(f *Fiber, seq Value, n Value) (Value, *Exception) {
	k, ok, err := repeatCount(f, n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return NotImplemented, nil
	}
	if k < 0 {
		k = 0
	}
	switch s := seq.(type) {
	case Str:
		if err := f.checkRepeat(k, int64(len(s))); err != nil {
			return nil, err
		}
		return Str(strings.Repeat(string(s), int(k))), nil
	case Tuple:
		if err := f.checkRepeat(k, 16*int64(len(s))); err != nil {
			return nil, err
		}
		if k == 1 {
			return s, nil
		}
		return Tuple(repeatItems(s, int(k))), nil
	case *List:
		if err := f.checkRepeat(k, 16*int64(len(s.Items))); err != nil {
			return nil, err
		}
		return &List{Items: repeatItems(s.Items, int(k))}, nil
	}
	return NotImplemented, nil
}

// repeatItems returns k copies of items in a new slice. The copies double:
// each step copies everything filled so far, so `[x] * n` takes log2(n)
// copies instead of n appends.
func repeatItems(items []Value, k int) []Value {
	n := len(items) * k
	out := make([]Value, n)
	if n == 0 {
		return out
	}
	filled := copy(out, items)
	for filled < n {
		filled += copy(out[filled:], out[:filled])
	}
	return out
}

// nativeBinary applies op to built-in operands; NotImplemented when the
// operand types are not supported.
func nativeBinary(f *Fiber, op BinOp, v, w Value) (Value, *Exception) {
	return nativeBinaryValues(f, op, nativeOrSelf(v), nativeOrSelf(w))
}

// nativeOrSelf is the built-in value v carries (object_native.go), or v.
func nativeOrSelf(v Value) Value {
	if n := nativeOf(v); n != nil {
		return n
	}
	return v
}

func nativeBinaryValues(f *Fiber, op BinOp, v, w Value) (Value, *Exception) {
	switch a := v.(type) {
	case Int, Bool, *BigInt:
		switch b := w.(type) {
		case Int, Bool, *BigInt:
			if op == OpMatMul {
				return NotImplemented, nil
			}
			if ba, ok := a.(Bool); ok {
				if bb, ok := b.(Bool); ok {
					switch op {
					case OpAnd:
						return ba && bb, nil
					case OpOr:
						return ba || bb, nil
					case OpXor:
						return Bool(ba != bb), nil
					}
				}
			}
			return intArith(op, a, b)
		case Float:
			x, err := IntToFloat(a)
			if err != nil {
				return nil, err
			}
			return floatBinary(op, x, float64(b))
		case Str, Tuple, *List:
			if op == OpMul {
				return repeatSeq(f, b, a)
			}
		}
	case Float:
		x, ok, err := toFloat(w)
		if err != nil {
			return nil, err
		}
		if ok {
			return floatBinary(op, float64(a), x)
		}
	case operatorSlot: // str, tuple, list, dict
		if r, err := a.operator(f, op, w); r != nil || err != nil {
			return r, err
		}
	}
	if isSequence(w) && op == OpMul && !isSequence(v) {
		if _, isF := v.(Float); !isF {
			if res, err := repeatSeq(f, w, v); err != nil || res != NotImplemented {
				return res, err
			}
		}
	}
	if h, ok := v.(BinaryOperander); ok {
		res, err := h.BinaryOp(f, op, w, false, false)
		if err != nil || res != NotImplemented {
			return res, err
		}
	}
	if h, ok := w.(BinaryOperander); ok {
		return h.BinaryOp(f, op, v, true, false)
	}
	return NotImplemented, nil
}

// nativeInplace handles augmented assignment on mutable built-ins
// (list += iterable, list *= n, dict |= mapping, Go types' hooks).
func nativeInplace(f *Fiber, op BinOp, v, w Value) (Value, *Exception) {
	if n := nativeOf(v); n != nil {
		// list += x on an L instance extends its list and keeps the instance
		r, err := nativeInplace(f, op, n, w)
		if err == nil && r != nil && Identical(r, n) {
			return v, nil
		}
		return r, err
	}
	switch a := v.(type) {
	case inplaceSlot: // list, dict
		return a.inplace(f, op, w)
	case BinaryOperander:
		return a.BinaryOp(f, op, w, false, true)
	}
	return NotImplemented, nil
}

// ---------------------------------------------------------------------
// Unary operators

var unaryDunders = [...]string{"__neg__", "__pos__", "__invert__"}
var unarySymbols = [...]string{"-", "+", "~"}

func unary(f *Fiber, op UnaryOp, v Value) (Value, *Exception) {
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		switch op {
		case UnaryNeg:
			return intNeg(x), nil
		case UnaryPos:
			if b, ok := x.(Bool); ok {
				return intFromBool(b), nil
			}
			return x, nil
		case UnaryInvert:
			return intInvert(x), nil
		}
	case Float:
		switch op {
		case UnaryNeg:
			return -x, nil
		case UnaryPos:
			return x, nil
		}
	}
	if hasUserMethods(v) {
		if res, ok, err := callUser(f, v, unaryDunders[op]); ok {
			return res, err
		}
		if n := nativeOf(v); n != nil {
			return unary(f, op, n)
		}
	}
	return nil, Errorf(TypeError, "bad operand type for unary %s: '%s'", unarySymbols[op], TypeName(v))
}

// Abs is abs(v).
func Abs(f *Fiber, v Value) (Value, *Exception) {
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		return intAbs(x), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	}
	if hasUserMethods(v) {
		if res, ok, err := callUser(f, v, "__abs__"); ok {
			return res, err
		}
		if n := nativeOf(v); n != nil {
			return Abs(f, n)
		}
	}
	return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", TypeName(v))
}

// ---------------------------------------------------------------------
// repr and str

// reprKey is one container whose repr is in progress on a fiber
// (CPython's Py_ReprEnter keeps them per thread), so that a recursive
// container prints as [...] / {...}; the set is VM.reprActive.
type reprKey struct {
	f   *Fiber
	key any
}

// reprEnter marks key's repr as in progress on f; false when it already
// is (the caller prints "[...]"-like text). A nil fiber (or one without
// a VM, in tests) has no guard.
func (f *Fiber) reprEnter(key any) bool {
	if f == nil || f.VM == nil {
		return true
	}
	vm := f.VM
	if vm.reprActive == nil {
		vm.reprActive = make(map[reprKey]int)
	}
	k := reprKey{f, key}
	if vm.reprActive[k] > 0 {
		return false
	}
	vm.reprActive[k]++
	return true
}

// reprLeave undoes reprEnter.
func (f *Fiber) reprLeave(key any) {
	if f == nil || f.VM == nil {
		return
	}
	k := reprKey{f, key}
	if f.VM.reprActive[k]--; f.VM.reprActive[k] <= 0 {
		delete(f.VM.reprActive, k)
	}
}

// reprFiber returns f, or for Go code asking for a repr without a fiber
// (f == nil) a fiber of its own, whose guard serves that one call: the
// caller passes it down so that a list containing itself still prints
// [...]. Like a nil fiber, it cannot run interpreted code.
func reprFiber(f *Fiber) *Fiber {
	if f == nil {
		return &Fiber{VM: &VM{RecursionLimit: 1000}} // CPython's default limit
	}
	return f
}

// ReprGuard runs fn unless a repr of key is already in progress on the
// way here, in which case it returns ok=false (print "[...]"-like text).
// For Go container types owned by other files (sets, deques); fn should
// format the items with f (see reprFiber when f may be nil).
func ReprGuard(f *Fiber, key any, fn func() (string, *Exception)) (s string, ok bool, err *Exception) {
	f = reprFiber(f)
	if !f.reprEnter(key) {
		return "", false, nil
	}
	defer f.reprLeave(key)
	s, err = fn()
	return s, true, err
}

const hexDigits = "0123456789abcdef"

func hex0(x uint64, width int) string {
	s := strconv.FormatUint(x, 16)
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

func addrString(v Value) string { return "0x" + strconv.FormatUint(uint64(IdentityAddr(v)), 16) }

// ClassRepr is repr of a class object: <class 'int'>, <class '__main__.Foo'>.
func ClassRepr(c *Class) string {
	if c.Module == "builtins" || c.Module == "" {
		return "<class '" + c.QualName + "'>"
	}
	return "<class '" + c.Module + "." + c.QualName + "'>"
}

func repr(f *Fiber, v Value) (string, *Exception) {
	switch x := v.(type) {
	case Str:
		return reprStr(string(x)), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return FloatRepr(float64(x)), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case NoneType:
		return "None", nil
	case *BigInt:
		return IntString(x)
	case reprSlot: // tuple, list, dict, slice
		return x.repr(f)
	case *Class:
		if x.Meta == nil {
			return ClassRepr(x), nil
		}
		if _, ok := userMethod(x.Meta, "__repr__"); !ok {
			return ClassRepr(x), nil
		}
	case *Builtin:
		return x.repr(), nil
	case *Module:
		return x.repr(), nil
	case EllipsisType:
		return "Ellipsis", nil
	case NotImplementedType:
		return "NotImplemented", nil
	}
	if hasUserMethods(v) {
		// CPython's PyObject_Repr counts one level against the recursion
		// limit around the type's __repr__
		if err := f.EnterNested("while getting the repr of an object"); err != nil {
			return "", err
		}
		res, ok, err := callUser(f, v, "__repr__")
		f.LeaveNested()
		if ok {
			if err != nil {
				return "", err
			}
			s, isStr := res.(Str)
			if !isStr {
				return "", Errorf(TypeError, "__repr__ returned non-string (type %s)", TypeName(res))
			}
			return string(s), nil
		}
		if n := nativeOf(v); n != nil {
			return nativeRepr(f, v.Type(), n)
		}
	}
	// other containers (sets, deques, exceptions' args) recurse in Go:
	// one level each, as PyObject_Repr counts
	switch x := v.(type) {
	case Reprer:
		return f.withNested("while getting the repr of an object", func() (string, *Exception) { return x.Repr(f) })
	case *Exception:
		return f.withNested("while getting the repr of an object", func() (string, *Exception) { return exceptionRepr(f, x) })
	}
	return DefaultRepr(v), nil
}

// withNested runs fn one level deeper in f's recursion count (where is
// CPython's suffix for the RecursionError).
func (f *Fiber) withNested(where string, fn func() (string, *Exception)) (string, *Exception) {
	if err := f.EnterNested(where); err != nil {
		return "", err
	}
	defer f.LeaveNested()
	return fn()
}

// DefaultRepr is object.__repr__: <__main__.Foo object at 0x...>.
func DefaultRepr(v Value) string {
	c := v.Type()
	name := c.QualName
	if c.Module != "builtins" && c.Module != "" {
		name = c.Module + "." + name
	}
	return "<" + name + " object at " + addrString(v) + ">"
}

func reprItems(f *Fiber, open string, items []Value, close string) (string, *Exception) {
	if err := f.EnterNested("while getting the repr of an object"); err != nil {
		return "", err
	}
	defer f.LeaveNested()
	var sb strings.Builder
	sb.WriteString(open)
	for i, it := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		s, err := repr(f, it)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	sb.WriteString(close)
	return sb.String(), nil
}

func toStr(f *Fiber, v Value) (string, *Exception) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return FloatRepr(float64(x)), nil
	case *BigInt:
		return IntString(x)
	}
	if hasUserMethods(v) {
		// PyObject_Str counts one level around the type's __str__
		if err := f.EnterNested("while getting the str of an object"); err != nil {
			return "", err
		}
		res, ok, err := callUser(f, v, "__str__")
		f.LeaveNested()
		if ok {
			if err != nil {
				return "", err
			}
			s, isStr := res.(Str)
			if !isStr {
				return "", Errorf(TypeError, "__str__ returned non-string (type %s)", TypeName(res))
			}
			return string(s), nil
		}
		if s, ok := nativeOf(v).(Str); ok {
			return string(s), nil
		}
	}
	// PyObject_Str counts one level (an exception's str is its argument's)
	switch x := v.(type) {
	case Strer:
		return f.withNested("while getting the str of an object", func() (string, *Exception) { return x.Str(f) })
	case *Exception:
		return f.withNested("while getting the str of an object", func() (string, *Exception) { return exceptionStr(f, x) })
	}
	return repr(f, v)
}

// Is implements the `is` operator.
func Is(a, b Value) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || unsafe.SliceData(x) == unsafe.SliceData(y))
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Float:
		return sameFloat(x, b)
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case *BigInt:
		return a == b
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

// sameFloat is `a is b` for a float: floats are values here, so the same
// bits stand for the same object. A NaN is thus identical to itself, and
// containers find it (x = float("nan"); x in [x] is True), as CPython's
// identity-before-equality rule does for one NaN object.
func sameFloat(a Float, b Value) bool {
	y, ok := b.(Float)
	return ok && math.Float64bits(float64(a)) == math.Float64bits(float64(y))
}
