// Package prompt is asyncscript's interactive prompt, modelled on
// `python3 -m asyncio` (Lib/asyncio/__main__.py and code.InteractiveConsole):
// one event loop lives for the whole session (stdlib.Session.RunEntry),
// every entry runs on it, and while the prompt waits for a line the loop
// goes on running background tasks, whose output is printed above the
// line being typed. liner does the line editing; terminal.go owns the
// terminal; entry.go decides when lines form an entry; complete.go,
// history.go and namespace.go add completion, saved history, and the
// names a user looks around with.
package prompt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/peterh/liner"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// Prompt is one interactive session: on the process's terminal (New), or
// on standard input that is not a terminal (NewPlain: python3 -i < file).
type Prompt struct {
	term        *terminal // nil without a terminal
	out, errOut *screen
	plainIn     *bufio.Reader // the input without a terminal
	interrupts  chan os.Signal
}

// New takes over the terminal (standard input and output must be
// terminals). The session's stdout and stderr should write to Stdout and
// Stderr, and read from Stdin.
func New() (*Prompt, error) {
	t, err := newTerminal()
	if err != nil {
		return nil, err
	}
	out, errOut := newScreens(os.Stdout, os.Stderr)
	return &Prompt{term: t, out: out, errOut: errOut}, nil
}

// NewPlain reads entries from in without line editing, prompts on stderr,
// as python3 -i does when its input is not a terminal.
func NewPlain(in io.Reader) *Prompt {
	out, errOut := newScreens(os.Stdout, os.Stderr)
	return &Prompt{out: out, errOut: errOut, plainIn: bufio.NewReader(in)}
}

// Stdout and Stderr are the writers under the session's streams.
func (p *Prompt) Stdout() io.Writer { return p.out }
func (p *Prompt) Stderr() io.Writer { return p.errOut }

// Stdin is the session's standard input (input(), sys.stdin).
func (p *Prompt) Stdin() io.Reader {
	if p.term == nil {
		return p.plainIn
	}
	return entryStdin{p.term}
}

// HandleInterrupts makes Ctrl-C reach s from now on (the program that
// runs before the prompt with -i, then the prompt's entries):
// KeyboardInterrupt in the running code, or its task cancelled. At the
// prompt itself the terminal is raw and Ctrl-C is a key for liner.
func (p *Prompt) HandleInterrupts(s *stdlib.Session) {
	if p.interrupts != nil {
		return
	}
	p.interrupts = make(chan os.Signal, 1)
	signal.Notify(p.interrupts, os.Interrupt)
	go func() {
		for range p.interrupts {
			s.VM.Interrupt()
			if p.term != nil {
				p.term.interrupt()
			}
		}
	}()
}

// Options shape a prompt session.
type Options struct {
	// Banner is printed on stderr first ("" for none: -q, -i).
	Banner string
	// ImportAsyncio pre-imports asyncio, echoed as `>>> import asyncio`
	// after the banner, the way python3 -m asyncio shows it.
	ImportAsyncio bool
	// Flush writes out what the session's stdout and stderr hold.
	Flush func()
	// HistoryFile is where history is kept ("" : HistoryPath()).
	HistoryFile string
	// ExitMessage is printed on stderr when Ctrl-D ends the session
	// (python3 -m asyncio's "exiting asyncio REPL...").
	ExitMessage string
}

// lineReader reads one line after showing a prompt; it runs on its own
// goroutine while the session's loop runs.
type lineReader func(prompt string) (string, error)

