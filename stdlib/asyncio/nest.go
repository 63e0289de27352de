package asyncio

// This file is what nest_asyncio.apply() (erdewit/nest_asyncio) changes
// in asyncio: event loops become re-entrant (run_until_complete and
// run_forever work while the loop, or another one, is running: the nested
// run drives the same loop, whose callbacks and tasks go on), asyncio.run
// runs its coroutine on the current loop instead of a new one, and
// get_event_loop always has a loop to give. The patch is for every loop
// of the runtime, as the package patches the loop class.

import (
	"github.com/asyncscript/asyncscript/interp"
)

// Nest is nest_asyncio.apply(loop): loop (nil or None: get_event_loop())
// must be an event loop.
func (rt *Runtime) Nest(f *interp.Fiber, loopArg interp.Value) *interp.Exception {
	rt.nested = true
	if loopArg == nil || loopArg == interp.None {
		_, err := rt.currentLoop()
		return err
	}
	if _, ok := loopArg.(*EventLoop); !ok {
		return interp.Errorf(interp.ValueError, "Can't patch loop of type %s", mustRepr(f, loopArg.Type()))
	}
	return nil
}

// nestedLoop is nest_asyncio's get_event_loop: the running loop, else the
// current one, made and set when there is none.
func (rt *Runtime) nestedLoop() *EventLoop {
	if rt.ev != nil {
		return rt.ev
	}
	if rt.defaultLoop == nil {
		rt.defaultLoop, rt.setCalled = rt.newLoop(), true
	}
	return rt.defaultLoop
}

// runNested is nest_asyncio's run_until_complete(fut), and with fut nil
// its run_forever: iterations of ev (nested in a running step if need
// be) until fut is done or loop.stop() is called, with ev as the running
// loop meanwhile and the previous running loop and current task put back
// afterwards (manage_run).
func (ev *EventLoop) runNested(fut *Future) (interp.Value, *interp.Exception) {
	if err := ev.checkClosed(); err != nil {
		return nil, err
	}
	rt := ev.rt
	prevEv, prevRunning, prevCurrent := rt.ev, ev.running, ev.current
	rt.ev, ev.running = ev, true
	prevWake := rt.vm.SetInterruptWake(func() { ev.l.Post(ev.takeInterrupt) })
	defer func() {
		rt.vm.SetInterruptWake(prevWake)
		rt.ev, ev.running, ev.current = prevEv, prevRunning, prevCurrent
	}()
	for fut == nil || !fut.Done() {
		if !ev.l.RunOnceNested() {
			// nothing can run: only another goroutine's post or Ctrl-C
			// can wake the loop (CPython's would wait forever); at top
			// level, as run_until_complete, a deadlock is reported
			if fut != nil && prevEv == nil && !rt.WaitOnDeadlock {
				ev.closed = true
				panic(&Deadlock{Report: ev.deadlockReport(fut)})
			}
			ev.l.WaitPost()
		}
		if e := ev.fatalExc; e != nil {
			ev.fatalExc = nil
			return nil, e
		}
		if ev.l.Stopping() {
			break
		}
	}
	if fut == nil {
		ev.l.ClearStop()
		return interp.None, nil
	}
	if !fut.Done() {
		return nil, interp.Errorf(interp.RuntimeError, "Event loop stopped before Future completed.")
	}
	return fut.getResult()
}

// runNestedMain is nest_asyncio's asyncio.run(main): main runs as a task
// on the current loop, which is neither closed nor cleaned up afterwards;
// a task left unfinished (the loop was stopped) is cancelled and awaited.
func (rt *Runtime) runNestedMain(f *interp.Fiber, main interp.Value) (interp.Value, *interp.Exception) {
	ev := rt.nestedLoop()
	fut, err := ev.ensureFuture(f, main)
	if err != nil {
		return nil, err
	}
	res, exc := ev.runNested(fut)
	if !fut.Done() {
		fut.Cancel(interp.None)
		if _, e := ev.runNested(fut); e != nil && !e.Matches(CancelledError) {
			return nil, e
		}
	}
	return res, exc
}
