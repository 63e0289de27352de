package interp

// This file holds the slice type's constructor, attributes and methods
// (CPython's Objects/sliceobject.c): slice(stop), slice(start, stop[,
// step]), .start/.stop/.step and .indices(length).

func newSliceObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "slice expected at least 1 argument, got 0")
	case 1:
		return &Slice{Start: None, Stop: args[0], Step: None}, nil
	case 2:
		return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
	case 3:
		return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
	}
	return nil, Errorf(TypeError, "slice expected at most 3 arguments, got %d", len(args))
}

// Attr serves start, stop and step.
func (s *Slice) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	part := func(v Value) Value {
		if v == nil {
			return None
		}
		return v
	}
	switch name {
	case "start":
		return part(s.Start), true, nil
	case "stop":
		return part(s.Stop), true, nil
	case "step":
		return part(s.Step), true, nil
	}
	return nil, false, nil
}

// sliceIndices is slice.indices(length): the (start, stop, step) a
// sequence of that length would use.
func sliceIndices(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	s, ok := args[0].(*Slice)
	if !ok {
		return nil, Errorf(TypeError, "descriptor 'indices' for 'slice' objects doesn't apply to a '%s' object", TypeName(args[0]))
	}
	if err := checkExact1("indices", args[1:], kw); err != nil {
		return nil, err
	}
	n, err := Index(f, args[1])
	if err != nil {
		return nil, err
	}
	length, ok := n.(Int)
	if !ok {
		return nil, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	if length < 0 {
		return nil, Errorf(ValueError, "length should not be negative")
	}
	start, stop, step, _, err := s.Indices(f, int(length))
	if err != nil {
		return nil, err
	}
	return Tuple{Int(start), Int(stop), Int(step)}, nil
}

// setupSlice installs slice's constructor and methods; see universe.go.
func setupSlice() {
	SliceClass.New = newSliceObj
	SliceClass.AddMethods(map[string]NativeFunc{"indices": sliceIndices})
}

// repr is repr(s): slice(start, stop, step) (slice_repr).
func (s *Slice) repr(f *Fiber) (string, *Exception) {
	return reprItems(f, "slice(", []Value{s.Start, s.Stop, s.Step}, ")")
}

// RichCompare is slice_richcompare: as the tuples (start, stop, step).
func (s *Slice) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	if b, ok := other.(*Slice); ok {
		return seqCompare(f, op, []Value{s.Start, s.Stop, s.Step}, []Value{b.Start, b.Stop, b.Step})
	}
	return NotImplemented, nil
}

// Hash: a slice is unhashable in 3.11 (PyObject_HashNotImplemented).
func (s *Slice) Hash(f *Fiber) (int64, *Exception) { return 0, errUnhashable(s) }
