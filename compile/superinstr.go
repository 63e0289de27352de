package compile

// This file defines fuse, the pass that writes superinstructions over
// common instruction pairs once codegen is done. The pair's second
// instruction is left in place, so a jump to it, the exception table and
// the span table all stay valid; the fused first instruction does both
// and steps over it. This trims dispatches on the hottest paths (argument
// loads, compare-and-branch, calls of globals, `x = a op b`, `x op= b`,
// `return x`, `self.x`) without the compiler knowing.

const fuseOperandMax = 1 << 12

// fuse rewrites instruction pairs of c and of every nested code object.
func fuse(c *Code) {
	for _, k := range c.Consts {
		if nested, ok := k.(*Code); ok {
			fuse(nested)
		}
	}
	ins := c.Instrs
	for i := 0; i+1 < len(ins); i++ {
		a, b := ins[i], ins[i+1]
		switch a.Op() {
		case LOAD_FAST:
			switch b.Op() {
			case LOAD_CONST:
				if a.Arg() < fuseOperandMax && b.Arg() < fuseOperandMax {
					ins[i] = MakeInstr(LOAD_FAST_LOAD_CONST, a.Arg()|b.Arg()<<12)
				}
			case LOAD_FAST:
				if a.Arg() < fuseOperandMax && b.Arg() < fuseOperandMax {
					ins[i] = MakeInstr(LOAD_FAST_LOAD_FAST, a.Arg()|b.Arg()<<12)
				}
			case RETURN_VALUE:
				ins[i] = MakeInstr(LOAD_FAST_RETURN, a.Arg())
			case LOAD_ATTR:
				ins[i] = MakeInstr(LOAD_FAST_LOAD_ATTR, a.Arg())
			case STORE_ATTR:
				ins[i] = MakeInstr(LOAD_FAST_STORE_ATTR, a.Arg())
				if i > 0 && ins[i-1].Op() == LOAD_FAST_LOAD_FAST {
					// `self.x = x`: the pair before would load this
					// local and skip this instruction; as a
					// LOAD_FAST_STORE_ATTR of its first local it leads
					// here without a dispatch
					ins[i-1] = MakeInstr(LOAD_FAST_STORE_ATTR, ins[i-1].Arg()&(fuseOperandMax-1))
				}
			}
		case LOAD_CONST:
			if b.Op() == RETURN_VALUE {
				ins[i] = MakeInstr(LOAD_CONST_RETURN, a.Arg())
			}
		case COMPARE_OP:
			if b.Arg() < 1<<21 {
				switch b.Op() {
				case POP_JUMP_IF_FALSE:
					ins[i] = MakeInstr(COMPARE_JUMP_IF_FALSE, a.Arg()|b.Arg()<<3)
				case POP_JUMP_IF_TRUE:
					ins[i] = MakeInstr(COMPARE_JUMP_IF_TRUE, a.Arg()|b.Arg()<<3)
				}
			}
		case BINARY_OP:
			if b.Op() == STORE_FAST && b.Arg() < fuseOperandMax {
				ins[i] = MakeInstr(BINARY_OP_STORE_FAST, a.Arg()|b.Arg()<<8)
			}
		case PUSH_NULL:
			if b.Op() == LOAD_GLOBAL {
				ins[i] = MakeInstr(PUSH_NULL_LOAD_GLOBAL, b.Arg())
			}
		}
	}
	// Second pass: a local-and-constant load whose operands go straight
	// into a compare-and-branch or a binary operator (`j < 100`, `n - 1`,
	// `j += 1`) becomes a triple that does the third instruction too. The
	// LOAD_CONST and the third instruction stay in place, as for a pair.
	for i := 0; i+2 < len(ins); i++ {
		if ins[i].Op() != LOAD_FAST_LOAD_CONST {
			continue
		}
		switch ins[i+2].Op() {
		case COMPARE_JUMP_IF_FALSE, COMPARE_JUMP_IF_TRUE:
			ins[i] = MakeInstr(LOAD_FAST_CONST_COMPARE_JUMP, ins[i].Arg())
		case BINARY_OP, BINARY_OP_STORE_FAST:
			ins[i] = MakeInstr(LOAD_FAST_CONST_BINARY_OP, ins[i].Arg())
		}
	}
	fuseIntOps(ins)
	fuseCalls(ins)
}

