package asyncio

// This file defines subprocesses: asyncio.subprocess (PIPE, STDOUT,
// DEVNULL, Process, create_subprocess_exec/_shell), the subprocess
// transport of base_subprocess.py (the _connect_pipes task, pending
// calls, _try_finish, exit waiters), the pipe transports of
// unix_events.py (_UnixReadPipeTransport, _UnixWritePipeTransport) and
// SubprocessStreamProtocol. The child is started with os.StartProcess; a
// goroutine waits for it (the ThreadedChildWatcher's thread) and pipes
// are read and written by readPump/writePump.

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// The subprocess module's special stdio values.
const (
	spPIPE    = -1
	spSTDOUT  = -2
	spDEVNULL = -3
)

// pipeProto is {Read,Write}SubprocessPipeProto: what a pipe transport
// reports goes to the subprocess transport with its fd.
type pipeProto struct {
	proc         *subprocTransport
	fd           int
	pipe         pipeTransport
	disconnected bool
}

func (p *pipeProto) connectionMade(t transport) {}
func (p *pipeProto) dataReceived(data []byte) {
	data = append([]byte(nil), data...) // the pump reuses its buffer
	p.proc.call(func() { p.proc.proto.pipeDataReceived(p.fd, data) })
}
func (p *pipeProto) eofReceived() bool { return false }
func (p *pipeProto) connectionLost(exc *interp.Exception) {
	p.disconnected = true
	p.proc.pipeConnectionLost(p.fd, exc)
}
func (p *pipeProto) pauseWriting()  { p.proc.proto.pauseWriting() }
func (p *pipeProto) resumeWriting() { p.proc.proto.resumeWriting() }

// pipeTransport is a read or write pipe transport.
type pipeTransport interface {
	transport
	shutdownIO()
}

// fileFd is f's descriptor number. (*os.File).Fd would put the pipe in
// blocking mode, and then a write the child does not read would block
// the loop.
func fileFd(f *os.File) int {
	raw, err := f.SyscallConn()
	if err != nil {
		return -1
	}
	return rawFd(raw)
}

// readPipe is _UnixReadPipeTransport.
type readPipe struct {
	ev      *EventLoop
	f       *os.File
	fd      int
	proto   protocol
	rp      *readPump
	closing bool
	paused  bool
	closed  bool
}

func newReadPipe(ev *EventLoop, f *os.File, proto protocol, waiter *Future) *readPipe {
	t := &readPipe{ev: ev, f: f, fd: fileFd(f), proto: proto}
	t.rp = newReadPump(ev, f, sockMaxSize, t.readReady)
	ev.ioAdd(t)
	ev.l.CallSoon(func() { proto.connectionMade(t) })
	ev.l.CallSoon(func() {
		if !t.closing && !t.paused {
			t.rp.start()
		}
	})
	ev.l.CallSoon(func() {
		if !waiter.Done() {
			waiter.SetResult(interp.None)
		}
	})
	return t
}

func (t *readPipe) readReady(c readChunk) {
	if t.closing {
		return
	}
	if c.err == nil {
		t.proto.dataReceived(c.data)
		return
	}
	if !errors.Is(c.err, io.EOF) {
		t.fatalError(osErrorFromGo(c.err))
		return
	}
	t.closing = true
	t.rp.stop()
	t.ev.l.CallSoon(func() { t.proto.eofReceived() })
	t.ev.l.CallSoon(func() { t.callConnectionLost(nil) })
}

func (t *readPipe) fatalError(exc *interp.Exception) { t.closeWith(exc) }

func (t *readPipe) closeWith(exc *interp.Exception) {
	t.closing = true
	t.rp.stop()
	t.ev.l.CallSoon(func() { t.callConnectionLost(exc) })
}

func (t *readPipe) callConnectionLost(exc *interp.Exception) {
	if t.closed {
		return
	}
	t.proto.connectionLost(exc)
	t.shutdownIO()
}

func (t *readPipe) shutdownIO() {
	if t.closed {
		return
	}
	t.closed = true
	t.rp.stop()
	t.f.Close()
	t.ev.ioRemove(t)
}

func (t *readPipe) write([]byte) *interp.Exception {
	return interp.Errorf(interp.AttributeError, "'_UnixReadPipeTransport' object has no attribute 'write'")
}
func (t *readPipe) writeEOF() *interp.Exception { return t.write(nil) }
func (t *readPipe) canWriteEOF() bool           { return false }
func (t *readPipe) close() {
	if !t.closing {
		t.closeWith(nil)
	}
}
func (t *readPipe) abort()                                { t.close() }
func (t *readPipe) isClosing() bool                       { return t.closing }
func (t *readPipe) isReading() bool                       { return !t.closing && !t.paused }
func (t *readPipe) writeBufferSize() int                  { return 0 }
func (t *readPipe) extraInfo(string) (interp.Value, bool) { return nil, false }
func (t *readPipe) pauseReading() {
	if t.isReading() {
		t.paused = true
		t.rp.pause()
	}
}
func (t *readPipe) resumeReading() {
	if t.closing || !t.paused {
		return
	}
	t.paused = false
	t.rp.start()
}

