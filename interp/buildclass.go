package interp

// This file defines class creation (__build_class__), super(), and the
// staticmethod/classmethod/property descriptor constructors.

import "github.com/asyncscript/asyncscript/compile"

// buildClassBuiltin is what LOAD_BUILD_CLASS pushes.
var buildClassBuiltin = &Builtin{Name: "__build_class__"}

func buildClass(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) < 2 {
		return nil, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: func must be a function")
	}
	name, _ := args[1].(Str)
	entries, err := mroEntries(f, args[2:])
	if err != nil {
		return nil, err
	}
	bases := Tuple(append([]Value(nil), entries...))
	// metaclass=M among the keywords; else the bases' (typeNew picks the
	// most derived)
	var meta Value
	rest := kw[:0:0]
	for _, k := range kw {
		if k.Name == "metaclass" {
			meta = k.Value
			continue
		}
		rest = append(rest, k)
	}
	if meta == nil {
		meta = TypeClass
		for _, b := range bases {
			if bm := b.Type(); bm != TypeClass && bm.IsSubclass(meta.(*Class)) {
				meta = bm
			}
		}
		if len(bases) > 0 {
			if _, isClass := bases[0].(*Class); !isClass {
				// builtin___build_class__: the metaclass is type(bases[0])
				// (class C(5) calls int('C', (5,), ns)), checked against
				// the other bases as _PyType_CalculateMetaclass does
				winner := bases[0].Type()
				for _, b := range bases[1:] {
					switch t := b.Type(); {
					case winner.IsSubclass(t):
					case t.IsSubclass(winner):
						winner = t
					default:
						return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
					}
				}
				meta = winner
			}
		}
	}
	ns := NewDict()
	var nsObj Value = ns
	if mc, ok := meta.(*Class); ok && mc != TypeClass {
		if _, has := userMethod(mc, "__prepare__"); has {
			// the metaclass's namespace (a dict subclass's own
			// __setitem__ is not called by the class body here)
			prep, err := GetAttr(f, mc, "__prepare__")
			if err != nil {
				return nil, err
			}
			if nsObj, err = f.Call(prep, []Value{name, bases}, rest); err != nil {
				return nil, err
			}
			d, isDict := nsObj.(*Dict)
			if !isDict {
				d, isDict = nativeOf(nsObj).(*Dict)
			}
			if !isDict {
				return nil, Errorf(TypeError, "%s.__prepare__() must return a mapping, not %s", mc.Name, TypeName(nsObj))
			}
			ns = d
		}
	}
	fr := newFrame(body.Code, body, body.Globals)
	fr.gen = ns // the body's namespace (Frame.classNS)
	fr.sp = int32(len(body.Code.Locals))
	cellV, err := f.runNative(fr)
	if err != nil {
		return nil, err
	}
	ns.DelStr("__classcell__")
	var clsV Value
	if meta == TypeClass {
		clsV, err = typeNew(f, TypeClass, []Value{name, bases, ns}, rest)
	} else {
		clsV, err = f.Call(meta, []Value{name, bases, nsObj}, rest)
	}
	if err != nil {
		return nil, err
	}
	if cell, ok := cellV.(*Cell); ok {
		cell.V = clsV
	}
	return clsV, nil
}

// Super is the object returned by super().
type Super struct {
	Class *Class // look up after this class in the MRO
	Self  Value
}

func (*Super) Type() *Class { return SuperClass }

// Attr finds name in the MRO after Class, as CPython's super_getattro:
// the MRO is Self's own when Self is a subclass of Class (super() in a
// class method or __new__), else that of Self's type; what is found is
// bound to Self unless Self is the class the MRO belongs to.
func (s *Super) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	if name == "__class__" {
		return SuperClass, true, nil
	}
	v, start, ok := s.find(name)
	if !ok {
		return nil, true, Errorf(AttributeError, "'super' object has no attribute '%s'", name)
	}
	if start == s.Self {
		// class form: functions stay unbound
		switch a := v.(type) {
		case *ClassMethod:
			return &BoundMethod{Self: start, Func: a.Func}, true, nil
		case *StaticMethod:
			return a.Func, true, nil
		case *Property, *Function, *Builtin:
			return v, true, nil
		}
		r, err := descriptorGet(f, v, None, start)
		return r, true, err
	}
	r, err := bindClassAttr(f, v, s.Self)
	return r, true, err
}

// find returns the unbound attribute name found after Class in the MRO
// super searches, and the class whose MRO that is.
func (s *Super) find(name string) (v Value, start *Class, ok bool) {
	if c, ok := s.Self.(*Class); ok && c.IsSubclass(s.Class) {
		start = c
	} else {
		start = s.Self.Type()
	}
	mro := start.MRO
	i := 0
	for i < len(mro) && mro[i] != s.Class {
		i++
	}
	if i == len(mro) {
		i = -1
	}
	for _, k := range mro[i+1:] {
		if k.BuiltinType {
			v, ok = nativeMethod(k, name)
		} else {
			v, ok = k.Dict[name]
			if !ok && name == "__new__" && k.New != nil {
				// a class made in Go (a namedtuple) has its constructor
				v, ok = builtinNew(k), true
			}
		}
		if ok {
			return v, start, true
		}
	}
	return nil, start, false
}

