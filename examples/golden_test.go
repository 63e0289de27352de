// Golden tests: every examples/NAME.as is run by the asyncscript CLI and
// must print what CPython 3.11 printed for it (recorded by record.py into
// NAME.out, NAME.err, NAME.code and NAME.meta; never from our own output).
//
// For each NAME.as the test runs `asyncscript --clock=virtual NAME.as`
// with the current directory set to examples/ and compares what it did
// with the recording by the rules of internal/golden (the one golden
// runner), with Options.MaskTimings and Options.CheckElapsed:
//
//   - stdout equals NAME.out byte for byte after masking, in both texts,
//     the fractional digits of decimal numbers ("3.0039242" -> "3.#", so
//     printed timings only have to agree on whole seconds), hexadecimal
//     addresses ("0x7f3a..." -> "0x#") and wall-clock times of day
//     ("04:55:42" -> "##:##:##", from time.strftime('%X'));
//   - the last non-empty stderr line equals NAME.err; with no NAME.err,
//     stderr must be empty;
//   - the exit status equals NAME.code (0 when there is no NAME.code);
//   - the elapsed time is within 10% (plus 50 ms of slack for short
//     programs) of the time CPython took, from NAME.meta, minus CPython's
//     start-up ("startup" in NAME.meta, CPython running an empty program,
//     measured by record.py).
//
// Virtual time (see loop.VirtualClock) makes every sleep cost no wall
// time, so the whole suite runs in well under a second; the elapsed time
// compared is then the program's run time in virtual seconds, which the
// command writes into the file named by ASYNCSCRIPT_ELAPSED_FILE: the
// sleeps, as punctual as timers can be, plus the real time spent working.
//
// TestGoldenRealClock runs a few short examples again on the real clock
// (realClockExamples), comparing wall time, so that real timing stays
// tested: there our start-up, the time the command takes to run an empty
// program (measured once in TestMain), is taken off our wall time first,
// as CPython's is off its time; otherwise CPython's ~40-80 ms start-up
// alone would break the 50 ms slack.
//
// A NAME.as without NAME.out is a failure: run `python3 record.py NAME`.
//
// A program may carry the comment `# golden: sort-lines` when CPython
// itself prints some lines in an order that depends on thread timing
// (blocking_mix.as, whose worker thread prints while the loop does); its
// stdout is then compared as a sorted list of lines.
//
// The CLI is built once, in TestMain, from ./cmd/asyncscript. If it does
// not build, every example fails (it does not skip).
//
// Environment:
//
//	ASYNCSCRIPT_GOLDEN_CMD   run this command instead of building the CLI;
//	                         it is split on spaces and NAME.as is appended,
//	                         and every example runs on the real clock.
//	                         To check the harness against CPython itself:
//	                           ASYNCSCRIPT_GOLDEN_CMD="python3 record.py --run" go test ./examples
//	                         (record.py --run handles top-level await the way
//	                         the recorder does; with plain
//	                         ASYNCSCRIPT_GOLDEN_CMD=python3 the notebook-style
//	                         programs fail with "SyntaxError: 'await' outside
//	                         function", and task reprs and tracebacks show
//	                         absolute paths).
//	ASYNCSCRIPT_GOLDEN_NOTIME=1  skip the elapsed-time check (e.g. under -race).
//
// The tests run in parallel with each other (TestGolden, TestGoldenRealClock
// and TestInterrupt), so that the whole package takes about as long as its
// longest example; unless -parallel is given, up to 64 subtests run at
// once, whatever GOMAXPROCS is. TestGolden itself runs at most
// goldenAtOnce examples at a time, longest first: on virtual time only the
// three chores examples take real time (1.5 s of busy CPU each, as in
// CPython, with an order of events that depends on it to ~70 ms), and
// more processes competing with them for a 2-CPU machine would make them
// late. Such a CPU-busy example that fails anyway is run again alone
// (runExample).
package examples_test

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/internal/golden"
)

var (
	command  []string // the interpreter command line, NAME.as is appended
	virtual  bool     // command is our CLI: run examples on virtual time
	buildErr error    // why the CLI could not be built
	startup  float64  // seconds the command takes to run an empty program
	tempDir  string   // for the files of ASYNCSCRIPT_ELAPSED_FILE
)

// goldenAtOnce bounds the examples TestGolden runs at the same time.
const goldenAtOnce = 4

// realClockExamples also run on the real clock, in TestGoldenRealClock.
var realClockExamples = []string{"hello", "sleep_loop_async_gather"}

