package asyncio

// This file defines TaskGroup (taskgroups.py): tasks created in the group
// are awaited by __aexit__; the first error cancels the rest and the
// parent; errors are raised together as an ExceptionGroup.

import (
	"github.com/asyncscript/asyncscript/interp"
	"strconv"
)

// TaskGroup is asyncio.TaskGroup.
type TaskGroup struct {
	cls                        *interp.Class
	entered, exiting, aborting bool
	ev                         *EventLoop
	parent                     *Task
	parentCancelRequested      bool
	tasks                      []*Task // creation order (CPython: a set)
	errors                     []*interp.Exception
	errorsCleared              bool
	baseError                  *interp.Exception
	onCompleted                *Future
}

func (g *TaskGroup) Type() *interp.Class { return g.cls }

func (g *TaskGroup) Repr(f *interp.Fiber) (string, *interp.Exception) {
	s := "<TaskGroup"
	if len(g.tasks) > 0 {
		s += " tasks=" + strconv.Itoa(len(g.tasks))
	}
	if len(g.errors) > 0 {
		s += " errors=" + strconv.Itoa(len(g.errors))
	}
	if g.aborting {
		s += " cancelling"
	} else if g.entered {
		s += " entered"
	}
	return s + ">", nil
}

func isBaseError(e *interp.Exception) bool {
	return e.Matches(interp.SystemExit) || e.Matches(interp.KeyboardInterrupt)
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range append([]*Task(nil), g.tasks...) {
		if !t.Done() {
			t.Cancel(interp.None)
		}
	}
}

func (g *TaskGroup) onTaskDone(fut *Future) {
	t := fut.asTask()
	if g.parent != nil {
		fut.discardAwaitedBy(g.parent) // 3.14 (graph.go)
	}
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			break
		}
	}
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.Done() {
		g.onCompleted.SetResult(interp.True)
	}
	if t.Cancelled() {
		return
	}
	exc, _ := t.getException()
	if exc == nil {
		return
	}
	g.errors = append(g.errors, exc)
	if isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.Done() {
		th := g.ev.rt.thread()
		g.ev.logError("Task "+mustRepr(th, t)+" has errored out but its parent task "+mustRepr(th, g.parent)+" is already completed", exc)
		return
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.Cancel(interp.None)
	}
}

func (g *TaskGroup) createTask(f *interp.Fiber, coro interp.Value, name interp.Value) (interp.Value, *interp.Exception) {
	if !g.entered {
		return nil, interp.Errorf(interp.RuntimeError, "TaskGroup %s has not been entered", mustRepr(f, g))
	}
	if g.exiting && len(g.tasks) == 0 {
		return nil, interp.Errorf(interp.RuntimeError, "TaskGroup %s is finished", mustRepr(f, g))
	}
	if g.aborting {
		return nil, interp.Errorf(interp.RuntimeError, "TaskGroup %s is shutting down", mustRepr(f, g))
	}
	c, obj, ok, err := coroutineOf(f, coro)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "a coroutine was expected, got %s", mustRepr(f, coro))
	}
	if err := g.ev.checkClosed(); err != nil {
		return nil, err
	}
	t := g.ev.newTask(c, nil)
	t.setCoroObj(obj)
	if name != nil && name != interp.None {
		s, err := strOf(f, name)
		if err != nil {
			return nil, err
		}
		t.setName(interp.Str(s))
	}
	if g.parent != nil {
		t.addAwaitedBy(g.parent) // 3.14 (graph.go)
	}
	t.AddDoneCallback(g.onTaskDone, func() string {
		return "TaskGroup._on_task_done() at " + cpythonAsyncio + "taskgroups.py:196"
	})
	g.tasks = append(g.tasks, t)
	return t, nil
}

