package interp

import (
	"math/big"
	"strconv"
)

// This file defines the ranges whose bounds or length do not fit in int64:
// range(10**20), range(2**64, 2**64 + 3). CPython keeps every range's
// start, stop, step and length as ints of any size (rangeobject.c), and
// iterates a range whose values fit a C long with range_iterator, any
// other with longrange_iterator. Here Range (range.go) is the int64 case,
// the one programs make nearly always, and bigRange the rest: range()
// makes a bigRange only when a bound or the length does not fit, so a
// Range's length is never negative. Both are the one class range, and
// each compares, hashes and slices like the other.

// bigRange is range(start, stop, step) with n its length; step is never 0.
// Its fields are never modified after makeRangeBig.
type bigRange struct {
	start, stop, step, n big.Int
}

func (*bigRange) Type() *Class { return RangeClass }

// LongRangeIteratorClass is the class of a bigRange's iterators.
var LongRangeIteratorClass = newIterClass("longrange_iterator")

// makeRangeBig is range(start, stop, step) for ints of any size (step is
// not 0): a Range when everything fits in int64, else a bigRange.
// compute_range_length: (hi - lo - 1) / step + 1 when the range is not
// empty.
func makeRangeBig(start, stop, step *big.Int) Value {
	var n big.Int
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		n.Sub(stop, start)
		n.Sub(&n, big.NewInt(1))
		n.Quo(&n, step)
		n.Add(&n, big.NewInt(1))
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		n.Sub(start, stop)
		n.Sub(&n, big.NewInt(1))
		n.Quo(&n, new(big.Int).Neg(step))
		n.Add(&n, big.NewInt(1))
	}
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return NewRange(start.Int64(), stop.Int64(), step.Int64())
	}
	r := &bigRange{}
	r.start.Set(start)
	r.stop.Set(stop)
	r.step.Set(step)
	r.n.Set(&n)
	return r
}

// rangeParts returns a range's length, start and step as big ints, for the
// operations that treat both kinds alike (==, slicing). The results of a
// bigRange are its own fields: do not modify them.
func rangeParts(v Value) (n, start, step *big.Int) {
	if r, ok := v.(*Range); ok {
		return big.NewInt(r.n), big.NewInt(r.start), big.NewInt(r.step)
	}
	r := v.(*bigRange)
	return &r.n, &r.start, &r.step
}

// rangesEqual is == of two ranges of either kind (range_equals): the same
// length, and for a non-empty one the same start, and for more than one
// item the same step.
func rangesEqual(a, b Value) bool {
	an, as, ad := rangeParts(a)
	bn, bs, bd := rangeParts(b)
	if an.Cmp(bn) != 0 {
		return false
	}
	if an.Sign() == 0 {
		return true
	}
	if as.Cmp(bs) != 0 {
		return false
	}
	return an.IsInt64() && an.Int64() == 1 || ad.Cmp(bd) == 0
}

// rangeSlice is r[s] for a range of either kind (compute_slice): the
// slice's indices taken against the length with ints of any size
// (_PySlice_GetLongIndices), then the items they name as the new bounds.
func rangeSlice(f *Fiber, r Value, s *Slice) (Value, *Exception) {
	n, start, step := rangeParts(r)
	i, j, k, err := bigSliceIndices(f, s, n)
	if err != nil {
		return nil, err
	}
	item := func(i *big.Int) *big.Int {
		x := new(big.Int).Mul(i, step)
		return x.Add(x, start)
	}
	return makeRangeBig(item(i), item(j), new(big.Int).Mul(k, step)), nil
}

