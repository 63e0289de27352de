package contextvars

// This file holds the methods of Context: run, copy and the read-only
// mapping protocol.

import "github.com/asyncscript/asyncscript/interp"

func (st *State) setupContext() {
	c := st.contextClass
	c.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if len(args) != 0 || len(kw) != 0 {
			return nil, interp.Errorf(interp.TypeError, "Context() does not accept any arguments")
		}
		return st.newContext(), nil
	}
	self := func(args []interp.Value, what string) (*Context, *interp.Exception) {
		if len(args) > 0 {
			if c, ok := args[0].(*Context); ok {
				return c, nil
			}
		}
		return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_contextvars.Context' object", what)
	}
	varArg := func(f *interp.Fiber, v interp.Value) (*Var, *interp.Exception) {
		cv, ok := v.(*Var)
		if !ok {
			s, err := interp.Repr(f, v)
			if err != nil {
				return nil, err
			}
			return nil, interp.Errorf(interp.TypeError, "a ContextVar key was expected, got %s", s)
		}
		return cv, nil
	}
	c.AddMethods(map[string]interp.NativeFunc{
		"run": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "run")
			if err != nil {
				return nil, err
			}
			if len(args) < 2 {
				return nil, interp.Errorf(interp.TypeError, "run() missing 1 required positional argument")
			}
			if ctx.entered {
				return nil, interp.Errorf(interp.RuntimeError, "cannot enter context: %s is already entered", interp.DefaultRepr(ctx))
			}
			ctx.entered = true
			prev := st.Enter(ctx)
			r, err := f.Call(args[1], args[2:], kw)
			st.Exit(prev)
			ctx.entered = false
			return r, err
		},
		"copy": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "copy")
			if err != nil {
				return nil, err
			}
			return ctx.copy(), nil
		},
		"get": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "get")
			if err != nil {
				return nil, err
			}
			var key, deflt interp.Value
			if err := interp.UnpackArgs("get", args[1:], kw, "key", &key, "default?", &deflt, "/"); err != nil {
				return nil, err
			}
			v, err := varArg(f, key)
			if err != nil {
				return nil, err
			}
			if x, ok := ctx.vars[v]; ok {
				return x, nil
			}
			if deflt == nil {
				return interp.None, nil
			}
			return deflt, nil
		},
		"__getitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "__getitem__")
			if err != nil {
				return nil, err
			}
			v, err := varArg(f, args[1])
			if err != nil {
				return nil, err
			}
			if x, ok := ctx.vars[v]; ok {
				return x, nil
			}
			return nil, interp.NewException(interp.KeyError, v)
		},
		"__contains__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "__contains__")
			if err != nil {
				return nil, err
			}
			v, err := varArg(f, args[1])
			if err != nil {
				return nil, err
			}
			_, ok := ctx.vars[v]
			return interp.Bool(ok), nil
		},
		"__len__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "__len__")
			if err != nil {
				return nil, err
			}
			return interp.Int(len(ctx.vars)), nil
		},
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "__iter__")
			if err != nil {
				return nil, err
			}
			return interp.GetIter(f, interp.NewList(ctx.keys()))
		},
		"keys": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "keys")
			if err != nil {
				return nil, err
			}
			return interp.NewList(ctx.keys()), nil
		},
		"values": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "values")
			if err != nil {
				return nil, err
			}
			var out []interp.Value
			for _, v := range ctx.order {
				out = append(out, ctx.vars[v])
			}
			return interp.NewList(out), nil
		},
		"items": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ctx, err := self(args, "items")
			if err != nil {
				return nil, err
			}
			var out []interp.Value
			for _, v := range ctx.order {
				out = append(out, interp.Tuple{v, ctx.vars[v]})
			}
			return interp.NewList(out), nil
		},
	})
}

func (c *Context) keys() []interp.Value {
	out := make([]interp.Value, len(c.order))
	for i, v := range c.order {
		out[i] = v
	}
	return out
}