func (g *TaskGroup) aexit(et, excV interp.Value) *interp.Coroutine {
	var propagate *interp.Exception
	started := false
	exc, _ := excV.(*interp.Exception)
	return newCoro("TaskGroup.__aexit__", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if !started {
			started = true
			g.exiting = true
			if exc != nil && isBaseError(exc) && g.baseError == nil {
				g.baseError = exc
			}
			if et == interp.Value(CancelledError) {
				propagate = exc
			}
			if g.parentCancelRequested {
				if g.parent.uncancel() == 0 {
					propagate = nil
				}
			}
			if et != nil && et != interp.None && !g.aborting {
				g.abort()
			}
		} else {
			_, y, pending, e := awaitFut(g.onCompleted, send, throw)
			if pending {
				return nil, y, false, nil
			}
			if e != nil {
				if !e.Matches(CancelledError) {
					return nil, nil, false, e
				}
				if !g.aborting {
					propagate = e
					g.abort()
				}
			}
			g.onCompleted = nil
		}
		for len(g.tasks) > 0 {
			if g.onCompleted == nil {
				g.onCompleted = NewFuture(g.ev)
			}
			_, y, pending, e := awaitFut(g.onCompleted, interp.None, nil)
			if pending {
				return nil, y, false, nil
			}
			if e != nil && e.Matches(CancelledError) && !g.aborting {
				propagate = e
				g.abort()
			}
			g.onCompleted = nil
		}
		if g.baseError != nil {
			return nil, nil, false, g.baseError
		}
		if propagate != nil && len(g.errors) == 0 {
			return nil, nil, false, propagate
		}
		if et != nil && et != interp.None && et != interp.Value(CancelledError) && exc != nil {
			g.errors = append(g.errors, exc)
		}
		if len(g.errors) > 0 {
			errs := g.errors
			g.errors = nil
			return nil, nil, false, newExceptionGroup("unhandled errors in a TaskGroup", errs)
		}
		return interp.None, nil, true, nil
	})
}

// newExceptionGroup is BaseExceptionGroup(msg, errs): an ExceptionGroup
// when every member is an Exception.
func newExceptionGroup(msg string, errs []*interp.Exception) *interp.Exception {
	cls := interp.ExceptionGroup
	items := make([]interp.Value, len(errs))
	for i, e := range errs {
		items[i] = e
		if !e.Matches(interp.Exception_) {
			cls = interp.BaseExceptionGroup
		}
	}
	e := interp.NewException(cls, interp.Str(msg), &interp.List{Items: items})
	e.Message = msg
	e.Exceptions = append([]*interp.Exception(nil), errs...)
	e.SuppressContext = true
	return e
}

func taskGroupMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"__aenter__": noArgs("TaskGroup", "__aenter__", func(f *interp.Fiber, g *TaskGroup) (interp.Value, *interp.Exception) {
			rt := Get(f.VM)
			return newCoro("TaskGroup.__aenter__", func(f *interp.Fiber, _ interp.Value, _ *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if g.entered {
					return nil, nil, false, interp.Errorf(interp.RuntimeError, "TaskGroup %s has already been entered", mustRepr(f, g))
				}
				if g.ev == nil {
					ev, err := rt.runningLoop()
					if err != nil {
						return nil, nil, false, err
					}
					g.ev = ev
				}
				g.parent = g.ev.current
				if g.parent == nil {
					return nil, nil, false, interp.Errorf(interp.RuntimeError, "TaskGroup %s cannot determine the parent task", mustRepr(f, g))
				}
				g.entered = true
				return g, nil, true, nil
			}), nil
		}),
		"__aexit__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			g, err := selfAs[*TaskGroup](args, "TaskGroup")
			if err != nil {
				return nil, err
			}
			var recv, et, ev, tb interp.Value
			if err := interp.UnpackArgsPy("TaskGroup.__aexit__", args, kw, "self", &recv, "et", &et, "exc", &ev, "tb", &tb); err != nil {
				return nil, err
			}
			return g.aexit(et, ev), nil
		},
		"create_task": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			g, err := selfAs[*TaskGroup](args, "TaskGroup")
			if err != nil {
				return nil, err
			}
			var recv, coro, name, ctx interp.Value
			if err := interp.UnpackArgsPy("TaskGroup.create_task", args, kw, "self", &recv, "coro", &coro, "*", "name?", &name, "context?", &ctx); err != nil {
				return nil, err
			}
			return g.createTask(f, coro, name)
		},
		"__repr__": reprMethod,
	}
}
