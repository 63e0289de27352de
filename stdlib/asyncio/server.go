package asyncio

// This file defines servers and connections: loop.create_server's Server
// (base_events.Server: _attach/_detach, close, wait_closed,
// serve_forever, start_serving, async with), the accept goroutine per
// listening socket with _accept_connection2 as a task per connection,
// create_connection (resolution, connect attempts and CPython's
// combined error), open_connection and start_server (streams.py), and
// the Python-visible transport and TransportSocket objects.

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Server is base_events.Server.
type Server struct {
	ev            *EventLoop
	listeners     []*listener // nil once closed (_sockets is None)
	active        int
	waiters       []*Future
	waitersClosed bool // _waiters is None
	factory       func() protocol
	serving       bool
	foreverFut    *Future
}

func (s *Server) Type() *interp.Class { return s.ev.rt.classes().streams.Server }

// listener is one listening socket and its accept goroutine.
type listener struct {
	s       *Server
	ln      net.Listener
	fd      int
	started bool
	closed  bool
}

func (s *Server) attach() { s.active++ }

func (s *Server) detach() {
	s.active--
	if s.active == 0 && s.listeners == nil {
		s.wakeup()
	}
}

func (s *Server) wakeup() {
	ws := s.waiters
	s.waiters = nil
	s.waitersClosed = true
	for _, w := range ws {
		if !w.Done() {
			w.SetResult(w)
		}
	}
}

// startServing is Server._start_serving: each socket starts accepting.
func (s *Server) startServing() {
	if s.serving {
		return
	}
	s.serving = true
	for _, l := range s.listeners {
		l.start()
	}
}

// start runs the accept loop (loop._start_serving): accepted sockets
// reach the loop through Post; each becomes an _accept_connection2 task.
func (l *listener) start() {
	if l.started || l.closed {
		return
	}
	l.started = true
	ev := l.s.ev
	release := ev.l.Hold()
	go func() {
		defer release()
		for {
			conn, err := l.ln.Accept()
			if err != nil {
				if errors.Is(err, net.ErrClosed) {
					return
				}
				var ne net.Error
				if errors.As(err, &ne) && ne.Timeout() {
					continue
				}
				if errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) {
					continue
				}
				return
			}
			ev.l.Post(func() { l.accepted(conn) })
		}
	}()
}

