package asyncio

// This file lets a Task drive coroutine objects that are not native
// coroutines: what CPython 3.11's coroutines.iscoroutine accepts besides
// them (generators and instances of collections.abc.Coroutine, such as
// aiohttp's _RequestContextManager or a hand-written class with send and
// throw). Task.__step calls coro.send(None) / coro.throw(exc) on any of
// them; here a native coroutine makes those calls, so the Task machinery
// keeps one kind of coroutine.

import (
	"github.com/asyncscript/asyncscript/interp"
)

// isCoroutineObject is coroutines.iscoroutine: a native coroutine, a
// generator, or an instance of collections.abc.Coroutine (asked only when
// that module is loaded: a class cannot subclass or register with it
// otherwise).
func isCoroutineObject(f *interp.Fiber, v interp.Value) (bool, *interp.Exception) {
	switch v.(type) {
	case *interp.Coroutine, *interp.Generator:
		return true, nil
	}
	if v.Type().BuiltinType {
		return false, nil
	}
	m, ok := f.VM.Modules["collections.abc"]
	if !ok {
		return false, nil
	}
	abc, ok := m.Globals.GetStr("Coroutine")
	if !ok {
		return false, nil
	}
	isinstance, ok := f.VM.Builtins.GetStr("isinstance")
	if !ok {
		return false, nil
	}
	r, err := f.Call(isinstance, []interp.Value{v, abc}, nil)
	if err != nil {
		return false, err
	}
	return r == interp.True, nil
}

// coroutineOf returns what a Task runs for v when iscoroutine(v): v itself
// for a native coroutine, else a native coroutine stepping v by its send
// and throw methods (obj is then v, for get_coro() and the task's repr).
func coroutineOf(f *interp.Fiber, v interp.Value) (c *interp.Coroutine, obj interp.Value, ok bool, err *interp.Exception) {
	if c, ok := v.(*interp.Coroutine); ok {
		return c, nil, true, nil
	}
	if ok, err := isCoroutineObject(f, v); !ok || err != nil {
		return nil, nil, false, err
	}
	return driveByMethods(v), v, true, nil
}

// driveByMethods is the coroutine a Task steps for a coroutine object
// that is not native: each step is Task.__step's `coro.send(None)` (or the
// value sent) or `coro.throw(exc)`; StopIteration ends it with its value.
func driveByMethods(obj interp.Value) *interp.Coroutine {
	return newCoro(obj.Type().Name, func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		var y interp.Value
		var err *interp.Exception
		if throw != nil {
			y, err = callMethod(f, obj, "throw", throw)
		} else {
			y, err = callMethod(f, obj, "send", send)
		}
		if err != nil {
			if err.Matches(interp.StopIteration) {
				if len(err.Args) > 0 {
					return err.Args[0], nil, true, nil
				}
				return interp.None, nil, true, nil
			}
			return nil, nil, false, err
		}
		return nil, y, false, nil
	})
}

// formatCoroObject is coroutines._format_coroutine for a coroutine object
// without cr_code or gi_code: its __qualname__ or __name__ (an instance of
// a class usually has neither), then "running" when cr_running says so.
func formatCoroObject(f *interp.Fiber, obj interp.Value) string {
	name := ""
	for _, attr := range []string{"__qualname__", "__name__"} {
		if v, err := interp.GetAttr(f, obj, attr); err == nil {
			if s, ok := v.(interp.Str); ok && s != "" {
				name = string(s)
				break
			}
		}
	}
	if name == "" {
		name = "<" + obj.Type().Name + " without __name__>"
	}
	name += "()"
	for _, attr := range []string{"cr_running", "gi_running"} {
		if v, err := interp.GetAttr(f, obj, attr); err == nil {
			if v == interp.True {
				return name + " running"
			}
			break
		}
	}
	return name
}

// coroObj is the coroutine object the task drives by its methods, or nil.
func (t *Task) coroObj() interp.Value {
	if t.rare == nil {
		return nil
	}
	return t.rare.coroObj
}

// setCoroObj records obj (nil: none) as the task's coroutine object.
func (t *Task) setCoroObj(obj interp.Value) {
	if obj != nil {
		t.more().coroObj = obj
	}
}
