package asyncio

// This file declares the classes of streams, servers, transports and
// subprocesses and adds them, with open_connection, start_server and the
// create_subprocess functions, to the asyncio module.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// streamClasses are the classes of the streams layer for one Runtime
// (classes.go): CPython writes them all in Python, so each VM has its own.
type streamClasses struct {
	StreamReader, StreamWriter, Server, TransportSocket    *interp.Class
	SocketTransport, ReadPipeTransport, WritePipeTransport *interp.Class
	Process, SubprocessTransport                           *interp.Class
	BaseProtocol, Protocol, SubprocessProtocol             *interp.Class
}

// newStreamClasses makes the classes of the streams layer and adds
// create_server, create_connection, subprocess_exec and subprocess_shell
// to the loop class.
func newStreamClasses(loopCls *interp.Class) *streamClasses {
	s := &streamClasses{}
	s.StreamReader = native.NewPyClass("StreamReader", "asyncio.streams", nil, streamReaderMethods())
	s.StreamReader.New = newStreamReaderObj
	native.SetGetattr(s.StreamReader, streamReaderGetattr)
	s.StreamWriter = native.NewPyClass("StreamWriter", "asyncio.streams", nil, streamWriterMethods())
	native.SetGetattr(s.StreamWriter, streamWriterGetattr)
	s.Server = native.NewPyClass("Server", "asyncio.base_events", nil, serverMethods())
	native.SetGetattr(s.Server, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		if srv, ok := self.(*Server); ok && name == "sockets" {
			return srv.socketsTuple(), true, nil
		}
		return nil, false, nil
	})
	s.TransportSocket = native.NewPyClass("TransportSocket", "asyncio.trsock", nil, transportSocketMethods())
	native.SetGetattr(s.TransportSocket, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		ts, ok := self.(*TransportSocket)
		if !ok {
			return nil, false, nil
		}
		switch name {
		case "family":
			return interp.Int(ts.family()), true, nil
		case "type":
			return interp.Int(1), true, nil
		case "proto":
			return interp.Int(ts.proto()), true, nil
		}
		return nil, false, nil
	})
	s.SocketTransport = native.NewPyClass("_SelectorSocketTransport", "asyncio.selector_events", nil, transportMethods())
	s.ReadPipeTransport = native.NewPyClass("_UnixReadPipeTransport", "asyncio.unix_events", nil, transportMethods())
	s.WritePipeTransport = native.NewPyClass("_UnixWritePipeTransport", "asyncio.unix_events", nil, transportMethods())
	s.Process = native.NewPyClass("Process", "asyncio.subprocess", nil, processMethods())
	native.SetGetattr(s.Process, processGetattr)
	s.SubprocessTransport = native.NewPyClass("_UnixSubprocessTransport", "asyncio.unix_events", nil, subprocTransportMethods())
	s.BaseProtocol = native.NewPyClass("BaseProtocol", "asyncio.protocols", nil, map[string]interp.NativeFunc{
		"connection_made": noopMethod, "connection_lost": noopMethod,
		"pause_writing": noopMethod, "resume_writing": noopMethod,
	})
	s.Protocol = native.NewPyClass("Protocol", "asyncio.protocols", s.BaseProtocol, map[string]interp.NativeFunc{
		"data_received": noopMethod, "eof_received": noopMethod,
	})
	s.SubprocessProtocol = native.NewPyClass("SubprocessProtocol", "asyncio.protocols", s.BaseProtocol, map[string]interp.NativeFunc{
		"pipe_data_received": noopMethod, "pipe_connection_lost": noopMethod, "process_exited": noopMethod,
	})
	loopCls.AddMethods(protocolLoopMethods())
	loopCls.AddMethods(subprocessLoopMethods())
	return s
}

// addStreams adds the streams and subprocess names to the asyncio module.
func (rt *Runtime) addStreams(m *interp.Module) {
	c := rt.classes().streams
	m.Set("StreamReader", c.StreamReader)
	m.Set("StreamWriter", c.StreamWriter)
	m.Set("Server", c.Server)
	m.Set("BaseProtocol", c.BaseProtocol)
	m.Set("Protocol", c.Protocol)
	m.Set("SubprocessProtocol", c.SubprocessProtocol)
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
