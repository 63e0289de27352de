package interp

// This file defines how file objects block: a system call on a file made
// by a worker thread (to_thread, run_in_executor: what aiofiles does)
// runs with the GIL released, as CPython's file I/O releases it, so that
// the event loop and other threads run on while it waits (a read from a
// FIFO or a slow disk must not freeze the program). A file's lock keeps
// two threads from using its buffer at once; it is only ever waited for
// without the GIL held, or by the GIL's holder while the lock's holder
// does not need the GIL, so the two never deadlock.

import "sync"

// blockingIO runs fn, which must touch no interpreter state (no VM, no
// memory checks), holding mu; on a worker fiber the GIL is released
// around it.
func blockingIO(f *Fiber, mu *sync.Mutex, fn func()) {
	if f != nil && f.Worker {
		reacquire := releaseGIL(f.VM)
		defer reacquire()
	}
	if mu != nil {
		mu.Lock()
		defer mu.Unlock()
	}
	fn()
}
