package prompt

// This file owns the terminal: one goroutine reads the real standard
// input and hands what it reads either to the line editor (through a pipe
// that liner reads as os.Stdin) while a prompt is up, or to the running
// entry (input(), sys.stdin) while one runs; the terminal is in cooked
// mode while an entry runs (input() echoes, type-ahead is kept) and in
// liner's raw mode at the prompt. screen is the writer under the session's
// stdout and stderr: output that arrives while a prompt is up (background
// tasks) is printed above the line being typed, and liner redraws the
// prompt and the partial line below it.

import (
	"errors"
	"io"
	"os"
	"sync"
	"time"

	"github.com/peterh/liner"
)

// errInterrupted ends a read of the entry's stdin on Ctrl-C.
var errInterrupted = errors.New("interrupted")

// terminal is the pump between the real stdin and its two readers.
type terminal struct {
	real   *os.File // the terminal's stdin
	toEdit *os.File // write end of the pipe liner reads

	mu       sync.Mutex
	prompted bool     // a prompt is up: input goes to liner
	queue    [][]byte // read while an entry runs, not yet consumed (nil: EOF)
	notify   chan struct{}
	aborted  bool

	cooked, raw liner.ModeApplier
}

// newTerminal starts the pump. It must run before liner.NewLiner, which
// captures os.Stdin: from then on os.Stdin is the pipe's read end.
func newTerminal() (*terminal, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	t := &terminal{real: pollable(os.Stdin), toEdit: w, notify: make(chan struct{}, 1)}
	t.cooked, _ = liner.TerminalMode()
	os.Stdin = r
	go t.pump()
	return t, nil
}

// pollable opens the terminal of stdin anew, non-blocking, so that the
// pump's reads wait in Go's poller and each read starts afresh: a read
// blocked in the kernel since raw mode would not see Ctrl-D's end of file
// once the terminal is cooked for an entry. The new open file description
// keeps O_NONBLOCK away from the one stdout shares with the shell. It is
// stdin itself where /proc/self/fd/0 cannot be opened as the same
// terminal.
func pollable(stdin *os.File) *os.File {
	in, err := stdin.Stat()
	if err != nil {
		return stdin
	}
	f, err := os.OpenFile("/proc/self/fd/0", os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return stdin
	}
	if st, err := f.Stat(); err != nil || !os.SameFile(st, in) || st.Mode()&os.ModeCharDevice == 0 {
		f.Close()
		return stdin
	}
	return f
}

// rawMode notes liner's mode once liner.NewLiner has set it.
func (t *terminal) rawMode() { t.raw, _ = liner.TerminalMode() }

// pump copies the real stdin to whoever reads now.
func (t *terminal) pump() {
	buf := make([]byte, 4096)
	for {
		n, err := t.real.Read(buf)
		chunk := append([]byte(nil), buf[:n]...)
		t.mu.Lock()
		switch {
		case n > 0 && t.prompted:
			t.toEdit.Write(chunk)
		case n > 0:
			t.queue = append(t.queue, chunk)
		case err == io.EOF && !t.prompted:
			t.queue = append(t.queue, nil) // Ctrl-D in cooked mode
		}
		if err != nil && err != io.EOF {
			// the terminal is gone (hang-up): both readers see its end
			t.queue = append(t.queue, nil)
			t.toEdit.Close()
			t.mu.Unlock()
			t.poke()
			return
		}
		t.mu.Unlock()
		t.poke()
	}
}

func (t *terminal) poke() {
	select {
	case t.notify <- struct{}{}:
	default:
	}
}

// startPrompt hands input to liner, type-ahead first, in raw mode.
func (t *terminal) startPrompt() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.raw != nil {
		t.raw.ApplyMode()
	}
	for _, c := range t.queue {
		if c != nil {
			t.toEdit.Write(c)
		}
	}
	t.queue = nil
	t.prompted = true
}

