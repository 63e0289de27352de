package asyncio

// This file defines asyncio's streams (Lib/asyncio/streams.py):
// StreamReader (its buffer, the 64 KiB limit, read, readline, readuntil,
// readexactly, async iteration), StreamWriter (write, drain with flow
// control, close, wait_closed), StreamReaderProtocol with
// FlowControlMixin, and the IncompleteReadError / LimitOverrunError
// constructors.

import (
	"bytes"
	"strconv"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// defaultLimit is streams._DEFAULT_LIMIT.
const defaultLimit = 1 << 16

// StreamReader is streams.StreamReader.
type StreamReader struct {
	ev     *EventLoop
	limit  int
	buf    []byte
	eof    bool
	waiter *Future
	exc    *interp.Exception
	tr     transport
	paused bool
}

func (r *StreamReader) Type() *interp.Class { return r.ev.rt.classes().streams.StreamReader }

func newStreamReader(ev *EventLoop, limit int) *StreamReader {
	return &StreamReader{ev: ev, limit: limit}
}

// Repr is StreamReader.__repr__.
func (r *StreamReader) Repr(f *interp.Fiber) (string, *interp.Exception) {
	info := []string{"StreamReader"}
	if len(r.buf) > 0 {
		info = append(info, strconv.Itoa(len(r.buf))+" bytes")
	}
	if r.eof {
		info = append(info, "eof")
	}
	if r.limit != defaultLimit {
		info = append(info, "limit="+strconv.Itoa(r.limit))
	}
	if r.waiter != nil {
		s, err := reprOf(f, r.waiter)
		if err != nil {
			return "", err
		}
		info = append(info, "waiter="+s)
	}
	if r.exc != nil {
		s, err := reprOf(f, r.exc)
		if err != nil {
			return "", err
		}
		info = append(info, "exception="+s)
	}
	if r.tr != nil {
		info = append(info, "transport="+r.tr.repr())
	}
	if r.paused {
		info = append(info, "paused")
	}
	return "<" + joinInfo(info) + ">", nil
}

// setException is StreamReader.set_exception.
func (r *StreamReader) setException(exc *interp.Exception) {
	r.exc = exc
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Cancelled() {
			w.SetException(exc)
		}
	}
}

func (r *StreamReader) wakeupWaiter() {
	if w := r.waiter; w != nil {
		r.waiter = nil
		if !w.Cancelled() {
			w.SetResult(interp.None)
		}
	}
}

func (r *StreamReader) maybeResumeTransport() {
	if r.paused && len(r.buf) <= r.limit {
		r.paused = false
		r.tr.resumeReading()
	}
}

func (r *StreamReader) feedEOF() {
	r.eof = true
	r.wakeupWaiter()
}

func (r *StreamReader) atEOF() bool { return r.eof && len(r.buf) == 0 }

// feedData is StreamReader.feed_data: buffer, wake the reader, and pause
// the transport past twice the limit.
func (r *StreamReader) feedData(data []byte) *interp.Exception {
	if r.eof {
		return interp.NewException(interp.AssertionError, interp.Str("feed_data after feed_eof"))
	}
	if len(data) == 0 {
		return nil
	}
	r.buf = append(r.buf, data...)
	r.wakeupWaiter()
	if r.tr != nil && !r.paused && len(r.buf) > 2*r.limit {
		r.tr.pauseReading()
		r.paused = true
	}
	return nil
}

// waitForData is the synchronous part of _wait_for_data: the waiter to
// await.
func (r *StreamReader) waitForData(name string) (*Future, *interp.Exception) {
	if r.waiter != nil {
		return nil, interp.Errorf(interp.RuntimeError, "%s() called while another coroutine is already waiting for incoming data", name)
	}
	if r.eof {
		return nil, interp.NewException(interp.AssertionError, interp.Str("_wait_for_data after EOF"))
	}
	if r.paused {
		r.paused = false
		r.tr.resumeReading()
	}
	r.waiter = NewFuture(r.ev)
	return r.waiter, nil
}

