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
	meta, kw := metaclassKeyword(kw)
	var base *Class
	bases, err := mroEntries(f, args[2:])
	if err != nil {
		return nil, err
	}
	for _, b := range bases {
		bc, ok := b.(*Class)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		if base == nil {
			base = bc
		}
	}
	ns := NewDict()
	fr := newFrame(body.Code, body, body.Globals)
	fr.ns = ns
	fr.sp = len(body.Code.Locals)
	cellV, err := f.runNative(fr)
	if err != nil {
		return nil, err
	}
	dict := make(map[string]Value, ns.Len())
	order := make([]string, 0, ns.Len())
	ns.Items(func(k, v Value) bool {
		dict[string(k.(Str))] = v
		order = append(order, string(k.(Str)))
		return true
	})
	delete(dict, "__classcell__")
	cls := NewClass(string(name), base, dict)
	cls.Order = order
	setMetaclass(cls, meta, bases)
	if q, ok := dict["__qualname__"].(Str); ok {
		cls.QualName = string(q)
		delete(dict, "__qualname__")
	}
	if m, ok := dict["__module__"].(Str); ok {
		cls.Module = string(m)
	}
	if cell, ok := cellV.(*Cell); ok {
		cell.V = cls
	}
	if isf, ok := cls.Base.Lookup("__init_subclass__"); ok {
		if fn, ok := isf.(*Function); ok {
			if _, err := f.Call(fn, []Value{cls}, kw); err != nil {
				return nil, err
			}
		} else if cm, ok := isf.(*ClassMethod); ok {
			if _, err := f.Call(cm.Func, []Value{cls}, kw); err != nil {
				return nil, err
			}
		}
	}
	return cls, nil
}

// Super is the object returned by super().
type Super struct {
	Class *Class // look up after this class in the MRO
	Self  Value
}

func (*Super) Type() *Class { return SuperClass }

// Attr finds name in the MRO of Self's class after Class.
func (s *Super) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	var mro []*Class
	if c, ok := s.Self.(*Class); ok && c.IsSubclass(s.Class) {
		mro = c.MRO
	} else {
		mro = s.Self.Type().MRO
	}
	i := 0
	for i < len(mro) && mro[i] != s.Class {
		i++
	}
	for _, k := range mro[i+1:] {
		if v, ok := k.Dict[name]; ok {
			if c, ok := s.Self.(*Class); ok {
				switch a := v.(type) {
				case *ClassMethod:
					return &BoundMethod{Self: c, Func: a.Func}, true, nil
				case *StaticMethod:
					return a.Func, true, nil
				}
				return v, true, nil
			}
			r, err := bindClassAttr(f, v, s.Self)
			return r, true, err
		}
	}
	return nil, true, Errorf(AttributeError, "'super' object has no attribute '%s'", name)
}

// Repr is `<super: <class 'B'>, <B object>>`.
func (s *Super) Repr(f *Fiber) (string, *Exception) {
	return "<super: <class '" + s.Class.Name + "'>, <" + TypeName(s.Self) + " object>>", nil
}

func superNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	switch len(args) {
	case 0:
		fr := f.TopFrame()
		if fr == nil || fr.fn == nil {
			return nil, Errorf(RuntimeError, "super(): no arguments")
		}
		code := fr.code
		if code.ArgCount == 0 && code.Flags&compile.FlagVarargs == 0 {
			return nil, Errorf(RuntimeError, "super(): no arguments")
		}
		self := fr.slots[0]
		for i, n := range code.CellArgs {
			if n == 0 {
				self = fr.cells[i].V
			}
		}
		for i, name := range code.FreeVars {
			if name == "__class__" {
				c, _ := fr.cells[len(code.CellVars)+i].V.(*Class)
				if c == nil {
					return nil, Errorf(RuntimeError, "super(): empty __class__ cell")
				}
				return &Super{Class: c, Self: self}, nil
			}
		}
		return nil, Errorf(RuntimeError, "super(): __class__ cell not found")
	case 2:
		c, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
		}
		return &Super{Class: c, Self: args[1]}, nil
	}
	return nil, Errorf(TypeError, "super() takes 0 or 2 arguments")
}

// setupClassBuiltins installs __build_class__, super, staticmethod, classmethod and property into the builtin classes; see universe.go.
func setupClassBuiltins() {
	buildClassBuiltin.Fn = buildClass
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
	PropertyClass.AddMethods(map[string]NativeFunc{
		"setter": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			p := *args[0].(*Property)
			p.Set = args[1]
			return &p, nil
		},
		"getter": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			p := *args[0].(*Property)
			p.Get = args[1]
			return &p, nil
		},
		"deleter": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			p := *args[0].(*Property)
			p.Del = args[1]
			return &p, nil
		},
	})
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
				if attr, found := inst.Class.Lookup(string(name)); found {
					if p, isProp := attr.(*Property); isProp {
						if p.Set == nil || p.Set == None {
							return nil, Errorf(AttributeError, "property '%s' of '%s' object has no setter", name, inst.Class.Name)
						}
						_, err := f.Call(p.Set, []Value{inst, args[2]}, nil)
						return None, err
					}
				}
				inst.Dict.SetStr(string(name), args[2])
				return None, nil
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
			return None, DelAttr(f, args[0], string(name))
		},
	})
}
