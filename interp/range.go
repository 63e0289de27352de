package interp

// This file defines range objects: lazy arithmetic sequences of int64,
// with O(1) len, indexing and `in` for ints, slicing to another range, and
// iteration without building a list. A range whose bounds or length do
// not fit in int64 is a bigRange (range_big.go).

import (
	"math"
	"strconv"

	"github.com/asyncscript/asyncscript/compile"
)

// Range is range(start, stop, step); step is never 0.
//
// A range carries room for its first iterator: `for k in range(n)` makes a
// range only to iterate it once, so iter() hands out the embedded first
// (one allocation for both, 64 bytes) and allocates only from the second
// iterator on. The embedded iterator is an interior pointer that keeps the
// whole Range alive, and it is handed out at most once (firstTaken), so no
// two iterators ever share state.
type Range struct {
	start, stop, step int64
	n                 int64 // number of items, >= 0 (else it is a bigRange)
	first             rangeIter
	firstTaken        bool
}

func (*Range) Type() *Class { return RangeClass }

// NewRange makes range(start, stop, step); step must not be 0 and the
// length must fit in int64 (newRangeObj makes the other ranges).
func NewRange(start, stop, step int64) *Range {
	return &Range{start: start, stop: stop, step: step, n: rangeLen(start, stop, step)}
}

// rangeSlabLen is the number of objects carved from one allocation of a
// rangeSlab.
const rangeSlabLen = 16

// rangeSlab hands out the objects a program's range(...) calls make
// (nearly all of them the `for k in range(n)` of an inner loop, iterated
// once and dropped): T is Range, or rangeIter for a range only iterated
// (rangeGlobal1). It allocates rangeSlabLen of them at once and hands out
// one element per call, so a range costs a decrement and a few stores
// instead of a trip through the allocator. It is intSlab's idea (int.go),
// sound for the same reasons:
//   - T holds no pointers (a Range's first iterator neither), so the
//     array is noscan; a *T to element i is an interior pointer, which
//     keeps the whole array alive, as &arr[i] anywhere else does.
//   - Each element is handed out once (free only shrinks, a used-up
//     array is replaced, never reused): it belongs to its object alone,
//     which alone writes it (an iterator's state).
//   - A VM has its own slabs, used by code holding the GIL only.
//
// Retention bound: a live range keeps its array alive, in the worst case
// rangeSlabLen*64 = 1 KiB per retained Range (384 B per rangeIter).
type rangeSlab[T Range | rangeIter] struct {
	arr  *[rangeSlabLen]T
	free int // arr[:free] are not handed out yet
}

// take returns the slab's next element, zero (never handed out before).
func (s *rangeSlab[T]) take() *T {
	if s.free == 0 {
		s.arr, s.free = new([rangeSlabLen]T), rangeSlabLen
	}
	s.free--
	return &s.arr[s.free]
}

// rangeSlabs are a VM's slabs for ranges and their iterators.
type rangeSlabs struct {
	ranges rangeSlab[Range]
	iters  rangeSlab[rangeIter]
}

// makeRange is NewRange(start, stop, step) carved from vm's slab.
func (vm *VM) makeRange(start, stop, step int64) *Range {
	r := vm.ranges.ranges.take()
	r.start, r.stop, r.step, r.n = start, stop, step, rangeLen(start, stop, step)
	return r
}