// readCoro is the shape every read method shares: body runs until it
// returns a result, an error, or asks to wait for data, in which case
// the coroutine awaits _wait_for_data(name) and runs body again.
func (r *StreamReader) readCoro(qual, name string, body func(f *interp.Fiber) (res interp.Value, wait bool, exc *interp.Exception)) *nativeCoro {
	var w *Future
	return newSub(qual, func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		for {
			if w != nil {
				_, y, pending, exc := awaitFut(w, send, throw)
				if pending {
					return nil, y, false, nil
				}
				w = nil
				r.waiter = nil
				if exc != nil {
					return nil, nil, false, exc
				}
			} else if throw != nil {
				return nil, nil, false, throw
			}
			res, wait, exc := body(f)
			if exc != nil {
				return nil, nil, false, exc
			}
			if !wait {
				return res, nil, true, nil
			}
			if w, exc = r.waitForData(name); exc != nil {
				return nil, nil, false, exc
			}
			send, throw = interp.None, nil
		}
	})
}

// untilOutcome is how one pass of readuntil's loop ended.
type untilOutcome int

const (
	untilFound      untilOutcome = iota
	untilWait                    // await more data
	untilIncomplete              // EOF first: IncompleteReadError(partial, None)
	untilNoSepLimit              // LimitOverrunError: separator not found
	untilSepLimit                // LimitOverrunError: separator found past the limit
)

// untilStep is one pass of readuntil's `while True` loop; offset carries
// over passes. It returns the chunk (found or partial) or the consumed
// count of a LimitOverrunError.
func (r *StreamReader) untilStep(sep []byte, offset *int) (untilOutcome, []byte, int) {
	seplen := len(sep)
	buflen := len(r.buf)
	if buflen-*offset >= seplen {
		if i := bytes.Index(r.buf[*offset:], sep); i >= 0 {
			isep := *offset + i
			if isep > r.limit {
				return untilSepLimit, nil, isep
			}
			chunk := append([]byte(nil), r.buf[:isep+seplen]...)
			r.consume(isep + seplen)
			r.maybeResumeTransport()
			return untilFound, chunk, 0
		}
		*offset = buflen + 1 - seplen
		if *offset > r.limit {
			return untilNoSepLimit, nil, *offset
		}
	}
	if r.eof {
		chunk := r.buf
		r.buf = nil
		return untilIncomplete, chunk, 0
	}
	return untilWait, nil, 0
}

func (r *StreamReader) consume(n int) {
	if n >= len(r.buf) {
		r.buf = r.buf[:0]
		return
	}
	r.buf = append(r.buf[:0], r.buf[n:]...)
}

// readuntilCoro is StreamReader.readuntil(separator).
func (r *StreamReader) readuntilCoro(sep []byte) *nativeCoro {
	offset := 0
	first := true
	return r.readCoro("StreamReader.readuntil", "readuntil", func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if first {
			first = false
			if len(sep) == 0 {
				return nil, false, interp.Errorf(interp.ValueError, "Separator should be at least one-byte string")
			}
			if r.exc != nil {
				return nil, false, r.exc
			}
		}
		out, chunk, n := r.untilStep(sep, &offset)
		switch out {
		case untilFound:
			return bytesValue(chunk), false, nil
		case untilWait:
			return nil, true, nil
		case untilIncomplete:
			return nil, false, newIncompleteReadError(chunk, nil)
		case untilNoSepLimit:
			return nil, false, newLimitOverrunError("Separator is not found, and chunk exceed the limit", n)
		default:
			return nil, false, newLimitOverrunError("Separator is found, but chunk is longer than limit", n)
		}
	})
}

