package asyncio

// This file defines the Unix domain socket streams: open_unix_connection
// and start_unix_server (streams.py) over create_unix_connection and
// create_unix_server (unix_events.py): a stale socket file is removed
// before binding, and closing the server leaves the file, as in 3.11.

import (
	"errors"
	"net"
	"os"
	"syscall"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// pathArg reads a socket path (str or bytes).
func pathArg(v interp.Value) (string, bool) {
	if s, ok := v.(interp.Str); ok {
		return string(s), true
	}
	if b, ok := bytesLike(v); ok {
		return string(b), true
	}
	return "", false
}

// listenUnix is the binding part of create_unix_server.
func (ev *EventLoop) listenUnix(path string, factory func() protocol) (*Server, *interp.Exception) {
	if path != "" && path[0] != 0 {
		if fi, err := os.Stat(path); err == nil && fi.Mode()&os.ModeSocket != 0 {
			os.Remove(path)
		}
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) && errno == syscall.EADDRINUSE {
			return nil, interp.NewOSError(int(errno), "Address "+mustRepr(nil, interp.Str(path))+" is already in use", "")
		}
		if errors.As(err, &errno) {
			return nil, native.OSError(errno, "", "")
		}
		return nil, osErrorFromGo(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	s := &Server{ev: ev, factory: factory}
	s.addListener(ln)
	return s, nil
}

// createUnixServer is loop.create_unix_server(factory, path).
func (ev *EventLoop) createUnixServer(path string, factory func() protocol, startServing bool) *nativeCoro {
	var srv *Server
	stepped := false
	return newSub("_UnixSelectorEventLoop.create_unix_server", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if throw != nil {
			return nil, nil, false, throw
		}
		if !stepped {
			stepped = true
			var err *interp.Exception
			if srv, err = ev.listenUnix(path, factory); err != nil {
				return nil, nil, false, err
			}
			if !startServing {
				return srv, nil, true, nil
			}
			srv.startServing()
			return nil, yieldNone, false, nil // await tasks.sleep(0)
		}
		return srv, nil, true, nil
	})
}

// createUnixConnection is loop.create_unix_connection(factory, path):
// the connect fails or succeeds at once (its error is the plain errno's,
// not "Connect call failed").
func (ev *EventLoop) createUnixConnection(path string, proto protocol) *nativeCoro {
	state := 0
	var dialFut, waiter *Future
	var tr *sockTransport
	return newSub("_UnixSelectorEventLoop.create_unix_connection", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case 0:
			// sock_connect: a Unix connect completes (or fails) at once,
			// so it is made here, on the loop, as CPython's sock.connect
			// call is; the server's accept comes through the loop later.
			dialFut = NewFuture(ev)
			conn, err := net.DialTimeout("unix", path, 5*time.Second)
			if err != nil {
				var errno syscall.Errno
				if errors.As(err, &errno) {
					return nil, nil, false, native.OSError(errno, "", "")
				}
				return nil, nil, false, osErrorFromGo(err)
			}
			dialFut.SetResult(&connBox{conn})
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
			waiter = NewFuture(ev)
			tr = newSockTransport(ev, v.(*connBox).c, proto, waiter, nil)
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

// openUnixConnectionFunc is streams.open_unix_connection(path, *, limit).
func (rt *Runtime) openUnixConnectionFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var pathV, limit interp.Value
	var kwds []interp.KV
	if err := interp.UnpackArgsPy("open_unix_connection", args, kw, "path?", &pathV, "*", "limit?", &limit, "**kwds", &kwds); err != nil {
		return nil, err
	}
	lim, err := limitArg(f, limit)
	if err != nil {
		return nil, err
	}
	var inner *nativeCoro
	var reader *StreamReader
	var proto *readerProtocol
	return newCoro("open_unix_connection", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if inner == nil {
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			path, ok := pathArg(pathV)
			if !ok {
				return nil, nil, false, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(pathV))
			}
			reader = newStreamReader(ev, lim)
			proto = newReaderProtocol(ev, reader, nil)
			inner = ev.createUnixConnection(path, proto)
			send, throw = interp.None, nil
		}
		res, y, done, exc := inner.Await(f, send, throw)
		if exc != nil || !done {
			return nil, y, false, exc
		}
		tr := res.(interp.Tuple)[0].(*TransportValue).tr
		return interp.Tuple{reader, &StreamWriter{tr: tr, proto: proto, reader: reader, ev: reader.ev}}, nil, true, nil
	}), nil
}

// startUnixServerFunc is streams.start_unix_server(cb, path, *, limit, ...).
func (rt *Runtime) startUnixServerFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var cb, pathV, limit interp.Value
	var kwds []interp.KV
	if err := interp.UnpackArgsPy("start_unix_server", args, kw, "client_connected_cb", &cb, "path?", &pathV, "*", "limit?", &limit, "**kwds", &kwds); err != nil {
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
	return newCoro("start_unix_server", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if inner == nil {
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			if pathV == nil || pathV == interp.None {
				return nil, nil, false, interp.Errorf(interp.ValueError, "path was not specified, and no sock specified")
			}
			path, ok := pathArg(pathV)
			if !ok {
				return nil, nil, false, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(pathV))
			}
			factory := func() protocol { return newReaderProtocol(ev, newStreamReader(ev, lim), cb) }
			inner = ev.createUnixServer(path, factory, startServing)
			send, throw = interp.None, nil
		}
		return inner.Await(f, send, throw)
	}), nil
}