// rangeGlobal1 is CALL_GLOBAL_1's `range(n)` (exec_callglobal.go, g the
// global's value, not a Python function), when g is the builtin range and
// n a local or a constant holding an int: the range is made at once, from
// the slab, or when GET_ITER comes next (`for k in range(n)`) its
// iterator alone, pushed as GET_ITER would push it (nothing else could
// see the range). range(int) raises nothing, so this either does
// all that and returns fr, its pc and sp moved past what it did, for exec
// to reload, or returns nil having changed nothing (an unbound local,
// another type, another call shape): then the instructions themselves
// run.
func (f *Fiber) rangeGlobal1(fr *Frame, pc, sp int, g Value) *Frame {
	if c, ok := g.(*Class); !ok || c != RangeClass {
		return nil
	}
	instrs := fr.code.Instrs
	next := pc + 2 // the CALL
	if next+1 >= len(instrs) || instrs[next] != compile.MakeInstr(compile.CALL, 1) {
		return nil
	}
	var arg Value
	switch ai := instrs[pc+1]; ai.Op() {
	case compile.LOAD_FAST:
		arg = fr.slots[ai.Arg()]
	case compile.LOAD_CONST:
		arg = fr.code.Consts[ai.Arg()]
	}
	n, ok := arg.(Int)
	if !ok {
		return nil
	}
	var v Value
	if instrs[next+1].Op() == compile.GET_ITER {
		it := f.VM.ranges.iters.take()
		it.step, it.left = 1, max(int64(n), 0) // cur 0: range(0, n, 1)
		v = it
		next++
	} else {
		v = f.VM.makeRange(0, int64(n), 1)
	}
	fr.slots[sp] = v
	fr.pc, fr.sp = int32(next+1), int32(sp+1)
	return fr
}

func rangeLen(start, stop, step int64) int64 {
	var span, st uint64
	switch {
	case step > 0 && start < stop:
		span, st = uint64(stop)-uint64(start), uint64(step)
	case step < 0 && start > stop:
		span, st = uint64(start)-uint64(stop), -uint64(step)
	default:
		return 0
	}
	n := (span-1)/st + 1
	if n > math.MaxInt64 {
		return -1
	}
	return int64(n)
}

// Start, Stop and Step are the range's attributes.
func (r *Range) Start() int64 { return r.start }
func (r *Range) Stop() int64  { return r.stop }
func (r *Range) Step() int64  { return r.step }

// Len is len(r).
func (r *Range) Len() int64 { return r.n }

// at returns item i (0 <= i < n).
func (r *Range) at(i int64) int64 { return int64(uint64(r.start) + uint64(i)*uint64(r.step)) }

// Attr implements HasAttrs: start, stop, step.
func (r *Range) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	switch name {
	case "start":
		return Int(r.start), true, nil
	case "stop":
		return Int(r.stop), true, nil
	case "step":
		return Int(r.step), true, nil
	}
	return nil, false, nil
}

// Repr is repr(r): range(0, 5) or range(0, 10, 2).
func (r *Range) Repr(f *Fiber) (string, *Exception) {
	s := "range(" + strconv.FormatInt(r.start, 10) + ", " + strconv.FormatInt(r.stop, 10)
	if r.step != 1 {
		s += ", " + strconv.FormatInt(r.step, 10)
	}
	return s + ")", nil
}

// Equal compares ranges as sequences (range(0) == range(2, 2)).
func (r *Range) Equal(o *Range) bool {
	if r.n != o.n {
		return false
	}
	if r.n == 0 {
		return true
	}
	if r.start != o.start {
		return false
	}
	return r.n == 1 || r.step == o.step
}

// Hash is hash(r), CPython's: hash((len, start, step)) with start and step
// None for empty ranges and step None for one-item ranges.
func (r *Range) Hash(f *Fiber) (int64, *Exception) {
	t := Tuple{Int(r.n), None, None}
	if r.n > 0 {
		t[1] = Int(r.start)
		if r.n > 1 {
			t[2] = Int(r.step)
		}
	}
	return Hash(f, t)
}

func (r *Range) contains(f *Fiber, w Value) (bool, *Exception) {
	var x int64
	switch v := w.(type) {
	case Int:
		x = int64(v)
	case Bool:
		if v {
			x = 1
		}
	case *BigInt:
		return false, nil
	default:
		return iterContains(f, r, w)
	}
	return r.has(x), nil
}

