package asyncio

// This file runs calls on an executor object (loop.run_in_executor with a
// concurrent.futures executor) and wraps concurrent futures as asyncio
// ones (asyncio.wrap_future), as futures._chain_future does: the
// concurrent future's completion is posted to the loop, and cancelling
// the asyncio future cancels the concurrent one.

import "github.com/asyncscript/asyncscript/interp"

// callMethodOf calls v.name(args...).
func callMethodOf(f *interp.Fiber, v interp.Value, name string, args ...interp.Value) (interp.Value, *interp.Exception) {
	m, err := interp.GetAttr(f, v, name)
	if err != nil {
		return nil, err
	}
	return f.Call(m, args, nil)
}

// runInExecutorWith is loop.run_in_executor(executor, fn, *args) for an
// executor object: executor.submit(fn, *args), wrapped.
func (ev *EventLoop) runInExecutorWith(f *interp.Fiber, executor, fn interp.Value, args []interp.Value) (interp.Value, *interp.Exception) {
	cf, err := callMethodOf(f, executor, "submit", append([]interp.Value{fn}, args...)...)
	if err != nil {
		return nil, err
	}
	return ev.wrapFuture(f, cf)
}

// wrapFuture is wrap_future(cf): an asyncio future that completes with
// the concurrent future cf.
func (ev *EventLoop) wrapFuture(f *interp.Fiber, cf interp.Value) (*Future, *interp.Exception) {
	if fut := asFuture(cf); fut != nil {
		return fut, nil
	}
	fut := NewFuture(ev)
	release := ev.l.Hold()
	copyState := func() {
		release()
		if fut.Done() {
			return
		}
		th := ev.rt.thread()
		cancelled, err := callMethodOf(th, cf, "cancelled")
		if err == nil && cancelled == interp.True {
			fut.Cancel(interp.None)
			return
		}
		exc, err := callMethodOf(th, cf, "exception")
		if err != nil {
			fut.SetException(err)
			return
		}
		if e, ok := exc.(*interp.Exception); ok {
			fut.SetException(e)
			return
		}
		res, err := callMethodOf(th, cf, "result")
		if err != nil {
			fut.SetException(err)
			return
		}
		fut.SetResult(res)
	}
	done := interp.NewBuiltin("_call_set_state", func(*interp.Fiber, []interp.Value, []interp.KV) (interp.Value, *interp.Exception) {
		ev.l.Post(copyState)
		return interp.None, nil
	})
	fut.AddDoneCallback(func(fu *Future) {
		if fu.Cancelled() {
			callMethodOf(ev.rt.thread(), cf, "cancel")
		}
	}, func() string {
		return "_chain_future.<locals>._call_check_cancel() at " + cpythonAsyncio + "futures.py:387"
	})
	if _, err := callMethodOf(f, cf, "add_done_callback", done); err != nil {
		release()
		return nil, err
	}
	return fut, nil
}
