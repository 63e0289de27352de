// This file defines Handle, a scheduled callback, and Runner, what a
// callback is.

package loop

import "time"

// Runner is one callback: the loop calls Run. A func() is one through
// Func; an object whose own state says what to run (a task's next step,
// a sleep's timer) is one itself, which saves a closure per callback where
// a program schedules many (many_sleepers' 100,000 tasks).
type Runner interface{ Run() }

// Func is a func() as a Runner. Converting one to Runner does not
// allocate: a func value is a single pointer, stored in the interface as
// is.
type Func func()

// Run calls fn.
func (fn Func) Run() { fn() }

// A Handle is a callback scheduled on a Loop by CallSoon, CallAt, CallLater
// or Post. Its methods must be called on the loop's goroutine.
//
// Handle is three words (32 bytes, one of them inside every pending
// asyncio.sleep): its states are told apart by r and loop rather than by
// flags of their own.
type Handle struct {
	// r is the callback: nil once run, cancelled{} once cancelled (also
	// after it ran, as CPython's cancelled() says True then).
	r Runner
	// loop is the loop whose timer heap holds the handle, nil while it is
	// in none (so also for a CallSoon handle): CPython's _scheduled, and
	// the loop whose count of cancelled timers Cancel bumps.
	loop *Loop
	when time.Duration // deadline; timer handles only
}

// cancelled is the r of a cancelled Handle; it runs nothing.
type cancelled struct{}

func (cancelled) Run() {}

// Cancel prevents the handle's callback from running, if it has not run
// yet. Cancelling twice, or after the callback ran, does nothing. A
// cancelled timer stays in the heap until RunOnce drops it (lazily, as
// CPython does).
func (h *Handle) Cancel() {
	if h.Cancelled() {
		return
	}
	if h.loop != nil {
		h.loop.timerCancelled++
	}
	h.r = cancelled{} // also lets the callback's captures be collected
}

// Run is how the loop runs the handle: its callback, once, unless it was
// cancelled.
func (h *Handle) Run() {
	if r := h.r; r != nil && !h.Cancelled() {
		h.r = nil
		r.Run()
	}
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool {
	_, c := h.r.(cancelled)
	return c
}

// When reports a timer handle's deadline, in the loop's Time. For a handle
// made by CallSoon or Post it returns 0.
func (h *Handle) When() time.Duration { return h.when }

// KeepDelay sets the deadline of a handle not yet scheduled, for its owner to
// keep a duration there until CallAtInto, which overwrites it (asyncio.sleep
// keeps its delay there before its first step).
func (h *Handle) KeepDelay(d time.Duration) { h.when = d }
