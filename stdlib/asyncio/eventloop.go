package asyncio

// This file defines EventLoop, the Python-visible loop object
// (_UnixSelectorEventLoop) over a loop.Loop, and Handle/TimerHandle.

import (
	"math"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// EventLoop is one asyncio event loop (one per asyncio.run).
type EventLoop struct {
	rt      *Runtime
	l       *loop.Loop
	current *Task
	cause   *Task   // while tracing: the task that caused the running callback (tracehooks.go)
	tasks   []*Task // registered tasks, creation order; done ones pruned lazily
	pruneAt int
	closed  bool
	running bool
	// fatalExc is a KeyboardInterrupt/SystemExit escaping a task or
	// callback: it stops the loop and propagates out of run_until_complete.
	fatalExc *interp.Exception
	// excFutures are futures whose exception may never be retrieved, in
	// the order their exceptions were set (reported at close).
	excFutures []*Future
	// executor jobs (run_in_executor / to_thread) still running.
	executorJobs int
	executorUsed bool
	executorIdle []func()
	// open sockets, servers and subprocess pipes, closed with the loop
	// (streams: ioset.go)
	io ioState

	// signals holds add_signal_handler's handlers (signals.go).
	signals *signalHandlers
	// excHandler is set_exception_handler's handler (nil: the default).
	excHandler interp.Value
	debug      bool // set_debug
}

func (ev *EventLoop) Type() *interp.Class { return ev.rt.classes().EventLoop }

// Loop returns the underlying loop.
func (ev *EventLoop) Loop() *loop.Loop { return ev.l }

// Time is loop.time() in seconds.
func (ev *EventLoop) Time() float64 { return ev.l.Time().Seconds() }

func (ev *EventLoop) registerTask(t *Task) {
	ev.tasks = append(ev.tasks, t)
	if len(ev.tasks) >= ev.pruneAt {
		keep := ev.tasks[:0]
		for _, x := range ev.tasks {
			if !x.Done() {
				keep = append(keep, x)
			}
		}
		clear(ev.tasks[len(keep):])
		ev.tasks = keep
		ev.pruneAt = max(64, 2*len(keep))
	}
}

// allTasks is asyncio.all_tasks(loop): the pending tasks, creation order.
func (ev *EventLoop) allTasks() []*Task {
	var out []*Task
	for _, t := range ev.tasks {
		if !t.Done() {
			out = append(out, t)
		}
	}
	return out
}

func (ev *EventLoop) fatal(e *interp.Exception) {
	if ev.fatalExc == nil {
		ev.fatalExc = e
	}
	ev.l.Stop()
}

func (ev *EventLoop) noteException(fut *Future) {
	ev.excFutures = append(ev.excFutures, fut)
}

// scheduleCallback call_soon's one done callback of fut.
func (ev *EventLoop) scheduleCallback(cb *callback, fut *Future) {
	if t := cb.task; t != nil {
		ev.scheduleWakeup(t, fut)
		return
	}
	if cb.fn != nil {
		fn := cb.fn
		if ev.rt.tracer != nil {
			ev.l.Soon(func() { ev.runCaused(fut, fn) })
			return
		}
		ev.l.Soon(func() { fn(fut) })
		return
	}
	py := cb.py
	ev.l.Soon(func() { ev.callPy(py, []interp.Value{fut.value()}, nil) })
}

// scheduleWakeup call_soon's the done callback Task.__wakeup of t for fut.
func (ev *EventLoop) scheduleWakeup(t *Task, fut *Future) {
	if ev.rt.tracer != nil {
		ev.l.Soon(func() { ev.runCaused(fut, t.wakeup) })
		return
	}
	if fut == t.waiter() {
		ev.l.SoonRun((*taskWakeup)(t))
	} else {
		ev.l.Soon(func() { t.wakeup(fut) })
	}
}

// callPy runs a Python callback from a loop handle, as Handle._run does:
// exceptions are reported to the exception handler (KeyboardInterrupt and
// SystemExit stop the loop and propagate).
func (ev *EventLoop) callPy(fn interp.Value, args []interp.Value, h *HandleValue) {
	th := ev.rt.thread()
	prev := ev.rt.cur
	ev.rt.cur = th
	_, err := th.Call(fn, args, nil)
	ev.rt.cur = prev
	if err == nil {
		return
	}
	if err.Matches(interp.KeyboardInterrupt) || err.Matches(interp.SystemExit) {
		ev.fatal(err)
		return
	}
	cbs := formatCallbackSource(th, fn, args)
	if h == nil {
		h = &HandleValue{ev: ev, fn: fn, args: args}
	}
	ev.reportHandling(err, "Exception in callback "+cbs, err, ctxItem{"handle", h})
}

// logError reports msg and exc through the loop's exception handler
// (call_exception_handler({'message': msg, 'exception': exc})).
func (ev *EventLoop) logError(msg string, exc *interp.Exception) {
	ev.report(msg, exc)
}

// callSoonPy schedules a Python callable with arguments (loop.call_soon).
func (ev *EventLoop) callSoonPy(fn interp.Value, args []interp.Value) *HandleValue {
	h := &HandleValue{ev: ev, fn: fn, args: args}
	h.h = ev.l.CallSoon(ev.inContext(func() { ev.callPy(fn, args, h) }))
	return h
}

// callAtPy schedules a Python callable at loop time when (seconds).
func (ev *EventLoop) callAtPy(when float64, fn interp.Value, args []interp.Value) *HandleValue {
	h := &HandleValue{ev: ev, fn: fn, args: args, timer: true, when: when}
	h.h = ev.l.CallAt(secondsToDuration(when), ev.inContext(func() { ev.callPy(fn, args, h) }))
	return h
}

func secondsToDuration(s float64) time.Duration {
	if s > float64(math.MaxInt64/2)/1e9 {
		return time.Duration(math.MaxInt64 / 2)
	}
	if s < -float64(math.MaxInt64/2)/1e9 {
		return -time.Duration(math.MaxInt64 / 2)
	}
	return time.Duration(math.Round(s * 1e9))
}

// callLater schedules a Go function delay seconds from now (call_later).
func (ev *EventLoop) callLater(delay float64, fn func()) *loop.Handle {
	return ev.l.CallAt(ev.l.Time()+secondsToDuration(delay), fn)
}

// callAt schedules a Go function at loop time when (seconds).
func (ev *EventLoop) callAt(when float64, fn func()) *loop.Handle {
	return ev.l.CallAt(secondsToDuration(when), fn)
}

// HandleValue is the Python Handle / TimerHandle returned by call_soon,
// call_later and call_at.
type HandleValue struct {
	ev    *EventLoop
	h     *loop.Handle
	fn    interp.Value
	args  []interp.Value
	timer bool
	when  float64
}

func (h *HandleValue) Type() *interp.Class {
	if h.timer {
		return h.ev.rt.classes().TimerHandle
	}
	return h.ev.rt.classes().Handle
}

// Repr is <Handle f(1)> / <TimerHandle when=1.5 f(1)> / <Handle cancelled>.
func (h *HandleValue) Repr(f *interp.Fiber) (string, *interp.Exception) {
	name := "Handle"
	if h.timer {
		name = "TimerHandle"
	}
	info := []string{}
	if h.h != nil && h.h.Cancelled() {
		info = append(info, "cancelled")
	}
	if h.timer {
		info = append(info, "when="+floatRepr(h.when))
	}
	if h.fn != nil && (h.h == nil || !h.h.Cancelled()) {
		info = append(info, formatCallbackSource(f, h.fn, h.args))
	}
	return "<" + name + " " + joinInfo(info) + ">", nil
}

func handleSelf(args []interp.Value) (*HandleValue, *interp.Exception) {
	if len(args) > 0 {
		if h, ok := args[0].(*HandleValue); ok {
			return h, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor requires a 'Handle' object")
}

func handleMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"cancel": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			h, err := handleSelf(args)
			if err != nil {
				return nil, err
			}
			h.h.Cancel()
			h.fn, h.args = nil, nil
			return interp.None, nil
		},
		"cancelled": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			h, err := handleSelf(args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(h.h.Cancelled()), nil
		},
		"when": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			h, err := handleSelf(args)
			if err != nil {
				return nil, err
			}
			if !h.timer {
				return nil, interp.Errorf(interp.AttributeError, "'Handle' object has no attribute 'when'")
			}
			return interp.Float(h.when), nil
		},
		"__repr__": reprMethod,
	}
}

