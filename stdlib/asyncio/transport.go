package asyncio

// This file defines the socket transport, selector_events.
// _SelectorSocketTransport over a net.Conn: connection_made and the
// first read scheduled with call_soon, data_received per chunk, EOF
// through eof_received, writes sent at once or buffered with the
// _FlowControlMixin water marks (64 KiB / 16 KiB), close and abort
// scheduling connection_lost, and the Python-visible transport object.

import (
	"errors"
	"io"
	"net"
	"strconv"
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// protocol is the Go side of asyncio.Protocol that transports call.
type protocol interface {
	connectionMade(t transport)
	dataReceived(data []byte)
	eofReceived() bool
	connectionLost(exc *interp.Exception)
	pauseWriting()
	resumeWriting()
}

// transport is what StreamWriter and the protocols use of a transport.
type transport interface {
	write(data []byte) *interp.Exception
	writeEOF() *interp.Exception
	canWriteEOF() bool
	close()
	abort()
	isClosing() bool
	extraInfo(name string) (interp.Value, bool)
	writeBufferSize() int
	pauseReading()
	resumeReading()
	isReading() bool
	repr() string
}

const (
	// sockMaxSize is _SelectorTransport.max_size, the largest recv().
	sockMaxSize = 256 * 1024
	// Write buffer limits of transports._FlowControlMixin.
	defaultHighWater = 64 * 1024
	defaultLowWater  = defaultHighWater / 4
	// constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES
	connLostWriteThreshold = 5
)

// flowControl is transports._FlowControlMixin: pause the protocol's
// writing above the high-water mark, resume it at or below the low one.
type flowControl struct {
	paused    bool
	high, low int
}

func (fc *flowControl) maybePause(size int, p protocol) {
	if size <= fc.high || fc.paused {
		return
	}
	fc.paused = true
	p.pauseWriting()
}

func (fc *flowControl) maybeResume(size int, p protocol) {
	if fc.paused && size <= fc.low {
		fc.paused = false
		p.resumeWriting()
	}
}

// sockTransport is _SelectorSocketTransport.
type sockTransport struct {
	ev       *EventLoop
	conn     net.Conn
	fd       int
	proto    protocol
	server   *Server
	sockname interp.Value
	peername interp.Value
	rp       *readPump
	wp       writePump
	fc       flowControl
	connLost int
	closing  bool
	paused   bool
	eof      bool
	closed   bool // _sock is None
	py       *TransportValue
}

// newSockTransport is _SelectorSocketTransport.__init__: the transport
// attaches to its server, then connection_made, the first read and the
// waiter's result are scheduled, in that order.
func newSockTransport(ev *EventLoop, conn net.Conn, proto protocol, waiter *Future, server *Server) *sockTransport {
	t := &sockTransport{ev: ev, conn: conn, proto: proto, server: server, fd: -1}
	t.fc.high, t.fc.low = defaultHighWater, defaultLowWater
	t.sockname = addrValue(conn.LocalAddr())
	t.peername = addrValue(conn.RemoteAddr())
	if _, ok := conn.(*net.UnixConn); ok {
		// an unnamed Unix socket's address is '' in Python
		if t.sockname == interp.None {
			t.sockname = interp.Str("")
		}
		if t.peername == interp.None {
			t.peername = interp.Str("")
		}
	}
	t.wp = writePump{ev: ev, w: conn, flushed: t.flushed}
	if sc, ok := conn.(syscall.Conn); ok {
		if raw, err := sc.SyscallConn(); err == nil {
			t.wp.raw = raw
			t.fd = rawFd(raw)
		}
	}
	t.rp = newReadPump(ev, conn, sockMaxSize, t.readReady)
	if server != nil {
		server.attach()
	}
	ev.ioAdd(t)
	ev.l.CallSoon(func() { proto.connectionMade(t) })
	ev.l.CallSoon(func() {
		if t.isReading() {
			t.rp.start()
		}
	})
	if waiter != nil {
		ev.l.CallSoon(func() {
			if !waiter.Cancelled() && !waiter.Done() {
				waiter.SetResult(interp.None)
			}
		})
	}
	return t
}

// addrValue is a socket address as Python shows it: (host, port) for
// IPv4, (host, port, flowinfo, scope_id) for IPv6.
func addrValue(a net.Addr) interp.Value {
	if ua, ok := a.(*net.UnixAddr); ok {
		if ua == nil || ua.Name == "@" {
			return interp.Str("")
		}
		return interp.Str(ua.Name)
	}
	ta, ok := a.(*net.TCPAddr)
	if !ok || ta == nil {
		return interp.None
	}
	if ta.IP.To4() != nil {
		return interp.Tuple{interp.Str(ta.IP.String()), interp.Int(ta.Port)}
	}
	return interp.Tuple{interp.Str(ta.IP.String()), interp.Int(ta.Port), interp.Int(0), interp.Int(0)}
}

func (t *sockTransport) isClosing() bool { return t.closing }
func (t *sockTransport) isReading() bool { return !t.closing && !t.paused }

func (t *sockTransport) pauseReading() {
	if !t.isReading() {
		return
	}
	t.paused = true
	t.rp.pause()
}

func (t *sockTransport) resumeReading() {
	if t.closing || !t.paused {
		return
	}
	t.paused = false
	t.rp.start()
}

// readReady is _read_ready__data_received / _read_ready__on_eof for one
// chunk the pump read.
func (t *sockTransport) readReady(c readChunk) {
	if t.connLost > 0 || t.closing {
		return
	}
	if c.err != nil {
		if errors.Is(c.err, io.EOF) {
			t.rp.stop()
			if !t.proto.eofReceived() {
				t.close()
			}
			return
		}
		t.fatalError(osErrorFromGo(c.err))
		return
	}
	t.proto.dataReceived(c.data)
}

// write is _SelectorSocketTransport.write.
func (t *sockTransport) write(data []byte) *interp.Exception {
	if t.eof {
		return interp.Errorf(interp.RuntimeError, "Cannot call write() after write_eof()")
	}
	if len(data) == 0 {
		return nil
	}
	if t.connLost > 0 {
		if t.connLost >= connLostWriteThreshold {
			t.ev.rt.logError("socket.send() raised exception.", nil)
		}
		t.connLost++
		return nil
	}
	if len(t.wp.buf) == 0 {
		n, err := t.wp.trySend(data)
		if err != nil {
			t.fatalError(osErrorFromGo(err))
			return nil
		}
		data = data[n:]
		if len(data) == 0 {
			return nil
		}
		t.wp.buf = append(t.wp.buf, data...)
		t.wp.flush()
	} else {
		t.wp.buf = append(t.wp.buf, data...)
	}
	t.fc.maybePause(len(t.wp.buf), t.proto)
	return nil
}

// flushed is the end of _write_ready once the flush goroutine is done.
func (t *sockTransport) flushed(err error) {
	if t.connLost > 0 {
		return
	}
	if err != nil {
		t.wp.clear()
		t.fatalError(osErrorFromGo(err))
		return
	}
	t.fc.maybeResume(len(t.wp.buf), t.proto)
	if len(t.wp.buf) > 0 {
		t.wp.flush()
		return
	}
	if t.closing {
		t.callConnectionLost(nil)
	} else if t.eof {
		t.shutdownWrite()
	}
}

func (t *sockTransport) shutdownWrite() {
	if cw, ok := t.conn.(interface{ CloseWrite() error }); ok {
		cw.CloseWrite()
	}
}

func (t *sockTransport) writeEOF() *interp.Exception {
	if t.closing || t.eof {
		return nil
	}
	t.eof = true
	if len(t.wp.buf) == 0 {
		t.shutdownWrite()
	}
	return nil
}

func (t *sockTransport) canWriteEOF() bool    { return true }
func (t *sockTransport) writeBufferSize() int { return len(t.wp.buf) }

// close is _SelectorTransport.close.
func (t *sockTransport) close() {
	if t.closing {
		return
	}
	t.closing = true
	t.rp.pause()
	if len(t.wp.buf) == 0 {
		t.connLost++
		t.ev.l.CallSoon(func() { t.callConnectionLost(nil) })
	}
}

func (t *sockTransport) abort() { t.forceClose(nil) }

// fatalError is _fatal_error: OSErrors are only logged in debug mode;
// the connection is force-closed with the error.
func (t *sockTransport) fatalError(exc *interp.Exception) {
	t.forceClose(exc)
}

// forceClose is _SelectorTransport._force_close.
func (t *sockTransport) forceClose(exc *interp.Exception) {
	if t.connLost > 0 {
		return
	}
	if len(t.wp.buf) > 0 {
		t.wp.clear()
	}
	if !t.closing {
		t.closing = true
		t.rp.pause()
	}
	t.connLost++
	t.ev.l.CallSoon(func() { t.callConnectionLost(exc) })
}

// callConnectionLost is _call_connection_lost: the protocol hears of it,
// the socket is closed, the server detached.
func (t *sockTransport) callConnectionLost(exc *interp.Exception) {
	if t.closed {
		return
	}
	t.proto.connectionLost(exc)
	t.shutdownIO()
	if s := t.server; s != nil {
		t.server = nil
		s.detach()
	}
}

// shutdownIO closes the socket and ends its goroutines (also when the
// loop closes with the transport still open).
func (t *sockTransport) shutdownIO() {
	if t.closed {
		return
	}
	t.closed = true
	t.rp.stop()
	t.conn.Close()
	t.ev.ioRemove(t)
}

func (t *sockTransport) extraInfo(name string) (interp.Value, bool) {
	switch name {
	case "peername":
		return t.peername, true
	case "sockname":
		return t.sockname, true
	case "socket":
		return &TransportSocket{cls: t.ev.rt.classes().streams.TransportSocket, fd: t.fd, local: t.conn.LocalAddr(), remote: t.conn.RemoteAddr(), closed: func() bool { return t.closed }}, true
	}
	return nil, false
}

// repr is _SelectorTransport.__repr__.
func (t *sockTransport) repr() string {
	info := []string{"_SelectorSocketTransport"}
	if t.closed {
		info = append(info, "closed")
	} else if t.closing {
		info = append(info, "closing")
	}
	info = append(info, "fd="+strconv.Itoa(t.fd))
	if !t.ev.closed && !t.closed {
		if t.rp.started && t.isReading() && !t.rp.stopped {
			info = append(info, "read=polling")
		} else {
			info = append(info, "read=idle")
		}
		state := "idle"
		if len(t.wp.buf) > 0 {
			state = "polling"
		}
		info = append(info, "write=<"+state+", bufsize="+strconv.Itoa(len(t.wp.buf))+">")
	}
	return "<" + joinInfo(info) + ">"
}

// osErrorFromGo converts a Go network or file error into the OSError
// subclass CPython raises for the same errno.
func osErrorFromGo(err error) *interp.Exception {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return native.OSError(errno, "", "")
	}
	if errors.Is(err, net.ErrClosed) {
		return native.OSError(syscall.EBADF, "", "")
	}
	return interp.Errorf(interp.OSError, "%s", err.Error())
}