// readlineCoro is StreamReader.readline(): readuntil(b'\n') with a
// partial line at EOF returned and a limit overrun turned into
// ValueError after dropping the line (or the whole buffer).
func (r *StreamReader) readlineCoro() *nativeCoro {
	sep := []byte{'\n'}
	offset := 0
	first := true
	return r.readCoro("StreamReader.readline", "readuntil", func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if first {
			first = false
			if r.exc != nil {
				return nil, false, r.exc
			}
		}
		out, chunk, n := r.untilStep(sep, &offset)
		switch out {
		case untilFound, untilIncomplete:
			return bytesValue(chunk), false, nil
		case untilWait:
			return nil, true, nil
		}
		msg := "Separator is not found, and chunk exceed the limit"
		if out == untilSepLimit {
			msg = "Separator is found, but chunk is longer than limit"
		}
		if n < len(r.buf) && r.buf[n] == '\n' {
			r.consume(n + 1)
		} else {
			r.buf = r.buf[:0]
		}
		r.maybeResumeTransport()
		return nil, false, interp.NewException(interp.ValueError, interp.Str(msg))
	})
}

// readCoroN is StreamReader.read(n).
func (r *StreamReader) readCoroN(n int) *nativeCoro {
	if n < 0 {
		// read(-1): read(limit) until an empty block, then join.
		var blocks []byte
		return r.readCoro("StreamReader.read", "read", func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
			for {
				if r.exc != nil {
					return nil, false, r.exc
				}
				if len(r.buf) == 0 && !r.eof {
					return nil, true, nil
				}
				k := min(r.limit, len(r.buf))
				if k == 0 {
					return bytesValue(blocks), false, nil
				}
				blocks = append(blocks, r.buf[:k]...)
				r.consume(k)
				r.maybeResumeTransport()
			}
		})
	}
	waited := false
	return r.readCoro("StreamReader.read", "read", func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if !waited {
			if r.exc != nil {
				return nil, false, r.exc
			}
			if n == 0 {
				return bytesValue(nil), false, nil
			}
			if len(r.buf) == 0 && !r.eof {
				waited = true
				return nil, true, nil
			}
		}
		k := min(n, len(r.buf))
		data := append([]byte(nil), r.buf[:k]...)
		r.consume(k)
		r.maybeResumeTransport()
		return bytesValue(data), false, nil
	})
}

// readexactlyCoro is StreamReader.readexactly(n).
func (r *StreamReader) readexactlyCoro(n int) *nativeCoro {
	first := true
	return r.readCoro("StreamReader.readexactly", "readexactly", func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if first {
			first = false
			if n < 0 {
				return nil, false, interp.Errorf(interp.ValueError, "readexactly size can not be less than zero")
			}
			if r.exc != nil {
				return nil, false, r.exc
			}
			if n == 0 {
				return bytesValue(nil), false, nil
			}
		}
		if len(r.buf) < n {
			if r.eof {
				partial := r.buf
				r.buf = nil
				return nil, false, newIncompleteReadError(partial, interp.Int(n))
			}
			return nil, true, nil
		}
		data := append([]byte(nil), r.buf[:n]...)
		r.consume(n)
		r.maybeResumeTransport()
		return bytesValue(data), false, nil
	})
}

// newIncompleteReadError is IncompleteReadError(partial, expected);
// expected nil is None.
func newIncompleteReadError(partial []byte, expected interp.Value) *interp.Exception {
	e := interp.NewException(IncompleteReadError)
	setIncompleteRead(e, bytesValue(partial), len(partial), expected)
	return e
}

func setIncompleteRead(e *interp.Exception, partial interp.Value, n int, expected interp.Value) {
	if expected == nil {
		expected = interp.None
	}
	r := "undefined"
	if expected != interp.None {
		r = mustRepr(nil, expected)
	}
	e.Args = interp.Tuple{interp.Str(strconv.Itoa(n) + " bytes read on a total of " + r + " expected bytes")}
	interp.ExceptionSetAttr(nil, e, "partial", partial)
	interp.ExceptionSetAttr(nil, e, "expected", expected)
}

