package interp

// This file defines attribute access: getattr/setattr/delattr for every
// kind of value, descriptor binding (functions become bound methods,
// staticmethod, classmethod, property), __getattr__ fallback, and
// LOAD_METHOD's allocation-free method lookup. A type with attributes of
// its own serves them through its HasAttrs method, in its file: Class
// (class.go), Module (module.go), Function, BoundMethod and Builtin
// (function.go), Range (range.go); exceptions through exceptionAttr.

// HasAttrs is implemented by Go types with attributes of their own
// (beyond the methods in their class dict). ok=false means "not mine".
type HasAttrs interface {
	Attr(f *Fiber, name string) (v Value, ok bool, err *Exception)
}

// SetsAttrs is implemented by Go types that accept attribute assignment.
type SetsAttrs interface {
	SetAttr(f *Fiber, name string, v Value) *Exception
}

// bindClassAttr applies the descriptor protocol to a class attribute
// found for instance inst.
func bindClassAttr(f *Fiber, attr Value, inst Value) (Value, *Exception) {
	switch a := attr.(type) {
	case *Function:
		return &BoundMethod{Self: inst, Func: a}, nil
	case *Builtin:
		if a.Of != nil && a.Self == nil {
			if n := nativeOf(inst); n != nil && a.Of.BuiltinType && a.Of != ObjectClass && IsInstance(n, a.Of) {
				// list.append found for an L(list) instance acts on its list
				return a.Bind(n), nil
			}
			return a.Bind(inst), nil
		}
	case *StaticMethod:
		return a.Func, nil
	case *ClassMethod:
		return &BoundMethod{Self: inst.Type(), Func: a.Func}, nil
	case *Property:
		return a.get(f, inst)
	case Str, Int, NoneType:
		return attr, nil
	}
	if g, ok := userDescr(attr, "__get__"); ok {
		return f.Call(g, []Value{attr, inst, inst.Type()}, nil)
	}
	return attr, nil
}

// GetAttr is getattr(v, name).
func GetAttr(f *Fiber, v Value, name string) (Value, *Exception) {
	switch x := v.(type) {
	case *Instance:
		return instanceGetAttr(f, x, name) // object_descriptor.go
	case *Exception:
		if r, ok, err := exceptionAttr(f, x, name); ok || err != nil {
			return r, err
		}
	case HasAttrs:
		if r, ok, err := x.Attr(f, name); ok || err != nil {
			return r, err
		}
	}
	cls := v.Type()
	attr, inClass := cls.Lookup(name)
	if d, ok := goInstanceDict(v); ok && !(inClass && isDataDescriptor(attr)) {
		if r, ok := d.GetStr(name); ok {
			return r, nil
		}
		if name == "__dict__" {
			return d, nil
		}
	}
	if inClass {
		return bindClassAttr(f, attr, v)
	}
	if name == "__class__" {
		return cls, nil
	}
	if ga, ok := cls.Lookup("__getattr__"); ok {
		return f.Call(ga, []Value{v, Str(name)}, nil)
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
}

// exceptionAttr serves the attributes every exception has.
func exceptionAttr(f *Fiber, e *Exception, name string) (Value, bool, *Exception) {
	if e.Dict != nil {
		if r, ok := e.Dict.GetStr(name); ok {
			return r, true, nil
		}
	}
	switch name {
	case "args":
		return e.Args, true, nil
	case "__cause__":
		if e.Cause == nil {
			return None, true, nil
		}
		return e.Cause, true, nil
	case "__context__":
		if e.Context == nil {
			return None, true, nil
		}
		return e.Context, true, nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), true, nil
	case "__traceback__":
		return None, true, nil
	case "__class__":
		return e.Class, true, nil
	case "__notes__":
		if e.Notes == nil {
			break
		}
		l := &List{}
		for _, n := range e.Notes {
			l.Items = append(l.Items, Str(n))
		}
		return l, true, nil
	}
	// class-specific attributes: StopIteration.value, OSError.errno,
	// ExceptionGroup.exceptions, ... (exception_methods.go)
	v, ok := ExceptionGetAttr(f, e, name)
	return v, ok, nil
}

