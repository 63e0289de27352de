package interp

// This file holds what calling a class does (CPython's type.__call__:
// __new__, then __init__ when __new__ returned an instance of the class),
// metaclass __call__, and the class-creation protocol of type.__new__:
// __set_name__ on the namespace's values and __init_subclass__ of the
// parent (Objects/typeobject.c, type_new and type_call).

import "strings"

// constructClass is a call of cls: a metaclass __call__ written in the
// program takes over, else constructDefault. When the __init__ to run is
// an interpreted function it is returned, not called, so that the dispatch
// loop can push it as a frame.
func (f *Fiber) constructClass(cls *Class, args []Value, kw []KV) (Value, *Function, *Exception) {
	if init := f.plainInit(cls); init != nil {
		return NewInstance(cls), init, nil
	}
	if cls.Meta != nil {
		if call, ok := userMethod(cls.Meta, "__call__"); ok {
			r, err := f.Call(call, append([]Value{cls}, args...), kw)
			return r, nil, err
		}
	}
	return f.constructDefault(cls, args, kw)
}

// plainInit returns cls's __init__ when calling cls means what it does for
// most classes of a program: make an instance (object.__new__) and run
// that interpreted __init__ — no metaclass __call__, no __new__, no
// built-in base. nil means take the general path. The answer is cached on
// the class for its layout and its metaclass's (initVersion is the
// layout + 1; 0: not set), as customAttrs is: a class that can change
// belongs to one VM. The cache hit of a class without a metaclass is
// small enough for Go to inline into constructCall without a profile; the
// rest is findPlainInit.
func (f *Fiber) plainInit(cls *Class) *Function {
	if cls.initVersion == cls.layout+1 && cls.Meta == nil {
		return cls.init
	}
	return f.findPlainInit(cls)
}

// findPlainInit is plainInit past its inlined hit.
func (f *Fiber) findPlainInit(cls *Class) *Function {
	var meta uint64
	if cls.Meta != nil {
		meta = cls.Meta.layout
	}
	if cls.initVersion == cls.layout+1 && cls.initMeta == meta {
		return cls.init
	}
	if cls.BuiltinType || cls.Immutable {
		return nil
	}
	var init *Function
	_, userNew := userMethod(cls, "__new__")
	metaCall := false
	if cls.Meta != nil {
		_, metaCall = userMethod(cls.Meta, "__call__")
	}
	if !userNew && !metaCall && cls.constructorOwner() == ObjectClass {
		if m, ok := userMethod(cls, "__init__"); ok {
			init, _ = m.(*Function)
		}
	}
	cls.initVersion, cls.initMeta, cls.init = cls.layout+1, meta, init
	return init
}

// constructDefault is type.__call__(cls, *args, **kw).
func (f *Fiber) constructDefault(cls *Class, args []Value, kw []KV) (Value, *Function, *Exception) {
	if cls == TypeClass && len(args) == 1 && len(kw) == 0 {
		return args[0].Type(), nil, nil
	}
	if nf, ok := userMethod(cls, "__new__"); ok {
		if sm, isSM := nf.(*StaticMethod); isSM {
			nf = sm.Func
		}
		inst, err := f.Call(nf, append([]Value{cls}, args...), kw)
		if err != nil || !IsInstance(inst, cls) {
			return inst, nil, err
		}
		if _, userInit := userMethod(cls, "__init__"); !userInit && cls.IsException {
			// BaseException.__init__ sets args from the call's arguments
			if init, ok := cls.Lookup("__init__"); ok {
				if _, err := f.Call(init, append([]Value{inst}, args...), kw); err != nil {
					return nil, nil, err
				}
			}
			return inst, nil, nil
		}
		return f.initAfterNew(cls, inst, args, kw)
	}
	var owner *Class
	for _, k := range cls.MRO {
		if k.New != nil {
			owner = k
			break
		}
	}
	if owner == nil {
		return nil, nil, Errorf(TypeError, "cannot create '%s' instances", cls.Name)
	}
	if cls.BuiltinType {
		// built-in constructors take the arguments themselves
		inst, err := owner.New(f, cls, args, kw)
		return inst, nil, err
	}
	inst, err := instantiate(f, cls, owner, args, kw)
	if err != nil {
		return nil, nil, err
	}
	return f.initAfterNew(cls, inst, args, kw)
}

