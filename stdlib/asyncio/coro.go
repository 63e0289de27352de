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
	name string
	step stepFunc
	nativeState
}

// nativeState is the lifecycle of a native coroutine: started and done,
// which make a reused or pre-thrown coroutine fail as CPython's do.
type nativeState struct {
	started bool
	done    bool
}

// lifecycle is where drive reads and records whether a native coroutine
// started and finished: nativeState's two flags, or state derived from
// the coroutine's own fields (sleepCall, which has no room for flags).
type lifecycle interface {
	hasStarted() bool
	isDone() bool
	markStarted()
	markDone()
}

func (n *nativeState) hasStarted() bool { return n.started }
func (n *nativeState) isDone() bool     { return n.done }
func (n *nativeState) markStarted()     { n.started = true }
func (n *nativeState) markDone()        { n.done = true }

// coroBody is the step of a native coroutine as drive calls it; stepFunc
// is one, and an object that is its own coroutine body (sleep.go) is
// another, which saves the closure.
type coroBody interface {
	stepOnce(f *interp.Fiber, send interp.Value, throw *interp.Exception) (res, yield interp.Value, done bool, exc *interp.Exception)
}

func (s stepFunc) stepOnce(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	return s(f, send, throw)
}

func (*nativeCoro) Type() *interp.Class { return interp.CoroutineClass }

// CoroutineName implements interp.CoroutineNamer.
func (n *nativeCoro) CoroutineName() string { return n.name }

func (n *nativeCoro) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	return drive(n, n.name, n.step, f, send, throw)
}

// drive runs one step of the native coroutine named name whose body is
// body and whose lifecycle is n: the coroutine protocol (send None to
// start, no reuse, a throw before the start raises at once) around body's
// state machine.
func drive(n lifecycle, name string, body coroBody, f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	if n.isDone() {
		return nil, nil, false, interp.Errorf(interp.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if !n.hasStarted() {
		n.markStarted()
		if throw != nil {
			// throw() into a coroutine that never ran raises at once.
			n.markDone()
			return nil, nil, false, throw
		}
		send = interp.None
	}
	if send == nil {
		send = interp.None
	}
	res, y, done, exc := body.stepOnce(f, send, throw)
	if done || exc != nil {
		n.markDone()
	} else if fut := asFuture(y); fut != nil && describes(name, fut) {
		fut.awaitedIn = fut.loop.rt.nameIndex(name)
	}
	return res, y, done, exc
}

// describes reports whether name is the better description of what
// fut is for, in the deadlock report: the outermost method waiting on it
// (Queue.join, not the Event.wait inside it), else the first function
// (asyncio.wait); never a private helper (_ContextManagerMixin.__aenter__
// waits on the Lock.acquire inside it).
func describes(name string, fut *Future) bool {
	if strings.HasPrefix(name, "_") {
		return false
	}
	return fut.awaitedIn == 0 || strings.Contains(name, ".")
}

// nameIndex returns 1 + the index of name in rt.coroNames, adding it if
// new (Future.awaitedIn); past 255 names it returns 0 (no name).
func (rt *Runtime) nameIndex(name string) uint8 {
	if rt.lastName == name && rt.lastNameIdx != 0 {
		return rt.lastNameIdx // one sleep after another: no map look-up
	}
	if i, ok := rt.coroNameIdx[name]; ok {
		rt.lastName, rt.lastNameIdx = name, i
		return i
	}
	if len(rt.coroNames) >= 1<<8-1 {
		return 0
	}
	if rt.coroNameIdx == nil {
		rt.coroNameIdx = map[string]uint8{}
	}
	rt.coroNames = append(rt.coroNames, name)
	i := uint8(len(rt.coroNames))
	rt.coroNameIdx[name] = i
	return i
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
		return nil, fut.value(), true, nil
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