// accepted is the loop side of _accept_connection for one socket.
func (l *listener) accepted(conn net.Conn) {
	s := l.s
	if l.closed || s.listeners == nil || s.ev.closed {
		conn.Close()
		s.ev.acceptedLocal(conn)
		return
	}
	defer s.ev.acceptedLocal(conn)
	ev := s.ev
	var waiter *Future
	started := false
	coro := newCoro("BaseSelectorEventLoop._accept_connection2", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if !started {
			started = true
			proto := s.factory()
			if proto == nil {
				conn.Close()
				return interp.None, nil, true, nil
			}
			waiter = NewFuture(ev)
			newSockTransport(ev, conn, proto, waiter, s)
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(waiter, send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil && !exc.Matches(interp.Exception_) {
			return nil, nil, false, exc
		}
		return interp.None, nil, true, nil
	})
	ev.newTask(coro, nil)
}

func (l *listener) shutdownIO() {
	if !l.closed {
		l.closed = true
		l.ln.Close()
		l.s.ev.ioRemove(l)
		l.s.ev.releaseDialWaits()
	}
}

// addListener makes ln one of the server's sockets.
func (s *Server) addListener(ln net.Listener) {
	l := &listener{s: s, ln: ln, fd: -1}
	if sc, ok := ln.(syscall.Conn); ok {
		if raw, err := sc.SyscallConn(); err == nil {
			l.fd = rawFd(raw)
		}
	}
	s.listeners = append(s.listeners, l)
	s.ev.ioAdd(l)
}

// close is Server.close.
func (s *Server) close() {
	ls := s.listeners
	if ls == nil {
		return
	}
	s.listeners = nil
	for _, l := range ls {
		l.shutdownIO()
	}
	s.serving = false
	if s.foreverFut != nil && !s.foreverFut.Done() {
		s.foreverFut.Cancel(interp.None)
		s.foreverFut = nil
	}
	if s.active == 0 {
		s.wakeup()
	}
}

// Repr is <Server sockets=(...)>.
func (s *Server) Repr(f *interp.Fiber) (string, *interp.Exception) {
	r, err := reprOf(f, s.socketsTuple())
	if err != nil {
		return "", err
	}
	return "<Server sockets=" + r + ">", nil
}

func (s *Server) socketsTuple() interp.Tuple {
	if s.listeners == nil {
		return interp.Tuple{}
	}
	t := make(interp.Tuple, len(s.listeners))
	for i, l := range s.listeners {
		l := l
		t[i] = &TransportSocket{cls: s.ev.rt.classes().streams.TransportSocket, fd: l.fd, local: l.ln.Addr(), closed: func() bool { return l.closed }}
	}
	return t
}

// waitClosedCoro is Server.wait_closed (3.11: returns at once when the
// server is already closed).
func (s *Server) waitClosedCoro() *nativeCoro {
	var w *Future
	return newSub("Server.wait_closed", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if w == nil {
			if s.listeners == nil || s.waitersClosed {
				return interp.None, nil, true, nil
			}
			w = NewFuture(s.ev)
			s.waiters = append(s.waiters, w)
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(w, send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		return interp.None, nil, true, nil
	})
}

// serveForeverCoro is Server.serve_forever.
func (s *Server) serveForeverCoro(f *interp.Fiber) *interp.Coroutine {
	state := 0
	var fut *Future
	var closing *nativeCoro
	var cancelExc *interp.Exception
	return newCoro("Server.serve_forever", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case 0:
			if s.foreverFut != nil {
				return nil, nil, false, interp.Errorf(interp.RuntimeError, "server %s is already being awaited on serve_forever()", mustRepr(f, s))
			}
			if s.listeners == nil {
				return nil, nil, false, interp.Errorf(interp.RuntimeError, "server %s is closed", mustRepr(f, s))
			}
			s.startServing()
			fut = NewFuture(s.ev)
			s.foreverFut = fut
			state = 1
			send, throw = interp.None, nil
			fallthrough
		case 1:
			_, y, pending, exc := awaitFut(fut, send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc == nil || !exc.Matches(CancelledError) {
				s.foreverFut = nil
				if exc != nil {
					return nil, nil, false, exc
				}
				return interp.None, nil, true, nil
			}
			// except CancelledError: close(); await wait_closed(); raise
			cancelExc = exc
			s.close()
			closing = s.waitClosedCoro()
			state = 2
			send, throw = interp.None, nil
		}
		res, y, done, exc := closing.Await(f, send, throw)
		_ = res
		if exc != nil {
			s.foreverFut = nil
			return nil, nil, false, exc
		}
		if !done {
			return nil, y, false, nil
		}
		s.foreverFut = nil
		return nil, nil, false, cancelExc
	})
}

func serverMethods() map[string]interp.NativeFunc {
	m := func(name string, fn func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception)) interp.NativeFunc {
		return selfOnly("Server", name, fn)
	}
	return map[string]interp.NativeFunc{
		"close": m("close", func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception) {
			s.close()
			return interp.None, nil
		}),
		"get_loop": m("get_loop", func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception) { return s.ev, nil }),
		"is_serving": m("is_serving", func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception) {
			return interp.Bool(s.serving), nil
		}),
		"wait_closed": m("wait_closed", func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception) {
			return s.waitClosedCoro().coro(), nil
		}),
		"serve_forever": m("serve_forever", func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception) {
			return s.serveForeverCoro(f), nil
		}),
		"start_serving": m("start_serving", func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception) {
			s.startServing()
			stepped := false
			return newCoro("Server.start_serving", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if throw != nil {
					return nil, nil, false, throw
				}
				if !stepped {
					stepped = true
					return nil, yieldNone, false, nil
				}
				return interp.None, nil, true, nil
			}), nil
		}),
		"__aenter__": m("__aenter__", func(f *interp.Fiber, s *Server) (interp.Value, *interp.Exception) {
			return doneCoro("AbstractServer.__aenter__", s), nil
		}),
		"__aexit__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := selfArg[*Server]("Server", "__aexit__", args)
			if err != nil {
				return nil, err
			}
			s.close()
			wc := s.waitClosedCoro()
			return newCoro("AbstractServer.__aexit__", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				res, y, done, exc := wc.Await(f, send, throw)
				if done {
					return interp.None, nil, true, nil
				}
				_ = res
				return nil, y, false, exc
			}), nil
		},
		"__repr__": reprMethod,
	}
}

