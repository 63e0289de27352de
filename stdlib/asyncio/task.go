package asyncio

// This file defines Task, mirroring tasks.Task: a Future driving a
// coroutine on a Fiber. step is Task.__step, wakeup is Task.__wakeup.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/contextvars"
	"math"
	"strconv"
)

// Task runs a coroutine on the loop.
//
// A pending task is most of what a program with many of them holds, so
// Task stays in Go's 160-byte size class (size_internal_test.go): its name
// is kept as the number N of "Task-N" and formatted when asked (a name
// given or set is in futRare), the done callback by which it waits
// for a future is its future's wakeFirst flag, not an allocation per
// await, and the future it waits for is kept in its result slot (waiter).
type Task struct {
	Future
	// fiber runs the task's coroutine (fiber.Coroutine()); it is embedded
	// (interp.VM.InitFiber) to save a pending task an allocation.
	fiber      interp.Fiber
	numCancels int32
	// nameNum is N of the default name "Task-N" (while rare.taskName is
	// nil; a task made past 2^32 has its name set at once).
	nameNum uint32

	// ctx is the context each step runs in (contextvars.go).
	ctx *contextvars.Context
}

// waiter is _fut_waiter, the future t waits for, nil if none. A pending
// task's result slot is otherwise unused (only the step that finishes the
// task sets it, after clearing the waiter, and every reader of a result
// first checks that the future is done), so it holds the waiter, which
// saves every Task a word. A finished task has no waiter.
func (t *Task) waiter() *Future {
	if t.state != statePending {
		return nil
	}
	w, _ := t.result.(*Future)
	return w
}

// setWaiter sets _fut_waiter (nil: none); t is pending.
func (t *Task) setWaiter(w *Future) {
	if w == nil {
		t.result = nil // not a nil *Future in the interface
		return
	}
	t.result = w
}

// newTask is Task.__init__: name the task, schedule its first step and
// register it.
func (ev *EventLoop) newTask(coro *interp.Coroutine, name interp.Value) *Task {
	t := &Task{}
	t.Future = Future{loop: ev, isTask: true}
	if name == nil || name == interp.None {
		ev.rt.taskCounter++
		if n := ev.rt.taskCounter; n <= math.MaxUint32 {
			t.nameNum = uint32(n)
		} else {
			t.setName(interp.Str("Task-" + strconv.Itoa(n)))
		}
	} else {
		t.setName(name)
	}
	if ev.rt.cv.Used {
		t.ctx = ev.rt.cv.CopyCurrent()
	}
	ev.rt.vm.InitFiber(&t.fiber, coro)
	ev.l.SoonRun((*taskStep)(t))
	ev.registerTask(t)
	if ev.rt.tracer != nil {
		ev.traceCreate(t)
	}
	return t
}

func (t *Task) Type() *interp.Class { return t.Future.Type() }

// Name returns the task's name (get_name()). The default name is
// formatted on first use and then kept, so that it is one str object.
func (t *Task) Name() interp.Value {
	if r := t.rare; r != nil && r.taskName != nil {
		return r.taskName
	}
	var buf [32]byte
	name := interp.Str(strconv.AppendUint(append(buf[:0], "Task-"...), uint64(t.nameNum), 10))
	t.more().taskName = name
	return name
}

// setName sets the task's name (a str).
func (t *Task) setName(name interp.Value) { t.more().taskName = name }

// Coro returns the task's coroutine.
func (t *Task) Coro() *interp.Coroutine { return t.fiber.Coroutine() }

// cancel is Task.cancel.
func (t *Task) cancel(msg interp.Value) bool {
	t.logTB = false
	if t.Done() {
		return false
	}
	t.numCancels++
	if w := t.waiter(); w != nil {
		if w.Cancel(msg) {
			return true
		}
	}
	t.mustCancel = true
	t.more().cancelMsg = msg
	return true
}

// uncancel is Task.uncancel: one cancellation request fewer; it returns
// how many remain.
func (t *Task) uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return int(t.numCancels)
}

