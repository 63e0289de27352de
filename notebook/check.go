package notebook

// This file compares a notebook's fresh outputs with the ones stored in
// it (asyncscript check). The rules: stdout compares line by line, numbers
// with a fractional part within a relative tolerance (they are timings),
// hexadecimal addresses, times of day, Task-N numbers, the kernel's file
// names for cells and the figures of %time/%timeit masked; stderr
// compares by its last line (the warnings for coroutines never awaited
// left out: CPython gives them when its garbage collector runs); results by their text/plain, text/html,
// text/markdown and text/latex; errors by ename and evalue. Output that
// moved across a cell boundary (a background task printing one cell
// later) is reported as moved, not failed. Cells never run in the stored
// copy, and cells tagged "asyncscript:skip-check" (random output), are
// skipped.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// tracemallocHint ends the warning for a coroutine never awaited.
const tracemallocHint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback"

// SkipTag, in a cell's metadata tags, keeps check from comparing it.
const SkipTag = "asyncscript:skip-check"

// view is what check compares of one cell's outputs.
type view struct {
	stdout  []string
	stderr  string // last non-empty line
	results []string
	errors  []string // "ename: evalue"
}

// CellReport is the verdict on one code cell.
type CellReport struct {
	Index   int    // the cell's position in the notebook (0-based)
	Count   int    // its fresh execution count
	Verdict string // "ok", "moved", "failed", "skipped"
	Diff    []string
}

var (
	hexRE      = lazyRegexp(`0x[0-9a-fA-F]+`)
	taskRE     = lazyRegexp(`Task-\d+`)
	cellFileRE = lazyRegexp(`/\S*ipykernel_\d+/\d+\.py`)
	synFileRE  = lazyRegexp(`\(\d+\.py, line`)
	clockRE    = lazyRegexp(`\b\d\d:\d\d:\d\d\b`)
	cpuRE      = lazyRegexp(`^CPU times: .*`)
	wallRE     = lazyRegexp(`^Wall time: .*`)
	timeitRE   = lazyRegexp(`^\S+ \S+ ± \S+ \S+ per loop \(mean ± std\. dev\. of (\d+) runs?, [\d,]+ loops? each\)$`)
	numRE      = lazyRegexp(`-?\d+(\.\d+)?([eE][-+]?\d+)?`)
	// the warning for a coroutine never awaited
	unawaitedRE = lazyRegexp(`^\S+: RuntimeWarning: coroutine '.*' was never awaited$`)
)

// mask normalizes one line of text output.
func mask(l string) string {
	l = strings.TrimSuffix(l, "\r")
	l = cellFileRE().ReplaceAllString(l, "<cell>")
	l = synFileRE().ReplaceAllString(l, "(<cell>, line")
	l = hexRE().ReplaceAllString(l, "0x#")
	l = taskRE().ReplaceAllString(l, "Task-#")
	l = clockRE().ReplaceAllString(l, "##:##:##")
	l = cpuRE().ReplaceAllString(l, "CPU times: #")
	l = wallRE().ReplaceAllString(l, "Wall time: #")
	l = timeitRE().ReplaceAllString(l, "# per loop (mean ± std. dev. of $1 runs, # loops each)")
	return l
}

func lines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if s == "" {
		return nil
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if strings.HasPrefix(l, "The slowest run took ") {
			continue
		}
		out = append(out, mask(l))
	}
	return out
}

func viewOf(outs []Output) view {
	var v view
	var stderr string
	for _, o := range outs {
		switch o.Type() {
		case "stream":
			if o["name"] == "stderr" {
				stderr += o.Text("text")
			} else {
				v.stdout = append(v.stdout, lines(o.Text("text"))...)
			}
		case "execute_result", "display_data":
			r := strings.Join(lines(o.Text("text/plain")), "\n")
			for _, mime := range []string{"text/html", "text/markdown", "text/latex"} {
				if t := o.Text(mime); t != "" {
					r += " [" + mime + ": " + strings.Join(lines(t), "\n") + "]"
				}
			}
			v.results = append(v.results, r)
		case "error":
			v.errors = append(v.errors, mask(o.Text("ename")+": "+o.Text("evalue")))
		}
	}
	ls := dropUnawaited(lines(stderr))
	for i := len(ls) - 1; i >= 0; i-- {
		if strings.TrimSpace(ls[i]) != "" {
			v.stderr = ls[i]
			break
		}
	}
	return v
}

// dropUnawaited leaves out the warnings for coroutines never awaited
// ("F:N: RuntimeWarning: coroutine 'c' was never awaited", the source
// line, the tracemalloc hint): CPython gives them when its garbage
// collector finds the coroutine, so in which cell, or whether before the
// program's end, depends on when the collector runs.
func dropUnawaited(ls []string) []string {
	var out []string
	for i := 0; i < len(ls); i++ {
		if !unawaitedRE().MatchString(ls[i]) {
			if ls[i] != tracemallocHint {
				out = append(out, ls[i])
			}
			continue
		}
		if i+2 < len(ls) && strings.HasPrefix(ls[i+1], "  ") && ls[i+2] == tracemallocHint {
			i++ // the source line
		}
	}
	return out
}

// sameLine compares two masked lines: equal, or equal but for numbers
// with a fractional part that agree within tol (relative).
func sameLine(a, b string, tol float64) bool {
	if a == b {
		return true
	}
	if numRE().ReplaceAllString(a, "#") != numRE().ReplaceAllString(b, "#") {
		return false
	}
	na, nb := numRE().FindAllString(a, -1), numRE().FindAllString(b, -1)
	for i := range na {
		if na[i] == nb[i] {
			continue
		}
		if !strings.Contains(na[i], ".") || !strings.Contains(nb[i], ".") {
			return false
		}
		x, _ := strconv.ParseFloat(na[i], 64)
		y, _ := strconv.ParseFloat(nb[i], 64)
		if math.Abs(x-y) > tol*math.Max(math.Abs(x), math.Abs(y))+1e-9 {
			return false
		}
	}
	return true
}