func (t *readPipe) repr() string {
	info := []string{"_UnixReadPipeTransport"}
	if t.closed {
		info = append(info, "closed")
	} else if t.closing {
		info = append(info, "closing")
	}
	info = append(info, "fd="+strconv.Itoa(t.fd))
	if !t.closed {
		if t.isReading() {
			info = append(info, "polling")
		} else {
			info = append(info, "idle")
		}
	} else {
		info = append(info, "closed")
	}
	return "<" + joinInfo(info) + ">"
}

// writePipe is _UnixWritePipeTransport.
type writePipe struct {
	ev       *EventLoop
	f        *os.File
	fd       int
	proto    protocol
	wp       writePump
	fc       flowControl
	connLost int
	closing  bool
	closed   bool
}

func newWritePipe(ev *EventLoop, f *os.File, proto protocol, waiter *Future) *writePipe {
	t := &writePipe{ev: ev, f: f, fd: fileFd(f), proto: proto}
	t.fc.high, t.fc.low = defaultHighWater, defaultLowWater
	t.wp = writePump{ev: ev, w: f, flushed: t.flushed}
	if raw, err := f.SyscallConn(); err == nil {
		t.wp.raw = raw
	}
	ev.ioAdd(t)
	ev.l.CallSoon(func() { proto.connectionMade(t) })
	ev.l.CallSoon(func() {
		if waiter != nil && !waiter.Done() {
			waiter.SetResult(interp.None)
		}
	})
	t.watchPeer()
	return t
}

// watchPeer waits for the read end to close (the reader CPython adds to
// the write end of a pipe: readable means the peer closed it).
func (t *writePipe) watchPeer() {
	raw := t.wp.raw
	if raw == nil {
		return
	}
	release := t.ev.l.Hold()
	go func() {
		// The check runs after the poller is armed for a read and after
		// every wake-up: a peer that closed before the goroutine started
		// left no edge for the edge-triggered poller to report.
		err := raw.Read(peerClosed)
		if err != nil {
			release()
			return
		}
		t.ev.l.Post(func() {
			release()
			if t.closing && t.connLost > 0 || t.closed {
				return
			}
			if len(t.wp.buf) > 0 {
				t.closeWith(interp.NewException(interp.BrokenPipeError))
			} else {
				t.closeWith(nil)
			}
		})
	}()
}

func (t *writePipe) write(data []byte) *interp.Exception {
	if len(data) == 0 {
		return nil
	}
	if t.connLost > 0 || t.closing {
		if t.connLost >= connLostWriteThreshold {
			t.ev.rt.logError("pipe closed by peer or os.write(pipe, data) raised exception.", nil)
		}
		t.connLost++
		return nil
	}
	if len(t.wp.buf) == 0 {
		n, err := t.wp.trySend(data)
		if err != nil {
			t.connLost++
			t.closeWith(osErrorFromGo(err))
			return nil
		}
		if n == len(data) {
			return nil
		}
		data = data[n:]
		t.wp.buf = append(t.wp.buf, data...)
		t.wp.flush()
	} else {
		t.wp.buf = append(t.wp.buf, data...)
	}
	t.fc.maybePause(len(t.wp.buf), t.proto)
	return nil
}

func (t *writePipe) flushed(err error) {
	if err != nil {
		t.wp.clear()
		t.connLost++
		t.closeWith(osErrorFromGo(err))
		return
	}
	t.fc.maybeResume(len(t.wp.buf), t.proto)
	if len(t.wp.buf) > 0 {
		t.wp.flush()
		return
	}
	if t.closing {
		t.callConnectionLost(nil)
	}
}

// closeWith is _UnixWritePipeTransport._close.
func (t *writePipe) closeWith(exc *interp.Exception) {
	t.closing = true
	t.wp.clear()
	t.connLost++
	t.ev.l.CallSoon(func() { t.callConnectionLost(exc) })
}

func (t *writePipe) callConnectionLost(exc *interp.Exception) {
	if t.closed {
		return
	}
	t.proto.connectionLost(exc)
	t.shutdownIO()
}

func (t *writePipe) shutdownIO() {
	if t.closed {
		return
	}
	t.closed = true
	t.f.Close()
	t.ev.ioRemove(t)
}