// TransportSocket is trsock.TransportSocket: a read-only view of a socket.
type TransportSocket struct {
	cls    *interp.Class
	fd     int
	local  net.Addr
	remote net.Addr
	closed func() bool
}

func (s *TransportSocket) Type() *interp.Class { return s.cls }

func (s *TransportSocket) family() int {
	switch a := s.local.(type) {
	case *net.UnixAddr:
		return 1 // AF_UNIX
	case *net.TCPAddr:
		if a.IP.To4() == nil {
			return 10 // AF_INET6
		}
	}
	return 2 // AF_INET
}

func (s *TransportSocket) proto() int {
	if s.family() == 1 {
		return 0
	}
	return 6 // IPPROTO_TCP
}

func (s *TransportSocket) fileno() int {
	if s.closed != nil && s.closed() {
		return -1
	}
	return s.fd
}

// Repr is TransportSocket.__repr__.
func (s *TransportSocket) Repr(f *interp.Fiber) (string, *interp.Exception) {
	b := "<asyncio.TransportSocket fd=" + strconv.Itoa(s.fileno()) + ", family=" + strconv.Itoa(s.family()) + ", type=1, proto=" + strconv.Itoa(s.proto())
	if s.fileno() != -1 {
		// f"{laddr}": a tuple's repr, a path as it is; empty ones omitted
		if l := addrValue(s.local); l != interp.None && l != interp.Str("") {
			r, _ := interp.ToStr(f, l)
			b += ", laddr=" + r
		}
		if s.remote != nil {
			if r := addrValue(s.remote); r != interp.None && r != interp.Str("") {
				rr, _ := interp.ToStr(f, r)
				b += ", raddr=" + rr
			}
		}
	}
	return b + ">", nil
}

func transportSocketMethods() map[string]interp.NativeFunc {
	self := func(args []interp.Value) (*TransportSocket, *interp.Exception) {
		if len(args) == 1 {
			if s, ok := args[0].(*TransportSocket); ok {
				return s, nil
			}
		}
		return nil, interp.Errorf(interp.TypeError, "TransportSocket method takes no arguments")
	}
	return map[string]interp.NativeFunc{
		"getsockname": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args)
			if err != nil {
				return nil, err
			}
			if s.fileno() == -1 {
				return nil, native.OSError(syscall.EBADF, "", "")
			}
			return addrValue(s.local), nil
		},
		"getpeername": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args)
			if err != nil {
				return nil, err
			}
			if s.fileno() == -1 {
				return nil, native.OSError(syscall.EBADF, "", "")
			}
			if s.remote == nil {
				return nil, native.OSError(syscall.ENOTCONN, "", "")
			}
			return addrValue(s.remote), nil
		},
		"fileno": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args)
			if err != nil {
				return nil, err
			}
			return interp.Int(s.fileno()), nil
		},
		"__repr__": reprMethod,
	}
}

// TransportValue is the Python object of a transport
// (writer.transport, get_extra_info's owner).
type TransportValue struct {
	tr  transport
	cls *interp.Class
}

