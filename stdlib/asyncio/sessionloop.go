package asyncio

// This file defines SessionLoop: the one event loop of an interactive
// session (the prompt, a notebook kernel), running from the first entry
// to the end of the session, as in CPython's Lib/asyncio/__main__.py
// (python3 -m asyncio) and ipykernel. Each entry runs inside a loop
// callback (AsyncIOInteractiveConsole.runcode's callback); an entry with
// top-level await runs as a task on the loop (repl_future), and the
// callers let the loop run between entries so that background tasks go on.

import (
	"time"

	"github.com/asyncscript/asyncscript/interp"
)

// SessionLoop is the event loop an interactive session keeps running for
// its whole life. Interpreted code sees it as the running loop
// (get_running_loop(), asyncio.run() refusing to start) during entries and
// while the caller lets it run between them; no other goroutine runs
// interpreted code meanwhile. All methods need the VM's GIL held by the
// caller, except Wake.
type SessionLoop struct {
	rt *Runtime
	ev *EventLoop
	// entry is the task of the entry running now (__main__.repl_future),
	// nil when the entry runs no task.
	entry *Task
	// interrupted is repl_future_interrupted: a Ctrl-C ended the entry.
	interrupted bool
	// exit is a SystemExit that escaped a task or callback between entries.
	exit *interp.Exception
	// deadlocked is the deadlock report of the running entry, "" if none.
	deadlocked string
	// EntryTaskName, when set, names the task of every entry with
	// top-level await, which then takes no Task-N number (an IPython
	// kernel awaits cells inside its own task, Task-3).
	EntryTaskName interp.Value
}

// StartSessionLoop makes the session's loop and marks it running for
// good: from now on asyncio.get_running_loop() returns it and
// asyncio.run() raises "cannot be called from a running event loop", as
// at python3 -m asyncio's prompt and in a Jupyter cell. A Ctrl-C
// (vm.Interrupt) while the loop waits raises KeyboardInterrupt out of the
// loop, which cancels the running entry (__main__.py's main loop).
func (rt *Runtime) StartSessionLoop() *SessionLoop {
	ev := rt.newLoop()
	rt.ev = ev
	ev.running = true
	rt.defaultLoop, rt.setCalled = ev, true // __main__.py: asyncio.set_event_loop(loop)
	sl := &SessionLoop{rt: rt, ev: ev}
	rt.vm.SetInterruptWake(func() { ev.l.Post(ev.takeInterrupt) })
	return sl
}

// ReserveTaskNumbers makes the next unnamed task Task-(N+n+1) instead of
// Task-(N+1): an IPython kernel's own tasks take Task-1 to Task-3 before
// the first cell runs.
func (rt *Runtime) ReserveTaskNumbers(n int) { rt.taskCounter += n }

// Loop returns the session's event loop.
func (sl *SessionLoop) Loop() *EventLoop { return sl.ev }

// Wake makes a waiting RunUntil check its condition again; safe from any
// goroutine (terminal input arriving).
func (sl *SessionLoop) Wake() { sl.ev.l.Post(func() {}) }

// Hold keeps the loop waiting for a Post even when nothing else is
// pending (as a terminal reader does); release ends it. Safe from any
// goroutine.
func (sl *SessionLoop) Hold() (release func()) { return sl.ev.l.Hold() }

// Post hands fn to the loop from any goroutine (call_soon_threadsafe).
func (sl *SessionLoop) Post(fn func()) { sl.ev.l.Post(fn) }

// EntryOutcome is what one entry came to.
type EntryOutcome struct {
	// Value is what the entry's code returned (None for a module body).
	Value interp.Value
	// Exc is the uncaught exception, nil when the entry completed.
	Exc *interp.Exception
	// Interrupted: a Ctrl-C cancelled the entry's task (CPython's console
	// then writes "\nKeyboardInterrupt\n" instead of a traceback), or
	// raised KeyboardInterrupt in its code.
	Interrupted bool
	// Deadlock is the report (deadlock.go) of an entry whose task waited
	// with nothing left that could wake it: the task was cancelled and
	// the entry ended. Only when the runtime's WaitOnDeadlock is off.
	Deadlock string
}

