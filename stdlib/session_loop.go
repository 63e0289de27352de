package stdlib

// This file defines the interactive side of a Session: one event loop that
// lives as long as the session (python3 -m asyncio's, ipykernel's), the
// entries (prompt inputs, notebook cells) that run on it, letting it run
// between entries, and the shutdown at the end.
//
// The contract, for the prompt and the notebook runner:
//
//   - The first RunEntry (or StartLoop) starts the session loop; from then
//     on it is the running loop for every entry: asyncio.get_running_loop()
//     returns it, asyncio.run() raises "asyncio.run() cannot be called from
//     a running event loop", tasks, Events and Queues made in one entry
//     work in the next.
//   - An entry without top-level await runs inside a loop callback; one
//     with top-level await runs as a task on the loop (Task-N numbered as in
//     CPython's asyncio REPL). RunEntry returns when the entry is done;
//     tasks it started keep running whenever the loop runs again.
//   - Between entries the caller lets the loop run with RunLoopFor or
//     RunLoopUntil while it waits for input; input read on another goroutine
//     reaches the loop through Wake/Post. All interpreted code runs on the
//     goroutine that called the Session method, one at a time.
//   - Ctrl-C (VM.Interrupt) during an entry raises KeyboardInterrupt in
//     its code, or cancels its task while it awaits, as __main__.py does;
//     background tasks stay alive. Between entries it is dropped.
//   - Shutdown cancels and awaits the remaining tasks as asyncio.run's
//     Runner.close does, runs atexit functions, reports coroutines never
//     awaited and finalizes the streams; the session runs nothing after.

import (
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
)

// EntryMode says which expression statements of an entry echo their value.
type EntryMode int

const (
	// Interactive is the prompt's mode (compile's 'single'): every
	// expression statement at module level echoes its value.
	Interactive EntryMode = iota
	// Cell is a notebook cell's mode: only the last statement, when it is
	// an expression statement, is the result and echoes.
	Cell
)

// Entry is one input of an interactive session.
type Entry struct {
	Source string
	// Filename names the code in tracebacks: "<stdin>" at the prompt (the
	// default), or a cell's name chosen by the caller.
	Filename string
	Mode     EntryMode
	// Echo, when set, receives each value the entry echoes (None
	// included: filter it if unwanted); nil prints the repr of a value that
	// is not None on stdout and sets builtins._, as sys.displayhook does.
	Echo func(interp.Value)
	// Report, when set, receives the uncaught exception (SystemExit
	// excepted) instead of CPython's report on stderr; interrupted tells
	// that Ctrl-C ended the entry.
	Report func(exc *interp.Exception, interrupted bool)
}

// EntryResult is what an entry came to.
type EntryResult struct {
	// Exited: the entry raised SystemExit (exit(), sys.exit()); Status is
	// the process status it asks for. The caller should Shutdown.
	Exited bool
	Status int
	// Exc is the uncaught exception, nil when the entry completed; a
	// syntax error is one too (Exc.Syntax set).
	Exc *interp.Exception
	// Interrupted: Ctrl-C ended the entry.
	Interrupted bool
}

// StartLoop starts the session's event loop if it is not running yet.
func (s *Session) StartLoop() {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	s.loop()
}

// loop returns the session loop, starting it on first use (GIL held).
func (s *Session) loop() *asyncio.SessionLoop {
	if s.sessionLoop == nil {
		s.sessionLoop = s.Asyncio.StartSessionLoop()
	}
	return s.sessionLoop
}

// SessionLoop returns the session's loop, starting it if need be (for
// embedders that tune it, as the notebook kernel names entry tasks).
func (s *Session) SessionLoop() *asyncio.SessionLoop {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	return s.loop()
}

