// Deadlock report tests: every testdata/deadlock/NAME.as stops with exit
// status 1, NAME.out on stdout and NAME.report on stderr (written by hand:
// CPython waits forever on these programs, the report is ours). The slow
// programs testdata/slow_*.as (recorded from python3, also run by
// TestGolden on the real clock) must never be reported, on virtual time
// either.
package asyncio_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/stdlib"
)

// runFile runs path in a new session, on virtual time if virtual is set.
func runFile(t *testing.T, path string, virtual bool) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	if virtual {
		s.UseVirtualClock()
	}
	status = s.RunFile(path, []string{path})
	// the main script runs under its absolute path, as in CPython:
	// the report is compared relative to the test's directory
	stderr = errb.String()
	if cwd, err := os.Getwd(); err == nil {
		stderr = strings.ReplaceAll(stderr, cwd+string(filepath.Separator), "")
	}
	return out.String(), stderr, status
}

func TestDeadlockReport(t *testing.T) {
	progs, err := filepath.Glob("testdata/deadlock/*.as")
	if err != nil || len(progs) < 4 {
		t.Fatalf("want at least 4 deadlocked programs, found %d (%v)", len(progs), err)
	}
	for _, prog := range progs {
		base := strings.TrimSuffix(prog, ".as")
		for _, virtual := range []bool{false, true} {
			name := filepath.Base(base) + map[bool]string{false: "/real", true: "/virtual"}[virtual]
			t.Run(name, func(t *testing.T) {
				wantOut, err := os.ReadFile(base + ".out")
				if err != nil {
					t.Fatal(err)
				}
				wantErr, err := os.ReadFile(base + ".report")
				if err != nil {
					t.Fatal(err)
				}
				start := time.Now()
				stdout, stderr, status := runFile(t, prog, virtual)
				if wall := time.Since(start); wall > 2*time.Second {
					t.Errorf("took %v to report", wall)
				}
				if stdout != string(wantOut) {
					t.Errorf("stdout\n%s\nwant\n%s", stdout, wantOut)
				}
				if stderr != string(wantErr) {
					t.Errorf("stderr\n%s\nwant\n%s", stderr, wantErr)
				}
				if status != 1 {
					t.Errorf("exit status %d, want 1", status)
				}
			})
		}
	}
}

func TestSlowProgramsAreNotDeadlocks(t *testing.T) {
	progs, err := filepath.Glob("testdata/slow_*.as")
	if err != nil || len(progs) < 3 {
		t.Fatalf("want at least 3 slow programs, found %d (%v)", len(progs), err)
	}
	for _, prog := range progs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".as") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			stdout, stderr, status := runFile(t, prog, true)
			if wall := time.Since(start); wall > 200*time.Millisecond {
				t.Errorf("took %v of wall time on virtual time", wall)
			}
			if stdout != string(want) || stderr != "" || status != 0 {
				t.Errorf("exit %d, stdout\n%s\nstderr\n%s\nwant exit 0, stdout\n%s", status, stdout, stderr, want)
			}
		})
	}
}

func TestDeadlockAtThePrompt(t *testing.T) {
	// The report ends the entry, not the session: the next entries run.
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	if _, status := s.RunChunk("import asyncio\n"); status != 0 {
		t.Fatalf("import: status %d, stderr %s", status, errb.String())
	}
	exited, status := s.RunChunk("await asyncio.Event().wait()\n")
	if exited || status != 1 {
		t.Fatalf("deadlocked entry: exited=%v status=%d, want false 1", exited, status)
	}
	want := "asyncscript: deadlock: every task is waiting, and nothing is left that could wake one\n" +
		"(no callback is ready, no timer is set, no thread or I/O is pending).\n" +
		"  Task 'Task-1' <module>() waits for Event.wait() at <stdin>:1\n" +
		"CPython would wait here forever; asyncscript stops (--no-deadlock-check waits as CPython does).\n"
	if errb.String() != want {
		t.Fatalf("stderr\n%s\nwant\n%s", errb.String(), want)
	}
	errb.Reset()
	if _, status := s.RunChunk("print(await asyncio.sleep(0, 'still here'))\n"); status != 0 || out.String() != "still here\n" {
		t.Fatalf("next entry: status %d, stdout %q, stderr %s", status, out.String(), errb.String())
	}
}

func TestNoDeadlockCheckWaitsForCtrlC(t *testing.T) {
	// As CPython: the loop waits forever; Ctrl-C cancels the main task and
	// ends the run with KeyboardInterrupt (status 130).
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.SetDeadlockCheck(false)
	done := make(chan int, 1)
	go func() { done <- s.RunFile("testdata/deadlock/queue.as", []string{"queue.as"}) }()
	select {
	case status := <-done:
		t.Fatalf("returned (status %d, stderr %s) instead of waiting", status, errb.String())
	case <-time.After(200 * time.Millisecond):
	}
	s.VM.Interrupt()
	select {
	case status := <-done:
		if status != 130 || !strings.HasSuffix(errb.String(), "KeyboardInterrupt\n") {
			t.Fatalf("status %d, stderr\n%s\nwant 130 and KeyboardInterrupt", status, errb.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Ctrl-C did not end the wait")
	}
}