// SetAttr is setattr(v, name, x).
func SetAttr(f *Fiber, v Value, name string, x Value) *Exception {
	switch o := v.(type) {
	case *Instance:
		return instanceSetAttr(f, o, name, x) // object_descriptor.go
	case *Class:
		if o.BuiltinType || o.Immutable {
			return immutableType(o, name)
		}
		f.VM.classChanged(o, !layoutKept(o, name, x))
		switch name {
		case "__name__":
			if s, ok := x.(Str); ok {
				o.Name = string(s)
			}
		case "__qualname__":
			if s, ok := x.(Str); ok {
				o.QualName = string(s)
			}
		}
		if _, ok := o.Dict[name]; !ok {
			o.Keys = append(o.Keys, name)
		}
		o.Dict[name] = x
		return nil
	case *Module:
		o.Globals.SetStr(name, x)
		return nil
	case *Function:
		switch name {
		case "__name__":
			if s, ok := x.(Str); ok {
				o.Name = string(s)
				return nil
			}
			return Errorf(TypeError, "__name__ must be set to a string object")
		case "__qualname__":
			if s, ok := x.(Str); ok {
				o.QualName = string(s)
				return nil
			}
			return Errorf(TypeError, "__qualname__ must be set to a string object")
		case "__doc__":
			o.Doc = x
			return nil
		case "__module__":
			o.Module = x
			return nil
		case "__annotations__":
			if _, ok := x.(*Dict); !ok && x != None {
				return Errorf(TypeError, "__annotations__ must be set to a dict object")
			}
			if x == None {
				x = nil
			}
			o.Annotations = x
			return nil
		}
		if o.Dict == nil {
			o.Dict = NewDict()
		}
		o.Dict.SetStr(name, x)
		return nil
	case *Exception:
		switch name {
		case "__cause__":
			if x == None {
				o.Cause = nil
			} else if c, ok := x.(*Exception); ok {
				o.Cause = c
			} else {
				return Errorf(TypeError, "exception cause must be None or derive from BaseException")
			}
			o.SuppressContext = true
			return nil
		case "__context__":
			if x == None {
				o.Context = nil
			} else if c, ok := x.(*Exception); ok {
				o.Context = c
			}
			return nil
		case "__suppress_context__":
			t, _ := Truth(f, x)
			o.SuppressContext = t
			return nil
		case "__traceback__":
			if x == None {
				o.Traceback = nil
			}
			return nil
		case "args":
			items, err := ToList(f, x)
			if err != nil {
				return err
			}
			o.Args = Tuple(items)
			return nil
		}
		if o.Dict == nil {
			o.Dict = NewDict()
		}
		o.Dict.SetStr(name, x)
		return nil
	case SetsAttrs:
		return o.SetAttr(f, name, x)
	}
	if d, ok := goInstanceDict(v); ok {
		// an instance of a user subclass of a class written in Go
		attr, found := v.Type().Lookup(name)
		if p, isProp := attr.(*Property); found && isProp {
			if e := getterNotWritable(p, name); e != nil {
				return e
			}
			return p.set(f, v, x)
		}
		if found {
			if set, ok := userDescr(attr, "__set__"); ok {
				_, err := f.Call(set, []Value{attr, v, x}, nil)
				return err
			}
		}
		d.SetStr(name, x)
		return nil
	}
	if attr, ok := v.Type().Lookup(name); ok {
		if p, isProp := attr.(*Property); isProp {
			if e := getterNotWritable(p, name); e != nil {
				return e
			}
		}
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", TypeName(v), name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(v), name)
}

// getterNotWritable is CPython's error for assigning a read-only data
// attribute of a built-in type (a getset descriptor such as int.real,
// installed by Class.addGetters), or nil when p is another property.
func getterNotWritable(p *Property, name string) *Exception {
	if g, ok := p.Get.(*Builtin); ok && g.Of != nil && (p.Set == nil || p.Set == None) {
		return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", name, g.Of.Name)
	}
	return nil
}

// DelAttr is delattr(v, name).
func DelAttr(f *Fiber, v Value, name string) *Exception {
	switch o := v.(type) {
	case *Instance:
		return instanceDelAttr(f, o, name) // object_descriptor.go
	case *Class:
		if o.BuiltinType || o.Immutable {
			// builtin types are immutable (shared by every VM of the process)
			return immutableType(o, name)
		}
		if _, ok := o.Dict[name]; ok {
			f.VM.classChanged(o, true)
			delete(o.Dict, name)
			return nil
		}
		return Errorf(AttributeError, "type object '%s' has no attribute '%s'", o.Name, name)
	case *Module:
		if o.Globals.DelStr(name) {
			return nil
		}
		return Errorf(AttributeError, "module '%s' has no attribute '%s'", o.Name, name)
	case *Function:
		if o.Dict != nil && o.Dict.DelStr(name) {
			return nil
		}
	case *Exception:
		if o.Dict != nil && o.Dict.DelStr(name) {
			return nil
		}
	}
	if d, ok := goInstanceDict(v); ok && d.DelStr(name) {
		return nil
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(v), name)
}

// loadMethod finds obj.name for an immediate call. When the attribute is
// a plain function or builtin method on the class, it returns it unbound
// with self=obj so no bound-method object is allocated.
func (f *Fiber) loadMethod(obj Value, name string) (meth, self Value, err *Exception) {
	switch x := obj.(type) {
	case *Instance:
		attr, ok := x.Class.Lookup(name)
		if _, custom := userMethod(x.Class, "__getattribute__"); ok && !custom {
			if fn, isFn := attr.(*Function); isFn {
				if !x.hasOwnAttr(name) {
					return fn, x, nil
				}
			}
		}
	case *Super:
		// super().m(...): a function found for an instance is called
		// with self, without a bound method
		if meth, self, ok := x.method(name); ok {
			return meth, self, nil
		}
	case *Function, *BoundMethod, *Builtin:
		// their Attr serves data attributes only: a method of their
		// class is found here, as for a value without attributes
		if b, ok := unboundBuiltinMethod(obj, name); ok {
			return b, obj, nil
		}
	case *Module, *Class, *Exception, HasAttrs:
	default:
		if b, ok := unboundBuiltinMethod(obj, name); ok {
			return b, obj, nil
		}
	}
	v, err := GetAttr(f, obj, name)
	return v, nil, err
}

// unboundBuiltinMethod finds name in obj's class when it is a method
// written in Go, which loadMethod calls with obj as self without binding.
func unboundBuiltinMethod(obj Value, name string) (*Builtin, bool) {
	if attr, ok := obj.Type().Lookup(name); ok {
		if b, isB := attr.(*Builtin); isB && b.Of != nil && b.Self == nil {
			return b, true
		}
	}
	return nil, false
}

// HasAttr is hasattr(v, name): true unless getattr raises AttributeError.
func HasAttr(f *Fiber, v Value, name string) (bool, *Exception) {
	_, err := GetAttr(f, v, name)
	if err == nil {
		return true, nil
	}
	if err.Matches(AttributeError) {
		return false, nil
	}
	return false, err
}

// immutableType is CPython's error for setting or deleting an attribute
// of an immutable type, named as its tp_name ("collections.deque").
func immutableType(c *Class, name string) *Exception {
	tp := c.Name
	if c.Module != "builtins" && c.Module != "" {
		tp = c.Module + "." + c.Name
	}
	return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, tp)
}
