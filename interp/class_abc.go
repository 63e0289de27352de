package interp

// This file holds what abstract base classes and generic aliases need from
// class machinery: virtual subclasses for isinstance/issubclass (CPython's
// ABCMeta.__instancecheck__/__subclasscheck__, reached here through
// Class.SubclassHook) and __mro_entries__ of non-class bases (PEP 560:
// class Stack(Generic[T]) derives from Generic).

// virtualSubclass asks cls's SubclassHook whether sub is a virtual
// subclass of cls.
func virtualSubclass(f *Fiber, sub, cls *Class) (bool, *Exception) {
	if cls.SubclassHook == nil {
		return false, nil
	}
	return cls.SubclassHook(f, sub)
}

// mroEntries replaces each base that is not a class by what its
// __mro_entries__(bases) returns, as CPython's update_bases does.
func mroEntries(f *Fiber, bases []Value) ([]Value, *Exception) {
	var out []Value
	for i, b := range bases {
		if _, ok := b.(*Class); ok {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		meth, err := GetAttr(f, b, "__mro_entries__")
		if err != nil {
			if err.Matches(AttributeError) {
				if out != nil {
					out = append(out, b)
				}
				continue
			}
			return nil, err
		}
		if out == nil {
			// never nil from here: an entry returning () still counts
			out = append(make([]Value, 0, len(bases)), bases[:i]...)
		}
		r, err := f.Call(meth, []Value{Tuple(append([]Value(nil), bases...))}, nil)
		if err != nil {
			return nil, err
		}
		t, ok := r.(Tuple)
		if !ok {
			return nil, Errorf(TypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, t...)
	}
	if out == nil {
		return bases, nil
	}
	return out, nil
}
