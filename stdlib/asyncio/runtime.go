package asyncio

// This file defines Runtime (the asyncio state of one VM), the module
// object (Load) and asyncio.run / RunTopLevel, mirroring runners.py and
// BaseEventLoop.run_until_complete.

import (
	"io"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/contextvars"
	"github.com/asyncscript/asyncscript/tracing"
)

// Runtime is the asyncio state of one VM: the task counter (Task-N keeps
// counting across asyncio.run calls, as CPython's global counter does),
// the running loop, and the warnings already printed.
type Runtime struct {
	vm *interp.VM
	// NewClock makes the clock of each new loop; nil means a real clock.
	NewClock func() loop.Clock
	// WaitOnDeadlock makes a deadlocked run_until_complete wait forever
	// (for a Ctrl-C), as CPython's does, instead of stopping the program
	// with a deadlock report (deadlock.go).
	WaitOnDeadlock bool

	taskCounter int
	// coroNames are the names of the native coroutines that waited on a
	// future (Future.awaitedIn indexes them), each once; coroNameIdx
	// maps a name to its index. Only a program's native coroutine and
	// class names ever enter, a few dozen.
	coroNames   []string
	coroNameIdx map[string]uint8
	// lastName and lastNameIdx are the name nameIndex last found and
	// its index (0: none yet).
	lastName    string
	lastNameIdx uint8
	cv          *contextvars.State // the VM's contextvars (task contexts: contextvars.go)
	ev          *EventLoop         // the running loop, nil when none
	th          *interp.Fiber
	cur         *interp.Fiber // fiber running interpreted code for us (task or callback)
	warned      map[string]bool
	defaultLoop *EventLoop // set_event_loop / get_event_loop outside a running loop
	// setCalled is the policy's _local._set_called: once set_event_loop
	// has been called (asyncio.run calls it), get_event_loop no longer
	// makes a loop.
	setCalled bool
	// nested: nest_asyncio.apply() was called (nest.go).
	nested  bool
	sources map[string][]string
	tracer  *tracing.Recorder // nil: tracing off (tracehooks.go)
	cls     *classes          // this VM's asyncio classes (classes.go)
	exec    *executor         // the default executor, made on first use (tothread.go)
}

// runtimeKey is the key of the Runtime in its VM's state (VM.Local): the
// VM holds its Runtime, and no package variable refers to either.
type runtimeKey struct{}

// Get returns the Runtime of vm, making it on first use. It installs the
// VM's UnawaitedCoroutine hook (the RuntimeWarning printer) unless one is
// already set.
func Get(vm *interp.VM) *Runtime {
	rt := vm.Local(runtimeKey{}, func() any {
		rt := &Runtime{vm: vm, warned: map[string]bool{}}
		if vm.Hooks.UnawaitedCoroutine == nil {
			vm.Hooks.UnawaitedCoroutine = rt.WarnUnawaited
		}
		return rt
	}).(*Runtime)
	if rt.cv == nil { // outside Local's callback: Of takes the same lock
		rt.cv = contextvars.Of(vm)
	}
	return rt
}

// Forget drops the Runtime of vm (when a Session is closed): the next Get
// starts afresh.
func Forget(vm *interp.VM) {
	if rt, _ := vm.Local(runtimeKey{}, func() any { return (*Runtime)(nil) }).(*Runtime); rt != nil {
		rt.stopExecutor()
	}
	vm.DropLocal(runtimeKey{})
}

// VM returns the runtime's VM.
func (rt *Runtime) VM() *interp.VM { return rt.vm }

// Running returns the running loop, or nil.
func (rt *Runtime) Running() *EventLoop { return rt.ev }

func (rt *Runtime) thread() *interp.Fiber {
	if rt.th == nil {
		rt.th = rt.vm.NewThread()
	}
	return rt.th
}

func (rt *Runtime) stderr() io.Writer { return rt.vm.Stderr }

// runningLoop is events.get_running_loop().
func (rt *Runtime) runningLoop() (*EventLoop, *interp.Exception) {
	if rt.ev == nil {
		return nil, interp.Errorf(interp.RuntimeError, "no running event loop")
	}
	return rt.ev, nil
}

// getEventLoop is the loop for functions that need one outside a running
// loop (gather, shield, Future()): that of get_event_loop(), or a new
// one where that raises or the loop is closed.
func (rt *Runtime) getEventLoop() *EventLoop {
	ev, err := rt.currentLoop()
	if err != nil {
		return rt.newLoop()
	}
	if ev.closed {
		rt.defaultLoop = rt.newLoop()
		return rt.defaultLoop
	}
	return ev
}

