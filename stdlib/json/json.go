package json

// This file defines the module functions.

import (
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

func dumps(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 1 {
		if len(args) == 0 {
			return nil, interp.Errorf(interp.TypeError, "dumps() missing 1 required positional argument: 'obj'")
		}
		return nil, interp.Errorf(interp.TypeError, "dumps() takes 1 positional argument but %d were given", len(args))
	}
	opt, err := parseDumpsKw(f, kw)
	if err != nil {
		return nil, err
	}
	s, err := Dumps(f, args[0], opt)
	if err != nil {
		return nil, err
	}
	return interp.Str(s), nil
}

func callMethod(f *interp.Fiber, v interp.Value, name string, args ...interp.Value) (interp.Value, *interp.Exception) {
	m, err := interp.GetAttr(f, v, name)
	if err != nil {
		return nil, err
	}
	return f.Call(m, args, nil)
}

func dump(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 2 {
		return nil, interp.Errorf(interp.TypeError, "dump() takes 2 positional arguments but %d were given", len(args))
	}
	opt, err := parseDumpsKw(f, kw)
	if err != nil {
		return nil, err
	}
	s, err := Dumps(f, args[0], opt)
	if err != nil {
		return nil, err
	}
	if _, err := callMethod(f, args[1], "write", interp.Str(s)); err != nil {
		return nil, err
	}
	return interp.None, nil
}

func loads(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var s interp.Value
	var hooks [6]interp.Value
	if err := interp.UnpackArgsPy("loads", args, kw, "s", &s, "*", "cls?", &hooks[0], "object_hook?", &hooks[1], "parse_float?", &hooks[2],
		"parse_int?", &hooks[3], "parse_constant?", &hooks[4], "object_pairs_hook?", &hooks[5]); err != nil {
		return nil, err
	}
	str, ok := s.(interp.Str)
	if b, isBytes := interp.BytesOf(s); isBytes {
		// json.loads decodes bytes as UTF-8 (a BOM is skipped)
		d, err := interp.Decode(strings.TrimPrefix(b, "\xef\xbb\xbf"), "utf-8", "strict")
		if err != nil {
			return nil, err
		}
		str, ok = interp.Str(d), true
	}
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "the JSON object must be str, bytes or bytearray, not %s", interp.TypeName(s))
	}
	v, err := Loads(f, string(str))
	if err != nil {
		return nil, err
	}
	if h := hooks[1]; h != nil && h != interp.None {
		return applyObjectHook(f, v, h)
	}
	return v, nil
}

// applyObjectHook calls hook on every decoded object, innermost first.
func applyObjectHook(f *interp.Fiber, v interp.Value, hook interp.Value) (interp.Value, *interp.Exception) {
	switch x := v.(type) {
	case *interp.List:
		for i, it := range x.Items {
			r, err := applyObjectHook(f, it, hook)
			if err != nil {
				return nil, err
			}
			x.Items[i] = r
		}
		return x, nil
	case *interp.Dict:
		for _, k := range x.Keys() {
			it, _, _ := x.Get(f, k)
			r, err := applyObjectHook(f, it, hook)
			if err != nil {
				return nil, err
			}
			x.Set(f, k, r)
		}
		return f.Call(hook, []interp.Value{x}, nil)
	}
	return v, nil
}

func load(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "load() takes 1 positional argument but %d were given", len(args))
	}
	s, err := callMethod(f, args[0], "read")
	if err != nil {
		return nil, err
	}
	return loads(f, []interp.Value{s}, kw)
}

// Load builds the json module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("json")
	m.AddFuncs(map[string]interp.NativeFunc{
		"dumps": dumps,
		"dump":  dump,
		"loads": loads,
		"load":  load,
	})
	m.Set("JSONDecodeError", JSONDecodeError)
	return m, nil
}
