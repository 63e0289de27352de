package interp

// This file computes a class's method resolution order by C3
// linearization (CPython's mro_implementation in Objects/typeobject.c)
// and builds classes with several bases.

import "strings"

// BaseList returns the class's bases in order.
func (c *Class) BaseList() []*Class {
	if c.Bases != nil {
		return c.Bases
	}
	if c.Base == nil {
		return nil
	}
	return []*Class{c.Base}
}

// c3MRO merges the MROs of bases and the bases list itself, as CPython's
// mro_implementation; the error is CPython's "Cannot create a consistent
// method resolution order (MRO)" TypeError.
func c3MRO(c *Class, bases []*Class) ([]*Class, *Exception) {
	for i, b := range bases {
		for _, o := range bases[i+1:] {
			if o == b {
				return nil, Errorf(TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	if len(bases) == 1 {
		return append([]*Class{c}, bases[0].MRO...), nil
	}
	lists := make([][]*Class, 0, len(bases)+1)
	for _, b := range bases {
		lists = append(lists, b.MRO)
	}
	lists = append(lists, bases)
	remain := make([]int, len(lists))
	out := []*Class{c}
	inTail := func(k *Class) bool {
		for i, l := range lists {
			if remain[i] >= len(l) {
				continue
			}
			for _, x := range l[remain[i]+1:] {
				if x == k {
					return true
				}
			}
		}
		return false
	}
	for {
		empty := true
		var next *Class
		for i, l := range lists {
			if remain[i] >= len(l) {
				continue
			}
			empty = false
			if cand := l[remain[i]]; !inTail(cand) {
				next = cand
				break
			}
		}
		if empty {
			return out, nil
		}
		if next == nil {
			var names []string
			seen := map[*Class]bool{}
			for i, l := range lists {
				if remain[i] < len(l) && !seen[l[remain[i]]] {
					seen[l[remain[i]]] = true
					names = append(names, l[remain[i]].Name)
				}
			}
			return nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, next)
		for i, l := range lists {
			if remain[i] < len(l) && l[remain[i]] == next {
				remain[i]++
			}
		}
	}
}

// nativeBase returns the built-in class whose values instances of c carry
// (list for class L(list)), or nil for plain objects; see object_native.go.
func (c *Class) nativeBase() *Class {
	for _, k := range c.MRO {
		if k.BuiltinType && k != ObjectClass {
			return k
		}
	}
	return nil
}

// NewClassBases makes a user class with the given bases (object when
// none), checking them as type.__new__ does.
func NewClassBases(name string, bases []*Class, dict map[string]Value) (*Class, *Exception) {
	if len(bases) == 0 {
		return NewClass(name, nil, dict), nil
	}
	for _, b := range bases {
		if !b.subclassable() {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	c := makeClass(name, bases[0], dict)
	if len(bases) > 1 {
		c.Bases = append([]*Class(nil), bases...)
	}
	mro, err := c3MRO(c, bases)
	if err != nil {
		return nil, err
	}
	c.MRO = mro
	for _, b := range bases {
		if !b.BuiltinType {
			b.subclasses = append(b.subclasses, c)
		}
	}
	var solid *Class
	for _, b := range bases {
		if b.IsException {
			c.IsException = true
		}
		nb := b.nativeBase()
		if b.IsException {
			nb = BaseException
		}
		if nb == nil {
			continue
		}
		switch {
		case solid == nil || nb.IsSubclass(solid):
			solid = nb
		case solid.IsSubclass(nb):
		default:
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return c, nil
}

// subclassable reports whether a class may be a base (bool, NoneType,
// function and the like may not, as in CPython).
func (c *Class) subclassable() bool {
	switch c {
	case BoolClass, NoneTypeClass, FunctionClass, BuiltinFunctionClass, MethodClass,
		RangeClass, SliceClass, EllipsisClass, NotImplementedClass, CellClass,
		CoroutineClass, GeneratorClass, AsyncGeneratorClass, SuperClass:
		return false
	}
	return true
}