// writeEOF is _UnixWritePipeTransport.write_eof (close calls it).
func (t *writePipe) writeEOF() *interp.Exception {
	if t.closing {
		return nil
	}
	t.closing = true
	if len(t.wp.buf) == 0 {
		t.connLost++
		t.ev.l.CallSoon(func() { t.callConnectionLost(nil) })
	}
	return nil
}

func (t *writePipe) canWriteEOF() bool { return true }
func (t *writePipe) close() {
	if !t.closing {
		t.writeEOF()
	}
}
func (t *writePipe) abort()                                { t.closeWith(nil) }
func (t *writePipe) isClosing() bool                       { return t.closing }
func (t *writePipe) isReading() bool                       { return false }
func (t *writePipe) writeBufferSize() int                  { return len(t.wp.buf) }
func (t *writePipe) extraInfo(string) (interp.Value, bool) { return nil, false }
func (t *writePipe) pauseReading()                         {}
func (t *writePipe) resumeReading()                        {}

func (t *writePipe) repr() string {
	info := []string{"_UnixWritePipeTransport"}
	if t.closed {
		info = append(info, "closed")
	} else if t.closing {
		info = append(info, "closing")
	}
	info = append(info, "fd="+strconv.Itoa(t.fd))
	if !t.closed {
		if len(t.wp.buf) > 0 {
			info = append(info, "polling")
		} else {
			info = append(info, "idle")
		}
		info = append(info, "bufsize="+strconv.Itoa(len(t.wp.buf)))
	} else {
		info = append(info, "closed")
	}
	return "<" + joinInfo(info) + ">"
}

// subprocProtocol is subprocess.SubprocessStreamProtocol.
type subprocProtocol struct {
	flowControlMixin
	limit         int
	stdin         *StreamWriter
	stdout        *StreamReader
	stderr        *StreamReader
	tr            *subprocTransport
	processExited bool
	pipeFds       []int
	stdinClosed   *Future
}

func (p *subprocProtocol) flow() *flowControlMixin { return &p.flowControlMixin }

func (p *subprocProtocol) closeWaiter(w *StreamWriter) *Future {
	if w == p.stdin {
		return p.stdinClosed
	}
	return nil
}

func (p *subprocProtocol) connectionMade(t *subprocTransport) {
	p.tr = t
	if tr := t.pipeTransport(1); tr != nil {
		p.stdout = newStreamReader(p.ev, p.limit)
		p.stdout.tr = tr
		p.pipeFds = append(p.pipeFds, 1)
	}
	if tr := t.pipeTransport(2); tr != nil {
		p.stderr = newStreamReader(p.ev, p.limit)
		p.stderr.tr = tr
		p.pipeFds = append(p.pipeFds, 2)
	}
	if tr := t.pipeTransport(0); tr != nil {
		p.stdin = &StreamWriter{tr: tr, proto: p, ev: p.ev}
	}
}

func (p *subprocProtocol) pipeDataReceived(fd int, data []byte) {
	var r *StreamReader
	switch fd {
	case 1:
		r = p.stdout
	case 2:
		r = p.stderr
	}
	if r != nil {
		r.feedData(data)
	}
}

func (p *subprocProtocol) pipeConnectionLost(fd int, exc *interp.Exception) {
	if fd == 0 {
		if p.stdin != nil {
			p.stdin.tr.close()
		}
		p.lost(exc)
		if exc == nil {
			p.stdinClosed.SetResult(interp.None)
		} else {
			p.stdinClosed.SetException(exc)
			p.stdinClosed.logTB = false
		}
		return
	}
	var r *StreamReader
	switch fd {
	case 1:
		r = p.stdout
	case 2:
		r = p.stderr
	}
	if r != nil {
		if exc == nil {
			r.feedEOF()
		} else {
			r.setException(exc)
		}
	}
	for i, x := range p.pipeFds {
		if x == fd {
			p.pipeFds = append(p.pipeFds[:i], p.pipeFds[i+1:]...)
			break
		}
	}
	p.maybeCloseTransport()
}

func (p *subprocProtocol) processExitedCB() {
	p.processExited = true
	p.maybeCloseTransport()
}

func (p *subprocProtocol) maybeCloseTransport() {
	if len(p.pipeFds) == 0 && p.processExited && p.tr != nil {
		p.tr.close()
		p.tr = nil
	}
}

func (p *subprocProtocol) connectionLost(exc *interp.Exception) {}

// subprocProto is what the subprocess transport calls on its protocol
// (protocols.SubprocessProtocol).
type subprocProto interface {
	connectionMade(t *subprocTransport)
	pipeDataReceived(fd int, data []byte)
	pipeConnectionLost(fd int, exc *interp.Exception)
	processExitedCB()
	connectionLost(exc *interp.Exception)
	pauseWriting()
	resumeWriting()
}

