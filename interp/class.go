package interp

// This file defines classes (built-in and user-defined) and instances of
// user-defined classes. A class has any number of bases; its MRO is
// computed by C3 linearization (mro.go), as CPython's type.mro().

// Class is a Python type object.
type Class struct {
	Name     string
	QualName string
	Module   string   // "builtins" for built-in types
	Base     *Class   // the first base; nil only for object
	Bases    []*Class // all bases in order (nil: just Base)
	MRO      []*Class
	// Meta is the metaclass when it is not type (class C(metaclass=M)).
	Meta *Class
	// SubclassHook, when set (abc.ABC and collections.abc classes, see
	// class_abc.go), says whether sub is a virtual subclass beyond the MRO.
	SubclassHook func(f *Fiber, sub *Class) (bool, *Exception)
	// Keys lists the names of Dict in definition order (C.__dict__ shows
	// them so); may hold deleted names.
	Keys []string
	// subclasses are the classes made with this one as a base, for
	// __subclasses__() (not recorded on the shared built-in classes).
	subclasses []*Class
	// version moves when an attribute of the class or of a base is set
	// or deleted (classChanged, attrcache.go); attribute caches hold the
	// version they were made at.
	version uint64
	// layout moves with version but for a change that cannot alter how
	// attribute access goes (setting a class attribute such as a counter
	// from one plain value to another, attrcache.go): what depends only on
	// which names are data descriptors or special methods holds layout
	// (the instance-attribute hits of the caches, the answers below).
	layout uint64
	// customVersion and custom cache customAttrs (attrcache.go) for one
	// layout (customVersion is the layout + 1; 0: not set).
	customVersion uint64
	custom        bool
	// initVersion and init cache plainInit (object_construct.go) likewise;
	// initMeta is the metaclass's layout then.
	initVersion, initMeta uint64
	init                  *Function
	Dict                  map[string]Value // own attributes and methods only
	// shapeRoot is the empty shape of the class's instances (instance.go),
	// made by the first NewInstance; always nil on a class that may be
	// shared by VMs (BuiltinType or Immutable): their instances keep a dict.
	shapeRoot *Shape
	// New constructs an instance for a call of the class (cls may be a
	// subclass). nil means: inherit the nearest base's New. For object it
	// makes an *Instance. __init__ is called afterwards by the caller when
	// the result is an instance of cls (see CallClass).
	New func(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception)
	// BuiltinType is true for classes implemented in Go.
	BuiltinType bool
	// Immutable refuses setting and deleting the class's attributes, as
	// CPython's Py_TPFLAGS_IMMUTABLETYPE does (BuiltinType classes are
	// immutable too). A class that can change must belong to one VM.
	Immutable bool
	// Native is what the Go code that made the class keeps about it
	// (stdlib/internal/native's record description); interp ignores it.
	Native any
	// IsException is true for BaseException and all its subclasses.
	IsException bool
}

func (c *Class) Type() *Class {
	if c.Meta != nil {
		return c.Meta
	}
	return TypeClass
}

// NewClass makes a class with the given base (ObjectClass if nil) and
// computes its MRO.
func NewClass(name string, base *Class, dict map[string]Value) *Class {
	if base == nil {
		base = ObjectClass
	}
	return makeClass(name, base, dict)
}

func makeClass(name string, base *Class, dict map[string]Value) *Class {
	if dict == nil {
		dict = make(map[string]Value)
	}
	c := &Class{Name: name, QualName: name, Module: "__main__", Base: base, Dict: dict}
	c.MRO = []*Class{c}
	if base != nil {
		c.MRO = append(c.MRO, base.MRO...)
		c.IsException = base.IsException
	}
	return c
}

// newBuiltinClass makes a class implemented in Go.
func newBuiltinClass(name string, base *Class) *Class {
	c := makeClass(name, base, nil)
	c.Module = "builtins"
	c.BuiltinType = true
	return c
}

// Lookup finds an attribute on the class or its bases.
func (c *Class) Lookup(name string) (Value, bool) {
	for _, k := range c.MRO {
		if v, ok := k.Dict[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// IsSubclass reports whether c is other or derives from it.
func (c *Class) IsSubclass(other *Class) bool {
	if c == other {
		return true
	}
	for _, k := range c.MRO {
		if k == other {
			return true
		}
	}
	// ExceptionGroup derives from both BaseExceptionGroup and Exception in
	// CPython; with single inheritance we add the second base here.
	return other == Exception_ && c.IsSubclass(ExceptionGroup)
}

// Constructor returns the New hook that builds instances of c.
func (c *Class) Constructor() func(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	for _, k := range c.MRO {
		if k.New != nil {
			return k.New
		}
	}
	return nil
}

// AddMethods installs Go methods into a class dict (used by the per-type
// files and by stdlib modules defining classes). It is for classes being
// built, before any code has looked them up: it invalidates no attribute
// cache.
//
// The methods of the core types directCallClass accepts are marked
// NoRetain, for CALL's direct call (call_builtin.go).
func (c *Class) AddMethods(methods map[string]NativeFunc) {
	direct := directCallClass(c)
	for name, fn := range methods {
		c.Dict[name] = &Builtin{Name: name, Fn: fn, Of: c, NoRetain: direct}
	}
}

// addGetters installs read-only data attributes computed by Go functions
// (CPython's getset descriptors, such as int.real): each getter gets the
// instance as args[0].
func (c *Class) addGetters(getters map[string]NativeFunc) {
	for name, fn := range getters {
		c.Dict[name] = &Property{Get: &Builtin{Name: name, Fn: fn, Of: c}, Set: None, Del: None, Doc: None}
	}
}

// IsInstance reports whether v's class is cls or a subclass of it.
func IsInstance(v Value, cls *Class) bool {
	if cls == IntClass {
		// bool is a subclass of int
		switch v.(type) {
		case Int, *BigInt, Bool:
			return true
		}
	}
	return v.Type().IsSubclass(cls)
}

// Attr implements HasAttrs: C.name finds name in the class and its bases
// (a staticmethod gives its function, a classmethod a method bound to C),
// then the special attributes every class has, then type's methods. It
// answers every name: a missing one is AttributeError, never "not mine".
func (c *Class) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	if v, ok, err := classGetAttr(f, c, name); ok || err != nil {
		return v, true, err // object_descriptor.go
	}
	switch name {
	case "__name__":
		return Str(c.Name), true, nil
	case "__qualname__":
		return Str(c.QualName), true, nil
	case "__module__":
		return Str(c.Module), true, nil
	case "__doc__":
		return None, true, nil
	case "__class__":
		return c.Type(), true, nil
	case "__base__":
		if c.Base == nil {
			return None, true, nil
		}
		return c.Base, true, nil
	case "__bases__":
		if c.Base == nil {
			return Tuple{}, true, nil
		}
		bases := c.BaseList()
		t := make(Tuple, len(bases))
		for i, b := range bases {
			t[i] = b
		}
		return t, true, nil
	case "__mro__":
		t := make(Tuple, len(c.MRO))
		for i, b := range c.MRO {
			t[i] = b
		}
		return t, true, nil
	case "__dict__":
		return &MappingProxy{D: classNamespace(c)}, true, nil
	}
	if b, ok := TypeClass.Lookup(name); ok {
		v, err := bindClassAttr(f, b, c)
		return v, err == nil, err
	}
	if v, ok, err := metaGetAttr(f, c, name); ok {
		return v, true, err
	}
	return nil, false, Errorf(AttributeError, "type object '%s' has no attribute '%s'", c.Name, name)
}
