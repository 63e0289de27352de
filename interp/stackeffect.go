package interp

// This file defines the stack effect of every opcode, derived from the
// stack pictures in opcode.go. The compiler uses it to track the operand
// stack depth while emitting (exception handler depths) and to compute
// Code.MaxStack exactly.

import "math/bits"

// stackEffect is the net change of the operand stack depth caused by one
// instruction. jump selects the effect when a branching instruction takes
// its jump (FOR_ITER exhausted, JUMP_IF_*_OR_POP jumping).
func stackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, SWAP, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, MAKE_CELL,
		LOAD_ATTR, UNARY_OP, UNARY_NOT, LIST_TO_TUPLE, JUMP, GET_ITER, KW_NAMES,
		RETURN_GENERATOR, CALL_INTRINSIC, YIELD_VALUE, GET_AWAITABLE, AWAIT,
		GET_YIELD_FROM_ITER, YIELD_FROM, GET_AITER, CHECK_EXC_MATCH, CHECK_EG_MATCH:
		return 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR,
		BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP,
		LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, RETURN_VALUE, POP_EXCEPT, RERAISE,
		PREP_RERAISE_STAR, IMPORT_STAR, PRINT_EXPR:
		return -1
	case COPY, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_GLOBAL, LOAD_NAME,
		LOAD_CLASSDEREF, LOAD_METHOD, PUSH_NULL, LOAD_BUILD_CLASS, GET_ANEXT,
		PUSH_EXC_INFO, LOAD_ASSERTION_ERROR, BEFORE_WITH, BEFORE_ASYNC_WITH,
		WITH_EXCEPT_START, IMPORT_NAME, IMPORT_FROM:
		return 1
	case STORE_ATTR, MAP_ADD, DELETE_SUBSCR, END_ASYNC_FOR:
		return -2
	case STORE_SUBSCR:
		return -3
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
	panic("stackEffect: unknown opcode " + op.String())
}

// isTerminator reports whether control never falls through op.
func isTerminator(op Opcode) bool {
	switch op {
	case JUMP, RETURN_VALUE, RERAISE, RAISE_VARARGS:
		return true
	}
	return false
}
