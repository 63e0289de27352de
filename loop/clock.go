// This file defines the loop's notion of time: the Clock interface, the
// real monotonic clock and a fake clock for tests.

package loop

import (
	"sync"
	"time"
)

// A Clock tells the loop the time and lets it sleep.
//
// Now reports the time elapsed since some fixed origin; it must never go
// backwards. Wait blocks until d has elapsed or a value is received from
// wake, whichever comes first; d == 0 only consumes a pending wake value, if
// any, and d < 0 waits for wake alone. A Clock is used by one Loop; Wait is
// only called from the goroutine running that Loop.
type Clock interface {
	Now() time.Duration
	Wait(d time.Duration, wake <-chan struct{})
}

// RealClock is a Clock backed by the process's monotonic clock. Now is the
// time since the clock was created. Waiting uses one reusable time.Timer, so
// a sleeping loop costs no CPU and no allocation.
type RealClock struct {
	start time.Time
	timer *time.Timer
}

// NewRealClock returns a RealClock whose origin is now.
func NewRealClock() *RealClock { return &RealClock{start: time.Now()} }

// Now reports the monotonic time elapsed since the clock was created.
func (c *RealClock) Now() time.Duration { return time.Since(c.start) }

// Wait blocks until d has elapsed or wake receives (see Clock).
func (c *RealClock) Wait(d time.Duration, wake <-chan struct{}) {
	switch {
	case d == 0:
		select {
		case <-wake:
		default:
		}
		return
	case d < 0:
		<-wake
		return
	}
	if c.timer == nil {
		c.timer = time.NewTimer(d)
	} else {
		// Since Go 1.23 Reset discards any stale expiry, so no drain is needed.
		c.timer.Reset(d)
	}
	select {
	case <-c.timer.C:
	case <-wake:
		c.timer.Stop()
	}
}

// FakeClock is a Clock for tests: time stands still until the loop waits,
// and a wait of d advances it by exactly d at once (unless a wake value is
// already pending, in which case the wait returns without advancing). A
// wait for wake alone (d < 0) really blocks. The zero value starts at 0.
// Now and Advance are goroutine-safe.
type FakeClock struct {
	mu  sync.Mutex
	now time.Duration
}

// NewFakeClock returns a FakeClock whose time is start.
func NewFakeClock(start time.Duration) *FakeClock { return &FakeClock{now: start} }

// Now reports the fake time.
func (c *FakeClock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the fake time forward by d (d must not be negative).
func (c *FakeClock) Advance(d time.Duration) {
	if d < 0 {
		panic("loop: FakeClock.Advance with negative duration")
	}
	c.mu.Lock()
	c.now += d
	c.mu.Unlock()
}

// Wait returns at once if wake has a value; otherwise it advances the time
// by d, or, if d < 0, blocks until wake receives.
func (c *FakeClock) Wait(d time.Duration, wake <-chan struct{}) {
	if d < 0 {
		<-wake
		return
	}
	select {
	case <-wake:
		return
	default:
	}
	if d > 0 {
		c.Advance(d)
	}
}