// Repr is `<super: <class 'B'>, <B object>>`.
func (s *Super) Repr(f *Fiber) (string, *Exception) {
	return "<super: <class '" + s.Class.Name + "'>, <" + TypeName(s.Self) + " object>>", nil
}

// superCheck is CPython's supercheck: obj must be a subclass or an
// instance of cls (else super(int, C()).f() would search C's whole MRO
// and find C.f itself).
func superCheck(cls *Class, obj Value) *Exception {
	if c, ok := obj.(*Class); ok && c.IsSubclass(cls) {
		return nil
	}
	if obj.Type().IsSubclass(cls) {
		return nil
	}
	return Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

func superNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	switch len(args) {
	case 0:
		c, self, err := f.zeroArgSuper()
		if err != nil {
			return nil, err
		}
		return &Super{Class: c, Self: self}, nil
	case 2:
		c, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
		}
		if args[1] != None {
			if err := superCheck(c, args[1]); err != nil {
				return nil, err
			}
		}
		return &Super{Class: c, Self: args[1]}, nil
	}
	return nil, Errorf(TypeError, "super() takes 0 or 2 arguments")
}

// zeroArgSuper finds what super() means in the running function: its
// __class__ cell and its first argument.
func (f *Fiber) zeroArgSuper() (*Class, Value, *Exception) {
	fr := f.TopFrame()
	if fr == nil || fr.fn == nil {
		return nil, nil, Errorf(RuntimeError, "super(): no arguments")
	}
	code := fr.code
	if code.ArgCount == 0 && code.Flags&compile.FlagVarargs == 0 {
		return nil, nil, Errorf(RuntimeError, "super(): no arguments")
	}
	self := fr.slots[0]
	for i, n := range code.CellArgs {
		if n == 0 {
			self = fr.cell(i).V
		}
	}
	if self == nil {
		return nil, nil, Errorf(RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range code.FreeVars {
		if name == "__class__" {
			c, _ := fr.cell(len(code.CellVars) + i).V.(*Class)
			if c == nil {
				return nil, nil, Errorf(RuntimeError, "super(): empty __class__ cell")
			}
			if err := superCheck(c, self); err != nil {
				return nil, nil, err
			}
			return c, self, nil
		}
	}
	return nil, nil, Errorf(RuntimeError, "super(): __class__ cell not found")
}

// superMethod is super().name for LOAD_METHOD right after a super() call
// (the CALL case of exec fuses the two): the function found for an
// instance, and self, without making the super object; ok=false when
// super() would raise or name is not such a function.
func (f *Fiber) superMethod(name string) (meth, self Value, ok bool) {
	c, self, err := f.zeroArgSuper()
	if err != nil {
		return nil, nil, false
	}
	s := Super{Class: c, Self: self}
	return s.method(name)
}

// method is super().name for an immediate call: a function found for an
// instance, returned unbound with self; ok=false for anything else.
func (s *Super) method(name string) (meth, self Value, ok bool) {
	if name == "__class__" {
		return nil, nil, false
	}
	if v, start, found := s.find(name); found && Value(start) != s.Self {
		if fn, isFn := v.(*Function); isFn {
			return fn, s.Self, true
		}
	}
	return nil, nil, false
}

// setupClassBuiltins installs __build_class__, super, staticmethod, classmethod and property into the builtin classes; see universe.go.
func setupClassBuiltins() {
	buildClassBuiltin.Fn = buildClass
	setupClassCreation()
	SuperClass.New = superNew
	StaticMethodClass.New = func(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "staticmethod expected 1 argument, got %d", len(args))
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	ClassMethodClass.New = func(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "classmethod expected 1 argument, got %d", len(args))
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	bindProperty() // object_property.go
	ObjectClass.AddMethods(map[string]NativeFunc{
		"__init__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return None, nil },
		// the default attribute protocol, callable from a user override
		// (object.__setattr__(self, name, value) inside __setattr__)
		"__setattr__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 3 {
				return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args)-1)
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			if inst, ok := args[0].(*Instance); ok {
				return None, objectSetAttr(f, inst, string(name), args[2])
			}
			return None, SetAttr(f, args[0], string(name), args[2])
		},
		"__getattribute__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			if inst, ok := args[0].(*Instance); ok {
				return objectGetAttribute(f, inst, string(name))
			}
			return GetAttr(f, args[0], string(name))
		},
		"__delattr__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			if inst, ok := args[0].(*Instance); ok {
				return None, objectDelAttr(f, inst, string(name))
			}
			return None, DelAttr(f, args[0], string(name))
		},
	})
}