// iterContains is `w in r` for a w that is no int: range_contains falls
// back to comparing every item (_PySequence_IterSearch).
func iterContains(f *Fiber, r Value, w Value) (bool, *Exception) {
	found := false
	err := Iterate(f, r, func(it Value) (bool, *Exception) {
		eq, err := eqItem(f, it, w)
		if eq {
			found = true
		}
		return !eq, err
	})
	return found, err
}

func (r *Range) has(x int64) bool {
	if r.n == 0 {
		return false
	}
	if r.step > 0 {
		if x < r.start || x >= r.stop {
			return false
		}
		return (uint64(x)-uint64(r.start))%uint64(r.step) == 0
	}
	if x > r.start || x <= r.stop {
		return false
	}
	return (uint64(r.start)-uint64(x))%(-uint64(r.step)) == 0
}

// indexOf returns the position of x, or -1.
func (r *Range) indexOf(x int64) int64 {
	if !r.has(x) {
		return -1
	}
	if r.step > 0 {
		return int64((uint64(x) - uint64(r.start)) / uint64(r.step))
	}
	return int64((uint64(r.start) - uint64(x)) / (-uint64(r.step)))
}

func (r *Range) getItem(f *Fiber, k Value) (Value, *Exception) {
	if s, ok := k.(*Slice); ok {
		// the new bounds may pass int64 (range(0, 2**63 - 1, 2**62)[:]
		// stops at 2**63): slicing, rare, takes big ints
		return rangeSlice(f, r, s)
	}
	if _, big := k.(*BigInt); big {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(k))
	}
	n := r.n
	j := int64(i)
	if j < 0 {
		j += n
	}
	if j < 0 || j >= n {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return Int(r.at(j)), nil
}

// rangeIter walks a range without allocating a list.
type rangeIter struct {
	cur, step int64
	left      int64
}

func (*rangeIter) Type() *Class { return RangeIteratorClass }
func (it *rangeIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.left <= 0 {
		return nil, false, nil
	}
	v := it.cur
	it.left--
	it.cur = int64(uint64(it.cur) + uint64(it.step))
	return Int(v), true, nil
}

func (r *Range) iter() *rangeIter {
	n := r.n
	if !r.firstTaken {
		r.firstTaken = true
		r.first = rangeIter{cur: r.start, step: r.step, left: n}
		return &r.first
	}
	return &rangeIter{cur: r.start, step: r.step, left: n}
}

// each calls fn with each number of r until fn returns false or an error
// (Iterate's walk of a range, without an iterator object).
func (r *Range) each(fn func(Value) (bool, *Exception)) *Exception {
	it := rangeIter{cur: r.start, step: r.step, left: r.n}
	for it.left > 0 {
		v := it.cur
		it.left--
		it.cur = int64(uint64(it.cur) + uint64(it.step))
		if more, err := fn(Int(v)); err != nil || !more {
			return err
		}
	}
	return nil
}

func (r *Range) reversed() *rangeIter {
	n := r.n
	if n == 0 {
		return &rangeIter{}
	}
	return &rangeIter{cur: r.at(n - 1), step: -r.step, left: n}
}

// newRangeObj is range(stop) or range(start, stop[, step]): a Range, or a
// bigRange when a bound or the length does not fit in int64.
func newRangeObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) == 0 {
		// range(n) and range(a, b), the common calls
		switch len(args) {
		case 1:
			if n, ok := args[0].(Int); ok && f != nil {
				return f.VM.makeRange(0, int64(n), 1), nil
			}
		case 2:
			a, ok1 := args[0].(Int)
			b, ok2 := args[1].(Int)
			if ok1 && ok2 && rangeLen(int64(a), int64(b), 1) >= 0 {
				return NewRange(int64(a), int64(b), 1), nil
			}
		}
	}
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "range() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
	case 1, 2, 3:
	default:
		return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
	}
	vals := [3]Value{Int(0), nil, Int(1)}
	at := vals[1:2]
	if len(args) > 1 {
		at = vals[:len(args)]
	}
	small := true
	for i, a := range args {
		v, err := Index(f, a)
		if err != nil {
			return nil, err
		}
		_, fits := v.(Int)
		small = small && fits
		at[i] = v
	}
	if vals[2] == Int(0) {
		return nil, Errorf(ValueError, "range() arg 3 must not be zero")
	}
	if small {
		start, stop, step := int64(vals[0].(Int)), int64(vals[1].(Int)), int64(vals[2].(Int))
		if rangeLen(start, stop, step) >= 0 {
			return NewRange(start, stop, step), nil
		}
	}
	return makeRangeBig(bigOf(vals[0]), bigOf(vals[1]), bigOf(vals[2])), nil
}