// newLimitOverrunError is LimitOverrunError(message, consumed).
func newLimitOverrunError(msg string, consumed int) *interp.Exception {
	e := interp.NewException(LimitOverrunError, interp.Str(msg))
	interp.ExceptionSetAttr(nil, e, "consumed", interp.Int(consumed))
	return e
}

// flowControlMixin is streams.FlowControlMixin: drain() waits while the
// transport has paused the protocol's writing.
type flowControlMixin struct {
	ev             *EventLoop
	paused         bool
	drainWaiters   []*Future
	connectionLost bool
}

func (m *flowControlMixin) pauseWriting() { m.paused = true }

func (m *flowControlMixin) resumeWriting() {
	m.paused = false
	for _, w := range m.drainWaiters {
		if !w.Done() {
			w.SetResult(interp.None)
		}
	}
}

func (m *flowControlMixin) lost(exc *interp.Exception) {
	m.connectionLost = true
	if !m.paused {
		return
	}
	for _, w := range m.drainWaiters {
		if !w.Done() {
			if exc == nil {
				w.SetResult(interp.None)
			} else {
				w.SetException(exc)
			}
		}
	}
}

// drainHelper is the synchronous start of _drain_helper: an error, or
// the waiter to await (nil when there is nothing to wait for).
func (m *flowControlMixin) drainHelper() (*Future, *interp.Exception) {
	if m.connectionLost {
		return nil, interp.NewException(interp.ConnectionResetError, interp.Str("Connection lost"))
	}
	if !m.paused {
		return nil, nil
	}
	w := NewFuture(m.ev)
	m.drainWaiters = append(m.drainWaiters, w)
	return w, nil
}

func (m *flowControlMixin) removeDrainWaiter(w *Future) {
	for i, x := range m.drainWaiters {
		if x == w {
			m.drainWaiters = append(m.drainWaiters[:i], m.drainWaiters[i+1:]...)
			return
		}
	}
}

// streamProtocol is what StreamWriter needs of its protocol.
type streamProtocol interface {
	flow() *flowControlMixin
	closeWaiter(w *StreamWriter) *Future
}

// readerProtocol is streams.StreamReaderProtocol.
type readerProtocol struct {
	flowControlMixin
	reader   *StreamReader
	clientCB interp.Value // None for open_connection
	writer   *StreamWriter
	task     *Task
	tr       transport
	closed   *Future
}

func newReaderProtocol(ev *EventLoop, reader *StreamReader, cb interp.Value) *readerProtocol {
	p := &readerProtocol{reader: reader, clientCB: cb}
	p.ev = ev
	p.closed = NewFuture(ev)
	return p
}

func (p *readerProtocol) flow() *flowControlMixin { return &p.flowControlMixin }

func (p *readerProtocol) closeWaiter(*StreamWriter) *Future { return p.closed }

// connectionMade is StreamReaderProtocol.connection_made: for a server
// connection, the writer is made and client_connected_cb called; a
// coroutine it returns becomes a task whose exception closes the
// transport.
func (p *readerProtocol) connectionMade(tr transport) {
	p.tr = tr
	if p.reader != nil {
		p.reader.tr = tr
	}
	if p.clientCB == nil || p.clientCB == interp.None {
		return
	}
	p.writer = &StreamWriter{tr: tr, proto: p, reader: p.reader, ev: p.ev}
	var readerV interp.Value = interp.None
	if p.reader != nil {
		readerV = p.reader
	}
	th := p.ev.rt.thread()
	res, err := th.Call(p.clientCB, []interp.Value{readerV, p.writer}, nil)
	if err != nil {
		p.ev.callbackError(p.clientCB, err)
		return
	}
	if c, ok := res.(*interp.Coroutine); ok {
		t := p.ev.newTask(c, nil)
		p.task = t
		t.AddDoneCallback(func(fut *Future) {
			if fut.Cancelled() {
				return
			}
			exc, _ := fut.getException()
			if exc != nil {
				p.ev.logError("Unhandled exception in client_connected_cb\ntransport: "+tr.repr(), exc)
				tr.close()
			}
		}, func() string {
			return "StreamReaderProtocol.connection_made.<locals>.callback() at " + cpythonAsyncio + "streams.py:248"
		})
	}
}

