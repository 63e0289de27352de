package interp

// This file defines mappingproxy, the read-only view C.__dict__ gives of
// a class's namespace (CPython's Objects/descrobject.c), and the
// definition order of class attributes it shows.

import "sort"

// MappingProxy is a read-only mapping over a snapshot of a class dict.
type MappingProxy struct{ D *Dict }

// MappingProxyClass is the class of C.__dict__.
var MappingProxyClass = newBuiltinClass("mappingproxy", ObjectClass)

func (*MappingProxy) Type() *Class { return MappingProxyClass }

// Repr is mappingproxy({...}).
func (m *MappingProxy) Repr(f *Fiber) (string, *Exception) {
	s, err := m.D.repr(f)
	return "mappingproxy(" + s + ")", err
}

// Len is len(proxy) (for truth).
func (m *MappingProxy) Len() int { return m.D.Len() }

// classNamespace returns the class's own attributes as a dict in
// definition order (names set later come after; classes built in Go
// list theirs sorted), with what type.__new__ adds after the namespace:
// the __dict__ and __weakref__ descriptors a class gets when its bases
// have none, __doc__, and __hash__ = None beside __eq__.
func classNamespace(c *Class) *Dict {
	d := NewDict()
	hashNone := false
	for _, k := range c.Keys {
		if v, ok := c.Dict[k]; ok {
			if _, dup := d.GetStr(k); !dup {
				d.SetStr(k, v)
			}
		}
	}
	if c.Keys != nil && !c.BuiltinType {
		if _, ok := d.GetStr("__hash__"); !ok && c.Dict["__hash__"] == None {
			hashNone = true
		}
		addDict, addWeak := true, true
		if _, slots := c.Dict["__slots__"]; slots {
			addDict, addWeak = false, false
		}
		for _, b := range c.BaseList() {
			switch {
			case !b.BuiltinType || b.IsException && b != BaseException && !b.BuiltinType:
				addDict, addWeak = false, false
			case b.IsException:
				addDict = false
			case b == IntClass || b == StrClass || b == TupleClass:
				addWeak = false
			case b == SetClass || b == FrozenSetClass || b == FunctionClass || b == TypeClass:
				addWeak = false
			}
		}
		if addDict {
			d.SetStr("__dict__", &attributeDescr{name: "__dict__", owner: c})
		}
		if addWeak {
			d.SetStr("__weakref__", &attributeDescr{name: "__weakref__", owner: c})
		}
		if _, ok := d.GetStr("__doc__"); !ok {
			d.SetStr("__doc__", None)
		}
		if hashNone {
			d.SetStr("__hash__", None)
		}
	}
	if d.Len() < len(c.Dict) {
		rest := make([]string, 0, len(c.Dict))
		for k := range c.Dict {
			if _, ok := d.GetStr(k); !ok {
				rest = append(rest, k)
			}
		}
		sort.Strings(rest)
		for _, k := range rest {
			d.SetStr(k, c.Dict[k])
		}
	}
	return d
}

// setupMappingProxy installs mappingproxy's methods; see universe.go.
func setupMappingProxy() {
	proxy := func(name string, fn func(f *Fiber, d *Dict, args []Value, kw []KV) (Value, *Exception)) NativeFunc {
		return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) == 0 {
				return nil, Errorf(TypeError, "descriptor '%s' of 'mappingproxy' object needs an argument", name)
			}
			m, ok := args[0].(*MappingProxy)
			if !ok {
				return nil, Errorf(TypeError, "descriptor '%s' for 'mappingproxy' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
			}
			a := append([]Value{m.D}, args[1:]...)
			return fn(f, m.D, a, kw)
		}
	}
	MappingProxyClass.AddMethods(map[string]NativeFunc{
		"keys":   proxy("keys", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) { return dictKeys(f, a, kw) }),
		"values": proxy("values", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) { return dictValues(f, a, kw) }),
		"items":  proxy("items", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) { return dictItems(f, a, kw) }),
		"get":    proxy("get", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) { return dictGet(f, a, kw) }),
		"copy":   proxy("copy", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) { return d.Copy(), nil }),
		"__len__": proxy("__len__", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) {
			return Int(d.Len()), nil
		}),
		"__getitem__": proxy("__getitem__", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) {
			if len(a) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(a)-1)
			}
			return d.getItem(f, a[1])
		}),
		"__contains__": proxy("__contains__", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) {
			if len(a) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(a)-1)
			}
			_, ok, err := d.Get(f, a[1])
			return Bool(ok), err
		}),
		"__iter__": proxy("__iter__", func(f *Fiber, d *Dict, a []Value, kw []KV) (Value, *Exception) {
			return IterValue(f, d)
		}),
	})
}

// Str is str(proxy): the str of the mapping (print shows {...}).
func (m *MappingProxy) Str(f *Fiber) (string, *Exception) { return m.D.repr(f) }

// Attr serves a dict view's mapping: a read-only proxy of its dict.
func (v *DictView) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	if name == "mapping" {
		return &MappingProxy{D: v.d}, true, nil
	}
	return nil, false, nil
}

// attributeDescr is how C.__dict__ shows the __dict__ and __weakref__
// attributes of a class's instances (CPython's getset descriptors).
type attributeDescr struct {
	name  string
	owner *Class
}

func (*attributeDescr) Type() *Class { return ObjectClass }

// Repr is <attribute '__dict__' of 'C' objects>.
func (a *attributeDescr) Repr(f *Fiber) (string, *Exception) {
	return "<attribute '" + a.name + "' of '" + a.owner.Name + "' objects>", nil
}
