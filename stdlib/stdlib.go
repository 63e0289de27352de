// Package stdlib wires an interpreter session: a VM with every standard
// module registered, the asyncio runtime, and the entry points the CLI,
// the tests and embedders use (RunFile, RunSource, RunCommand, then
// Finalize, then Close).
//
// An interactive session (the prompt, a notebook) instead keeps one event
// loop running for its whole life (session_loop.go, whose top comment is
// the contract): RunEntry runs each input or cell on it (Interactive or
// Cell mode, Echo and Report hooks), RunLoopFor and RunLoopUntil let it run
// between entries while background tasks go on, Shutdown cancels what is
// left as asyncio.run would and finalizes.
//
// Invariants: a Session owns one VM; all interpreted code runs on the
// goroutine that holds VM.GIL; errors reach the caller as an exit status
// with CPython's report already written to Stderr.
package stdlib

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/aiofiles"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/stdlib/modules"
	"github.com/asyncscript/asyncscript/stdlib/nest_asyncio"
	"github.com/asyncscript/asyncscript/stdlib/sys"
)

// Session is one interpreter with its modules and event loop. It owns all
// of its state: two Sessions share nothing mutable and may run in parallel
// goroutines; a Session no longer referenced (after Close) is collected.
type Session struct {
	VM *interp.VM
	// Asyncio is the session's asyncio runtime (its event loops, task
	// counter and warnings); the VM keeps it too, for the asyncio module.
	Asyncio *asyncio.Runtime
	// Main is the __main__ module (kept across REPL chunks).
	Main *interp.Module
	// Interactive: the prompt follows the program (asyncscript -i), so
	// atexit functions wait for Shutdown instead of running when the
	// program ends.
	Interactive bool
	// PanicsAreBugs re-panics Go panics instead of reporting InternalError
	// (tests want the stack).
	PanicsAreBugs bool
	// flushFailed records which of stdout, stderr failed to flush at exit
	// (reported once).
	flushFailed [2]bool
	// sessionLoop is the event loop of an interactive session, started by
	// the first entry (session_loop.go); nil for scripts.
	sessionLoop *asyncio.SessionLoop
	// warnOptionsRead is set once the -W options (VM.WarnOptions) have
	// been read (applyWarnOptions).
	warnOptionsRead bool
}

// applyWarnOptions imports the warnings module, which turns the -W
// options into filters, before the first program or entry is compiled,
// as CPython does at start-up when there are -W options (an invalid one
// is reported then). It waits for the program's sys.argv, which the sys
// module takes when it is first imported.
func (s *Session) applyWarnOptions() {
	if s.warnOptionsRead || len(s.VM.WarnOptions) == 0 {
		return
	}
	s.warnOptionsRead = true
	f := s.VM.NewThread()
	if _, exc := s.VM.Import(f, "warnings"); exc != nil {
		s.report(f, exc)
	}
}

// NewSession makes a session writing to stdout/stderr.
func NewSession(stdout, stderr io.Writer) *Session {
	vm := interp.NewVM()
	vm.Stdout, vm.Stderr = stdout, stderr
	modules.Register(vm)
	vm.RegisterModule("asyncio", asyncio.Load)
	aiofiles.Register(vm)
	vm.RegisterModule("nest_asyncio", nest_asyncio.Load)
	rt := asyncio.Get(vm) // installs the "coroutine ... was never awaited" warning
	main := interp.NewModule("__main__")
	vm.Modules["__main__"] = main // sys.modules['__main__']
	return &Session{VM: vm, Asyncio: rt, Main: main}
}

// Close ends the session's use of the process: its asyncio runtime is
// dropped from the VM and the session must not run code again. Nothing
// outside the Session refers to its VM, so once the embedder drops the
// Session it is garbage collected (TestClosedSessionIsCollected); Close
// is for embedders that keep the Session value around. Call it after
// Finalize; calling it twice is harmless.
func (s *Session) Close() {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	asyncio.Forget(s.VM)
	s.Asyncio = nil
	s.VM.Hooks = interp.Hooks{}
}

