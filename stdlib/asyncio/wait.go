package asyncio

// This file defines wait (tasks.wait/_wait), wait_for (3.11's version with
// _cancel_and_wait) and as_completed, as native coroutines that follow the
// CPython bodies statement by statement.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// subAwait is `await x` for any awaitable inside a native coroutine: a
// Future directly, anything else (a coroutine, interpreted or native) on a
// sub-fiber whose yields are passed through, as `yield from` does.
type subAwait struct {
	fut   *Future
	fiber *interp.Fiber
}

func newSubAwait(f *interp.Fiber, v interp.Value) (*subAwait, *interp.Exception) {
	if fut := asFuture(v); fut != nil {
		return &subAwait{fut: fut}, nil
	}
	if c, ok := v.(*interp.Coroutine); ok {
		return &subAwait{fiber: f.VM.NewFiber(c)}, nil
	}
	if _, ok := v.Type().Lookup("__await__"); ok {
		return &subAwait{fiber: f.VM.NewFiber(Get(f.VM).wrapAwaitable(v))}, nil
	}
	return nil, interp.Errorf(interp.TypeError, "object %s can't be used in 'await' expression", interp.TypeName(v))
}

func (a *subAwait) step(send interp.Value, throw *interp.Exception) (res, y interp.Value, pending bool, exc *interp.Exception) {
	if a.fut != nil {
		return awaitFut(a.fut, send, throw)
	}
	out := a.fiber.Resume(send, throw)
	switch out.Kind {
	case interp.Yielded:
		return nil, out.Value, true, nil
	case interp.Raised:
		return nil, nil, false, out.Exc
	}
	if out.Value == nil {
		return interp.None, nil, false, nil
	}
	return out.Value, nil, false, nil
}

// releaseWaiter is tasks._release_waiter.
func releaseWaiter(w *Future) {
	if !w.Done() {
		w.SetResult(interp.None)
	}
}

func releaseWaiterRepr() string {
	return "_release_waiter(<Future pending>)() at " + cpythonAsyncio + "tasks.py:431"
}

// cancelAndWait is tasks._cancel_and_wait as a resumable sub-machine.
type cancelAndWait struct {
	fut    *Future
	waiter *Future
	cb     *callback
}

func (c *cancelAndWait) start(ev *EventLoop) (y interp.Value, pending bool, exc *interp.Exception) {
	c.waiter = NewFuture(ev)
	w := c.waiter
	c.cb = c.fut.AddDoneCallback(func(*Future) { releaseWaiter(w) }, releaseWaiterRepr)
	c.fut.Cancel(interp.None)
	return c.resume(interp.None, nil)
}

func (c *cancelAndWait) resume(send interp.Value, throw *interp.Exception) (y interp.Value, pending bool, exc *interp.Exception) {
	_, y, pending, exc = awaitFut(c.waiter, send, throw)
	if pending {
		return y, true, nil
	}
	c.fut.RemoveDoneCallback(c.cb)
	return nil, false, exc
}

func timeoutFrom(cause *interp.Exception) *interp.Exception {
	e := interp.NewException(interp.TimeoutError)
	e.Cause = cause
	e.Context = cause
	e.SuppressContext = true
	return e
}

