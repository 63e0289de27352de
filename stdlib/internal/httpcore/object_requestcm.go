package httpcore

// This file defines RequestContextManager, aiohttp's
// _RequestContextManager (client.py): what session.get() returns, usable
// both as `resp = await session.get(u)` and as
// `async with session.get(u) as resp` (which releases the response on the
// way out). It wraps the session's _request coroutine and drives it by
// send/throw, as coroutine.__await__ would.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// RequestContextManagerClass is aiohttp.client._RequestContextManager.
var RequestContextManagerClass = native.NewType("_RequestContextManager", "aiohttp.client", nil, nil)

// RequestContextManager holds the request coroutine and, inside
// `async with`, the response.
type RequestContextManager struct {
	coro interp.Value
	resp interp.Value
}

func (*RequestContextManager) Type() *interp.Class { return RequestContextManagerClass }

// Await delegates `await rcm` to the wrapped coroutine.
func (r *RequestContextManager) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	return delegate(f, r.coro, send, throw)
}

// delegate performs one step of `yield from coro.__await__()`.
func delegate(f *interp.Fiber, coro interp.Value, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	var y interp.Value
	var exc *interp.Exception
	if throw != nil {
		m, err := interp.GetAttr(f, coro, "throw")
		if err != nil {
			return nil, nil, false, err
		}
		y, exc = f.Call(m, []interp.Value{throw}, nil)
	} else {
		if send == nil {
			send = interp.None
		}
		m, err := interp.GetAttr(f, coro, "send")
		if err != nil {
			return nil, nil, false, err
		}
		y, exc = f.Call(m, []interp.Value{send}, nil)
	}
	if exc != nil {
		if exc.Class == interp.StopIteration {
			if len(exc.Args) > 0 {
				return exc.Args[0], nil, true, nil
			}
			return interp.None, nil, true, nil
		}
		return nil, nil, false, exc
	}
	return nil, y, false, nil
}

// enterAwaitable is what __aenter__ returns: the request, whose response
// it keeps for __aexit__.
type enterAwaitable struct{ r *RequestContextManager }

func (*enterAwaitable) Type() *interp.Class { return interp.CoroutineClass }

func (e *enterAwaitable) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	res, y, done, exc := delegate(f, e.r.coro, send, throw)
	if done {
		e.r.resp = res
	}
	return res, y, done, exc
}

// exitAwaitable is what __aexit__ returns: done at once with None.
type exitAwaitable struct{}

func (exitAwaitable) Type() *interp.Class { return interp.CoroutineClass }

func (exitAwaitable) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	if throw != nil {
		return nil, nil, false, throw
	}
	return interp.None, nil, true, nil
}

func selfRCM(name string, args []interp.Value) (*RequestContextManager, *interp.Exception) {
	if len(args) > 0 {
		if r, ok := args[0].(*RequestContextManager); ok {
			return r, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_RequestContextManager' object", name)
}

func defineRequestContextManager() {
	c := RequestContextManagerClass
	c.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var coro interp.Value
		if err := interp.UnpackArgs("_RequestContextManager", args, kw, "coro", &coro); err != nil {
			return nil, err
		}
		return &RequestContextManager{coro: coro}, nil
	}
	c.AddMethods(map[string]interp.NativeFunc{
		"__aenter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := selfRCM("__aenter__", args)
			if err != nil {
				return nil, err
			}
			return &enterAwaitable{r: r}, nil
		},
		// __aexit__ is _RequestContextManager.__aexit__: resp.release().
		"__aexit__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := selfRCM("__aexit__", args)
			if err != nil {
				return nil, err
			}
			if r.resp != nil {
				m, err := interp.GetAttr(f, r.resp, "release")
				if err != nil {
					return nil, err
				}
				if _, err := f.Call(m, nil, nil); err != nil {
					return nil, err
				}
			}
			return exitAwaitable{}, nil
		},
		"send": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := selfRCM("send", args)
			if err != nil {
				return nil, err
			}
			var v interp.Value = interp.None
			if len(args) > 1 {
				v = args[1]
			}
			m, err := interp.GetAttr(f, r.coro, "send")
			if err != nil {
				return nil, err
			}
			return f.Call(m, []interp.Value{v}, nil)
		},
		"throw": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := selfRCM("throw", args)
			if err != nil {
				return nil, err
			}
			m, err := interp.GetAttr(f, r.coro, "throw")
			if err != nil {
				return nil, err
			}
			return f.Call(m, args[1:], nil)
		},
		// __await__ returns the object itself, an iterator with send and
		// throw (asyncio's _wrap_awaitable drives it so in gather).
		"__await__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return selfRCM("__await__", args)
		},
		"__next__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := selfRCM("__next__", args)
			if err != nil {
				return nil, err
			}
			m, err := interp.GetAttr(f, r.coro, "send")
			if err != nil {
				return nil, err
			}
			return f.Call(m, []interp.Value{interp.None}, nil)
		},
		"close": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := selfRCM("close", args)
			if err != nil {
				return nil, err
			}
			m, err := interp.GetAttr(f, r.coro, "close")
			if err != nil {
				return nil, err
			}
			return f.Call(m, nil, nil)
		},
	})
}
