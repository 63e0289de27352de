// Package asyncio implements the asyncio module of asyncscript: Futures,
// Tasks, the event loop object, sleep, gather, wait, wait_for,
// as_completed, shield, timeout(), TaskGroup, queues, locks, to_thread and
// asyncio.run, with CPython 3.11's scheduling order.
//
// Everything is written in Go against the loop package (ready queue, timer
// heap, inbox) and the interp contract (Fiber.Resume, Awaitable). Each
// piece mirrors the algorithm of its CPython counterpart
// (Lib/asyncio/{futures,tasks,base_events,queues,locks,timeouts,
// taskgroups,runners}.py and the _asyncio C accelerator where it differs),
// step for step: the same call_soon calls in the same order, the same done
// callbacks registered in the same order. CPython's interleaving then
// follows without tuning. There is no embedded prelude: every coroutine
// this package returns (sleep, wait, wait_for, Queue.get, Lock.acquire,
// TaskGroup.__aexit__, ...) is a native coroutine (interp.NewNativeCoroutine)
// whose body is a small Go state machine (see coro.go), so no frames of
// ours ever appear in tracebacks.
//
// The pieces:
//
//   - runtime.go: Runtime, the asyncio state of one VM (task counter, the
//     running loop, warnings, its classes and default executor), Load (the
//     module) and asyncio.run / RunTopLevel (runners.py).
//   - classes.go: the classes of one Runtime (Future, Task, Lock, Queue...),
//     built on its first use, and the exception classes.
//   - eventloop.go: the Python-visible loop object and Handle/TimerHandle.
//   - future.go, task.go: Future and Task (futures.py, tasks.py Task).
//   - coro.go, sleep.go: native coroutines; asyncio.sleep.
//   - gather.go, wait.go: gather, shield, wait, wait_for, as_completed.
//   - timeouts.go, taskgroup.go: asyncio.timeout(), TaskGroup.
//   - queues.go, locks.go: Queue family; Lock, Event, Condition, Semaphore.
//   - tothread.go: to_thread and run_in_executor (goroutines + GIL), on
//     the Runtime's own executor, whose workers end at Session.Close.
//   - format.go: reprs (reprlib rules), callback formatting, the
//     "exception was never retrieved" and "never awaited" messages.
//   - tracehooks.go: the hooks that report task events to a
//     tracing.Recorder (--trace, --trace-file, --timeline); off by default.
//   - graph.go: "awaited by" links, print/format/capture_call_graph
//     (CPython 3.14) and the SIGQUIT task dump.
//   - streams.go: StreamReader, StreamWriter, StreamReaderProtocol
//     (streams.py); server.go: Server, open_connection, start_server,
//     create_connection, TransportSocket; transport.go: the socket
//     transport (selector_events.py); iopump.go: the goroutines that do
//     a descriptor's blocking reads and writes; protocols.go: Protocol
//     and loop.create_server/create_connection; unix.go:
//     open_unix_connection, start_unix_server; subprocess.go:
//     asyncio.subprocess, the subprocess and pipe transports
//     (base_subprocess.py, unix_events.py); subprocess_protocol.go:
//     SubprocessProtocol, loop.subprocess_exec/subprocess_shell;
//     ioset.go: the loop's open I/O objects, closed with the loop;
//     streams_module.go: the classes (per Runtime) and module entries.
//
// Invariants:
//
//   - Nothing mutable is shared between VMs: the Runtime (VM.Local) holds
//     the classes a program can change and the executor; what is global
//     is immutable (the exception classes, tables).
//   - Everything except the bodies of executor goroutines runs on the
//     goroutine that drives the loop, holding vm.GIL. Executor goroutines
//     take vm.GIL to run interpreted code and reach the loop only through
//     loop.Post, holding a loop.Hold until then.
//   - I/O goroutines (a socket's or pipe's reader, a flush of a write
//     buffer, an accept loop, a connect, a child's wait) never touch
//     interpreter values: they hand bytes, connections and exit statuses
//     to the loop with loop.Post and hold a loop.Hold while they can
//     still post. A reader posts one chunk and waits for the loop's
//     token before reading again (the reader callback of a selector;
//     pause_reading withholds the token).
//   - A Future's done callbacks are scheduled with loop.Soon (call_soon
//     without a Handle: nothing cancels them), one entry per callback, in
//     registration order, when it completes (never run synchronously).
//     A task's steps are scheduled the same way.
//   - A Task first runs on the loop iteration after its creation; it
//     reschedules itself exactly as Task.__step does.
//   - Sets returned by wait() are built in the order of the argument
//     iterable (CPython's order depends on object addresses; any order it
//     could produce is acceptable, and this is one).
package asyncio
