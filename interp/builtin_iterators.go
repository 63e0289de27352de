package interp

// This file defines the builtins enumerate, zip, map, filter and reversed:
// each is a class whose instances are Go iterators (their classes are
// declared with the other iterator classes in iter.go).

import (
	"math"
	"math/big"
)

// setupIterators installs the iterator builtins' constructors (enumerate, zip, map, filter, reversed) into the builtin classes; see universe.go.
func setupIterators() {
	EnumerateClass.New = newEnumerateObj
	ZipClass.New = newZipObj
	MapClass.New = newMapObj
	FilterClass.New = newFilterObj
	ReversedClass.New = newReversedObj
}

type enumerateIter struct {
	it  Iterator
	i   int64
	big *big.Int // counter once past int64
}

func (*enumerateIter) Type() *Class { return EnumerateClass }

func (e *enumerateIter) Next(f *Fiber) (Value, bool, *Exception) {
	v, ok, err := next(f, e.it)
	if !ok || err != nil {
		return nil, false, err
	}
	var n Value
	if e.big != nil {
		n = MakeInt(e.big)
		e.big.Add(e.big, big.NewInt(1))
	} else {
		n = Int(e.i)
		if e.i == math.MaxInt64 {
			e.big = new(big.Int).SetInt64(e.i)
			e.big.Add(e.big, big.NewInt(1))
		} else {
			e.i++
		}
	}
	return Tuple{n, v}, true, nil
}

// NewEnumerate is enumerate(it, start).
func NewEnumerate(f *Fiber, it Value, start int64) (Value, *Exception) {
	x, err := GetIter(f, it)
	if err != nil {
		return nil, err
	}
	return &enumerateIter{it: x, i: start}, nil
}

func newEnumerateObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	var iterable, start Value
	if len(args) > 2 {
		return nil, Errorf(TypeError, "enumerate() takes at most 2 arguments (%d given)", len(args)+len(kw))
	}
	if len(args) > 0 {
		iterable = args[0]
	}
	if len(args) > 1 {
		start = args[1]
	}
	for _, p := range kw {
		switch {
		case p.Name == "iterable" && iterable == nil:
			iterable = p.Value
		case p.Name == "start" && start == nil:
			start = p.Value
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for enumerate()", p.Name)
		}
	}
	if iterable == nil {
		return nil, Errorf(TypeError, "enumerate() missing required argument 'iterable' (pos 1)")
	}
	x, err := GetIter(f, iterable)
	if err != nil {
		return nil, err
	}
	e := &enumerateIter{it: x}
	if start != nil {
		switch s := start.(type) {
		case Int:
			e.i = int64(s)
		case Bool:
			if s {
				e.i = 1
			}
		case *BigInt:
			e.big = new(big.Int).Set(&s.V)
		default:
			n, ok, err := indexValue(f, start)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(start))
			}
			e.i = int64(n)
		}
	}
	return e, nil
}

type zipIter struct {
	its []Iterator
}

func (*zipIter) Type() *Class { return ZipClass }

func (z *zipIter) Next(f *Fiber) (Value, bool, *Exception) {
	if len(z.its) == 0 {
		return nil, false, nil
	}
	t := make(Tuple, len(z.its))
	for i, it := range z.its {
		v, ok, err := next(f, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			z.its = nil
			return nil, false, nil
		}
		t[i] = v
	}
	return t, true, nil
}

