package interp

// This file defines the bytecode interpreter: one dispatch loop over the
// frames of a fiber. An interpreted call pushes a frame and the loop goes
// on with it; a return pops it and delivers the value according to the
// frame's Entry. AWAIT on a pending awaitable returns from the loop with
// every frame left in place (the fiber is the suspended state).
//
// run drives frames; exec runs one frame's instructions until that frame
// pushes a callee, returns, yields, suspends or lets an exception escape.

import "github.com/asyncscript/asyncscript/compile"

type action uint8

const (
	actPushed  action = iota // exec pushed a new frame; run continues with it
	actReturn                // the frame returned val
	actRaise                 // an exception escaped the frame
	actSuspend               // AWAIT is pending: yield val to the fiber's driver
	actYield                 // YIELD_VALUE: the generator yields val
)

// run executes frames until the frame at index floor returns or raises, or
// the fiber suspends. Frames below floor belong to outer runs.
func (f *Fiber) run(floor int) Outcome {
	if err := f.enterGo(); err != nil {
		// the frames pushed for this run never start
		clear(f.frames[floor:])
		f.frames = f.frames[:floor]
		return Outcome{Kind: Raised, Exc: err}
	}
	out := f.runFrames(floor)
	f.leaveGo()
	return out
}

// runFrames is run's loop.
func (f *Fiber) runFrames(floor int) Outcome {
	var pending *Exception
	for {
		fr := f.frames[len(f.frames)-1]
		act, val, exc := f.exec(fr, pending)
		pending = nil
		switch act {
		case actPushed:
			// pushFrame checked the recursion limit
			continue
		case actSuspend:
			if c := f.resumedCoroutine(floor); c != nil {
				// coro.send() from Go or Python: detach the suspended run
				// into the coroutine and hand the value to the sender
				c.saved = append([]*Frame(nil), f.frames[floor:]...)
				clear(f.frames[floor:])
				f.frames = f.frames[:floor]
				return Outcome{Kind: Yielded, Value: val}
			}
			if len(f.frames)-1 < floor || !f.suspendable(floor) {
				pending = Errorf(RuntimeError, "await wasn't used with future")
				continue
			}
			return Outcome{Kind: Yielded, Value: val}
		case actYield:
			// A generator frame yields to whoever resumed it.
			idx := len(f.frames) - 1
			switch fr.entry {
			case EntryAsyncGen:
				// deliver as the result of the caller's AWAIT
				f.frames = f.frames[:idx]
				g := fr.gen.(*AsyncGenerator)
				g.suspend(fr)
				caller := f.frames[idx-1]
				caller.slots[caller.sp-1] = val // replaces the awaited asend object
				continue
			default: // EntryResume or EntryBase: hand the value to Go
				if idx != floor {
					pending = Errorf(RuntimeError, "yield across a native boundary")
					continue
				}
				f.frames = f.frames[:idx]
				return Outcome{Kind: Yielded, Value: val}
			}
		case actReturn:
			idx := len(f.frames) - 1
			f.frames[idx] = nil
			f.frames = f.frames[:idx]
			if idx == floor {
				return Outcome{Kind: Returned, Value: val}
			}
			caller := f.frames[idx-1]
			switch fr.entry {
			case EntryCall:
				caller.slots[caller.sp] = val
				caller.sp++
			case EntryInit:
				if pending = checkInitResult(val); pending != nil {
					f.addTraceback(pending, caller, caller.pc-1)
					continue
				}
				caller.slots[caller.sp] = fr.gen.(Value)
				caller.sp++
			case EntryAwait:
				if c, ok := fr.gen.(*Coroutine); ok {
					c.state = coroDone
					c.frame = nil
				}
				caller.slots[caller.sp-1] = val // replaces the awaited coroutine
			case EntryAsyncGen:
				g := fr.gen.(*AsyncGenerator)
				g.finish()
				pending = NewException(StopAsyncIteration)
				f.addTraceback(pending, caller, caller.pc-1)
				continue
			}
			f.releaseFrame(fr)
		case actRaise:
			idx := len(f.frames) - 1
			f.frames[idx] = nil
			f.frames = f.frames[:idx]
			switch fr.entry {
			case EntryAwait:
				if c, ok := fr.gen.(*Coroutine); ok {
					c.state = coroDone
					c.frame = nil
				}
			case EntryAsyncGen:
				fr.gen.(*AsyncGenerator).finish()
				if exc.Matches(StopAsyncIteration) || exc.Matches(StopIteration) {
					exc = wrapGenStop(exc, "async generator raised ")
				}
			}
			f.releaseFrame(fr)
			if idx == floor {
				return Outcome{Kind: Raised, Exc: exc}
			}
			caller := f.frames[idx-1]
			f.addTraceback(exc, caller, caller.pc-1)
			pending = exc
		}
	}
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
