package asyncio

// Tests of the Go-level machinery that need no compiled code: futures,
// tasks driving native coroutines, gather, wait_for, locks and queues,
// on a fake clock.

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
)

func newTestRuntime(t *testing.T) (*Runtime, *bytes.Buffer) {
	t.Helper()
	vm := interp.NewVM()
	var errBuf bytes.Buffer
	vm.Stderr = &errBuf
	vm.Stdout = &bytes.Buffer{}
	t.Cleanup(func() { Forget(vm) })
	rt := Get(vm)
	rt.NewClock = func() loop.Clock { return loop.NewFakeClock(time.Second) }
	return rt, &errBuf
}

// seq is a native coroutine running Go steps in order; a step may return
// an awaitable to await (its result is passed to the next step).
type seqStep func(prev interp.Value) (interp.Value, *interp.Exception)

// awaitMarker wraps a value to await.
type awaitMarker struct{ v interp.Value }

func (awaitMarker) Type() *interp.Class { return interp.ObjectClass }

func awaitV(v interp.Value) interp.Value { return awaitMarker{v} }

func seq(name string, steps ...seqStep) *interp.Coroutine {
	i := 0
	var sub *subAwait
	var prev interp.Value = interp.None
	return newCoro(name, func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		for {
			if sub != nil {
				res, y, pending, exc := sub.step(send, throw)
				if pending {
					return nil, y, false, nil
				}
				sub = nil
				if exc != nil {
					return nil, nil, false, exc
				}
				prev = res
			} else if throw != nil {
				return nil, nil, false, throw
			}
			if i == len(steps) {
				return prev, nil, true, nil
			}
			v, err := steps[i](prev)
			i++
			if err != nil {
				return nil, nil, false, err
			}
			if m, ok := v.(awaitMarker); ok {
				s, err := newSubAwait(f, m.v)
				if err != nil {
					return nil, nil, false, err
				}
				sub = s
				send, throw = interp.None, nil
				continue
			}
			prev = v
		}
	})
}

func TestFutureCallbackOrder(t *testing.T) {
	rt, _ := newTestRuntime(t)
	rt.vm.GIL.Lock()
	defer rt.vm.GIL.Unlock()
	ev := rt.newLoop()
	fut := NewFuture(ev)
	var order []string
	for i := 0; i < 4; i++ {
		fut.AddDoneCallback(func(*Future) { order = append(order, fmt.Sprint("cb", i)) }, nil)
	}
	ev.l.CallSoon(func() { order = append(order, "soon-before") })
	fut.SetResult(interp.Int(1))
	ev.l.CallSoon(func() { order = append(order, "soon-after") })
	if len(order) != 0 {
		t.Fatalf("callbacks ran synchronously: %v", order)
	}
	ev.l.RunOnce()
	want := "soon-before cb0 cb1 cb2 cb3 soon-after"
	if got := strings.Join(order, " "); got != want {
		t.Fatalf("order = %s, want %s", got, want)
	}
	// A callback added to a done future is scheduled at once.
	fut.AddDoneCallback(func(*Future) { order = append(order, "late") }, nil)
	ev.l.RunOnce()
	if order[len(order)-1] != "late" {
		t.Fatalf("late callback not run: %v", order)
	}
	if err := fut.SetResult(interp.Int(2)); err == nil || err.Class != InvalidStateError {
		t.Fatalf("second set_result: %v", err)
	}
}

func TestFutureResultStates(t *testing.T) {
	rt, _ := newTestRuntime(t)
	ev := rt.newLoop()
	fut := NewFuture(ev)
	if _, err := fut.getResult(); err == nil || err.MessageText() != "Result is not set." {
		t.Fatalf("pending result: %v", err)
	}
	fut.Cancel(interp.Str("bye"))
	_, err := fut.getResult()
	if err == nil || err.Class != CancelledError || err.MessageText() != "bye" {
		t.Fatalf("cancelled result: %v", err)
	}
}

func TestRunSleepResult(t *testing.T) {
	rt, _ := newTestRuntime(t)
	res, exc := rt.Run(rt.sleep(interp.Float(0.5), interp.Int(42)))
	if exc != nil || res != interp.Int(42) {
		t.Fatalf("run(sleep(0.5, 42)) = %v, %v", res, exc)
	}
	// Task numbering continues across runs: main, shutdown_asyncgens and
	// shutdown_default_executor take 1..3, so the next main is Task-4.
	var name interp.Value
	_, exc = rt.Run(seq("main", func(interp.Value) (interp.Value, *interp.Exception) {
		name = rt.ev.current.Name()
		return interp.None, nil
	}))
	if exc != nil || name != interp.Str("Task-4") {
		t.Fatalf("second run main task = %v (%v)", name, exc)
	}
}

