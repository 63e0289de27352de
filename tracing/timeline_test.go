package tracing_test

// Tests of the whole chain: programs run in process with the loop's fake
// clock (a wait of d advances time by exactly d, so every boundary is an
// exact, known time), their events are recorded, and the chart is drawn,
// parsed back as XML and checked row by row. The expected times follow
// from the programs' sleeps; the order in which tasks run is CPython's,
// which the golden tests of examples/ and stdlib/asyncio check.

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/tracing"
)

// record runs the program at path and returns its recording; fake selects
// the fake clock. stdout (and the live trace lines, if live) go to out.
func record(t *testing.T, path string, fake, live bool, out io.Writer) *tracing.Recorder {
	t.Helper()
	var stderr bytes.Buffer
	s := stdlib.NewSession(out, &stderr)
	s.PanicsAreBugs = true
	rt := asyncio.Get(s.VM)
	if fake {
		rt.NewClock = func() loop.Clock { return loop.NewFakeClock(0) }
	}
	rec := &tracing.Recorder{}
	if live {
		rec.Live = out
	}
	rt.SetTracer(rec)
	if status := s.RunFile(path, []string{path}); status != 0 {
		t.Fatalf("%s: status %d, stderr:\n%s", path, status, stderr.String())
	}
	return rec
}

// svgSlice is a slice rect read back from the SVG.
type svgSlice struct {
	Task, Kind string
	Start, End float64
}

// parseSVG parses the chart as XML and returns its rows' task names (in
// order) and its slices, per task.
func parseSVG(t *testing.T, data []byte) (rows []string, slices map[string][]svgSlice) {
	t.Helper()
	slices = map[string][]svgSlice{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	sawSVG := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := map[string]string{}
		for _, a := range se.Attr {
			attr[a.Name.Local] = a.Value
		}
		switch {
		case se.Name.Local == "svg":
			sawSVG = true
		case se.Name.Local == "g" && attr["class"] == "row":
			rows = append(rows, attr["data-task"])
		case se.Name.Local == "rect" && strings.HasPrefix(attr["class"], "slice "):
			start, err1 := strconv.ParseFloat(attr["data-start"], 64)
			end, err2 := strconv.ParseFloat(attr["data-end"], 64)
			if err1 != nil || err2 != nil {
				t.Fatalf("bad slice times %q %q", attr["data-start"], attr["data-end"])
			}
			task := attr["data-task"]
			slices[task] = append(slices[task], svgSlice{task, attr["data-kind"], start, end})
		}
	}
	if !sawSVG {
		t.Fatal("no <svg> element")
	}
	return rows, slices
}

func chart(t *testing.T, rec *tracing.Recorder) ([]string, map[string][]svgSlice) {
	t.Helper()
	var buf bytes.Buffer
	if err := tracing.Build(rec.Events()).WriteSVG(&buf); err != nil {
		t.Fatal(err)
	}
	return parseSVG(t, buf.Bytes())
}

