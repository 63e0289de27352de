// Package stdlib wires an interpreter session: a VM with every standard
// module registered, the asyncio runtime, and the entry points the CLI,
// the tests and embedders use (RunFile, RunSource, RunChunk).
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

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/stdlib/modules"
)

// Session is one interpreter with its modules and event loop.
type Session struct {
	VM *interp.VM
	// Main is the __main__ module (kept across REPL chunks).
	Main *interp.Module
	// PanicsAreBugs re-panics Go panics instead of reporting InternalError
	// (tests want the stack).
	PanicsAreBugs bool
}

// NewSession makes a session writing to stdout/stderr.
func NewSession(stdout, stderr io.Writer) *Session {
	vm := interp.NewVM()
	vm.Stdout, vm.Stderr = stdout, stderr
	modules.Register(vm)
	vm.RegisterModule("asyncio", asyncio.Load)
	asyncio.Get(vm) // installs the "coroutine ... was never awaited" warning
	main := interp.NewModule("__main__")
	return &Session{VM: vm, Main: main}
}

// RunFile runs a script file with argv (argv[0] is the script path) and
// returns the process exit status.
func (s *Session) RunFile(path string, argv []string) int {
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
	s.VM.Argv = argv
	s.VM.SearchPath = append(s.VM.SearchPath, filepath.Dir(path))
	s.Main.Globals.SetStr("__file__", interp.Str(path))
	return s.RunSource(path, src)
}

func quote(s string) string { return "'" + s + "'" }

// RunSource runs src as the __main__ module and returns the exit status.
func (s *Session) RunSource(filename string, src []byte) (status int) {
	vm := s.VM
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	defer func() {
		if r := recover(); r != nil {
			if s.PanicsAreBugs {
				panic(r)
			}
			fmt.Fprintf(vm.Stderr, "InternalError: %v\n", r)
			if os.Getenv("ASYNCSCRIPT_DEBUG") != "" {
				fmt.Fprintf(vm.Stderr, "%s\n", debug.Stack())
			}
			status = 1
		}
	}()
	mod, err := lang.Parse(filename, src, lang.ModeFile)
	if err != nil {
		return s.reportSyntax(err)
	}
	code, err := interp.Compile(mod, interp.CompileOptions{})
	if err != nil {
		return s.reportSyntax(err)
	}
	f := vm.NewThread()
	var exc *interp.Exception
	if code.Flags&interp.FlagTopLevelAwait != 0 {
		_, exc = asyncio.RunTopLevel(vm, vm.ModuleCoroutine(code, s.Main))
	} else {
		_, exc = vm.RunCode(f, code, s.Main)
	}
	// coroutines never awaited: CPython warns when it collects them, which
	// for the usual dropped temporary is before any final traceback
	vm.ReportUnawaited()
	if exc != nil {
		status = s.report(f, exc)
	}
	vm.RunAtExit()
	return status
}

func (s *Session) reportSyntax(err error) int {
	if se, ok := err.(*lang.SyntaxError); ok {
		fmt.Fprint(s.VM.Stderr, se.Format())
	} else {
		fmt.Fprintf(s.VM.Stderr, "SyntaxError: %v\n", err)
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

// RunChunk runs one REPL entry in __main__: expression statements echo
// their repr, and a top-level await runs on the session's event loop. It
// reports errors itself; the result tells whether SystemExit was raised
// and with what status.
func (s *Session) RunChunk(src string) (exited bool, status int) {
	vm := s.VM
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	defer func() {
		if r := recover(); r != nil {
			if s.PanicsAreBugs {
				panic(r)
			}
			fmt.Fprintf(vm.Stderr, "InternalError: %v\n", r)
		}
	}()
	mod, err := lang.Parse("<stdin>", []byte(src), lang.ModeInteractive)
	if err != nil {
		s.reportSyntax(err)
		return false, 1
	}
	code, err := interp.Compile(mod, interp.CompileOptions{Interactive: true})
	if err != nil {
		s.reportSyntax(err)
		return false, 1
	}
	f := vm.NewThread()
	var exc *interp.Exception
	if code.Flags&interp.FlagTopLevelAwait != 0 {
		_, exc = asyncio.RunTopLevel(vm, vm.ModuleCoroutine(code, s.Main))
	} else {
		_, exc = vm.RunCode(f, code, s.Main)
	}
	vm.ReportUnawaited()
	if exc != nil {
		st := s.report(f, exc)
		return exc.Matches(interp.SystemExit), st
	}
	return false, 0
}
