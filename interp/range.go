package interp

// This file defines range objects: lazy arithmetic sequences of int64
// (bounds outside the int64 range raise OverflowError), with O(1) len,
// indexing and `in` for ints, slicing to another range, and iteration
// without building a list.

import (
	"math"
	"math/bits"
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
	n                 int64 // number of items; -1 when it exceeds int64
	first             rangeIter
	firstTaken        bool
}

func (*Range) Type() *Class { return RangeClass }

// NewRange makes range(start, stop, step); step must not be 0.
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

// Len is len(r); ok is false when it does not fit in int64.
func (r *Range) Len() (int64, bool) { return r.n, r.n >= 0 }

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
	return r.has(x), nil
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
		if r.n < 0 {
			return nil, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
		}
		start, stop, step, n, err := s.Indices(f, int(r.n))
		if err != nil {
			return nil, err
		}
		nstep, overflow := mulInt64(r.step, int64(step))
		if overflow {
			return nil, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
		}
		nstart := r.start + int64(start)*r.step
		nstop := r.start + int64(stop)*r.step
		return &Range{start: nstart, stop: nstop, step: nstep, n: int64(n)}, nil
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(k))
	}
	n := r.n
	if n < 0 {
		n = math.MaxInt64
	}
	j := int64(i)
	if j < 0 {
		j += n
	}
	if j < 0 || j >= n {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return Int(r.at(j)), nil
}

func mulInt64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(absInt64(a)), uint64(absInt64(b)))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, true
	}
	p := int64(lo)
	if (a < 0) != (b < 0) {
		p = -p
	}
	return p, false
}

func absInt64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
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
	if n < 0 {
		n = math.MaxInt64
	}
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
	n := r.n
	if n < 0 {
		n = math.MaxInt64
	}
	it := rangeIter{cur: r.start, step: r.step, left: n}
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
	if n < 0 {
		n = math.MaxInt64
	}
	if n == 0 {
		return &rangeIter{}
	}
	return &rangeIter{cur: r.at(n - 1), step: -r.step, left: n}
}

// rangeArg converts a range() argument.
func rangeArg(f *Fiber, v Value) (int64, *Exception) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	i, ok, err := indexValue(f, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	return int64(i), nil
}

func newRangeObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(args) == 1 && len(kw) == 0 {
		if n, ok := args[0].(Int); ok && f != nil { // range(n), the common call
			return f.VM.makeRange(0, int64(n), 1), nil
		}
	}
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "range() takes no keyword arguments")
	}
	var vals [3]int64
	for i, a := range args {
		if i >= 3 {
			break
		}
		v, err := rangeArg(f, a)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
	case 1:
		return NewRange(0, vals[0], 1), nil
	case 2:
		return NewRange(vals[0], vals[1], 1), nil
	case 3:
		if vals[2] == 0 {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
		return NewRange(vals[0], vals[1], vals[2]), nil
	}
	return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
}

func rangeCount(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("range.count", args[1:], kw); err != nil {
		return nil, err
	}
	r := args[0].(*Range)
	switch v := args[1].(type) {
	case Int, Bool:
		x, _ := rangeArg(f, v)
		if r.has(x) {
			return Int(1), nil
		}
		return Int(0), nil
	}
	n := 0
	err := Iterate(f, r, func(it Value) (bool, *Exception) {
		eq, err := eqItem(f, it, args[1])
		if eq {
			n++
		}
		return true, err
	})
	return Int(n), err
}

func rangeIndex(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("range.index", args[1:], kw); err != nil {
		return nil, err
	}
	r := args[0].(*Range)
	switch v := args[1].(type) {
	case Int, Bool:
		x, _ := rangeArg(f, v)
		if i := r.indexOf(x); i >= 0 {
			return Int(i), nil
		}
		return nil, Errorf(ValueError, "%d is not in range", x)
	}
	i := int64(0)
	found := int64(-1)
	err := Iterate(f, r, func(it Value) (bool, *Exception) {
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
	o, ok := other.(*Range)
	if !ok || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	return Bool(r.Equal(o) == (op == CmpEq)), nil
}

// length is len(r) (range_length): OverflowError past the index range.
func (r *Range) length() (int, *Exception) {
	if n, ok := r.Len(); ok {
		return int(n), nil
	}
	return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
}

// newIter is iter(r) (range_iter).
func (r *Range) newIter() Iterator { return r.iter() }
