package interp

// This file holds CALL of a class (exec.go): the instance and the frame of
// its interpreted __init__, which the dispatch loop then runs.

// constructCall is CALL of cls. win is the window of the caller's operand
// stack holding a free slot (the class's, or the NULL before it) then the
// arguments, kwnames naming the last ones. When cls has an interpreted
// __init__, callee is its frame, already pushed on the fiber as EntryInit
// (its return pushes the instance on the caller), with the instance and
// the arguments bound: the instance goes into the free slot, as
// __init__'s first argument, rather than into a new slice. Else inst is
// what the call returned. The caller clears win either way.
//
// The common case (plainInit: no metaclass __call__, no __new__; an
// __init__ taking exactly the positional arguments given; a pooled frame
// big enough) builds the frame as CALL's fast path for functions does
// (exec.go: vm.takeFrame, callee.reuse and pushInit spelled out, a frame
// last used by the same __init__ keeping its code, globals and size, see
// releaseFrame); the rest goes through construct and setupCall.
func (f *Fiber) constructCall(cls *Class, win []Value, kwnames Tuple) (callee *Frame, inst Value, err *Exception) {
	if init := f.plainInit(cls); init != nil && len(kwnames) == 0 {
		fc, vm := init.Code, f.VM
		if nf := len(vm.freeFrames); fc.plainCall && len(win) == fc.ArgCount && nf > 0 && cap(vm.freeFrames[nf-1].slots) >= fc.frameSize {
			if f.atLimit() {
				return nil, nil, recursionError("")
			}
			callee = vm.freeFrames[nf-1]
			vm.freeFrames = vm.freeFrames[:nf-1]
			if callee.fn != init {
				callee.code, callee.fn, callee.globals = fc, init, init.Globals
				callee.slots = callee.slots[:fc.frameSize]
			}
			x := NewInstance(cls)
			cs := callee.slots
			cs[0] = x
			for i := 1; i < len(win); i++ {
				cs[i] = win[i] // the caller clears win
			}
			for i := len(win); i < len(fc.Locals); i++ {
				cs[i] = nil
			}
			callee.pc, callee.sp, callee.entry, callee.gen = 0, int32(len(fc.Locals)), EntryInit, x
			f.frames = append(f.frames, callee)
			return callee, x, nil
		}
	}
	inst, initFn, err := f.constructFast(cls, win[1:], kwnames)
	if err != nil || initFn == nil {
		return nil, inst, err
	}
	win[0] = inst
	if callee, err = f.setupCall(initFn, win, kwnames, nil); err != nil {
		return nil, nil, err
	}
	return f.pushInit(callee, inst)
}

// pushInit pushes callee, the frame of inst's __init__, on the fiber.
func (f *Fiber) pushInit(callee *Frame, inst Value) (*Frame, Value, *Exception) {
	callee.gen = inst
	if err := f.pushFrame(callee, EntryInit); err != nil {
		f.releaseFrame(callee)
		return nil, nil, err
	}
	return callee, inst, nil
}

// isNoneValue reports whether v is None, by a type test (v == None would
// call efaceeq): RETURN_VALUE's fast return of an __init__ frame takes
// only None, leaving checkInitResult's TypeError to finishEntry.
func isNoneValue(v Value) bool {
	_, ok := v.(NoneType)
	return ok
}