// subprocTransport is base_subprocess.BaseSubprocessTransport (with
// _UnixSubprocessTransport's start).
type subprocTransport struct {
	ev          *EventLoop
	proto       subprocProto
	proc        *os.Process // nil after _call_connection_lost
	pid         int
	returncode  interp.Value // nil while running
	exitWaiters []*Future
	pending     []func() // _pending_calls; nil once the pipes are connected
	pendingOn   bool
	pipes       map[int]*pipeProto // fd -> proto (pipe nil until connected)
	finished    bool
	closed      bool
	childFiles  [3]*os.File // our ends: stdin write, stdout read, stderr read
}

func (t *subprocTransport) Type() *interp.Class { return t.ev.rt.classes().streams.SubprocessTransport }

func (t *subprocTransport) pipeTransport(fd int) transport {
	if p, ok := t.pipes[fd]; ok && p.pipe != nil {
		return p.pipe
	}
	return nil
}

// call is BaseSubprocessTransport._call.
func (t *subprocTransport) call(fn func()) {
	if t.pendingOn {
		t.pending = append(t.pending, fn)
		return
	}
	t.ev.l.CallSoon(fn)
}

func (t *subprocTransport) pipeConnectionLost(fd int, exc *interp.Exception) {
	t.call(func() { t.proto.pipeConnectionLost(fd, exc) })
	t.tryFinish()
}

func (t *subprocTransport) processExited(rc int) {
	t.returncode = interp.Int(rc)
	t.call(t.proto.processExitedCB)
	t.tryFinish()
}

func (t *subprocTransport) tryFinish() {
	if t.returncode == nil || t.finished {
		return
	}
	for _, p := range t.pipes {
		if p.pipe == nil || !p.disconnected {
			return
		}
	}
	t.finished = true
	t.call(func() { t.callConnectionLost(nil) })
}

func (t *subprocTransport) callConnectionLost(exc *interp.Exception) {
	t.proto.connectionLost(exc)
	for _, w := range t.exitWaiters {
		if !w.Cancelled() {
			w.SetResult(t.returncode)
		}
	}
	t.exitWaiters = nil
	t.proc = nil
}

// close is BaseSubprocessTransport.close: close the pipes and kill a
// child still running.
func (t *subprocTransport) close() {
	if t.closed {
		return
	}
	t.closed = true
	for _, fd := range []int{0, 1, 2} {
		if p, ok := t.pipes[fd]; ok && p.pipe != nil {
			p.pipe.close()
		}
	}
	if t.proc != nil && t.returncode == nil {
		t.proc.Signal(syscall.SIGKILL)
	}
}

// signal is send_signal/terminate/kill.
func (t *subprocTransport) signal(sig syscall.Signal) *interp.Exception {
	if t.proc == nil {
		return interp.NewException(interp.ProcessLookupError)
	}
	if t.returncode != nil {
		return nil
	}
	t.proc.Signal(sig)
	return nil
}

// waitCoro is BaseSubprocessTransport._wait.
func (t *subprocTransport) waitCoro() *nativeCoro {
	var w *Future
	return newSub("Process.wait", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if w == nil {
			if throw != nil {
				return nil, nil, false, throw
			}
			if t.returncode != nil {
				return t.returncode, nil, true, nil
			}
			w = NewFuture(t.ev)
			t.exitWaiters = append(t.exitWaiters, w)
			send, throw = interp.None, nil
		}
		v, y, pending, exc := awaitFut(w, send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		return v, nil, true, nil
	})
}

// stdioSpec is one of stdin/stdout/stderr as given: None, PIPE, STDOUT,
// DEVNULL or a file descriptor.
type stdioSpec struct {
	kind int // 0 inherit, spPIPE, spSTDOUT, spDEVNULL, 1 fd
	fd   int
}

func stdioArg(f *interp.Fiber, v interp.Value) (stdioSpec, *interp.Exception) {
	if v == nil || v == interp.None {
		return stdioSpec{}, nil
	}
	n, err := native.Index(f, v)
	if err != nil {
		return stdioSpec{}, interp.Errorf(interp.TypeError, "bad value(s) in fds_to_keep")
	}
	switch n {
	case spPIPE, spSTDOUT, spDEVNULL:
		return stdioSpec{kind: int(n)}, nil
	}
	if n < 0 {
		return stdioSpec{}, interp.Errorf(interp.ValueError, "bad file descriptor")
	}
	return stdioSpec{kind: 1, fd: int(n)}, nil
}

