package interp

import "math"

// This file defines the tuple type's methods, t[k] and slicing, its hash,
// its iterator and its constructor.

// setupTuple installs tuple into the builtin classes; see universe.go.
func setupTuple() {
	TupleClass.New = newTupleObj
	TupleClass.AddMethods(map[string]NativeFunc{
		"index":        tupleIndex,
		"count":        tupleCount,
		"__len__":      dunderLen,
		"__iter__":     dunderIter,
		"__contains__": dunderContains,
		"__getitem__":  dunderGetItem,
	})
}

// emptyTuple is shared by every empty result.
var emptyTuple = Tuple{}

func newTupleObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "tuple() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "tuple expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return emptyTuple, nil
	}
	if t, ok := args[0].(Tuple); ok {
		return t, nil
	}
	items, err := ToList(f, args[0])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return emptyTuple, nil
	}
	return Tuple(items), nil
}

// ToTuple is tuple(v).
func ToTuple(f *Fiber, v Value) (Tuple, *Exception) {
	if t, ok := v.(Tuple); ok {
		return t, nil
	}
	items, err := ToList(f, v)
	if err != nil {
		return nil, err
	}
	return Tuple(items), nil
}

// TupleConcat is a + b.
func TupleConcat(a, b Tuple) Tuple {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make(Tuple, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// getItem is t[k].
func (t Tuple) getItem(f *Fiber, k Value) (Value, *Exception) {
	if s, ok := k.(*Slice); ok {
		return tupleSlice(f, t, s)
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "tuple indices must be integers or slices, not %s", TypeName(k))
	}
	if i < 0 {
		i += len(t)
	}
	if i < 0 || i >= len(t) {
		return nil, Errorf(IndexError, "tuple index out of range")
	}
	return t[i], nil
}

func tupleSlice(f *Fiber, t Tuple, s *Slice) (Value, *Exception) {
	start, _, step, n, err := s.Indices(f, len(t))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return emptyTuple, nil
	}
	if step == 1 {
		if n == len(t) {
			return t, nil
		}
		return t[start : start+n : start+n], nil
	}
	out := make(Tuple, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = t[j]
	}
	return out, nil
}

func tupleIndex(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("tuple.index", "index", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	t := args[0].(Tuple)
	start, stop, err := searchBounds(f, args[2:], len(t))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop; i++ {
		eq, err := eqItem(f, t[i], args[1])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
}

func tupleCount(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("tuple.count", args[1:], kw); err != nil {
		return nil, err
	}
	n := 0
	for _, it := range args[0].(Tuple) {
		eq, err := eqItem(f, it, args[1])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

// hashTuple is CPython's tuplehash (xxHash-based), so tuples of ints hash
// as in CPython.
func hashTuple(f *Fiber, t Tuple) (int64, *Exception) {
	const (
		prime1 = uint64(11400714785074694791)
		prime2 = uint64(14029467366897019727)
		prime5 = uint64(2870177450012600261)
	)
	// CPython's tuplehash does not check the recursion limit (a deep
	// enough tuple crashes it); here only the Go depth bound applies
	if err := f.enterGo(); err != nil {
		return 0, err
	}
	defer f.leaveGo()
	acc := prime5
	for _, item := range t {
		lane, err := hash(f, item)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

type tupleIter struct {
	t Tuple
	i int
}

func (*tupleIter) Type() *Class { return TupleIteratorClass }

func (it *tupleIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.i < len(it.t) {
		v := it.t[it.i]
		it.i++
		return v, true, nil
	}
	it.t = nil
	return nil, false, nil
}

// repr is repr(t): (1,) for one item.
func (t Tuple) repr(f *Fiber) (string, *Exception) {
	if len(t) == 1 {
		s, err := repr(f, t[0])
		if err != nil {
			return "", err
		}
		return "(" + s + ",)", nil
	}
	return reprItems(f, "(", t, ")")
}

// operator is t + w and t * n; nil means the operator is not tuple's for w
// (binary in ops_core.go goes on to the reflected operand).
func (t Tuple) operator(f *Fiber, op BinOp, w Value) (Value, *Exception) {
	switch op {
	case OpAdd:
		if b, ok := w.(Tuple); ok {
			if len(b) == 0 {
				return t, nil
			}
			if len(t) == 0 {
				return b, nil
			}
			if err := f.checkRepeat(int64(len(t)+len(b)), 16); err != nil {
				return nil, err
			}
			out := make(Tuple, 0, len(t)+len(b))
			return append(append(out, t...), b...), nil
		}
	case OpMul:
		return repeatSeq(f, t, w)
	}
	return nil, nil
}

// ---------------------------------------------------------------------
// The tuple's slots (see slots.go): len, in, iteration, comparison.

// length is len(t) (tuplelength).
func (t Tuple) length() (int, *Exception) { return len(t), nil }

// contains is `w in t` (tuplecontains).
func (t Tuple) contains(f *Fiber, w Value) (bool, *Exception) { return seqContains(f, t, w) }

// newIter is iter(t) (tuple_iter).
func (t Tuple) newIter() Iterator { return &tupleIter{t: t} }

// each calls fn with each item of t until fn returns false or an error.
func (t Tuple) each(fn func(Value) (bool, *Exception)) *Exception {
	for _, it := range t {
		if more, err := fn(it); err != nil || !more {
			return err
		}
	}
	return nil
}

// RichCompare is tuplerichcompare: item by item, then by length.
func (t Tuple) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	if b, ok := other.(Tuple); ok {
		return seqCompare(f, op, t, b)
	}
	return NotImplemented, nil
}