func (p *readerProtocol) connectionLost(exc *interp.Exception) {
	if r := p.reader; r != nil {
		if exc == nil {
			r.feedEOF()
		} else {
			r.setException(exc)
		}
	}
	if !p.closed.Done() {
		if exc == nil {
			p.closed.SetResult(interp.None)
		} else {
			p.closed.SetException(exc)
			p.closed.logTB = false // __del__ retrieves it
		}
	}
	p.lost(exc)
	p.reader = nil
	p.writer = nil
	p.task = nil
	p.tr = nil
}

func (p *readerProtocol) dataReceived(data []byte) {
	if p.reader != nil {
		p.reader.feedData(data)
	}
}

func (p *readerProtocol) eofReceived() bool {
	if p.reader != nil {
		p.reader.feedEOF()
	}
	return true
}

// callbackError reports an exception raised by a callback the loop
// called (Handle._run's "Exception in callback ...").
func (ev *EventLoop) callbackError(fn interp.Value, err *interp.Exception) {
	if err.Matches(interp.KeyboardInterrupt) || err.Matches(interp.SystemExit) {
		ev.fatal(err)
		return
	}
	th := ev.rt.thread()
	cbs := formatCallbackSource(th, fn, nil)
	ev.logError("Exception in callback "+cbs+"\nhandle: <Handle "+cbs+">", err)
}

// StreamWriter is streams.StreamWriter.
type StreamWriter struct {
	tr     transport
	proto  streamProtocol
	reader *StreamReader
	ev     *EventLoop
}

func (w *StreamWriter) Type() *interp.Class { return w.ev.rt.classes().streams.StreamWriter }

// Repr is StreamWriter.__repr__.
func (w *StreamWriter) Repr(f *interp.Fiber) (string, *interp.Exception) {
	s := "<StreamWriter transport=" + w.tr.repr()
	if w.reader != nil {
		r, err := w.reader.Repr(f)
		if err != nil {
			return "", err
		}
		s += " reader=" + r
	}
	return s + ">", nil
}

// drainCoro is StreamWriter.drain().
func (w *StreamWriter) drainCoro() *nativeCoro {
	state := 0
	var waiter *Future
	fc := w.proto.flow()
	return newSub("StreamWriter.drain", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case 0:
			if w.reader != nil && w.reader.exc != nil {
				return nil, nil, false, w.reader.exc
			}
			if w.tr.isClosing() {
				state = 1
				return nil, yieldNone, false, nil // await sleep(0)
			}
		case 1:
			if throw != nil {
				return nil, nil, false, throw
			}
		}
		if state < 2 {
			state = 2
			var exc *interp.Exception
			waiter, exc = fc.drainHelper()
			if exc != nil {
				return nil, nil, false, exc
			}
			if waiter == nil {
				return interp.None, nil, true, nil
			}
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(waiter, send, throw)
		if pending {
			return nil, y, false, nil
		}
		fc.removeDrainWaiter(waiter)
		if exc != nil {
			return nil, nil, false, exc
		}
		return interp.None, nil, true, nil
	})
}

// waitClosedCoro is StreamWriter.wait_closed().
func (w *StreamWriter) waitClosedCoro() *interp.Coroutine {
	fut := w.proto.closeWaiter(w)
	return newCoro("StreamWriter.wait_closed", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if fut == nil {
			return interp.None, nil, true, nil
		}
		_, y, pending, exc := awaitFut(fut, send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		return interp.None, nil, true, nil
	})
}

