package interp

import "github.com/asyncscript/asyncscript/compile"

// This file holds CALL_GLOBAL_1's fast path: `g(x)`, `g(1)`, `g(n - 1)`
// where g is a global plain Python function, done as one instruction
// (compile.fuseCalls writes it over the call's PUSH_NULL_LOAD_GLOBAL).
// The caller's stack is never touched: the argument is evaluated
// straight into the callee's first local, where CALL would have pushed
// NULL, g and the argument and then moved the argument across. The
// builtin range is the one other g done here (`for k in range(n)`,
// rangeGlobal1 in range.go).
//
// callGlobal1 either does the whole call or nothing at all: whenever
// anything is off (the global cache misses, g is not a plain function of
// one parameter, the argument is not an int result or a bound local, no
// pooled frame fits, the poll tick is due, the recursion limit is near)
// it returns nil and exec carries on with PUSH_NULL_LOAD_GLOBAL, so the
// instructions that follow do the call the long way and raise whatever
// has to be raised, with their own pc in the traceback.

// callGlobal1 is CALL_GLOBAL_1's fast path for fr, whose pc is already
// past the CALL_GLOBAL_1 and whose stack height is sp (fr's pc and sp in
// exec's locals, not yet written back). When it applies, it pushes the
// callee's frame on f, records in fr the pc after the CALL and returns
// the callee, for exec to enter at reload; otherwise it returns nil and
// has changed nothing.
//
// It is CALL's fast path in exec.go with nargs 1, and must stay in step
// with it (the frame pool's invariants are in releaseFrame).
//
//go:noinline
func (f *Fiber) callGlobal1(fr *Frame, pc, sp int) *Frame {
	code, vm := fr.code, f.VM
	instrs := code.Instrs
	// LOAD_GLOBAL's inline-cache hit (exec.go)
	ce, g := &code.globalCache[instrs[pc-1].Arg()], fr.globals
	if ce.globals != g || ce.gver != g.Version || (ce.bver != inGlobals && ce.bver != vm.Builtins.Version) {
		return nil
	}
	fun, ok := ce.entry.value.(*Function)
	if !ok {
		return f.rangeGlobal1(fr, pc, sp, ce.entry.value) // range.go
	}
	fc := fun.Code
	nf := len(vm.freeFrames)
	if !fc.plainCall || fc.ArgCount != 1 || nf == 0 || cap(vm.freeFrames[nf-1].slots) < fc.frameSize || vm.tick <= 1 || f.atLimit() {
		return nil
	}
	// the argument, in one of compile.simpleArgLen's shapes: nil if the
	// local is unbound or the operands are not ints with an int64 result,
	// and then the instructions themselves run and raise or take the
	// general path
	var arg Value
	next := pc + 2 // the CALL
	if next+2 >= len(instrs) {
		return nil // compiled code has the CALL and one more after it
	}
	switch ai := instrs[pc+1]; ai.Op() {
	case compile.LOAD_FAST:
		arg = fr.slots[ai.Arg()]
	case compile.LOAD_CONST:
		arg = code.Consts[ai.Arg()]
	case compile.LOAD_FAST_CONST_BINARY_OP:
		// `local + const` or `local - const` of ints, boxed as BINARY_OP
		// boxes an int (preboxed, else from the slab; a used-up slab is
		// left to BINARY_OP)
		next += 2
		x, ok := fr.slots[ai.Arg()&0xfff].(Int)
		y, ok2 := code.Consts[ai.Arg()>>12].(Int)
		z, wrapped := x+y, false
		if BinOp(instrs[pc+3].Arg()&0x7f) == OpSub {
			z = x - y
			wrapped = (z < x) != (y > 0)
		} else {
			wrapped = (z > x) != (y > 0)
		}
		if !ok || !ok2 || wrapped {
			return nil // not ints, or the result is no int64
		}
		if isPreboxed(int64(z)) {
			arg = preboxedInt(int64(z))
		} else if p := vm.ints.take(); p != nil {
			*p = int64(z)
			arg = intValueAt(p)
		}
	}
	if arg == nil || instrs[next] != compile.MakeInstr(compile.CALL, 1) {
		return nil
	}
	// From here on the call happens: callFrame and pushFrame (frame.go)
	// for a plain function, whose checks are done above
	callee := vm.freeFrames[nf-1] // vm.takeFrame: it fits, checked above
	vm.freeFrames = vm.freeFrames[:nf-1]
	if callee.fn != fun { // else it is set (recursion, loops): see releaseFrame
		callee.reuse(fun)
	}
	cs := callee.slots
	cs[0] = arg
	for i := 1; i < len(fc.Locals); i++ {
		cs[i] = nil
	}
	vm.tick-- // not due: checked above
	callee.pc, callee.sp, callee.entry, callee.started = 0, int32(len(fc.Locals)), EntryCall, true
	f.frames = append(f.frames, callee)
	fr.pc, fr.sp = int32(next+1), int32(sp)
	return callee
}
