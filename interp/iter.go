package interp

// This file defines iteration and the container operations of ops.go that
// dispatch on the container type: len, in, v[k], v[k] = x, del v[k],
// iter and next, the classes of every Go iterator (list_iterator,
// dict_keyiterator, ..., named as CPython names them), and the iterators
// over any sequence (the __getitem__ protocol) or callable (iter(fn, end)).
//
// Protocol: a Go iterator implements Iterator (ops.go). An object of a
// user class is iterated through __iter__/__next__ (wrapped in objIter when
// a Go Iterator is needed) or, failing __iter__, through the old sequence
// protocol (__getitem__ with 0, 1, 2, ... until IndexError).

import (
	"math"
	"strings"
)

// Classes of the Go iterators, named as CPython names them.
var (
	ListIteratorClass        = newIterClass("list_iterator")
	ListReverseIteratorClass = newIterClass("list_reverseiterator")
	TupleIteratorClass       = newIterClass("tuple_iterator")
	StrIteratorClass         = newIterClass("str_iterator")
	StrASCIIIteratorClass    = newIterClass("str_ascii_iterator")
	DictKeyIteratorClass     = newIterClass("dict_keyiterator")
	DictValueIteratorClass   = newIterClass("dict_valueiterator")
	DictItemIteratorClass    = newIterClass("dict_itemiterator")
	DictRevKeyIteratorClass  = newIterClass("dict_reversekeyiterator")
	DictRevValIteratorClass  = newIterClass("dict_reversevalueiterator")
	DictRevItemIteratorClass = newIterClass("dict_reverseitemiterator")
	SetIteratorClass         = newIterClass("set_iterator")
	RangeIteratorClass       = newIterClass("range_iterator")
	SeqIteratorClass         = newIterClass("iterator")
	CallableIteratorClass    = newIterClass("callable_iterator")
	EnumerateClass           = newIterClass("enumerate")
	ZipClass                 = newIterClass("zip")
	MapClass                 = newIterClass("map")
	FilterClass              = newIterClass("filter")
	ReversedClass            = newIterClass("reversed")
)

func newIterClass(name string) *Class {
	c := newBuiltinClass(name, ObjectClass)
	c.AddMethods(map[string]NativeFunc{
		"__iter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
			}
			return args[0], nil
		},
		"__next__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
			}
			v, ok, err := Next(f, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIteration)
			}
			return v, nil
		},
	})
	return c
}

// ---------------------------------------------------------------------
// Identity and equality used by containers.