// spawn starts the child (Popen) with pipes for PIPE streams.
func (t *subprocTransport) spawn(argv []string, spec [3]stdioSpec, cwd string, env []string) *interp.Exception {
	path := argv[0]
	if !strings.Contains(path, "/") {
		lp, err := exec.LookPath(path)
		if err != nil {
			return native.NewOSError(int(syscall.ENOENT), "No such file or directory", path, "")
		}
		path = lp
	}
	var files [3]*os.File
	var toClose []*os.File
	fail := func(e *interp.Exception) *interp.Exception {
		for _, f := range toClose {
			f.Close()
		}
		for _, f := range t.childFiles {
			if f != nil {
				f.Close()
			}
		}
		t.childFiles = [3]*os.File{}
		return e
	}
	for i := 0; i < 3; i++ {
		s := spec[i]
		switch s.kind {
		case 0:
			files[i] = []*os.File{os.Stdin, os.Stdout, os.Stderr}[i]
		case spPIPE:
			r, w, err := os.Pipe()
			if err != nil {
				return fail(osErrorFromGo(err))
			}
			if i == 0 {
				files[i], t.childFiles[i] = r, w
				toClose = append(toClose, r)
			} else {
				files[i], t.childFiles[i] = w, r
				toClose = append(toClose, w)
			}
		case spDEVNULL:
			flag := os.O_RDONLY
			if i > 0 {
				flag = os.O_WRONLY
			}
			dn, err := os.OpenFile(os.DevNull, flag, 0)
			if err != nil {
				return fail(osErrorFromGo(err))
			}
			files[i] = dn
			toClose = append(toClose, dn)
		case spSTDOUT:
			if i != 2 {
				return fail(interp.Errorf(interp.ValueError, "STDOUT can only be used for stderr"))
			}
			files[i] = files[1]
		case 1:
			// a duplicate, closed after the start: an *os.File of the
			// program's own descriptor would close it when collected
			dup, err := dupFd(s.fd)
			if err != nil {
				return fail(osErrorFromGo(err))
			}
			files[i] = os.NewFile(uintptr(dup), "fd")
			toClose = append(toClose, files[i])
		}
	}
	proc, err := os.StartProcess(path, argv, &os.ProcAttr{Dir: cwd, Env: env, Files: files[:]})
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			var errno syscall.Errno
			if errors.As(pe.Err, &errno) {
				name := argv[0]
				if pe.Op == "chdir" {
					name = cwd
				}
				return fail(native.OSError(errno, name, ""))
			}
		}
		return fail(osErrorFromGo(err))
	}
	for _, f := range toClose {
		f.Close()
	}
	t.proc = proc
	t.pid = proc.Pid
	return nil
}

// watch waits for the child on a goroutine (the child watcher) and
// reports its exit status to the loop.
func (t *subprocTransport) watch() {
	proc := t.proc
	release := t.ev.l.Hold()
	go func() {
		st, err := proc.Wait()
		rc := 255
		if err == nil {
			if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				rc = -int(ws.Signal())
			} else {
				rc = st.ExitCode()
			}
		}
		t.ev.l.Post(func() {
			release()
			if t.ev.closed {
				return
			}
			t.ev.l.CallSoon(func() { t.processExited(rc) })
		})
	}()
}

// connectPipesCoro is BaseSubprocessTransport._connect_pipes, run as a
// task: each pipe's transport is made and awaited in turn, then
// connection_made and the calls that were pending are scheduled.
func (t *subprocTransport) connectPipesCoro(waiter *Future) *interp.Coroutine {
	fd := -1
	var pw *Future
	return newCoro("BaseSubprocessTransport._connect_pipes", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		for {
			if pw != nil {
				_, y, pending, exc := awaitFut(pw, send, throw)
				if pending {
					return nil, y, false, nil
				}
				pw = nil
				if exc != nil {
					if !waiter.Cancelled() && !waiter.Done() {
						waiter.SetException(exc)
					}
					return interp.None, nil, true, nil
				}
			} else if throw != nil {
				return nil, nil, false, throw
			}
			fd++
			if fd > 2 {
				break
			}
			file := t.childFiles[fd]
			if file == nil {
				continue
			}
			t.childFiles[fd] = nil
			pp := &pipeProto{proc: t, fd: fd}
			pw = NewFuture(t.ev)
			if fd == 0 {
				pp.pipe = newWritePipe(t.ev, file, pp, pw)
			} else {
				pp.pipe = newReadPipe(t.ev, file, pp, pw)
			}
			t.pipes[fd] = pp
			send, throw = interp.None, nil
		}
		t.ev.l.CallSoon(func() { t.proto.connectionMade(t) })
		for _, fn := range t.pending {
			t.ev.l.CallSoon(fn)
		}
		t.pending = nil
		t.pendingOn = false
		if !waiter.Cancelled() && !waiter.Done() {
			waiter.SetResult(interp.None)
		}
		return interp.None, nil, true, nil
	})
}

// Process is asyncio.subprocess.Process.
type Process struct {
	tr    *subprocTransport
	proto *subprocProtocol
	ev    *EventLoop
}