// bigSliceIndices is _PySlice_GetLongIndices: s's start, stop and step
// clamped to a sequence of length n, for ints of any size.
func bigSliceIndices(f *Fiber, s *Slice, n *big.Int) (start, stop, step *big.Int, err *Exception) {
	step = big.NewInt(1)
	if s.Step != nil && s.Step != None {
		if step, err = sliceBigIndex(f, s.Step); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Add(upper, lower)
	}
	clamp := func(v Value, dflt *big.Int) (*big.Int, *Exception) {
		if v == nil || v == None {
			return dflt, nil
		}
		x, err := sliceBigIndex(f, v)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			if x.Add(x, n); x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	dStart, dStop := lower, upper
	if step.Sign() < 0 {
		dStart, dStop = upper, lower
	}
	if start, err = clamp(s.Start, dStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = clamp(s.Stop, dStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// sliceBigIndex is a slice bound converted by __index__, as a big int the
// caller may modify.
func sliceBigIndex(f *Fiber, v Value) (*big.Int, *Exception) {
	x, err := Index(f, v)
	if err != nil {
		return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return bigOf(x), nil
}

// item returns start + i*step as an int value.
func (r *bigRange) item(i *big.Int) Value {
	x := new(big.Int).Mul(i, &r.step)
	return normBig(x.Add(x, &r.start))
}

// Attr implements HasAttrs: start, stop, step.
func (r *bigRange) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	switch name {
	case "start":
		return normBig(new(big.Int).Set(&r.start)), true, nil
	case "stop":
		return normBig(new(big.Int).Set(&r.stop)), true, nil
	case "step":
		return normBig(new(big.Int).Set(&r.step)), true, nil
	}
	return nil, false, nil
}

// Repr is repr(r), as Range's.
func (r *bigRange) Repr(f *Fiber) (string, *Exception) {
	s := "range(" + r.start.String() + ", " + r.stop.String()
	if !r.step.IsInt64() || r.step.Int64() != 1 {
		s += ", " + r.step.String()
	}
	return s + ")", nil
}

// Hash is hash(r), as Range's: hash((len, start, step)) with start and step
// None for an empty range and step None for a one-item range.
func (r *bigRange) Hash(f *Fiber) (int64, *Exception) {
	t := Tuple{normBig(new(big.Int).Set(&r.n)), None, None}
	if r.n.Sign() > 0 {
		t[1] = normBig(new(big.Int).Set(&r.start))
		if !r.n.IsInt64() || r.n.Int64() > 1 {
			t[2] = normBig(new(big.Int).Set(&r.step))
		}
	}
	return Hash(f, t)
}

// Truth is bool(r).
func (r *bigRange) Truth() bool { return r.n.Sign() != 0 }

// RichCompare implements == and != with a range of either kind.
func (r *bigRange) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	switch other.(type) {
	case *Range, *bigRange:
		if op == CmpEq || op == CmpNe {
			return Bool(rangesEqual(r, other) == (op == CmpEq)), nil
		}
	}
	return NotImplemented, nil
}

// length is len(r): OverflowError past the index range, as for Range.
func (r *bigRange) length() (int, *Exception) {
	if r.n.IsInt64() {
		return int(r.n.Int64()), nil
	}
	return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
}

// indexOf returns the position of x in r, or nil (range_index's
// arithmetic: (x - start) / step when it divides and lands in range).
func (r *bigRange) indexOf(x *big.Int) *big.Int {
	if r.n.Sign() == 0 {
		return nil
	}
	if r.step.Sign() > 0 {
		if x.Cmp(&r.start) < 0 || x.Cmp(&r.stop) >= 0 {
			return nil
		}
	} else if x.Cmp(&r.start) > 0 || x.Cmp(&r.stop) <= 0 {
		return nil
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Sub(x, &r.start), &r.step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

func (r *bigRange) contains(f *Fiber, w Value) (bool, *Exception) {
	switch w.(type) {
	case Int, Bool, *BigInt:
		return r.indexOf(bigOf(w)) != nil, nil
	}
	return iterContains(f, r, w)
}

func (r *bigRange) getItem(f *Fiber, k Value) (Value, *Exception) {
	if s, ok := k.(*Slice); ok {
		return rangeSlice(f, r, s)
	}
	i, err := Index(f, k)
	if err != nil {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(k))
	}
	j := bigOf(i)
	if j.Sign() < 0 {
		j.Add(j, &r.n)
	}
	if j.Sign() < 0 || j.Cmp(&r.n) >= 0 {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return r.item(j), nil
}

// longRangeIter walks a bigRange (longrangeiterobject): left items from
// cur on, step apart.
type longRangeIter struct {
	cur, step, left big.Int
}

func (*longRangeIter) Type() *Class { return LongRangeIteratorClass }

func (it *longRangeIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.left.Sign() <= 0 {
		return nil, false, nil
	}
	v := normBig(new(big.Int).Set(&it.cur))
	it.cur.Add(&it.cur, &it.step)
	it.left.Sub(&it.left, big.NewInt(1))
	return v, true, nil
}

// newIter is iter(r).
func (r *bigRange) newIter() Iterator {
	it := &longRangeIter{}
	it.cur.Set(&r.start)
	it.step.Set(&r.step)
	it.left.Set(&r.n)
	return it
}

// reversed is reversed(r) (range_reverse): from the last item down.
func (r *bigRange) reversed() Iterator {
	it := &longRangeIter{}
	if r.n.Sign() > 0 {
		last := r.item(new(big.Int).Sub(&r.n, big.NewInt(1)))
		it.cur.Set(bigOf(last))
		it.step.Neg(&r.step)
		it.left.Set(&r.n)
	}
	return it
}

// notInRange is range.index's ValueError for an int ("%R is not in range").
func notInRange(v Value) *Exception {
	s := "True"
	switch x := v.(type) {
	case Int:
		s = strconv.FormatInt(int64(x), 10)
	case *BigInt:
		s = x.V.String()
	case Bool:
		if !x {
			s = "False"
		}
	}
	return Errorf(ValueError, "%s is not in range", s)
}
