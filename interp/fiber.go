package interp

// This file defines Fiber, a stack of frames run by the dispatch loop, and
// Resume, the only way an asyncio Task runs interpreted code.

import (
	"fmt"
	"unsafe"
)

// Fiber owns a stack of frames. Frames of nested native calls (a Go
// builtin calling back into interpreted code) sit on the same stack above
// the caller; the run loop of such a call stops at its floor.
type Fiber struct {
	VM     *VM
	frames []*Frame
	// Owner is the asyncio Task running this fiber (opaque to interp).
	Owner any
	// coro is the coroutine this fiber runs (NewFiber).
	coro *Coroutine
	// resume values for the AWAIT a suspended fiber continues at.
	resuming    bool
	resumeSend  Value
	resumeThrow *Exception
	// nativeDepth counts nested Go->interpreter calls (Fiber.Call).
	nativeDepth int32
	// nested counts Go-level recursion through nested containers (repr,
	// comparison), which CPython counts against the recursion limit too.
	nested int32
	// kwnames is set by KW_NAMES for the CALL that follows it.
	kwnames Tuple
	// Worker marks a fiber running on a to_thread worker: Ctrl-C is left
	// for the main thread, which alone runs signal handlers in CPython.
	Worker bool
	// workerRepr is a worker's repr recursion guard (see reprActive).
	workerRepr map[any]int
}

// enterNested records one level of recursion through a container; past
// the recursion limit it fails with CPython's RecursionError ("while
// getting the repr of an object", "in comparison").
func (f *Fiber) enterNested(what string) *Exception {
	if f == nil {
		return nil
	}
	f.nested++
	if int(f.nested)+len(f.frames) > f.VM.RecursionLimit {
		f.nested--
		return Errorf(RecursionError, "maximum recursion depth exceeded %s", what)
	}
	return nil
}

// leaveNested undoes enterNested.
func (f *Fiber) leaveNested() {
	if f != nil {
		f.nested--
	}
}

// OutcomeKind tells how a Resume or run ended.
type OutcomeKind uint8

const (
	Returned OutcomeKind = iota
	Yielded
	Raised
)

// Outcome is the result of running a fiber until it returns, raises or
// suspends.
type Outcome struct {
	Kind  OutcomeKind
	Value Value
	Exc   *Exception
}

// Awaitable is implemented by Go values that may follow `await` (futures,
// tasks, native coroutines). Await is called when the AWAIT first runs
// (send None, throw nil) and again each time the suspended fiber is
// resumed with the value sent or the exception thrown. It returns either
// done with a result, an exception to raise, or a value to yield to the
// fiber's driver (the Task) while pending.
type Awaitable interface {
	Value
	Await(f *Fiber, send Value, throw *Exception) (result Value, yield Value, done bool, exc *Exception)
}

// NewFiber makes a fiber for a task to run coroutine c.
func (vm *VM) NewFiber(c *Coroutine) *Fiber {
	f := &Fiber{VM: vm, coro: c}
	c.consume()
	if c.frame != nil {
		c.frame.entry = EntryBase
		f.frames = append(f.frames, c.frame)
	}
	return f
}

// NewThread makes a fiber with no frames, for running calls from Go
// (module bodies, callbacks, to_thread workers).
func (vm *VM) NewThread() *Fiber { return &Fiber{VM: vm} }

// Coroutine returns the coroutine the fiber was made for.
func (f *Fiber) Coroutine() *Coroutine { return f.coro }

// Done reports whether the fiber's coroutine has finished.
func (f *Fiber) Done() bool { return f.coro == nil || f.coro.state == coroDone }

// Resume runs the fiber until its coroutine returns, raises or suspends on
// a pending awaitable. send/throw are delivered to the AWAIT it is
// suspended at.
func (f *Fiber) Resume(send Value, throw *Exception) Outcome {
	c := f.coro
	if c.state == coroDone {
		return Outcome{Kind: Raised, Exc: Errorf(RuntimeError, "cannot reuse already awaited coroutine")}
	}
	if c.native != nil {
		c.state = coroRunning
		res, y, done, exc := c.native.Await(f, send, throw)
		switch {
		case exc != nil:
			c.state = coroDone
			return Outcome{Kind: Raised, Exc: exc}
		case done:
			c.state = coroDone
			return Outcome{Kind: Returned, Value: res}
		}
		c.state = coroSuspended
		return Outcome{Kind: Yielded, Value: y}
	}
	if send == nil {
		send = None
	}
	f.resuming, f.resumeSend, f.resumeThrow = true, send, throw
	c.state = coroRunning
	out := f.run(0)
	if out.Kind == Yielded {
		c.state = coroSuspended
	} else {
		c.state = coroDone
		c.frame = nil
	}
	return out
}

// Depth is the number of frames on the fiber.
func (f *Fiber) Depth() int { return len(f.frames) }

// TopFrame returns the innermost frame, or nil.
func (f *Fiber) TopFrame() *Frame {
	if len(f.frames) == 0 {
		return nil
	}
	return f.frames[len(f.frames)-1]
}

// Frames returns the frames, outermost first (for tracebacks of
// suspended tasks).
func (f *Fiber) Frames() []*Frame { return f.frames }

// AddressOf returns a stable fake address for reprs ("0x7f...").
func AddressOf(v any) string {
	type iface struct{ t, p unsafe.Pointer }
	p := (*iface)(unsafe.Pointer(&v)).p
	return fmt.Sprintf("0x%012x", uintptr(p))
}