// RunFile runs a script file with argv (argv[0] is the script path) and
// returns the process exit status.
func (s *Session) RunFile(path string, argv []string) int {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		// CPython runs the directory's __main__ module
		main := filepath.Join(path, "__main__.as")
		if _, err := os.Stat(main); err != nil {
			fmt.Fprintf(s.VM.Stderr, "asyncscript: can't find '__main__' module in %s\n", quote(dirAsGiven(path)))
			return 1
		}
		s.VM.SearchPath = append(s.VM.SearchPath, path)
		path = main
	}
	src, err := os.ReadFile(path)
	if err != nil {
		msg := err.Error()
		if pe, ok := err.(*os.PathError); ok {
			msg = fmt.Sprintf("[Errno 2] %s", pe.Err.Error())
			if os.IsNotExist(err) {
				msg = "[Errno 2] No such file or directory"
			}
		}
		abs, _ := filepath.Abs(path)
		fmt.Fprintf(s.VM.Stderr, "%s: can't open file %s: %s\n", "asyncscript", quote(abs), msg)
		return 2
	}
	return s.RunFileSource(path, src, argv)
}

// RunFileSource is RunFile for a script file the caller has already read:
// src is the content of the file at path.
func (s *Session) RunFileSource(path string, src []byte, argv []string) int {
	s.VM.Argv = argv
	// as CPython 3.9+, the main script is named by its absolute path
	// (__file__, code filenames: tracebacks and task reprs)
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	s.VM.SearchPath = append(s.VM.SearchPath, filepath.Dir(path))
	s.Main.Globals.SetStr("__file__", interp.Str(path))
	return s.RunSource(path, src)
}

// dirAsGiven is how CPython names a directory given as the program:
// absolute, "." as the current directory itself.
func dirAsGiven(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if path == "." {
		return wd
	}
	return wd + string(filepath.Separator) + path
}

// UseVirtualClock makes the session run on virtual time and returns its
// clock: time jumps to the next deadline whenever nothing is working, so
// that sleeping costs no wall time (asyncscript --clock=virtual; see
// loop.VirtualClock). Every event loop of the session, time.sleep and the
// time module read this one clock, which starts at 1 s like the real
// time.monotonic(). Call it before running any code.
func (s *Session) UseVirtualClock() *loop.VirtualClock {
	vc := loop.NewVirtualClock(time.Second)
	s.VM.Clock = vc
	s.Asyncio.NewClock = func() loop.Clock { return vc }
	return vc
}

// SetDeadlockCheck turns the deadlock report on (the default) or off.
// On, an event loop whose tasks all wait with nothing left that could
// wake them stops the program with a report of what each task waits for
// (exit status 1); off, it waits forever, as CPython's does
// (asyncscript --no-deadlock-check).
func (s *Session) SetDeadlockCheck(on bool) { s.Asyncio.WaitOnDeadlock = !on }

func quote(s string) string { return "'" + s + "'" }

// RunSource runs src as the __main__ module and returns the exit status.
// As CPython running a file, it flushes stdout before it reports an
// uncaught exception or sys.exit's message, so that with `2>&1` the report
// follows what the program printed.
func (s *Session) RunSource(filename string, src []byte) (status int) {
	return s.run(filename, src, true)
}

// RunCommand runs the program of `-c CODE`. CPython does not flush stdout
// before reporting an uncaught exception there (PyRun_SimpleString has no
// flush_io): with `2>&1` the report comes before what stdout still holds.
func (s *Session) RunCommand(src []byte) int {
	return s.run("<string>", src, false)
}

func (s *Session) run(filename string, src []byte, flushFirst bool) (status int) {
	vm := s.VM
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	defer func() {
		if r := recover(); r != nil {
			if d, ok := r.(*asyncio.Deadlock); ok {
				fmt.Fprint(vm.Stderr, d.Report)
				status = 1
				return
			}
			if s.PanicsAreBugs {
				panic(r)
			}
			flush(vm.Stdout)
			fmt.Fprintf(vm.Stderr, "InternalError: %v\n", r)
			if os.Getenv("ASYNCSCRIPT_DEBUG") != "" {
				fmt.Fprintf(vm.Stderr, "%s\n", debug.Stack())
			}
			status = 1
		}
	}()
	s.applyWarnOptions()
	mod, err := lang.Parse(filename, src, lang.ModeFile)
	if err != nil {
		return s.reportSyntax(err)
	}
	cc, err := compile.Compile(mod, compile.Options{RecursionLimit: vm.RecursionLimit})
	f := vm.NewThread()
	if cc != nil {
		if exc := f.IssueCompileWarnings(cc.Warnings); exc != nil {
			if exc.Syntax != nil {
				return s.reportSyntax(exc.Syntax)
			}
			return s.report(f, exc)
		}
	}
	if err != nil {
		return s.reportSyntax(err)
	}
	code := interp.NewCode(cc)
	var exc *interp.Exception
	if code.Flags&compile.FlagTopLevelAwait != 0 {
		_, exc = asyncio.RunTopLevel(vm, vm.ModuleCoroutine(code, s.Main))
	} else {
		_, exc = vm.RunCode(f, code, s.Main)
	}
	if exc != nil {
		if flushFirst {
			flush(vm.Stderr)
			flush(vm.Stdout)
		}
		status = s.report(f, exc)
	}
	if s.Interactive {
		return status
	}
	vm.RunAtExit()
	// Coroutines still never awaited: CPython warns when module teardown
	// collects them at exit ("sys:1"), after it has flushed stdout once.
	s.flushStd()
	vm.ReportUnawaitedAtExit()
	return status
}