func reprMethod(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) == 0 {
		return nil, interp.Errorf(interp.TypeError, "__repr__ needs an argument")
	}
	s, err := reprOf(f, args[0])
	if err != nil {
		return nil, err
	}
	return interp.Str(s), nil
}

func loopSelf(args []interp.Value) (*EventLoop, *interp.Exception) {
	if len(args) > 0 {
		if ev, ok := args[0].(*EventLoop); ok {
			return ev, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor requires an event loop object")
}

func (ev *EventLoop) checkClosed() *interp.Exception {
	if ev.closed {
		return interp.Errorf(interp.RuntimeError, "Event loop is closed")
	}
	return nil
}

// Repr is <_UnixSelectorEventLoop running=True closed=False debug=False>.
func (ev *EventLoop) Repr(f *interp.Fiber) (string, *interp.Exception) {
	b := func(x bool) string {
		if x {
			return "True"
		}
		return "False"
	}
	return "<_UnixSelectorEventLoop running=" + b(ev.running) + " closed=" + b(ev.closed) + " debug=" + b(ev.debug) + ">", nil
}

func loopMethods() map[string]interp.NativeFunc {
	schedule := func(name string, timed, absolute bool) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			args = args[1:]
			for _, k := range kw {
				if k.Name != "context" {
					return nil, interp.Errorf(interp.TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
				}
			}
			need := 1
			if timed {
				need = 2
			}
			if len(args) < need {
				return nil, interp.Errorf(interp.TypeError, "%s() missing required argument", name)
			}
			if err := ev.checkClosed(); err != nil {
				return nil, err
			}
			if !timed {
				if !interp.Callable(args[0]) && !isCallableValue(args[0]) {
					return nil, interp.Errorf(interp.TypeError, "a callable object was expected by %s(), got %s", name, mustRepr(f, args[0]))
				}
				return ev.callSoonPy(args[0], append([]interp.Value(nil), args[1:]...)), nil
			}
			t, err := native.Float(args[0])
			if err != nil {
				return nil, err
			}
			if !absolute {
				t += ev.Time()
			}
			return ev.callAtPy(t, args[1], append([]interp.Value(nil), args[2:]...)), nil
		}
	}
	return map[string]interp.NativeFunc{
		"time": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			return interp.Float(ev.Time()), nil
		},
		"call_soon":            schedule("call_soon", false, false),
		"call_soon_threadsafe": schedule("call_soon_threadsafe", false, false),
		"call_later":           schedule("call_later", true, false),
		"call_at":              schedule("call_at", true, true),
		"create_future": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			return NewFuture(ev), nil
		},
		"create_task": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var recv, coro, name, ctx interp.Value
			if err := interp.UnpackArgsPy("BaseEventLoop.create_task", args, kw, "self", &recv, "coro", &coro, "*", "name?", &name, "context?", &ctx); err != nil {
				return nil, err
			}
			if err := ev.checkClosed(); err != nil {
				return nil, err
			}
			c, obj, ok, err := coroutineOf(f, coro)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "a coroutine was expected, got %s", mustRepr(f, coro))
			}
			if name != nil && name != interp.None {
				s, err := strOf(f, name)
				if err != nil {
					return nil, err
				}
				name = interp.Str(s)
			}
			t := ev.newTask(c, name)
			t.setCoroObj(obj)
			if err := t.useContext(ctx); err != nil {
				return nil, err
			}
			return t, nil
		},
		"run_in_executor": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			if len(args) < 3 {
				return nil, interp.Errorf(interp.TypeError, "run_in_executor() missing required argument")
			}
			if err := interp.NoKwargs("run_in_executor", kw); err != nil {
				return nil, err
			}
			if args[1] != interp.None { // an executor object (wrapfuture.go)
				return ev.runInExecutorWith(f, args[1], args[2], args[3:])
			}
			return ev.runInExecutor(args[2], append([]interp.Value(nil), args[3:]...), nil), nil
		},
		"is_running": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(ev.running), nil
		},
		"is_closed": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(ev.closed), nil
		},
		"run_until_complete": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var recv, fut interp.Value
			if err := interp.UnpackArgsPy("BaseEventLoop.run_until_complete", args, kw, "self", &recv, "future", &fut); err != nil {
				return nil, err
			}
			return ev.runUntilCompletePy(f, fut)
		},
		"close": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			if ev.running {
				return nil, interp.Errorf(interp.RuntimeError, "Cannot close a running event loop")
			}
			if !ev.closed {
				ev.closed = true
				ev.closeIO()
				ev.reportUnretrieved()
			}
			return interp.None, nil
		},
		"shutdown_asyncgens": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return doneCoro("BaseEventLoop.shutdown_asyncgens", interp.None), nil
		},
		"shutdown_default_executor": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			return ev.shutdownExecutorCoro(), nil
		},
		"get_debug": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(ev.debug), nil
		},
		// set_debug records the flag (get_debug, repr); debug mode's
		// extra checks and reports are not implemented.
		"set_debug": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var recv, on interp.Value
			if err := interp.UnpackArgsPy("BaseEventLoop.set_debug", args, kw, "self", &recv, "enabled", &on); err != nil {
				return nil, err
			}
			b, err := interp.Truth(f, on)
			if err != nil {
				return nil, err
			}
			ev.debug = b
			return interp.None, nil
		},
		"run_forever": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("BaseEventLoop.run_forever", args[1:], kw, 0); err != nil {
				return nil, err
			}
			return interp.None, ev.runForeverPy()
		},
		"stop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			ev.l.Stop()
			return interp.None, nil
		},
		"__repr__": reprMethod,
	}
}

func isCallableValue(v interp.Value) bool {
	switch v.(type) {
	case *interp.Function, *interp.BoundMethod, *interp.Builtin, *interp.Class:
		return true
	}
	_, ok := v.Type().Lookup("__call__")
	return ok
}
