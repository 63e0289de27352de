package main

// This file holds the notebook subcommands (package notebook does the
// work):
//
//	asyncscript run NB.ipynb [-o OUT.ipynb | --inplace] [--allow-errors]
//	asyncscript run SCRIPT.as --cells     a percent-format script, cell by cell
//	asyncscript check NB.ipynb [--tolerance 0.1]
//	asyncscript port NB.ipynb [-o FILE] [--python]
//	asyncscript NB.ipynb                  = asyncscript run NB.ipynb
//
// A notebook that cannot be read gets one error line naming the file and
// the problem, and status 2.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/notebook"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/tracing"
)

const notebookUsage = `usage: asyncscript run NB.ipynb [-o OUT.ipynb | --inplace] [--allow-errors]
       asyncscript run SCRIPT --cells [--allow-errors]
       asyncscript check NB.ipynb [--tolerance FRACTION]
       asyncscript port NB.ipynb [-o FILE] [--python]
`

// notebookHelp is what `asyncscript run|check|port --help` prints.
const notebookHelp = notebookUsage + `
run      run the code cells in order on one event loop, as a Jupyter kernel
         does, printing each cell's outputs under In [N]
           -o OUT.ipynb    write the notebook with its outputs filled in
           --inplace       write them into NB.ipynb itself
           --allow-errors  go on after a cell raises (Jupyter's run all stops)
           --cells         run a percent-format script ("# %%" cells) as a notebook
check    run the notebook and compare each cell's outputs with the stored
         ones; print a diff per cell and exit 1 if any differs
           --tolerance F   timings may differ by this fraction (default 0.1, or 10%)
port     write the notebook as a percent-format script (stdout or -o FILE)
           --python        a variant that python3 runs with the same output
`

// notebookCommand runs the subcommand in args, if args name one; ok is
// false when they do not (args name a script).
func notebookCommand(opts options, args []string, std stdStreams) (status int, ok bool) {
	switch a := args[0]; {
	case a == "run" || a == "check" || a == "port":
		if len(args) == 1 {
			if _, err := os.Stat(a); err == nil {
				return 0, false // a script named like the subcommand
			}
		}
		if a == "run" {
			go lang.Warm() // cells are parsed (warm.go)
		}
		return notebookMain(opts, a, args[1:], std), true
	case strings.HasSuffix(a, ".ipynb"):
		go lang.Warm()
		return notebookMain(opts, "run", args, std), true
	}
	return 0, false
}

// errHelp is parseNBFlags' answer to -h and --help.
var errHelp = errors.New("help")

// nbFlags are the subcommands' options.
type nbFlags struct {
	path        string
	out         string
	inplace     bool
	allowErrors bool
	cells       bool
	python      bool
	tolerance   float64
}

func parseNBFlags(cmd string, args []string) (nbFlags, error) {
	fl := nbFlags{tolerance: 0.10}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(a, "=")
		next := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("option %s needs a value", name)
			}
			i++
			return args[i], nil
		}
		switch {
		case name == "-o" || name == "--output":
			v, err := next()
			if err != nil {
				return fl, err
			}
			fl.out = v
		case a == "--inplace" && cmd == "run":
			fl.inplace = true
		case a == "--allow-errors" && cmd == "run":
			fl.allowErrors = true
		case a == "--cells" && cmd == "run":
			fl.cells = true
		case a == "--python" && cmd == "port":
			fl.python = true
		case name == "--tolerance" && cmd == "check":
			v, err := next()
			if err != nil {
				return fl, err
			}
			t, perr := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64)
			if perr != nil || t < 0 {
				return fl, fmt.Errorf("--tolerance needs a fraction such as 0.1 or 10%%, not %q", v)
			}
			if strings.HasSuffix(v, "%") {
				t /= 100
			}
			fl.tolerance = t
		case a == "-h" || a == "--help":
			return fl, errHelp
		case len(a) > 1 && a[0] == '-':
			return fl, fmt.Errorf("unknown option %s for %s", a, cmd)
		case fl.path == "":
			fl.path = a
		default:
			return fl, fmt.Errorf("unexpected argument %s", a)
		}
	}
	if fl.path == "" {
		return fl, errors.New("a notebook file is needed")
	}
	return fl, nil
}