func (t *TransportValue) Type() *interp.Class { return t.cls }

func (t *TransportValue) Repr(f *interp.Fiber) (string, *interp.Exception) { return t.tr.repr(), nil }

func transportValue(tr transport) interp.Value {
	switch t := tr.(type) {
	case *sockTransport:
		if t.py == nil {
			t.py = &TransportValue{tr: tr, cls: t.ev.rt.classes().streams.SocketTransport}
		}
		return t.py
	case *readPipe:
		return &TransportValue{tr: tr, cls: t.ev.rt.classes().streams.ReadPipeTransport}
	case *writePipe:
		return &TransportValue{tr: tr, cls: t.ev.rt.classes().streams.WritePipeTransport}
	}
	return interp.None
}

func transportMethods() map[string]interp.NativeFunc {
	self := func(args []interp.Value) (transport, *interp.Exception) {
		if len(args) > 0 {
			if t, ok := args[0].(*TransportValue); ok {
				return t.tr, nil
			}
		}
		return nil, interp.Errorf(interp.TypeError, "descriptor requires a transport")
	}
	m0 := func(name string, fn func(t transport) interp.Value) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := self(args)
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs(name, args[1:], kw, 0); err != nil {
				return nil, err
			}
			return fn(t), nil
		}
	}
	return map[string]interp.NativeFunc{
		"get_extra_info": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := self(args)
			if err != nil {
				return nil, err
			}
			return extraInfoCall(f, "BaseTransport.get_extra_info", t, args, kw)
		},
		"write": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := self(args)
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "write() takes exactly one argument")
			}
			b, err := writeArg(args[1])
			if err != nil {
				return nil, err
			}
			return interp.None, t.write(b)
		},
		"close":         m0("close", func(t transport) interp.Value { t.close(); return interp.None }),
		"abort":         m0("abort", func(t transport) interp.Value { t.abort(); return interp.None }),
		"is_closing":    m0("is_closing", func(t transport) interp.Value { return interp.Bool(t.isClosing()) }),
		"is_reading":    m0("is_reading", func(t transport) interp.Value { return interp.Bool(t.isReading()) }),
		"pause_reading": m0("pause_reading", func(t transport) interp.Value { t.pauseReading(); return interp.None }),
		"resume_reading": m0("resume_reading", func(t transport) interp.Value {
			t.resumeReading()
			return interp.None
		}),
		"get_write_buffer_size": m0("get_write_buffer_size", func(t transport) interp.Value { return interp.Int(t.writeBufferSize()) }),
		"can_write_eof":         m0("can_write_eof", func(t transport) interp.Value { return interp.Bool(t.canWriteEOF()) }),
		"write_eof": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := self(args)
			if err != nil {
				return nil, err
			}
			return interp.None, t.writeEOF()
		},
		"__repr__": reprMethod,
	}
}

// hostAddrs resolves host for a server or a connection (_ensure_resolved:
// an IP literal is used as is; a name is looked up, on a goroutine for
// connections). host "" means every interface.
func resolveHost(ctx context.Context, host string) ([]net.IP, error) {
	if ip := net.ParseIP(host); ip != nil {
		return []net.IP{ip}, nil
	}
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil {
		return nil, err
	}
	ips := make([]net.IP, 0, len(addrs))
	for _, a := range addrs {
		ips = append(ips, a.IP)
	}
	return ips, nil
}

// GAIError is socket.gaierror.
var GAIError = excClass("gaierror", "socket", interp.OSError)

// newGAIError is socket.gaierror(errno, strerror).
func newGAIError(errno int, msg string) *interp.Exception {
	e := interp.NewOSError(errno, msg, "")
	e.Class = GAIError
	return e
}