// initAfterNew runs cls's __init__ on inst, what __new__ made: an
// interpreted __init__ is returned for the caller to run; one written in
// Go (list.__init__ of class L(list), a stdlib class's) is called here.
func (f *Fiber) initAfterNew(cls *Class, inst Value, args []Value, kw []KV) (Value, *Function, *Exception) {
	init, ok := userMethod(cls, "__init__")
	if !ok {
		base := cls.nativeBase()
		if base == nil || cls.IsException {
			return inst, nil, nil
		}
		init, ok = nativeMethod(base, "__init__")
		if !ok {
			return inst, nil, nil
		}
		if b, isB := init.(*Builtin); isB && (b.Of == nil || b.Of == ObjectClass) {
			return inst, nil, nil
		}
	}
	if fn, isFn := init.(*Function); isFn {
		return inst, fn, nil
	}
	r, err := f.Call(init, append([]Value{inst}, args...), kw)
	if err != nil {
		return nil, nil, err
	}
	if err := checkInitResult(r); err != nil {
		return nil, nil, err
	}
	return inst, nil, nil
}

// typeCall is type.__call__ as a method (super().__call__(*args) in a
// metaclass's __call__): construct and run __init__.
func typeCall(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "descriptor '__call__' of 'type' object needs an argument")
	}
	cls, ok := args[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", TypeName(args[0]))
	}
	inst, initFn, err := f.constructDefault(cls, args[1:], kw)
	if err != nil || initFn == nil {
		return inst, err
	}
	r, err := f.Call(initFn, append([]Value{inst}, args[1:]...), kw)
	if err != nil {
		return nil, err
	}
	if err := checkInitResult(r); err != nil {
		return nil, err
	}
	return inst, nil
}

