package main

// Tests of the interactive prompt as a person uses it: the real program
// (this test binary re-executed as asyncscript's main) under a
// pseudo-terminal, keys typed, the screen read. Where the behaviour is
// CPython's, the same keys are also typed into `python3 -m asyncio`
// (CPython 3.11) when it is on PATH, and the same text is expected from
// both: the expectations were recorded that way, and the tests keep
// checking them.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestMain runs main instead of the tests when a test re-executes this
// binary as asyncscript.
func TestMain(m *testing.M) {
	if os.Getenv("ASYNCSCRIPT_TEST_MAIN") == "1" {
		os.Args = append([]string{"asyncscript"}, os.Args[1:]...)
		main()
		return
	}
	os.Exit(m.Run())
}

// term is a program running under a pseudo-terminal.
type term struct {
	t    *testing.T
	name string
	f    *os.File
	cmd  *exec.Cmd

	mu   sync.Mutex
	out  bytes.Buffer
	seen int // offset up to which expect has consumed the output
	done chan struct{}
}

// asyncscriptCmd is our prompt: this binary as asyncscript, with args.
func asyncscriptCmd(t *testing.T, state string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "ASYNCSCRIPT_TEST_MAIN=1", "TERM=xterm", "XDG_STATE_HOME="+state)
	return cmd
}

// cpythonCmd is python3 -m asyncio, or nil when python3 is missing.
func cpythonCmd(t *testing.T) *exec.Cmd {
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil
	}
	cmd := exec.Command(py, "-m", "asyncio")
	cmd.Env = append(os.Environ(), "TERM=xterm", "PYTHONSTARTUP=")
	return cmd
}

func startTerm(t *testing.T, name string, cmd *exec.Cmd) *term {
	t.Helper()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 160})
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, name: name, f: f, cmd: cmd, done: make(chan struct{})}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			tm.mu.Lock()
			tm.out.Write(buf[:n])
			tm.mu.Unlock()
			if err != nil {
				close(tm.done)
				return
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		f.Close()
	})
	return tm
}

// send types s.
func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := tm.f.Write([]byte(s)); err != nil {
		tm.t.Fatalf("%s: write: %v", tm.name, err)
	}
}

// line types s and Enter, and waits for its echo.
func (tm *term) line(s string) {
	tm.t.Helper()
	tm.send(s + "\r")
	time.Sleep(30 * time.Millisecond)
}

