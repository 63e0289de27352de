// This file defines the inbox: the goroutine-safe queue through which other
// goroutines hand callbacks to the loop.

package loop

import (
	"sync"
	"sync/atomic"
)

// inbox is a mutex-guarded slice plus a 1-buffered wake channel. Producers
// append and then poke wake (dropping the poke if one is already pending);
// the loop swaps in an empty slice to take everything at once. A poke is
// never lost: a producer appends before poking, so either the loop's next
// drain sees the item or the poke is still in the channel for its next wait.
//
// pending mirrors len(items) > 0 (written under mu) so that the loop's
// per-iteration checks need no lock when nothing was posted.
type inbox struct {
	mu      sync.Mutex
	items   []func()
	pending atomic.Bool
	wake    chan struct{}
}

func newInbox() *inbox { return &inbox{wake: make(chan struct{}, 1)} }

// post appends fn and wakes the loop. Goroutine-safe.
func (in *inbox) post(fn func()) {
	in.mu.Lock()
	in.items = append(in.items, fn)
	in.pending.Store(true)
	in.mu.Unlock()
	in.poke()
}

// poke wakes the loop if it is waiting, or makes its next wait return at
// once. Goroutine-safe.
func (in *inbox) poke() {
	select {
	case in.wake <- struct{}{}:
	default:
	}
}

// empty reports whether nothing is waiting in the inbox.
func (in *inbox) empty() bool { return !in.pending.Load() }

// drain returns everything posted so far, in post order, and installs spare
// (emptied) as the new buffer. The caller owns the returned slice and hands
// it back, cleared, as the next spare. An item posted concurrently with a
// drain that misses it is taken by the next one (its poke wakes the loop).
func (in *inbox) drain(spare []func()) []func() {
	if !in.pending.Load() {
		return spare[:0]
	}
	in.mu.Lock()
	got := in.items
	in.items = spare[:0]
	in.pending.Store(false)
	in.mu.Unlock()
	return got
}
