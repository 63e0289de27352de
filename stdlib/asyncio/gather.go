package asyncio

// This file defines ensure_future, gather (tasks.gather and its
// _GatheringFuture) and shield, step for step as in tasks.py.

import (
	"github.com/asyncscript/asyncscript/interp"
)

// ensureFuture is tasks._ensure_future: futures pass through, coroutines
// become tasks, other awaitables are wrapped.
func (ev *EventLoop) ensureFuture(f *interp.Fiber, v interp.Value) (*Future, *interp.Exception) {
	if fut := asFuture(v); fut != nil {
		return fut, nil
	}
	c, obj, ok, err := coroutineOf(f, v)
	if err != nil {
		return nil, err
	}
	if ok {
		if err := ev.checkClosed(); err != nil {
			return nil, err
		}
		t := ev.newTask(c, nil)
		t.setCoroObj(obj)
		return &t.Future, nil
	}
	if _, ok := v.Type().Lookup("__await__"); ok {
		return &ev.newTask(ev.rt.wrapAwaitable(v), nil).Future, nil
	}
	return nil, interp.Errorf(interp.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
}

// wrapAwaitable is tasks._wrap_awaitable: a coroutine that delegates to
// awaitable.__await__() (yield from).
func (rt *Runtime) wrapAwaitable(v interp.Value) *interp.Coroutine {
	var it interp.Value
	return newCoro("_wrap_awaitable", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		var y interp.Value
		var err *interp.Exception
		if it == nil {
			res, ok, e := interp.CallDunder(f, v, "__await__")
			if e != nil {
				return nil, nil, false, e
			}
			if !ok {
				return nil, nil, false, interp.Errorf(interp.TypeError, "object is not awaitable")
			}
			it = res
			y, err = callMethod(f, it, "send", interp.None)
		} else if throw != nil {
			y, err = callMethod(f, it, "throw", throw)
		} else {
			y, err = callMethod(f, it, "send", send)
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

func callMethod(f *interp.Fiber, obj interp.Value, name string, args ...interp.Value) (interp.Value, *interp.Exception) {
	m, err := interp.GetAttr(f, obj, name)
	if err != nil {
		return nil, err
	}
	return f.Call(m, args, nil)
}

// gatherState is what _GatheringFuture adds to a Future.
type gatherState struct {
	children        []*Future
	cancelRequested bool
}

// cancel is _GatheringFuture.cancel: cancel the children instead.
func (g *gatherState) cancel(outer *Future, msg interp.Value) bool {
	if outer.Done() {
		return false
	}
	ret := false
	for _, c := range g.children {
		if c.Cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

func gatherCallbackRepr() string { return "_done_callback() at " + cpythonAsyncio + "tasks.py:764" }

// gather is tasks.gather.
func (ev *EventLoop) gather(f *interp.Fiber, args []interp.Value, returnExceptions bool) (*Future, *interp.Exception) {
	if len(args) == 0 {
		outer := NewFuture(ev)
		outer.SetResult(&interp.List{})
		return outer, nil
	}
	var outer *Future
	// one child per argument: sized at once, not grown by append (whose
	// slack every pending child would carry)
	children := make([]*Future, 0, len(args))
	nfuts, nfinished := 0, 0
	curTask := ev.current // 3.14: the children are awaited by the calling task (graph.go)
	doneCB := func(fut *Future) {
		nfinished++
		if curTask != nil {
			fut.discardAwaitedBy(curTask)
		}
		if outer == nil || outer.Done() {
			if !fut.Cancelled() {
				fut.getException()
			}
			return
		}
		if !returnExceptions {
			if fut.Cancelled() {
				outer.SetException(fut.makeCancelledError())
				return
			}
			if e, _ := fut.getException(); e != nil {
				outer.SetException(e)
				return
			}
		}
		if nfinished == nfuts {
			results := make([]interp.Value, 0, len(children))
			var last *Future
			for _, c := range children {
				last = c
				var res interp.Value
				if c.Cancelled() {
					msg := interp.Value(interp.Str(""))
					if m := c.cancelMsg(); m != nil && m != interp.None {
						msg = m
					}
					res = interp.NewException(CancelledError, msg)
				} else if e, _ := c.getException(); e != nil {
					res = e
				} else {
					res = c.result
				}
				results = append(results, res)
			}
			if outer.gatherState().cancelRequested {
				outer.SetException(last.makeCancelledError())
			} else {
				outer.SetResult(&interp.List{Items: results})
			}
		}
	}
	// one callback value serves every child (nothing removes it by identity)
	cb := &callback{fn: doneCB, repr: gatherCallbackRepr}
	// argToFut maps each argument given twice to its future (tasks.py's
	// arg_to_fut). A coroutine not yet awaited is not entered: it cannot
	// have come before, as wrapping one in a task consumes it, and leaving
	// it out keeps gather(*[f(i) for i in range(N)]) from building a map of
	// N entries (many_sleepers' memory per task); a consumed one is looked
	// for among the earlier arguments.
	var argToFut map[interp.Value]*Future
	for i, arg := range args {
		key := identityKey(arg)
		if c, ok := arg.(*interp.Coroutine); ok {
			if !c.Awaited() {
				key = nil
			} else if fut := earlierFuture(args[:i], children, c); fut != nil {
				children = append(children, fut)
				continue
			}
		}
		if fut, ok := argToFut[key]; ok && key != nil {
			children = append(children, fut)
			continue
		}
		fut, err := ev.ensureFuture(f, arg)
		if err != nil {
			return nil, err
		}
		nfuts++
		if key != nil {
			if argToFut == nil {
				argToFut = map[interp.Value]*Future{}
			}
			argToFut[key] = fut
		}
		fut.addCallback(cb)
		if curTask != nil && !fut.Done() {
			fut.addAwaitedBy(curTask)
		}
		children = append(children, fut)
	}
	outer = &Future{loop: ev, rare: &futRare{cls: ev.rt.classes().GatheringFuture, gather: &gatherState{children: children}}}
	return outer, nil
}

// earlierFuture returns the future of the first of earlier (gather's
// arguments so far, whose futures are children) that is c, or nil.
func earlierFuture(earlier []interp.Value, children []*Future, c *interp.Coroutine) *Future {
	for j, a := range earlier {
		if a, ok := a.(*interp.Coroutine); ok && a == c {
			return children[j]
		}
	}
	return nil
}

// identityKey returns a map key identifying v by identity, or nil.
func identityKey(v interp.Value) interp.Value {
	switch v.(type) {
	case *interp.Coroutine, *Future, *Task, *interp.Instance:
		return v
	}
	return nil
}

func (rt *Runtime) gatherFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	retExc := false
	for _, k := range kw {
		if k.Name != "return_exceptions" {
			return nil, interp.Errorf(interp.TypeError, "gather() got an unexpected keyword argument '%s'", k.Name)
		}
		b, err := interp.Truth(f, k.Value)
		if err != nil {
			return nil, err
		}
		retExc = b
	}
	outer, err := rt.getEventLoop().gather(f, args, retExc)
	if err != nil {
		return nil, err
	}
	return outer.value(), nil
}

// shield is tasks.shield.
func (rt *Runtime) shieldFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var arg interp.Value
	if err := interp.UnpackArgsPy("shield", args, kw, "arg", &arg); err != nil {
		return nil, err
	}
	inner, err := rt.getEventLoop().ensureFuture(f, arg)
	if err != nil {
		return nil, err
	}
	if inner.Done() {
		return inner.value(), nil
	}
	outer := NewFuture(inner.loop)
	var innerCB *callback
	innerCB = inner.AddDoneCallback(func(in *Future) {
		if outer.Cancelled() {
			if !in.Cancelled() {
				in.getException()
			}
			return
		}
		if in.Cancelled() {
			outer.Cancel(interp.None)
			return
		}
		if e, _ := in.getException(); e != nil {
			outer.SetException(e)
		} else {
			outer.SetResult(in.result)
		}
	}, func() string { return "shield.<locals>._inner_done_callback() at " + cpythonAsyncio + "tasks.py:885" })
	outer.AddDoneCallback(func(*Future) {
		if !inner.Done() {
			inner.RemoveDoneCallback(innerCB)
		}
	}, func() string { return "shield.<locals>._outer_done_callback() at " + cpythonAsyncio + "tasks.py:901" })
	return outer, nil
}