// RunEntry runs one entry on the session loop (see the contract at the top
// of this file) and returns when it is done. Errors are reported on stderr
// as CPython's prompt does, unless e.Report is set.
func (s *Session) RunEntry(e Entry) (res EntryResult) {
	vm := s.VM
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	defer func() {
		if r := recover(); r != nil {
			if d, ok := r.(*asyncio.Deadlock); ok {
				fmt.Fprint(vm.Stderr, d.Report)
				res = EntryResult{Status: 1}
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
			res = EntryResult{Status: 1, Exc: interp.Errorf(interp.SystemError, "%v", r)}
		}
	}()
	if e.Filename == "" {
		e.Filename = "<stdin>"
	}
	sl := s.loop()
	mode, opts := lang.ModeInteractive, compile.Options{Interactive: true, RecursionLimit: vm.RecursionLimit}
	if e.Mode == Cell {
		mode, opts = lang.ModeFile, compile.Options{EchoLast: true, RecursionLimit: vm.RecursionLimit}
	}
	s.applyWarnOptions()
	cc, err := compileEntry(e.Filename, e.Source, mode, opts)
	if cc != nil {
		if exc := vm.NewThread().IssueCompileWarnings(cc.Warnings); exc != nil {
			switch {
			case e.Report != nil:
				e.Report(exc, false)
			case exc.Syntax != nil:
				s.reportSyntax(exc.Syntax)
			default:
				s.report(vm.NewThread(), exc)
			}
			return EntryResult{Status: 1, Exc: exc}
		}
	}
	if err != nil {
		exc := interp.SyntaxErrorException(err)
		if e.Report != nil {
			e.Report(exc, false)
		} else {
			s.reportSyntax(err)
		}
		return EntryResult{Status: 1, Exc: exc}
	}
	code := interp.NewCode(cc)
	if e.Echo != nil {
		prev := vm.Hooks.Display
		vm.Hooks.Display = func(f *interp.Fiber, v interp.Value) *interp.Exception {
			e.Echo(v)
			return nil
		}
		defer func() { vm.Hooks.Display = prev }()
	}
	f := vm.NewThread()
	out := sl.RunEntry(f, func(f *interp.Fiber) (interp.Value, *interp.Exception) {
		if code.Flags&compile.FlagTopLevelAwait != 0 {
			return vm.ModuleCoroutine(code, s.Main), nil
		}
		return vm.RunCode(f, code, s.Main)
	})
	vm.ReportUnawaited()
	res = EntryResult{Exc: out.Exc, Interrupted: out.Interrupted}
	switch {
	case out.Deadlock != "":
		fmt.Fprint(vm.Stderr, out.Deadlock)
		res.Status = 1
	case out.Exc == nil:
	case out.Exc.Matches(interp.SystemExit):
		res.Exited = true
		res.Status = s.report(f, out.Exc)
	case e.Report != nil:
		e.Report(out.Exc, out.Interrupted)
		res.Status = 1
	case out.Interrupted && (out.Exc.Matches(asyncio.CancelledError) || out.Exc.Matches(interp.KeyboardInterrupt)):
		// AsyncIOInteractiveConsole.runcode: self.write("\nKeyboardInterrupt\n")
		flush(vm.Stdout)
		fmt.Fprint(vm.Stderr, "\nKeyboardInterrupt\n")
		res.Status = 1
	default:
		flush(vm.Stdout)
		s.report(f, out.Exc)
		res.Status = 1
	}
	return res
}

// IssueWarningsOf compiles src only to issue the compiler's warnings
// under filename, as IPython does when it compiles a cell under "<>" to
// see whether it awaits (should_run_async) before it runs it. Errors are
// for the run to report: here they are ignored, as IPython ignores them.
func (s *Session) IssueWarningsOf(filename, src string) {
	vm := s.VM
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	s.applyWarnOptions()
	if cc, _ := compileEntry(filename, src, lang.ModeFile, compile.Options{RecursionLimit: vm.RecursionLimit}); cc != nil {
		vm.NewThread().IssueCompileWarnings(cc.Warnings)
	}
}

// compileEntry parses and compiles one entry. With an error, the code
// may still hold the warnings found before it (compile.Compile).
func compileEntry(filename, src string, mode lang.Mode, opts compile.Options) (*compile.Code, error) {
	mod, err := lang.Parse(filename, []byte(src), mode)
	if err != nil {
		return nil, err
	}
	return compile.Compile(mod, opts)
}

// RunLoopFor lets the session loop run for d of the loop's time
// (timers, background tasks, callbacks posted from other goroutines),
// then returns; on virtual time the clock jumps. A SystemExit raised by a
// background task ends it early; it is returned (nil if none), and the
// caller should Shutdown.
func (s *Session) RunLoopFor(d time.Duration) *interp.Exception {
	vm := s.VM
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	sl := s.loop()
	sl.RunFor(d)
	vm.ReportUnawaited()
	vm.TakeInterrupt() // a Ctrl-C between entries ends nothing
	return sl.TakeExit()
}

// RunLoopUntil lets the session loop run until done is closed (or
// receives), the way the prompt waits for a line read on another
// goroutine. The wait counts as I/O at work: on virtual time the clock
// does not jump meanwhile (background tasks would otherwise run through
// their timers at once). A SystemExit raised by a background task ends it
// early; it is returned (nil if none), and the caller should Shutdown.
func (s *Session) RunLoopUntil(done <-chan struct{}) *interp.Exception {
	vm := s.VM
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	sl := s.loop()
	release := sl.Hold()
	defer release()
	finished := make(chan struct{})
	defer close(finished)
	closed := false
	go func() {
		select {
		case <-done:
			sl.Wake()
		case <-finished:
		}
	}()
	sl.RunUntil(func() bool {
		if closed {
			return true
		}
		select {
		case <-done:
			closed = true
		default:
		}
		return closed
	})
	vm.ReportUnawaited()
	vm.TakeInterrupt() // a Ctrl-C between entries ends nothing
	return sl.TakeExit()
}

// Post hands fn to the session loop from any goroutine; it runs on the
// goroutine that runs the loop, with the GIL held (call_soon_threadsafe).
func (s *Session) Post(fn func()) {
	s.VM.GIL.Lock()
	sl := s.loop()
	s.VM.GIL.Unlock()
	sl.Post(fn)
}

// Shutdown ends an interactive session with status: the remaining tasks
// are cancelled and awaited as asyncio.run's runner does, atexit functions
// run, coroutines never awaited are reported, and the streams are
// finalized (Finalize). It returns the process exit status.
func (s *Session) Shutdown(status int) int {
	s.VM.GIL.Lock()
	func() {
		defer s.VM.GIL.Unlock()
		if s.sessionLoop != nil {
			s.sessionLoop.Shutdown()
		}
		s.VM.RunAtExit()
		s.flushStd()
		s.VM.ReportUnawaitedAtExit()
	}()
	return s.Finalize(status)
}

// ReportSyntaxError prints a syntax error (of an entry the caller parsed
// itself) as CPython's prompt reports it.
func (s *Session) ReportSyntaxError(err error) {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	flush(s.VM.Stdout)
	s.reportSyntax(err)
}

// ExitStatus is the process status a SystemExit asks for; a message that
// is not a number is printed on stderr first, as CPython does.
func (s *Session) ExitStatus(exc *interp.Exception) int {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	return s.report(s.VM.NewThread(), exc)
}
