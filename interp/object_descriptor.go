package interp

// This file holds the attribute protocol of instances and classes as
// CPython's PyObject_GenericGetAttr/SetAttr and type_getattro define it:
// data descriptors (property, objects whose class defines __set__ or
// __delete__) before the instance dict, the instance dict before
// non-data descriptors (functions, objects with __get__ only), a user
// __getattribute__ replacing the whole lookup and __getattr__ called when
// it raises AttributeError; user __setattr__ and __delattr__.

// userDescr reports whether v is an object of a class written in the
// program defining the descriptor method name (__get__, __set__,
// __delete__), returning that method.
func userDescr(v Value, name string) (Value, bool) {
	t := v.Type()
	if t.BuiltinType {
		return nil, false
	}
	return userMethod(t, name)
}

// isDataDescriptor reports whether a class attribute takes precedence
// over the instance dict: a property, or an object with __set__ or
// __delete__.
func isDataDescriptor(v Value) bool {
	switch v.(type) {
	case *Property:
		return true
	case *Function, *Builtin, Str, Int, *StaticMethod, *ClassMethod:
		return false
	}
	if _, ok := userDescr(v, "__set__"); ok {
		return true
	}
	_, ok := userDescr(v, "__delete__")
	return ok
}

// descriptorGet is attr.__get__(inst, owner) for an object whose class
// defines __get__, else attr itself.
func descriptorGet(f *Fiber, attr, inst Value, owner *Class) (Value, *Exception) {
	if g, ok := userDescr(attr, "__get__"); ok {
		return f.Call(g, []Value{attr, inst, owner}, nil)
	}
	return attr, nil
}

// instanceGetAttr is getattr(x, name) for an instance of a user class:
// a user __getattribute__ or the generic lookup, then __getattr__ when
// either raised AttributeError.
func instanceGetAttr(f *Fiber, x *Instance, name string) (Value, *Exception) {
	cls := x.Class
	var r Value
	var err *Exception
	if ga, ok := userMethod(cls, "__getattribute__"); ok {
		r, err = f.Call(ga, []Value{x, Str(name)}, nil)
	} else {
		r, err = objectGetAttribute(f, x, name)
	}
	if err != nil && err.Matches(AttributeError) {
		if gat, ok := cls.Lookup("__getattr__"); ok {
			return f.Call(gat, []Value{x, Str(name)}, nil)
		}
	}
	return r, err
}

