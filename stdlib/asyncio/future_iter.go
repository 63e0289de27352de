package asyncio

// This file defines Future.__await__ (and __iter__) called directly, as
// in `return self.task.__await__()` inside a class's own __await__ or
// `yield from fut.__await__()`: CPython's FutureIter, an iterator that
// yields the future while it is pending and then returns its result.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// FutureIterClass is _asyncio.FutureIter.
var FutureIterClass = native.NewType("FutureIter", "_asyncio", nil, futureIterMethods())

// FutureIter is what Future.__await__() returns.
type FutureIter struct {
	fut     *Future
	yielded bool
	done    bool
}

func (*FutureIter) Type() *interp.Class { return FutureIterClass }

// step is FutureIter's send: the first step of a pending future yields it
// (marking it blocking, as `yield self` in Future.__await__ does); the
// next returns its result, or raises CPython's RuntimeError when nothing
// waited for it.
func (it *FutureIter) step(send interp.Value, throw *interp.Exception) (interp.Value, bool, *interp.Exception) {
	if it.done {
		return nil, false, nil
	}
	if throw != nil {
		it.done = true
		return nil, false, throw
	}
	fut := it.fut
	if !it.yielded && !fut.Done() {
		it.yielded = true
		fut.blocking = true
		return fut.value(), true, nil
	}
	it.done = true
	if !fut.Done() {
		return nil, false, interp.Errorf(interp.RuntimeError, "await wasn't used with future")
	}
	v, exc := fut.getResult()
	if exc != nil {
		return nil, false, exc
	}
	return nil, false, interp.NewException(interp.StopIteration, v)
}

// Next implements interp.Iterator (next(it), yield from it).
func (it *FutureIter) Next(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
	return it.step(interp.None, nil)
}

func futureAwaitMethod(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	fut, err := futSelf("__await__", args)
	if err != nil {
		return nil, err
	}
	if err := interp.ExactArgs("__await__", args[1:], kw, 0); err != nil {
		return nil, err
	}
	return &FutureIter{fut: fut}, nil
}

// futureAwaitMethods are Future.__await__ and __iter__, installed on each
// runtime's Future class (classes.go).
func futureAwaitMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"__await__": futureAwaitMethod,
		"__iter__":  futureAwaitMethod,
	}
}

// futureIterMethods are FutureIter's methods (a C type in CPython: one
// immutable class serves every VM).
func futureIterMethods() map[string]interp.NativeFunc {
	self := func(args []interp.Value, name string) (*FutureIter, *interp.Exception) {
		if len(args) > 0 {
			if it, ok := args[0].(*FutureIter); ok {
				return it, nil
			}
		}
		return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_asyncio.FutureIter' object", name)
	}
	result := func(v interp.Value, yielded bool, exc *interp.Exception) (interp.Value, *interp.Exception) {
		if exc != nil {
			return nil, exc
		}
		if !yielded {
			return nil, interp.NewException(interp.StopIteration)
		}
		return v, nil
	}
	return map[string]interp.NativeFunc{
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return args[0], nil
		},
		"__next__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			it, err := self(args, "__next__")
			if err != nil {
				return nil, err
			}
			return result(it.step(interp.None, nil))
		},
		"send": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			it, err := self(args, "send")
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			return result(it.step(args[1], nil))
		},
		"throw": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			it, err := self(args, "throw")
			if err != nil {
				return nil, err
			}
			if len(args) < 2 {
				return nil, interp.Errorf(interp.TypeError, "throw expected at least 1 argument, got 0")
			}
			var exc *interp.Exception
			switch x := args[1].(type) {
			case *interp.Exception:
				exc = x
			case *interp.Class:
				v, err := f.Call(x, args[2:min(len(args), 3)], nil)
				if err != nil {
					return nil, err
				}
				e, ok := v.(*interp.Exception)
				if !ok {
					return nil, interp.Errorf(interp.TypeError, "exceptions must derive from BaseException")
				}
				exc = e
			default:
				return nil, interp.Errorf(interp.TypeError, "exceptions must be classes deriving BaseException, not %s", interp.TypeName(args[1]))
			}
			return result(it.step(nil, exc))
		},
		"close": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			it, err := self(args, "close")
			if err != nil {
				return nil, err
			}
			it.done = true
			return interp.None, nil
		},
	}
}
