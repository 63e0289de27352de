package asyncio

// This file declares the classes of streams, servers, transports and
// subprocesses and adds them, with open_connection, start_server and the
// create_subprocess functions, to the asyncio module.

import (
	"sync"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Classes of the streams layer.
var (
	StreamReaderClass    = native.NewType("StreamReader", "asyncio.streams", nil, nil)
	StreamWriterClass    = native.NewType("StreamWriter", "asyncio.streams", nil, nil)
	ServerClass          = native.NewType("Server", "asyncio.base_events", nil, nil)
	TransportSocketClass = native.NewType("TransportSocket", "asyncio.trsock", nil, nil)
	SocketTransportClass = native.NewType("_SelectorSocketTransport", "asyncio.selector_events", nil, nil)
	PipeTransportClass   = native.NewType("_UnixReadPipeTransport", "asyncio.unix_events", nil, nil)
)

// streamSetup installs the methods of the classes above once per process.
// TODO(merge): these classes are still shared by every VM; they belong in
// Runtime.classes like the others (classes.go).
var streamSetup sync.Once

// setupStreamClasses installs the methods of the classes above.
func setupStreamClasses() {
	streamClassSetup()
	ServerClass.AddMethods(serverMethods())
	native.SetGetattr(ServerClass, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		if s, ok := self.(*Server); ok && name == "sockets" {
			return s.socketsTuple(), true, nil
		}
		return nil, false, nil
	})
	TransportSocketClass.AddMethods(transportSocketMethods())
	native.SetGetattr(TransportSocketClass, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		s, ok := self.(*TransportSocket)
		if !ok {
			return nil, false, nil
		}
		switch name {
		case "family":
			return interp.Int(s.family()), true, nil
		case "type":
			return interp.Int(1), true, nil
		case "proto":
			return interp.Int(s.proto()), true, nil
		}
		return nil, false, nil
	})
	SocketTransportClass.AddMethods(transportMethods())
	PipeTransportClass.AddMethods(transportMethods())
	setupSubprocessClasses()
	setupProtocolClasses()
}

// addStreams adds the streams and subprocess names to the asyncio module.
func (rt *Runtime) addStreams(m *interp.Module) {
	m.Set("StreamReader", StreamReaderClass)
	m.Set("StreamWriter", StreamWriterClass)
	m.Set("Server", ServerClass)
	m.Set("BaseProtocol", BaseProtocolClass)
	m.Set("Protocol", ProtocolClass)
	m.AddFuncs(map[string]interp.NativeFunc{
		"open_connection":         rt.openConnectionFunc,
		"start_server":            rt.startServerFunc,
		"open_unix_connection":    rt.openUnixConnectionFunc,
		"start_unix_server":       rt.startUnixServerFunc,
		"create_subprocess_exec":  rt.createSubprocessExecFunc,
		"create_subprocess_shell": rt.createSubprocessShellFunc,
	})
	m.Set("subprocess", rt.subprocessModule())
}
