package asyncio

// This file declares asyncio's classes and exception types and installs
// their methods and constructors.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

func excClass(name, module string, base *interp.Class) *interp.Class {
	c := interp.NewClass(name, base, nil)
	c.Module = module
	c.BuiltinType = true
	return c
}

// Exception classes (asyncio.exceptions, asyncio.queues).
var (
	CancelledError      = excClass("CancelledError", "asyncio.exceptions", interp.BaseException)
	InvalidStateError   = excClass("InvalidStateError", "asyncio.exceptions", interp.Exception_)
	QueueEmpty          = excClass("QueueEmpty", "asyncio.queues", interp.Exception_)
	QueueFull           = excClass("QueueFull", "asyncio.queues", interp.Exception_)
	IncompleteReadError = withNew(excClass("IncompleteReadError", "asyncio.exceptions", interp.EOFError), newIncompleteReadErrorObj)
	LimitOverrunError   = withNew(excClass("LimitOverrunError", "asyncio.exceptions", interp.Exception_), newLimitOverrunErrorObj)
)

// classes are asyncio's classes for one Runtime, hence one VM. Most are
// written in Python in CPython, so a program may change them (set
// attributes on asyncio.Lock), so each VM builds its own, on first use
// (Runtime.classes), and an object finds its class through its loop or
// runtime, or keeps the class it was made with. Future and Task (C types,
// NewType) are immutable, as in CPython.
type classes struct {
	Future, Task, GatheringFuture, EventLoop, Handle, TimerHandle *interp.Class
	Queue, LifoQueue, PriorityQueue                               *interp.Class
	Lock, Event, Condition, Semaphore, BoundedSemaphore           *interp.Class
	TaskGroup, Timeout                                            *interp.Class
	Barrier, ChildWatcher                                         *interp.Class
	streams                                                       *streamClasses // streams_module.go
	// graph.go's Python-visible stand-ins
	FutureCallGraph, FrameCallGraphEntry, frame, code *interp.Class
}

// classes returns the runtime's classes, building them on first use
// (import asyncio, or a loop made by asyncio.run or top-level await), not
// when the Session starts, which every program's start-up would pay for.
func (rt *Runtime) classes() *classes {
	if rt.cls == nil {
		rt.cls = newClasses()
	}
	return rt.cls
}

// export sets the classes asyncio's namespace shows on m.
func (c *classes) export(m *interp.Module) {
	for name, cls := range map[string]*interp.Class{
		"Future": c.Future, "Task": c.Task, "Handle": c.Handle, "TimerHandle": c.TimerHandle,
		"Queue": c.Queue, "LifoQueue": c.LifoQueue, "PriorityQueue": c.PriorityQueue,
		"Lock": c.Lock, "Event": c.Event, "Condition": c.Condition,
		"Semaphore": c.Semaphore, "BoundedSemaphore": c.BoundedSemaphore,
		"TaskGroup": c.TaskGroup, "Timeout": c.Timeout,
		"AbstractEventLoop": c.EventLoop,
		"FutureCallGraph":   c.FutureCallGraph, "FrameCallGraphEntry": c.FrameCallGraphEntry,
	} {
		m.Set(name, cls)
	}
}

