package interp

import "github.com/asyncscript/asyncscript/compile"

// This file defines Frame, the activation record of one running code
// object. A frame's whole state is (pc, sp, slots), so suspending it costs
// nothing: it simply stays on its fiber (or in its generator) until resumed.

// Entry records how a frame was entered; it decides where its return,
// yield or uncaught exception goes (the frame-entry table in doc.go).
type Entry uint8

const (
	EntryBase     Entry = iota // bottom frame of a fiber run by Resume
	EntryCall                  // interpreted call: push the result on the caller
	EntryInit                  // __init__ from a class call: push the instance on the caller
	EntryAwait                 // awaited coroutine: complete the caller's AWAIT
	EntryAsyncGen              // async generator resumed by an AWAIT of asend/anext
	EntryNative                // called from Go (Fiber.Call): return to Go
	EntryResume                // generator resumed from Go (next/send/throw)
)

// Frame is one activation.
type Frame struct {
	code    *Code
	fn      *Function // nil for module and class-body code run directly
	globals *Dict
	// pc is the next instruction to execute and sp the slot above the
	// operand stack's top (the stack starts above the locals). They are
	// int32, one word together, to keep Frame in Go's 112-byte size class
	// (fiber_size_test.go); exec keeps them in int locals while it runs
	// the frame and converts only where it saves or reloads them. No code
	// has 2^31 instructions or slots.
	pc, sp int32
	// slots are the locals, then the operand stack: exactly
	// code.frameSize of them. A frame whose code has cells keeps them
	// (CellVars then FreeVars) in the same backing array, past len(slots)
	// up to its cap (Frame.cell), so Frame needs no slice of its own for
	// them and the operand stack's bound stays exact.
	slots []Value
	entry Entry
	// started is false until the first instruction runs (for throw() into
	// a fresh coroutine).
	started bool
	// pooled frames go back to the VM's free list once they return.
	pooled bool
	// handling is the exception being handled by an except block of this
	// frame (for bare raise and __context__).
	handling *Exception
	// gen is the generator/coroutine object that owns this frame, for
	// an EntryInit frame the instance under construction, or for a class
	// body the namespace its LOAD_NAME/STORE_NAME work on (classNS). A
	// class body is never a generator or an __init__, and keeping its
	// namespace here rather than in a field of its own saves every frame
	// a word (Frame's size test, fiber_size_test.go).
	gen any
}

// cell is the frame's cell i, in LOAD_DEREF's numbering (CellVars then
// FreeVars): newFrame puts them past the end of the slots, where the
// backing array's cap ends exactly after them. Only a frame made by
// newFrame has cells (pooled frames are reused for code without any, see
// callFrame), so whatever a reused frame keeps past its len is never read
// as a cell.
func (fr *Frame) cell(i int) *Cell {
	return fr.slots[len(fr.slots):cap(fr.slots)][i].(*Cell)
}

// classNS is the namespace of a class body's frame (held in gen), nil
// for any other frame.
func (fr *Frame) classNS() *Dict {
	d, _ := fr.gen.(*Dict)
	return d
}

// names is the namespace of STORE_NAME, DELETE_NAME and IMPORT_STAR: a
// class body's own, else (module code) the globals.
func (fr *Frame) names() *Dict {
	if d := fr.classNS(); d != nil {
		return d
	}
	return fr.globals
}

// pushFrame is the one place a frame is entered, whatever its entry kind
// (see the frame-entry table in doc.go): it enforces the recursion limit,
// CPython's check as a frame starts, and pushes fr on the fiber. A frame
// entered from Go (Native, Resume) starts a nested run of the dispatch
// loop, one more level of Go recursion, which maxGoDepth bounds too. Over
// either limit fr is not pushed and the RecursionError is returned for
// the entering code to raise where the call was made.
func (f *Fiber) pushFrame(fr *Frame, entry Entry) *Exception {
	if f.atLimit() || (entry >= EntryNative && f.goDepth >= maxGoDepth) {
		return recursionError("")
	}
	fr.entry = entry
	f.frames = append(f.frames, fr)
	return nil
}

