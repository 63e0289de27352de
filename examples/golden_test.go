// Golden tests: every examples/NAME.as is run by the asyncscript CLI and
// must print what CPython 3.11 printed for it (recorded by record.py into
// NAME.out, NAME.err, NAME.code and NAME.meta; never from our own output).
//
// For each NAME.as the test runs `asyncscript --clock=virtual NAME.as`
// with the current directory set to examples/ and checks:
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
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
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
		bin := filepath.Join(dir, "asyncscript")
		if runtime.GOOS == "windows" {
			bin += ".exe"
		}
		build := exec.Command("go", "build", "-o", bin, "github.com/asyncscript/asyncscript/cmd/asyncscript")
		if out, err := build.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building the asyncscript CLI: %v\n%s", err, out)
		}
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

// expectation is what CPython did for one example.
type expectation struct {
	stdout    []byte
	errLine   string // last non-empty stderr line, "" if stderr was empty
	exitCode  int
	elapsed   float64 // seconds; < 0 if unknown
	startup   float64 // CPython's start-up time when recorded, seconds
	sortLines bool
}

func TestGolden(t *testing.T) {
	t.Parallel()
	programs, err := filepath.Glob("*.as")
	if err != nil {
		t.Fatal(err)
	}
	if len(programs) == 0 {
		t.Fatal("no examples/*.as found")
	}
	// Start the longest examples first so that the parallel runs pack well
	// and the short, timing-sensitive ones run when the machine is quieter.
	type example struct {
		name string
		want *expectation
		err  error
	}
	examples := make([]example, len(programs))
	for i, file := range programs {
		name := strings.TrimSuffix(file, ".as")
		want, err := load(name)
		examples[i] = example{name, want, err}
	}
	sort.SliceStable(examples, func(i, j int) bool {
		ei, ej := -1.0, -1.0
		if examples[i].want != nil {
			ei = examples[i].want.elapsed
		}
		if examples[j].want != nil {
			ej = examples[j].want.elapsed
		}
		return ei > ej
	})
	if buildErr != nil {
		for _, ex := range examples {
			if ex.err != nil {
				t.Error(ex.err)
			}
		}
		t.Fatal(buildErr)
	}
	slots := make(chan struct{}, goldenAtOnce)
	for _, ex := range examples {
		file, want, err := ex.name+".as", ex.want, ex.err
		t.Run(ex.name, func(t *testing.T) {
			t.Parallel()
			if err != nil {
				t.Fatal(err)
			}
			slots <- struct{}{}
			defer func() { <-slots }()
			runExample(t, file, want, virtual)
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
			want, err := load(name)
			if err != nil {
				t.Fatal(err)
			}
			runExample(t, name+".as", want, false)
		})
	}
}