// step is Task.__step.
func (t *Task) step(exc *interp.Exception) {
	ev := t.loop
	if t.Done() {
		ev.logError("_step(): already done", nil)
		return
	}
	if t.mustCancel {
		if exc == nil || !exc.Matches(CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.setWaiter(nil)

	ev.current = t
	prev := ev.rt.cur
	ev.rt.cur = &t.fiber
	if ev.rt.tracer != nil {
		ev.traceRun(t)
	}
	var out interp.Outcome
	if cv := ev.rt.cv; cv.Used {
		out = t.resumeInContext(cv, exc)
	} else {
		out = t.fiber.Resume(interp.None, exc)
	}
	ev.rt.cur = prev

	switch out.Kind {
	case interp.Returned:
		if t.mustCancel {
			t.mustCancel = false
			t.futCancel(t.cancelMsg())
		} else {
			v := out.Value
			if v == nil {
				v = interp.None
			}
			t.SetResult(v)
		}
	case interp.Raised:
		e := out.Exc
		switch {
		case e.Matches(CancelledError):
			t.more().cancelledExc = e
			t.futCancel(interp.None)
		case e.Matches(interp.KeyboardInterrupt) || e.Matches(interp.SystemExit):
			t.SetException(e)
			ev.fatal(e)
		default:
			t.SetException(e)
		}
	case interp.Yielded:
		t.handleYield(out.Value)
	}
	if ev.rt.tracer != nil {
		ev.traceStop(t)
	}
	ev.current = nil
}

func (t *Task) handleYield(result interp.Value) {
	ev := t.loop
	if fut := asFuture(result); fut != nil {
		switch {
		case fut.loop != ev:
			r1, _ := reprOf(t.loop.rt.thread(), t)
			r2, _ := reprOf(t.loop.rt.thread(), result)
			e := interp.Errorf(interp.RuntimeError, "Task %s got Future %s attached to a different loop", r1, r2)
			ev.l.Soon(func() { t.step(e) })
		case fut.blocking:
			if fut == &t.Future {
				r, _ := reprOf(t.loop.rt.thread(), t)
				e := interp.Errorf(interp.RuntimeError, "Task cannot await on itself: %s", r)
				ev.l.Soon(func() { t.step(e) })
				return
			}
			fut.addAwaitedBy(t)
			fut.blocking = false
			fut.addWakeup(t)
			t.setWaiter(fut)
			if t.mustCancel {
				if fut.Cancel(t.cancelMsg()) {
					t.mustCancel = false
				}
			}
		default:
			r1, _ := reprOf(t.loop.rt.thread(), t)
			r2, _ := reprOf(t.loop.rt.thread(), result)
			e := interp.Errorf(interp.RuntimeError, "yield was used instead of yield from in task %s with %s", r1, r2)
			ev.l.Soon(func() { t.step(e) })
		}
		return
	}
	if result == nil || result == interp.None {
		ev.l.SoonRun((*taskStep)(t))
		return
	}
	r, _ := reprOf(t.loop.rt.thread(), result)
	e := interp.Errorf(interp.RuntimeError, "Task got bad yield: %s", r)
	ev.l.Soon(func() { t.step(e) })
}

// taskStep is a Task as the loop.Runner of its next step, step(nil): a
// task schedules itself without allocating a closure.
type taskStep Task

func (s *taskStep) Run() { (*Task)(s).step(nil) }

// taskWakeup is a Task as the loop.Runner of its wakeup by the future it
// waits for, t.waiter(): scheduleCallback uses it when the future done
// is that one, which stays so until the wakeup runs (only a step clears
// or changes the waiter, and a waiting task's one scheduled step is this
// wakeup).
type taskWakeup Task

func (w *taskWakeup) Run() {
	t := (*Task)(w)
	t.wakeup(t.waiter())
}

// wakeup is Task.__wakeup.
func (t *Task) wakeup(fut *Future) {
	fut.discardAwaitedBy(t)
	if t.loop.rt.tracer != nil {
		t.traceWake(fut)
	}
	if _, err := fut.getResult(); err != nil {
		t.step(err)
		return
	}
	t.step(nil)
}

func taskWakeupRepr() string { return "Task.task_wakeup()" }

func taskSelf(name string, args []interp.Value) (*Task, *interp.Exception) {
	if len(args) > 0 {
		if t, ok := args[0].(*Task); ok {
			return t, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_asyncio.Task' object", name)
}

func taskMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"get_name": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := taskSelf("get_name", args)
			if err != nil {
				return nil, err
			}
			return t.Name(), nil
		},
		"set_name": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := taskSelf("set_name", args)
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("Task.set_name", args[1:], kw, 1); err != nil {
				return nil, err
			}
			s, err := strOf(f, args[1])
			if err != nil {
				return nil, err
			}
			t.setName(interp.Str(s))
			return interp.None, nil
		},
		"get_coro": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := taskSelf("get_coro", args)
			if err != nil {
				return nil, err
			}
			if obj := t.coroObj(); obj != nil {
				return obj, nil
			}
			return t.Coro(), nil
		},
		"cancelling": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := taskSelf("cancelling", args)
			if err != nil {
				return nil, err
			}
			return interp.Int(t.numCancels), nil
		},
		"uncancel": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := taskSelf("uncancel", args)
			if err != nil {
				return nil, err
			}
			return interp.Int(t.uncancel()), nil
		},
		"get_stack": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return &interp.List{}, nil
		},
	}
}

// Repr is repr(task): <Task pending name='Task-2' coro=<f() running at x.as:3>>.
func (t *Task) Repr(f *interp.Fiber) (string, *interp.Exception) {
	info, err := t.reprInfo(f)
	if err != nil {
		return "", err
	}
	if t.numCancels > 0 && !t.Done() {
		info[0] = "cancelling"
	}
	name, err := reprOf(f, t.Name())
	if err != nil {
		return "", err
	}
	coro := formatCoro(t.Coro())
	if obj := t.coroObj(); obj != nil {
		coro = formatCoroObject(f, obj)
	}
	extra := []string{"name=" + name, "coro=<" + coro + ">"}
	if fw := t.waiter(); fw != nil {
		w, err := reprOf(f, fw.value())
		if err != nil {
			return "", err
		}
		extra = append(extra, "wait_for="+w)
	}
	out := append([]string{info[0]}, extra...)
	out = append(out, info[1:]...)
	return "<" + t.Type().Name + " " + joinInfo(out) + ">", nil
}
