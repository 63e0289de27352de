package notebook

// This file runs cells as an IPython kernel does: all cells in one
// stdlib.Session (one __main__, imports and definitions kept), each cell's
// stdout and stderr captured as nbclient records them (stream outputs,
// consecutive chunks of one stream merged, stdout flushed before stderr
// as ipykernel's OutStreams are at the end of a request), its last
// expression echoed as an execute_result, an uncaught exception as an
// error output. How code runs on the event loop is in exec.go.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
)

// Kernel runs the cells of one notebook.
type Kernel struct {
	S *stdlib.Session
	// Count is the execution count of the last cell run (In [Count]).
	Count int
	files cellFiles
	// pending holds what stdout and stderr were written since their last
	// flush; outs collects the running cell's outputs.
	pending [2]*outStream
	outs    []Output
	prefix  string // "/tmp/ipykernel_PID/", as ipykernel names cell code
	// afterRun, when set, runs after a cell part's code and before its
	// value is echoed (%time prints its times there).
	afterRun func()
	// clearNext: clear_output(wait=True) was called; the next output
	// clears the cell's outputs first.
	clearNext bool
	// warn is the session's warning for a coroutine never awaited; while
	// a cell's code runs (inEntry) the warnings wait in deferred until it
	// is known whether the cell failed.
	warn     func(c *interp.Coroutine, file string, line int)
	inEntry  bool
	deferred []unawaited
	// notes collects the running cell's terminal notes.
	notes *[]string
}

// unawaited is a coroutine found never awaited, and where.
type unawaited struct {
	c    *interp.Coroutine
	file string
	line int
}

// Result is what running one cell produced.
type Result struct {
	Outputs []Output
	Count   int
	// Err is the cell's error output, nil when it ran to the end.
	Err Output
	// Notes are lines for the terminal that are not outputs (a magic
	// skipped, help asked with obj?): nbclient records nothing for them.
	Notes []string
}

// flushInterval is ipykernel's OutStream.flush_interval: text written to
// a stream is sent 0.2 s after the first write since its last flush (from
// the IOPub thread, even while the cell blocks in time.sleep), and both
// streams are flushed, stdout first, when the cell ends or displays a
// value. That decides how stdout and stderr chunks interleave.
const flushInterval = 0.2

// outStream is the session's sys.stdout (i 0) or sys.stderr (i 1), as
// ipykernel's OutStream buffers it.
type outStream struct {
	k     *Kernel
	i     int
	buf   strings.Builder
	start float64 // when the first unflushed text was written
}

func (w *outStream) Write(p []byte) (int, error) {
	return w.WriteString(string(p))
}

func (w *outStream) WriteString(s string) (int, error) {
	now := w.k.wallNow()
	w.k.tick(now)
	if w.buf.Len() == 0 {
		w.start = now
	}
	w.buf.WriteString(s)
	return len(s), nil
}

// tick sends, in order, the stream flushes that came due by now.
func (k *Kernel) tick(now float64) {
	for {
		next := -1
		for i, w := range k.pending {
			if w.buf.Len() > 0 && w.start+flushInterval <= now && (next < 0 || w.start < k.pending[next].start) {
				next = i
			}
		}
		if next < 0 {
			return
		}
		k.flushStream(next)
	}
}

func (k *Kernel) flushStream(i int) {
	w := k.pending[i]
	if w.buf.Len() == 0 {
		return
	}
	text := w.buf.String()
	w.buf.Reset()
	k.addStream([]string{"stdout", "stderr"}[i], text)
}