func (p *Process) Type() *interp.Class { return p.ev.rt.classes().streams.Process }

func (p *Process) Repr(f *interp.Fiber) (string, *interp.Exception) {
	return "<Process " + strconv.Itoa(p.tr.pid) + ">", nil
}

// createSubprocess is create_subprocess_exec/_shell: the transport
// starts the child, its _connect_pipes task connects the pipes, and the
// Process comes back once they are.
func (rt *Runtime) createSubprocess(f *interp.Fiber, argv []string, spec [3]stdioSpec, limit int, cwd string, env []string) *interp.Coroutine {
	var waiter *Future
	var tr *subprocTransport
	var proto *subprocProtocol
	return newCoro("create_subprocess", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if waiter == nil {
			if throw != nil {
				return nil, nil, false, throw
			}
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			proto = &subprocProtocol{limit: limit}
			proto.ev = ev
			proto.stdinClosed = NewFuture(ev)
			if tr, waiter, err = ev.startSubprocess(argv, spec, cwd, env, proto); err != nil {
				return nil, nil, false, err
			}
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(waiter, send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil {
			tr.close()
			return nil, nil, false, exc
		}
		return &Process{tr: tr, proto: proto, ev: tr.ev}, nil, true, nil
	})
}

// startSubprocess is _make_subprocess_transport up to its await: the
// child is started, the _connect_pipes task made and the child watched;
// the returned waiter completes once the pipes are connected.
func (ev *EventLoop) startSubprocess(argv []string, spec [3]stdioSpec, cwd string, env []string, proto subprocProto) (*subprocTransport, *Future, *interp.Exception) {
	tr := &subprocTransport{ev: ev, proto: proto, pipes: map[int]*pipeProto{}, pendingOn: true}
	for i, s := range spec {
		if s.kind == spPIPE {
			tr.pipes[i] = &pipeProto{proc: tr, fd: i}
		}
	}
	if err := tr.spawn(argv, spec, cwd, env); err != nil {
		return nil, nil, err
	}
	waiter := NewFuture(ev)
	ev.newTask(tr.connectPipesCoro(waiter), nil)
	tr.watch()
	return tr, waiter, nil
}

// subprocessKwargs reads stdin/stdout/stderr/limit/cwd/env and refuses
// what subprocess_exec refuses.
func subprocessKwargs(f *interp.Fiber, fname string, kw []interp.KV) ([3]stdioSpec, int, string, []string, *interp.Exception) {
	return subprocessKwargsFrom([3]stdioSpec{}, f, fname, kw)
}

// subprocessKwargsFrom is subprocessKwargs with other defaults for the
// three streams (loop.subprocess_exec's are PIPE).
func subprocessKwargsFrom(spec [3]stdioSpec, f *interp.Fiber, fname string, kw []interp.KV) ([3]stdioSpec, int, string, []string, *interp.Exception) {
	limit := defaultLimit
	cwd := ""
	var env []string
	for _, k := range kw {
		var err *interp.Exception
		switch k.Name {
		case "stdin":
			spec[0], err = stdioArg(f, k.Value)
		case "stdout":
			spec[1], err = stdioArg(f, k.Value)
		case "stderr":
			spec[2], err = stdioArg(f, k.Value)
		case "limit":
			limit, err = limitArg(f, k.Value)
		case "cwd":
			if k.Value != interp.None {
				s, ok := k.Value.(interp.Str)
				if !ok {
					return spec, 0, "", nil, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(k.Value))
				}
				cwd = string(s)
			}
		case "env":
			if k.Value != interp.None {
				d, ok := k.Value.(*interp.Dict)
				if !ok {
					return spec, 0, "", nil, interp.Errorf(interp.TypeError, "'%s' object has no attribute 'keys'", interp.TypeName(k.Value))
				}
				env = []string{}
				var bad interp.Value
				d.Items(func(k, v interp.Value) bool {
					ks, ok1 := k.(interp.Str)
					vs, ok2 := v.(interp.Str)
					if !ok1 || !ok2 {
						bad = v
						return false
					}
					env = append(env, string(ks)+"="+string(vs))
					return true
				})
				if bad != nil {
					return spec, 0, "", nil, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(bad))
				}
			}
		case "universal_newlines", "text":
			if t, _ := interp.Truth(f, k.Value); t {
				return spec, 0, "", nil, interp.Errorf(interp.ValueError, "%s must be False", k.Name)
			}
		case "bufsize":
			if n, ok := k.Value.(interp.Int); !ok || n != 0 {
				return spec, 0, "", nil, interp.Errorf(interp.ValueError, "bufsize must be 0")
			}
		case "encoding", "errors":
			if k.Value != interp.None {
				return spec, 0, "", nil, interp.Errorf(interp.ValueError, "%s must be None", k.Name)
			}
		case "close_fds", "start_new_session", "pass_fds", "preexec_fn":
		default:
			return spec, 0, "", nil, interp.Errorf(interp.TypeError, "Popen.__init__() got an unexpected keyword argument '%s'", k.Name)
		}
		if err != nil {
			return spec, 0, "", nil, err
		}
	}
	return spec, limit, cwd, env, nil
}

