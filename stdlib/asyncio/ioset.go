package asyncio

// This file keeps the loop's open I/O objects (sockets, listening
// sockets, subprocess pipes): closing the loop closes them, so that no
// goroutine of theirs outlives the loop.

// ioCloser is an open I/O object of a loop.
type ioCloser interface{ shutdownIO() }

func (ev *EventLoop) ioAdd(c ioCloser) {
	if ev.io == nil {
		ev.io = map[ioCloser]struct{}{}
	}
	ev.io[c] = struct{}{}
}

func (ev *EventLoop) ioRemove(c ioCloser) { delete(ev.io, c) }

// closeIO closes every I/O object still open (loop.close()).
func (ev *EventLoop) closeIO() {
	for len(ev.io) > 0 {
		for c := range ev.io {
			delete(ev.io, c)
			c.shutdownIO()
		}
	}
}