// waitFor is tasks.wait_for (3.11).
func (rt *Runtime) waitForFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var fv, tv interp.Value
	if err := interp.UnpackArgsPy("wait_for", args, kw, "fut", &fv, "timeout", &tv); err != nil {
		return nil, err
	}
	const (
		stStart = iota
		stAwaitPlain
		stCancelZero
		stAwaitWaiter
		stCancelOnCancel
		stCancelOnTimeout
	)
	state := stStart
	var sub *subAwait
	var fut, waiter *Future
	var handle *loop.Handle
	var cb *callback
	var cw *cancelAndWait
	var caught *interp.Exception
	finish := func(res interp.Value, exc *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if handle != nil {
			handle.Cancel()
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		return res, nil, true, nil
	}
	resultOrTimeout := func() (interp.Value, interp.Value, bool, *interp.Exception) {
		res, err := fut.getResult()
		if err != nil && err.Matches(CancelledError) {
			return finish(nil, timeoutFrom(err))
		}
		return finish(res, err)
	}
	return newCoro("wait_for", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case stStart:
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			if tv == interp.None {
				sub, err = newSubAwait(f, fv)
				if err != nil {
					return nil, nil, false, err
				}
				state = stAwaitPlain
				send, throw = interp.None, nil
				break
			}
			timeout, err := native.Float(tv)
			if err != nil {
				return nil, nil, false, interp.Errorf(interp.TypeError, "'<=' not supported between instances of '%s' and 'int'", interp.TypeName(tv))
			}
			if timeout <= 0 {
				fut, err = ev.ensureFuture(f, fv)
				if err != nil {
					return nil, nil, false, err
				}
				if fut.Done() {
					res, err := fut.getResult()
					return res, nil, err == nil, err
				}
				cw = &cancelAndWait{fut: fut}
				state = stCancelZero
				y, pending, exc := cw.start(ev)
				if pending {
					return nil, y, false, nil
				}
				if exc != nil {
					return nil, nil, false, exc
				}
				return resultOrTimeout()
			}
			waiter = NewFuture(ev)
			w := waiter
			handle = ev.callLater(timeout, func() { releaseWaiter(w) })
			fut, err = ev.ensureFuture(f, fv)
			if err != nil {
				handle.Cancel()
				return nil, nil, false, err
			}
			cb = fut.AddDoneCallback(func(*Future) { releaseWaiter(w) }, releaseWaiterRepr)
			state = stAwaitWaiter
			send, throw = interp.None, nil
		}
		switch state {
		case stAwaitPlain:
			res, y, pending, exc := sub.step(send, throw)
			if pending {
				return nil, y, false, nil
			}
			return res, nil, exc == nil, exc
		case stCancelZero:
			y, pending, exc := cw.resume(send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return nil, nil, false, exc
			}
			return resultOrTimeout()
		case stAwaitWaiter:
			_, y, pending, exc := awaitFut(waiter, send, throw)
			if pending {
				return nil, y, false, nil
			}
			ev := waiter.loop
			if exc != nil {
				if !exc.Matches(CancelledError) {
					return finish(nil, exc)
				}
				if fut.Done() {
					return finish(fut.getResult())
				}
				fut.RemoveDoneCallback(cb)
				caught = exc
				cw = &cancelAndWait{fut: fut}
				state = stCancelOnCancel
				y, pending, exc := cw.start(ev)
				if pending {
					return nil, y, false, nil
				}
				if exc != nil {
					return finish(nil, exc)
				}
				return finish(nil, caught)
			}
			if fut.Done() {
				return finish(fut.getResult())
			}
			fut.RemoveDoneCallback(cb)
			cw = &cancelAndWait{fut: fut}
			state = stCancelOnTimeout
			y, pending, exc = cw.start(ev)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return finish(nil, exc)
			}
			return resultOrTimeout()
		case stCancelOnCancel:
			y, pending, exc := cw.resume(send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return finish(nil, exc)
			}
			return finish(nil, caught)
		case stCancelOnTimeout:
			y, pending, exc := cw.resume(send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return finish(nil, exc)
			}
			return resultOrTimeout()
		}
		return nil, nil, false, interp.Errorf(interp.RuntimeError, "wait_for: bad state")
	}), nil
}

// iterFutures collects the distinct items of an iterable (set(fs) keeps
// one of each; the order here is the iteration order).
func iterDistinct(f *interp.Fiber, fs interp.Value) ([]interp.Value, *interp.Exception) {
	var out []interp.Value
	seen := map[interp.Value]bool{}
	err := interp.Iterate(f, fs, func(v interp.Value) (bool, *interp.Exception) {
		if k := identityKey(v); k != nil {
			if seen[k] {
				return true, nil
			}
			seen[k] = true
		}
		out = append(out, v)
		return true, nil
	})
	return out, err
}

// waitFunc is tasks.wait / _wait.
func (rt *Runtime) waitFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var fsv, tv, rw interp.Value
	if err := interp.UnpackArgsPy("wait", args, kw, "fs", &fsv, "*", "timeout?", &tv, "return_when?", &rw); err != nil {
		return nil, err
	}
	if rw == nil {
		rw = interp.Str("ALL_COMPLETED")
	}
	started := false
	var fs []*Future
	var waiter *Future
	var handle *loop.Handle
	var cbs []*callback
	return newCoro("wait", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if !started {
			started = true
			if asFuture(fsv) != nil || isCoro(fsv) {
				return nil, nil, false, interp.Errorf(interp.TypeError, "expect a list of futures, not %s", interp.TypeName(fsv))
			}
			items, err := iterDistinct(f, fsv)
			if err != nil {
				return nil, nil, false, err
			}
			if len(items) == 0 {
				return nil, nil, false, interp.Errorf(interp.ValueError, "Set of Tasks/Futures is empty.")
			}
			mode, _ := rw.(interp.Str)
			if mode != "FIRST_COMPLETED" && mode != "FIRST_EXCEPTION" && mode != "ALL_COMPLETED" {
				s, _ := strOf(f, rw)
				return nil, nil, false, interp.Errorf(interp.ValueError, "Invalid return_when value: %s", s)
			}
			for _, it := range items {
				if isCoro(it) {
					return nil, nil, false, interp.Errorf(interp.TypeError, "Passing coroutines is forbidden, use tasks explicitly.")
				}
			}
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			for _, it := range items {
				fut, err := ev.ensureFuture(f, it)
				if err != nil {
					return nil, nil, false, err
				}
				fs = append(fs, fut)
			}
			waiter = NewFuture(ev)
			if tv != nil && tv != interp.None {
				timeout, err := native.Float(tv)
				if err != nil {
					return nil, nil, false, err
				}
				w := waiter
				handle = ev.callLater(timeout, func() { releaseWaiter(w) })
			}
			counter := len(fs)
			onCompletion := func(fut *Future) {
				counter--
				if counter <= 0 || mode == "FIRST_COMPLETED" ||
					(mode == "FIRST_EXCEPTION" && !fut.Cancelled() && fut.exc != nil && func() bool { fut.getException(); return true }()) {
					if handle != nil {
						handle.Cancel()
					}
					if !waiter.Done() {
						waiter.SetResult(interp.None)
					}
				}
			}
			for _, fut := range fs {
				cbs = append(cbs, fut.AddDoneCallback(onCompletion, func() string {
					return "_wait.<locals>._on_completion() at " + cpythonAsyncio + "tasks.py:519"
				}))
			}
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(waiter, send, throw)
		if pending {
			return nil, y, false, nil
		}
		if handle != nil {
			handle.Cancel()
		}
		for i, fut := range fs {
			fut.RemoveDoneCallback(cbs[i])
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		var done, pend []interp.Value
		for _, fut := range fs {
			if fut.Done() {
				done = append(done, fut.value())
			} else {
				pend = append(pend, fut.value())
			}
		}
		ds, err := makeSet(f, done)
		if err != nil {
			return nil, nil, false, err
		}
		ps, err := makeSet(f, pend)
		if err != nil {
			return nil, nil, false, err
		}
		return interp.Tuple{ds, ps}, nil, true, nil
	}), nil
}

