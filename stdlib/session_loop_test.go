package stdlib_test

// Tests of the interactive session loop (session_loop.go). The expected
// behaviour is CPython 3.11.7's `python3 -m asyncio`, observed by feeding
// it the same entries (see the comments): plain entries run inside a
// loop callback, awaiting entries as Task-N, tasks live across entries.

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// entries runs each source as a prompt entry and fails on a non-zero
// status unless the source starts with "!".
func entries(t *testing.T, s *stdlib.Session, srcs ...string) {
	t.Helper()
	for _, src := range srcs {
		mayFail := strings.HasPrefix(src, "!")
		src = strings.TrimPrefix(src, "!")
		r := s.RunEntry(stdlib.Entry{Source: src + "\n"})
		if r.Status != 0 && !mayFail {
			t.Fatalf("entry %q: status %d, exc %v", src, r.Status, r.Exc)
		}
	}
}

func TestSessionLoopLivesAcrossEntries(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	entries(t, s,
		"import asyncio",
		"asyncio.get_running_loop()",
		"print(asyncio.current_task())",
		"await asyncio.sleep(0)",
		"!print(asyncio.current_task().get_name())", // AttributeError: a plain line runs in no task
		"async def tick():\n    await asyncio.sleep(0.05)\n    print('tick')\n",
		"t = asyncio.create_task(tick())",
		"t.get_name()",
		"q = asyncio.Queue()",
		"ev = asyncio.Event()",
		"await q.put(1)",
		"await q.get()",
		"!await asyncio.wait_for(ev.wait(), 0.01)",
		"!await asyncio.wait_for(ev.wait(), 0.01)",
		"!asyncio.run(asyncio.sleep(0))",
		"t.done()",
	)
	// python3 -m asyncio prints the same, prompts aside
	want := "<_UnixSelectorEventLoop running=True closed=False debug=False>\nNone\n'Task-2'\n1\n"
	if !strings.HasPrefix(out.String(), want) {
		t.Fatalf("stdout\n%s\nwant prefix\n%s\nstderr\n%s", out.String(), want, errb.String())
	}
	// the second wait_for on the same Event works as the first
	if n := strings.Count(errb.String(), "TimeoutError"); n != 2 {
		t.Errorf("want 2 TimeoutErrors, stderr:\n%s", errb.String())
	}
	if !strings.Contains(errb.String(), "RuntimeError: asyncio.run() cannot be called from a running event loop\n") {
		t.Errorf("asyncio.run at the prompt: stderr\n%s", errb.String())
	}
	if s.RunLoopFor(200*time.Millisecond) != nil {
		t.Fatal("unexpected SystemExit")
	}
	if !strings.Contains(out.String(), "tick\n") {
		t.Fatalf("the background task did not run while the loop idled: %q", out.String())
	}
	if st := s.Shutdown(0); st != 0 {
		t.Fatalf("shutdown status %d", st)
	}
}

func TestSessionLoopInterruptKeepsBackgroundTasks(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	entries(t, s,
		"import asyncio",
		"async def bg():\n    try:\n        await asyncio.sleep(100)\n    finally:\n        print('bg cancelled')\n",
		"b = asyncio.create_task(bg())",
	)
	go func() {
		time.Sleep(50 * time.Millisecond)
		s.VM.Interrupt()
	}()
	start := time.Now()
	r := s.RunEntry(stdlib.Entry{Source: "await asyncio.sleep(100)\n"})
	if el := time.Since(start); el > 2*time.Second || !r.Interrupted || r.Status != 1 {
		t.Fatalf("after %v: %+v", el, r)
	}
	// AsyncIOInteractiveConsole.runcode writes "\nKeyboardInterrupt\n"
	if errb.String() != "\nKeyboardInterrupt\n" {
		t.Fatalf("stderr %q", errb.String())
	}
	entries(t, s, "print(b.done())")
	if out.String() != "False\n" {
		t.Fatalf("stdout %q", out.String())
	}
	// Shutdown cancels what is left, as asyncio.run's runner does
	if st := s.Shutdown(0); st != 0 || out.String() != "False\nbg cancelled\n" {
		t.Fatalf("status %d, stdout %q", st, out.String())
	}
}

func TestSessionCellEchoesLastExpression(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	var echoed []string
	echo := func(v interp.Value) {
		r, _ := interp.Repr(s.VM.NewThread(), v)
		echoed = append(echoed, r)
	}
	var reported []string
	report := func(exc *interp.Exception, interrupted bool) {
		reported = append(reported, interp.FormatExceptionOnly(nil, exc))
	}
	for _, src := range []string{
		"import asyncio\n1\n2",
		"x = 3\nawait asyncio.sleep(0)\nx * 2",
		"x = 4",
		"1/0",
	} {
		s.RunEntry(stdlib.Entry{Source: src, Filename: "<cell>", Mode: stdlib.Cell, Echo: echo, Report: report})
	}
	if strings.Join(echoed, ",") != "2,6" {
		t.Errorf("echoed %q, want 2 then 6", echoed)
	}
	if len(reported) != 1 || reported[0] != "ZeroDivisionError: division by zero\n" {
		t.Errorf("reported %q", reported)
	}
	if out.Len() != 0 || errb.Len() != 0 {
		t.Errorf("stdout %q stderr %q", out.String(), errb.String())
	}
	s.Shutdown(0)
}