// objectGetAttribute is object.__getattribute__ on an instance.
func objectGetAttribute(f *Fiber, x *Instance, name string) (Value, *Exception) {
	cls := x.Class
	attr, inClass := cls.Lookup(name)
	if inClass && isDataDescriptor(attr) {
		return bindClassAttr(f, attr, x)
	}
	switch name {
	case "__class__":
		return cls, nil
	case "__dict__":
		if checkSlots(cls, "__dict__") != nil {
			break // a class with __slots__ has no instance dict
		}
		return x.AttrDict(), nil
	}
	if r, ok := x.OwnAttr(name); ok {
		return r, nil
	}
	if inClass {
		return bindClassAttr(f, attr, x)
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
}

// instanceSetAttr is setattr(o, name, v) for an instance of a user class.
func instanceSetAttr(f *Fiber, o *Instance, name string, v Value) *Exception {
	if sa, ok := userMethod(o.Class, "__setattr__"); ok {
		_, err := f.Call(sa, []Value{o, Str(name), v}, nil)
		return err
	}
	return objectSetAttr(f, o, name, v)
}

// objectSetAttr is object.__setattr__ on an instance: a data descriptor
// of the class stores the value, else the instance dict does.
func objectSetAttr(f *Fiber, o *Instance, name string, v Value) *Exception {
	if attr, ok := o.Class.Lookup(name); ok {
		switch a := attr.(type) {
		case *Property:
			if e := getterNotWritable(a, name); e != nil {
				return e
			}
			return a.set(f, o, v)
		default:
			if set, ok := userDescr(attr, "__set__"); ok {
				_, err := f.Call(set, []Value{attr, o, v}, nil)
				return err
			}
			if _, ok := userDescr(attr, "__delete__"); ok {
				return Errorf(AttributeError, "__set__")
			}
		}
	}
	switch name {
	case "__class__":
		c, ok := v.(*Class)
		if !ok {
			return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", TypeName(v))
		}
		if c.BuiltinType {
			return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if c.nativeBase() != o.Class.nativeBase() {
			return Errorf(TypeError, "__class__ assignment: '%s' object layout differs from '%s'", c.Name, o.Class.Name)
		}
		o.setClass(c)
		return nil
	case "__dict__":
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		o.SetAttrDict(d)
		return nil
	}
	if err := checkSlots(o.Class, name); err != nil {
		return err
	}
	o.SetOwnAttr(name, v)
	return nil
}

// checkSlots refuses an attribute that the __slots__ of every class in
// the MRO leave out (a class with __slots__ has no instance dict).
func checkSlots(cls *Class, name string) *Exception {
	for _, k := range cls.MRO {
		if k.BuiltinType {
			continue
		}
		s, ok := k.Dict["__slots__"]
		if !ok {
			return nil
		}
		var names []Value
		switch x := s.(type) {
		case Str:
			names = []Value{x}
		case Tuple:
			names = x
		case *List:
			names = x.Items
		default:
			return nil
		}
		for _, n := range names {
			if n == Str(name) || n == Str("__dict__") {
				return nil
			}
		}
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
}

// instanceDelAttr is delattr(o, name) for an instance of a user class.
func instanceDelAttr(f *Fiber, o *Instance, name string) *Exception {
	if da, ok := userMethod(o.Class, "__delattr__"); ok {
		_, err := f.Call(da, []Value{o, Str(name)}, nil)
		return err
	}
	return objectDelAttr(f, o, name)
}

// objectDelAttr is object.__delattr__ on an instance.
func objectDelAttr(f *Fiber, o *Instance, name string) *Exception {
	if attr, ok := o.Class.Lookup(name); ok {
		switch a := attr.(type) {
		case *Property:
			return a.del(f, o)
		default:
			if del, ok := userDescr(attr, "__delete__"); ok {
				_, err := f.Call(del, []Value{attr, o}, nil)
				return err
			}
			if _, ok := userDescr(attr, "__set__"); ok {
				return Errorf(AttributeError, "__delete__")
			}
		}
	}
	if o.DelOwnAttr(name) {
		return nil
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", o.Class.Name, name)
}

// classGetAttr is getattr(c, name) on a class (type_getattro): a data
// descriptor of the metaclass, then the class's MRO (descriptors called
// with no instance), then the metaclass's other attributes bound to the
// class, then the attributes every class has, then a metaclass
// __getattr__. ok=false means none matched (the caller raises).
func classGetAttr(f *Fiber, c *Class, name string) (Value, bool, *Exception) {
	var metaAttr Value
	metaFound := false
	if c.Meta != nil {
		metaAttr, metaFound = userMethod(c.Meta, name)
		if metaFound && isDataDescriptor(metaAttr) {
			v, err := bindClassAttr(f, metaAttr, c)
			return v, true, err
		}
	}
	if name == "__doc__" && !c.BuiltinType {
		// a class's docstring is its own, never a base's
		if doc, ok := c.Dict["__doc__"]; ok {
			v, err := descriptorGet(f, doc, None, c)
			return v, true, err
		}
		return None, true, nil
	}
	for _, k := range c.MRO {
		attr, ok := k.Dict[name]
		if k.BuiltinType && payloadClass(k) {
			attr, ok = nativeMethod(k, name)
		}
		if !ok {
			continue
		}
		switch a := attr.(type) {
		case *StaticMethod:
			return a.Func, true, nil
		case *ClassMethod:
			return &BoundMethod{Self: c, Func: a.Func}, true, nil
		case *Builtin:
			if a.Of != nil && a.Self == nil && payloadClass(a.Of) {
				return unwrapReceiver(a, a.Of), true, nil
			}
			return a, true, nil
		case *Function, *Property, Str, Int, NoneType:
			return attr, true, nil
		}
		v, err := descriptorGet(f, attr, None, c)
		return v, true, err
	}
	if metaFound {
		v, err := bindClassAttr(f, metaAttr, c)
		return v, true, err
	}
	if name == "__new__" {
		if owner := c.constructorOwner(); owner != nil {
			return builtinNew(owner).Func, true, nil
		}
	}
	return nil, false, nil
}

// constructorOwner is the class of c's MRO whose constructor makes its
// instances.
func (c *Class) constructorOwner() *Class {
	for _, k := range c.MRO {
		if k.New != nil {
			return k
		}
	}
	return nil
}

// metaGetAttr calls a metaclass __getattr__ for a name the class lacks.
func metaGetAttr(f *Fiber, c *Class, name string) (Value, bool, *Exception) {
	if c.Meta == nil {
		return nil, false, nil
	}
	if gat, ok := userMethod(c.Meta, "__getattr__"); ok {
		v, err := f.Call(gat, []Value{c, Str(name)}, nil)
		return v, true, err
	}
	return nil, false, nil
}

// Attr serves __func__ (and __wrapped__) of staticmethod and classmethod
// objects.
func (s *StaticMethod) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	if name == "__func__" || name == "__wrapped__" {
		return s.Func, true, nil
	}
	return nil, false, nil
}

// Attr serves __func__ (and __wrapped__) of a classmethod.
func (c *ClassMethod) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	if name == "__func__" || name == "__wrapped__" {
		return c.Func, true, nil
	}
	return nil, false, nil
}

// AttrDict gives a value implemented in Go an instance dict, so that
// instances of user subclasses of its class take attributes (class
// Q(asyncio.Queue) setting self.tag in __init__). Embed it in the Go type.
type AttrDict struct{ d *Dict }

// InstanceDict returns the dict, made on first use.
func (a *AttrDict) InstanceDict() *Dict {
	if a.d == nil {
		a.d = NewDict()
	}
	return a.d
}

// instanceDicter is implemented by Go types embedding AttrDict.
type instanceDicter interface{ InstanceDict() *Dict }

// goInstanceDict returns the instance dict of a Go value of a user
// subclass, when its type embeds AttrDict.
func goInstanceDict(v Value) (*Dict, bool) {
	if v.Type().BuiltinType {
		return nil, false
	}
	if d, ok := v.(instanceDicter); ok {
		return d.InstanceDict(), true
	}
	return nil, false
}
