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

// parseTraceOpts takes the tracing options off the front of args. ok is
// false (and the error printed) on a malformed option.
func parseTraceOpts(args []string) (opts traceOpts, rest []string, ok bool) {
	for len(args) > 0 {
		a := args[0]
		name, value, hasValue := strings.Cut(a, "=")
		switch name {
		case "--trace":
			if hasValue {
				return opts, nil, usageError("option --trace takes no value")
			}
			opts.live = true
			args = args[1:]
			continue
		case "--trace-file", "--timeline":
		default:
			return opts, args, true
		}
		args = args[1:]
		if !hasValue {
			if len(args) == 0 {
				return opts, nil, usageError("option " + name + " needs a file name")
			}
			value, args = args[0], args[1:]
		}
		if name == "--trace-file" {
			opts.chrome = value
		} else {
			if !strings.HasSuffix(value, ".svg") && !strings.HasSuffix(value, ".html") {
				return opts, nil, usageError("--timeline needs a .svg or .html file name")
			}
			opts.timeline = value
		}
	}
	return opts, args, true
}

func usageError(msg string) bool {
	fmt.Fprintln(os.Stderr, "asyncscript: "+msg)
	fmt.Fprint(os.Stderr, "usage: asyncscript [option] ... [-c cmd | file | -] [arg] ...\nTry `asyncscript -h' for more information.\n")
	return false
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
