package notebook

// This file runs a whole notebook as `jupyter nbconvert --execute` does
// (nbclient's NotebookClient.execute): code cells in order, empty ones
// skipped, each cell's outputs replaced by the fresh ones and numbered
// 1..n; an error stops the run unless errors are allowed. It also prints
// each cell's outputs under an "In [N]:" header for the terminal.

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript/stdlib/sys"
)

// RunOptions shape a notebook run.
type RunOptions struct {
	// AllowErrors goes on after a cell's error (--allow-errors).
	AllowErrors bool
	// Out and Err receive the terminal rendering (nil: none).
	Out, Err io.Writer
}

// RunReport is what a run did.
type RunReport struct {
	// Failed is the index of the cell whose error stopped the run, -1
	// when none did.
	Failed int
	// Errors counts cells that ended in an error.
	Errors int
}

// Execute runs the code cells of nb on k, filling in their outputs and
// execution counts.
func Execute(nb *Notebook, k *Kernel, opts RunOptions) RunReport {
	rep := RunReport{Failed: -1}
	setLanguageInfo(nb)
	for i, c := range nb.Cells {
		if c.Type != "code" || strings.TrimSpace(c.Source) == "" {
			continue
		}
		start := time.Now()
		res := k.Execute(c.Source)
		c.Outputs, c.Count, c.HasRun = res.Outputs, res.Count, true
		recordTiming(c, start, time.Now())
		if opts.Out != nil {
			render(opts.Out, opts.Err, res)
		}
		if res.Err != nil {
			rep.Errors++
			if !opts.AllowErrors {
				rep.Failed = i
				return rep
			}
		}
	}
	return rep
}

// recordTiming writes the cell's execution timestamps into its metadata,
// as nbclient does (record_timing): replacing those of an earlier run.
func recordTiming(c *Cell, start, end time.Time) {
	meta, ok := c.Raw["metadata"].(map[string]any)
	if !ok {
		meta = map[string]any{}
		c.Raw["metadata"] = meta
	}
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }
	meta["execution"] = map[string]any{
		"iopub.status.busy":   ts(start),
		"iopub.execute_input": ts(start),
		"shell.execute_reply": ts(end),
		"iopub.status.idle":   ts(end),
	}
}

// setLanguageInfo records the kernel's language as nbclient does from the
// kernel_info reply.
func setLanguageInfo(nb *Notebook) {
	meta, ok := nb.Raw["metadata"].(map[string]any)
	if !ok {
		meta = map[string]any{}
		nb.Raw["metadata"] = meta
	}
	meta["language_info"] = map[string]any{
		"codemirror_mode":    map[string]any{"name": "ipython", "version": 3},
		"file_extension":     ".py",
		"mimetype":           "text/x-python",
		"name":               "python",
		"nbconvert_exporter": "python",
		"pygments_lexer":     "ipython3",
		"version":            strings.Fields(sys.Version)[0], // what sys.version reports
	}
}

// render prints one cell's outputs for a terminal: stdout text and results
// on out, stderr text and tracebacks (without colours) on errw.
func render(out, errw io.Writer, res Result) {
	if errw == nil {
		errw = out
	}
	fmt.Fprintf(out, "In [%d]:\n", res.Count)
	for _, n := range res.Notes {
		flushW(out)
		fmt.Fprintln(errw, n)
		flushW(errw)
	}
	for _, o := range res.Outputs {
		switch o.Type() {
		case "stream":
			w := out
			if o["name"] == "stderr" {
				flushW(out)
				w = errw
			}
			io.WriteString(w, o.Text("text"))
			flushW(w)
		case "execute_result":
			fmt.Fprintf(out, "Out[%d]: %s\n", res.Count, o.Text("text/plain"))
		case "display_data":
			fmt.Fprintln(out, o.Text("text/plain"))
		case "error":
			flushW(out)
			fmt.Fprintln(errw, strings.TrimRight(StripANSI(strings.Join(o.Traceback(), "\n")), "\n"))
			flushW(errw)
		}
	}
	fmt.Fprintln(out)
}

func flushW(w io.Writer) {
	if f, ok := w.(interface{ Flush() error }); ok {
		f.Flush()
	}
}