// NewKernel makes a kernel; newSession makes its session from the two
// writers (the command applies its options there).
func NewKernel(newSession func(stdout, stderr io.Writer) *stdlib.Session) *Kernel {
	k := &Kernel{files: cellFiles{}}
	k.prefix = filepath.Join(os.TempDir(), fmt.Sprintf("ipykernel_%d", os.Getpid())) + string(filepath.Separator)
	k.pending = [2]*outStream{{k: k, i: 0}, {k: k, i: 1}}
	k.S = newSession(k.pending[0], k.pending[1])
	k.S.VM.Argv = []string{"-c"}
	k.S.VM.SearchPath = []string{"."}
	k.S.Main.Globals.SetStr("display", interp.NewBuiltin("display", k.display))
	k.registerIPython() // ipython.go
	// nbclient does not answer input requests: ipykernel's raw_input raises
	stdinErr := interp.NewClass("StdinNotImplementedError", interp.NotImplementedError, nil)
	stdinErr.Module = "IPython.core.error"
	stdinErr.BuiltinType = true
	k.S.VM.Builtins.SetStr("input", interp.NewBuiltin("input", func(*interp.Fiber, []interp.Value, []interp.KV) (interp.Value, *interp.Exception) {
		return nil, interp.Errorf(stdinErr, "raw_input was called, but this frontend does not support input requests.")
	}))
	// ipykernel's tasks are Task-1 to Task-3, and cells run inside Task-3:
	// the first task a cell creates is Task-4.
	k.S.Asyncio.ReserveTaskNumbers(3)
	// a coroutine a global still holds is not garbage yet: CPython warns
	// only when the name lets it go (the session checks after each cell);
	// one left when a cell fails is held by the traceback IPython keeps
	// (sys.last_traceback): no warning then either
	if warn := k.S.VM.Hooks.UnawaitedCoroutine; warn != nil {
		k.warn = warn
		k.S.VM.Hooks.UnawaitedCoroutine = func(c *interp.Coroutine, file string, line int) {
			switch {
			case asyncio.HeldByMain(k.S.VM, c):
			case k.inEntry:
				k.deferred = append(k.deferred, unawaited{c, file, line})
			default:
				warn(c, file, line)
			}
		}
	}
	k.S.SessionLoop().EntryTaskName = interp.Str("Task-3")
	return k
}

// flush moves pending stream text into outputs: the flushes already due,
// then stdout, then stderr.
func (k *Kernel) flush() {
	k.tick(k.wallNow())
	k.flushStream(0)
	k.flushStream(1)
}

// addStream appends text to the last output when it is the same stream,
// as nbclient merges consecutive stream messages.
func (k *Kernel) addStream(name, text string) {
	k.clearIfAsked()
	if n := len(k.outs); n > 0 && k.outs[n-1].Type() == "stream" && k.outs[n-1]["name"] == name {
		k.outs[n-1]["text"] = k.outs[n-1]["text"].(string) + text
		return
	}
	k.outs = append(k.outs, Output{"output_type": "stream", "name": name, "text": text})
}

// clearIfAsked drops the outputs before a new one after
// clear_output(wait=True).
func (k *Kernel) clearIfAsked() {
	if k.clearNext {
		k.outs, k.clearNext = nil, false
	}
}

// add appends a rich output after what the streams hold.
func (k *Kernel) add(o Output) {
	k.flush()
	k.clearIfAsked()
	k.outs = append(k.outs, o)
}

// Execute runs one code cell and returns its outputs. Before the cell,
// the loop runs what became ready since the last cell (the gap in which a
// kernel waits for nbclient's next request): that output lands in this
// cell, as it does under Jupyter.
func (k *Kernel) Execute(src string) Result {
	k.Count++
	k.outs, k.clearNext = nil, false
	name := fmt.Sprintf("%s%d.py", k.prefix, murmur2([]byte(src), 0xC70F6907))
	k.files[name] = k.Count
	k.S.Asyncio.CacheSource(name, src) // IPython puts cells in linecache
	k.gap()
	res := Result{Count: k.Count}
	k.notes = &res.Notes
	// IPython compiles the whole cell under "<>" first (should_run_async):
	// the compiler's warnings show twice, under "<>" then under the cell's name
	k.S.IssueWarningsOf("<>", src)
	segs := splitMagics(src)
	if len(segs) > 0 {
		res.Notes = append(res.Notes, segs[0].skipped...)
	}
	for i, seg := range segs {
		var stop bool
		if seg.magic != nil {
			stop = k.runMagic(name, seg, i == len(segs)-1, &res)
		} else {
			stop = k.runCode(name, seg.code, i == len(segs)-1, &res)
		}
		if stop {
			break
		}
	}
	k.flush()
	res.Outputs = k.outs
	k.outs = nil
	return res
}