// atLimit reports whether one more frame would pass the recursion limit.
// CALL's fast path (exec.go) spells pushFrame out with it: Go inlines
// nothing bigger than this into a function the size of exec.
func (f *Fiber) atLimit() bool {
	return len(f.frames)+int(f.nested) >= f.VM.RecursionLimit
}

// maxFreeFrames bounds the frames a fiber keeps for reuse.
const maxFreeFrames = 128

// callFrame returns a frame for a call of fn, reusing one released
// earlier when it is big enough. Frames of ordinary functions never
// outlive their call (only generator and coroutine frames, which are never
// pooled, are kept across a suspension), so they are recycled as soon as
// they leave the fiber; the free list is the VM's, as only the goroutine
// holding the GIL calls or returns.
func (f *Fiber) callFrame(fn *Function) *Frame {
	code := fn.Code
	gen := code.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) != 0
	if !gen && len(code.CellVars)+len(code.FreeVars) == 0 {
		if fr := f.VM.takeFrame(code.frameSize); fr != nil {
			fr.reuse(fn)
			// locals must start unbound
			clear(fr.slots[:len(code.Locals)])
			return fr
		}
	}
	fr := newFrame(code, fn, fn.Globals)
	fr.pooled = !gen
	return fr
}

// takeFrame pops a released frame from the VM's free list when it has room
// for size slots, nil otherwise. With reuse it is the one frame-reuse
// path: callFrame and CALL's inline fast path (exec.go) both use them, and
// both are small enough for Go to inline.
func (vm *VM) takeFrame(size int) *Frame {
	if n := len(vm.freeFrames); n > 0 && cap(vm.freeFrames[n-1].slots) >= size {
		fr := vm.freeFrames[n-1]
		vm.freeFrames = vm.freeFrames[:n-1]
		return fr
	}
	return nil
}

// reuse makes a frame taken from the free list a fresh frame of fn. The
// caller binds the locals (the operand stack needs no clearing: a slot is
// always written before it is read).
func (fr *Frame) reuse(fn *Function) {
	code := fn.Code
	fr.code, fr.fn, fr.globals = code, fn, fn.Globals
	fr.slots = fr.slots[:code.frameSize]
	fr.pc, fr.sp, fr.entry, fr.started = 0, 0, 0, false
}

// releaseFrame returns a finished call frame to the VM's free list. Its
// slots are not cleared here (callFrame clears the locals on reuse), so a
// pooled frame may keep a few dead values alive until it is reused; the
// pool is bounded by maxFreeFrames. A pooled frame's code, globals
// and slot count stay those of its fn (class bodies, whose frames hold their
// namespace, are never pooled), which CALL's fast path relies on to
// skip setting them when it reuses a frame for the same function.
func (f *Fiber) releaseFrame(fr *Frame) {
	vm := f.VM
	if !fr.pooled || len(vm.freeFrames) >= maxFreeFrames {
		return
	}
	fr.handling, fr.gen = nil, nil
	vm.freeFrames = append(vm.freeFrames, fr)
}

// newFrame allocates a frame for code with room for locals and stack.
func newFrame(code *Code, fn *Function, globals *Dict) *Frame {
	fr := &Frame{code: code, fn: fn, globals: globals}
	n := code.frameSize
	all := make([]Value, n+len(code.CellVars)+len(code.FreeVars))
	fr.slots = all[:n] // the cells past len (Frame.cell)
	for i := range code.CellVars {
		all[n+i] = &Cell{}
	}
	if fn != nil {
		for i, c := range fn.Closure {
			all[n+len(code.CellVars)+i] = c
		}
	}
	return fr
}

// locals returns the local variable slots.
func (fr *Frame) locals() []Value { return fr.slots[:len(fr.code.Locals)] }

// Code returns the frame's code object.
func (fr *Frame) Code() *Code { return fr.code }

// Line is the source line of the instruction the frame is executing.
func (fr *Frame) Line() int {
	pc := int(fr.pc) - 1
	if pc < 0 {
		pc = 0
	}
	return fr.code.Line(pc)
}
