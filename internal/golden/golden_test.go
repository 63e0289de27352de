package golden

import (
	"os"
	"strings"
	"testing"
)

// Each row breaks one rule of Compare, or keeps to it.
func TestCompare(t *testing.T) {
	base := Want{Stdout: []byte("took 1.25 s at 0x7f00ab\n"), Elapsed: -1}
	cases := []struct {
		name    string
		want    Want
		got     Result
		opt     Options
		problem string // a part of the only problem expected, "" for none
	}{
		{"same", base, Result{Stdout: []byte("took 1.25 s at 0x1\n")}, Options{}, ""},
		{"fraction differs", base, Result{Stdout: []byte("took 1.31 s at 0x1\n")}, Options{}, "stdout differs"},
		{"fraction masked", base, Result{Stdout: []byte("took 1.31 s at 0x1\n")}, Options{MaskTimings: true}, ""},
		{"whole seconds differ", base, Result{Stdout: []byte("took 2.25 s at 0x1\n")}, Options{MaskTimings: true}, "stdout differs"},
		{"stderr not expected", base, Result{Stdout: base.Stdout, Stderr: []byte("x\n")}, Options{}, "wrote nothing to stderr"},
		{"last line", Want{Stderr: "ValueError: x\n"}, Result{Stderr: []byte("Traceback\n  ...\nValueError: x\n\n")}, Options{}, ""},
		{"last line differs", Want{Stderr: "ValueError: x\n"}, Result{Stderr: []byte("ValueError: y\n")}, Options{}, "last stderr line"},
		{"whole stderr", Want{Stderr: "Traceback\nValueError: x\n"}, Result{Stderr: []byte("Traceback\nValueError: x\n")}, Options{}, ""},
		{"whole stderr differs", Want{Stderr: "Traceback\nValueError: x\n"}, Result{Stderr: []byte("Traceback:\nValueError: x\n")}, Options{}, "stderr differs"},
		{"status", Want{Code: 1}, Result{}, Options{}, "exit status 0, CPython's was 1"},
		{"sorted lines", Want{Stdout: []byte("a\nb\n"), SortLines: true}, Result{Stdout: []byte("b\na")}, Options{}, ""},
		{"unsorted", Want{Stdout: []byte("a\nb\n")}, Result{Stdout: []byte("b\na\n")}, Options{}, "stdout differs"},
		{"elapsed ok", Want{Elapsed: 1.1, Startup: 0.1}, Result{Elapsed: 1.05}, Options{CheckElapsed: true}, ""},
		{"elapsed off", Want{Elapsed: 1.1, Startup: 0.1}, Result{Elapsed: 1.3}, Options{CheckElapsed: true}, "ran for 1.300 s"},
		{"elapsed unchecked", Want{Elapsed: 1.1, Startup: 0.1}, Result{Elapsed: 1.3}, Options{}, ""},
	}
	for _, c := range cases {
		p := &Program{Name: "p", Want: c.want}
		problems := Compare(p, c.got, c.opt)
		switch {
		case c.problem == "" && len(problems) > 0:
			t.Errorf("%s: unexpected problems %q", c.name, problems)
		case c.problem != "" && (len(problems) != 1 || !strings.Contains(problems[0], c.problem)):
			t.Errorf("%s: want one problem with %q, got %q", c.name, c.problem, problems)
		}
	}
}

func TestLoadChunks(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/c.as"
	text := "##> a\n##>\n##> b \nprint('a')\nprint()\nprint('b ')\n---\n### ValueError: x\n##= 1\n# comment\nraise ValueError('x')\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	progs, err := LoadChunks(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) != 2 {
		t.Fatalf("%d programs, want 2", len(progs))
	}
	p, q := progs[0], progs[1]
	if p.Name != "c.as:1" || q.Name != "c.as:8" || p.File() != "x.as" {
		t.Errorf("names %q %q, file %q", p.Name, q.Name, p.File())
	}
	if string(p.Source) != "print('a')\nprint()\nprint('b ')\n" || string(p.Want.Stdout) != "a\n\nb \n" || p.Want.Stderr != "" || p.Want.Code != 0 {
		t.Errorf("first program: %q %q %q %d", p.Source, p.Want.Stdout, p.Want.Stderr, p.Want.Code)
	}
	if string(q.Source) != "# comment\nraise ValueError('x')\n" || len(q.Want.Stdout) != 0 || q.Want.Stderr != "ValueError: x\n" || q.Want.Code != 1 {
		t.Errorf("second program: %q %q %q %d", q.Source, q.Want.Stdout, q.Want.Stderr, q.Want.Code)
	}
}
