package webtest

// This file runs golden programs against the server: each NAME.as is run
// in process with sys.argv == ['NAME.as', BASE] (BASE the server's URL),
// and its output, with the server's port written as PORT (as record.py
// writes CPython's), is judged by internal/golden's rules.

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// Run runs the program p against the server at base (http://127.0.0.1:N).
func Run(p *golden.Program, base string) golden.Result { return RunArgs(p, base) }

// RunArgs is Run with more command-line arguments after base.
func RunArgs(p *golden.Program, base string, more ...string) golden.Result {
	var stdout, stderr bytes.Buffer
	s := stdlib.NewSession(&stdout, &stderr)
	s.PanicsAreBugs = true
	s.VM.Stdin = bytes.NewReader(p.Stdin)
	s.VM.Argv = append([]string{p.File(), base}, more...)
	s.VM.SearchPath = append(s.VM.SearchPath, p.Dir)
	s.Main.Globals.SetStr("__file__", interp.Str(p.File()))
	code := s.RunSource(p.File(), p.Source)
	s.Close()
	port := base[strings.LastIndexByte(base, ':')+1:]
	mask := func(b []byte) []byte {
		b = bytes.ReplaceAll(b, []byte(":"+port), []byte(":PORT"))
		return bytes.ReplaceAll(b, []byte("port="+port), []byte("port=PORT"))
	}
	return golden.Result{Stdout: mask(stdout.Bytes()), Stderr: mask(stderr.Bytes()), Code: code, Elapsed: -1}
}

// TestDir runs every dir/*.as against one server, in parallel, comparing
// with the recordings of record.py. skip, when it returns a reason, skips
// a program (a feature of the interpreter it needs is not there yet).
func TestDir(t *testing.T, dir string, skip func(name string) string) {
	t.Helper()
	progs, errs, err := golden.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := NewServer()
	t.Cleanup(srv.Close)
	for i, p := range progs {
		p, err := p, errs[i]
		t.Run(p.Name, func(t *testing.T) {
			t.Parallel()
			if err != nil {
				t.Fatal(err)
			}
			if skip != nil {
				if why := skip(p.Name); why != "" {
					t.Skip(why)
				}
			}
			golden.Check(t, p, Run(p, srv.URL), golden.Options{MaskTimings: true})
		})
	}
}

// Glob lists dir/*.as (for the recorder's callers).
func Glob(dir string) []string {
	m, _ := filepath.Glob(filepath.Join(dir, "*.as"))
	return m
}