func sameLines(a, b []string, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameLine(a[i], b[i], tol) {
			return false
		}
	}
	return true
}

// Compare judges each code cell: stored holds the outputs the notebook
// had (and whether each cell had run), fresh the notebook after the run.
func Compare(stored []*Cell, fresh *Notebook, tol float64) []CellReport {
	type pair struct {
		idx       int
		want, got view
		count     int
	}
	var pairs []pair
	var reps []CellReport
	for i, c := range fresh.Cells {
		if c.Type != "code" || strings.TrimSpace(c.Source) == "" {
			continue
		}
		s := stored[i]
		if !s.HasRun && len(s.Outputs) == 0 || hasTag(s, SkipTag) {
			reps = append(reps, CellReport{Index: i, Count: c.Count, Verdict: "skipped"})
			continue
		}
		pairs = append(pairs, pair{i, viewOf(s.Outputs), viewOf(c.Outputs), c.Count})
	}
	verdict := make([]string, len(pairs))
	// stdout that crossed a cell boundary: a run of mismatching cells whose
	// stdout agrees when joined
	for i := 0; i < len(pairs); i++ {
		if sameLines(pairs[i].want.stdout, pairs[i].got.stdout, tol) {
			continue
		}
		for j := i + 1; j < len(pairs) && j <= i+3; j++ {
			var w, g []string
			for _, p := range pairs[i : j+1] {
				w = append(w, p.want.stdout...)
				g = append(g, p.got.stdout...)
			}
			if sameLines(w, g, tol) {
				for m := i; m <= j; m++ {
					verdict[m] = "moved"
				}
				i = j
				break
			}
		}
	}
	for n, p := range pairs {
		var diff []string
		if p.want.stderr != p.got.stderr {
			diff = append(diff, "stderr (last line):", "- "+p.want.stderr, "+ "+p.got.stderr)
		}
		if !sameLines(p.want.results, p.got.results, tol) {
			diff = append(diff, "result:")
			diff = append(diff, lineDiff(p.want.results, p.got.results, tol)...)
		}
		if !sameLines(p.want.errors, p.got.errors, 0) {
			diff = append(diff, "error:")
			diff = append(diff, lineDiff(p.want.errors, p.got.errors, 0)...)
		}
		v := "ok"
		if len(diff) > 0 {
			v = "failed"
		}
		switch {
		case verdict[n] == "moved":
			if v == "ok" {
				v = "moved"
			}
			diff = append([]string{"stdout moved across the cell boundary:"}, append(lineDiff(p.want.stdout, p.got.stdout, tol), diff...)...)
		case !sameLines(p.want.stdout, p.got.stdout, tol):
			v = "failed"
			diff = append([]string{"stdout:"}, append(lineDiff(p.want.stdout, p.got.stdout, tol), diff...)...)
		}
		reps = append(reps, CellReport{Index: p.idx, Count: p.count, Verdict: v, Diff: diff})
	}
	sortReports(reps)
	return reps
}

func hasTag(c *Cell, tag string) bool {
	meta, _ := c.Raw["metadata"].(map[string]any)
	tags, _ := meta["tags"].([]any)
	for _, t := range tags {
		if t == tag {
			return true
		}
	}
	return false
}

func sortReports(r []CellReport) {
	for i := 1; i < len(r); i++ {
		for j := i; j > 0 && r[j].Index < r[j-1].Index; j-- {
			r[j], r[j-1] = r[j-1], r[j]
		}
	}
}

// lineDiff is a minimal line diff ("  " same, "- " recorded, "+ " this
// run).
func lineDiff(a, b []string, tol float64) []string {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if sameLine(a[i], b[j], tol) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && sameLine(a[i], b[j], tol):
			out = append(out, "  "+a[i])
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			out = append(out, "+ "+b[j])
			j++
		default:
			out = append(out, "- "+a[i])
			i++
		}
	}
	return out
}

// FormatReports writes the verdicts for a terminal; it returns the number
// of failed cells.
func FormatReports(w *strings.Builder, path string, reps []CellReport) int {
	failed, moved, ok, skipped := 0, 0, 0, 0
	for _, r := range reps {
		switch r.Verdict {
		case "failed":
			failed++
		case "moved":
			moved++
		case "ok":
			ok++
		case "skipped":
			skipped++
			continue
		}
		if r.Verdict == "ok" {
			continue
		}
		fmt.Fprintf(w, "%s: cell %d (In [%d]) %s (- recorded, + this run)\n", path, r.Index+1, r.Count, r.Verdict)
		for _, d := range r.Diff {
			fmt.Fprintf(w, "    %s\n", d)
		}
	}
	status := "ok"
	if failed > 0 {
		status = "FAILED"
	}
	fmt.Fprintf(w, "%s: %s: %d cells match, %d moved, %d failed, %d skipped\n", path, status, ok, moved, failed, skipped)
	return failed
}

// Snapshot copies the stored outputs of nb's cells before a run replaces
// them.
func Snapshot(nb *Notebook) []*Cell {
	out := make([]*Cell, len(nb.Cells))
	for i, c := range nb.Cells {
		cp := *c
		cp.Outputs = append([]Output(nil), c.Outputs...)
		out[i] = &cp
	}
	return out
}
