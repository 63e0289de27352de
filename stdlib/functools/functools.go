// Package functools implements the functools module: partial (a Go
// callable with func/args/keywords attributes and CPython's repr),
// reduce, wraps/update_wrapper (copying attributes with SetAttr),
// lru_cache/cache (a dict memo keyed by the argument tuple, with
// cache_info/cache_clear), cmp_to_key and total_ordering.
package functools

import (
	"sync"

	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Partial is a functools.partial object.
type Partial struct {
	Fn   interp.Value
	Args []interp.Value
	Kw   []interp.KV
}

// PartialClass is functools.partial.
var PartialClass = native.NewType("partial", "functools", nil, nil)

func (*Partial) Type() *interp.Class { return PartialClass }

// Attr serves func, args and keywords.
func (p *Partial) Attr(f *interp.Fiber, name string) (interp.Value, bool, *interp.Exception) {
	switch name {
	case "func":
		return p.Fn, true, nil
	case "args":
		return interp.Tuple(append([]interp.Value(nil), p.Args...)), true, nil
	case "keywords":
		d := interp.NewDict()
		for _, kv := range p.Kw {
			d.SetStr(kv.Name, kv.Value)
		}
		return d, true, nil
	}
	return nil, false, nil
}

func mergeKw(a, b []interp.KV) []interp.KV {
	out := append([]interp.KV(nil), a...)
	for _, kv := range b {
		found := false
		for i := range out {
			if out[i].Name == kv.Name {
				out[i].Value = kv.Value
				found = true
			}
		}
		if !found {
			out = append(out, kv)
		}
	}
	return out
}

// Call calls the partial.
func (p *Partial) Call(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	a := append(append([]interp.Value(nil), p.Args...), args...)
	return f.Call(p.Fn, a, mergeKw(p.Kw, kw))
}

func setupPartial() {
	PartialClass.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "type 'partial' takes at least one argument")
		}
		fn := args[0]
		if !interp.Callable(fn) {
			return nil, interp.Errorf(interp.TypeError, "the first argument must be callable")
		}
		p := &Partial{Fn: fn, Args: append([]interp.Value(nil), args[1:]...), Kw: append([]interp.KV(nil), kw...)}
		if inner, ok := fn.(*Partial); ok {
			p.Fn = inner.Fn
			p.Args = append(append([]interp.Value(nil), inner.Args...), p.Args...)
			p.Kw = mergeKw(inner.Kw, kw)
		}
		return p, nil
	}
	PartialClass.AddMethods(map[string]interp.NativeFunc{
		"__call__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			p, ok := args[0].(*Partial)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "descriptor '__call__' requires a 'functools.partial' object")
			}
			return p.Call(f, args[1:], kw)
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			p := args[0].(*Partial)
			parts := []string{}
			s, err := interp.Repr(f, p.Fn)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
			for _, a := range p.Args {
				s, err := interp.Repr(f, a)
				if err != nil {
					return nil, err
				}
				parts = append(parts, s)
			}
			for _, kv := range p.Kw {
				s, err := interp.Repr(f, kv.Value)
				if err != nil {
					return nil, err
				}
				parts = append(parts, kv.Name+"="+s)
			}
			return interp.Str("functools.partial(" + strings.Join(parts, ", ") + ")"), nil
		},
	})
	native.SetGetattr(PartialClass, func(f *interp.Fiber, v interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		return v.(*Partial).Attr(f, name)
	})
}

func reduce(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("reduce", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 3 {
		if len(args) < 2 {
			return nil, interp.Errorf(interp.TypeError, "reduce expected at least 2 arguments, got %d", len(args))
		}
		return nil, interp.Errorf(interp.TypeError, "reduce expected at most 3 arguments, got %d", len(args))
	}
	var acc interp.Value
	if len(args) == 3 {
		acc = args[2]
	}
	err := interp.Iterate(f, args[1], func(v interp.Value) (bool, *interp.Exception) {
		if acc == nil {
			acc = v
			return true, nil
		}
		r, err := f.Call(args[0], []interp.Value{acc, v}, nil)
		acc = r
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	if acc == nil {
		return nil, interp.Errorf(interp.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

var wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}

// UpdateWrapper copies the identifying attributes of wrapped onto wrapper.
func UpdateWrapper(f *interp.Fiber, wrapper, wrapped interp.Value) *interp.Exception {
	for _, name := range wrapperAssignments {
		v, err := interp.GetAttr(f, wrapped, name)
		if err != nil {
			if err.Matches(interp.AttributeError) {
				continue
			}
			return err
		}
		if err := interp.SetAttr(f, wrapper, name, v); err != nil {
			return err
		}
	}
	if d, err := interp.GetAttr(f, wrapped, "__dict__"); err == nil {
		if dict, ok := d.(*interp.Dict); ok {
			var serr *interp.Exception
			dict.Items(func(k, v interp.Value) bool {
				if s, ok := k.(interp.Str); ok {
					serr = interp.SetAttr(f, wrapper, string(s), v)
				}
				return serr == nil
			})
			if serr != nil {
				return serr
			}
		}
	}
	return interp.SetAttr(f, wrapper, "__wrapped__", wrapped)
}

func wraps(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var wrapped, assigned, updated interp.Value
	if err := interp.UnpackArgsPy("wraps", args, kw, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	return &Partial{Fn: interp.NewBuiltin("update_wrapper", updateWrapper), Kw: []interp.KV{{Name: "wrapped", Value: wrapped}}}, nil
}

func updateWrapper(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var wrapper, wrapped, assigned, updated interp.Value
	if err := interp.UnpackArgsPy("update_wrapper", args, kw, "wrapper", &wrapper, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	if err := UpdateWrapper(f, wrapper, wrapped); err != nil {
		return nil, err
	}
	return wrapper, nil
}

// Load builds the functools module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	classesOnce.Do(func() {
		setupPartial()
		setupCache()
		setupKeyWrapper()
	})
	m := interp.NewModule("functools")
	m.Set("partial", PartialClass)
	m.Set("WRAPPER_ASSIGNMENTS", interp.Tuple{interp.Str("__module__"), interp.Str("__name__"), interp.Str("__qualname__"), interp.Str("__doc__"), interp.Str("__annotations__")})
	m.Set("WRAPPER_UPDATES", interp.Tuple{interp.Str("__dict__")})
	m.AddFuncs(map[string]interp.NativeFunc{
		"reduce":         reduce,
		"wraps":          wraps,
		"update_wrapper": updateWrapper,
		"lru_cache":      lruCache,
		"cache":          cache,
		"cmp_to_key":     cmpToKey,
		"total_ordering": totalOrdering,
	})
	return m, nil
}

// classesOnce runs the setup of this module's classes on its first import
// rather than at package initialization, which every program's start-up
// would pay for.
var classesOnce sync.Once