// gaiError is socket.gaierror for a failed lookup.
func gaiError(err error) *interp.Exception {
	var de *net.DNSError
	if errors.As(err, &de) && de.IsNotFound {
		return newGAIError(-2, "Name or service not known")
	}
	if errors.As(err, &de) {
		return newGAIError(-3, "Temporary failure in name resolution")
	}
	return osErrorFromGo(err)
}

// hostPortArgs reads the host and port arguments (None for either).
func hostPortArgs(f *interp.Fiber, host, port interp.Value, verb string) (string, bool, int, *interp.Exception) {
	h, hasHost := "", false
	if host != nil && host != interp.None {
		s, ok := host.(interp.Str)
		if !ok {
			return "", false, 0, interp.Errorf(interp.TypeError, "str, bytes or bytearray expected, not %s", interp.TypeName(host))
		}
		h, hasHost = string(s), true
	}
	p := 0
	if port != nil && port != interp.None {
		switch x := port.(type) {
		case interp.Str:
			n, err := strconv.Atoi(string(x))
			if err != nil {
				return "", false, 0, newGAIError(-8, "Servname not supported for ai_socktype")
			}
			p = n
		default:
			n, err := native.Index(f, port)
			if err != nil {
				return "", false, 0, interp.Errorf(interp.TypeError, "'%s' object cannot be interpreted as an integer", interp.TypeName(port))
			}
			p = int(n)
		}
		if p < 0 || p > 65535 {
			return "", false, 0, interp.Errorf(interp.OverflowError, "%s(): port must be 0-65535.", verb)
		}
	}
	return h, hasHost, p, nil
}

// createServer is loop.create_server(factory, host, port, backlog=...,
// start_serving=True): the listening sockets are made, then (one
// _create_server_getaddrinfo task per host, as the gather in CPython)
// serving starts, and one loop iteration passes.
func (ev *EventLoop) createServer(f *interp.Fiber, factory func() protocol, host string, hasHost bool, port int, startServing bool) *nativeCoro {
	state := 0
	var srv *Server
	var gatherFut *Future
	return newSub("BaseEventLoop.create_server", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case 0:
			// the gather of one _create_server_getaddrinfo per host
			hosts := []string{host}
			if !hasHost || host == "" {
				hosts = []string{""}
			}
			var coros []interp.Value
			for range hosts {
				coros = append(coros, doneCoro("BaseEventLoop._create_server_getaddrinfo", interp.None))
			}
			var err *interp.Exception
			gatherFut, err = ev.gather(f, coros, false)
			if err != nil {
				return nil, nil, false, err
			}
			state = 1
			send, throw = interp.None, nil
			fallthrough
		case 1:
			_, y, pending, exc := awaitFut(gatherFut, send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return nil, nil, false, exc
			}
			var err *interp.Exception
			srv, err = ev.listen(host, hasHost, port, factory)
			if err != nil {
				return nil, nil, false, err
			}
			if !startServing {
				return srv, nil, true, nil
			}
			srv.startServing()
			state = 2
			return nil, yieldNone, false, nil // await tasks.sleep(0)
		}
		if throw != nil {
			return nil, nil, false, throw
		}
		return srv, nil, true, nil
	})
}