// identicalValues is Python's `a is b` for the value representations of
// this package: pointer identity for reference types, value identity for
// the immediate ones, backing-array identity for tuples (a Tuple is a
// slice and must never reach Go's == on interfaces, which panics).
func identicalValues(a, b Value) bool {
	if x, ok := a.(Float); ok {
		return sameFloat(x, b)
	}
	if x, ok := a.(Tuple); ok {
		y, ok := b.(Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

// eqItem is PyObject_RichCompareBool(a, b, Py_EQ): identity implies
// equality, as containers assume.
func eqItem(f *Fiber, a, b Value) (bool, *Exception) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	}
	if identicalValues(a, b) {
		return true, nil
	}
	return Equal(f, a, b)
}

// seqContains is w in items for a list or tuple: the items are read by
// index, so a list that an __eq__ shrinks is not read past its end.
func seqContains(f *Fiber, items []Value, w Value) (bool, *Exception) {
	for i := 0; i < len(items); i++ {
		eq, err := eqItem(f, items[i], w)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// ---------------------------------------------------------------------
// Index conversion.

// indexValue converts v to an index the way PyNumber_AsSsize_t does for
// subscripts: int, bool or an object with __index__. ok is false when v
// is none of these (the caller words the TypeError). Ints outside the
// int64 range raise IndexError "cannot fit 'int' into an index-sized
// integer".
func indexValue(f *Fiber, v Value) (int, bool, *Exception) {
	switch x := v.(type) {
	case Int:
		return int(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		return 0, true, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	case *Instance:
		r, found, err := CallDunder(f, v, "__index__")
		if !found {
			if _, isInt := x.Native().(Int); isInt {
				return indexValue(f, x.Native())
			}
			return 0, false, nil
		}
		if err != nil {
			return 0, true, err
		}
		switch y := r.(type) {
		case Int, Bool, *BigInt:
			return indexValue(f, y)
		}
		return 0, true, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return 0, false, nil
}

// sliceIndexValue converts a slice bound (PyEval_SliceIndex): ints
// outside the int64 range are clamped.
func sliceIndexValue(f *Fiber, v Value) (int, *Exception) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if x.V.Sign() < 0 {
			return math.MinInt64, nil
		}
		return math.MaxInt64, nil
	}
	if _, ok := v.(*Instance); ok {
		r, found, err := CallDunder(f, v, "__index__")
		if found {
			if err != nil {
				return 0, err
			}
			switch r.(type) {
			case Int, Bool, *BigInt:
				return sliceIndexValue(f, r)
			}
			return 0, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		}
	}
	return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
}

// Indices resolves the slice against a sequence of the given length, as
// PySlice_Unpack + PySlice_AdjustIndices: it returns the first index, the
// stop index, the step and the number of selected items.
func (s *Slice) Indices(f *Fiber, length int) (start, stop, step, n int, err *Exception) {
	step = 1
	if s.Step != nil && s.Step != None {
		step, err = sliceIndexValue(f, s.Step)
		if err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueError, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt64 {
			step = -math.MaxInt64
		}
	}
	if s.Start == nil || s.Start == None {
		if step < 0 {
			start = math.MaxInt64
		} else {
			start = 0
		}
	} else if start, err = sliceIndexValue(f, s.Start); err != nil {
		return
	}
	if s.Stop == nil || s.Stop == None {
		if step < 0 {
			stop = math.MinInt64
		} else {
			stop = math.MaxInt64
		}
	} else if stop, err = sliceIndexValue(f, s.Stop); err != nil {
		return
	}
	start, stop, n = adjustSlice(length, start, stop, step)
	return
}

func adjustSlice(length, start, stop, step int) (int, int, int) {
	if start < 0 {
		start += length
		if start < 0 {
			if step < 0 {
				start = -1
			} else {
				start = 0
			}
		}
	} else if start >= length {
		if step < 0 {
			start = length - 1
		} else {
			start = length
		}
	}
	if stop < 0 {
		stop += length
		if stop < 0 {
			if step < 0 {
				stop = -1
			} else {
				stop = 0
			}
		}
	} else if stop >= length {
		if step < 0 {
			stop = length - 1
		} else {
			stop = length
		}
	}
	n := 0
	if step < 0 {
		if stop < start {
			n = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/step + 1
	}
	return start, stop, n
}

// ---------------------------------------------------------------------
// len

func length(f *Fiber, v Value) (int, *Exception) {
	// len(list) in a loop condition is hot: no interface lookup for it
	if x, ok := v.(*List); ok {
		return len(x.Items), nil
	}
	if x, ok := v.(lenSlot); ok {
		return x.length()
	}
	{
		r, found, err := callDunderIfAny(f, v, "__len__")
		if found {
			if err != nil {
				return 0, err
			}
			var n int
			switch y := r.(type) {
			case Int:
				n = int(y)
			case Bool:
				if y {
					n = 1
				}
			case *BigInt:
				if y.V.Sign() < 0 {
					return 0, Errorf(ValueError, "__len__() should return >= 0")
				}
				return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
			default:
				return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(r))
			}
			if n < 0 {
				return 0, Errorf(ValueError, "__len__() should return >= 0")
			}
			return n, nil
		}
	}
	if n := nativeOf(v); n != nil {
		return length(f, n)
	}
	return 0, Errorf(TypeError, "object of type '%s' has no len()", TypeName(v))
}

// ---------------------------------------------------------------------
// in

func contains(f *Fiber, v, w Value) (bool, *Exception) {
	if x, ok := v.(containsSlot); ok {
		return x.contains(f, w)
	}
	if r, found, err := callDunderIfAny(f, v, "__contains__", w); found {
		if err != nil {
			return false, err
		}
		return Truth(f, r)
	}
	if n := nativeOf(v); n != nil {
		return contains(f, n, w)
	}
	if !isIterable(v) {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", TypeName(v))
	}
	found := false
	err := Iterate(f, v, func(x Value) (bool, *Exception) {
		eq, err := eqItem(f, x, w)
		if err != nil {
			return false, err
		}
		if eq {
			found = true
			return false, nil
		}
		return true, nil
	})
	return found, err
}

// ---------------------------------------------------------------------
// v[k]

func getItem(f *Fiber, v, k Value) (Value, *Exception) {
	switch x := v.(type) {
	case *List:
		// list[i] is the hot case of BINARY_SUBSCR: no call for it
		if i, ok := k.(Int); ok && uint64(i) < uint64(len(x.Items)) {
			return x.Items[i], nil
		}
		return x.getItem(f, k)
	case *Dict:
		// d[k], the next hottest, skips the interface lookup
		return x.getItem(f, k)
	case getItemSlot:
		return x.getItem(f, k)
	case *Class:
		if x.Meta == nil {
			return classGetItem(f, x, k)
		}
	}
	if x, ok := v.(*Instance); ok && x.Native() != nil {
		if _, user := userMethod(x.Class, "__getitem__"); !user {
			return nativeGetItem(f, x, k)
		}
	}
	if r, found, err := callDunderIfAny(f, v, "__getitem__", k); found {
		return r, err
	}
	if c, ok := v.(*Class); ok { // a metaclass without __getitem__
		return classGetItem(f, c, k)
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", TypeName(v))
}

// ---------------------------------------------------------------------
// v[k] = x

func setItem(f *Fiber, v, k, x Value) *Exception {
	switch c := v.(type) {
	case *List:
		// list[i] = x is the hot case of STORE_SUBSCR: no call for it
		if i, ok := k.(Int); ok && uint64(i) < uint64(len(c.Items)) {
			c.Items[i] = x
			return nil
		}
		return c.setItem(f, k, x)
	case *Dict:
		// d[k] = x, the next hottest, skips the interface lookup
		if s, ok := k.(Str); ok && c.nonStr == 0 { // Set's first step
			c.SetStr(string(s), x)
			return nil
		}
		return c.Set(f, k, x)
	case setItemSlot:
		return c.setItem(f, k, x)
	}
	if _, found, err := callDunderIfAny(f, v, "__setitem__", k, x); found {
		return err
	}
	if n := nativeOf(v); n != nil {
		return setItem(f, n, k, x)
	}
	return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(v))
}

// ---------------------------------------------------------------------
// del v[k]

func delItem(f *Fiber, v, k Value) *Exception {
	if c, ok := v.(delItemSlot); ok {
		return c.delItem(f, k)
	}
	if _, found, err := callDunderIfAny(f, v, "__delitem__", k); found {
		return err
	}
	if n := nativeOf(v); n != nil {
		return delItem(f, n, k)
	}
	return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeName(v))
}

// callDunderIfAny calls a dunder of a user object if its class has it.
func callDunderIfAny(f *Fiber, v Value, name string, args ...Value) (Value, bool, *Exception) {
	if _, ok := v.Type().Lookup(name); !ok {
		return nil, false, nil
	}
	return CallDunder(f, v, name, args...)
}

// ---------------------------------------------------------------------
// iter / next

// objIter adapts an object with __next__ to Iterator.
type objIter struct{ obj Value }

func (it *objIter) Type() *Class { return it.obj.Type() }
func (it *objIter) Next(f *Fiber) (Value, bool, *Exception) {
	return nextDunder(f, it.obj)
}

func nextDunder(f *Fiber, it Value) (Value, bool, *Exception) {
	r, found, err := CallDunder(f, it, "__next__")
	if !found {
		return nil, false, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	if err != nil {
		if err.Matches(StopIteration) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// IterValue is the object iter(v) returns: a Go iterator for built-in
// containers, v itself for Go iterators, and for user objects whatever
// __iter__ returned (checked to have __next__). Use it for the builtin
// iter(); the VM may use GetIter, which always returns a Go Iterator.
func IterValue(f *Fiber, v Value) (Value, *Exception) {
	if it := containerIter(v); it != nil {
		return it, nil
	}
	if _, ok := v.(Iterator); ok {
		return v, nil
	}
	if _, ok := v.Type().Lookup("__iter__"); ok {
		r, _, err := CallDunder(f, v, "__iter__")
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Iterator); ok {
			return r, nil
		}
		if _, ok := r.Type().Lookup("__next__"); ok {
			return r, nil
		}
		return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(r))
	}
	if n := nativeOf(v); n != nil {
		return IterValue(f, n)
	}
	if _, ok := v.Type().Lookup("__getitem__"); ok && !v.Type().BuiltinType {
		return &seqIter{seq: v}, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(v))
}

func containerIter(v Value) Iterator {
	// for x in list / range: the hot cases of GET_ITER skip the interface
	switch x := v.(type) {
	case *List:
		return &listIter{l: x}
	case *Range:
		return x.iter()
	case iterSlot:
		return x.newIter()
	}
	return nil
}

func getIter(f *Fiber, v Value) (Iterator, *Exception) {
	if it := containerIter(v); it != nil {
		return it, nil
	}
	if it, ok := v.(Iterator); ok {
		return it, nil
	}
	r, err := IterValue(f, v)
	if err != nil {
		return nil, err
	}
	if it, ok := r.(Iterator); ok {
		return it, nil
	}
	return &objIter{obj: r}, nil
}

func next(f *Fiber, it Value) (Value, bool, *Exception) {
	// a chain of Go iterators (map of map of ...) recurses in Go
	if err := f.enterGo(); err != nil {
		return nil, false, err
	}
	var v Value
	var ok bool
	var err *Exception
	if x, isIter := it.(Iterator); isIter {
		v, ok, err = x.Next(f)
	} else {
		v, ok, err = nextDunder(f, it)
	}
	f.leaveGo()
	return v, ok, err
}

// Iterate calls fn for each item of v until fn returns false or an error.
// Lists are walked live by index (as a for loop over a list sees items
// appended during the loop).
func Iterate(f *Fiber, v Value, fn func(Value) (bool, *Exception)) *Exception {
	// A type switch, not the eachSlot interface: through an interface
	// call fn would escape, and every caller's closure would be allocated
	// on the heap (exec's among them).
	switch x := v.(type) {
	case *List:
		return x.each(fn)
	case Tuple:
		return x.each(fn)
	case Str:
		return x.each(fn)
	case *Range:
		return x.each(fn)
	}
	it, err := getIter(f, v)
	if err != nil {
		return err
	}
	for {
		item, ok, err := it.Next(f)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if more, err := fn(item); err != nil || !more {
			return err
		}
		// an endless iterator (itertools.count()) consumed by a builtin
		// must still see Ctrl-C and the step limit
		if f != nil {
			if err := f.VM.poll(f); err != nil {
				return err
			}
		}
	}
}

// ToList returns the items of any iterable in a fresh slice the caller
// owns.
func ToList(f *Fiber, v Value) ([]Value, *Exception) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	}
	var out []Value
	n, ok, err := lengthHint(v)
	if err != nil {
		return nil, err
	}
	if ok {
		// list(range(10**9)) fails at once, as in CPython
		if err := f.checkRepeat(int64(n), 16); err != nil {
			return nil, err
		}
		out = make([]Value, 0, n)
	}
	err = Iterate(f, v, func(x Value) (bool, *Exception) {
		if err := f.checkGrow(out); err != nil {
			return false, err
		}
		out = append(out, x)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// lengthHint guesses the item count of built-in iterables. An error
// other than TypeError from their len is the caller's, as in
// PyObject_LengthHint: list(range(2**70)) raises len's OverflowError.
func lengthHint(v Value) (int, bool, *Exception) {
	if x, ok := v.(*Range); ok {
		// ToList checks the size against the memory budget first
		if x.n <= 1<<56 {
			return int(x.n), true, nil
		}
		return 0, false, nil
	}
	if x, ok := v.(lenSlot); ok {
		n, err := x.length()
		if err != nil && !err.Matches(TypeError) {
			return 0, false, err
		}
		return n, err == nil, nil
	}
	return 0, false, nil
}

// ---------------------------------------------------------------------
// Iterators over any sequence or callable. The iterators of the built-in
// containers live beside their types (listIter in list.go, dictIter in
// dict.go, ...); those of enumerate, zip, map, filter and reversed in
// builtin_iterators.go.

// seqIter is the old sequence protocol: obj[0], obj[1], ... until
// IndexError or StopIteration.
type seqIter struct {
	seq Value
	i   int
}

func (*seqIter) Type() *Class { return SeqIteratorClass }
func (it *seqIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.seq == nil {
		return nil, false, nil
	}
	v, err := GetItem(f, it.seq, Int(it.i))
	if err != nil {
		if err.Matches(IndexError) || err.Matches(StopIteration) {
			it.seq = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return v, true, nil
}

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel Value
}

// NewCallableIterator is iter(fn, sentinel).
func NewCallableIterator(fn, sentinel Value) Value {
	return &callIter{fn: fn, sentinel: sentinel}
}

func (*callIter) Type() *Class { return CallableIteratorClass }
func (it *callIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.fn == nil {
		return nil, false, nil
	}
	v, err := f.Call(it.fn, nil, nil)
	if err != nil {
		if err.Matches(StopIteration) {
			it.fn = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	eq, err := eqItem(f, it.sentinel, v)
	if err != nil {
		return nil, false, err
	}
	if eq {
		it.fn = nil
		return nil, false, nil
	}
	return v, true, nil
}

func iterateInto(f *Fiber, src Value, fn func(Value) *Exception) *Exception {
	return Iterate(f, src, func(v Value) (bool, *Exception) {
		if err := fn(v); err != nil {
			return false, err
		}
		return true, nil
	})
}

// unpackN unpacks v into exactly n items (after < 0) or into before
// items, a starred list and after items.
func unpackN(f *Fiber, v Value, before, after int) ([]Value, *Exception) {
	var items []Value
	switch x := v.(type) {
	case Tuple:
		items = x
	case *List:
		items = x.Items
	default:
		if _, err := GetIter(f, v); err != nil {
			if err.Matches(TypeError) && strings.HasSuffix(err.MessageText(), "is not iterable") {
				return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(v))
			}
			return nil, err
		}
		if after < 0 {
			// stop early on too many values, as CPython does
			it, err := GetIter(f, v)
			if err != nil {
				return nil, err
			}
			for len(items) <= before {
				x, ok, err := Next(f, it)
				if err != nil {
					return nil, err
				}
				if !ok {
					break
				}
				items = append(items, x)
			}
		} else {
			var err *Exception
			items, err = ToList(f, v)
			if err != nil {
				return nil, err
			}
		}
	}
	if after < 0 {
		n := before
		if len(items) < n {
			return nil, Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		if len(items) > n {
			return nil, Errorf(ValueError, "too many values to unpack (expected %d)", n)
		}
		return items, nil
	}
	if len(items) < before+after {
		return nil, Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Value, 0, before+after+1)
	out = append(out, items[:before]...)
	mid := make([]Value, len(items)-before-after)
	copy(mid, items[before:len(items)-after])
	out = append(out, &List{Items: mid})
	out = append(out, items[len(items)-after:]...)
	return out, nil
}
