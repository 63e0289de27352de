package interp

// This file holds the metaclass support enum and abc need: `class
// C(metaclass=M)` records M as C's type (type(C) is M, subclasses inherit
// it), so that len(C), iter(C), x in C and C[k] find M's __len__,
// __iter__, __contains__ and __getitem__ as CPython does. M.__new__,
// M.__init__ and M.__call__ are not run: the class is built as type builds
// it. It also keeps the definition order of class attributes (C.__dict__,
// which enum members follow).

import "sort"

// metaclassKeyword takes metaclass=M out of the class statement's
// keywords (the rest go to __init_subclass__).
func metaclassKeyword(kw []KV) (Value, []KV) {
	for i, k := range kw {
		if k.Name == "metaclass" {
			rest := append(append([]KV(nil), kw[:i]...), kw[i+1:]...)
			return k.Value, rest
		}
	}
	return nil, kw
}

// setMetaclass gives cls the metaclass meta, or the first one among its
// bases when meta is nil; type itself (and anything that is not a class)
// leaves it plain.
func setMetaclass(cls *Class, meta Value, bases []Value) {
	m, _ := meta.(*Class)
	for _, b := range bases {
		if m != nil {
			break
		}
		if bc, ok := b.(*Class); ok {
			m = bc.Meta
		}
	}
	if m != nil && m != TypeClass && m.IsSubclass(TypeClass) {
		cls.Meta = m
	}
}

// metaRepr is repr(C) for a class with a metaclass: the metaclass's
// __repr__ when it defines one in Python, else type's.
func metaRepr(f *Fiber, c *Class) (string, *Exception) {
	m, ok := c.Meta.Lookup("__repr__")
	if _, isFn := m.(*Function); !ok || !isFn {
		return ClassRepr(c), nil
	}
	r, err := f.Call(m, []Value{c}, nil)
	if err != nil {
		return "", err
	}
	s, isStr := r.(Str)
	if !isStr {
		return "", Errorf(TypeError, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return string(s), nil
}

// setOrdered stores a class attribute, remembering when a name is new.
func (c *Class) setOrdered(name string, v Value) {
	if _, ok := c.Dict[name]; !ok {
		c.Order = append(c.Order, name)
	}
	c.Dict[name] = v
}

// orderedDict is C.__dict__ as a dict in definition order (names that
// are not in Order, set from Go, come last in sorted order).
func (c *Class) orderedDict() *Dict {
	d := NewDict()
	for _, k := range c.Order {
		if v, ok := c.Dict[k]; ok {
			d.SetStr(k, v)
		}
	}
	var rest []string
	for k := range c.Dict {
		if _, ok := d.GetStr(k); !ok {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		d.SetStr(k, c.Dict[k])
	}
	return d
}