// NewZip is zip(*iterables).
func NewZip(f *Fiber, iterables []Value) (Value, *Exception) {
	z := &zipIter{its: make([]Iterator, len(iterables))}
	for i, v := range iterables {
		it, err := GetIter(f, v)
		if err != nil {
			if err.Matches(TypeError) && !isIterable(v) {
				return nil, Errorf(TypeError, "zip argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		z.its[i] = it
	}
	return z, nil
}

func isIterable(v Value) bool {
	if containerIter(v) != nil {
		return true
	}
	if _, ok := v.(Iterator); ok {
		return true
	}
	if _, ok := v.Type().Lookup("__iter__"); ok {
		return true
	}
	_, ok := v.Type().Lookup("__getitem__")
	return ok && !v.Type().BuiltinType
}

func newZipObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	for _, p := range kw {
		if p.Name != "strict" {
			return nil, Errorf(TypeError, "zip() got an unexpected keyword argument '%s'", p.Name)
		}
	}
	return NewZip(f, args)
}

type mapIter struct {
	fn  Value
	its []Iterator
}

func (*mapIter) Type() *Class { return MapClass }

func (m *mapIter) Next(f *Fiber) (Value, bool, *Exception) {
	if m.its == nil {
		return nil, false, nil
	}
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok, err := next(f, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			m.its = nil
			return nil, false, nil
		}
		args[i] = v
	}
	r, err := f.Call(m.fn, args, nil)
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

// NewMap is map(fn, *iterables); at least one iterable is required.
func NewMap(f *Fiber, fn Value, iterables []Value) (Value, *Exception) {
	if len(iterables) == 0 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	m := &mapIter{fn: fn, its: make([]Iterator, len(iterables))}
	for i, v := range iterables {
		it, err := GetIter(f, v)
		if err != nil {
			return nil, err
		}
		m.its[i] = it
	}
	return m, nil
}

func newMapObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	return NewMap(f, args[0], args[1:])
}

type filterIter struct {
	fn Value // None: truth of the item
	it Iterator
}

func (*filterIter) Type() *Class { return FilterClass }

func (x *filterIter) Next(f *Fiber) (Value, bool, *Exception) {
	for {
		v, ok, err := next(f, x.it)
		if !ok || err != nil {
			return nil, false, err
		}
		test := v
		if x.fn != None {
			test, err = f.Call(x.fn, []Value{v}, nil)
			if err != nil {
				return nil, false, err
			}
		}
		t, err := Truth(f, test)
		if err != nil {
			return nil, false, err
		}
		if t {
			return v, true, nil
		}
	}
}

// NewFilter is filter(fn, iterable); fn may be None.
func NewFilter(f *Fiber, fn Value, iterable Value) (Value, *Exception) {
	it, err := GetIter(f, iterable)
	if err != nil {
		return nil, err
	}
	return &filterIter{fn: fn, it: it}, nil
}

func newFilterObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	return NewFilter(f, args[0], args[1])
}

// revSeqIter is reversed(seq) for sequences without a dedicated reverse
// iterator: seq[n-1], ..., seq[0].
type revSeqIter struct {
	seq Value
	i   int
}

func (*revSeqIter) Type() *Class { return ReversedClass }

func (it *revSeqIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.seq == nil || it.i < 0 {
		it.seq = nil
		return nil, false, nil
	}
	var v Value
	var err *Exception
	switch s := it.seq.(type) {
	case Tuple:
		v = s[it.i]
	default:
		v, err = GetItem(f, it.seq, Int(it.i))
	}
	if err != nil {
		if err.Matches(IndexError) || err.Matches(StopIteration) {
			it.seq = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i--
	return v, true, nil
}

// NewReversed is reversed(seq).
func NewReversed(f *Fiber, seq Value) (Value, *Exception) {
	switch x := seq.(type) {
	case *List:
		return &listRevIter{l: x, i: len(x.Items) - 1}, nil
	case Tuple:
		return &revSeqIter{seq: x, i: len(x) - 1}, nil
	case Str:
		return &strRevIter{s: string(x), i: len(x)}, nil
	case Bytes:
		return &revSeqIter{seq: x, i: len(x) - 1}, nil
	case *ByteArray:
		return &revSeqIter{seq: x, i: len(x.B) - 1}, nil
	case *Range:
		return x.reversed(), nil
	case *bigRange:
		return x.reversed(), nil
	case *Dict:
		return &dictIter{d: x, n: x.Len(), i: x.Cap(), rev: true}, nil
	case *DictView:
		return &dictIter{d: x.d, n: x.d.Len(), i: x.d.Cap(), rev: true, kind: x.kind}, nil
	}
	if !seq.Type().BuiltinType {
		if _, ok := seq.Type().Lookup("__reversed__"); ok {
			r, _, err := CallDunder(f, seq, "__reversed__")
			return r, err
		}
		_, hasGet := seq.Type().Lookup("__getitem__")
		_, hasLen := seq.Type().Lookup("__len__")
		if hasGet && hasLen {
			n, err := Len(f, seq)
			if err != nil {
				return nil, err
			}
			return &revSeqIter{seq: seq, i: n - 1}, nil
		}
	}
	return nil, Errorf(TypeError, "'%s' object is not reversible", TypeName(seq))
}

func newReversedObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "reversed expected 1 argument, got %d", len(args))
	}
	return NewReversed(f, args[0])
}
