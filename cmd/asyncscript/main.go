// Command asyncscript runs .as scripts: Python-like programs whose asyncio
// behaves exactly as CPython 3.11's.
//
//	asyncscript FILE.as [ARGS...]   run a script (sys.argv = [FILE, ARGS...])
//	asyncscript -c CODE [ARGS...]   run CODE (sys.argv[0] = '-c')
//	asyncscript - [ARGS...]         run the program on standard input
//	asyncscript                     start the REPL
//
// Exit status: 0, 1 for an uncaught exception or syntax error, the status
// of sys.exit(n), 2 for usage errors or an unreadable file.
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	_ "github.com/asyncscript/asyncscript/cmd/asyncscript/internal/warm"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/tracing"
)

// Version is the asyncscript release.
const Version = "0.1.0"

const usage = `usage: asyncscript [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONUNBUFFERED)
-h     : print this help message and exit (also --help)
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-V     : print the version number and exit (also --version)
--trace: print one line per task scheduling event on stderr
--trace-file FILE.json : write the task events in Chrome Trace Event format
--timeline FILE.svg|FILE.html : draw the tasks' timeline (Gantt chart)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

func main() {
	args, unbuffered := options(os.Args[1:])
	std := openStd(unbuffered)
	startGC(newMemoryGuard(std))
	if profiled != nil {
		os.Exit(profiled(args, std))
	}
	os.Exit(run(args, std))
}

// profiled, when the binary is built with -tags profile (profile.go), runs
// the interpreter under the CPU or allocation profiler the environment asks
// for. Default builds leave runtime/pprof out: linking it costs start-up
// time (its compress/gzip dependency initializes tables, and the runtime
// samples allocations whenever pprof is present).
var profiled func(args []string, std stdStreams) int

// run runs the command line args (the interpreter options taken off) and
// returns the exit status.
func run(args []string, std stdStreams) (status int) {
	trace, args, ok := parseTraceOpts(args) // trace.go
	if !ok {
		return 2
	}
	var rec *tracing.Recorder
	defer func() {
		if !trace.finish(rec) && status == 0 {
			status = 1
		}
	}()
	// every session of this run gets the recorder the options ask for
	tracedSession := func() *stdlib.Session {
		s := newSession(std)
		rec = trace.attach(s)
		return s
	}
	if len(args) == 0 {
		return repl(std, func(s *stdlib.Session) { rec = trace.attach(s) })
	}
	switch a := args[0]; {
	case a == "-h" || a == "--help":
		fmt.Print(usage)
		return 0
	case a == "-V" || a == "--version":
		fmt.Printf("asyncscript %s (Python 3.11 compatible)\n", Version)
		return 0
	case a == "-c":
		if len(args) < 2 {
			fmt.Fprintln(os.Stderr, "Argument expected for the -c option")
			fmt.Fprint(os.Stderr, tryHelp)
			return 2
		}
		s := tracedSession()
		s.VM.Argv = append([]string{"-c"}, args[2:]...)
		s.VM.SearchPath = []string{"."}
		return s.Finalize(s.RunCommand([]byte(args[1])))
	case a == "-":
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: cannot read stdin: %v\n", err)
			return 2
		}
		s := tracedSession()
		s.VM.Argv = append([]string{"-"}, args[1:]...)
		s.VM.SearchPath = []string{"."}
		return s.Finalize(s.RunSource("<stdin>", src))
	case len(a) > 1 && a[0] == '-':
		fmt.Fprintf(os.Stderr, "unknown option %s\n", a)
		fmt.Fprint(os.Stderr, tryHelp)
		return 2
	}
	s := tracedSession()
	return s.Finalize(s.RunFile(args[0], args))
}

const tryHelp = "usage: asyncscript [option] ... [-c cmd | file | -] [arg] ...\nTry `asyncscript -h' for more information.\n"

// options takes the interpreter options that come before the program
// (-u, -E, also grouped as in -uE or -uc CODE) off args. unbuffered is -u,
// or PYTHONUNBUFFERED set to anything non-empty unless -E says to ignore
// PYTHON* variables.
func options(args []string) (rest []string, unbuffered bool) {
	ignoreEnv := false
	for len(args) > 0 {
		a := args[0]
		if len(a) < 2 || a[0] != '-' || a[1] == '-' {
			break // the program, "-" or a long option
		}
		flags, command := a[1:], false
		if len(flags) > 1 && strings.HasSuffix(flags, "c") {
			flags, command = flags[:len(flags)-1], true
		}
		if strings.Trim(flags, "uE") != "" {
			break // -c, -h, -V or an unknown option: run decides
		}
		unbuffered = unbuffered || strings.Contains(flags, "u")
		ignoreEnv = ignoreEnv || strings.Contains(flags, "E")
		if command {
			args = append([]string{"-c"}, args[1:]...)
			break
		}
		args = args[1:]
	}
	if !ignoreEnv && os.Getenv("PYTHONUNBUFFERED") != "" {
		unbuffered = true
	}
	return args, unbuffered
}

// newSession makes a session whose program takes Ctrl-C as CPython's
// does: KeyboardInterrupt at its next loop iteration or call, or, under
// asyncio.run, the cancellation of the main task. A program that does not
// take it within two seconds (blocked in a sleep or a read), or a second
// Ctrl-C before it does, ends the process with status 130 as a signal
// would.
//
// The handler is installed once the program has run for sigintDelay:
// signal.Notify starts an OS thread of its own, whose creation and
// teardown cost short scripts a measurable part of their start-up. Before
// then, Ctrl-C ends the process as SIGINT's default action does (status
// 130, without the traceback).
func newSession(std stdStreams) *stdlib.Session {
	s := stdlib.NewSession(std.out, std.err)
	time.AfterFunc(sigintDelay, func() { handleSIGINT(s, std) })
	time.AfterFunc(sigintDelay, func() { handleSIGQUIT(s) }) // sigquit_unix.go
	return s
}

const sigintDelay = 5 * time.Millisecond

func handleSIGINT(s *stdlib.Session, std stdStreams) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	for {
		<-sigs
		taken := s.VM.InterruptsTaken()
		s.VM.Interrupt()
		if waitTaken(s, taken, sigs) {
			continue
		}
		std.out.Flush()
		std.err.WriteString("KeyboardInterrupt\n")
		std.err.Flush()
		os.Exit(130)
	}
}

// waitTaken waits up to two seconds for the program to take the interrupt
// it was sent; false if it did not, or Ctrl-C came again first.
func waitTaken(s *stdlib.Session, before int64, sigs <-chan os.Signal) bool {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(2 * time.Second)
	for {
		select {
		case <-sigs:
			return false
		case <-deadline:
			return false
		case <-tick.C:
			if s.VM.InterruptsTaken() > before {
				return true
			}
		}
	}
}
