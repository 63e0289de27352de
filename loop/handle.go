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
type Handle struct {
	r         Runner // the callback; nil once run or cancelled
	loop      *Loop
	when      time.Duration // deadline; timer handles only
	timer     bool          // created by CallAt/CallLater
	scheduled bool          // in the loop's timer heap (CPython's _scheduled)
	cancelled bool
}

// Cancel prevents the handle's callback from running, if it has not run
// yet. Cancelling twice, or after the callback ran, does nothing. A
// cancelled timer stays in the heap until RunOnce drops it (lazily, as
// CPython does).
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	if h.scheduled {
		h.loop.timerCancelled++
	}
	h.cancelled = true
	h.r = nil // let the callback's captures be collected
}

// Run is how the loop runs the handle: its callback, once, unless it was
// cancelled.
func (h *Handle) Run() {
	if r := h.r; r != nil && !h.cancelled {
		h.r = nil
		r.Run()
	}
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When reports a timer handle's deadline, in the loop's Time. For a handle
// made by CallSoon or Post it returns 0.
func (h *Handle) When() time.Duration { return h.when }

// KeepDelay sets the deadline of a handle not yet scheduled, for its owner to
// keep a duration there until CallAtInto, which overwrites it (asyncio.sleep
// keeps its delay there before its first step).
func (h *Handle) KeepDelay(d time.Duration) { h.when = d }

// IsTimer reports whether the handle was made by CallAt or CallLater.
func (h *Handle) IsTimer() bool { return h.timer }
