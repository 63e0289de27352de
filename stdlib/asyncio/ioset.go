package asyncio

// This file keeps the loop's open I/O objects (sockets, listening
// sockets, subprocess pipes): closing the loop closes them, so that no
// goroutine of theirs outlives the loop. It also pairs connections made
// to a server of the same loop with their accept (see awaitAccept).

import (
	"net"
	"time"

	"github.com/asyncscript/asyncscript/loop"
)

// ioCloser is an open I/O object of a loop.
type ioCloser interface{ shutdownIO() }

// ioState is the I/O bookkeeping of one loop.
type ioState struct {
	open map[ioCloser]struct{}
	// dialWait holds the completions of connections to one of this
	// loop's listeners, keyed by the client's local address, until the
	// server side accepted them.
	dialWait map[string]func()
	// accepted holds the peer addresses of connections a listener of this
	// loop accepted before the client side saw its connect complete.
	accepted map[string]bool
}

func (ev *EventLoop) ioAdd(c ioCloser) {
	if ev.io.open == nil {
		ev.io.open = map[ioCloser]struct{}{}
	}
	ev.io.open[c] = struct{}{}
}

func (ev *EventLoop) ioRemove(c ioCloser) { delete(ev.io.open, c) }

// closeIO closes every I/O object still open (loop.close()).
func (ev *EventLoop) closeIO() {
	for len(ev.io.open) > 0 {
		for c := range ev.io.open {
			delete(ev.io.open, c)
			c.shutdownIO()
		}
	}
	ev.releaseDialWaits()
}

// awaitAccept runs done once a listener of this loop accepted conn, when
// conn goes to one of them; at once otherwise. In CPython the client's
// connect and the server's accept become ready in the same select() and
// run in the same loop iteration, so the server's _accept_connection2
// task always exists before open_connection returns; two goroutines
// posting give no such order, and this restores it.
func (ev *EventLoop) awaitAccept(conn net.Conn, done func()) {
	ra, ok := conn.RemoteAddr().(*net.TCPAddr)
	if !ok || !ev.ownsListenerFor(ra) {
		done()
		return
	}
	key := conn.LocalAddr().String()
	if ev.io.accepted[key] {
		delete(ev.io.accepted, key)
		done()
		return
	}
	if ev.io.dialWait == nil {
		ev.io.dialWait = map[string]func(){}
	}
	fired := false
	var timer *loop.Handle
	fire := func() {
		if !fired {
			fired = true
			timer.Cancel()
			delete(ev.io.dialWait, key)
			done()
		}
	}
	ev.io.dialWait[key] = fire
	// a server that never accepts it (closed meanwhile) must not hang
	// the client
	timer = ev.l.CallAt(ev.l.Time()+time.Second, fire)
}

// accepted completes the client side of conn (accepted by a server of
// this loop), if it waits.
func (ev *EventLoop) acceptedLocal(conn net.Conn) {
	key := conn.RemoteAddr().String()
	if fire, ok := ev.io.dialWait[key]; ok {
		fire()
		return
	}
	ra, ok := conn.RemoteAddr().(*net.TCPAddr)
	if !ok || !ra.IP.IsLoopback() {
		return // not a client of this process
	}
	if ev.io.accepted == nil || len(ev.io.accepted) > 4096 {
		ev.io.accepted = map[string]bool{}
	}
	ev.io.accepted[key] = true
}

func (ev *EventLoop) releaseDialWaits() {
	for _, fire := range ev.io.dialWait {
		fire()
	}
}

func (ev *EventLoop) ownsListenerFor(ra *net.TCPAddr) bool {
	for c := range ev.io.open {
		l, ok := c.(*listener)
		if !ok || l.closed {
			continue
		}
		la, ok := l.ln.Addr().(*net.TCPAddr)
		if !ok || la.Port != ra.Port {
			continue
		}
		if la.IP.IsUnspecified() || la.IP.Equal(ra.IP) {
			return true
		}
	}
	return false
}