// escapes matches the terminal control sequences liner writes.
var escapes = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]`)

// screenText is the output so far with control sequences and carriage
// returns dropped.
func screenText(b []byte) string {
	s := escapes.ReplaceAllString(string(b), "")
	return strings.ReplaceAll(s, "\r", "")
}

// expect waits until want appears in the (plain-text) output after what
// earlier expects consumed, and consumes up to its end.
func (tm *term) expect(want string, timeout time.Duration) {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		tm.mu.Lock()
		raw := tm.out.Bytes()
		text := screenText(raw[tm.seen:])
		i := strings.Index(text, want)
		if i >= 0 {
			// consume: find the raw offset whose plain text covers want
			for end := tm.seen; end <= len(raw); end++ {
				if strings.Contains(screenText(raw[tm.seen:end]), want) {
					tm.seen = end
					break
				}
			}
			tm.mu.Unlock()
			return
		}
		tm.mu.Unlock()
		if time.Now().After(deadline) {
			tm.t.Fatalf("%s: %q did not appear within %v; the screen after the last match:\n%s", tm.name, want, timeout, text)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// rest is the plain output not yet consumed.
func (tm *term) rest() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return screenText(tm.out.Bytes()[tm.seen:])
}

// wait waits for the program to exit and returns its status.
func (tm *term) wait(timeout time.Duration) int {
	tm.t.Helper()
	ch := make(chan error, 1)
	go func() { ch <- tm.cmd.Wait() }()
	select {
	case err := <-ch:
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			tm.t.Fatal(err)
		}
		return 0
	case <-time.After(timeout):
		tm.t.Fatalf("%s: did not exit within %v; screen:\n%s", tm.name, timeout, tm.rest())
		return -1
	}
}

// both runs scenario against our prompt and, when python3 is there,
// against python3 -m asyncio.
func both(t *testing.T, scenario func(t *testing.T, tm *term)) {
	t.Run("asyncscript", func(t *testing.T) {
		tm := startTerm(t, "asyncscript", asyncscriptCmd(t, t.TempDir()))
		tm.expect(">>> import asyncio\n>>> ", 10*time.Second)
		scenario(t, tm)
	})
	t.Run("python3", func(t *testing.T) {
		cmd := cpythonCmd(t)
		if cmd == nil {
			t.Skip("python3 is not on PATH")
		}
		tm := startTerm(t, "python3 -m asyncio", cmd)
		tm.expect(">>> import asyncio\n>>> ", 10*time.Second)
		scenario(t, tm)
	})
}

const sec = time.Second

func TestPromptBlocksDecoratorsAndIfElse(t *testing.T) {
	both(t, func(t *testing.T, tm *term) {
		tm.line("import functools")
		tm.line("@functools.cache")
		tm.line("def sq(n): return n * n")
		tm.line("")
		tm.line("sq(12), sq.cache_info().currsize")
		tm.expect("(144, 1)\n>>> ", 5*sec)
		tm.line("if sq(2) == 5: print('no')")
		tm.expect("... ", 5*sec)
		tm.line("else: print('yes')")
		tm.line("")
		tm.expect("yes\n>>> ", 5*sec)
		tm.line("try: 1/0")
		tm.line("except ZeroDivisionError as e: print('caught', e)")
		tm.line("")
		tm.expect("caught division by zero\n>>> ", 5*sec)
		tm.line("s = '''a")
		tm.line("b'''")
		tm.line("s")
		tm.expect("'a\\nb'\n>>> ", 5*sec)
		tm.line("1 +")
		tm.expect("SyntaxError: invalid syntax\n>>> ", 5*sec)
		tm.line("_")
		tm.expect("'a\\nb'\n>>> ", 5*sec)
	})
}

func TestPromptLoopLivesBetweenEntries(t *testing.T) {
	both(t, func(t *testing.T, tm *term) {
		tm.line("async def tick(n):")
		tm.line("    for i in range(n):")
		tm.line("        await asyncio.sleep(0.2)")
		tm.line("        print('tick', i)")
		tm.line("")
		// a task started on a plain line runs while the prompt idles
		tm.line("t = asyncio.create_task(tick(2))")
		tm.expect("tick 0", 5*sec)
		tm.expect("tick 1", 5*sec)
		tm.line("t.get_name(), t.done()")
		tm.expect("('Task-1', True)", 5*sec)
		// a task created inside an awaited entry goes on afterwards
		tm.line("async def main():")
		tm.line("    global bg")
		tm.line("    bg = asyncio.create_task(asyncio.sleep(100))")
		tm.line("")
		tm.line("await main()")
		tm.line("bg.get_name(), bg.done(), bg.cancelled()")
		tm.expect("('Task-3', False, False)", 5*sec)
		// Events and Queues made in one entry work in the next
		tm.line("ev, q = asyncio.Event(), asyncio.Queue()")
		tm.line("await q.put('x')")
		tm.line("await q.get()")
		tm.expect("'x'\n>>> ", 5*sec)
		for i := 0; i < 2; i++ {
			tm.line("await asyncio.wait_for(ev.wait(), 0.05)")
			tm.expect("TimeoutError\n>>> ", 5*sec)
		}
		tm.line("asyncio.get_running_loop().call_soon(ev.set)")
		tm.line("await ev.wait()")
		tm.expect("True\n>>> ", 5*sec)
		tm.line("asyncio.run(asyncio.sleep(0))")
		tm.expect("RuntimeError: asyncio.run() cannot be called from a running event loop\n>>> ", 5*sec)
	})
}

func TestPromptInputAndCtrlC(t *testing.T) {
	both(t, func(t *testing.T, tm *term) {
		tm.line("name = input('who? ')")
		tm.expect("who? ", 5*sec)
		tm.line("bob")
		tm.line("name")
		tm.expect("'bob'\n>>> ", 5*sec)
		// Ctrl-D in input(): EOFError; Ctrl-C: KeyboardInterrupt
		tm.line("input('eof? ')")
		tm.expect("eof? ", 5*sec)
		time.Sleep(100 * time.Millisecond)
		tm.send("\x04")
		tm.expect("EOFError\n>>> ", 5*sec)
		tm.line("input('interrupt? ')")
		tm.expect("interrupt? ", 5*sec)
		time.Sleep(100 * time.Millisecond)
		tm.send("\x03")
		tm.expect("KeyboardInterrupt\n>>> ", 5*sec)
		tm.line("b = asyncio.create_task(asyncio.sleep(100))")
		// the prompt is back within 200ms of Ctrl-C (three tries: a
		// loaded machine may delay one)
		var took []time.Duration
		for try := 0; try < 3; try++ {
			tm.line("await asyncio.sleep(100)")
			time.Sleep(300 * time.Millisecond)
			start := time.Now()
			tm.send("\x03")
			tm.expect("KeyboardInterrupt\n>>> ", 5*sec)
			took = append(took, time.Since(start))
			if took[len(took)-1] <= 200*time.Millisecond {
				break
			}
		}
		t.Logf("%s: prompt back after Ctrl-C in %v", tm.name, took)
		if el := took[len(took)-1]; el > 200*time.Millisecond && tm.name == "asyncscript" {
			t.Errorf("the prompt came back %v after Ctrl-C, want within 200ms", took)
		}
		if strings.Contains(tm.rest(), "CancelledError") {
			t.Errorf("Ctrl-C printed a CancelledError: %s", tm.rest())
		}
		tm.line("b.done()")
		tm.expect("False\n>>> ", 5*sec)
		// Ctrl-C during an await of a thread: at once, the thread left
		// to finish on its own
		tm.line("import time")
		tm.line("await asyncio.to_thread(time.sleep, 3)")
		time.Sleep(300 * time.Millisecond)
		start := time.Now()
		tm.send("\x03")
		tm.expect("KeyboardInterrupt\n>>> ", 5*sec)
		if el := time.Since(start); el > time.Second {
			t.Errorf("the prompt came back %v after Ctrl-C during to_thread", el)
		}
		if tm.name != "asyncscript" {
			// python3 -m asyncio reads lines on another thread, which
			// Ctrl-C does not reach: the line stays
			return
		}
		// Ctrl-C at the prompt drops the line (as python3's own prompt)
		tm.send("1 + ")
		time.Sleep(100 * time.Millisecond)
		tm.send("\x03")
		tm.expect("KeyboardInterrupt\n>>> ", 5*sec)
		tm.line("2 + 2")
		tm.expect("4\n>>> ", 5*sec)
	})
}

// TestPromptOutputAboveTheLine: background output goes above the line
// being typed, and the prompt with the partial line is drawn again below
// it (python3 -m asyncio writes it into the middle of the line).
func TestPromptOutputAboveTheLine(t *testing.T) {
	tm := startTerm(t, "asyncscript", asyncscriptCmd(t, t.TempDir()))
	tm.expect(">>> import asyncio\n>>> ", 10*sec)
	tm.line("async def later():")
	tm.line("    await asyncio.sleep(0.3)")
	tm.line("    print('from the background')")
	tm.line("")
	tm.line("t = asyncio.create_task(later())")
	tm.send("x = 'half")
	tm.expect("from the background\n>>> x = 'half", 5*sec)
	tm.line(" done'")
	tm.line("x")
	tm.expect("'half done'\n>>> ", 5*sec)
}

func TestPromptCompletionAndHistory(t *testing.T) {
	state := t.TempDir()
	tm := startTerm(t, "asyncscript", asyncscriptCmd(t, state))
	tm.expect(">>> import asyncio\n>>> ", 10*sec)
	tm.send("asyncio.ga\t")
	tm.expect("asyncio.gather", 5*sec)
	tm.send("\x15") // Ctrl-U: clear the line
	tm.line("def f():")
	tm.send("\t")
	tm.line("return 41 + 1")
	tm.line("")
	tm.line("f()")
	tm.expect("42\n>>> ", 5*sec)
	tm.line("import jso\t")
	tm.expect("import json", 5*sec)
	tm.send("\x04") // Ctrl-D
	if st := tm.wait(5 * sec); st != 0 {
		t.Fatalf("status %d after Ctrl-D", st)
	}
	data, err := os.ReadFile(filepath.Join(state, "asyncscript", "history"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "def f():\\n    return 41 + 1\nf()\nimport json\n"; !strings.HasSuffix(string(data), want) {
		t.Fatalf("history file:\n%s\nwant it to end with\n%s", data, want)
	}
	// a new session recalls the block as one entry
	tm = startTerm(t, "asyncscript", asyncscriptCmd(t, state))
	tm.expect(">>> import asyncio\n>>> ", 10*sec)
	for i := 0; i < 3; i++ {
		tm.send("\x1b[A") // Up
		time.Sleep(100 * time.Millisecond)
	}
	tm.line("")
	tm.line("f()")
	tm.expect("42\n>>> ", 5*sec)
}

func TestPromptExitWithPendingTasks(t *testing.T) {
	tm := startTerm(t, "asyncscript", asyncscriptCmd(t, t.TempDir()))
	tm.expect(">>> import asyncio\n>>> ", 10*sec)
	tm.line("async def w():")
	tm.line("    try:")
	tm.line("        await asyncio.sleep(100)")
	tm.line("    finally:")
	tm.line("        print('cleaned up')")
	tm.line("")
	tm.line("t = asyncio.create_task(w())")
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	tm.line("exit()")
	if st := tm.wait(5 * sec); st != 0 {
		t.Fatalf("status %d", st)
	}
	el := time.Since(start)
	t.Logf("exit() with a pending task took %v", el)
	if el > time.Second {
		t.Errorf("exit() took %v", el)
	}
	tm.expect("cleaned up", sec)
}

func TestPromptInspectAfterScript(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.as")
	if err := os.WriteFile(script, []byte("import asyncio\nanswer = asyncio.run(asyncio.sleep(0, 42))\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tm := startTerm(t, "asyncscript", asyncscriptCmd(t, dir, "-i", script))
	tm.expect(">>> ", 10*sec)
	tm.line("answer, await asyncio.sleep(0, 'awaited')")
	tm.expect("(42, 'awaited')\n>>> ", 5*sec)
	tm.line("exit(3)")
	if st := tm.wait(5 * sec); st != 3 {
		t.Fatalf("status %d", st)
	}
}

// TestPipedInputIsAScript: without a terminal the input runs as a
// script: no banner, no prompts (python3 does the same).
func TestPipedInputIsAScript(t *testing.T) {
	for _, args := range [][]string{nil, {"-q"}} {
		cmd := exec.Command(os.Args[0], args...)
		cmd.Env = append(os.Environ(), "ASYNCSCRIPT_TEST_MAIN=1")
		cmd.Stdin = strings.NewReader("print(1+1)\n")
		out, err := cmd.CombinedOutput()
		if err != nil || string(out) != "2\n" {
			t.Errorf("%q: %v, output %q, want \"2\\n\"", args, err, out)
		}
	}
}

// TestDirectoryAsProgram: CPython's message and status.
func TestDirectoryAsProgram(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], dir)
	cmd.Env = append(os.Environ(), "ASYNCSCRIPT_TEST_MAIN=1")
	out, err := cmd.CombinedOutput()
	want := fmt.Sprintf("asyncscript: can't find '__main__' module in '%s'\n", dir)
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || string(out) != want {
		t.Errorf("%v, output %q, want status 1 and %q", err, out, want)
	}
}

// TestInspectWithPipedInput: with -i and input that is not a terminal,
// the prompt reads entries without line editing and writes its prompts
// (sys.ps1 and sys.ps2 included) on stderr, exactly as python3 -i.
func TestInspectWithPipedInput(t *testing.T) {
	const input = "import sys\nprint(x)\nsys.ps1, sys.ps2\nsys.ps1 = 'in> '\nfor i in range(2):\n    print(i)\n\n1/0\nx\n"
	run := func(cmd *exec.Cmd) (string, string) {
		cmd.Stdin = strings.NewReader(input)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %v, stderr %s", cmd.Args, err, errb.String())
		}
		return out.String(), errb.String()
	}
	cmd := exec.Command(os.Args[0], "-i", "-c", "x = 41 + 1")
	cmd.Env = append(os.Environ(), "ASYNCSCRIPT_TEST_MAIN=1")
	out, errOut := run(cmd)
	if wantOut := "42\n('>>> ', '... ')\n0\n1\n42\n"; out != wantOut {
		t.Errorf("stdout %q, want %q", out, wantOut)
	}
	wantErr := ">>> >>> >>> >>> in> ... ... in> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\nin> in> \n"
	if errOut != wantErr {
		t.Errorf("stderr %q, want %q", errOut, wantErr)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		return
	}
	pyOut, pyErr := run(exec.Command(py, "-i", "-c", "x = 41 + 1"))
	if pyOut != out || pyErr != errOut {
		t.Errorf("python3 -i printed\n%q\n%q\nasyncscript -i\n%q\n%q", pyOut, pyErr, out, errOut)
	}
}