// writeArg checks write()'s argument as the transport does.
func writeArg(v interp.Value) ([]byte, *interp.Exception) {
	b, ok := bytesLike(v)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "data argument must be a bytes-like object, not '%s'", interp.TypeName(v))
	}
	return b, nil
}

func readerSelf(name string, args []interp.Value) (*StreamReader, *interp.Exception) {
	if len(args) > 0 {
		if r, ok := args[0].(*StreamReader); ok {
			return r, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a 'StreamReader' object", name)
}

func writerSelf(name string, args []interp.Value) (*StreamWriter, *interp.Exception) {
	if len(args) > 0 {
		if w, ok := args[0].(*StreamWriter); ok {
			return w, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a 'StreamWriter' object", name)
}

func streamReaderMethods() map[string]interp.NativeFunc {
	m0 := func(name string, fn func(r *StreamReader) (interp.Value, *interp.Exception)) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := readerSelf(name, args)
			if err != nil {
				return nil, err
			}
			var self interp.Value
			if err := interp.UnpackArgsPy("StreamReader."+name, args, kw, "self", &self); err != nil {
				return nil, err
			}
			return fn(r)
		}
	}
	intArg := func(f *interp.Fiber, qual string, args []interp.Value, kw []interp.KV, name string, def int, required bool) (int, *interp.Exception) {
		var self, v interp.Value
		p := name
		if !required {
			p += "?"
		}
		if err := interp.UnpackArgsPy(qual, args, kw, "self", &self, p, &v); err != nil {
			return 0, err
		}
		if v == nil {
			return def, nil
		}
		n, err := native.Index(f, v)
		return int(n), err
	}
	return map[string]interp.NativeFunc{
		"exception": m0("exception", func(r *StreamReader) (interp.Value, *interp.Exception) {
			if r.exc == nil {
				return interp.None, nil
			}
			return r.exc, nil
		}),
		"set_exception": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := readerSelf("set_exception", args)
			if err != nil {
				return nil, err
			}
			var self, v interp.Value
			if err := interp.UnpackArgsPy("StreamReader.set_exception", args, kw, "self", &self, "exc", &v); err != nil {
				return nil, err
			}
			exc, err := toException(f, v)
			if err != nil {
				return nil, err
			}
			r.setException(exc)
			return interp.None, nil
		},
		"feed_eof": m0("feed_eof", func(r *StreamReader) (interp.Value, *interp.Exception) {
			r.feedEOF()
			return interp.None, nil
		}),
		"at_eof": m0("at_eof", func(r *StreamReader) (interp.Value, *interp.Exception) {
			return interp.Bool(r.atEOF()), nil
		}),
		"feed_data": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := readerSelf("feed_data", args)
			if err != nil {
				return nil, err
			}
			var self, v interp.Value
			if err := interp.UnpackArgsPy("StreamReader.feed_data", args, kw, "self", &self, "data", &v); err != nil {
				return nil, err
			}
			if r.eof {
				return nil, interp.NewException(interp.AssertionError, interp.Str("feed_data after feed_eof"))
			}
			b, ok := bytesLike(v)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "can't concat %s to bytearray", interp.TypeName(v))
			}
			if err := r.feedData(b); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"readline": m0("readline", func(r *StreamReader) (interp.Value, *interp.Exception) {
			return r.readlineCoro().coro(), nil
		}),
		"readuntil": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := readerSelf("readuntil", args)
			if err != nil {
				return nil, err
			}
			var self, v interp.Value
			if err := interp.UnpackArgsPy("StreamReader.readuntil", args, kw, "self", &self, "separator?", &v); err != nil {
				return nil, err
			}
			sep := []byte{'\n'}
			if v != nil {
				b, ok := bytesLike(v)
				if !ok {
					return nil, interp.Errorf(interp.TypeError, "object of type '%s' has no len()", interp.TypeName(v))
				}
				sep = append([]byte(nil), b...)
			}
			return r.readuntilCoro(sep).coro(), nil
		},
		"read": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := readerSelf("read", args)
			if err != nil {
				return nil, err
			}
			n, err := intArg(f, "StreamReader.read", args, kw, "n", -1, false)
			if err != nil {
				return nil, err
			}
			return r.readCoroN(n).coro(), nil
		},
		"readexactly": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			r, err := readerSelf("readexactly", args)
			if err != nil {
				return nil, err
			}
			n, err := intArg(f, "StreamReader.readexactly", args, kw, "n", 0, true)
			if err != nil {
				return nil, err
			}
			return r.readexactlyCoro(n).coro(), nil
		},
		"__aiter__": m0("__aiter__", func(r *StreamReader) (interp.Value, *interp.Exception) { return r, nil }),
		"__anext__": m0("__anext__", func(r *StreamReader) (interp.Value, *interp.Exception) {
			line := r.readlineCoro()
			done := false
			return newCoro("StreamReader.__anext__", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if done {
					return nil, nil, false, interp.Errorf(interp.RuntimeError, "cannot reuse already awaited coroutine")
				}
				res, y, fin, exc := line.Await(f, send, throw)
				if exc != nil || !fin {
					return res, y, fin, exc
				}
				done = true
				if b, ok := bytesLike(res); ok && len(b) == 0 {
					return nil, nil, false, interp.NewException(interp.StopAsyncIteration)
				}
				return res, nil, true, nil
			}), nil
		}),
		"__repr__": reprMethod,
	}
}

