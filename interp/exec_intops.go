package interp

// This file holds the int paths of exec's arithmetic: intOp, which
// BINARY_OP and the register-style superinstructions that
// compile.fuseIntOps writes over loops of int arithmetic
// (LOAD_FAST_CONST_OP_STORE, LOAD_FAST_PAIR_BINARY_OP, LOAD_CONST_OP_STORE)
// call, and localConstJump, the compare of LOAD_FAST_CONST_COMPARE_JUMP.
// A superinstruction hands intOp its operands where they lie (a local, a
// constant, the top of the stack) and, when it gets a result, writes it
// straight where it goes; on nil it changes nothing and exec's case falls
// through into the generic instruction it stands on, which pushes the
// operands and raises or promotes to BigInt as usual. Skipping the pushes
// and pops matters more than the dispatch: every operand-stack store in
// exec pays a bounds check and a write-barrier check on spilled registers
// (~10 instructions).
//
// These are plain functions rather than exec code because exec is too big
// for Go to inline anything but the tiniest callees, and a small function
// keeps its operands in registers; the call costs about what the inline
// code did on exec's spilled registers (BINARY_OP measured the same).

import "github.com/asyncscript/asyncscript/compile"

// intOp is `a op b` when a and b are both Int and op's result is an
// int64 (the commonest operators inline, the others through intFastOp),
// boxed as exec boxes ints: preboxed, else from the VM's slab (intSlab).
// It is nil when the generic Binary must decide: another type, overflow
// to BigInt, division by zero, a negative shift, a float result.
func (vm *VM) intOp(op BinOp, a, b Value) Value {
	x, ok := a.(Int)
	if !ok {
		return nil
	}
	y, ok := b.(Int)
	if !ok {
		return nil
	}
	var z int64
	switch op {
	case OpAdd:
		if z = int64(x + y); (z > int64(x)) != (y > 0) {
			return nil
		}
	case OpSub:
		if z = int64(x - y); (z < int64(x)) != (y > 0) {
			return nil
		}
	case OpMul:
		// both within ±2^31: the product fits in int64
		if uint64(x+1<<31) >= 1<<32 || uint64(y+1<<31) >= 1<<32 {
			return intOpSlow(vm, op, x, y)
		}
		z = int64(x * y)
	case OpMod:
		if y <= 0 {
			return intOpSlow(vm, op, x, y)
		}
		if z = int64(x % y); z < 0 {
			z += int64(y)
		}
	default:
		return intOpSlow(vm, op, x, y)
	}
	if isPreboxed(z) {
		return preboxedInt(z)
	}
	if p := vm.ints.take(); p != nil {
		*p = z
		return intValueAt(p)
	}
	return vm.ints.carve(z)
}

// intOpSlow is intOp for the operators and operands it does not inline.
func intOpSlow(vm *VM, op BinOp, x, y Int) Value {
	z, ok := intFastOp(op, int64(x), int64(y))
	if !ok {
		return nil
	}
	if isPreboxed(z) {
		return preboxedInt(z)
	}
	return vm.ints.carve(z)
}

// localConstJump is the int path of LOAD_FAST_CONST_COMPARE_JUMP, whose
// arg is arg and whose COMPARE_JUMP_IF_* two on is cj; pc is the index
// after the fused instruction. It returns where to go on (the jump target,
// or past the compare and its POP_JUMP), or -1 when the operands are not
// both Int and the generic path must run.
func localConstJump(slots, consts []Value, arg int, cj compile.Instr, pc int) int {
	x, ok := slots[arg&0xfff].(Int)
	if !ok {
		return -1
	}
	y, ok := consts[arg>>12].(Int)
	if !ok {
		return -1
	}
	if compareInts(CmpOp(cj.Arg()&7), x, y) == (cj.Op() == compile.COMPARE_JUMP_IF_TRUE) {
		return cj.Arg() >> 3
	}
	return pc + 3
}
