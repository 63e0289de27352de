// This file defines Handle, a scheduled callback.

package loop

import "time"

// A Handle is a callback scheduled on a Loop by CallSoon, CallAt, CallLater
// or Post. Its methods must be called on the loop's goroutine.
type Handle struct {
	fn        func()
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
	h.fn = nil // let the callback's captures be collected
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When reports a timer handle's deadline, in the loop's Time. For a handle
// made by CallSoon or Post it returns 0.
func (h *Handle) When() time.Duration { return h.when }

// IsTimer reports whether the handle was made by CallAt or CallLater.
func (h *Handle) IsTimer() bool { return h.timer }