// createSubprocessExecFunc is asyncio.create_subprocess_exec(program, *args, ...).
func (rt *Runtime) createSubprocessExecFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var program interp.Value
	var rest []interp.Value
	var kwds []interp.KV
	if err := interp.UnpackArgsPy("create_subprocess_exec", args, kw, "program", &program, "*args", &rest, "**kwds", &kwds); err != nil {
		return nil, err
	}
	spec, limit, cwd, env, err := subprocessKwargs(f, "create_subprocess_exec", kwds)
	if err != nil {
		return nil, err
	}
	argv := make([]string, 0, 1+len(rest))
	for _, a := range append([]interp.Value{program}, rest...) {
		switch x := a.(type) {
		case interp.Str:
			argv = append(argv, string(x))
		default:
			if b, ok := bytesLike(a); ok {
				argv = append(argv, string(b))
				continue
			}
			return nil, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(a))
		}
	}
	return rt.createSubprocess(f, argv, spec, limit, cwd, env), nil
}

// createSubprocessShellFunc is asyncio.create_subprocess_shell(cmd, ...).
func (rt *Runtime) createSubprocessShellFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var cmd interp.Value
	var kwds []interp.KV
	if err := interp.UnpackArgsPy("create_subprocess_shell", args, kw, "cmd", &cmd, "**kwds", &kwds); err != nil {
		return nil, err
	}
	spec, limit, cwd, env, err := subprocessKwargs(f, "create_subprocess_shell", kwds)
	if err != nil {
		return nil, err
	}
	var s string
	switch x := cmd.(type) {
	case interp.Str:
		s = string(x)
	default:
		b, ok := bytesLike(cmd)
		if !ok {
			return newCoro("create_subprocess_shell", func(*interp.Fiber, interp.Value, *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				return nil, nil, false, interp.Errorf(interp.ValueError, "cmd must be a string")
			}), nil
		}
		s = string(b)
	}
	return rt.createSubprocess(f, []string{"/bin/sh", "-c", s}, spec, limit, cwd, env), nil
}

// communicateCoro is Process.communicate(input=None): a gather of the
// stdin feed and the two reads (three tasks), then wait().
func (p *Process) communicateCoro(f *interp.Fiber, input interp.Value) *interp.Coroutine {
	state := 0
	var gf *Future
	var results interp.Value
	var waitC *nativeCoro
	return newCoro("Process.communicate", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case 0:
			if throw != nil {
				return nil, nil, false, throw
			}
			var stdin, stdout, stderr interp.Value
			if input != nil && input != interp.None {
				c, err := p.feedStdinCoro(input)
				if err != nil {
					return nil, nil, false, err
				}
				stdin = c
			} else {
				stdin = doneCoro("Process._noop", interp.None)
			}
			if p.proto.stdout != nil {
				stdout = p.readStreamCoro(1)
			} else {
				stdout = doneCoro("Process._noop", interp.None)
			}
			if p.proto.stderr != nil {
				stderr = p.readStreamCoro(2)
			} else {
				stderr = doneCoro("Process._noop", interp.None)
			}
			var err *interp.Exception
			gf, err = p.ev.gather(f, []interp.Value{stdin, stdout, stderr}, false)
			if err != nil {
				return nil, nil, false, err
			}
			state = 1
			send, throw = interp.None, nil
			fallthrough
		case 1:
			v, y, pending, exc := awaitFut(gf, send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return nil, nil, false, exc
			}
			results = v
			waitC = p.tr.waitCoro()
			state = 2
			send, throw = interp.None, nil
		}
		_, y, done, exc := waitC.Await(f, send, throw)
		if exc != nil {
			return nil, nil, false, exc
		}
		if !done {
			return nil, y, false, nil
		}
		items, _ := results.(*interp.List)
		if items == nil || len(items.Items) != 3 {
			return interp.Tuple{interp.None, interp.None}, nil, true, nil
		}
		return interp.Tuple{items.Items[1], items.Items[2]}, nil, true, nil
	})
}

