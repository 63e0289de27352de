// This file defines VirtualClock: a Clock that skips the time during which
// everything is waiting for a deadline (asyncscript --clock=virtual).

package loop

import (
	"sync"
	"time"
)

// VirtualClock is a Clock that runs in real time while anything is
// working and jumps ahead to the next deadline when everything is waiting
// for one, so that asyncio.sleep(10) or time.sleep(10) costs no wall time.
//
// It counts actors: the goroutine that drives the loop (counted from the
// clock's creation), plus one for every outstanding Hold of a Loop using
// the clock (a worker thread, pending I/O). An actor that calls Wait
// stops counting until Wait returns. When no actor is counted, Now jumps
// forward to the earliest deadline among the Waits in progress and those
// Waits return; a Wait without a deadline (d < 0) only returns on wake.
// While some actor is counted (interpreted code running, a thread working,
// I/O pending), time flows as real time and a Wait lasts as long as it
// would on a RealClock.
//
// Now is the clock's start plus the real time elapsed since the clock was
// created plus every jump so far. It never returns the same value twice
// (two reads in a row differ by at least 1ns), so that timers scheduled
// one after the other get increasing deadlines and leave the heap in
// scheduling order, as they do in CPython, whose monotonic clock always
// moves between two reads.
//
// Every goroutine that calls Wait must be one of the counted actors.
// All methods are goroutine-safe.
type VirtualClock struct {
	mu      sync.Mutex
	origin  time.Time     // real time at creation
	offset  time.Duration // start + all the jumps so far
	last    time.Duration // the last value Now returned
	running int           // actors not inside Wait
	waiters []*virtualWaiter
}

// virtualWaiter is one Wait in progress.
type virtualWaiter struct {
	deadline time.Duration
	timed    bool          // false: waits for wake alone
	jumped   chan struct{} // closed when a jump reaches deadline
	gone     bool          // removed from waiters (by a jump or by leaving)
}

// NewVirtualClock returns a VirtualClock whose Now starts at start, with
// one actor (the goroutine that will drive the loop) counted.
func NewVirtualClock(start time.Duration) *VirtualClock {
	return &VirtualClock{origin: time.Now(), offset: start, last: start - 1, running: 1}
}

// Now reports the virtual time.
func (c *VirtualClock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now()
}

// now is Now with c.mu held.
func (c *VirtualClock) now() time.Duration {
	t := c.offset + time.Since(c.origin)
	if t <= c.last {
		t = c.last + 1
	}
	c.last = t
	return t
}

// Wait blocks until the virtual time has advanced by d or wake receives
// (see Clock); d == 0 only consumes a pending wake value. The calling
// actor is not counted while it waits. wake may be nil (a thread's
// time.sleep, which nothing interrupts).
func (c *VirtualClock) Wait(d time.Duration, wake <-chan struct{}) {
	if d == 0 {
		select {
		case <-wake:
		default:
		}
		return
	}
	c.mu.Lock()
	w := &virtualWaiter{jumped: make(chan struct{})}
	if d > 0 {
		w.timed, w.deadline = true, c.now()+d
	}
	c.waiters = append(c.waiters, w)
	c.running--
	c.jumpIfIdle()
	c.mu.Unlock()

	// Real time passes only while some actor is working; the real timer
	// covers that case, a jump closes w.jumped in the other.
	var timer *time.Timer
	var expired <-chan time.Time
	if w.timed {
		timer = time.NewTimer(d)
		defer timer.Stop()
		expired = timer.C
	}
	for {
		select {
		case <-w.jumped:
			return
		case <-wake:
			c.leave(w)
			return
		case <-expired:
			c.mu.Lock()
			left := w.deadline - c.now()
			if w.gone || left <= 0 {
				c.leaveLocked(w)
				c.mu.Unlock()
				return
			}
			c.mu.Unlock()
			timer.Reset(left)
		}
	}
}

// leave ends w's wait: the actor counts again.
func (c *VirtualClock) leave(w *virtualWaiter) {
	c.mu.Lock()
	c.leaveLocked(w)
	c.mu.Unlock()
}

// leaveLocked is leave with c.mu held. A waiter already woken by a jump
// was counted again by the jump.
func (c *VirtualClock) leaveLocked(w *virtualWaiter) {
	if w.gone {
		return
	}
	w.gone = true
	for i, x := range c.waiters {
		if x == w {
			c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
			break
		}
	}
	c.running++
}

// jumpIfIdle, with c.mu held, moves the time to the earliest deadline and
// wakes the waiters it reaches, if no actor is counted.
func (c *VirtualClock) jumpIfIdle() {
	if c.running > 0 {
		return
	}
	var next time.Duration
	found := false
	for _, w := range c.waiters {
		if w.timed && (!found || w.deadline < next) {
			next, found = w.deadline, true
		}
	}
	if !found {
		return // nothing to jump to: only a wake can end the waits
	}
	if now := c.now(); next > now {
		c.offset += next - now
		c.last = next
	}
	keep := c.waiters[:0]
	for _, w := range c.waiters {
		if w.timed && w.deadline <= c.last {
			// The waiter counts again from now, before its goroutine
			// wakes, so that no other jump can happen in between.
			w.gone = true
			c.running++
			close(w.jumped)
		} else {
			keep = append(keep, w)
		}
	}
	clear(c.waiters[len(keep):])
	c.waiters = keep
}

// addActors counts n more actors (n < 0: fewer); the loop calls it when
// a Hold is taken and released.
func (c *VirtualClock) addActors(n int) {
	c.mu.Lock()
	c.running += n
	c.jumpIfIdle()
	c.mu.Unlock()
}
