package asyncio

// This file connects the scheduler to a tracing.Recorder (--trace,
// --trace-file, --timeline). Tracing is off unless Runtime.SetTracer was
// called; the scheduler then pays one nil test per hook. With a recorder,
// the hooks only read the state of tasks and format it without running
// interpreted code (no user __repr__ is called), so tracing never changes
// what a program does or the order in which its tasks run.
//
// The hooks, and where they are called:
//
//   - traceCreate: Task creation (newTask).
//   - traceRun / traceStop: around each Task step (Task.step).
//   - traceWake: Task.wakeup, to remember what woke the task.
//   - traceComplete: when a future completes (scheduleCallbacks): who
//     completed it (the running task, or the task whose completion ran
//     the callback that did) and when it became ready.
//   - runCaused: runs a done callback remembering which task caused it,
//     so that gather's outer future, completed from a child's callback,
//     is known to be completed by that child.
//   - traceSleep: asyncio.sleep's future gets its label and deadline.
//   - traceThread: the future of to_thread / run_in_executor work gets
//     a label naming the function.

import (
	"strconv"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/tracing"
)

// SetTracer makes every loop of this runtime report its task events to
// rec; nil turns tracing off.
func (rt *Runtime) SetTracer(rec *tracing.Recorder) { rt.tracer = rec }

// taskTrace is what the tracer keeps per task.
type taskTrace struct {
	id      int           // serial in the recorder
	started bool          // its first step has begun
	wokenBy *Task         // the task whose completion woke it, if any
	ready   time.Duration // when it became ready to run again
}

// futTrace is what the tracer keeps per future.
type futTrace struct {
	what   string        // label of the wait, e.g. sleep(2); "" to derive it
	due    time.Duration // sleep's deadline; 0 if none
	doneBy *Task
	doneAt time.Duration
}

func (ev *EventLoop) record(t *Task, kind tracing.Kind, detail string, peer int, ready time.Duration) {
	rec := ev.rt.tracer
	rec.Add(ev.l, tracing.Event{Time: ev.l.Time(), Kind: kind, Task: t.trace().id, Name: plainStr(t.Name()),
		Detail: detail, Peer: peer, Ready: ready})
}

// traceCreate registers a new task. The two tasks asyncio.run makes while
// shutting down (shutdown_asyncgens, shutdown_default_executor) are left
// out: they are the runner's bookkeeping, not the program's work.
func (ev *EventLoop) traceCreate(t *Task) {
	if t.Coro().Native() && strings.HasPrefix(t.Coro().Name(), "BaseEventLoop.") {
		return
	}
	t.more().taskTr = &taskTrace{id: ev.rt.tracer.NewTask(plainStr(t.Name())), ready: ev.l.Time()}
	parent := 0
	if ev.current != nil && ev.current.trace() != nil {
		parent = ev.current.trace().id
	}
	ev.record(t, tracing.Create, coroCall(t.Coro()), parent, 0)
}

// traceRun reports the beginning of a step.
func (ev *EventLoop) traceRun(t *Task) {
	tr := t.trace()
	if tr == nil {
		return
	}
	if !tr.started {
		tr.started = true
		ev.record(t, tracing.Start, coroCall(t.Coro()), 0, 0)
		return
	}
	peer := 0
	if w := tr.wokenBy; w != nil && w.trace() != nil && w != t {
		peer = w.trace().id
	}
	ev.record(t, tracing.Resume, "", peer, tr.ready)
	tr.wokenBy = nil
}

// traceStop reports how a step ended: suspended on something, or finished.
func (ev *EventLoop) traceStop(t *Task) {
	tr := t.trace()
	if tr == nil {
		return
	}
	switch {
	case t.Cancelled():
		ev.record(t, tracing.Cancelled, "", 0, 0)
	case t.Done():
		if t.exc != nil {
			ev.record(t, tracing.Failed, excText(t.exc), 0, 0)
		} else {
			ev.record(t, tracing.Done, safeRepr(t.result), 0, 0)
		}
	case t.waiter() != nil:
		what, peer := waitLabel(t)
		ev.record(t, tracing.Await, what, peer, 0)
	default:
		// a bare yield (sleep(0)) or an error sent back: ready at once
		tr.ready = ev.l.Time()
		tr.wokenBy = nil
		what := "yield"
		if top := t.fiber.TopFrame(); top != nil {
			if c, ok := top.Awaiting().(*interp.Coroutine); ok && c.Native() && c.Name() == "sleep" {
				what = "sleep(0)"
			}
		}
		ev.record(t, tracing.Await, what, 0, 0)
	}
}

// traceWake notes what woke t (fut, which it awaited, has completed).
func (t *Task) traceWake(fut *Future) {
	if t.trace() == nil {
		return
	}
	t.trace().wokenBy, t.trace().ready = nil, t.loop.l.Time()
	if ft := fut.trace(); ft != nil {
		t.trace().wokenBy, t.trace().ready = ft.doneBy, ft.doneAt
	}
}

