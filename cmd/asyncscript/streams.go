package main

// This file opens the standard output streams as CPython 3.11 does:
// stdout line-buffered on a terminal and block-buffered into pipes and
// files, stderr line-buffered, both unbuffered with -u or
// PYTHONUNBUFFERED (sys.Output has the buffering itself).
//
// SIGPIPE is ignored, as CPython ignores it at start-up: a write to a pipe
// whose reader has gone (`asyncscript prog.as | head -1`) then fails with
// EPIPE, which the program sees as BrokenPipeError, instead of Go's
// runtime ending the process silently with status 141. signal.Ignore is
// one sigaction system call; unlike signal.Notify it starts no thread.

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/asyncscript/asyncscript/stdlib/sys"
)

type stdStreams struct{ out, err *sys.Output }

func openStd(unbuffered bool) stdStreams {
	signal.Ignore(syscall.SIGPIPE)
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
		out: sys.NewOutput(os.Stdout, "<stdout>", outMode, outBlock),
		err: sys.NewOutput(os.Stderr, "<stderr>", errMode, errBlock),
	}
}

// fileInfo tells whether f is a terminal (a character device, as
// isatty would say for the usual cases) and its st_blksize (0 if unknown).
func fileInfo(f *os.File) (terminal bool, blockSize int) {
	st, err := f.Stat()
	if err != nil {
		return false, 0
	}
	return st.Mode()&os.ModeCharDevice != 0, blockSizeOf(st)
}

func isTerminal(f *os.File) bool {
	terminal, _ := fileInfo(f)
	return terminal
}