// TestSleepZeroInterleave checks that sleep(0) yields exactly once and
// tasks first run on the next iteration, in creation order.
func TestSleepZeroInterleave(t *testing.T) {
	rt, _ := newTestRuntime(t)
	var log []string
	worker := func(name string, n int) *interp.Coroutine {
		var steps []seqStep
		for i := 0; i < n; i++ {
			steps = append(steps, func(interp.Value) (interp.Value, *interp.Exception) {
				log = append(log, fmt.Sprintf("%s%d", name, i))
				return awaitV(rt.sleep(interp.Int(0), interp.None)), nil
			})
		}
		return seq(name, steps...)
	}
	_, exc := rt.Run(seq("main",
		func(interp.Value) (interp.Value, *interp.Exception) {
			ev := rt.ev
			ev.newTask(worker("a", 3), nil)
			ev.newTask(worker("b", 2), nil)
			log = append(log, "main")
			return awaitV(rt.sleep(interp.Int(0), interp.None)), nil
		},
		func(interp.Value) (interp.Value, *interp.Exception) {
			log = append(log, "main2")
			return awaitV(rt.sleep(interp.Float(0.1), interp.None)), nil
		},
	))
	if exc != nil {
		t.Fatal(exc)
	}
	want := "main a0 b0 main2 a1 b1 a2"
	if got := strings.Join(log, " "); got != want {
		t.Fatalf("got %s\nwant %s", got, want)
	}
}

func TestGatherResultsAndCancel(t *testing.T) {
	rt, _ := newTestRuntime(t)
	res, exc := rt.Run(seq("main", func(interp.Value) (interp.Value, *interp.Exception) {
		outer, err := rt.ev.gather(nil, []interp.Value{
			rt.sleep(interp.Float(0.3), interp.Str("slow")),
			rt.sleep(interp.Float(0.1), interp.Str("fast")),
		}, false)
		if err != nil {
			return nil, err
		}
		return awaitV(outer), nil
	}))
	if exc != nil {
		t.Fatal(exc)
	}
	l, ok := res.(*interp.List)
	if !ok || len(l.Items) != 2 || l.Items[0] != interp.Str("slow") || l.Items[1] != interp.Str("fast") {
		t.Fatalf("gather = %#v", res)
	}

	// Cancelling the outer future cancels the children; awaiting it raises
	// CancelledError.
	var children []*Future
	_, exc = rt.Run(seq("main2", func(interp.Value) (interp.Value, *interp.Exception) {
		outer, err := rt.ev.gather(nil, []interp.Value{
			rt.sleep(interp.Float(10), interp.None),
			rt.sleep(interp.Float(10), interp.None),
		}, false)
		if err != nil {
			return nil, err
		}
		children = outer.gatherState().children
		ev := rt.ev
		ev.callLater(0.5, func() { outer.Cancel(interp.None) })
		return awaitV(outer), nil
	}))
	if exc == nil || exc.Class != CancelledError {
		t.Fatalf("want CancelledError, got %v", exc)
	}
	for i, c := range children {
		if !c.Cancelled() {
			t.Fatalf("child %d not cancelled", i)
		}
	}
}

func TestWaitForTimeoutCancelsInner(t *testing.T) {
	rt, _ := newTestRuntime(t)
	var inner *Task
	_, exc := rt.Run(seq("main",
		func(interp.Value) (interp.Value, *interp.Exception) {
			inner = rt.ev.newTask(rt.sleep(interp.Float(5), interp.None), nil)
			wf, err := rt.waitForFunc(nil, []interp.Value{inner, interp.Float(0.2)}, nil)
			if err != nil {
				return nil, err
			}
			return awaitV(wf), nil
		}))
	if exc == nil || exc.Class != interp.TimeoutError {
		t.Fatalf("want TimeoutError, got %v", exc)
	}
	if exc.Cause == nil || exc.Cause.Class != CancelledError {
		t.Fatalf("TimeoutError cause = %v", exc.Cause)
	}
	if !inner.Cancelled() {
		t.Fatal("inner task not cancelled")
	}
}

