package interp

// This file holds the property type's whole behaviour: the object, its
// constructor and methods (getter/setter/deleter, __get__, __set__,
// __delete__, __set_name__), its attributes, and the three operations
// attribute access performs through it with CPython 3.11's errors
// (Objects/descrobject.c, property_descr_get and property_descr_set).

// Property is a data descriptor built by the property() builtin. Name is
// the attribute name __set_name__ recorded (nil until then): CPython's
// errors say "property 'x' of 'C' object has no setter" with it and
// "property of 'C' object has no setter" without, as for a property
// assigned to a class after its creation.
type Property struct{ Get, Set, Del, Doc, Name Value }

func (*Property) Type() *Class { return PropertyClass }

// absent reports whether a property's accessor slot is empty.
func absent(v Value) bool { return v == nil || v == None }

// missing is the AttributeError for an accessor p lacks ("getter",
// "setter" or "deleter") on an instance of obj's type.
func (p *Property) missing(f *Fiber, obj Value, what string) *Exception {
	owner := reprStr(obj.Type().QualName)
	if p.Name != nil {
		name, err := Repr(f, p.Name)
		if err != nil {
			return err
		}
		return Errorf(AttributeError, "property %s of %s object has no %s", name, owner, what)
	}
	return Errorf(AttributeError, "property of %s object has no %s", owner, what)
}

// get is p.__get__(obj) for an instance obj.
func (p *Property) get(f *Fiber, obj Value) (Value, *Exception) {
	if absent(p.Get) {
		return nil, p.missing(f, obj, "getter")
	}
	return f.Call(p.Get, []Value{obj}, nil)
}

// set is p.__set__(obj, v).
func (p *Property) set(f *Fiber, obj, v Value) *Exception {
	if absent(p.Set) {
		return p.missing(f, obj, "setter")
	}
	_, err := f.Call(p.Set, []Value{obj, v}, nil)
	return err
}

// del is p.__delete__(obj).
func (p *Property) del(f *Fiber, obj Value) *Exception {
	if absent(p.Del) {
		return p.missing(f, obj, "deleter")
	}
	_, err := f.Call(p.Del, []Value{obj}, nil)
	return err
}

// Attr serves a property's fget, fset, fdel and __doc__ (the getter's
// docstring when no doc was given).
func (p *Property) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	orNone := func(v Value) Value {
		if v == nil {
			return None
		}
		return v
	}
	switch name {
	case "fget":
		return orNone(p.Get), true, nil
	case "fset":
		return orNone(p.Set), true, nil
	case "fdel":
		return orNone(p.Del), true, nil
	case "__doc__":
		if !absent(p.Doc) {
			return p.Doc, true, nil
		}
		if fn, ok := p.Get.(*Function); ok {
			return orNone(fn.Doc), true, nil
		}
		return None, true, nil
	}
	return nil, false, nil
}

// bindProperty gives the property class its constructor and methods.
func bindProperty() {
	PropertyClass.New = func(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
		p := &Property{Get: None, Set: None, Del: None, Doc: None}
		slots := []*Value{&p.Get, &p.Set, &p.Del, &p.Doc}
		for i, a := range args {
			if i < 4 {
				*slots[i] = a
			}
		}
		for _, k := range kw {
			switch k.Name {
			case "fget":
				p.Get = k.Value
			case "fset":
				p.Set = k.Value
			case "fdel":
				p.Del = k.Value
			case "doc":
				p.Doc = k.Value
			}
		}
		return p, nil
	}
	// a copy with one accessor replaced keeps the recorded name, as
	// CPython's property_copy does
	with := func(slot func(*Property) *Value) NativeFunc {
		return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			p := *args[0].(*Property)
			*slot(&p) = args[1]
			return &p, nil
		}
	}
	PropertyClass.AddMethods(map[string]NativeFunc{
		"getter":  with(func(p *Property) *Value { return &p.Get }),
		"setter":  with(func(p *Property) *Value { return &p.Set }),
		"deleter": with(func(p *Property) *Value { return &p.Del }),
		// the argument errors are CPython's wrappers' (descr_get's
		// "__get__(None, None) is invalid"; an empty function name before
		// "expected")
		"__get__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if n := len(args) - 1; n < 1 || n > 2 {
				if n < 1 {
					return nil, Errorf(TypeError, " expected at least 1 argument, got %d", n)
				}
				return nil, Errorf(TypeError, " expected at most 2 arguments, got %d", n)
			}
			obj := args[1]
			if obj == None {
				if len(args) < 3 || args[2] == None {
					return nil, Errorf(TypeError, "__get__(None, None) is invalid")
				}
				return args[0], nil
			}
			return args[0].(*Property).get(f, obj)
		},
		"__set__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 3 {
				return nil, Errorf(TypeError, " expected 2 arguments, got %d", len(args)-1)
			}
			return None, args[0].(*Property).set(f, args[1], args[2])
		},
		"__delete__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			return None, args[0].(*Property).del(f, args[1])
		},
		"__set_name__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 3 {
				return nil, Errorf(TypeError, "__set_name__() takes 2 positional arguments but %d were given", len(args)-1)
			}
			args[0].(*Property).Name = args[2]
			return None, nil
		},
	})
}
