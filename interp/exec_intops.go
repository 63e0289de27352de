package interp

// This file holds the int paths of exec's arithmetic: intOps, which
// BINARY_OP and the register-style superinstructions that
// compile.fuseIntOps writes over loops of int arithmetic
// (LOAD_FAST_CONST_OP_STORE, LOAD_FAST_PAIR_BINARY_OP, LOAD_CONST_OP_STORE,
// BINARY_OP_CONST_OP_STORE) call.
//
// A superinstruction hands intOps its operands where they lie (a local, a
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

// intOps is `a op b`, or `(a op b) op2 c` unless op2 is noIntOp, when
// the operands are all Int and every step's result is an int64; only the
// final result is boxed. It is nil when the
// generic Binary must decide: another type, overflow to BigInt, division
// by zero, a negative shift, a float result. One function serves both
// shapes so that the arithmetic is written once and still inline (Go
// does not inline a switch this size).
func (vm *VM) intOps(op BinOp, a, b Value, op2 BinOp, c Value) Value {
	x, ok := a.(Int)
	if !ok {
		return nil
	}
	y, ok := b.(Int)
	if !ok {
		return nil
	}
	z, w := int64(x), int64(y)
	for {
		switch op {
		case OpAdd:
			s := z + w
			if (s > z) != (w > 0) {
				return nil
			}
			z = s
		case OpSub:
			s := z - w
			if (s < z) != (w > 0) {
				return nil
			}
			z = s
		case OpMul:
			// both within ±2^31: the product fits in int64
			if uint64(z+1<<31) >= 1<<32 || uint64(w+1<<31) >= 1<<32 {
				if z, ok = intFastOp(op, z, w); !ok {
					return nil
				}
				break
			}
			z *= w
		case OpMod:
			if w <= 0 {
				if z, ok = intFastOp(op, z, w); !ok {
					return nil
				}
				break
			}
			if z %= w; z < 0 {
				z += w
			}
		default:
			if z, ok = intFastOp(op, z, w); !ok {
				return nil
			}
		}
		if op2 == noIntOp {
			break
		}
		v, ok := c.(Int)
		if !ok {
			return nil
		}
		op, w, op2 = op2, int64(v), noIntOp
	}
	// box z without calling the allocator: preboxed when in range, else
	// the slab's next element (see intSlab; carve refills it)
	if isPreboxed(z) {
		return preboxedInt(z)
	}
	if p := vm.ints.take(); p != nil {
		*p = z
		return intValueAt(p)
	}
	return vm.ints.carve(z)
}

// noIntOp is intOps's op2 when there is no second step.
const noIntOp BinOp = 0xff