// typeNew is type.__new__(meta, name, bases, ns, **kw): the class is made
// from the namespace (functions named __new__ become static methods,
// __init_subclass__ and __class_getitem__ class methods), then
// __set_name__ is called on the namespace's values in order, then the
// parent's __init_subclass__ with the keyword arguments.
func typeNew(f *Fiber, meta *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(args) != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	if strings.IndexByte(string(name), 0) >= 0 {
		return nil, Errorf(ValueError, "type name must not contain null characters")
	}
	bt, ok := args[1].(Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	ns, ok := args[2].(*Dict)
	if !ok {
		if n := nativeOf(args[2]); n != nil {
			ns, ok = n.(*Dict)
		}
		if !ok {
			return nil, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
		}
	}
	// the most derived metaclass of meta and the bases' (CPython's
	// _PyType_CalculateMetaclass, before any base is checked to be a
	// class: type('X', (5,), {}) is a metaclass conflict with int)
	winner := meta
	for _, b := range bt {
		bm := b.Type()
		switch {
		case winner.IsSubclass(bm):
		case bm.IsSubclass(winner):
			winner = bm
		default:
			return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	bases := make([]*Class, len(bt))
	for i, b := range bt {
		c, ok := b.(*Class)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		bases[i] = c
	}
	dict := make(map[string]Value, ns.Len())
	var order []string
	var nsErr *Exception
	ns.Items(func(k, v Value) bool {
		s, ok := k.(Str)
		if !ok {
			nsErr = Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(k))
			return false
		}
		if fn, isFn := v.(*Function); isFn {
			switch s {
			case "__new__":
				v = &StaticMethod{Func: fn}
			case "__init_subclass__", "__class_getitem__":
				v = &ClassMethod{Func: fn}
			}
		}
		dict[string(s)] = v
		order = append(order, string(s))
		return true
	})
	if nsErr != nil {
		return nil, nsErr
	}
	delete(dict, "__classcell__")
	if _, eq := dict["__eq__"]; eq {
		if _, h := dict["__hash__"]; !h {
			// defining __eq__ alone makes instances unhashable
			dict["__hash__"] = None
		}
	}
	if slots, ok := dict["__slots__"]; ok {
		// __slots__ names attributes; a class variable may not reuse one
		names := []Value{slots}
		if _, isStr := slots.(Str); !isStr {
			items, err := ToList(f, slots)
			if err != nil {
				return nil, err
			}
			names = items
		}
		for _, n := range names {
			s, isStr := n.(Str)
			if !isStr {
				return nil, Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeName(n))
			}
			if _, clash := dict[string(s)]; clash {
				return nil, Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", s)
			}
		}
	}
	cls, err := NewClassBases(string(name), bases, dict)
	if err != nil {
		return nil, err
	}
	if winner != TypeClass {
		cls.Meta = winner
	}
	cls.Keys = order
	if qv, has := dict["__qualname__"]; has {
		q, ok := qv.(Str)
		if !ok {
			return nil, Errorf(TypeError, "type __qualname__ must be a str, not %s", TypeName(qv))
		}
		cls.QualName = string(q)
		delete(dict, "__qualname__")
	}
	if m, ok := dict["__module__"].(Str); ok {
		cls.Module = string(m)
	} else if fr := f.TopFrame(); fr != nil && fr.globals != nil {
		if m, ok := fr.globals.GetStr("__name__"); ok {
			if s, ok := m.(Str); ok {
				cls.Module = string(s)
				dict["__module__"] = s
				cls.Keys = append(cls.Keys, "__module__")
			}
		}
	}
	if cell, ok := ns.GetStr("__classcell__"); ok {
		if c, ok := cell.(*Cell); ok {
			c.V = cls
		}
	}
	for _, k := range order {
		v, ok := dict[k]
		if !ok {
			continue
		}
		if p, ok := v.(*Property); ok {
			p.Name = Str(k) // property.__set_name__
		} else if _, ok := userMethod(v.Type(), "__set_name__"); ok {
			if _, _, err := CallDunder(f, v, "__set_name__", cls, Str(k)); err != nil {
				// CPython 3.11's type_new_set_names wraps the error
				// (_PyErr_FormatFromCause); 3.12 dropped the wrapper
				wrap := Errorf(RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'", TypeName(v), reprStr(k), cls.Name)
				wrap.Cause, wrap.Context, wrap.SuppressContext = err, err, true
				return nil, wrap
			}
		}
	}
	sup := &Super{Class: cls, Self: cls}
	isf, ok, err := sup.Attr(f, "__init_subclass__")
	if err != nil {
		return nil, err
	}
	if ok {
		if _, err := f.Call(isf, nil, kw); err != nil {
			return nil, err
		}
	}
	return cls, nil
}

// objectInitSubclass is object.__init_subclass__, a class method that
// takes no keyword arguments.
func objectInitSubclass(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 || len(args) > 1 {
		name := "object"
		if len(args) > 0 {
			if c, ok := args[0].(*Class); ok {
				name = c.QualName // the bound method's __qualname__
			}
		}
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", name)
		}
		return nil, Errorf(TypeError, "%s.__init_subclass__() takes no arguments (%d given)", name, len(args)-1)
	}
	return None, nil
}

// typeMro is type.mro(cls): the C3 linearization as a list.
func typeMro(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "mro() takes no arguments (%d given)", len(args)-1)
	}
	c, ok := args[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "descriptor 'mro' for 'type' objects doesn't apply to a '%s' object", TypeName(args[0]))
	}
	items := make([]Value, len(c.MRO))
	for i, k := range c.MRO {
		items[i] = k
	}
	return NewList(items), nil
}

// setupClassCreation installs type's constructor and methods and object's
// __init_subclass__ and __new__; see universe.go.
func setupClassCreation() {
	setupMappingProxy()
	setupSlice()
	TypeClass.New = func(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
		if len(args) == 1 && cls == TypeClass && len(kw) == 0 {
			return args[0].Type(), nil
		}
		if len(args) != 3 {
			return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
		}
		return typeNew(f, cls, args, kw)
	}
	TypeClass.Dict["__call__"] = &Builtin{Name: "__call__", Fn: typeCall, Of: TypeClass}
	TypeClass.Dict["mro"] = &Builtin{Name: "mro", Fn: typeMro, Of: TypeClass}
	TypeClass.Dict["__subclasses__"] = &Builtin{Name: "__subclasses__", Of: TypeClass, Fn: func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		c, ok := args[0].(*Class)
		if !ok || len(args) != 1 {
			return nil, Errorf(TypeError, "__subclasses__() takes no arguments")
		}
		items := make([]Value, len(c.subclasses))
		for i, s := range c.subclasses {
			items[i] = s
		}
		return NewList(items), nil
	}}
	TypeClass.Dict["__init__"] = &Builtin{Name: "__init__", Of: TypeClass, Fn: func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if len(args) != 2 && len(args) != 4 {
			return nil, Errorf(TypeError, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	}}
	ObjectClass.Dict["__init_subclass__"] = &ClassMethod{Func: &Builtin{Name: "__init_subclass__", Fn: objectInitSubclass}}
}