func TestMain(m *testing.M) {
	flag.Parse()
	parallelSet := false
	flag.Visit(func(f *flag.Flag) {
		if f.Name == "test.parallel" {
			parallelSet = true
		}
	})
	if !parallelSet {
		flag.Set("test.parallel", "64")
	}

	dir, err := os.MkdirTemp("", "asyncscript-golden-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if env := strings.Fields(os.Getenv("ASYNCSCRIPT_GOLDEN_CMD")); len(env) > 0 {
		command = env
	} else {
		var bin string
		bin, buildErr = golden.BuildCLI(dir)
		command = []string{bin}
		virtual = true
	}
	tempDir = dir
	if buildErr == nil {
		startup, buildErr = measureStartup(dir)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// measureStartup returns the fastest of three runs of an empty program,
// the counterpart of the "startup" that record.py measured for CPython.
func measureStartup(dir string) (float64, error) {
	empty := filepath.Join(dir, "empty.as")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		return 0, err
	}
	best := math.Inf(1)
	for i := 0; i < 3; i++ {
		cmd := exec.Command(command[0], append(append([]string{}, command[1:]...), empty)...)
		start := time.Now() // in examples/, like the examples themselves
		if out, err := cmd.CombinedOutput(); err != nil {
			return 0, fmt.Errorf("running an empty program with %s: %v\n%s", strings.Join(command, " "), err, out)
		}
		best = math.Min(best, time.Since(start).Seconds())
	}
	return best, nil
}

func TestGolden(t *testing.T) {
	t.Parallel()
	programs, errs, err := golden.LoadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	// Start the longest examples first so that the parallel runs pack well
	// and the short, timing-sensitive ones run when the machine is quieter.
	order := make([]int, len(programs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		return programs[order[i]].Want.Elapsed > programs[order[j]].Want.Elapsed
	})
	if buildErr != nil {
		for _, err := range errs {
			if err != nil {
				t.Error(err)
			}
		}
		t.Fatal(buildErr)
	}
	slots := make(chan struct{}, goldenAtOnce)
	for _, i := range order {
		p, err := programs[i], errs[i]
		t.Run(p.Name, func(t *testing.T) {
			t.Parallel()
			if err != nil {
				t.Fatal(err)
			}
			slots <- struct{}{}
			defer func() { <-slots }()
			runExample(t, p, virtual)
		})
	}
}

func TestGoldenRealClock(t *testing.T) {
	t.Parallel()
	if !virtual {
		t.Skip("TestGolden already ran every example on the real clock")
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	for _, name := range realClockExamples {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p, err := golden.Load(name + ".as")
			if err != nil {
				t.Fatal(err)
			}
			runExample(t, p, false)
		})
	}
}

// exclusive lets runExample rerun an example with no other running.
var exclusive sync.RWMutex

// runExample runs check and reports the problems it finds. Every run
// depends on getting the CPU on time: its run time is compared (on
// virtual time too, where time spent on the CPU still counts: hello.as
// once ran 0.245 s of its 0.150 +/- 0.065 while `go test ./...` kept both
// CPUs busy), and an example busy on the CPU (the chores examples: 1.5 s
// of it) has an order of events that depends on it, as it does in
// CPython's runs. So a run that fails while other examples competed with
// it for a 2-CPU machine runs again alone, and that run decides; a real
// difference fails twice.
func runExample(t *testing.T, p *golden.Program, virtualClock bool) {
	problems := func() []string {
		exclusive.RLock()
		defer exclusive.RUnlock()
		return check(t, p, virtualClock)
	}()
	if len(problems) > 0 {
		t.Logf("%s failed while other examples ran; running it again alone. It said:\n%s", p.File(), strings.Join(problems, "\n"))
		problems = func() []string {
			exclusive.Lock()
			defer exclusive.Unlock()
			return check(t, p, virtualClock)
		}()
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// check runs p with the command (on virtual time when virtualClock is
// set) and compares what it did with CPython's recording under the
// examples' rules: timings masked, run time compared. It returns the
// differences found.
func check(t *testing.T, p *golden.Program, virtualClock bool) []string {
	timeout := 30 * time.Second
	if p.Want.Elapsed > 0 && !virtualClock {
		timeout += time.Duration(3 * p.Want.Elapsed * float64(time.Second))
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	got, err := golden.RunCommand(ctx, command, p, virtualClock, startup, tempDir)
	if err != nil {
		t.Fatal(err)
	}
	opt := golden.Options{MaskTimings: true, CheckElapsed: os.Getenv("ASYNCSCRIPT_GOLDEN_NOTIME") == ""}
	return golden.Compare(p, got, opt)
}
