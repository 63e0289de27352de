package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestWarnOptions: -W options filter the compiler's SyntaxWarnings, or
// turn them into SyntaxErrors, exactly as python3's do (and a bad option
// is reported and ignored): each case runs under both and must print the
// same stdout and stderr and end with the same status.
func TestWarnOptions(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	dir := t.TempDir()
	prog := filepath.Join(dir, "w.as")
	src := "x = 1\nprint(x is 1)\nprint(x is not 'a', (1, 2)[None] if x is None else 0)\n" +
		"import warnings\nwarnings.warn('at run time')\nprint('done')\n"
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	assertion := "x = 1\nassert (x,\n   'always')\nprint(x)\n"
	for _, args := range [][]string{
		{prog},
		{"-W", "error", prog},
		{"-Werror::SyntaxWarning", prog},
		{"-W", "ignore::SyntaxWarning", prog},
		{"-W", "error::DeprecationWarning", prog},
		{"-W", "error:is not", prog},
		{"-W", "e:\"is\" WITH:SyntaxWarning", prog},
		{"-W", "always", "-W", "error::SyntaxWarning::3", prog},
		{"-W", "bogus", "-W", "e::NoSuch", "-W", "e::ValueError", "-W", "e::nosuchmodule.X", "-W", "e::::-1", prog},
		{"-W", "error::SyntaxWarning", "-c", assertion},
		{"-W", "ignore", "-c", assertion},
		{"-W", "bogus", "-c", "import sys; print(sys.argv, sys.warnoptions)", "a"},
	} {
		var wantOut, wantErr, gotOut, gotErr bytes.Buffer
		want := exec.Command(py, args...)
		want.Stdout, want.Stderr = &wantOut, &wantErr
		wantStatus := status(want.Run())
		got := exec.Command(os.Args[0], args...)
		got.Env = append(os.Environ(), "ASYNCSCRIPT_TEST_MAIN=1")
		got.Stdout, got.Stderr = &gotOut, &gotErr
		gotStatus := status(got.Run())
		if gotOut.String() != wantOut.String() || gotErr.String() != wantErr.String() || gotStatus != wantStatus {
			t.Errorf("%q:\ngot status %d, stdout:\n%s\nstderr:\n%s\nwant status %d, stdout:\n%s\nstderr:\n%s",
				args, gotStatus, gotOut.String(), gotErr.String(), wantStatus, wantOut.String(), wantErr.String())
		}
	}
}

// status is the exit status of a finished command.
func status(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}