// startEntry gives input to the running entry, in cooked mode.
func (t *terminal) startEntry() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.prompted = false
	t.aborted = false
	if t.cooked != nil {
		t.cooked.ApplyMode()
	}
}

// restore puts the terminal back as it was found.
func (t *terminal) restore() {
	if t.cooked != nil {
		t.cooked.ApplyMode()
	}
}

// interrupt ends a read of the entry's stdin that is waiting (Ctrl-C).
func (t *terminal) interrupt() {
	t.mu.Lock()
	t.aborted = true
	t.mu.Unlock()
	t.poke()
}

// entryStdin is the session's stdin while entries run.
type entryStdin struct{ t *terminal }

// IsTerminal tells input() that it reads a terminal (its end of file is
// then a bare EOFError, as with CPython's readline).
func (in entryStdin) IsTerminal() bool { return true }

// Read returns what was typed while the entry runs (a line at a time in
// cooked mode); io.EOF for Ctrl-D; errInterrupted for Ctrl-C.
func (in entryStdin) Read(p []byte) (int, error) {
	t := in.t
	for {
		t.mu.Lock()
		if t.aborted {
			t.aborted = false
			t.mu.Unlock()
			return 0, errInterrupted
		}
		if len(t.queue) > 0 {
			c := t.queue[0]
			if c == nil {
				t.queue = t.queue[1:]
				t.mu.Unlock()
				return 0, io.EOF
			}
			n := copy(p, c)
			if n == len(c) {
				t.queue = t.queue[1:]
			} else {
				t.queue[0] = c[n:]
			}
			t.mu.Unlock()
			return n, nil
		}
		t.mu.Unlock()
		<-t.notify
	}
}

// screen writes the session's output to the terminal. While a prompt is
// up, a complete line is printed above the prompt (the prompt line is
// cleared first, then liner redraws it: SIGWINCH makes it refresh), and a
// partial line is held until its newline or the prompt's end.
type screen struct {
	mu       *sync.Mutex // shared by stdout's and stderr's screens
	out      *os.File
	prompted *bool
	redraw   *bool // a redraw of the prompt is due
	pending  *[]byte
}

func newScreens(stdout, stderr *os.File) (out, err *screen) {
	mu := &sync.Mutex{}
	prompted, redraw := new(bool), new(bool)
	out = &screen{mu: mu, out: stdout, prompted: prompted, redraw: redraw, pending: new([]byte)}
	err = &screen{mu: mu, out: stderr, prompted: prompted, redraw: redraw, pending: new([]byte)}
	return out, err
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !*s.prompted {
		return s.out.Write(p)
	}
	*s.pending = append(*s.pending, p...)
	i := lastNewline(*s.pending)
	if i < 0 {
		return len(p), nil
	}
	line := append([]byte("\r\x1b[K"), (*s.pending)[:i+1]...)
	*s.pending = append((*s.pending)[:0], (*s.pending)[i+1:]...)
	s.out.Write(line)
	if !*s.redraw {
		// liner redraws its line on SIGWINCH; lines printed within the
		// next few milliseconds share one redraw
		*s.redraw = true
		time.AfterFunc(redrawDelay, func() {
			s.mu.Lock()
			*s.redraw = false
			s.mu.Unlock()
			askRedraw()
		})
	}
	return len(p), nil
}

// redrawDelay gathers the output lines of a burst under one redraw of the
// prompt.
const redrawDelay = 5 * time.Millisecond

func lastNewline(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == '\n' {
			return i
		}
	}
	return -1
}

// setPrompted marks the prompt up or down; when it goes down, what was
// held back is written.
func (s *screen) setPrompted(up bool, other *screen) {
	s.mu.Lock()
	defer s.mu.Unlock()
	*s.prompted = up
	if !up {
		for _, sc := range []*screen{s, other} {
			if len(*sc.pending) > 0 {
				sc.out.Write(*sc.pending)
				*sc.pending = (*sc.pending)[:0]
			}
		}
	}
}