// traceComplete notes who completed fut and when it became ready.
func (ev *EventLoop) traceComplete(fut *Future) {
	ft := fut.trace()
	if ft == nil {
		ft = &futTrace{}
		fut.more().tr = ft
	}
	ft.doneBy = ev.current
	if ft.doneBy == nil {
		ft.doneBy = ev.cause
	}
	ft.doneAt = ev.l.Time()
	if ft.due != 0 && ft.due < ft.doneAt {
		ft.doneAt = ft.due // the timer was due earlier than the loop got to it
	}
}

// runCaused runs the done callback fn of fut with fut's completer as the
// cause of whatever fn completes.
func (ev *EventLoop) runCaused(fut *Future, fn func(*Future)) {
	prev := ev.cause
	if ft := fut.trace(); ft != nil {
		ev.cause = ft.doneBy
	}
	fn(fut)
	ev.cause = prev
}

// traceSleep labels sleep's future and records its deadline.
func traceSleep(fut *Future, delay interp.Value) {
	fut.more().tr = &futTrace{what: "sleep(" + safeRepr(delay) + ")"}
}

// traceThread labels the future of work sent to a thread:
// thread work() for to_thread(work) or run_in_executor(None, work).
func traceThread(fut *Future, fn interp.Value) {
	name := interp.TypeName(fn)
	switch x := fn.(type) {
	case *interp.Function:
		name = x.Name
	case *interp.BoundMethod:
		if f, ok := x.Func.(*interp.Function); ok {
			name = f.Name
		}
	case *interp.Builtin:
		name = x.Name
	}
	fut.more().tr = &futTrace{what: "thread " + name + "()"}
}

// waitLabel says what a suspended task waits on, and the awaited task's
// serial if it is a task.
func waitLabel(t *Task) (string, int) {
	fut := t.waiter()
	if ft := fut.trace(); ft != nil && ft.what != "" {
		return ft.what, 0
	}
	if ft := fut.asTask(); ft != nil {
		peer := 0
		if ft.trace() != nil {
			peer = ft.trace().id
		}
		return plainStr(ft.Name()), peer
	}
	if top := t.fiber.TopFrame(); top != nil {
		if c, ok := top.Awaiting().(*interp.Coroutine); ok && c.Native() {
			return c.Name() + "()", 0
		}
	} else if t.Coro().Native() { // a task made of asyncio's own coroutine
		return t.Coro().Name() + "()", 0
	}
	if g := fut.gatherState(); g != nil {
		return "gather(" + strconv.Itoa(len(g.children)) + ")", 0
	}
	return "Future", 0
}

// coroCall shows a coroutine as the call that made it: say('First', 2).
func coroCall(c *interp.Coroutine) string {
	name := c.QualName()
	fr := c.Frame()
	if fr == nil || fr.Started() {
		return name + "()"
	}
	args := fr.Args()
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = safeRepr(a)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

// safeRepr is repr(v) for values whose repr runs no interpreted code
// (numbers, strings, None, booleans, and tuples and lists of them), and
// <type object> for the rest; long texts are cut as reprlib does.
func safeRepr(v interp.Value) string {
	s := safeReprDepth(v, 0)
	if len(s) > 60 {
		s = s[:27] + "..." + s[len(s)-27:]
	}
	return s
}

func safeReprDepth(v interp.Value, depth int) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case interp.Str, interp.Int, *interp.BigInt, interp.Float, interp.Bool, interp.NoneType:
		if s, err := interp.Repr(nil, v); err == nil {
			return s
		}
	case interp.Tuple:
		if depth < 2 && len(x) <= 8 {
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = safeReprDepth(e, depth+1)
			}
			if len(x) == 1 {
				return "(" + parts[0] + ",)"
			}
			return "(" + strings.Join(parts, ", ") + ")"
		}
	case *interp.List:
		if depth < 2 && len(x.Items) <= 8 {
			parts := make([]string, len(x.Items))
			for i, e := range x.Items {
				parts[i] = safeReprDepth(e, depth+1)
			}
			return "[" + strings.Join(parts, ", ") + "]"
		}
	case *interp.Exception:
		return excText(x)
	case *Task:
		return "<Task " + plainStr(x.Name()) + ">"
	}
	return "<" + interp.TypeName(v) + " object>"
}

// excText shows an exception as its repr would: ValueError('boom').
func excText(e *interp.Exception) string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = safeReprDepth(a, 1)
	}
	return e.Class.Name + "(" + strings.Join(parts, ", ") + ")"
}

// plainStr is the text of a str value (a task name), or its safe repr.
func plainStr(v interp.Value) string {
	if s, ok := v.(interp.Str); ok {
		return string(s)
	}
	return safeRepr(v)
}
