package golden

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// RunSession runs p in process, in a fresh stdlib.Session, on virtual time
// when virtual is set. As `python3 NAME.as` run from its directory, the
// program has sys.argv == ['NAME.as'], its directory on the import path,
// and its absolute path as __file__ and code filename (tracebacks, task
// reprs); Compare masks that directory (Result.Dir), as the recorders
// shorten CPython's absolute paths to NAME.as. Go panics are not turned
// into an InternalError report: the test sees their stack. Elapsed is not
// measured.
func RunSession(p *Program, virtual bool) Result {
	var stdout, stderr bytes.Buffer
	s := stdlib.NewSession(&stdout, &stderr)
	s.PanicsAreBugs = true
	if virtual {
		s.UseVirtualClock()
	}
	s.VM.Stdin = bytes.NewReader(p.Stdin)
	s.VM.Argv = []string{p.File()}
	s.VM.SearchPath = append(s.VM.SearchPath, p.Dir)
	path, dir := p.File(), ""
	if abs, err := filepath.Abs(p.Path()); err == nil {
		path, dir = abs, filepath.Dir(abs)
	}
	s.Main.Globals.SetStr("__file__", interp.Str(path))
	code := s.RunSource(path, p.Source)
	return Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes(), Code: code, Elapsed: -1, Dir: dir}
}

// Check reports Compare's differences as test errors.
func Check(t testing.TB, p *Program, got Result, opt Options) {
	t.Helper()
	for _, problem := range Compare(p, got, opt) {
		t.Error(problem)
	}
}

// Suite is a directory of golden programs, or a chunked file of them, run
// in process.
type Suite struct {
	Dir    string
	Chunks string // a chunked file (chunks.go), instead of Dir
	// AlsoVirtual runs every program a second time on virtual time
	// (subtest NAME/virtual), which must keep CPython's order of events.
	AlsoVirtual bool
	// Sequential runs the programs one at a time, for suites whose
	// programs depend on real-clock timings that a loaded machine would
	// upset (others run in parallel).
	Sequential bool
	Options
}

// Test runs every program of the suite (RunSession) as a subtest named
// NAME (FILE.as:LINE for a chunk) and reports Compare's differences.
func (s Suite) Test(t *testing.T) {
	t.Helper()
	var progs []*Program
	var errs []error
	var err error
	if s.Chunks != "" {
		progs, err = LoadChunks(s.Chunks)
		errs = make([]error, len(progs))
	} else {
		progs, errs, err = LoadDir(s.Dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	clocks := []bool{false}
	if s.AlsoVirtual {
		clocks = append(clocks, true)
	}
	for i, p := range progs {
		for _, virtual := range clocks {
			name := p.Name
			if virtual {
				name += "/virtual"
			}
			p, err := p, errs[i]
			t.Run(name, func(t *testing.T) {
				if !s.Sequential {
					t.Parallel()
				}
				if err != nil {
					t.Fatal(err)
				}
				Check(t, p, RunSession(p, virtual), s.Options)
			})
		}
	}
}

// BuildCLI builds cmd/asyncscript into dir and returns the binary's path.
func BuildCLI(dir string) (string, error) {
	bin := filepath.Join(dir, "asyncscript")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin, "github.com/asyncscript/asyncscript/cmd/asyncscript")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the asyncscript CLI: %v\n%s", err, out)
	}
	return bin, nil
}

// RunCommand runs `command... [--clock=virtual] NAME.as` in p's directory
// with stdin from NAME.in (/dev/null without one). On virtual time, Elapsed is the program's run
// time in virtual seconds, which the CLI writes into the file named by
// ASYNCSCRIPT_ELAPSED_FILE (a file in tempDir); on the real clock it is
// the wall time minus startup, the command's own start-up time. The error
// is for a command that could not run or was killed by ctx.
func RunCommand(ctx context.Context, command []string, p *Program, virtual bool, startup float64, tempDir string) (Result, error) {
	args := append([]string{}, command[1:]...)
	elapsedFile := ""
	if virtual {
		args = append(args, "--clock=virtual")
		elapsedFile = filepath.Join(tempDir, p.Name+".elapsed")
	}
	cmd := exec.CommandContext(ctx, command[0], append(args, p.File())...)
	cmd.Dir = p.Dir
	if elapsedFile != "" {
		cmd.Env = append(os.Environ(), "ASYNCSCRIPT_ELAPSED_FILE="+elapsedFile)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if len(p.Stdin) > 0 {
		cmd.Stdin = bytes.NewReader(p.Stdin)
	} // else /dev/null
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	res := Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes(), Elapsed: max(wall-startup, 0)}
	if abs, err := filepath.Abs(p.Dir); err == nil {
		res.Dir = abs // the CLI names the script by its absolute path
	}
	if err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			return res, fmt.Errorf("running %s %s: %v", strings.Join(command, " "), p.File(), err)
		}
		if ctx.Err() != nil {
			return res, fmt.Errorf("%s: killed (%v)\nstdout:\n%s\nstderr:\n%s", p.File(), ctx.Err(), res.Stdout, res.Stderr)
		}
		res.Code = exitErr.ExitCode()
	}
	if virtual {
		b, err := os.ReadFile(elapsedFile)
		if err != nil {
			return res, fmt.Errorf("%s: the elapsed virtual time was not written: %v", p.File(), err)
		}
		if res.Elapsed, err = strconv.ParseFloat(strings.TrimSpace(string(b)), 64); err != nil {
			return res, fmt.Errorf("%s: elapsed virtual time: %v", p.File(), err)
		}
	}
	return res, nil
}
