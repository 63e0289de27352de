package asyncio

// This file defines native coroutines: Go state machines behind
// interp.Coroutine objects, and the helper that awaits a Future from
// inside one.

import (
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

// stepFunc is the body of a native coroutine. It is called with (None,
// nil) when the coroutine starts and then with whatever the driver sends
// or throws after each yield. It returns done with a result, an exception
// to raise, or a value to yield (a *Future/*Task to wait on, or None for a
// bare yield).
type stepFunc func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (res, yield interp.Value, done bool, exc *interp.Exception)

type nativeCoro struct {
	name    string
	step    stepFunc
	started bool
	done    bool
}

func (*nativeCoro) Type() *interp.Class { return interp.CoroutineClass }

func (n *nativeCoro) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	if n.done {
		return nil, nil, false, interp.Errorf(interp.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if !n.started {
		n.started = true
		if throw != nil {
			// throw() into a coroutine that never ran raises at once.
			n.done = true
			return nil, nil, false, throw
		}
		send = interp.None
	}
	if send == nil {
		send = interp.None
	}
	res, y, done, exc := n.step(f, send, throw)
	if done || exc != nil {
		n.done = true
	} else if fut := asFuture(y); fut != nil && n.describes(fut) {
		fut.awaitedIn = n.name
	}
	return res, y, done, exc
}

// describes reports whether n's name is the better description of what
// fut is for, in the deadlock report: the outermost method waiting on it
// (Queue.join, not the Event.wait inside it), else the first function
// (asyncio.wait); never a private helper (_ContextManagerMixin.__aenter__
// waits on the Lock.acquire inside it).
func (n *nativeCoro) describes(fut *Future) bool {
	if strings.HasPrefix(n.name, "_") {
		return false
	}
	return fut.awaitedIn == "" || strings.Contains(n.name, ".")
}

// newCoro makes a native coroutine object named name.
func newCoro(name string, step stepFunc) *interp.Coroutine {
	return interp.NewNativeCoroutine(name, &nativeCoro{name: name, step: step})
}

// doneCoro makes a native coroutine that returns v when first run.
func doneCoro(name string, v interp.Value) *interp.Coroutine {
	return newCoro(name, func(*interp.Fiber, interp.Value, *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		return v, nil, true, nil
	})
}

// awaitFut performs one step of `await fut` inside a native coroutine:
// call it with (None, nil) when the await begins and with the driver's
// send/throw on every resumption until it reports done or an exception.
// pending means: yield y (the future itself).
func awaitFut(fut *Future, send interp.Value, throw *interp.Exception) (res interp.Value, y interp.Value, pending bool, exc *interp.Exception) {
	if throw != nil {
		return nil, nil, false, throw
	}
	if fut.state == statePending {
		fut.blocking = true
		return nil, fut.self, true, nil
	}
	v, e := fut.getResult()
	return v, nil, false, e
}

// yieldNone is the bare `yield` of CPython's __sleep0: the Task reschedules
// itself with call_soon.
var yieldNone interp.Value = interp.None

// newSub makes a native coroutine body that other native coroutines can
// delegate to (its Await); coro() wraps it for Python.
func newSub(name string, step stepFunc) *nativeCoro { return &nativeCoro{name: name, step: step} }

// coro returns n as a Python coroutine object.
func (n *nativeCoro) coro() *interp.Coroutine { return interp.NewNativeCoroutine(n.name, n) }