func isCoro(v interp.Value) bool {
	_, ok := v.(*interp.Coroutine)
	return ok
}

// asCompleted is the generator tasks.as_completed returns.
type asCompleted struct {
	rt      *Runtime
	fs      interp.Value
	timeout interp.Value
	started bool
	n       int
	done    *Queue
}

func (*asCompleted) Type() *interp.Class { return interp.GeneratorClass }

func (it *asCompleted) Next(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
	if !it.started {
		it.started = true
		ev := it.rt.getEventLoop()
		items, err := iterDistinct(f, it.fs)
		if err != nil {
			return nil, false, err
		}
		it.done = newQueue(it.rt, it.rt.classes().Queue, 0)
		it.done.ev = ev
		var todo []*Future
		for _, x := range items {
			fut, err := ev.ensureFuture(f, x)
			if err != nil {
				return nil, false, err
			}
			todo = append(todo, fut)
		}
		var handle *loop.Handle
		cbs := make([]*callback, len(todo))
		remaining := len(todo)
		inTodo := make(map[*Future]bool, len(todo))
		for _, t := range todo {
			inTodo[t] = true
		}
		onCompletion := func(fut *Future) {
			if remaining == 0 {
				return
			}
			delete(inTodo, fut)
			remaining--
			it.done.putNowaitGo(fut.value())
			if remaining == 0 && handle != nil {
				handle.Cancel()
			}
		}
		for i, t := range todo {
			cbs[i] = t.AddDoneCallback(onCompletion, func() string {
				return "as_completed.<locals>._on_completion() at " + cpythonAsyncio + "tasks.py:602"
			})
		}
		if len(todo) > 0 && it.timeout != nil && it.timeout != interp.None {
			d, err := native.Float(it.timeout)
			if err != nil {
				return nil, false, err
			}
			handle = ev.callLater(d, func() {
				for i, t := range todo {
					if inTodo[t] {
						t.RemoveDoneCallback(cbs[i])
						it.done.putNowaitGo(interp.None)
					}
				}
				clear(inTodo)
				remaining = 0
			})
		}
		it.n = len(todo)
	}
	if it.n == 0 {
		return nil, false, nil
	}
	it.n--
	return it.waitForOne(), true, nil
}

// waitForOne is as_completed's _wait_for_one.
func (it *asCompleted) waitForOne() *interp.Coroutine {
	var get *interp.Coroutine
	var sub *subAwait
	return newCoro("_wait_for_one", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if get == nil {
			get = it.done.getCoro(it.rt)
			sub = &subAwait{fiber: f.VM.NewFiber(get)}
			send, throw = interp.None, nil
		}
		res, y, pending, exc := sub.step(send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		if res == interp.None {
			return nil, nil, false, interp.NewException(interp.TimeoutError)
		}
		v, err := asFuture(res).getResult()
		return v, nil, err == nil, err
	})
}

func (rt *Runtime) asCompletedFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var fs, timeout interp.Value
	if err := interp.UnpackArgsPy("as_completed", args, kw, "fs", &fs, "*", "timeout?", &timeout); err != nil {
		return nil, err
	}
	if asFuture(fs) != nil || isCoro(fs) {
		return nil, interp.Errorf(interp.TypeError, "expect an iterable of futures, not %s", interp.TypeName(fs))
	}
	return &asCompleted{rt: rt, fs: fs, timeout: timeout}, nil
}
