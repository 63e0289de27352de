package asyncio

// This file defines asyncio.sleep (tasks.sleep): sleep(0) is a bare yield
// (one loop iteration); otherwise a future completed by a call_later timer,
// whose handle is cancelled on the way out.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

func (rt *Runtime) sleep(delay, result interp.Value) *interp.Coroutine {
	state := 0
	var fut *Future
	var h *loop.Handle
	return newCoro("sleep", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case 0:
			d, err := native.Float(delay)
			if err != nil {
				return nil, nil, false, interp.Errorf(interp.TypeError, "'<=' not supported between instances of '%s' and 'int'", interp.TypeName(delay))
			}
			if d <= 0 {
				state = 1
				return nil, yieldNone, false, nil
			}
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			fut = NewFuture(ev)
			if rt.tracer != nil {
				traceSleep(fut, delay, ev.l.Time()+secondsToDuration(d))
			}
			h = ev.callLater(d, func() {
				if !fut.Cancelled() {
					fut.SetResult(result)
				}
			})
			state = 2
		case 1:
			if throw != nil {
				return nil, nil, false, throw
			}
			return result, nil, true, nil
		}
		res, y, pending, exc := awaitFut(fut, send, throw)
		if pending {
			return nil, y, false, nil
		}
		h.Cancel()
		if exc != nil {
			return nil, nil, false, exc
		}
		return res, nil, true, nil
	})
}
