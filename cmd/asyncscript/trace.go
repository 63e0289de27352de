package main

// This file handles the tracing options: --trace (one line per scheduling
// event on stderr), --trace-file FILE.json (Chrome Trace Event format, for
// Perfetto or chrome://tracing) and --timeline FILE.svg|FILE.html (a Gantt
// chart of the tasks). They come before the script: asyncscript --trace
// prog.as. The recording and rendering live in package tracing.

import (
	"fmt"
	"os"
	"strings"

	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/tracing"
)

type traceOpts struct {
	live     bool   // --trace
	chrome   string // --trace-file
	timeline string // --timeline
}

// attach gives the session a recorder if any option asks for one.
func (o traceOpts) attach(s *stdlib.Session) *tracing.Recorder {
	if !o.live && o.chrome == "" && o.timeline == "" {
		return nil
	}
	rec := &tracing.Recorder{}
	if o.live {
		rec.Live = os.Stderr
	}
	asyncio.Get(s.VM).SetTracer(rec)
	return rec
}

// finish writes the files asked for; false if one could not be written.
func (o traceOpts) finish(rec *tracing.Recorder) bool {
	if rec == nil || (o.chrome == "" && o.timeline == "") {
		return true
	}
	tl := tracing.Build(rec.Events())
	ok := true
	write := func(path string, render func(*os.File) error) {
		f, err := os.Create(path)
		if err == nil {
			err = render(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: %v\n", err)
			ok = false
		}
	}
	if o.chrome != "" {
		write(o.chrome, func(f *os.File) error { return tl.WriteChrome(f) })
	}
	if o.timeline != "" {
		write(o.timeline, func(f *os.File) error {
			if strings.HasSuffix(o.timeline, ".html") {
				return tl.WriteHTML(f)
			}
			return tl.WriteSVG(f)
		})
	}
	return ok
}
