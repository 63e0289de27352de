package interp

// This file defines the GIL: the lock held by whichever goroutine runs
// interpreted code. It counts waiters so the dispatch loop can hand it
// over every SwitchInterval when someone (a to_thread worker, the event
// loop) is waiting, as CPython's eval loop does every 5 ms.

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// SwitchInterval is how long interpreted code keeps the GIL while another
// goroutine waits for it (CPython's sys.getswitchinterval()).
const SwitchInterval = 5 * time.Millisecond

// GIL is a mutex that knows whether anyone is waiting for it.
type GIL struct {
	mu       sync.Mutex
	waiting  atomic.Int32
	acquired time.Time
}

// Lock acquires the GIL.
func (g *GIL) Lock() {
	g.waiting.Add(1)
	g.mu.Lock()
	g.waiting.Add(-1)
	g.acquired = time.Now()
}

// TryLock acquires the GIL if it is free.
func (g *GIL) TryLock() bool {
	if g.mu.TryLock() {
		g.acquired = time.Now()
		return true
	}
	return false
}

// Unlock releases the GIL.
func (g *GIL) Unlock() { g.mu.Unlock() }

// yieldIfWanted lets a waiting goroutine run when the holder has had the
// GIL for a switch interval. Called between instructions only.
func (g *GIL) yieldIfWanted() {
	if g.waiting.Load() == 0 || time.Since(g.acquired) < SwitchInterval {
		return
	}
	g.mu.Unlock()
	runtime.Gosched()
	g.Lock()
}
