package asyncio

// This file declares asyncio's classes and exception types and installs
// their methods and constructors.

import (
	"sync"

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
	IncompleteReadError = excClass("IncompleteReadError", "asyncio.exceptions", interp.EOFError)
	LimitOverrunError   = excClass("LimitOverrunError", "asyncio.exceptions", interp.Exception_)
)

// Classes of asyncio objects.
var (
	FutureClass           = native.NewType("Future", "_asyncio", nil, nil)
	TaskClass             = native.NewType("Task", "_asyncio", FutureClass, nil)
	GatheringFutureClass  = native.NewType("_GatheringFuture", "asyncio.tasks", FutureClass, nil)
	EventLoopClass        = native.NewType("_UnixSelectorEventLoop", "asyncio.unix_events", nil, nil)
	HandleClass           = native.NewType("Handle", "asyncio.events", nil, nil)
	TimerHandleClass      = native.NewType("TimerHandle", "asyncio.events", HandleClass, nil)
	QueueClass            = native.NewType("Queue", "asyncio.queues", nil, nil)
	LifoQueueClass        = native.NewType("LifoQueue", "asyncio.queues", QueueClass, nil)
	PriorityQueueClass    = native.NewType("PriorityQueue", "asyncio.queues", QueueClass, nil)
	LockClass             = native.NewType("Lock", "asyncio.locks", nil, nil)
	EventClass            = native.NewType("Event", "asyncio.locks", nil, nil)
	ConditionClass        = native.NewType("Condition", "asyncio.locks", nil, nil)
	SemaphoreClass        = native.NewType("Semaphore", "asyncio.locks", nil, nil)
	BoundedSemaphoreClass = native.NewType("BoundedSemaphore", "asyncio.locks", SemaphoreClass, nil)
	TaskGroupClass        = native.NewType("TaskGroup", "asyncio.taskgroups", nil, nil)
	TimeoutClass          = native.NewType("Timeout", "asyncio.timeouts", nil, nil)
)

// setupClasses fills in the methods and constructors of the classes above.
// It runs on first use (import asyncio, or a loop made by asyncio.run or
// top-level await), not at package initialization, which every program's
// start-up would pay for.
func setupClasses() { classesOnce.Do(defineClasses) }

var classesOnce sync.Once

func defineClasses() {
	FutureClass.AddMethods(futureMethods())
	TaskClass.AddMethods(taskMethods())
	HandleClass.AddMethods(handleMethods())
	EventLoopClass.AddMethods(loopMethods())
	EventLoopClass.AddMethods(exceptionHandlerMethods())
	QueueClass.AddMethods(queueMethods())
	LockClass.AddMethods(lockMethods())
	EventClass.AddMethods(eventMethods())
	ConditionClass.AddMethods(conditionMethods())
	SemaphoreClass.AddMethods(semaphoreMethods())
	TaskGroupClass.AddMethods(taskGroupMethods())
	TimeoutClass.AddMethods(timeoutMethods())

	FutureClass.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var lp interp.Value
		if err := interp.UnpackArgs("Future", args, kw, "*", "loop?", &lp); err != nil {
			return nil, err
		}
		ev, ok := lp.(*EventLoop)
		if !ok {
			ev = Get(f.VM).getEventLoop()
		}
		fut := NewFuture(ev)
		fut.cls = cls
		return fut, nil
	}
	TaskClass.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
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
		c, ok := coro.(*interp.Coroutine)
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
		t.cls = cls
		return t, nil
	}
	QueueClass.New = newQueueFunc
	LockClass.New = newLockFunc
	EventClass.New = newEventFunc
	SemaphoreClass.New = newSemaphoreFunc
	ConditionClass.New = newConditionFunc
	TaskGroupClass.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.UnpackArgsPy("TaskGroup.__init__", withSelf(cls, args), kw, "self", new(interp.Value)); err != nil {
			return nil, err
		}
		return &TaskGroup{}, nil
	}
	native.SetGetattr(QueueClass, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
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
	native.SetGetattr(SemaphoreClass, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		if s, ok := self.(*Semaphore); ok && name == "_value" {
			return interp.Int(s.value), true, nil
		}
		return nil, false, nil
	})
}

// withSelf returns args preceded by a stand-in for the receiver, for
// binding the arguments of a class whose CPython __init__ is written in
// Python: its messages count self ("Lock.__init__() takes 1 positional
// argument but 2 were given").
func withSelf(cls *interp.Class, args []interp.Value) []interp.Value {
	return append([]interp.Value{cls}, args...)
}
