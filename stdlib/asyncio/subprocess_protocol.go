package asyncio

// This file defines loop.subprocess_exec and loop.subprocess_shell with a
// Python protocol (protocols.SubprocessProtocol): pySubprocProtocol calls
// its pipe_data_received, pipe_connection_lost, process_exited and
// connection_lost, and the subprocess transport is a Python object
// (get_pid, get_returncode, get_pipe_transport, close, kill, ...).

import (
	"strconv"
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
)

// pySubprocProtocol adapts a Python SubprocessProtocol.
type pySubprocProtocol struct{ pyProtocol }

func (p *pySubprocProtocol) connectionMade(t *subprocTransport) {
	p.call("connection_made", "Exception in callback SubprocessProtocol.connection_made", t)
}

func (p *pySubprocProtocol) pipeDataReceived(fd int, data []byte) {
	p.call("pipe_data_received", "Exception in callback SubprocessProtocol.pipe_data_received", interp.Int(fd), bytesValue(data))
}

func (p *pySubprocProtocol) pipeConnectionLost(fd int, exc *interp.Exception) {
	var e interp.Value = interp.None
	if exc != nil {
		e = exc
	}
	p.call("pipe_connection_lost", "Exception in callback SubprocessProtocol.pipe_connection_lost", interp.Int(fd), e)
}

func (p *pySubprocProtocol) processExitedCB() {
	p.call("process_exited", "Exception in callback SubprocessProtocol.process_exited")
}

// Repr is BaseSubprocessTransport.__repr__.
func (t *subprocTransport) Repr(f *interp.Fiber) (string, *interp.Exception) {
	info := []string{"_UnixSubprocessTransport"}
	if t.closed {
		info = append(info, "closed")
	}
	info = append(info, "pid="+strconv.Itoa(t.pid))
	if t.returncode != nil {
		info = append(info, "returncode="+mustRepr(f, t.returncode))
	} else {
		info = append(info, "running")
	}
	pipe := func(fd int) string {
		if tr := t.pipeTransport(fd); tr != nil {
			return tr.repr()
		}
		return ""
	}
	if s := pipe(0); s != "" {
		info = append(info, "stdin="+s)
	}
	if s := pipe(1); s != "" {
		info = append(info, "stdout="+s)
	}
	if s := pipe(2); s != "" {
		info = append(info, "stderr="+s)
	}
	return "<" + joinInfo(info) + ">", nil
}

func subprocTransportMethods() map[string]interp.NativeFunc {
	self := func(args []interp.Value) (*subprocTransport, *interp.Exception) {
		if len(args) > 0 {
			if t, ok := args[0].(*subprocTransport); ok {
				return t, nil
			}
		}
		return nil, interp.Errorf(interp.TypeError, "descriptor requires a '_UnixSubprocessTransport' object")
	}
	m0 := func(name string, fn func(t *subprocTransport) (interp.Value, *interp.Exception)) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := self(args)
			if err != nil {
				return nil, err
			}
			var recv interp.Value
			if err := interp.UnpackArgsPy("BaseSubprocessTransport."+name, args, kw, "self", &recv); err != nil {
				return nil, err
			}
			return fn(t)
		}
	}
	sig := func(name string, s syscall.Signal) interp.NativeFunc {
		return m0(name, func(t *subprocTransport) (interp.Value, *interp.Exception) {
			if err := t.signal(s); err != nil {
				return nil, err
			}
			return interp.None, nil
		})
	}
	return map[string]interp.NativeFunc{
		"get_pid": m0("get_pid", func(t *subprocTransport) (interp.Value, *interp.Exception) { return interp.Int(t.pid), nil }),
		"get_returncode": m0("get_returncode", func(t *subprocTransport) (interp.Value, *interp.Exception) {
			if t.returncode == nil {
				return interp.None, nil
			}
			return t.returncode, nil
		}),
		"is_closing": m0("is_closing", func(t *subprocTransport) (interp.Value, *interp.Exception) { return interp.Bool(t.closed), nil }),
		"close": m0("close", func(t *subprocTransport) (interp.Value, *interp.Exception) {
			t.close()
			return interp.None, nil
		}),
		"kill":      sig("kill", syscall.SIGKILL),
		"terminate": sig("terminate", syscall.SIGTERM),
		"get_pipe_transport": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := self(args)
			if err != nil {
				return nil, err
			}
			var recv, fd interp.Value
			if err := interp.UnpackArgsPy("BaseSubprocessTransport.get_pipe_transport", args, kw, "self", &recv, "fd", &fd); err != nil {
				return nil, err
			}
			n, ok := fd.(interp.Int)
			if !ok {
				return interp.None, nil
			}
			if tr := t.pipeTransport(int(n)); tr != nil {
				return transportValue(tr), nil
			}
			return interp.None, nil
		},
		"__repr__": reprMethod,
	}
}

// subprocessLoopMethods are loop.subprocess_exec and loop.subprocess_shell.
func subprocessLoopMethods() map[string]interp.NativeFunc {
	run := func(f *interp.Fiber, ev *EventLoop, factory interp.Value, argv []string, kwds []interp.KV, qual string) (interp.Value, *interp.Exception) {
		pipe := stdioSpec{kind: spPIPE}
		spec, _, cwd, env, err := subprocessKwargsFrom([3]stdioSpec{pipe, pipe, pipe}, f, qual, kwds)
		if err != nil {
			return nil, err
		}
		var tr *subprocTransport
		var waiter *Future
		var proto *pySubprocProtocol
		return newCoro(qual, func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
			if waiter == nil {
				if throw != nil {
					return nil, nil, false, throw
				}
				obj, err := ev.rt.thread().Call(factory, nil, nil)
				if err != nil {
					return nil, nil, false, err
				}
				proto = &pySubprocProtocol{pyProtocol{ev: ev, obj: obj}}
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
			return interp.Tuple{tr, proto.obj}, nil, true, nil
		}), nil
	}
	return map[string]interp.NativeFunc{
		"subprocess_exec": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var self, factory, program interp.Value
			var rest []interp.Value
			var kwds []interp.KV
			if err := interp.UnpackArgsPy("BaseEventLoop.subprocess_exec", args, kw, "self", &self, "protocol_factory", &factory, "program", &program, "*args", &rest, "**kwds", &kwds); err != nil {
				return nil, err
			}
			argv, err := argvOf(append([]interp.Value{program}, rest...))
			if err != nil {
				return nil, err
			}
			return run(f, ev, factory, argv, kwds, "BaseEventLoop.subprocess_exec")
		},
		"subprocess_shell": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var self, factory, cmd interp.Value
			var kwds []interp.KV
			if err := interp.UnpackArgsPy("BaseEventLoop.subprocess_shell", args, kw, "self", &self, "protocol_factory", &factory, "cmd", &cmd, "**kwds", &kwds); err != nil {
				return nil, err
			}
			c, ok := pathArg(cmd)
			if !ok {
				return nil, interp.Errorf(interp.ValueError, "cmd must be a string")
			}
			return run(f, ev, factory, []string{"/bin/sh", "-c", c}, kwds, "BaseEventLoop.subprocess_shell")
		},
	}
}

// argvOf converts the program and its arguments (str or bytes).
func argvOf(vals []interp.Value) ([]string, *interp.Exception) {
	argv := make([]string, 0, len(vals))
	for _, a := range vals {
		s, ok := pathArg(a)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(a))
		}
		argv = append(argv, s)
	}
	return argv, nil
}