// Run reads and runs entries until Ctrl-D or exit(), then shuts the
// session down (its remaining tasks cancelled) and returns the exit status.
func (p *Prompt) Run(s *stdlib.Session, o Options) int {
	p.HandleInterrupts(s)
	defer signal.Stop(p.interrupts)
	if o.Flush == nil {
		o.Flush = func() {}
	}
	var read lineReader
	h := &history{}
	if p.term != nil {
		ln := liner.NewLiner()
		p.term.rawMode()
		defer p.term.restore()
		defer ln.Close()
		ln.SetCtrlCAborts(true)
		ln.SetBeep(false)
		ln.SetTabCompletionStyle(liner.TabPrints)
		ln.SetWordCompleter(newCompleter(s).complete)
		if o.HistoryFile == "" {
			o.HistoryFile = HistoryPath()
		}
		h = loadHistory(ln, o.HistoryFile)
		defer h.save()
		read = ln.Prompt
		p.term.startEntry()
	} else {
		read = p.readPlain
	}

	installNamespace(s)
	if o.Banner != "" {
		fmt.Fprint(p.errOut, o.Banner)
	}
	if o.ImportAsyncio {
		if o.Banner != "" {
			fmt.Fprint(p.errOut, ">>> import asyncio\n")
		}
		s.RunEntry(stdlib.Entry{Source: "import asyncio\n"})
	}
	s.StartLoop()
	for {
		src, status, done := p.readEntry(read, s, o.ExitMessage)
		if done {
			return s.Shutdown(status)
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		h.add(src)
		if p.term != nil {
			p.term.startEntry()
		}
		r := s.RunEntry(stdlib.Entry{Source: src + "\n", Filename: "<stdin>"})
		o.Flush()
		if r.Exited {
			return s.Shutdown(r.Status)
		}
	}
}

// readPlain shows the prompt on stderr and reads a line from the input.
func (p *Prompt) readPlain(ps string) (string, error) {
	fmt.Fprint(p.errOut, ps)
	line, err := p.plainIn.ReadString('\n')
	if err != nil && line == "" {
		return "", io.EOF
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

// readEntry reads lines until they form an entry (entry.go) and returns
// its source. done reports the end of the session: Ctrl-D, or a SystemExit
// from a background task (status is then its exit status).
func (p *Prompt) readEntry(read lineReader, s *stdlib.Session, exitMessage string) (src string, status int, done bool) {
	var lines []string
	for {
		ps := promptString(s, "ps1", ">>> ")
		if len(lines) > 0 {
			ps = promptString(s, "ps2", "... ")
		}
		line, err, exit := p.readLine(read, s, ps)
		if exit != nil {
			// a background task raised SystemExit: the session ends, as
			// run_forever's caller in __main__.py does
			fmt.Fprint(p.errOut, "\n")
			return "", s.ExitStatus(exit), true
		}
		switch {
		case errors.Is(err, liner.ErrPromptAborted):
			// code.InteractiveConsole.interact: self.write("\nKeyboardInterrupt\n");
			// liner has written "^C\n" already
			fmt.Fprint(p.errOut, "KeyboardInterrupt\n")
			lines = nil
			continue
		case err == io.EOF: // Ctrl-D, also on a continuation line, as in CPython
			fmt.Fprint(p.errOut, "\n")
			if exitMessage != "" {
				fmt.Fprint(p.errOut, exitMessage+"\n")
			}
			return "", 0, true
		case err != nil:
			fmt.Fprintf(p.errOut, "\nasyncscript: %v\n", err)
			return "", 1, true
		}
		if strings.Contains(line, blockSep) {
			// a block recalled from history: its lines, and the blank line
			// that ended it
			lines = append(lines, fromEditor(line)...)
			if st, _ := checkEntry(lines); st == entryIncomplete {
				if st, _ := checkEntry(append(lines, "")); st == entryComplete {
					lines = append(lines, "")
				}
			}
		} else {
			lines = append(lines, line)
		}
		state, perr := checkEntry(lines)
		switch state {
		case entryIncomplete:
			continue
		case entryError:
			s.ReportSyntaxError(perr)
			lines = nil
			continue
		}
		return strings.Join(lines, "\n"), 0, false
	}
}

// readLine shows the prompt and reads one line on another goroutine,
// letting the session's loop run meanwhile. exit is a SystemExit raised
// meanwhile by a background task: the line is then abandoned.
func (p *Prompt) readLine(read lineReader, s *stdlib.Session, ps string) (line string, err error, exit *interp.Exception) {
	type result struct {
		line string
		err  error
	}
	ch := make(chan result, 1)
	done := make(chan struct{})
	if p.term != nil {
		p.term.startPrompt()
		p.out.setPrompted(true, p.errOut)
	}
	go func() {
		line, err := read(ps)
		ch <- result{line, err}
		close(done)
	}()
	exit = s.RunLoopUntil(done)
	if p.term != nil {
		defer p.out.setPrompted(false, p.errOut)
	}
	if exit != nil {
		return "", nil, exit
	}
	r := <-ch
	return r.line, r.err, nil
}
