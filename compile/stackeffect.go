package compile

// This file defines the stack effect of every opcode: the fixed ones come
// from the table in opcode.go, the ones that depend on the argument or on
// a jump are computed here from the stack pictures in opcode.go. The compiler uses it to track the operand
// stack depth while emitting (exception handler depths) and to compute
// Code.MaxStack exactly.

import "math/bits"

// stackEffect is the net change of the operand stack depth caused by one
// instruction. jump selects the effect when a branching instruction takes
// its jump (FOR_ITER exhausted, JUMP_IF_*_OR_POP jumping).
func stackEffect(op Opcode, arg int, jump bool) int {
	if e := opcodes[op].effect; e != varies {
		return int(e)
	}
	switch op {
	case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1
		}
		return 0
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return arg&0xff + arg>>8
	case CALL:
		return -(arg + 1)
	case CALL_FUNCTION_EX:
		// NULL func args [kwargs] -- result
		return -(2 + arg&1)
	case MAKE_FUNCTION:
		return -bits.OnesCount(uint(arg & 0xf))
	case RAISE_VARARGS:
		return -arg
	}
	panic("stackEffect: no effect for opcode " + op.String())
}

// isTerminator reports whether control never falls through op.
func isTerminator(op Opcode) bool {
	switch op {
	case JUMP, RETURN_VALUE, RERAISE, RAISE_VARARGS:
		return true
	}
	return false
}