// RunEntry runs one entry as AsyncIOInteractiveConsole.runcode does: body
// runs inside a loop callback on fiber f; a coroutine it returns (the
// module of an entry with top-level await) becomes a task on the loop, and
// RunEntry lets the loop run until that task is done. Ctrl-C meanwhile
// cancels the task; background tasks keep running afterwards.
func (sl *SessionLoop) RunEntry(f *interp.Fiber, body func(f *interp.Fiber) (interp.Value, *interp.Exception)) EntryOutcome {
	ev, rt := sl.ev, sl.rt
	var out EntryOutcome
	done := false
	sl.entry, sl.interrupted = nil, false
	ev.l.CallSoon(func() {
		prev := rt.cur
		rt.cur = f
		v, exc := body(f)
		rt.cur = prev
		if exc != nil {
			if exc.Matches(interp.KeyboardInterrupt) {
				sl.interrupted = true
			}
			out.Exc, done = exc, true
			return
		}
		c, ok := v.(*interp.Coroutine)
		if !ok {
			out.Value, done = v, true
			return
		}
		t := ev.newTask(c, sl.EntryTaskName)
		sl.entry = t
		t.AddDoneCallback(func(fut *Future) {
			out.Value, out.Exc = fut.getResult()
			done = true
		}, func() string {
			return "_chain_future.<locals>._call_set_state() at " + cpythonAsyncio + "futures.py:381"
		})
	})
	sl.deadlocked = ""
	sl.runUntil(func() bool { return done || sl.exit != nil }, true)
	if sl.deadlocked != "" {
		out.Exc, out.Deadlock = nil, sl.deadlocked
	}
	if !done && sl.exit != nil {
		out.Exc = sl.exit
	}
	sl.exit = nil
	out.Interrupted = sl.interrupted
	sl.entry = nil
	if out.Value == nil {
		out.Value = interp.None
	}
	return out
}

// RunUntil lets the loop run (timers, tasks, callbacks posted from other
// goroutines) until stop returns true; stop is checked before each
// iteration and after each wake. A KeyboardInterrupt out of the loop
// cancels the entry's task, if one is running (it is dropped otherwise,
// as __main__.py's `except KeyboardInterrupt: ... continue`); a
// SystemExit out of a task or callback ends RunUntil and is kept for
// Exit.
func (sl *SessionLoop) RunUntil(stop func() bool) { sl.runUntil(stop, false) }

// runUntil is RunUntil; with entry, an idle loop whose entry task still
// waits is a deadlock, reported unless the runtime waits on deadlocks:
// the report is kept in sl.deadlocked and the task cancelled.
func (sl *SessionLoop) runUntil(stop func() bool, entry bool) {
	ev := sl.ev
	check := func() bool { return ev.fatalExc != nil || stop() }
	for {
		idle := ev.l.Run(check)
		if e := ev.fatalExc; e != nil {
			ev.fatalExc = nil
			if e.Matches(interp.SystemExit) {
				sl.exit = e
				return
			}
			if t := sl.entry; t != nil && !t.Done() {
				t.cancel(nil)
				sl.interrupted = true
			}
			continue
		}
		if stop() {
			return
		}
		if idle {
			if t := sl.entry; entry && t != nil && !t.Done() && !sl.rt.WaitOnDeadlock && sl.deadlocked == "" {
				sl.deadlocked = ev.deadlockReport(&t.Future)
				t.cancel(nil)
				continue
			}
			ev.l.WaitPost()
		}
	}
}

// RunFor lets the loop run for d of its own time (virtual time jumps).
func (sl *SessionLoop) RunFor(d time.Duration) {
	done := false
	h := sl.ev.l.CallLater(d, func() { done = true })
	sl.RunUntil(func() bool { return done })
	h.Cancel()
}

// TakeExit returns (and forgets) a SystemExit that escaped a background
// task or callback while the loop ran between entries, nil if none.
func (sl *SessionLoop) TakeExit() *interp.Exception {
	e := sl.exit
	sl.exit = nil
	return e
}

// Shutdown is what asyncio.run's Runner.close does with the loop at the
// end of the session: the remaining tasks are cancelled and awaited, async
// generators and the default executor shut down, the loop closed, and
// exceptions nobody retrieved reported. The loop is no longer running
// afterwards.
func (sl *SessionLoop) Shutdown() {
	ev, rt := sl.ev, sl.rt
	if ev.closed {
		return
	}
	rt.vm.SetInterruptWake(nil)
	ev.running = false
	rt.ev = nil
	ev.shutdown(nil)
	rt.defaultLoop = nil
}
