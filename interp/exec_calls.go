package interp

import "github.com/asyncscript/asyncscript/compile"

// This file holds the dispatch loop's rarer call-related instructions,
// moved out of exec (exec.go) to keep that function small enough for
// Go's register allocator: CALL_FUNCTION_EX and MAKE_FUNCTION. Each takes
// the frame's hot state as arguments and leaves exec to reload what it
// changed; none is inlined (exec is too big for Go to inline them).

// callEx is CALL_FUNCTION_EX at stack height sp of fr, whose pc is
// already past it: it pops the callable, the argument tuple, the keyword
// dict when hasKw and the NULL below them, and records pc and the new
// height in fr. A Python function's frame is pushed on f (pushed: exec
// enters it at reload, as CALL does, rather than running it through
// Fiber.Call); any other callable is called here and its result pushed
// on fr (fr.sp one higher). On an error nothing is pushed.
//
//go:noinline
func (f *Fiber) callEx(fr *Frame, pc, sp int, hasKw bool) (pushed bool, e *Exception) {
	slots := fr.slots
	var kw Value
	if hasKw {
		sp--
		kw = slots[sp]
		slots[sp] = nil
	}
	sp--
	argsV := slots[sp]
	slots[sp] = nil
	sp--
	fn := slots[sp]
	slots[sp] = nil
	if sp > 0 && slots[sp-1] == nil {
		sp-- // the NULL
	}
	var kws []KV
	if kw != nil {
		kws = dictToKV(kw.(*Dict))
	}
	fr.pc, fr.sp = int32(pc), int32(sp)
	if fun, ok := fn.(*Function); ok && fun.Code.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) == 0 {
		callee, e := f.setupCall(fun, argsV.(Tuple), nil, kws)
		if e != nil {
			return false, e
		}
		if e := f.pushFrame(callee, EntryCall); e != nil {
			f.releaseFrame(callee)
			return false, e
		}
		callee.started = true
		return true, nil
	}
	r, e := f.Call(fn, []Value(argsV.(Tuple)), kws)
	if e != nil {
		return false, e
	}
	slots[sp] = r
	fr.sp = int32(sp + 1)
	return false, nil
}

// makeFunction is MAKE_FUNCTION at stack height sp of fr: it pops the
// code object and, as the flags in arg say, the closure (8), keyword
// defaults (2) and defaults (1), pushes the new function and returns the
// new height.
//
//go:noinline
func (f *Fiber) makeFunction(fr *Frame, slots []Value, sp, arg int) int {
	sp--
	c := slots[sp].(*Code)
	slots[sp] = nil
	fn := &Function{Code: c, Globals: fr.globals, Name: c.Name, QualName: c.QualName, Doc: c.Docstring}
	if fn.Doc == nil {
		fn.Doc = None
	}
	if m, ok := fr.globals.GetStr("__name__"); ok {
		fn.Module = m
	}
	if arg&8 != 0 {
		sp--
		t := slots[sp].(Tuple)
		slots[sp] = nil
		fn.Closure = make([]*Cell, len(t))
		for i, c := range t {
			fn.Closure[i] = c.(*Cell)
		}
	}
	if arg&2 != 0 {
		sp--
		fn.KwDefaults = slots[sp].(*Dict)
		slots[sp] = nil
	}
	if arg&1 != 0 {
		sp--
		fn.Defaults = slots[sp].(Tuple)
		slots[sp] = nil
	}
	slots[sp] = fn
	return sp + 1
}
