package interp

// This file defines how a fiber runs its frames: run, the entry from Go
// to the dispatch loop (exec.go); resumeFrame, which continues a frame at
// the AWAIT or YIELD_FROM it is suspended at; finishEntry, what a frame's
// entry kind asks when the frame leaves; and the exception bookkeeping
// (tracebacks, __context__, handler lookup) the loop shares with Go code.

import "github.com/asyncscript/asyncscript/compile"

// action is how control leaves the instructions of the top frame.
type action uint8

const (
	actNone    action = iota // keep running (or unwinding an exception) in the top frame
	actReturn                // the frame returned val
	actRaise                 // an exception escaped the frame
	actSuspend               // AWAIT is pending: yield val to the fiber's driver
	actYield                 // YIELD_VALUE or YIELD_FROM: the generator yields val
)

// run executes frames until the frame at index floor returns, raises or
// yields, or the fiber suspends. Frames below floor belong to outer runs
// (a Go caller further down is waiting for them); the frame at floor was
// just pushed by that caller through pushFrame, which also checked the
// Go-level depth this run adds (maxGoDepth).
func (f *Fiber) run(floor int) Outcome {
	f.goDepth++
	out := f.exec(floor)
	f.goDepth--
	return out
}

// resumeFrame continues fr, the top frame, with what its resumer sent or
// threw (Fiber.setResume, called by Fiber.Resume, coroutine
// send/throw, generator resume and asend/athrow): an AWAIT it is suspended
// at gets them, a YIELD_FROM hands them to its delegate (PEP 380), and a
// throw is otherwise raised at the yield. It updates fr.pc and fr.sp and
// returns actSuspend or actYield with the value to pass out, or an
// exception raised in fr at fr.pc-1.
func (f *Fiber) resumeFrame(fr *Frame) (action, Value, *Exception) {
	send, throw := f.takeResume()
	pc, sp, instrs := fr.pc, fr.sp, fr.code.Instrs
	if int(pc) >= len(instrs) {
		return actNone, nil, throw
	}
	var res, y Value
	var done bool
	var exc *Exception
	act := actSuspend
	switch instrs[pc].Op() {
	case compile.AWAIT:
		res, y, done, exc = resumeAwait(f, fr.slots[sp-1], send, throw)
	case compile.YIELD_FROM:
		act = actYield
		if throw != nil {
			res, y, done, exc = yieldFromThrow(f, fr.slots[sp-1], throw)
		} else {
			res, y, done, exc = yieldFromSend(f, fr.slots[sp-1], send)
		}
	default:
		// raised at the yield the frame is suspended at (pc-1)
		return actNone, nil, throw
	}
	switch {
	case exc != nil:
		fr.pc, fr.sp = pc+1, sp-1
		fr.slots[sp-1] = nil
		return actNone, nil, exc
	case !done:
		return act, y, nil // still suspended at pc
	}
	fr.pc = pc + 1
	fr.slots[sp-1] = res
	return actNone, nil, nil
}

// finishEntry does what fr's entry asks once fr has left the fiber
// returning val (act actReturn), raising exc or, for an async generator,
// yielding val: it delivers the value to caller, the frame below, or
// returns the exception to raise in caller. EntryCall, the common case,
// is done inline by exec.
func (f *Fiber) finishEntry(fr, caller *Frame, act action, val Value, exc *Exception) *Exception {
	switch fr.entry {
	case EntryInit:
		if exc == nil {
			if exc = checkInitResult(val); exc == nil {
				caller.slots[caller.sp] = fr.gen.(Value) // the instance
				caller.sp++
			}
		}
	case EntryAwait:
		if c, ok := fr.gen.(*Coroutine); ok {
			c.finish()
		}
		if exc == nil {
			caller.slots[caller.sp-1] = val // replaces the awaited coroutine
		}
	case EntryAsyncGen:
		g := fr.gen.(*AsyncGenerator)
		closing := g.closing
		switch {
		case act == actYield && closing:
			// async_gen_athrow_send: aclose() must not see a yield
			g.suspend(fr)
			exc = Errorf(RuntimeError, "async generator ignored GeneratorExit")
		case act == actYield:
			g.suspend(fr)
			caller.slots[caller.sp-1] = val // replaces the awaited asend object
		case closing && (exc == nil || exc.Matches(GeneratorExit) || exc.Matches(StopAsyncIteration)):
			// the generator closed: aclose() returns None
			g.finish()
			exc = nil
			caller.slots[caller.sp-1] = None
		case exc == nil:
			g.finish()
			exc = NewException(StopAsyncIteration)
		default:
			g.finish()
			if exc.Matches(StopAsyncIteration) || exc.Matches(StopIteration) {
				exc = wrapGenStop(exc, "async generator raised ")
			}
		}
	}
	return exc
}

// resumedCoroutine returns the coroutine whose send/throw started the run
// at floor, when every frame above it may be suspended with it.
func (f *Fiber) resumedCoroutine(floor int) *Coroutine {
	if floor >= len(f.frames) || f.frames[floor].entry != EntryResume {
		return nil
	}
	c, ok := f.frames[floor].gen.(*Coroutine)
	if !ok {
		return nil
	}
	for _, fr := range f.frames[floor+1:] {
		if fr.entry == EntryNative || fr.entry == EntryResume {
			return nil
		}
	}
	return c
}

// suspendable reports whether an await may suspend the frames above floor:
// no frame entered from Go (Native, Resume) may be in between.
func (f *Fiber) suspendable(floor int) bool {
	for i := len(f.frames) - 1; i > floor; i-- {
		switch f.frames[i].entry {
		case EntryNative, EntryResume:
			return false
		}
	}
	return floor == 0 || f.frames[floor].entry == EntryBase
}

// wrapGenStop turns a StopIteration escaping a generator into RuntimeError.
func wrapGenStop(exc *Exception, prefix string) *Exception {
	name := "StopIteration"
	if exc.Matches(StopAsyncIteration) {
		name = "StopAsyncIteration"
	}
	r := Errorf(RuntimeError, "%s%s", prefix, name)
	r.Cause = exc
	r.Context = exc
	return r
}

// addTraceback records that exc passed through fr at instruction pc.
func (f *Fiber) addTraceback(exc *Exception, fr *Frame, pc int) {
	if pc < 0 {
		pc = 0
	}
	exc.Traceback = append(exc.Traceback, TraceEntry{})
	copy(exc.Traceback[1:], exc.Traceback)
	exc.Traceback[0] = TraceEntry{Code: fr.code, PC: pc}
}

// handledException is the exception currently being handled by the
// innermost except block on this fiber, or nil.
func (f *Fiber) handledException() *Exception {
	for i := len(f.frames) - 1; i >= 0; i-- {
		if h := f.frames[i].handling; h != nil {
			return h
		}
	}
	return nil
}

// setContext sets exc.__context__ to the exception being handled, as
// CPython does when raising inside an except or finally block.
func (f *Fiber) setContext(exc *Exception) {
	h := f.handledException()
	if h == nil || h == exc {
		return
	}
	// avoid cycles: drop exc from h's context chain
	for c := h; c != nil; c = c.Context {
		if c.Context == exc {
			c.Context = nil
			break
		}
	}
	exc.Context = h
}

// findHandler returns the exception-table entry covering pc.
func findHandler(code *Code, pc int) *compile.Handler {
	for i := range code.Handlers {
		h := &code.Handlers[i]
		if int(h.Start) <= pc && pc < int(h.End) {
			return h
		}
	}
	return nil
}
