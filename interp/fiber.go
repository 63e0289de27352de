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
	// Thread is the program thread a fiber of a to_thread worker or of a
	// threading thread runs on; nil on the main thread.
	Thread *ThreadInfo
	// coro is the coroutine this fiber runs (NewFiber).
	coro *Coroutine
	// resumeVal is what the AWAIT a suspended fiber continues at gets:
	// the value sent, or with resumeThrows the *Exception thrown
	// (setResume, takeResume; resuming, with the other flags at the end,
	// says it is set). One field for both saves Fiber a word.
	resumeVal Value
	// nested counts Go-level recursion through nested containers (repr,
	// comparison, json), which CPython counts against the recursion limit
	// too.
	nested int32
	// goDepth counts the Go-level recursion of this fiber whatever its
	// cause (nested dispatch loops, containers, chains of Go builtins or
	// iterators); see maxGoDepth.
	goDepth int32
	// Worker marks a fiber running on a to_thread worker: Ctrl-C is left
	// for the main thread, which alone runs signal handlers in CPython.
	Worker bool
	// resuming is set while resumeVal waits to be delivered. The flags
	// share the struct's last word: Fiber stays at 80 bytes, so that
	// asyncio's Task, which embeds one, fits Go's 176-byte size class
	// (fiber_size_test.go). KW_NAMES's names for the next CALL are the
	// VM's (VM.kwnames), not a fiber's, for the same reason.
	resuming     bool
	resumeThrows bool
}

// setResume sets what the next resumeFrame delivers: throw if not nil,
// else send.
func (f *Fiber) setResume(send Value, throw *Exception) {
	f.resuming = true
	if throw != nil {
		f.resumeVal, f.resumeThrows = throw, true
	} else {
		f.resumeVal, f.resumeThrows = send, false
	}
}

// takeResume returns and clears what setResume set: (send, nil) or (nil,
// throw).
func (f *Fiber) takeResume() (Value, *Exception) {
	v, throws := f.resumeVal, f.resumeThrows
	f.resuming, f.resumeVal, f.resumeThrows = false, nil, false
	if throws {
		return nil, v.(*Exception)
	}
	return v, nil
}

// ThreadInfo identifies one thread of the program: a to_thread worker
// ("asyncio_0") or a thread started by the threading module (see
// stdlib/internal/native's ThreadOf).
type ThreadInfo struct {
	Ident int64
	Name  string
}

// maxGoDepth bounds the Go-level recursion of one fiber. Interpreted
// calls push frames without Go recursion, but a Go builtin calling back
// into the interpreter, a generator resumed by next() or yield from, a
// nested container being repr'd, compared or encoded, and a chain of Go
// iterators or callables each take one Go stack level (up to about 2 KB).
// The recursion limit bounds most of these, but sys.setrecursionlimit may
// raise it arbitrarily while Go's stack is fixed at 1 GB, so this bound
// (about 100 MB of stack at worst) turns deeper nesting into
// RecursionError. CPython, whose C stack is 8 MB, crashes at a similar
// depth.
const maxGoDepth = 50_000

// EnterNested records one level of Go recursion through a container or a
// native call that CPython counts against the recursion limit
// (Py_EnterRecursiveCall). Past the limit it fails with RecursionError:
// "maximum recursion depth exceeded" followed by where, which is one of
// CPython's suffixes ("while getting the repr of an object", "in
// comparison", "while encoding a JSON object"...) or empty. Every
// successful call must be paired with LeaveNested.
func (f *Fiber) EnterNested(where string) *Exception {
	if f == nil {
		return nil
	}
	if int(f.nested)+len(f.frames) >= f.VM.RecursionLimit || f.goDepth >= maxGoDepth {
		return recursionError(where)
	}
	f.nested++
	f.goDepth++
	return nil
}

// LeaveNested undoes EnterNested.
func (f *Fiber) LeaveNested() {
	if f != nil {
		f.nested--
		f.goDepth--
	}
}

// enterGo records one level of Go recursion that CPython does not count
// against the recursion limit (or counts as a frame already on the
// stack); only maxGoDepth bounds it. Pair with leaveGo.
func (f *Fiber) enterGo() *Exception {
	if f == nil {
		return nil
	}
	if f.goDepth >= maxGoDepth {
		return recursionError("")
	}
	f.goDepth++
	return nil
}

// leaveGo undoes enterGo.
func (f *Fiber) leaveGo() {
	if f != nil {
		f.goDepth--
	}
}

// recursionError is CPython's RecursionError; where is empty or a suffix
// such as "in comparison".
func recursionError(where string) *Exception {
	if where == "" {
		return Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	return Errorf(RecursionError, "maximum recursion depth exceeded %s", where)
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
	f := &Fiber{}
	vm.InitFiber(f, c)
	return f
}

// InitFiber makes *f, which must be unused, a fiber for a task to run
// coroutine c: NewFiber for a caller that embeds the Fiber in its own
// state (asyncio's Task), to make one allocation of two. A Fiber must not
// be copied once initialised.
func (vm *VM) InitFiber(f *Fiber, c *Coroutine) {
	*f = Fiber{VM: vm, coro: c}
	c.consume(vm)
	if fr := c.frame(); fr != nil {
		// an empty fiber is below any limit (sys.setrecursionlimit
		// refuses values under 1), so this push cannot fail
		_ = f.pushFrame(fr, EntryBase)
	}
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
	if c.isNative {
		c.state = coroRunning
		res, y, done, exc := c.native().Await(f, send, throw)
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
	f.setResume(send, throw)
	c.state = coroRunning
	out := f.run(0)
	if out.Kind == Yielded {
		c.state = coroSuspended
	} else {
		c.finish()
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