func TestSessionExitWithPendingTasks(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	entries(t, s, "import asyncio", "t = asyncio.create_task(asyncio.sleep(100))")
	r := s.RunEntry(stdlib.Entry{Source: "exit(3)\n"})
	if !r.Exited || r.Status != 3 {
		t.Fatalf("%+v", r)
	}
	start := time.Now()
	if st := s.Shutdown(r.Status); st != 3 || time.Since(start) > time.Second {
		t.Fatalf("status %d after %v", st, time.Since(start))
	}
	if errb.Len() != 0 {
		t.Fatalf("stderr %q", errb.String())
	}
}

// TestSessionNestAsyncio: after nest_asyncio.apply(), asyncio.run and
// run_until_complete work at the prompt and in a notebook cell, on the
// session's running loop, whose background tasks go on meanwhile (as with
// the real package in Jupyter).
func TestSessionNestAsyncio(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	entries(t, s,
		"import asyncio, nest_asyncio",
		"!asyncio.run(asyncio.sleep(0, 'refused'))",
		"nest_asyncio.apply()",
		"async def bg():\n    for i in range(3):\n        await asyncio.sleep(0.01)\n        print('bg', i)\n",
		"b = asyncio.create_task(bg())",
		"asyncio.run(asyncio.sleep(0.1, 'plain line'))",
		"asyncio.get_running_loop().run_until_complete(asyncio.sleep(0, 'loop method'))",
		"await asyncio.sleep(0, asyncio.run(asyncio.sleep(0, 'inside a task')))",
		"b.done(), asyncio.get_running_loop().is_running()",
	)
	want := "bg 0\nbg 1\nbg 2\n'plain line'\n'loop method'\n'inside a task'\n(True, True)\n"
	if out.String() != want {
		t.Fatalf("stdout\n%s\nwant\n%s\nstderr\n%s", out.String(), want, errb.String())
	}
	if !strings.HasSuffix(errb.String(), "RuntimeError: asyncio.run() cannot be called from a running event loop\n") {
		t.Fatalf("stderr %s", errb.String())
	}
	s.Shutdown(0)
}

// TestSessionRunLoopForOnVirtualTime: RunLoopFor counts the loop's time,
// so on virtual time a long wait costs nothing.
func TestSessionRunLoopForOnVirtualTime(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.UseVirtualClock()
	entries(t, s, "import asyncio", "async def later():\n    await asyncio.sleep(100)\n    print('a hundred seconds later')\n", "t = asyncio.create_task(later())")
	start := time.Now()
	s.RunLoopFor(99 * time.Second)
	if out.String() != "" {
		t.Fatalf("printed %q before its time", out.String())
	}
	s.RunLoopFor(2 * time.Second)
	if out.String() != "a hundred seconds later\n" || time.Since(start) > 2*time.Second {
		t.Fatalf("after %v: %q %s", time.Since(start), out.String(), errb.String())
	}
	s.Shutdown(0)
}

// TestSessionExitFromBackgroundTask: a SystemExit raised by a background
// task while the loop runs between entries ends the session, as it ends
// python3 -m asyncio (it escapes run_forever); a KeyboardInterrupt there
// is dropped.
func TestSessionExitFromBackgroundTask(t *testing.T) {
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	entries(t, s, "import asyncio",
		"async def ki():\n    raise KeyboardInterrupt\n",
		"async def bye():\n    await asyncio.sleep(0.05)\n    raise SystemExit(4)\n",
		"k = asyncio.create_task(ki())")
	if exc := s.RunLoopFor(10 * time.Millisecond); exc != nil {
		t.Fatalf("KeyboardInterrupt in a background task ended the wait: %v", exc)
	}
	entries(t, s, "b = asyncio.create_task(bye())")
	exc := s.RunLoopFor(5 * time.Second)
	if exc == nil || !exc.Matches(interp.SystemExit) {
		t.Fatalf("got %v, want SystemExit", exc)
	}
	// (CPython itself dies here with "Fatal Python error:
	// _enter_buffered_busy", status 134: its console thread still reads)
	if st := s.Shutdown(s.ExitStatus(exc)); st != 4 {
		t.Fatalf("status %d, stderr %q", st, errb.String())
	}
}
