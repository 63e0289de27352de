package main

// This file starts the interactive prompt (package internal/prompt): with
// no program, with -m asyncio, and after the program with -i. When
// standard input is not a terminal and -i is not given, the input runs as
// a script, as python3 does (`echo 'print(1+1)' | asyncscript` prints 2).

import (
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/asyncscript/asyncscript/cmd/asyncscript/internal/prompt"
	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/sys"
	"github.com/asyncscript/asyncscript/tracing"
)

// banner is what the prompt prints first (on stderr, as python3 -m
// asyncio does), followed by `>>> import asyncio`.
func banner() string {
	return fmt.Sprintf("asyncscript %s (Python 3.11 compatible) on %s\n"+
		"Use \"await\" directly instead of \"asyncio.run()\".\n"+
		"Type \"help(object)\" for help, \"exit()\" or Ctrl-D to leave.\n", Version, runtime.GOOS)
}

// repl runs the prompt. program, when not nil, runs first in the same
// session (-i FILE, -i -c CODE) and the prompt follows with its globals;
// without it the prompt is python3 -m asyncio's (banner unless -q, asyncio
// imported).
func repl(std stdStreams, opts options, rec **tracing.Recorder, program func(*stdlib.Session) int) int {
	if !isTerminal(os.Stdin) && !opts.inspect {
		// not a terminal: run standard input as a script, as python3 does
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: cannot read stdin: %v\n", err)
			return 2
		}
		warmFor(src) // warm.go
		s, done := newSession(std, opts, rec)
		s.VM.Argv = []string{""}
		s.VM.SearchPath = []string{"."}
		return done(s.RunSource("<stdin>", src))
	}
	go lang.Warm() // every entry is parsed (warm.go)
	var p *prompt.Prompt
	if isTerminal(os.Stdin) && isTerminal(os.Stdout) && os.Getenv("TERM") != "dumb" && os.Getenv("TERM") != "" {
		var err error
		if p, err = prompt.New(); err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: %v\n", err)
			return 1
		}
	} else {
		p = prompt.NewPlain(os.Stdin)
	}
	std = streamsOn(p.Stdout(), p.Stderr(), opts.unbuffered)
	s := stdlib.NewSession(std.out, std.err)
	*rec = configure(s, opts)
	s.VM.Stdin = p.Stdin()
	s.VM.Argv = []string{""}
	s.VM.SearchPath = []string{"."}
	p.HandleInterrupts(s)
	o := prompt.Options{Flush: func() { std.out.Flush(); std.err.Flush() }}
	if program != nil {
		s.Interactive = true
		program(s)
		o.Flush()
	} else {
		o.ImportAsyncio = true
		o.ExitMessage = "exiting asyncio REPL..."
		if !opts.quiet {
			o.Banner = banner()
		}
	}
	return p.Run(s, o)
}

// streamsOn opens the session's stdout and stderr over the prompt's
// writers, buffered as openStd does for the real files.
func streamsOn(out, errw io.Writer, unbuffered bool) stdStreams {
	outMode, errMode := sys.BlockBuffered, sys.LineBuffered
	outTTY, outBlock := fileInfo(os.Stdout)
	_, errBlock := fileInfo(os.Stderr)
	if outTTY {
		outMode = sys.LineBuffered
	}
	if unbuffered {
		outMode, errMode = sys.Unbuffered, sys.Unbuffered
	}
	return stdStreams{
		out: sys.NewOutput(out, "<stdout>", outMode, outBlock),
		err: sys.NewOutput(errw, "<stderr>", errMode, errBlock),
	}
}