func streamWriterMethods() map[string]interp.NativeFunc {
	m0 := func(name string, fn func(w *StreamWriter) (interp.Value, *interp.Exception)) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			w, err := writerSelf(name, args)
			if err != nil {
				return nil, err
			}
			var self interp.Value
			if err := interp.UnpackArgsPy("StreamWriter."+name, args, kw, "self", &self); err != nil {
				return nil, err
			}
			return fn(w)
		}
	}
	return map[string]interp.NativeFunc{
		"write": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			w, err := writerSelf("write", args)
			if err != nil {
				return nil, err
			}
			var self, v interp.Value
			if err := interp.UnpackArgsPy("StreamWriter.write", args, kw, "self", &self, "data", &v); err != nil {
				return nil, err
			}
			b, err := writeArg(v)
			if err != nil {
				return nil, err
			}
			if err := w.tr.write(b); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"writelines": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			w, err := writerSelf("writelines", args)
			if err != nil {
				return nil, err
			}
			var self, v interp.Value
			if err := interp.UnpackArgsPy("StreamWriter.writelines", args, kw, "self", &self, "data", &v); err != nil {
				return nil, err
			}
			// WriteTransport.writelines: write(b''.join(list_of_data))
			var all []byte
			err = interp.Iterate(f, v, func(x interp.Value) (bool, *interp.Exception) {
				b, ok := bytesLike(x)
				if !ok {
					return false, interp.Errorf(interp.TypeError, "sequence item 0: expected a bytes-like object, %s found", interp.TypeName(x))
				}
				all = append(all, b...)
				return true, nil
			})
			if err != nil {
				return nil, err
			}
			if err := w.tr.write(all); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"write_eof": m0("write_eof", func(w *StreamWriter) (interp.Value, *interp.Exception) {
			if err := w.tr.writeEOF(); err != nil {
				return nil, err
			}
			return interp.None, nil
		}),
		"can_write_eof": m0("can_write_eof", func(w *StreamWriter) (interp.Value, *interp.Exception) {
			return interp.Bool(w.tr.canWriteEOF()), nil
		}),
		"close": m0("close", func(w *StreamWriter) (interp.Value, *interp.Exception) {
			w.tr.close()
			return interp.None, nil
		}),
		"is_closing": m0("is_closing", func(w *StreamWriter) (interp.Value, *interp.Exception) {
			return interp.Bool(w.tr.isClosing()), nil
		}),
		"wait_closed": m0("wait_closed", func(w *StreamWriter) (interp.Value, *interp.Exception) {
			return w.waitClosedCoro(), nil
		}),
		"drain": m0("drain", func(w *StreamWriter) (interp.Value, *interp.Exception) {
			return w.drainCoro().coro(), nil
		}),
		"get_extra_info": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			w, err := writerSelf("get_extra_info", args)
			if err != nil {
				return nil, err
			}
			return extraInfoCall(f, "StreamWriter.get_extra_info", w.tr, args, kw)
		},
		"__repr__": reprMethod,
	}
}

