package notebook

// Tests: every example notebook (outputs recorded by a real Jupyter
// kernel, scripts/record-notebooks.sh) passes check on virtual time; an
// edited recorded output fails with a diff; written notebooks satisfy
// nbformat 4's schema rules (and nbformat itself when python3 has it);
// malformed notebooks give one-line errors; ported scripts print under
// asyncscript what they print under python3.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
)

func examples(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../examples/notebooks/*.ipynb")
	if err != nil || len(files) < 8 {
		t.Fatalf("example notebooks missing: %v %v", files, err)
	}
	return files
}

func virtualKernel() *Kernel {
	return NewKernel(func(stdout, stderr io.Writer) *stdlib.Session {
		s := stdlib.NewSession(stdout, stderr)
		s.UseVirtualClock()
		return s
	})
}

// runChecked runs nb and compares it with what it had recorded.
func runChecked(t *testing.T, nb *Notebook) []CellReport {
	t.Helper()
	stored := Snapshot(nb)
	k := virtualKernel()
	Execute(nb, k, RunOptions{AllowErrors: true})
	k.Shutdown()
	return Compare(stored, nb, 0.10)
}

func TestExamplesCheck(t *testing.T) {
	for _, path := range examples(t) {
		path := path
		t.Run(filepath.Base(path), func(t *testing.T) {
			nb, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			stored := Snapshot(nb)
			reps := runChecked(t, nb)
			var b strings.Builder
			if FormatReports(&b, path, reps) > 0 {
				t.Errorf("check failed:\n%s", b.String())
			}
			ran := 0
			for _, r := range reps {
				if r.Verdict != "skipped" {
					ran++
				}
			}
			if ran == 0 {
				t.Errorf("no cell compared")
			}
			// the outputs have Jupyter's shape: the same stream chunks
			// (ipykernel's flushes, nbclient's merging), results and
			// errors, the same execution counts
			for i, c := range nb.Cells {
				if c.Type != "code" || hasTag(stored[i], SkipTag) {
					continue
				}
				if got, want := shape(c), shape(stored[i]); got != want {
					t.Errorf("cell %d: outputs %s, Jupyter's %s", i+1, got, want)
				}
			}
			if probs := nb.Validate(); len(probs) > 0 {
				t.Errorf("the run's notebook breaks nbformat's schema:\n%s", strings.Join(probs, "\n"))
			}
			validateWithNBFormat(t, nb)
		})
	}
}

// validateWithNBFormat runs nbformat's own validator on the written
// notebook when /usr/bin/python3 has nbformat.
func validateWithNBFormat(t *testing.T, nb *Notebook) {
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import nbformat").Run() != nil {
		return
	}
	out := filepath.Join(t.TempDir(), "out.ipynb")
	if err := nb.WriteFile(out); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("nbformat rejects the written notebook: %v\n%s", err, msg)
	}
}

func TestCheckFailsOnEditedOutput(t *testing.T) {
	nb, err := ReadFile("../examples/notebooks/005_leftover_tasks.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	edited := false
	for _, c := range nb.Cells {
		for _, o := range c.Outputs {
			if o.Type() == "stream" && strings.Contains(o.Text("text"), "still holding") && !edited {
				o["text"] = strings.Replace(o.Text("text"), "still holding", "still waiting", 1)
				edited = true
			}
		}
	}
	if !edited {
		t.Fatal("the recorded output to edit is missing")
	}
	reps := runChecked(t, nb)
	var b strings.Builder
	if FormatReports(&b, "005", reps) != 1 {
		t.Fatalf("want exactly one failed cell:\n%s", b.String())
	}
	for _, want := range []string{"- still waiting", "+ still holding", "FAILED"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("diff lacks %q:\n%s", want, b.String())
		}
	}
}

func TestCheckRules(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Sync executed in: 3.003924213000573", "Sync executed in: 3.0001", true},
		{"Sync executed in: 3.0", "Sync executed in: 3.9", false},
		{"bg 1 0", "bg 1 1", false},
		{mask("<Task pending name='Task-4' coro=<bg() running at /tmp/ipykernel_28456/1001225594.py:2>>"),
			mask("<Task pending name='Task-1' coro=<bg() running at /tmp/ipykernel_7/31.py:2>>"), true},
		{mask("<object at 0x7f3a12>"), mask("<object at 0xc0001>"), true},
		{mask("CPU times: user 3 µs, sys: 0 ns, total: 3 µs"), mask("CPU times: user 1 ms, sys: 2 ns, total: 1 ms"), true},
		{mask("81.4 ns ± 3.24 ns per loop (mean ± std. dev. of 7 runs, 10,000,000 loops each)"),
			mask("1.2 µs ± 31 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)"), true},
	} {
		if got := sameLine(c.a, c.b, 0.1); got != c.same {
			t.Errorf("sameLine(%q, %q) = %v", c.a, c.b, got)
		}
	}
	// warnings for coroutines never awaited come when CPython's garbage
	// collector runs: left out of the stderr comparison
	for _, errText := range []string{
		"a\nsys:1: RuntimeWarning: coroutine 'm' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
		"a\n/x.py:3: RuntimeWarning: coroutine 'm' was never awaited\n  m()\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
	} {
		if v := viewOf([]Output{{"output_type": "stream", "name": "stderr", "text": errText}}); v.stderr != "a" {
			t.Errorf("stderr last line %q, want %q", v.stderr, "a")
		}
	}
	// output that moved to the next cell is "moved", not "failed"
	mk := func(texts ...string) *Notebook {
		nb := &Notebook{Raw: map[string]any{}}
		for _, tx := range texts {
			c := &Cell{Type: "code", Source: "pass", HasRun: true, Raw: map[string]any{}}
			if tx != "" {
				c.Outputs = []Output{{"output_type": "stream", "name": "stdout", "text": tx}}
			}
			nb.Cells = append(nb.Cells, c)
		}
		return nb
	}
	reps := Compare(mk("a\nb\n", "c\n").Cells, mk("a\n", "b\nc\n"), 0.1)
	if reps[0].Verdict != "moved" || reps[1].Verdict != "moved" {
		t.Errorf("want moved, got %+v", reps)
	}
}

func TestMalformed(t *testing.T) {
	for _, c := range []struct{ name, doc, want string }{
		{"bad.ipynb", `{"cells": [`, "invalid JSON"},
		{"nocells.ipynb", `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}`, `no "cells" list`},
		{"v3.ipynb", `{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}`, "nbformat 3 is not supported"},
		{"r.ipynb", `{"nbformat": 4, "nbformat_minor": 5, "cells": [], "metadata": {"kernelspec": {"name": "ir", "language": "R"}}}`, "runs R, not Python"},
		{"list.ipynb", `[1, 2]`, "not an object"},
	} {
		_, err := Parse(c.name, []byte(c.doc))
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, c.name+": ") || !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
			t.Errorf("%s: error %q, want one line naming the file and %q", c.name, msg, c.want)
		}
	}
}

func TestValidateCatchesMissingKeys(t *testing.T) {
	nb, err := Parse("x.ipynb", []byte(`{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
	 {"cell_type": "code", "id": "a", "metadata": {}, "source": "1", "execution_count": 1,
	  "outputs": [{"output_type": "execute_result", "data": {"text/plain": "1"}, "metadata": {}}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	probs := nb.Validate()
	if len(probs) != 1 || !strings.Contains(probs[0], "missing key execution_count") {
		t.Errorf("Validate = %q", probs)
	}
}

// TestPort runs each example's ported script under asyncscript and, where
// python3 is installed, its --python variant under python3: same stdout
// (timings within tolerance) and the same last stderr line.
func TestPort(t *testing.T) {
	py, pyErr := exec.LookPath("python3")
	for _, path := range examples(t) {
		nb, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(path)
		as := Port(nb, false)
		if !strings.HasPrefix(as, "# %%") || !strings.Contains(as, "\n# %%\n") {
			t.Errorf("%s: not in the percent format:\n%s", base, as)
		}
		if back := ParsePercent("x.as", as); countCode(back) != countCode(nb) {
			t.Errorf("%s: %d code cells read back, want %d", base, countCode(back), countCode(nb))
		}
		var out, errb bytes.Buffer
		s := stdlib.NewSession(&out, &errb)
		s.UseVirtualClock()
		s.Finalize(s.RunSource("port.as", []byte(as)))
		// notebooks without magics or random output: the script prints
		// what the cells showed under Jupyter, up to the first error
		if n := base[:3]; n >= "003" && n <= "006" {
			var want strings.Builder
			failed := false
			for _, c := range nb.Cells {
				if failed {
					break
				}
				for _, o := range c.Outputs {
					failed = failed || o.Type() == "error"
					switch o.Type() {
					case "stream":
						if o["name"] == "stdout" {
							want.WriteString(o.Text("text"))
						}
					case "execute_result":
						want.WriteString(o.Text("text/plain") + "\n")
					}
				}
			}
			if w, g := lines(want.String()), lines(out.String()); !sameLines(w, g, 0.1) {
				t.Errorf("%s: the port prints what the notebook did not:\n%s", base, strings.Join(lineDiff(w, g, 0.1), "\n"))
			}
		}
		// python3 takes real time: the short notebooks only
		if pyErr != nil || strings.HasPrefix(base, "001") || strings.HasPrefix(base, "002") || strings.HasPrefix(base, "003") {
			continue
		}
		file := filepath.Join(t.TempDir(), "port.py")
		pysrc := Port(nb, true)
		os.WriteFile(file, []byte(pysrc), 0o644)
		interp := py
		if strings.Contains(pysrc, "import nest_asyncio") {
			// the real package: Debian's python3 has it
			interp = "/usr/bin/python3"
			if exec.Command(interp, "-c", "import nest_asyncio").Run() != nil {
				continue
			}
		}
		cmd := exec.Command(interp, file)
		var pout, perr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &pout, &perr
		cmd.Run()
		got, want := lines(out.String()), lines(pout.String())
		if !sameLines(got, want, 0.1) {
			t.Errorf("%s: the port prints under asyncscript what python3 does not:\n%s", base, strings.Join(lineDiff(want, got, 0.1), "\n"))
		}
		if g, w := lastLine(errb.String()), lastLine(perr.String()); g != w {
			t.Errorf("%s: last stderr line %q, python3's %q", base, g, w)
		}
	}
}

func countCode(nb *Notebook) int {
	n := 0
	for _, c := range nb.Cells {
		if c.Type == "code" && strings.TrimSpace(c.Source) != "" {
			n++
		}
	}
	return n
}

// lastLine is the last stderr line as check compares it (warnings for
// coroutines never awaited left out).
func lastLine(s string) string {
	return viewOf([]Output{{"output_type": "stream", "name": "stderr", "text": s}}).stderr
}

// shape is a cell's execution count and the kinds of its outputs.
func shape(c *Cell) string {
	s := "null"
	if c.HasRun {
		s = strconv.Itoa(c.Count)
	}
	for _, o := range c.Outputs {
		if o.Type() == "stream" && len(dropUnawaited(lines(o.Text("text")))) == 0 {
			continue // only warnings whose cell CPython's collector decides
		}
		s += " " + o.Type()
		if n, ok := o["name"].(string); ok {
			s += ":" + n
		}
	}
	return s
}

// TestFormatTime: %time and %timeit format durations as IPython's
// _format_time does (testdata/format_time.txt, recorded by running it).
func TestFormatTime(t *testing.T) {
	data, err := os.ReadFile("testdata/format_time.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		v, want, _ := strings.Cut(l, "\t")
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatal(err)
		}
		if got := formatTime(x, 3); got != want {
			t.Errorf("formatTime(%s) = %q, IPython's %q", v, got, want)
		}
	}
}

// TestSplitMagics: magics are recognized only where a statement starts.
func TestSplitMagics(t *testing.T) {
	src := "x = '''\n%not a magic\nWhat is it?\n'''\ny = (1,\n!2)\nz = 1 + \\\n  2\n%time x\n!echo hi\nprint(x)?\nif x:\n    %time y\n"
	var got []string
	for _, s := range splitMagics(src) {
		if s.magic != nil {
			got = append(got, fmt.Sprintf("%s@%d", s.magic.name, s.magic.line))
		}
	}
	want := []string{"time@9", "!@10", "?@11"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("magics %q, want %q", got, want)
	}
}