// runCode runs code (the cell's text, or a part of it padded with blank
// lines so that line numbers stay the cell's) on the session's loop and
// records its outputs. echo: the part ends the cell, so its last
// expression is displayed (unless the cell ends in ';'). It reports
// whether the cell stopped (an error or SystemExit).
func (k *Kernel) runCode(name, code string, echo bool, res *Result) bool {
	if se := incompleteInput(name, code); se != nil {
		o := k.syntaxOutput(se)
		k.add(o)
		res.Err = o
		return true
	}
	var shown []interp.Value
	var failed *interp.Exception
	k.inEntry, k.deferred = true, nil
	defer func() { k.inEntry, k.deferred = false, nil }()
	r := k.S.RunEntry(stdlib.Entry{
		Source:   code,
		Filename: name,
		Mode:     stdlib.Cell,
		Echo: func(v interp.Value) {
			c, isCoro := v.(*interp.Coroutine)
			switch {
			case echo && v != interp.None && !quiet(code):
				shown = append(shown, v)
				if isCoro {
					// Out[N] keeps it alive: CPython never warns
					c.MarkAwaited(k.S.VM)
				}
			case isCoro && !c.Started():
				// dropped at the cell's last statement: CPython warns there
				c.MarkAwaited(k.S.VM)
				k.warnDropped(name, code, c)
			}
		},
		Report: func(exc *interp.Exception, interrupted bool) {
			failed = exc
			if interrupted && !exc.Matches(interp.KeyboardInterrupt) {
				// Ctrl-C cancelled the cell's task: the kernel shows
				// KeyboardInterrupt where the cell was
				ki := interp.NewException(interp.KeyboardInterrupt)
				ki.Traceback = exc.Traceback
				exc = ki
			}
			k.fail(k.S.VM.NewThread(), exc, res)
		},
	})
	k.inEntry = false
	if failed == nil && r.Exc == nil && k.warn != nil {
		k.S.VM.GIL.Lock()
		for _, u := range k.deferred {
			k.warn(u.c, u.file, u.line)
		}
		k.S.VM.GIL.Unlock()
	}
	if r.Exited {
		// the kernel goes on: IPython shows SystemExit as an error
		k.add(k.systemExit(r.Exc))
		res.Err = k.outs[len(k.outs)-1]
		return true
	}
	if r.Exc == nil && failed == nil && r.Status != 0 {
		// a deadlock: the report is on stderr; Jupyter would wait forever
		// here, the run stops
		o := Output{"output_type": "error", "ename": "Deadlock",
			"evalue":    "every task is waiting, and nothing is left that could wake one",
			"traceback": []any{ansiRed + "Deadlock" + ansiReset + ": every task is waiting, and nothing is left that could wake one (CPython would wait here forever)"}}
		k.add(o)
		res.Err = o
		return true
	}
	if failed != nil || r.Exc != nil {
		if failed == nil {
			k.fail(nil, r.Exc, res)
		}
		return true
	}
	if k.afterRun != nil {
		k.afterRun()
	}
	for _, v := range shown {
		k.echo(v)
	}
	return false
}

// warnDropped writes the RuntimeWarning CPython gives for a coroutine
// that a cell's last statement drops without awaiting it (`main();`): at
// that statement's line, with its source.
func (k *Kernel) warnDropped(name, code string, c *interp.Coroutine) {
	mod, err := lang.Parse(name, []byte(code), lang.ModeFile)
	if err != nil || len(mod.Body) == 0 {
		return
	}
	line := int(mod.Body[len(mod.Body)-1].GetSpan().Start.Line)
	src := strings.TrimSpace(strings.Split(code, "\n")[line-1])
	qual := c.QualName()
	if qual == "" {
		qual = c.Name()
	}
	fmt.Fprintf(k.pending[1], "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n  %s\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n", name, line, qual, src)
}