// currentLoop is asyncio.get_event_loop() (events._get_event_loop and
// BaseDefaultEventLoopPolicy.get_event_loop): the running loop, else the
// current one (closed or not), made and set on the first call if
// set_event_loop was never called.
func (rt *Runtime) currentLoop() (*EventLoop, *interp.Exception) {
	if rt.nested {
		return rt.nestedLoop(), nil
	}
	if rt.ev != nil {
		return rt.ev, nil
	}
	if rt.defaultLoop == nil && !rt.setCalled {
		rt.defaultLoop, rt.setCalled = rt.newLoop(), true
	}
	if rt.defaultLoop == nil {
		return nil, interp.Errorf(interp.RuntimeError, "There is no current event loop in thread 'MainThread'.")
	}
	return rt.defaultLoop, nil
}

// newLoop makes a fresh event loop (asyncio.new_event_loop()).
func (rt *Runtime) newLoop() *EventLoop {
	var c loop.Clock
	if rt.NewClock != nil {
		c = rt.NewClock()
	}
	ev := &EventLoop{rt: rt, l: loop.New(c), pruneAt: 64}
	ev.l.SetLocker(&rt.vm.GIL)
	return ev
}

// Run is asyncio.run(coro): a new loop runs coro as the main task; then the
// remaining tasks are cancelled and awaited, async generators and the
// default executor are shut down (two tasks, as in CPython, so Task-N
// numbering matches), the loop is closed and exceptions nobody retrieved
// are reported. The caller should hold vm.GIL; if nobody holds it, Run
// takes it for the duration.
func (rt *Runtime) Run(coro interp.Value) (interp.Value, *interp.Exception) {
	if rt.nested {
		return rt.runNestedMain(rt.thread(), coro)
	}
	if rt.ev != nil {
		return nil, interp.Errorf(interp.RuntimeError, "asyncio.run() cannot be called from a running event loop")
	}
	c, obj, ok, err := coroutineOf(rt.thread(), coro)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, interp.Errorf(interp.ValueError, "a coroutine was expected, got %s", mustRepr(rt.thread(), coro))
	}
	if rt.vm.GIL.TryLock() {
		defer rt.vm.GIL.Unlock()
	}
	ev := rt.newLoop()
	task := ev.newTask(c, nil)
	task.setCoroObj(obj)
	// Runner._on_sigint: the first Ctrl-C cancels the main task (and
	// becomes KeyboardInterrupt once the task ends cancelled), a later one
	// raises KeyboardInterrupt where the program is.
	interrupts := 0
	prevHandler := rt.vm.OnInterrupt
	defer func() { rt.vm.OnInterrupt = prevHandler }() // also when a Deadlock panics
	rt.vm.OnInterrupt = func() *interp.Exception {
		interrupts++
		if interrupts == 1 && !task.Done() {
			task.cancel(nil)
			ev.l.Post(func() {}) // call_soon_threadsafe(lambda: None)
			return nil
		}
		return interp.NewException(interp.KeyboardInterrupt)
	}
	res, exc := ev.runUntilComplete(&task.Future)
	rt.vm.OnInterrupt = prevHandler
	rt.defaultLoop, rt.setCalled = nil, true // Runner.close: set_event_loop(None)
	if exc != nil && exc.Matches(CancelledError) && interrupts > 0 {
		if task.uncancel() == 0 {
			ki := interp.NewException(interp.KeyboardInterrupt)
			ki.Context = exc
			exc = ki
		}
	}
	ev.shutdown(exc)
	rt.defaultLoop, rt.setCalled = nil, true
	return res, exc
}

