package contextvars

// This file holds the methods of ContextVar and Token.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

func (st *State) setupVar() {
	c := st.varClass
	c.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var name, deflt interp.Value
		if err := interp.UnpackArgs("ContextVar", args, kw, "name", &name, "*", "default?", &deflt); err != nil {
			return nil, err
		}
		if _, ok := name.(interp.Str); !ok {
			return nil, interp.Errorf(interp.TypeError, "context variable name must be a str")
		}
		st.Used = true
		return &Var{cls: cls, name: name, deflt: deflt, st: st}, nil
	}
	self := func(args []interp.Value, what string) (*Var, *interp.Exception) {
		if len(args) > 0 {
			if v, ok := args[0].(*Var); ok {
				return v, nil
			}
		}
		return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_contextvars.ContextVar' object", what)
	}
	c.AddMethods(map[string]interp.NativeFunc{
		"get": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			v, err := self(args, "get")
			if err != nil {
				return nil, err
			}
			var deflt interp.Value
			if err := interp.UnpackArgs("get", args[1:], kw, "default?", &deflt, "/"); err != nil {
				return nil, err
			}
			if x, ok := st.Current().vars[v]; ok {
				return x, nil
			}
			if deflt != nil {
				return deflt, nil
			}
			if v.deflt != nil {
				return v.deflt, nil
			}
			return nil, interp.NewException(interp.LookupError, v)
		},
		"set": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			v, err := self(args, "set")
			if err != nil {
				return nil, err
			}
			var x interp.Value
			if err := interp.UnpackArgs("set", args[1:], kw, "value", &x, "/"); err != nil {
				return nil, err
			}
			ctx := st.Current()
			old, ok := ctx.vars[v]
			if !ok {
				old = nil
			}
			ctx.set(v, x)
			return &Token{cls: st.tokenClass, ctx: ctx, v: v, old: old}, nil
		},
		"reset": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			v, err := self(args, "reset")
			if err != nil {
				return nil, err
			}
			var tv interp.Value
			if err := interp.UnpackArgs("reset", args[1:], kw, "token", &tv, "/"); err != nil {
				return nil, err
			}
			t, ok := tv.(*Token)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "expected an instance of Token, got %s", interp.TypeName(tv))
			}
			if t.used {
				return nil, errorf(f, interp.RuntimeError, "%s has already been used once", t)
			}
			if t.v != v {
				return nil, errorf(f, interp.ValueError, "%s was created by a different ContextVar", t)
			}
			if t.ctx != st.Current() {
				return nil, errorf(f, interp.ValueError, "%s was created in a different Context", t)
			}
			t.used = true
			if t.old == nil {
				t.ctx.del(v)
			} else {
				t.ctx.set(v, t.old)
			}
			return interp.None, nil
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			v, err := self(args, "__repr__")
			if err != nil {
				return nil, err
			}
			s, err := v.repr(f)
			return interp.Str(s), err
		},
		"__hash__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Int(int64(interp.IdentityAddr(args[0]) >> 4)), nil
		},
		"__class_getitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "__class_getitem__ expected 1 argument")
			}
			a, ok := args[1].(interp.Tuple)
			if !ok {
				a = interp.Tuple{args[1]}
			}
			return &interp.GenericAlias{Origin: st.varClass, Args: a}, nil
		},
	})
	native.SetGetattr(c, func(f *interp.Fiber, v interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		if name == "name" {
			return v.(*Var).name, true, nil
		}
		return nil, false, nil
	})
}

func (v *Var) repr(f *interp.Fiber) (string, *interp.Exception) {
	name, err := interp.Repr(f, v.name)
	if err != nil {
		return "", err
	}
	s := "<ContextVar name=" + name
	if v.deflt != nil {
		d, err := interp.Repr(f, v.deflt)
		if err != nil {
			return "", err
		}
		s += " default=" + d
	}
	return s + " at " + interp.AddressOf(v) + ">", nil
}

// errorf makes exc with message format, where the one %s is t's repr.
func errorf(f *interp.Fiber, cls *interp.Class, format string, t *Token) *interp.Exception {
	s, err := t.repr(f)
	if err != nil {
		return err
	}
	return interp.Errorf(cls, format, s)
}

func (t *Token) repr(f *interp.Fiber) (string, *interp.Exception) {
	vs, err := t.v.repr(f)
	if err != nil {
		return "", err
	}
	used := ""
	if t.used {
		used = " used"
	}
	return "<Token" + used + " var=" + vs + " at " + interp.AddressOf(t) + ">", nil
}

func (st *State) setupToken() {
	c := st.tokenClass
	c.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		return nil, interp.Errorf(interp.RuntimeError, "Tokens can only be created by ContextVars")
	}
	c.Dict["MISSING"] = st.missing
	c.AddMethods(map[string]interp.NativeFunc{
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := args[0].(*Token).repr(f)
			return interp.Str(s), err
		},
	})
	native.SetGetattr(c, func(f *interp.Fiber, v interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		t := v.(*Token)
		switch name {
		case "var":
			return t.v, true, nil
		case "old_value":
			if t.old == nil {
				return st.missing, true, nil
			}
			return t.old, true, nil
		}
		return nil, false, nil
	})
}
