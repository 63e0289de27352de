package interp

// This file holds the methods of object that programs reach through
// super() or explicitly (object.__repr__(self), super().__str__()). On an
// exception they give the exception's repr and str (exception_methods.go).

// setupObject installs object's methods into the builtin classes; see universe.go.
func setupObject() {
	self := func(name string, args []Value) (Value, *Exception) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "descriptor '%s' of 'object' object needs an argument", name)
		}
		return args[0], nil
	}
	ObjectClass.AddMethods(map[string]NativeFunc{
		"__repr__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := self("__repr__", args)
			if err != nil {
				return nil, err
			}
			if e, ok := v.(*Exception); ok {
				s, err := exceptionRepr(f, e)
				return Str(s), err
			}
			return Str(DefaultRepr(v)), nil
		},
		"__str__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := self("__str__", args)
			if err != nil {
				return nil, err
			}
			if e, ok := v.(*Exception); ok {
				s, err := exceptionStr(f, e)
				return Str(s), err
			}
			s, err := repr(f, v)
			return Str(s), err
		},
		"__format__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := self("__format__", args)
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, Errorf(TypeError, "__format__() takes exactly one argument (%d given)", len(args)-1)
			}
			spec, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[1]))
			}
			if spec != "" {
				return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(v))
			}
			s, err := toStr(f, v)
			return Str(s), err
		},
		"__hash__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v, err := self("__hash__", args)
			if err != nil {
				return nil, err
			}
			return Int(hashPointer(IdentityAddr(v))), nil
		},
		"__eq__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			if Identical(args[0], args[1]) {
				return True, nil
			}
			return NotImplemented, nil
		},
		"__ne__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			res, err := slotCompare(f, CmpEq, args[0], args[1])
			if err != nil || res == NotImplemented {
				return res, err
			}
			t, err := truth(f, res)
			return Bool(!t), err
		},
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		ObjectClass.Dict[name] = &Builtin{Name: name, Of: ObjectClass, Fn: func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return NotImplemented, nil
		}}
	}
}
