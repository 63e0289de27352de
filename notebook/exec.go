package notebook

// This file is where the kernel meets the session's event loop between
// cells. Under Jupyter, nbclient sends the next execute_request as soon as
// the previous reply arrives, and the kernel's loop runs meanwhile: a task
// created and not awaited takes its first steps, a gather left pending
// starts its children, a timer due within about a millisecond fires, and
// what they print lands in the next cell. Then the kernel is busy for a
// few milliseconds with the request before the cell's code runs (IPython's
// run_cell: transforming, compiling, history), and the loop waits.
// Measured with ipykernel 6, IPython 8.5 and nbclient 0.7: a 0.5 ms sleep
// ends before the next cell, a 2 ms one in the gap after it; a chain of
// sleep(0) runs a hundred steps or more; cells start 4 to 10 ms apart.

import "time"

const (
	// gapTime is how long the loop runs freely after a cell, on the
	// session's clock.
	gapTime = time.Millisecond
	// busyTime is how long the kernel then holds the loop before the next
	// cell's code runs.
	busyTime = 4 * time.Millisecond
)

// gap runs the time between two cells: the loop runs for gapTime (a timer
// callback ends it), then the clock moves on by busyTime with the loop
// held, as time.sleep would.
func (k *Kernel) gap() {
	if k.Count == 1 {
		return // no loop yet: nothing can be ready
	}
	sl := k.S.SessionLoop()
	done := make(chan struct{})
	k.S.VM.GIL.Lock()
	sl.Loop().Loop().CallLater(gapTime, func() { close(done) })
	k.S.VM.GIL.Unlock()
	k.S.RunLoopUntil(done)
	if c := k.S.VM.Clock; c != nil {
		c.Wait(busyTime, nil)
	} else {
		time.Sleep(busyTime)
	}
}

// Shutdown ends the kernel's session as the kernel's shutdown does:
// background tasks still pending are cancelled.
func (k *Kernel) Shutdown() {
	k.S.Shutdown(0)
}