// incompleteInput is the SyntaxError IPython reports for a cell that ends
// inside a bracket, a triple-quoted string or a block header: its
// compiler is codeop's, which reports "incomplete input" at the end of the
// cell instead of the error a script gets. nil when the cell is complete.
func incompleteInput(name, code string) *lang.SyntaxError {
	_, err := lang.Parse(name, []byte(code), lang.ModeFile)
	if err == nil || !lang.Incomplete(err) {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(code, "\n"), "\n")
	last := lines[len(lines)-1]
	col := int32(utf8.RuneCountInString(last)) + 1
	return &lang.SyntaxError{
		File: lang.NewFile(name, []byte(code)),
		Span: lang.Span{Start: lang.Pos{Line: int32(len(lines)), Col: col}},
		Kind: "SyntaxError",
		Msg:  "incomplete input",
	}
}

// echo displays the cell's last expression (IPython's displayhook): _ and
// _N are set.
func (k *Kernel) echo(v interp.Value) {
	k.S.VM.GIL.Lock()
	defer k.S.VM.GIL.Unlock()
	f := k.S.VM.NewThread()
	data, exc := bundle(f, v)
	if exc != nil {
		k.add(k.errorOutput(f, exc))
		return
	}
	g := k.S.Main.Globals
	g.SetStr("_", v)
	g.SetStr(fmt.Sprintf("_%d", k.Count), v)
	k.add(Output{
		"output_type":     "execute_result",
		"data":            data,
		"metadata":        map[string]any{},
		"execution_count": k.Count,
	})
}

// systemExit is IPython's report of SystemExit in a cell: a short error
// output and the UserWarning that InteractiveShell.run_code issues.
func (k *Kernel) systemExit(exc *interp.Exception) Output {
	evalue := ""
	if exc != nil {
		k.S.VM.GIL.Lock()
		evalue, _ = interp.ToStr(k.S.VM.NewThread(), exc)
		k.S.VM.GIL.Unlock()
	}
	k.pending[1].WriteString("/usr/lib/python3/dist-packages/IPython/core/interactiveshell.py:3386: UserWarning: To exit: use 'exit', 'quit', or Ctrl-D.\n" +
		"  warn(\"To exit: use 'exit', 'quit', or Ctrl-D.\", stacklevel=1)\n")
	return Output{"output_type": "error", "ename": "SystemExit", "evalue": evalue, "traceback": []any{
		"An exception has occurred, use %tb to see the full traceback.\n",
		ansiRed + "SystemExit" + ansiReset + ansiRed + ":" + ansiReset + " " + evalue + "\n",
	}}
}

// fail records the cell's uncaught exception.
func (k *Kernel) fail(f *interp.Fiber, exc *interp.Exception, res *Result) {
	if f == nil {
		k.S.VM.GIL.Lock()
		defer k.S.VM.GIL.Unlock()
		f = k.S.VM.NewThread()
	}
	o := k.errorOutput(f, exc)
	k.add(o)
	res.Err = o
}

// murmur2 is ipykernel's murmur2_x86 (ipykernel/compiler.py), which names
// a cell's code file after the hash of its source: tracebacks, task reprs
// and SyntaxError messages show that name.
func murmur2(data []byte, seed uint32) uint32 {
	const m = 0x5BD1E995
	n := len(data)
	h := seed ^ uint32(n)
	end := n &^ 3
	for i := 0; i < end; i += 4 {
		k := uint32(data[i]) | uint32(data[i+1])<<8 | uint32(data[i+2])<<16 | uint32(data[i+3])<<24
		k *= m
		k ^= k >> 24
		k *= m
		h *= m
		h ^= k
	}
	var k uint32
	switch n & 3 {
	case 3:
		k = uint32(data[end+2]) << 16
		fallthrough
	case 2:
		k |= uint32(data[end+1]) << 8
		fallthrough
	case 1:
		k |= uint32(data[end])
		h ^= k
		h *= m
	}
	h ^= h >> 13
	h *= m
	h ^= h >> 15
	return h
}