// runForeverPy is loop.run_forever(): run until loop.stop() is called,
// with run_until_complete's checks.
func (ev *EventLoop) runForeverPy() *interp.Exception {
	if err := ev.checkClosed(); err != nil {
		return err
	}
	if ev.rt.nested {
		_, err := ev.runNested(nil)
		return err
	}
	if ev.running {
		return interp.Errorf(interp.RuntimeError, "This event loop is already running")
	}
	if ev.rt.ev != nil {
		return interp.Errorf(interp.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	if ev.rt.vm.GIL.TryLock() {
		defer ev.rt.vm.GIL.Unlock()
	}
	return ev.runForever()
}

// runForever is BaseEventLoop.run_forever: iterations until stop(). An
// idle loop waits for what can still wake it (a thread's result, Ctrl-C),
// forever if nothing can, as CPython's does.
func (ev *EventLoop) runForever() *interp.Exception {
	rt := ev.rt
	prev := rt.ev
	rt.ev = ev
	ev.running = true
	prevWake := rt.vm.SetInterruptWake(func() { ev.l.Post(ev.takeInterrupt) })
	for {
		idle := ev.l.Run(func() bool { return ev.fatalExc != nil })
		if !idle || ev.fatalExc != nil {
			break
		}
		ev.l.WaitPost()
	}
	rt.vm.SetInterruptWake(prevWake)
	ev.running = false
	rt.ev = prev
	if e := ev.fatalExc; e != nil {
		ev.fatalExc = nil
		return e
	}
	return nil
}

// runUntilCompletePy is loop.run_until_complete(future) called from
// synchronous code (the pre-3.7 style).
func (ev *EventLoop) runUntilCompletePy(f *interp.Fiber, v interp.Value) (interp.Value, *interp.Exception) {
	if err := ev.checkClosed(); err != nil {
		return nil, err
	}
	if ev.rt.nested {
		fut, err := ev.ensureFuture(f, v)
		if err != nil {
			return nil, err
		}
		return ev.runNested(fut)
	}
	if ev.running {
		return nil, interp.Errorf(interp.RuntimeError, "This event loop is already running")
	}
	if ev.rt.ev != nil {
		return nil, interp.Errorf(interp.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	fut, err := ev.ensureFuture(f, v)
	if err != nil {
		return nil, err
	}
	if ev.rt.vm.GIL.TryLock() {
		defer ev.rt.vm.GIL.Unlock()
	}
	return ev.runUntilComplete(fut)
}

// RunTopLevel runs the coroutine of a module compiled with top-level await
// as the main task of a new loop, exactly as asyncio.run would (the
// notebook style: `await main()` at top level).
func RunTopLevel(vm *interp.VM, coro *interp.Coroutine) (interp.Value, *interp.Exception) {
	return Get(vm).Run(coro)
}

// runUntilComplete is BaseEventLoop.run_until_complete(fut).
func (ev *EventLoop) runUntilComplete(fut *Future) (interp.Value, *interp.Exception) {
	rt := ev.rt
	cb := fut.AddDoneCallback(func(f *Future) {
		if !f.Cancelled() {
			e, _ := f.getException()
			if e != nil && (e.Matches(interp.SystemExit) || e.Matches(interp.KeyboardInterrupt)) {
				return
			}
		}
		ev.l.Stop()
	}, func() string { return "_run_until_complete_cb() at " + cpythonAsyncio + "base_events.py:180" })
	prev := rt.ev
	rt.ev = ev
	ev.running = true
	prevWake := rt.vm.SetInterruptWake(func() { ev.l.Post(ev.takeInterrupt) })
	deadlock := ""
	for {
		idle := ev.l.Run(func() bool { return ev.fatalExc != nil })
		if !idle || fut.Done() || ev.fatalExc != nil {
			break
		}
		// Nothing can ever run again, yet fut is pending: CPython's loop
		// would wait forever (deadlock.go).
		if !rt.WaitOnDeadlock && !ev.hasSignalHandlers() {
			deadlock = ev.deadlockReport(fut)
			break
		}
		ev.l.WaitPost()
	}
	rt.vm.SetInterruptWake(prevWake)
	ev.running = false
	rt.ev = prev
	fut.RemoveDoneCallback(cb)
	if deadlock != "" {
		ev.closed = true
		panic(&Deadlock{Report: deadlock})
	}
	if e := ev.fatalExc; e != nil {
		ev.fatalExc = nil
		if fut.Done() && !fut.Cancelled() {
			fut.getException()
		}
		return nil, e
	}
	if !fut.Done() {
		return nil, interp.Errorf(interp.RuntimeError, "Event loop stopped before Future completed.")
	}
	return fut.getResult()
}

// takeInterrupt runs, on the loop, the handling of a Ctrl-C that arrived
// while the loop waited; an exception it raises propagates out of
// run_until_complete, as one raised by CPython's signal handler does.
func (ev *EventLoop) takeInterrupt() {
	if exc := ev.rt.vm.TakeInterrupt(); exc != nil {
		ev.fatal(exc)
	}
}

// shutdown is Runner.close(): cancel what is left and wait for it, shut
// down async generators and the default executor, close the loop. exc is
// what asyncio.run is about to raise.
func (ev *EventLoop) shutdown(exc *interp.Exception) {
	ev.cancelAllTasks()
	// loop.shutdown_asyncgens() and loop.shutdown_default_executor() each
	// run as a task (and take a Task-N number).
	ev.runUntilComplete(&ev.newTask(doneCoro("BaseEventLoop.shutdown_asyncgens", interp.None), nil).Future)
	ev.runUntilComplete(&ev.newTask(ev.shutdownExecutorCoro(), nil).Future)
	ev.closed = true
	ev.closeIO()
	if exc != nil && (exc.Matches(interp.SystemExit) || exc.Matches(interp.KeyboardInterrupt)) {
		// the task that raised it stays referenced by its traceback until
		// the interpreter exits: CPython reports it after the exit message
		futs := ev.excFutures
		ev.excFutures = nil
		for _, fut := range futs {
			if fut.exc == exc {
				ev.rt.vm.AtExit(func() { ev.reportOne(fut) })
			} else {
				ev.excFutures = append(ev.excFutures, fut)
			}
		}
	}
	ev.reportUnretrieved()
}

// cancelAllTasks is runners._cancel_all_tasks.
func (ev *EventLoop) cancelAllTasks() {
	toCancel := ev.allTasks()
	if len(toCancel) == 0 {
		return
	}
	futs := make([]interp.Value, len(toCancel))
	for i, t := range toCancel {
		t.Cancel(interp.None)
		futs[i] = t
	}
	outer, err := ev.gather(nil, futs, true)
	if err == nil {
		ev.runUntilComplete(outer)
	}
	for _, t := range toCancel {
		if t.Cancelled() {
			continue
		}
		if e, _ := t.getException(); e != nil {
			ev.report("unhandled exception during asyncio.run() shutdown", e, ctxItem{"task", t})
		}
	}
}

// reportUnretrieved prints "... exception was never retrieved" for every
// future whose exception nobody looked at (CPython prints it when the
// future is garbage collected; at the latest that is when the loop and
// its tasks go away).
func (ev *EventLoop) reportUnretrieved() {
	futs := ev.excFutures
	ev.excFutures = nil
	for _, fut := range futs {
		ev.reportOne(fut)
	}
}

// reportOne prints "... exception was never retrieved" for fut if nobody
// looked at its exception.
func (ev *EventLoop) reportOne(fut *Future) {
	if !fut.logTB || fut.reported {
		return
	}
	fut.reported = true
	fut.logTB = false
	ev.report(fut.Type().Name+" exception was never retrieved", fut.exc, ctxItem{"future", fut.value()})
}

// Load builds the asyncio module for vm.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	rt := Get(vm)
	m := interp.NewModule("asyncio")
	rt.classes().export(m)
	for name, c := range map[string]*interp.Class{
		"CancelledError": CancelledError, "InvalidStateError": InvalidStateError,
		"TimeoutError": interp.TimeoutError, "QueueEmpty": QueueEmpty, "QueueFull": QueueFull,
		"IncompleteReadError": IncompleteReadError, "LimitOverrunError": LimitOverrunError,
	} {
		m.Set(name, c)
	}
	m.Set("FIRST_COMPLETED", interp.Str("FIRST_COMPLETED"))
	m.Set("FIRST_EXCEPTION", interp.Str("FIRST_EXCEPTION"))
	m.Set("ALL_COMPLETED", interp.Str("ALL_COMPLETED"))
	m.AddFuncs(rt.moduleFuncs())
	m.AddFuncs(rt.graphFuncs())
	rt.addStreams(m)
	rt.addExtras(m)
	return m, nil
}

func (rt *Runtime) moduleFuncs() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"run": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var main, debug interp.Value
			if err := interp.UnpackArgsPy("run", args, kw, "main", &main, "*", "debug?", &debug); err != nil {
				return nil, err
			}
			if rt.nested {
				return rt.runNestedMain(f, main)
			}
			return rt.Run(main)
		},
		"sleep": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var delay, result interp.Value
			if err := interp.UnpackArgsPy("sleep", args, kw, "delay", &delay, "result?", &result); err != nil {
				return nil, err
			}
			if result == nil {
				result = interp.None
			}
			return rt.sleep(delay, result), nil
		},
		"create_task": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var coro, name, ctx interp.Value
			if err := interp.UnpackArgsPy("create_task", args, kw, "coro", &coro, "*", "name?", &name, "context?", &ctx); err != nil {
				return nil, err
			}
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, err
			}
			c, obj, ok, err := coroutineOf(f, coro)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "a coroutine was expected, got %s", mustRepr(f, coro))
			}
			t := ev.newTask(c, nil)
			t.setCoroObj(obj)
			if name != nil && name != interp.None {
				s, err := strOf(f, name)
				if err != nil {
					return nil, err
				}
				t.setName(interp.Str(s))
			}
			if err := t.useContext(ctx); err != nil {
				return nil, err
			}
			return t, nil
		},
		"ensure_future": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var v, lp interp.Value
			if err := interp.UnpackArgsPy("ensure_future", args, kw, "coro_or_future", &v, "*", "loop?", &lp); err != nil {
				return nil, err
			}
			ev, ok := lp.(*EventLoop)
			if !ok {
				var err *interp.Exception
				if ev, err = rt.currentLoop(); err != nil {
					return nil, err
				}
			}
			fut, err := ev.ensureFuture(f, v)
			if err != nil {
				return nil, err
			}
			return fut.value(), nil
		},
		"current_task": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := rt.loopArg("current_task", args, kw)
			if err != nil {
				return nil, err
			}
			if ev.current == nil {
				return interp.None, nil
			}
			return ev.current, nil
		},
		"all_tasks": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := rt.loopArg("all_tasks", args, kw)
			if err != nil {
				return nil, err
			}
			ts := ev.allTasks()
			items := make([]interp.Value, len(ts))
			for i, t := range ts {
				items[i] = t
			}
			return makeSet(f, items)
		},
		"get_running_loop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("get_running_loop", args, kw, 0); err != nil {
				return nil, err
			}
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, err
			}
			return ev, nil
		},
		"get_event_loop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("get_event_loop", args, kw, 0); err != nil {
				return nil, err
			}
			ev, err := rt.currentLoop()
			if err != nil {
				return nil, err
			}
			return ev, nil
		},
		"new_event_loop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("new_event_loop", args, kw, 0); err != nil {
				return nil, err
			}
			return rt.newLoop(), nil
		},
		"set_event_loop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("set_event_loop", args, kw, 1); err != nil {
				return nil, err
			}
			rt.setCalled = true
			switch lp := args[0].(type) {
			case *EventLoop:
				rt.defaultLoop = lp
			case interp.NoneType:
				rt.defaultLoop = nil
			default:
				return nil, interp.Errorf(interp.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", interp.TypeName(lp))
			}
			return interp.None, nil
		},
		"iscoroutine": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("iscoroutine", args, kw, 1); err != nil {
				return nil, err
			}
			ok, err := isCoroutineObject(f, args[0])
			return interp.Bool(ok), err
		},
		"iscoroutinefunction": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("iscoroutinefunction", args, kw, 1); err != nil {
				return nil, err
			}
			return interp.Bool(isCoroutineFunction(args[0])), nil
		},
		"isfuture": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("isfuture", args, kw, 1); err != nil {
				return nil, err
			}
			return interp.Bool(asFuture(args[0]) != nil), nil
		},
		"gather":       rt.gatherFunc,
		"shield":       rt.shieldFunc,
		"wait":         rt.waitFunc,
		"wait_for":     rt.waitForFunc,
		"as_completed": rt.asCompletedFunc,
		"timeout":      rt.timeoutFunc(false),
		"timeout_at":   rt.timeoutFunc(true),
		"to_thread":    rt.toThreadFunc,
	}
}

func (rt *Runtime) loopArg(name string, args []interp.Value, kw []interp.KV) (*EventLoop, *interp.Exception) {
	var lp interp.Value
	if err := interp.UnpackArgsPy(name, args, kw, "loop?", &lp); err != nil {
		return nil, err
	}
	if ev, ok := lp.(*EventLoop); ok {
		return ev, nil
	}
	return rt.runningLoop()
}

func isCoroutineFunction(v interp.Value) bool {
	switch x := v.(type) {
	case *interp.Function:
		return x.Code != nil && x.Code.Flags&compile.FlagCoroutine != 0
	case *interp.BoundMethod:
		return isCoroutineFunction(x.Func)
	}
	return false
}

// makeSet builds a Python set of items through the builtin set type.
func makeSet(f *interp.Fiber, items []interp.Value) (interp.Value, *interp.Exception) {
	if f == nil {
		return nil, interp.Errorf(interp.RuntimeError, "no fiber")
	}
	if b, ok := f.VM.Builtins.GetStr("set"); ok {
		return f.Call(b, []interp.Value{&interp.List{Items: items}}, nil)
	}
	return &interp.List{Items: items}, nil
}