// fuseIntOps writes the int superinstructions (LOAD_FAST_CONST_OP_STORE
// and the three after it in opcode.go) over the pairs and triples that
// the loops of int arithmetic compile to: `j += 1` and `x = y - 1`,
// `i * j`, `x = (...) % k`, `x = (a + b) % k` and the back edge of
// `while j < n`. Each one
// stands on an instruction whose own case it falls back to, so the
// instructions after it are those of that case, left in place. Runs
// after the passes above, whose output it reads.
func fuseIntOps(ins []Instr) {
	for i := 0; i+2 < len(ins); i++ {
		switch a, third := ins[i], ins[i+2]; {
		case a.Op() == LOAD_FAST_CONST_BINARY_OP && third.Op() == BINARY_OP_STORE_FAST:
			ins[i] = MakeInstr(LOAD_FAST_CONST_OP_STORE, a.Arg())
		case a.Op() == LOAD_FAST_LOAD_FAST && third.Op() == BINARY_OP:
			ins[i] = MakeInstr(LOAD_FAST_PAIR_BINARY_OP, a.Arg())
			if i > 0 && ins[i-1].Op() == LOAD_FAST_LOAD_FAST {
				// the pair before would load this instruction's first
				// local and skip it: as a plain LOAD_FAST it leads here
				ins[i-1] = MakeInstr(LOAD_FAST, ins[i-1].Arg()&(fuseOperandMax-1))
			}
		}
	}
	for i := 0; i+1 < len(ins); i++ {
		switch a := ins[i]; a.Op() {
		case BINARY_OP:
			// the LOAD_CONST after it becomes a LOAD_CONST_OP_STORE next
			if i+2 < len(ins) && ins[i+1].Op() == LOAD_CONST && ins[i+2].Op() == BINARY_OP_STORE_FAST {
				ins[i] = MakeInstr(BINARY_OP_CONST_OP_STORE, a.Arg())
			}
		case LOAD_CONST:
			if ins[i+1].Op() == BINARY_OP_STORE_FAST {
				ins[i] = MakeInstr(LOAD_CONST_OP_STORE, a.Arg())
			}
		case JUMP:
			if t := a.Arg(); t <= i && ins[t].Op() == LOAD_FAST_CONST_COMPARE_JUMP {
				ins[i] = MakeInstr(JUMP_BACK_COMPARE, t)
			}
		}
	}
}

// fuseCalls writes CALL_GLOBAL_1 (opcode.go) over the PUSH_NULL_LOAD_GLOBAL
// of each call of a global with one simple argument: `f(x)`, `f(1)`,
// `f(n - 1)`, `f(i + 1)`. Runs after fuseIntOps, whose output it reads (a
// LOAD_FAST_CONST_BINARY_OP it turned into LOAD_FAST_CONST_OP_STORE
// stores rather than pushes, and is no argument).
func fuseCalls(ins []Instr) {
	for i := 0; i+3 < len(ins); i++ {
		if ins[i].Op() != PUSH_NULL_LOAD_GLOBAL {
			continue
		}
		if n := simpleArgLen(ins[i+2:]); n > 0 && i+2+n < len(ins) && ins[i+2+n] == MakeInstr(CALL, 1) {
			ins[i] = MakeInstr(CALL_GLOBAL_1, ins[i].Arg())
		}
	}
}

// simpleArgLen is the number of instructions of the argument that
// CALL_GLOBAL_1 evaluates itself at the start of ins, 0 if ins does not
// start with one. The runtime (interp's callGlobal1) reads the same
// shapes.
func simpleArgLen(ins []Instr) int {
	switch ins[0].Op() {
	case LOAD_FAST, LOAD_CONST:
		return 1
	case LOAD_FAST_CONST_BINARY_OP:
		// `local + const` or `local - const` (either in-place flavour)
		if len(ins) > 2 && ins[2].Op() == BINARY_OP && (BinOp(ins[2].Arg()&0x7f) == OpAdd || BinOp(ins[2].Arg()&0x7f) == OpSub) {
			return 3
		}
	}
	return 0
}
