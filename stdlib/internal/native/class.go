package native

// This file defines helpers for classes implemented in Go.

import "github.com/asyncscript/asyncscript/interp"

// NewType makes the class of a type CPython writes in C (deque, partial,
// re.Pattern, _asyncio.Future...), living in module, with the given
// methods installed as builtins. Like CPython's, the class is immutable
// (setting or deleting its attributes is a TypeError), so one made once
// may serve every VM of the process. BuiltinType stays false: the ops
// then dispatch operators and comparisons to the dunder builtins in the
// class dict, as they do for user classes.
func NewType(name, module string, base *interp.Class, methods map[string]interp.NativeFunc) *interp.Class {
	c := NewPyClass(name, module, base, methods)
	c.Immutable = true
	return c
}

// NewPyClass makes the class of a type CPython writes in Python
// (asyncio.Lock, random.Random, collections.Counter...), implemented in
// Go. Such a class can be changed by the program, as in CPython, so it
// must belong to one VM: build it when the module is loaded for that VM
// (or on the VM's first use), never into a package variable.
func NewPyClass(name, module string, base *interp.Class, methods map[string]interp.NativeFunc) *interp.Class {
	c := interp.NewClass(name, base, nil)
	c.Module = module
	c.QualName = name
	if methods != nil {
		c.AddMethods(methods)
	}
	return c
}

// AttrFunc returns the attribute name of self, or ok=false.
type AttrFunc func(f *interp.Fiber, self interp.Value, name string) (v interp.Value, ok bool, err *interp.Exception)

// SetGetattr installs a __getattr__ method (consulted by attribute lookup
// after the class dict) that serves per-object data attributes of a Go
// type, raising CPython's AttributeError when fn does not know the name.
func SetGetattr(c *interp.Class, fn AttrFunc) {
	c.Dict["__getattr__"] = &interp.Builtin{Name: "__getattr__", Of: c, Fn: func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if len(args) != 2 {
			return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		name, ok := args[1].(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "attribute name must be string, not '%s'", interp.TypeName(args[1]))
		}
		v, ok, err := fn(f, args[0], string(name))
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, interp.Errorf(interp.AttributeError, "'%s' object has no attribute '%s'", interp.TypeName(args[0]), string(name))
		}
		return v, nil
	}}
}

// Method wraps fn as a builtin method of class c.
func Method(c *interp.Class, name string, fn interp.NativeFunc) *interp.Builtin {
	return &interp.Builtin{Name: name, Fn: fn, Of: c}
}

// Func is a module-level function table entry.
type Func = interp.NativeFunc

// SetAll installs the functions on m.
func SetAll(m *interp.Module, funcs map[string]interp.NativeFunc) { m.AddFuncs(funcs) }
