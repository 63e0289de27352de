package interp

// This file declares the slots through which the central operations
// (iter.go: len, in, v[k], iter, Iterate; ops_core.go: comparison, hash,
// repr, + and friends) reach a built-in type's own code, as CPython's
// abstract.c calls a type's tp_*/sq_*/mp_* slots. Each built-in type
// implements the slots it has in its own file (list.go, tuple.go, str.go,
// dict.go, dict_methods.go, set.go, range.go, object_bytes.go,
// object_bytearray.go, slice.go); doc.go lists them.
//
// The method names are unexported, so only types of this package fill
// these slots, and none of them is an *Instance: a user class's dunders
// are looked up after the slots fail, in the order CPython follows.
// Comparison and hashing use the exported hooks of ops_core.go
// (RichComparer, Hasher), which Go types of other packages implement too.
//
// Where the dispatch loop is hot, the central function keeps a type
// switch on the hottest types ahead of the interface check (list[i],
// list[i] = x, len(list), iteration of a list or range): a type switch
// compares one type word, while an assertion to an interface looks the
// type up in an itab cache, measurably slower on these paths. Iterate
// (a list, tuple, str or range walked without an iterator: their each
// methods) keeps a type switch for another reason: a callback passed
// through an interface call escapes, so every caller's closure would be
// allocated on the heap.

// lenSlot is sq_length/mp_length: len(v).
type lenSlot interface {
	length() (int, *Exception)
}

// containsSlot is sq_contains: `w in v`.
type containsSlot interface {
	contains(f *Fiber, w Value) (bool, *Exception)
}

// getItemSlot is mp_subscript: v[k], slices included.
type getItemSlot interface {
	getItem(f *Fiber, k Value) (Value, *Exception)
}

// setItemSlot is mp_ass_subscript with a value: v[k] = x.
type setItemSlot interface {
	setItem(f *Fiber, k, x Value) *Exception
}

// delItemSlot is mp_ass_subscript without a value: del v[k].
type delItemSlot interface {
	delItem(f *Fiber, k Value) *Exception
}

// iterSlot is tp_iter: a fresh iterator over v.
type iterSlot interface {
	newIter() Iterator
}

// reprSlot is tp_repr of a built-in container that counts its own
// nesting level (reprItems), unlike the Reprer hook, which repr wraps in
// one.
type reprSlot interface {
	repr(f *Fiber) (string, *Exception)
}

// operatorSlot is a sequence's or mapping's own binary operators (+, *,
// |): nil result when op or the operand is not its (the caller goes on
// to the number protocol and the reflected operand).
type operatorSlot interface {
	operator(f *Fiber, op BinOp, w Value) (Value, *Exception)
}

// inplaceSlot is a mutable container's augmented assignment (list +=,
// list *=, dict |=); NotImplemented when it has none for op.
type inplaceSlot interface {
	inplace(f *Fiber, op BinOp, w Value) (Value, *Exception)
}
