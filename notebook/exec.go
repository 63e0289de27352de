package notebook

// This file is where the kernel meets the session's event loop between
// cells. Under Jupyter, nbclient sends the next execute_request as soon as
// the previous reply arrives; in that gap the kernel's loop runs what is
// ready (a task created and not awaited takes its first step, a gather
// left pending starts its children), and what those print lands in the
// next cell. Timers are not waited for: a task sleeping in the background
// goes on during later cells that await, or not at all.

// gap lets the session loop run its ready callbacks before a cell: a
// callback posted now (call_soon_threadsafe) runs after them and ends the
// gap.
func (k *Kernel) gap() {
	if k.Count == 1 {
		return // no loop yet: nothing can be ready
	}
	done := make(chan struct{})
	k.S.Post(func() { close(done) })
	k.S.RunLoopUntil(done)
}

// Shutdown ends the kernel's session as the kernel's shutdown does:
// background tasks still pending are cancelled.
func (k *Kernel) Shutdown() {
	k.S.Shutdown(0)
}