// want is "kind start end" per slice, e.g. "waiting 0 2".
func checkSlices(t *testing.T, task string, got []svgSlice, tol float64, want ...string) {
	t.Helper()
	var g []string
	for _, s := range got {
		g = append(g, s.Kind+" "+strconv.FormatFloat(s.Start, 'f', 3, 64)+" "+strconv.FormatFloat(s.End, 'f', 3, 64))
	}
	if len(got) != len(want) {
		t.Fatalf("%s: slices\n%s\nwant\n%s", task, strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
	for i, w := range want {
		f := strings.Fields(w)
		start, _ := strconv.ParseFloat(f[1], 64)
		end, _ := strconv.ParseFloat(f[2], 64)
		s := got[i]
		if s.Kind != f[0] || math.Abs(s.Start-start) > tol || math.Abs(s.End-end) > tol {
			t.Fatalf("%s: slice %d is %q, want %q (tolerance %gs); all:\n%s", task, i, g[i], w, tol, strings.Join(g, "\n"))
		}
	}
}

func examplePath(name string) string { return filepath.Join("..", "examples", name+".as") }

func TestTimelinePrintAsync(t *testing.T) {
	rows, sl := chart(t, record(t, examplePath("print_async"), true, false, io.Discard))
	if strings.Join(rows, " ") != "Task-1 Task-2 Task-3" {
		t.Fatalf("rows %v", rows)
	}
	const e = 1e-6
	checkSlices(t, "Task-1", sl["Task-1"], e, "running 0 0", "waiting 0 2", "running 2 2")
	checkSlices(t, "Task-2", sl["Task-2"], e, "running 0 0", "waiting 0 2", "running 2 2")
	checkSlices(t, "Task-3", sl["Task-3"], e, "running 0 0", "waiting 0 1", "running 1 1")
}

func TestTimelineCountAsync(t *testing.T) {
	rows, sl := chart(t, record(t, examplePath("count_async"), true, false, io.Discard))
	if strings.Join(rows, " ") != "Task-1 Task-2 Task-3 Task-4" {
		t.Fatalf("rows %v", rows)
	}
	// count(name, limit, pause): limit sleeps of pause seconds each
	steps := func(limit int, pause float64) []string {
		var w []string
		for i := 0; i < limit; i++ {
			a, b := float64(i)*pause, float64(i+1)*pause
			w = append(w, "running "+ff(a)+" "+ff(a), "waiting "+ff(a)+" "+ff(b))
		}
		end := float64(limit) * pause
		return append(w, "running "+ff(end)+" "+ff(end))
	}
	const e = 1e-6
	checkSlices(t, "Task-2", sl["Task-2"], e, steps(3, 0.7)...)
	checkSlices(t, "Task-3", sl["Task-3"], e, steps(4, 0.45)...)
	checkSlices(t, "Task-4", sl["Task-4"], e, steps(5, 0.25)...)
	checkSlices(t, "Task-1", sl["Task-1"], e, "running 0 0", "waiting 0 2.1", "running 2.1 2.1")
}

func ff(x float64) string { return strconv.FormatFloat(x, 'f', 6, 64) }

func TestTimelineGather500(t *testing.T) {
	rows, sl := chart(t, record(t, filepath.Join("testdata", "gather500.as"), true, false, io.Discard))
	if len(rows) != 501 {
		t.Fatalf("%d rows, want 501 (main + 500)", len(rows))
	}
	for i := 0; i < 500; i++ {
		name := "Task-" + strconv.Itoa(i+2)
		if rows[i+1] != name {
			t.Fatalf("row %d is %s, want %s", i+1, rows[i+1], name)
		}
		// work(i) sleeps 0.001 * (i % 50) seconds: sleep(0) is one loop
		// iteration, which takes no time on the fake clock
		d := 0.001 * float64(i%50)
		checkSlices(t, name, sl[name], 1e-6, "running 0 0", "waiting 0 "+ff(d), "running "+ff(d)+" "+ff(d))
	}
	checkSlices(t, "Task-1", sl["Task-1"], 1e-6, "running 0 0", "waiting 0 0.049", "running 0.049 0.049")
}

// async_chores runs on the real clock: cleaning the potatoes is CPU work
// that the fake clock would not see. The dishwasher (0.5 s) and the
// washing machine (1 s) finish while the potatoes are cleaned (5 x 0.3 s)
// and both tasks stay ready but unrun until 1.5 s: those are the "late"
// slices; then the dryer runs 1 s.
func TestTimelineAsyncChores(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 2.5 s of real time")
	}
	rows, sl := chart(t, record(t, examplePath("async_chores"), false, false, io.Discard))
	if strings.Join(rows, " ") != "Task-1 Task-2 Task-3 Task-4" {
		t.Fatalf("rows %v", rows)
	}
	const tol = 0.15
	// on a loaded machine a timer may fire some milliseconds late: such
	// short late slices are jitter, not the potatoes
	for task, ss := range sl {
		keep := ss[:0]
		for _, s := range ss {
			if s.Kind != "late" || s.End-s.Start > tol {
				keep = append(keep, s)
			}
		}
		sl[task] = keep
	}
	checkSlices(t, "Task-4 potatoes", sl["Task-4"], tol, "running 0 1.5")
	checkSlices(t, "Task-3 dishes", sl["Task-3"], tol, "running 0 0", "waiting 0 0.5", "late 0.5 1.5", "running 1.5 1.5")
	checkSlices(t, "Task-2 laundry", sl["Task-2"], tol, "running 0 0", "waiting 0 1", "late 1 1.5", "running 1.5 1.5", "waiting 1.5 2.5", "running 2.5 2.5")
	checkSlices(t, "Task-1 main", sl["Task-1"], tol, "running 0 0", "waiting 0 2.5", "running 2.5 2.5")
}

// The --trace lines of a small program, interleaved with its output. The
// times are the fake clock's, so exact.
func TestTraceLines(t *testing.T) {
	var out bytes.Buffer
	rec := record(t, filepath.Join("testdata", "trace_small.as"), true, true, &out)
	want, err := os.ReadFile(filepath.Join("testdata", "trace_small.trace"))
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Fatalf("trace:\n%s\nwant:\n%s", out.String(), want)
	}
	// and the Chrome trace of the same run is valid JSON with one named
	// track per task
	var buf bytes.Buffer
	if err := tracing.Build(rec.Events()).WriteChrome(&buf); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TraceEvents []struct {
			Name string         `json:"name"`
			Ph   string         `json:"ph"`
			Tid  int            `json:"tid"`
			Ts   float64        `json:"ts"`
			Dur  float64        `json:"dur"`
			Args map[string]any `json:"args"`
		} `json:"traceEvents"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("Chrome trace is not JSON: %v", err)
	}
	tracks := map[int]string{}
	var sleeps []string
	for _, e := range doc.TraceEvents {
		if e.Ph == "M" && e.Name == "thread_name" {
			tracks[e.Tid] = e.Args["name"].(string)
		}
		if e.Ph == "X" && strings.HasPrefix(e.Name, "await sleep(2)") {
			sleeps = append(sleeps, tracks[e.Tid]+" "+strconv.FormatFloat(e.Dur, 'f', 0, 64))
		}
	}
	if len(tracks) != 5 || tracks[4] != "bomb" {
		t.Fatalf("tracks %v", tracks)
	}
	if strings.Join(sleeps, ",") != "Task-2 2000000" {
		t.Fatalf("sleep(2) slices %v", sleeps)
	}
}
