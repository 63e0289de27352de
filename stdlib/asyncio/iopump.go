package asyncio

// This file defines the two halves of non-blocking I/O on a file
// descriptor that transports share: readPump, a goroutine that does the
// blocking reads and hands each chunk to the loop, and writePump, which
// sends at once when the kernel takes the data (as CPython's
// transports try sock.send before registering a writer) and otherwise
// flushes the rest on a goroutine. Both reach the loop only through
// loop.Post, holding a loop.Hold until their goroutine ends; interpreted
// code never runs on them.

import (
	"errors"
	"io"
	"syscall"
)

// minReadSize is a pump's first buffer size.
const minReadSize = 16 * 1024

// readChunk is what one read handed to the loop: data (valid only during
// the delivery callback) and the error that ended the reads, if any.
type readChunk struct {
	data []byte
	err  error
}

// readPump reads r on a goroutine, one chunk at a time: after posting a
// chunk the goroutine waits for a token, given once the loop delivered it
// and reading is not paused (the selector's reader callback, with
// pause_reading/resume_reading removing and re-adding it).
type readPump struct {
	ev      *EventLoop
	r       io.Reader
	size    int
	deliver func(c readChunk)
	token   chan struct{}
	done    chan struct{}
	started bool
	filled  bool // the last read filled the buffer (the goroutine's own)
	waiting bool // the goroutine waits for a token
	paused  bool
	stopped bool
}

func newReadPump(ev *EventLoop, r io.Reader, size int, deliver func(readChunk)) *readPump {
	return &readPump{ev: ev, r: r, size: size, deliver: deliver, token: make(chan struct{}, 1), done: make(chan struct{})}
}

// start begins reading (the first _add_reader). Later calls resume.
func (p *readPump) start() {
	if p.stopped {
		return
	}
	if p.started {
		p.resume()
		return
	}
	p.started = true
	release := p.ev.l.Hold()
	// The buffer starts small and doubles while reads fill it, up to
	// size: idle connections stay cheap, bulk transfers get big reads.
	buf := make([]byte, min(p.size, minReadSize))
	go func() {
		defer release()
		for {
			if n := len(buf); n < p.size && p.filled {
				buf = make([]byte, min(2*n, p.size))
			}
			n, err := p.r.Read(buf)
			p.filled = n == len(buf)
			c := readChunk{data: buf[:n], err: err}
			if n == 0 && err == nil {
				continue
			}
			p.ev.l.Post(func() { p.got(c) })
			if err != nil {
				return
			}
			select {
			case <-p.token:
			case <-p.done:
				return
			}
		}
	}()
}

// got runs on the loop with one chunk.
func (p *readPump) got(c readChunk) {
	if p.stopped {
		return
	}
	p.waiting = c.err == nil
	if len(c.data) > 0 {
		p.deliver(readChunk{data: c.data})
	}
	if c.err != nil && !p.stopped {
		p.deliver(readChunk{err: c.err})
	}
	p.next()
}

func (p *readPump) next() {
	if p.waiting && !p.paused && !p.stopped {
		p.waiting = false
		p.token <- struct{}{}
	}
}

func (p *readPump) pause() { p.paused = true }

func (p *readPump) resume() {
	p.paused = false
	p.next()
}

// stop ends the reads for good (the reader removed and never re-added);
// the goroutine exits after its current read, which closing the file
// ends.
func (p *readPump) stop() {
	if !p.stopped {
		p.stopped = true
		close(p.done)
	}
}

// writePump buffers what the kernel did not take and flushes it on a
// goroutine. buf holds every byte not yet written (get_write_buffer_size),
// the first inflight of them being written by the goroutine.
type writePump struct {
	ev       *EventLoop
	w        io.Writer
	raw      syscall.RawConn // nil: every write goes through the goroutine
	buf      []byte
	inflight bool
	// flushed runs on the loop when a flush finished (err nil: the
	// buffer is empty or holds what was appended meanwhile).
	flushed func(err error)
}

// trySend writes what the kernel takes now without blocking (sock.send on
// a non-blocking socket); a full buffer is n=0, err=nil.
func (p *writePump) trySend(data []byte) (int, error) {
	if p.raw == nil {
		return 0, nil
	}
	n, err := rawWrite(p.raw, data)
	if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EINTR) {
		return 0, nil
	}
	if n < 0 {
		n = 0
	}
	return n, err
}

// flush starts the goroutine that writes buf out.
func (p *writePump) flush() {
	if p.inflight || len(p.buf) == 0 {
		return
	}
	p.inflight = true
	chunk := p.buf
	release := p.ev.l.Hold()
	go func() {
		n, err := p.w.Write(chunk)
		p.ev.l.Post(func() {
			release()
			p.inflight = false
			if p.buf == nil {
				return // cleared by a forced close
			}
			p.buf = p.buf[n:]
			if len(p.buf) == 0 {
				p.buf = p.buf[:0:0]
			}
			p.flushed(err)
		})
	}()
}

// clear drops what is left to write.
func (p *writePump) clear() { p.buf = nil }