// feedStdinCoro is Process._feed_stdin(input).
func (p *Process) feedStdinCoro(input interp.Value) (*interp.Coroutine, *interp.Exception) {
	b, ok := bytesLike(input)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "data argument must be a bytes-like object, not '%s'", interp.TypeName(input))
	}
	if p.proto.stdin == nil {
		return nil, interp.Errorf(interp.AttributeError, "'NoneType' object has no attribute 'write'")
	}
	w := p.proto.stdin
	var dn *nativeCoro
	return newCoro("Process._feed_stdin", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if dn == nil {
			if throw != nil {
				return nil, nil, false, throw
			}
			if err := w.tr.write(b); err != nil {
				return nil, nil, false, err
			}
			dn = w.drainCoro()
			send, throw = interp.None, nil
		}
		_, y, done, exc := dn.Await(f, send, throw)
		if exc == nil && !done {
			return nil, y, false, nil
		}
		if exc != nil && !exc.Matches(interp.BrokenPipeError) && !exc.Matches(interp.ConnectionResetError) {
			return nil, nil, false, exc
		}
		w.tr.close()
		return interp.None, nil, true, nil
	}), nil
}

// readStreamCoro is Process._read_stream(fd).
func (p *Process) readStreamCoro(fd int) *interp.Coroutine {
	stream := p.proto.stdout
	if fd == 2 {
		stream = p.proto.stderr
	}
	tr := p.tr.pipeTransport(fd)
	rd := stream.readCoroN(-1)
	return newCoro("Process._read_stream", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		v, y, done, exc := rd.Await(f, send, throw)
		if exc != nil || !done {
			return nil, y, false, exc
		}
		if tr != nil {
			tr.close()
		}
		return v, nil, true, nil
	})
}

func processMethods() map[string]interp.NativeFunc {
	m0 := func(name string, fn func(f *interp.Fiber, p *Process) (interp.Value, *interp.Exception)) interp.NativeFunc {
		return selfOnly("Process", name, fn)
	}
	sig := func(name string, s syscall.Signal) interp.NativeFunc {
		return m0(name, func(f *interp.Fiber, p *Process) (interp.Value, *interp.Exception) {
			if err := p.tr.signal(s); err != nil {
				return nil, err
			}
			return interp.None, nil
		})
	}
	return map[string]interp.NativeFunc{
		"wait": m0("wait", func(f *interp.Fiber, p *Process) (interp.Value, *interp.Exception) {
			return p.tr.waitCoro().coro(), nil
		}),
		"kill":      sig("kill", syscall.SIGKILL),
		"terminate": sig("terminate", syscall.SIGTERM),
		"send_signal": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			p, err := selfArg[*Process]("Process", "send_signal", args)
			if err != nil {
				return nil, err
			}
			var self, s interp.Value
			if err := interp.UnpackArgsPy("Process.send_signal", args, kw, "self", &self, "signal", &s); err != nil {
				return nil, err
			}
			n, err := native.Index(f, s)
			if err != nil {
				return nil, err
			}
			if err := p.tr.signal(syscall.Signal(n)); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"communicate": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			p, err := selfArg[*Process]("Process", "communicate", args)
			if err != nil {
				return nil, err
			}
			var self, input interp.Value
			if err := interp.UnpackArgsPy("Process.communicate", args, kw, "self", &self, "input?", &input); err != nil {
				return nil, err
			}
			return p.communicateCoro(f, input), nil
		},
		"__repr__": reprMethod,
	}
}

func processGetattr(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
	p, ok := self.(*Process)
	if !ok {
		return nil, false, nil
	}
	switch name {
	case "pid":
		return interp.Int(p.tr.pid), true, nil
	case "returncode":
		if p.tr.returncode == nil {
			return interp.None, true, nil
		}
		return p.tr.returncode, true, nil
	case "stdin":
		if p.proto.stdin == nil {
			return interp.None, true, nil
		}
		return p.proto.stdin, true, nil
	case "stdout":
		if p.proto.stdout == nil {
			return interp.None, true, nil
		}
		return p.proto.stdout, true, nil
	case "stderr":
		if p.proto.stderr == nil {
			return interp.None, true, nil
		}
		return p.proto.stderr, true, nil
	}
	return nil, false, nil
}

// subprocessModule builds asyncio.subprocess (registered as the module
// "asyncio.subprocess" too, for `import asyncio.subprocess`).
func (rt *Runtime) subprocessModule() *interp.Module {
	if m, ok := rt.vm.Modules["asyncio.subprocess"]; ok {
		return m
	}
	m := interp.NewModule("asyncio.subprocess")
	m.Set("PIPE", interp.Int(spPIPE))
	m.Set("STDOUT", interp.Int(spSTDOUT))
	m.Set("DEVNULL", interp.Int(spDEVNULL))
	m.Set("Process", rt.classes().streams.Process)
	m.AddFuncs(map[string]interp.NativeFunc{
		"create_subprocess_exec":  rt.createSubprocessExecFunc,
		"create_subprocess_shell": rt.createSubprocessShellFunc,
	})
	rt.vm.Modules["asyncio.subprocess"] = m
	return m
}
