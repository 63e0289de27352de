package asyncio

// This file holds the receiver check every Go-written asyncio method
// starts with, and the wrapper for methods that take only self.

import "github.com/asyncscript/asyncscript/interp"

// selfArg returns args[0] as a T, or CPython's "descriptor 'NAME'
// requires a 'CLS' object" TypeError.
func selfArg[T interp.Value](cls, name string, args []interp.Value) (T, *interp.Exception) {
	if len(args) > 0 {
		if s, ok := args[0].(T); ok {
			return s, nil
		}
	}
	var zero T
	return zero, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '%s' object", name, cls)
}

// selfOnly makes the method CLS.NAME, which takes no argument but self.
func selfOnly[T interp.Value](cls, name string, fn func(f *interp.Fiber, s T) (interp.Value, *interp.Exception)) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		s, err := selfArg[T](cls, name, args)
		if err != nil {
			return nil, err
		}
		var self interp.Value
		if err := interp.UnpackArgsPy(cls+"."+name, args, kw, "self", &self); err != nil {
			return nil, err
		}
		return fn(f, s)
	}
}