// extraInfoCall is get_extra_info(name, default=None).
func extraInfoCall(f *interp.Fiber, qual string, tr transport, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var self, name, def interp.Value
	if err := interp.UnpackArgsPy(qual, args, kw, "self", &self, "name", &name, "default?", &def); err != nil {
		return nil, err
	}
	if def == nil {
		def = interp.None
	}
	s, ok := name.(interp.Str)
	if !ok {
		return def, nil
	}
	if v, ok := tr.extraInfo(string(s)); ok {
		return v, nil
	}
	return def, nil
}

// withNew sets cls's constructor (for the exception classes declared in
// classes.go).
func withNew(cls *interp.Class, fn func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception)) *interp.Class {
	cls.New = fn
	return cls
}

// newIncompleteReadErrorObj is IncompleteReadError(partial, expected).
func newIncompleteReadErrorObj(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var partial, expected interp.Value
	if err := interp.UnpackArgsPy("IncompleteReadError.__init__", withSelf(cls, args), kw, "self", new(interp.Value), "partial", &partial, "expected", &expected); err != nil {
		return nil, err
	}
	n, err := interp.Len(f, partial)
	if err != nil {
		return nil, err
	}
	e := &interp.Exception{Class: cls}
	setIncompleteRead(e, partial, n, expected)
	return e, nil
}

// newLimitOverrunErrorObj is LimitOverrunError(message, consumed).
func newLimitOverrunErrorObj(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var msg, consumed interp.Value
	if err := interp.UnpackArgsPy("LimitOverrunError.__init__", withSelf(cls, args), kw, "self", new(interp.Value), "message", &msg, "consumed", &consumed); err != nil {
		return nil, err
	}
	e := &interp.Exception{Class: cls, Args: interp.Tuple{msg}}
	interp.ExceptionSetAttr(f, e, "consumed", consumed)
	return e, nil
}

// newStreamReaderObj is StreamReader(limit=2**16, loop=None).
func newStreamReaderObj(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var limit, lp interp.Value
	if err := interp.UnpackArgsPy("StreamReader.__init__", withSelf(cls, args), kw, "self", new(interp.Value), "limit?", &limit, "loop?", &lp); err != nil {
		return nil, err
	}
	n := defaultLimit
	if limit != nil {
		x, err := native.Index(f, limit)
		if err != nil {
			return nil, err
		}
		n = int(x)
	}
	if n <= 0 {
		return nil, interp.Errorf(interp.ValueError, "Limit cannot be <= 0")
	}
	ev, ok := lp.(*EventLoop)
	if !ok {
		ev = Get(f.VM).getEventLoop()
	}
	return newStreamReader(ev, n), nil
}

func streamWriterGetattr(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
	w, ok := self.(*StreamWriter)
	if !ok {
		return nil, false, nil
	}
	if name == "transport" {
		return transportValue(w.tr), true, nil
	}
	return nil, false, nil
}

func streamReaderGetattr(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
	r, ok := self.(*StreamReader)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "_limit":
		return interp.Int(r.limit), true, nil
	case "_eof":
		return interp.Bool(r.eof), true, nil
	case "_buffer":
		return bytesValue(r.buf), true, nil
	}
	return nil, false, nil
}
