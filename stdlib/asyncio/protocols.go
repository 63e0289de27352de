package asyncio

// This file defines the protocol classes programs subclass
// (protocols.py: BaseProtocol, Protocol) and loop.create_server /
// loop.create_connection with a Python protocol factory: pyProtocol
// calls the protocol's methods for the transport, and an exception in
// one of them is a fatal error of the transport, as _fatal_error reports.

import (
	"github.com/asyncscript/asyncscript/interp"
)

func noopMethod(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	return interp.None, nil
}

// pyProtocol adapts a Python protocol object to the transports.
type pyProtocol struct {
	ev  *EventLoop
	obj interp.Value
	tr  transport
}

// call runs obj.name(*args); an exception is reported and the transport
// force-closed, as _SelectorSocketTransport does. It returns the result
// (nil after an exception).
func (p *pyProtocol) call(name, what string, args ...interp.Value) interp.Value {
	th := p.ev.rt.thread()
	prev := p.ev.rt.cur
	p.ev.rt.cur = th
	defer func() { p.ev.rt.cur = prev }()
	m, err := interp.GetAttr(th, p.obj, name)
	var res interp.Value
	if err == nil {
		res, err = th.Call(m, args, nil)
	}
	if err == nil {
		return res
	}
	if err.Matches(interp.KeyboardInterrupt) || err.Matches(interp.SystemExit) {
		p.ev.fatal(err)
		return nil
	}
	msg := what
	pr, _ := reprOf(th, p.obj)
	if p.tr != nil {
		msg += "\nprotocol: " + pr + "\ntransport: " + p.tr.repr()
		if st, ok := p.tr.(*sockTransport); ok {
			p.ev.logError(msg, err)
			st.forceClose(err)
			return nil
		}
	}
	p.ev.logError(msg, err)
	return nil
}

func (p *pyProtocol) connectionMade(t transport) {
	p.tr = t
	p.call("connection_made", "Exception in callback BaseProtocol.connection_made", transportValue(t))
}

func (p *pyProtocol) dataReceived(data []byte) {
	p.call("data_received", "Fatal error: protocol.data_received() call failed.", bytesValue(data))
}

func (p *pyProtocol) eofReceived() bool {
	res := p.call("eof_received", "Fatal error: protocol.eof_received() call failed.")
	if res == nil {
		return false
	}
	t, err := interp.Truth(p.ev.rt.thread(), res)
	return err == nil && t
}

func (p *pyProtocol) connectionLost(exc *interp.Exception) {
	var e interp.Value = interp.None
	if exc != nil {
		e = exc
	}
	p.call("connection_lost", "Exception in callback BaseProtocol.connection_lost", e)
}

func (p *pyProtocol) pauseWriting() {
	p.call("pause_writing", "protocol.pause_writing() failed")
}

func (p *pyProtocol) resumeWriting() {
	p.call("resume_writing", "protocol.resume_writing() failed")
}

// pyFactory calls a protocol factory (a class or any callable).
func (ev *EventLoop) pyFactory(factory interp.Value) func() (protocol, *interp.Exception) {
	return func() (protocol, *interp.Exception) {
		obj, err := ev.rt.thread().Call(factory, nil, nil)
		if err != nil {
			return nil, err
		}
		return &pyProtocol{ev: ev, obj: obj}, nil
	}
}

// protocolLoopMethods are loop.create_server and loop.create_connection.
func protocolLoopMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"create_server": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var self, factory, host, port interp.Value
			var kwds []interp.KV
			if err := interp.UnpackArgsPy("BaseEventLoop.create_server", args, kw, "self", &self, "protocol_factory", &factory, "host?", &host, "port?", &port, "**kwds", &kwds); err != nil {
				return nil, err
			}
			startServing, err := serverKwargs(f, kwds)
			if err != nil {
				return nil, err
			}
			h, hasHost, p, err := hostPortArgs(f, host, port, "bind")
			if err != nil {
				return nil, err
			}
			mk := ev.pyFactory(factory)
			factoryFn := func() protocol {
				pr, err := mk()
				if err != nil {
					ev.logError("Error on transport creation for incoming connection", err)
					return nil
				}
				return pr
			}
			return ev.createServer(f, factoryFn, h, hasHost, p, startServing).coro(), nil
		},
		"create_connection": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var self, factory, host, port interp.Value
			var kwds []interp.KV
			if err := interp.UnpackArgsPy("BaseEventLoop.create_connection", args, kw, "self", &self, "protocol_factory", &factory, "host?", &host, "port?", &port, "**kwds", &kwds); err != nil {
				return nil, err
			}
			h, _, p, err := hostPortArgs(f, host, port, "connect")
			if err != nil {
				return nil, err
			}
			if host == nil || host == interp.None {
				h = "localhost"
			}
			pr, err := ev.pyFactory(factory)()
			if err != nil {
				return nil, err
			}
			inner := ev.createConnection(h, p, pr)
			return newCoro("BaseEventLoop.create_connection", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				res, y, done, exc := inner.Await(f, send, throw)
				if exc != nil || !done {
					return nil, y, false, exc
				}
				return interp.Tuple{res.(interp.Tuple)[0], pr.(*pyProtocol).obj}, nil, true, nil
			}), nil
		},
	}
}

// serverKwargs reads the keyword arguments of create_server that matter
// here (start_serving) and accepts the others it ignores.
func serverKwargs(f *interp.Fiber, kwds []interp.KV) (bool, *interp.Exception) {
	startServing := true
	for _, k := range kwds {
		switch k.Name {
		case "start_serving":
			t, err := interp.Truth(f, k.Value)
			if err != nil {
				return false, err
			}
			startServing = t
		case "backlog", "reuse_address", "reuse_port", "family", "flags", "sock", "ssl":
		default:
			return false, interp.Errorf(interp.TypeError, "BaseEventLoop.create_server() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	return startServing, nil
}