// TestLockFairness: N tasks contend on one Lock; they get it in FIFO order.
func TestLockFairness(t *testing.T) {
	rt, _ := newTestRuntime(t)
	const n = 2000
	lock := &Lock{cls: rt.classes().Lock}
	var order []int
	_, exc := rt.Run(seq("main", func(interp.Value) (interp.Value, *interp.Exception) {
		var ts []interp.Value
		for i := 0; i < n; i++ {
			ts = append(ts, rt.ev.newTask(seq("w",
				func(interp.Value) (interp.Value, *interp.Exception) { return awaitV(lock.acquireCoro(rt)), nil },
				func(interp.Value) (interp.Value, *interp.Exception) {
					order = append(order, i)
					return awaitV(rt.sleep(interp.Int(0), interp.None)), nil
				},
				func(interp.Value) (interp.Value, *interp.Exception) { return interp.None, lock.release() },
			), nil))
		}
		outer, err := rt.ev.gather(nil, ts, false)
		if err != nil {
			return nil, err
		}
		return awaitV(outer), nil
	}))
	if exc != nil {
		t.Fatal(exc)
	}
	if len(order) != n {
		t.Fatalf("%d acquisitions", len(order))
	}
	for i, v := range order {
		if v != i {
			t.Fatalf("order[%d] = %d", i, v)
		}
	}
}

// TestQueueOrder: producers and consumers on a bounded queue, FIFO.
func TestQueueOrder(t *testing.T) {
	rt, _ := newTestRuntime(t)
	q := newQueue(rt, rt.classes().Queue, 3)
	var got []interp.Value
	const n = 500
	_, exc := rt.Run(seq("main", func(interp.Value) (interp.Value, *interp.Exception) {
		var ts []interp.Value
		for i := 0; i < n; i++ {
			ts = append(ts, rt.ev.newTask(seq("put", func(interp.Value) (interp.Value, *interp.Exception) {
				return awaitV(q.putCoro(rt, interp.Int(i))), nil
			}), nil))
		}
		for i := 0; i < n; i++ {
			ts = append(ts, rt.ev.newTask(seq("get",
				func(interp.Value) (interp.Value, *interp.Exception) { return awaitV(q.getCoro(rt)), nil },
				func(v interp.Value) (interp.Value, *interp.Exception) { got = append(got, v); return interp.None, nil },
			), nil))
		}
		outer, err := rt.ev.gather(nil, ts, false)
		if err != nil {
			return nil, err
		}
		return awaitV(outer), nil
	}))
	if exc != nil {
		t.Fatal(exc)
	}
	for i, v := range got {
		if v != interp.Int(i) {
			t.Fatalf("got[%d] = %v", i, v)
		}
	}
	if len(got) != n || q.unfinished != n {
		t.Fatalf("len %d unfinished %d", len(got), q.unfinished)
	}
}

func TestRunCancelsRemainingTasks(t *testing.T) {
	rt, _ := newTestRuntime(t)
	var left *Task
	_, exc := rt.Run(seq("main", func(interp.Value) (interp.Value, *interp.Exception) {
		left = rt.ev.newTask(rt.sleep(interp.Float(100), interp.None), nil)
		return interp.None, nil
	}))
	if exc != nil {
		t.Fatal(exc)
	}
	if !left.Cancelled() {
		t.Fatal("leftover task not cancelled by asyncio.run")
	}
}

func TestTaskExceptionNeverRetrieved(t *testing.T) {
	rt, errBuf := newTestRuntime(t)
	_, exc := rt.Run(seq("main",
		func(interp.Value) (interp.Value, *interp.Exception) {
			rt.ev.newTask(seq("boom", func(interp.Value) (interp.Value, *interp.Exception) {
				return nil, interp.Errorf(interp.ValueError, "boom")
			}), nil)
			return awaitV(rt.sleep(interp.Float(0.1), interp.None)), nil
		}))
	if exc != nil {
		t.Fatal(exc)
	}
	s := errBuf.String()
	if !strings.HasPrefix(s, "Task exception was never retrieved\nfuture: <Task finished name='Task-2' coro=<boom()> exception=") ||
		!strings.HasSuffix(s, "ValueError: boom\n") {
		t.Fatalf("stderr:\n%s", s)
	}
}