// listen binds and listens on every address of host (both families for
// every interface, as CPython's AF_UNSPEC getaddrinfo of None gives).
func (ev *EventLoop) listen(host string, hasHost bool, port int, factory func() protocol) (*Server, *interp.Exception) {
	var addrs []string
	if !hasHost || host == "" {
		addrs = []string{"tcp4|0.0.0.0", "tcp6|::"}
	} else {
		ips, err := resolveHost(context.Background(), host)
		if err != nil {
			return nil, gaiError(err)
		}
		for _, ip := range ips {
			if ip.To4() != nil {
				addrs = append(addrs, "tcp4|"+ip.String())
			} else {
				addrs = append(addrs, "tcp6|"+ip.String())
			}
		}
	}
	s := &Server{ev: ev, factory: factory}
	for _, a := range addrs {
		network, ip, _ := strings.Cut(a, "|")
		ln, err := net.Listen(network, net.JoinHostPort(ip, strconv.Itoa(port)))
		if err != nil {
			if network == "tcp6" && (!hasHost || host == "") {
				continue // no IPv6 on this machine
			}
			for _, l := range s.listeners {
				l.ln.Close()
			}
			var errno syscall.Errno
			if errors.As(err, &errno) {
				strerror := ""
				if e := native.OSError(errno, "", ""); len(e.Args) > 1 {
					if m, ok := e.Args[1].(interp.Str); ok {
						strerror = string(m)
					}
				}
				msg := "error while attempting to bind on address " + bindAddrRepr(ip, port) + ": " + strings.ToLower(strerror)
				return nil, interp.NewOSError(int(errno), msg, "")
			}
			return nil, osErrorFromGo(err)
		}
		s.addListener(ln)
	}
	if s.listeners == nil {
		s.listeners = []*listener{}
	}
	return s, nil
}

func bindAddrRepr(ip string, port int) string {
	if strings.Contains(ip, ":") {
		return "('" + ip + "', " + strconv.Itoa(port) + ", 0, 0)"
	}
	return "('" + ip + "', " + strconv.Itoa(port) + ")"
}

// dialResult is what the connect goroutine hands back.
type dialResult struct {
	conn net.Conn
	exc  *interp.Exception
	errs []string // str() of each failed attempt
	excs []*interp.Exception
}

// createConnection is loop.create_connection(factory, host, port): the
// address is resolved and each one tried in order on a goroutine; the
// transport is made on the loop and awaited until connection_made ran.
func (ev *EventLoop) createConnection(host string, port int, proto protocol) *nativeCoro {
	state := 0
	var dialFut, waiter *Future
	var tr *sockTransport
	return newSub("BaseEventLoop.create_connection", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case 0:
			dialFut = NewFuture(ev)
			release := ev.l.Hold()
			ctx, cancel := context.WithCancel(context.Background())
			dialFut.AddDoneCallback(func(fut *Future) {
				if fut.Cancelled() {
					cancel()
				}
			}, func() string {
				return "_chain_future.<locals>._call_check_cancel() at " + cpythonAsyncio + "futures.py:387"
			})
			go func() {
				res := dial(ctx, host, port)
				ev.l.Post(func() {
					release()
					cancel()
					if dialFut.Done() {
						if res.conn != nil {
							res.conn.Close()
						}
						return
					}
					if res.exc != nil {
						dialFut.SetException(res.exc)
						dialFut.logTB = false
						return
					}
					ev.awaitAccept(res.conn, func() {
						if dialFut.Done() {
							res.conn.Close()
							return
						}
						dialFut.SetResult(&connBox{res.conn})
					})
				})
			}()
			state = 1
			send, throw = interp.None, nil
			fallthrough
		case 1:
			v, y, pending, exc := awaitFut(dialFut, send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return nil, nil, false, exc
			}
			conn := v.(*connBox).c
			waiter = NewFuture(ev)
			tr = newSockTransport(ev, conn, proto, waiter, nil)
			state = 2
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
		return interp.Tuple{transportValue(tr), interp.None}, nil, true, nil
	})
}

// connBox carries a net.Conn through a Future's result.
type connBox struct{ c net.Conn }

func (*connBox) Type() *interp.Class { return interp.ObjectClass }

