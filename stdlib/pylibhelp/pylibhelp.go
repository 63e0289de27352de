// Package pylibhelp implements _pylib, the few operations the embedded
// Python-language modules (stdlib/pylib: copy, enum, dataclasses, ...)
// need from Go: allocating an instance of a class without running its
// __new__ or __init__ (what object.__new__(cls) does in CPython).
package pylibhelp

import "github.com/asyncscript/asyncscript/interp"

// Load makes the _pylib module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("_pylib")
	m.AddFuncs(map[string]interp.NativeFunc{
		"object_new": objectNew,
	})
	return m, nil
}

// objectNew is object_new(cls): a new, empty instance of cls made by the
// nearest built-in constructor in its MRO, as object.__new__(cls) (or
// int.__new__(cls) ...) makes it; neither __new__ nor __init__ of a
// class written in Python runs.
func objectNew(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) < 1 {
		return nil, interp.Errorf(interp.TypeError, "object_new() needs a class")
	}
	cls, ok := args[0].(*interp.Class)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "object_new(X): X is not a type object (%s)", interp.TypeName(args[0]))
	}
	for _, k := range cls.MRO {
		if k.New != nil {
			return k.New(f, cls, args[1:], kw)
		}
	}
	return interp.NewInstance(cls), nil
}