// rangeCount is range.count: 1 or 0 for an int, else a count by ==.
func rangeCount(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("range.count", args[1:], kw); err != nil {
		return nil, err
	}
	switch args[1].(type) {
	case Int, Bool, *BigInt:
		if rangeIndexOf(args[0], args[1]) != nil {
			return Int(1), nil
		}
		return Int(0), nil
	}
	n := 0
	err := Iterate(f, args[0], func(it Value) (bool, *Exception) {
		eq, err := eqItem(f, it, args[1])
		if eq {
			n++
		}
		return true, err
	})
	return Int(n), err
}

// rangeIndex is range.index: arithmetic for an int, else a search by ==.
func rangeIndex(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("range.index", args[1:], kw); err != nil {
		return nil, err
	}
	switch args[1].(type) {
	case Int, Bool, *BigInt:
		if i := rangeIndexOf(args[0], args[1]); i != nil {
			return i, nil
		}
		return nil, notInRange(args[1])
	}
	i := int64(0)
	found := int64(-1)
	err := Iterate(f, args[0], func(it Value) (bool, *Exception) {
		eq, err := eqItem(f, it, args[1])
		if eq {
			found = i
		}
		i++
		return !eq, err
	})
	if err != nil {
		return nil, err
	}
	if found < 0 {
		return nil, Errorf(ValueError, "sequence.index(x): x not in sequence")
	}
	return Int(found), nil
}

// rangeIndexOf is the position of the int x in the range r of either
// kind, nil when x is not in it.
func rangeIndexOf(r, x Value) Value {
	if br, ok := r.(*bigRange); ok {
		if i := br.indexOf(bigOf(x)); i != nil {
			return normBig(i)
		}
		return nil
	}
	var v int64
	switch x := x.(type) {
	case Int:
		v = int64(x)
	case Bool:
		if x {
			v = 1
		}
	default: // a *BigInt is in no Range
		return nil
	}
	if i := r.(*Range).indexOf(v); i >= 0 {
		return Int(i)
	}
	return nil
}

// setupRange installs range into the builtin classes; see universe.go.
func setupRange() {
	RangeClass.New = newRangeObj
	RangeClass.AddMethods(map[string]NativeFunc{
		"count":        rangeCount,
		"index":        rangeIndex,
		"__len__":      dunderLen,
		"__iter__":     dunderIter,
		"__contains__": dunderContains,
		"__getitem__":  dunderGetItem,
		"__reversed__": dunderReversed,
	})
}

// Truth is bool(r).
func (r *Range) Truth() bool { return r.n != 0 }

// RichCompare implements == and != between ranges.
func (r *Range) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	if op != CmpEq && op != CmpNe {
		return NotImplemented, nil
	}
	switch o := other.(type) {
	case *Range:
		return Bool(r.Equal(o) == (op == CmpEq)), nil
	case *bigRange:
		return Bool(rangesEqual(r, o) == (op == CmpEq)), nil
	}
	return NotImplemented, nil
}

// length is len(r) (range_length).
func (r *Range) length() (int, *Exception) { return int(r.n), nil }

// newIter is iter(r) (range_iter).
func (r *Range) newIter() Iterator { return r.iter() }