func notebookMain(opts options, cmd string, args []string, std stdStreams) int {
	fl, err := parseNBFlags(cmd, args)
	if err == errHelp {
		fmt.Fprint(os.Stdout, notebookHelp)
		return 0
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "asyncscript %s: %v\n%s", cmd, err, notebookUsage)
		return 2
	}
	var nb *notebook.Notebook
	if fl.cells {
		src, err := os.ReadFile(fl.path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: %s: cannot read the file: %v\n", fl.path, errors.Unwrap(err))
			return 2
		}
		nb = notebook.ParsePercent(fl.path, string(src))
	} else {
		nb, err = notebook.ReadFile(fl.path)
		if err != nil {
			hint := ""
			if cmd == "run" && !strings.HasSuffix(fl.path, ".ipynb") {
				hint = " (a percent-format script runs cell by cell with --cells)"
			}
			fmt.Fprintf(os.Stderr, "asyncscript: %v%s\n", err, hint)
			return 2
		}
	}
	switch cmd {
	case "port":
		return portNotebook(nb, fl)
	case "check":
		return checkNotebook(opts, nb, fl, std)
	}
	return runNotebook(opts, nb, fl, std)
}

// newKernel makes the kernel's session with the command's options; Ctrl-C
// is KeyboardInterrupt in the running cell, as main.go's newSession
// arranges for scripts.
func newKernel(opts options, rec **tracing.Recorder, std stdStreams) *notebook.Kernel {
	k := notebook.NewKernel(func(stdout, stderr io.Writer) *stdlib.Session {
		s := stdlib.NewSession(stdout, stderr)
		*rec = configure(s, opts)
		return s
	})
	time.AfterFunc(sigintDelay, func() { handleSIGINT(k.S, std) })
	return k
}

func runNotebook(opts options, nb *notebook.Notebook, fl nbFlags, std stdStreams) int {
	var rec *tracing.Recorder
	k := newKernel(opts, &rec, std)
	defer func() { opts.trace.finish(rec) }()
	rep := notebook.Execute(nb, k, notebook.RunOptions{AllowErrors: fl.allowErrors, Out: std.out, Err: std.err})
	k.Shutdown()
	std.out.Flush()
	std.err.Flush()
	out := fl.out
	if fl.inplace {
		out = nb.Path
	}
	if out != "" {
		if err := nb.WriteFile(out); err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: cannot write %s: %v\n", out, err)
			return 1
		}
	}
	if rep.Failed >= 0 {
		fmt.Fprintf(os.Stderr, "asyncscript: %s: cell %d (In [%d]) raised an error; the run stopped there (--allow-errors runs on)\n", nb.Path, rep.Failed+1, nb.Cells[rep.Failed].Count)
		return 1
	}
	return 0
}

func checkNotebook(opts options, nb *notebook.Notebook, fl nbFlags, std stdStreams) int {
	stored := notebook.Snapshot(nb)
	var rec *tracing.Recorder
	k := newKernel(opts, &rec, std)
	notebook.Execute(nb, k, notebook.RunOptions{AllowErrors: true})
	k.Shutdown()
	opts.trace.finish(rec)
	reps := notebook.Compare(stored, nb, fl.tolerance)
	var b strings.Builder
	failed := notebook.FormatReports(&b, nb.Path, reps)
	io.WriteString(std.out, b.String())
	std.out.Flush()
	if failed > 0 {
		return 1
	}
	return 0
}

func portNotebook(nb *notebook.Notebook, fl nbFlags) int {
	text := notebook.Port(nb, fl.python)
	if fl.out == "" || fl.out == "-" {
		io.WriteString(os.Stdout, text)
		return 0
	}
	if err := os.WriteFile(fl.out, []byte(text), 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "asyncscript: cannot write %s: %v\n", fl.out, err)
		return 1
	}
	return 0
}
