// Command asyncscript runs .as scripts: Python-like programs whose asyncio
// behaves exactly as CPython 3.11's.
//
//	asyncscript FILE.as [ARGS...]   run a script (sys.argv = [FILE, ARGS...])
//	asyncscript -c CODE [ARGS...]   run CODE (sys.argv[0] = '-c')
//	asyncscript - [ARGS...]         run the program on standard input
//	asyncscript                     start the REPL
//
// Options before these: --clock=virtual runs on virtual time (sleeping
// costs no wall time); --no-deadlock-check waits forever, as CPython
// does, instead of reporting a deadlock.
//
// Exit status: 0, 1 for an uncaught exception or syntax error, the status
// of sys.exit(n), 2 for usage errors or an unreadable file.
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/tracing"
)

// Version is the asyncscript release.
const Version = "0.1.0"

const usage = `usage: asyncscript [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONUNBUFFERED)
-h     : print this help message and exit (also --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run module as a script (terminates option list); -m asyncio
         opens the prompt, as with no program
-q     : don't print the version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-V     : print the version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
--trace: print one line per task scheduling event on stderr
--trace-file FILE.json : write the task events in Chrome Trace Event format
--timeline FILE.svg|FILE.html : draw the tasks' timeline (Gantt chart)
--clock=virtual : virtual time: sleeping costs no wall time, clocks jump
         to the next timer whenever nothing is working (--clock=real: the default)
--no-deadlock-check : when every task waits and nothing can wake them,
         wait forever as CPython does instead of reporting the deadlock
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
--     : end of options: the program file follows
arg ...: arguments passed to program in sys.argv[1:]

Notebooks (the options above go before the subcommand):
asyncscript NB.ipynb | run NB.ipynb [-o OUT.ipynb | --inplace] [--allow-errors]
asyncscript run SCRIPT --cells   : a percent-format script, cell by cell
asyncscript check NB.ipynb [--tolerance 10%]
asyncscript port NB.ipynb [-o FILE] [--python]
`

func main() {
	opts, args, err := parseOptions(os.Args[1:]) // options.go
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		fmt.Fprint(os.Stderr, tryHelp)
		os.Exit(2)
	}
	std := openStd(opts.unbuffered)
	startGC(newMemoryGuard(std))
	if profiled != nil {
		os.Exit(profiled(opts, args, std))
	}
	os.Exit(run(opts, args, std))
}

// profiled, when the binary is built with -tags profile (profile.go), runs
// the interpreter under the CPU or allocation profiler the environment asks
// for. Default builds leave runtime/pprof out: linking it costs start-up
// time (its compress/gzip dependency initializes tables, and the runtime
// samples allocations whenever pprof is present).
var profiled func(opts options, args []string, std stdStreams) int

// run runs the command line args (the options taken off) and returns the
// exit status.
func run(opts options, args []string, std stdStreams) (status int) {
	var rec *tracing.Recorder
	defer func() {
		if !opts.trace.finish(rec) && status == 0 {
			status = 1
		}
	}()
	if len(args) == 0 {
		return repl(std, opts, &rec, nil) // repl.go
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
		command := func(s *stdlib.Session) int {
			s.VM.Argv = append([]string{"-c"}, args[2:]...)
			s.VM.SearchPath = []string{"."}
			return s.RunCommand([]byte(args[1]))
		}
		if opts.inspect {
			return repl(std, opts, &rec, command)
		}
		warmFor([]byte(args[1])) // warm.go
		s, done := newSession(std, opts, &rec)
		return done(command(s))
	case a == "-m":
		// the bundled asyncio's __main__ is the prompt; a NAME.as in the
		// current directory runs as the program
		if args[1] == "asyncio" {
			return repl(std, opts, &rec, nil)
		}
		if _, err := os.Stat(args[1] + ".as"); err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: No module named %s\n", args[1])
			return 1
		}
		args = append([]string{args[1] + ".as"}, args[2:]...)
	case a == "-":
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: cannot read stdin: %v\n", err)
			return 2
		}
		warmFor(src)
		s, done := newSession(std, opts, &rec)
		s.VM.Argv = append([]string{"-"}, args[1:]...)
		s.VM.SearchPath = []string{"."}
		return done(s.RunSource("<stdin>", src))
	case len(a) > 1 && a[0] == '-':
		fmt.Fprintf(os.Stderr, "unknown option %s\n", a)
		fmt.Fprint(os.Stderr, tryHelp)
		return 2
	}
	if status, ok := notebookCommand(opts, args, std); ok { // notebook.go
		return status
	}
	if opts.inspect && fileExists(args[0]) {
		return repl(std, opts, &rec, func(s *stdlib.Session) int { return s.RunFile(args[0], args) })
	}
	src := readScript(args[0]) // warm.go
	s, done := newSession(std, opts, &rec)
	if src != nil {
		return done(s.RunFileSource(args[0], src, args))
	}
	return done(s.RunFile(args[0], args))
}

// fileExists reports whether path names something that exists.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

const tryHelp = "usage: asyncscript [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `asyncscript -h' for more information.\n"

// newSession makes a session whose program takes Ctrl-C as CPython's
// does: KeyboardInterrupt at its next loop iteration or call, or, under
// asyncio.run, the cancellation of the main task. A program that does not
// take it within two seconds (blocked in a sleep or a read), or a second
// Ctrl-C before it does, ends the process with status 130 as a signal
// would.
//
// The session runs with the clock and deadlock check opts ask for. done
// is to be called with the exit status when the program has ended: when
// the environment variable ASYNCSCRIPT_ELAPSED_FILE names a file, done
// writes into it how many seconds the program ran on the session's clock
// (virtual seconds under --clock=virtual; the golden tests compare them
// with CPython's run times).
//
// The handler is installed once the program has run for sigintDelay:
// signal.Notify starts an OS thread of its own, whose creation and
// teardown cost short scripts a measurable part of their start-up. Before
// then, Ctrl-C ends the process as SIGINT's default action does (status
// 130, without the traceback).
func newSession(std stdStreams, opts options, rec **tracing.Recorder) (s *stdlib.Session, done func(status int) int) {
	s = stdlib.NewSession(std.out, std.err)
	*rec = configure(s, opts)
	time.AfterFunc(sigintDelay, func() {
		go handleSIGQUIT(s) // sigquit_unix.go
		handleSIGINT(s, std)
	})
	now := func() time.Duration { return time.Duration(time.Now().UnixNano()) }
	if s.VM.Clock != nil {
		now = s.VM.Clock.Now
	}
	start := now()
	return s, func(status int) int {
		status = s.Finalize(status)
		if path := os.Getenv("ASYNCSCRIPT_ELAPSED_FILE"); path != "" {
			secs := fmt.Sprintf("%.6f\n", (now() - start).Seconds())
			if err := os.WriteFile(path, []byte(secs), 0o644); err != nil {
				fmt.Fprintf(os.Stderr, "asyncscript: %v\n", err)
			}
		}
		return status
	}
}

// configure applies the session options to s and returns its trace
// recorder (nil when not tracing).
func configure(s *stdlib.Session, opts options) *tracing.Recorder {
	if opts.virtualClock {
		s.UseVirtualClock()
	}
	s.SetDeadlockCheck(!opts.noDeadlockCheck)
	s.VM.WarnOptions = opts.warnings
	return opts.trace.attach(s)
}

// sigintDelay is long enough for a short script to end before it even on
// a busy machine, where its wall time is several times its CPU time (at
// 5 ms the handlers started in most runs of print("hello") there), and
// short enough that a person's Ctrl-C always comes after it.
const sigintDelay = 50 * time.Millisecond

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