// newClasses makes asyncio's classes and installs their methods and
// constructors.
func newClasses() *classes {
	c := &classes{}
	c.Future = native.NewType("Future", "_asyncio", nil, futureMethods())
	c.Task = native.NewType("Task", "_asyncio", c.Future, taskMethods())
	c.GatheringFuture = native.NewPyClass("_GatheringFuture", "asyncio.tasks", c.Future, nil)
	c.EventLoop = native.NewPyClass("_UnixSelectorEventLoop", "asyncio.unix_events", nil, loopMethods())
	c.EventLoop.AddMethods(signalMethods())
	c.EventLoop.AddMethods(exceptionHandlerMethods())
	c.Future.AddMethods(futureAwaitMethods())
	c.streams = newStreamClasses(c.EventLoop)
	c.Barrier = newBarrierClass()
	c.ChildWatcher = newChildWatcherClass()
	c.Handle = native.NewPyClass("Handle", "asyncio.events", nil, handleMethods())
	c.TimerHandle = native.NewPyClass("TimerHandle", "asyncio.events", c.Handle, nil)
	c.Queue = native.NewPyClass("Queue", "asyncio.queues", nil, queueMethods())
	c.LifoQueue = native.NewPyClass("LifoQueue", "asyncio.queues", c.Queue, nil)
	c.PriorityQueue = native.NewPyClass("PriorityQueue", "asyncio.queues", c.Queue, nil)
	c.Lock = native.NewPyClass("Lock", "asyncio.locks", nil, lockMethods())
	c.Event = native.NewPyClass("Event", "asyncio.locks", nil, eventMethods())
	c.Condition = native.NewPyClass("Condition", "asyncio.locks", nil, conditionMethods())
	c.Semaphore = native.NewPyClass("Semaphore", "asyncio.locks", nil, semaphoreMethods())
	c.BoundedSemaphore = native.NewPyClass("BoundedSemaphore", "asyncio.locks", c.Semaphore, nil)
	c.TaskGroup = native.NewPyClass("TaskGroup", "asyncio.taskgroups", nil, taskGroupMethods())
	c.Timeout = native.NewPyClass("Timeout", "asyncio.timeouts", nil, timeoutMethods())
	c.FutureCallGraph = native.NewPyClass("FutureCallGraph", "asyncio.graph", nil, nil)
	c.FrameCallGraphEntry = native.NewPyClass("FrameCallGraphEntry", "asyncio.graph", nil, nil)
	c.frame = native.NewType("frame", "builtins", nil, nil)
	c.code = native.NewType("code", "builtins", nil, nil)

	c.Future.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var lp interp.Value
		if err := interp.UnpackArgs("Future", args, kw, "*", "loop?", &lp); err != nil {
			return nil, err
		}
		ev, ok := lp.(*EventLoop)
		if !ok {
			ev = Get(f.VM).getEventLoop()
		}
		fut := NewFuture(ev)
		if cls != fut.Type() {
			fut.more().cls = cls
		}
		return fut, nil
	}
	c.Task.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var coro, lp, name, ctx interp.Value
		if err := interp.UnpackArgs("Task", args, kw, "coro", &coro, "*", "loop?", &lp, "name?", &name, "context?", &ctx); err != nil {
			return nil, err
		}
		ev, ok := lp.(*EventLoop)
		if !ok {
			var err *interp.Exception
			if ev, err = Get(f.VM).runningLoop(); err != nil {
				return nil, err
			}
		}
		c, obj, ok, err := coroutineOf(f, coro)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "a coroutine was expected, got %s", mustRepr(f, coro))
		}
		if name != nil && name != interp.None {
			s, err := strOf(f, name)
			if err != nil {
				return nil, err
			}
			name = interp.Str(s)
		}
		t := ev.newTask(c, name)
		t.setCoroObj(obj)
		if cls != t.Type() {
			t.more().cls = cls
		}
		return t, nil
	}
	c.Queue.New = newQueueFunc
	c.Lock.New = newLockFunc
	c.Event.New = newEventFunc
	c.Semaphore.New = newSemaphoreFunc
	c.Condition.New = newConditionFunc
	c.TaskGroup.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.UnpackArgsPy("TaskGroup.__init__", withSelf(cls, args), kw, "self", new(interp.Value)); err != nil {
			return nil, err
		}
		return &TaskGroup{cls: cls}, nil
	}
	native.SetGetattr(c.Queue, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		q, ok := self.(*Queue)
		if !ok {
			return nil, false, nil
		}
		switch name {
		case "maxsize":
			return q.maxsizeV, true, nil
		case "_unfinished_tasks":
			return interp.Int(q.unfinished), true, nil
		case "_queue":
			return &interp.List{Items: append([]interp.Value(nil), q.items[q.head:]...)}, true, nil
		}
		return nil, false, nil
	})
	native.SetGetattr(c.Semaphore, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		if s, ok := self.(*Semaphore); ok && name == "_value" {
			return interp.Int(s.value), true, nil
		}
		return nil, false, nil
	})
	return c
}

// withSelf returns args preceded by a stand-in for the receiver, for
// binding the arguments of a class whose CPython __init__ is written in
// Python: its messages count self ("Lock.__init__() takes 1 positional
// argument but 2 were given").
func withSelf(cls *interp.Class, args []interp.Value) []interp.Value {
	return append([]interp.Value{cls}, args...)
}