// dial resolves host and tries each address in turn, as create_connection
// does; on failure the error is CPython's: the one error, or one of
// several with the same text, or "Multiple exceptions: ...".
func dial(ctx context.Context, host string, port int) dialResult {
	ips, err := resolveHost(ctx, host)
	if err != nil {
		return dialResult{exc: gaiError(err)}
	}
	var excs []*interp.Exception
	var strs []string
	var d net.Dialer
	for _, ip := range ips {
		network := "tcp4"
		if ip.To4() == nil {
			network = "tcp6"
		}
		conn, err := d.DialContext(ctx, network, net.JoinHostPort(ip.String(), strconv.Itoa(port)))
		if err == nil {
			return dialResult{conn: conn}
		}
		var exc *interp.Exception
		var errno syscall.Errno
		if errors.As(err, &errno) {
			exc = interp.NewOSError(int(errno), "Connect call failed "+bindAddrRepr(ip.String(), port), "")
		} else {
			exc = osErrorFromGo(err)
		}
		excs = append(excs, exc)
		strs = append(strs, exc.MessageText())
	}
	if len(excs) == 0 {
		return dialResult{exc: interp.Errorf(interp.OSError, "getaddrinfo() returned empty list")}
	}
	if len(excs) == 1 {
		return dialResult{exc: excs[0]}
	}
	same := true
	for _, s := range strs {
		if s != strs[0] {
			same = false
		}
	}
	if same {
		return dialResult{exc: excs[0]}
	}
	return dialResult{exc: interp.Errorf(interp.OSError, "Multiple exceptions: %s", strings.Join(strs, ", "))}
}

// openConnection is streams.open_connection(host, port, *, limit).
func (rt *Runtime) openConnectionFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var host, port, limit interp.Value
	var kwds []interp.KV
	if err := interp.UnpackArgsPy("open_connection", args, kw, "host?", &host, "port?", &port, "*", "limit?", &limit, "**kwds", &kwds); err != nil {
		return nil, err
	}
	lim, err := limitArg(f, limit)
	if err != nil {
		return nil, err
	}
	var inner *nativeCoro
	var reader *StreamReader
	var proto *readerProtocol
	return newCoro("open_connection", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if inner == nil {
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			h, _, p, err := hostPortArgs(f, host, port, "connect")
			if err != nil {
				return nil, nil, false, err
			}
			if host == nil || host == interp.None {
				h = "localhost"
			}
			reader = newStreamReader(ev, lim)
			proto = newReaderProtocol(ev, reader, nil)
			inner = ev.createConnection(h, p, proto)
			send, throw = interp.None, nil
		}
		res, y, done, exc := inner.Await(f, send, throw)
		if exc != nil || !done {
			return nil, y, false, exc
		}
		tr := res.(interp.Tuple)[0].(*TransportValue).tr
		w := &StreamWriter{tr: tr, proto: proto, reader: reader, ev: reader.ev}
		return interp.Tuple{reader, w}, nil, true, nil
	}), nil
}

func limitArg(f *interp.Fiber, limit interp.Value) (int, *interp.Exception) {
	if limit == nil {
		return defaultLimit, nil
	}
	n, err := native.Index(f, limit)
	if err != nil {
		return 0, err
	}
	if n <= 0 {
		return 0, interp.Errorf(interp.ValueError, "Limit cannot be <= 0")
	}
	return int(n), nil
}

// startServerFunc is streams.start_server(client_connected_cb, host,
// port, *, limit, backlog, start_serving, ...).
func (rt *Runtime) startServerFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var cb, host, port, limit interp.Value
	var kwds []interp.KV
	if err := interp.UnpackArgsPy("start_server", args, kw, "client_connected_cb", &cb, "host?", &host, "port?", &port, "*", "limit?", &limit, "**kwds", &kwds); err != nil {
		return nil, err
	}
	lim, err := limitArg(f, limit)
	if err != nil {
		return nil, err
	}
	startServing, err := serverKwargs(f, kwds)
	if err != nil {
		return nil, err
	}
	var inner *nativeCoro
	return newCoro("start_server", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if inner == nil {
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			h, hasHost, p, err := hostPortArgs(f, host, port, "bind")
			if err != nil {
				return nil, nil, false, err
			}
			factory := func() protocol {
				return newReaderProtocol(ev, newStreamReader(ev, lim), cb)
			}
			inner = ev.createServer(f, factory, h, hasHost, p, startServing)
			send, throw = interp.None, nil
		}
		return inner.Await(f, send, throw)
	}), nil
}
