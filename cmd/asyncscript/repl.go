package main

// This file defines the interactive prompt: liner for line editing and
// history, lang.Incomplete to decide when an entry needs more lines, and
// Session.RunChunk to run each entry (top-level await included).

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/peterh/liner"

	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/stdlib"
)

// repl runs the prompt; setup applies the options to its session.
func repl(std stdStreams, setup func(*stdlib.Session)) int {
	s := stdlib.NewSession(std.out, std.err)
	setup(s)
	s.VM.Argv = []string{""}
	s.VM.SearchPath = []string{"."}
	if !liner.TerminalSupported() || !isTerminal(os.Stdin) {
		// not a terminal: run standard input as a script, as python3 does
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "asyncscript: cannot read stdin: %v\n", err)
			return 2
		}
		return s.Finalize(s.RunSource("<stdin>", src))
	}
	// Ctrl-C while an entry runs is KeyboardInterrupt in the entry (at the
	// prompt, liner's raw mode turns it into input, not a signal).
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	go func() {
		for range sigs {
			s.VM.Interrupt()
		}
	}()
	ln := liner.NewLiner()
	defer ln.Close()
	ln.SetCtrlCAborts(true)
	fmt.Fprintf(os.Stdout, "asyncscript %s (Python 3.11 compatible; top-level await works)\nType exit() or Ctrl-D to leave.\n", Version)
	for {
		src, ok := readEntry(ln)
		if !ok {
			fmt.Fprintln(os.Stdout)
			return s.Shutdown(0)
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		ln.AppendHistory(strings.TrimRight(src, "\n"))
		s.VM.TakeInterrupt() // drop a Ctrl-C that came after the last entry ended
		if exited, status := s.RunChunk(src); exited {
			return s.Shutdown(status)
		}
		std.out.Flush()
		std.err.Flush()
	}
}

// readEntry reads lines until they form a complete entry. ok is false at
// end of input.
func readEntry(ln *liner.State) (string, bool) {
	var buf strings.Builder
	prompt := ">>> "
	inBlock := false // a compound statement: ends at a blank line
	for {
		line, err := ln.Prompt(prompt)
		if errors.Is(err, liner.ErrPromptAborted) {
			fmt.Fprintln(os.Stderr, "KeyboardInterrupt")
			buf.Reset()
			prompt, inBlock = ">>> ", false
			continue
		}
		if err != nil {
			if buf.Len() > 0 {
				return buf.String(), true
			}
			return "", false
		}
		buf.WriteString(line)
		buf.WriteString("\n")
		src := buf.String()
		if inBlock {
			if strings.TrimSpace(line) == "" {
				return src, true
			}
			continue
		}
		_, perr := lang.Parse("<stdin>", []byte(src), lang.ModeInteractive)
		if perr != nil && lang.Incomplete(perr) {
			prompt = "... "
			inBlock = endsWithColonBlock(line)
			continue
		}
		if perr == nil && (endsWithColonBlock(line) || strings.HasPrefix(strings.TrimSpace(src), "@")) {
			prompt, inBlock = "... ", true
			continue
		}
		return src, true
	}
}

func endsWithColonBlock(line string) bool {
	return strings.HasSuffix(strings.TrimSpace(line), ":")
}