// Finalize ends the session as Py_FinalizeEx does and returns the exit
// status: it flushes stdout and stderr. A flush that fails (stdout is a
// pipe whose reader has gone), here or when RunSource flushed before its
// exit-time warnings, is reported once as "Exception ignored in:
// <stream>" and makes the status 120, as in CPython. Embedders call it
// once, after RunFile, RunSource or RunCommand.
func (s *Session) Finalize(status int) int {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	s.flushStd()
	if s.flushFailed[0] || s.flushFailed[1] {
		return 120
	}
	return status
}

// flushStd flushes stdout then stderr, reporting a failure of a stream
// that has not failed before.
func (s *Session) flushStd() {
	for i, std := range []struct {
		w    io.Writer
		name string
	}{{s.VM.Stdout, "<stdout>"}, {s.VM.Stderr, "<stderr>"}} {
		if err := flush(std.w); err != nil && !s.flushFailed[i] {
			s.flushFailed[i] = true
			exc := interp.OSErrorFromGo(err, "")
			msg := "Exception ignored in: " + sys.StreamRepr(std.name, "w") + "\n" +
				interp.FormatException(s.VM.NewThread(), exc)
			io.WriteString(s.VM.Stderr, msg)
			flush(s.VM.Stderr)
		}
	}
}

// flush writes out what w holds, if it holds anything.
func flush(w io.Writer) error {
	if fl, ok := w.(interp.Flusher); ok {
		return fl.Flush()
	}
	return nil
}

func (s *Session) reportSyntax(err error) int {
	if se, ok := err.(*lang.SyntaxError); ok {
		fmt.Fprint(s.VM.Stderr, se.Format())
	} else {
		// the compiler's RecursionError: CPython prints only its last line
		fmt.Fprint(s.VM.Stderr, interp.FormatExceptionOnly(nil, interp.SyntaxErrorException(err)))
	}
	return 1
}

// report prints an uncaught exception as CPython does and returns the
// exit status (SystemExit decides its own).
func (s *Session) report(f *interp.Fiber, exc *interp.Exception) int {
	if exc.Matches(interp.SystemExit) {
		if len(exc.Args) == 0 || exc.Args[0] == interp.None {
			return 0
		}
		if n, ok := exc.Args[0].(interp.Int); ok {
			return int(n) & 0xff
		}
		if b, ok := exc.Args[0].(interp.Bool); ok {
			if b {
				return 1
			}
			return 0
		}
		msg, err := interp.ToStr(f, exc.Args[0])
		if err == nil {
			fmt.Fprintln(s.VM.Stderr, msg)
		}
		return 1
	}
	if exc.Syntax != nil && len(exc.Traceback) == 0 {
		return s.reportSyntax(exc.Syntax)
	}
	fmt.Fprint(s.VM.Stderr, interp.FormatException(f, exc))
	if exc.Matches(interp.KeyboardInterrupt) {
		return 130 // as CPython, which re-raises SIGINT on itself
	}
	return 1
}

// RunChunk runs one prompt entry in __main__ on the session loop
// (RunEntry in Interactive mode, reporting errors itself); the result
// tells whether SystemExit was raised and with what status.
func (s *Session) RunChunk(src string) (exited bool, status int) {
	r := s.RunEntry(Entry{Source: src, Filename: "<stdin>", Mode: Interactive})
	return r.Exited, r.Status
}