func load(name string) (*expectation, error) {
	src, err := os.ReadFile(name + ".as")
	if err != nil {
		return nil, err
	}
	want := &expectation{elapsed: -1}
	want.sortLines = bytes.Contains(src, []byte("# golden: sort-lines"))
	want.stdout, err = os.ReadFile(name + ".out")
	if err != nil {
		return nil, fmt.Errorf("%s.as has no recorded output (run `python3 record.py %s` in examples/): %v", name, name, err)
	}
	if b, err := os.ReadFile(name + ".err"); err == nil {
		want.errLine = strings.TrimSpace(string(b))
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if b, err := os.ReadFile(name + ".code"); err == nil {
		if want.exitCode, err = strconv.Atoi(strings.TrimSpace(string(b))); err != nil {
			return nil, fmt.Errorf("%s.code: %v", name, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if b, err := os.ReadFile(name + ".meta"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) != 2 {
				continue
			}
			var dst *float64
			switch f[0] {
			case "elapsed":
				dst = &want.elapsed
			case "startup":
				dst = &want.startup
			default:
				continue
			}
			if *dst, err = strconv.ParseFloat(f[1], 64); err != nil {
				return nil, fmt.Errorf("%s.meta: %v", name, err)
			}
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	return want, nil
}

// exclusive lets runExample rerun an example with no other running.
var exclusive sync.RWMutex

// runExample runs check and reports the problems it finds. On virtual
// time, an example that took more than half a second of wall time was
// busy on the CPU (the chores examples: 1.5 s of busy CPU), and the order
// of its events depends on getting the CPU on time, as it does in
// CPython's runs. If it fails while other examples competed with it for a
// 2-CPU machine, it runs again alone, and that run decides.
func runExample(t *testing.T, file string, want *expectation, virtualClock bool) {
	problems, wall := func() ([]string, float64) {
		exclusive.RLock()
		defer exclusive.RUnlock()
		return check(t, file, want, virtualClock)
	}()
	if len(problems) > 0 && virtualClock && wall > 0.5 {
		t.Logf("%s failed while other examples ran; running it again alone. It said:\n%s", file, strings.Join(problems, "\n"))
		problems = func() []string {
			exclusive.Lock()
			defer exclusive.Unlock()
			p, _ := check(t, file, want, virtualClock)
			return p
		}()
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// check runs file and compares what it did with want; on virtual time
// when virtualClock is set, else on the real clock. It returns the
// differences found and the wall time the run took, in seconds.
func check(t *testing.T, file string, want *expectation, virtualClock bool) (problems []string, wall float64) {
	timeout := 30 * time.Second
	if want.elapsed > 0 && !virtualClock {
		timeout += time.Duration(3 * want.elapsed * float64(time.Second))
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	args := append([]string{}, command[1:]...)
	elapsedFile := ""
	if virtualClock {
		args = append(args, "--clock=virtual")
		elapsedFile = filepath.Join(tempDir, file+".elapsed")
	}
	args = append(args, file)
	cmd := exec.CommandContext(ctx, command[0], args...)
	if elapsedFile != "" {
		cmd.Env = append(os.Environ(), "ASYNCSCRIPT_ELAPSED_FILE="+elapsedFile)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Stdin = nil // /dev/null
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start).Seconds()

	exitCode := 0
	if err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			t.Fatalf("running %s %s: %v", strings.Join(command, " "), file, err)
		}
		if ctx.Err() != nil {
			t.Fatalf("%s: killed after %v (CPython took %.3f s)\nstdout:\n%s\nstderr:\n%s",
				file, timeout, want.elapsed, stdout.Bytes(), stderr.Bytes())
		}
		exitCode = exitErr.ExitCode()
	}

	gotOut, wantOut := mask(stdout.String()), mask(string(want.stdout))
	if want.sortLines {
		gotOut, wantOut = sortLines(gotOut), sortLines(wantOut)
	}
	if gotOut != wantOut {
		problems = append(problems, fmt.Sprintf("%s: stdout differs from CPython's (masked%s; first difference at line %d)\n--- want\n%s--- got\n%s---",
			file, map[bool]string{true: ", lines sorted"}[want.sortLines],
			firstDiffLine(wantOut, gotOut), wantOut, gotOut))
	}

	gotErr := lastLine(stderr.String())
	if mask(gotErr) != mask(want.errLine) {
		if want.errLine == "" {
			problems = append(problems, fmt.Sprintf("%s: CPython wrote nothing to stderr, got:\n%s", file, stderr.Bytes()))
		} else {
			problems = append(problems, fmt.Sprintf("%s: last stderr line\nwant: %s\n got: %s\nfull stderr:\n%s", file, want.errLine, gotErr, stderr.Bytes()))
		}
	}
	if exitCode != want.exitCode {
		problems = append(problems, fmt.Sprintf("%s: exit status %d, CPython's was %d", file, exitCode, want.exitCode))
	}

	if want.elapsed < 0 || os.Getenv("ASYNCSCRIPT_GOLDEN_NOTIME") != "" {
		return problems, elapsed
	}
	// Compare the programs' own times: each side's start-up is taken off
	// (virtual time counts from the start of the program).
	wantRun := math.Max(want.elapsed-want.startup, 0)
	tolerance := 0.10*wantRun + 0.050
	if virtualClock {
		b, err := os.ReadFile(elapsedFile)
		if err != nil {
			t.Fatalf("%s: the elapsed virtual time was not written: %v", file, err)
		}
		gotRun, err := strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
		if err != nil {
			t.Fatalf("%s: elapsed virtual time: %v", file, err)
		}
		if math.Abs(gotRun-wantRun) > tolerance {
			problems = append(problems, fmt.Sprintf("%s: ran for %.3f virtual seconds; CPython took %.3f s (%.3f s minus %.3f s of start-up); allowed +/- %.3f s",
				file, gotRun, wantRun, want.elapsed, want.startup, tolerance))
		}
		return problems, elapsed
	}
	gotRun := math.Max(elapsed-startup, 0)
	if math.Abs(gotRun-wantRun) > tolerance {
		problems = append(problems, fmt.Sprintf("%s: ran for %.3f s (%.3f s minus %.3f s of start-up); CPython took %.3f s (%.3f s minus %.3f s); allowed +/- %.3f s",
			file, gotRun, elapsed, startup, wantRun, want.elapsed, want.startup, tolerance))
	}
	return problems, elapsed
}

var (
	fraction  = regexp.MustCompile(`([0-9]\.)[0-9]+`)
	address   = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	timeOfDay = regexp.MustCompile(`\b[0-9]{2}:[0-9]{2}:[0-9]{2}\b`)
)

// mask hides what legitimately differs between two runs: the fractional
// digits of printed decimal numbers (timings), addresses, times of day.
func mask(s string) string {
	s = address.ReplaceAllString(s, "0x#")
	s = timeOfDay.ReplaceAllString(s, "##:##:##")
	return fraction.ReplaceAllString(s, "${1}#")
}

func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	return ""
}

func sortLines(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, l := range lines {
		if !strings.HasSuffix(l, "\n") {
			lines[i] = l + "\n" // a missing final newline still compares equal
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "")
}

func firstDiffLine(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
