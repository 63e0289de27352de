package interp

import "github.com/asyncscript/asyncscript/compile"
import "strings"

// This file defines exec, the dispatch loop: the instruction switch and
// the moves between frames (pushes through pushFrame, the one pop at the
// end with RETURN_VALUE's copy of it for a call, reload after either; see
// doc.go's frame-entry table). The top
// frame's hot state (pc, sp, slots) lives in locals and is written back
// to the frame whenever control leaves it.

// exec runs the frames of f above floor until the frame at floor returns,
// raises or yields, or the fiber suspends. It is the one loop that moves
// between frames: a frame it pushes (pushFrame, or CALL's spelled-out
// copy) is entered at reload, which loads the top frame's hot state, and
// every return, escaping exception and yield leaves through the one pop
// at the end (see the frame-entry table in doc.go), but for the return
// of an ordinary call, which RETURN_VALUE pops itself.
func (f *Fiber) exec(floor int) Outcome {
	// Keeping the dispatch loop cheap for Go's register allocator: inside
	// it only pc, sp and instr change. A frame switch leaves it through
	// reload, and err, act and val are set only on the way out (break
	// dispatch), never by a case that carries on; anything else the loop
	// redefines is reloaded from the stack after every instruction (a
	// case that set err and continued cost fib 3%; switching frames
	// inside the loop, rather than going to reload, costs 1%).
	var (
		fr      = f.frames[len(f.frames)-1]
		code    *Code
		instrs  []compile.Instr
		slots   []Value
		pc, sp  int
		instr   compile.Instr
		reraise bool
		act     action
		val     Value
		err     *Exception
	)

	// fr was just pushed by the Go code that called run (frames pushed by
	// this loop are entered where they are pushed)
	fr.started = true
	if n := int32(len(fr.code.Locals)); fr.sp < n {
		fr.sp = n // the operand stack starts above the locals
	}
	if f.resuming {
		// fr was resumed by a send or throw (generator.go, coroutine.go,
		// an await of asend/athrow): deliver it where fr is suspended
		act, val, err = f.resumeFrame(fr)
		if act != actNone {
			goto transition
		}
	}

reload:
	// fr is the top frame: load its hot state
	code, instrs, slots = fr.code, fr.code.Instrs, fr.slots
	pc, sp = int(fr.pc), int(fr.sp)

	for {
		if err == nil {
			// These hold here already; saying so kills their old values,
			// so Go's register allocator does not carry them through
			// every instruction of the loop below (each case would
			// reload them from the stack to match the loop head).
			err, act, val, reraise = nil, actNone, nil, false
		dispatch:
			for {
				instr = instrs[pc]
				pc++
				switch instr.Op() {
				case compile.NOP:
				case compile.POP_TOP:
					sp--
					if c, ok := slots[sp].(*Coroutine); ok && !c.awaited && c.state == coroCreated {
						f.dropCoroutine(c, code, pc-1)
					}
					slots[sp] = nil
				case compile.COPY:
					slots[sp] = slots[sp-instr.Arg()]
					sp++
				case compile.SWAP:
					i := sp - instr.Arg()
					slots[sp-1], slots[i] = slots[i], slots[sp-1]

				case compile.LOAD_CONST_OP_STORE:
					next := instrs[pc] // exec_intops.go
					if r := f.VM.intOps(BinOp(next.Arg()&0x7f), slots[sp-1], code.Consts[instr.Arg()], noIntOp, nil); r != nil {
						sp--
						slots[sp] = nil
						slots[next.Arg()>>8] = r
						pc += 2
						break
					}
					fallthrough
				case compile.LOAD_CONST:
					slots[sp] = code.Consts[instr.Arg()]
					sp++
				case compile.LOAD_FAST_LOAD_CONST:
					v := slots[instr.Arg()&0xfff]
					if v == nil {
						err = unboundLocal(code, instr.Arg()&0xfff)
						break dispatch
					}
					slots[sp] = v
					slots[sp+1] = code.Consts[instr.Arg()>>12]
					sp += 2
					pc++
				case compile.LOAD_FAST_PAIR_BINARY_OP:
					if r := f.VM.intOps(BinOp(instrs[pc+1].Arg()&0x7f), slots[instr.Arg()&0xfff], slots[instr.Arg()>>12], noIntOp, nil); r != nil {
						slots[sp] = r // exec_intops.go
						sp++
						pc += 2
						break
					}
					fallthrough
				case compile.LOAD_FAST_LOAD_FAST:
					v, w := slots[instr.Arg()&0xfff], slots[instr.Arg()>>12]
					if v == nil || w == nil {
						i := instr.Arg() & 0xfff
						if v != nil {
							i = instr.Arg() >> 12
						}
						err = unboundLocal(code, i)
						break dispatch
					}
					slots[sp] = v
					slots[sp+1] = w
					sp += 2
					pc++
				case compile.CALL_GLOBAL_1:
					if callee := f.callGlobal1(fr, pc, sp); callee != nil {
						fr = callee // exec_callglobal.go
						goto reload
					}
					fallthrough // else it is PUSH_NULL_LOAD_GLOBAL
				case compile.LOAD_GLOBAL, compile.PUSH_NULL_LOAD_GLOBAL:
					// the inline cache's hit here, the lookup that
					// refills it in loadGlobal (names.go)
					var v Value
					if ce, g := &code.globalCache[instr.Arg()], fr.globals; ce.globals == g && ce.gver == g.Version && (ce.bver == inGlobals || ce.bver == f.VM.Builtins.Version) {
						v = ce.entry.value
					} else if v = f.loadGlobal(code, g, instr.Arg()); v == nil {
						if instr.Op() != compile.LOAD_GLOBAL {
							pc++ // the name error belongs to the LOAD_GLOBAL
						}
						err = nameNotDefined(code.Names[instr.Arg()])
						break dispatch
					}
					if instr.Op() != compile.LOAD_GLOBAL {
						slots[sp] = nil
						sp++
						pc++
					}
					slots[sp] = v
					sp++
				case compile.JUMP_BACK_COMPARE:
					// JUMP, then the loop's compare it leads to
					if vm := f.VM; vm.tick > 1 {
						vm.tick-- // poll's count, without the call
					} else if e := vm.poll(f); e != nil {
						err = e
						break dispatch
					}
					pc = instr.Arg()
					instr = instrs[pc]
					pc++
					fallthrough
				case compile.LOAD_FAST_CONST_COMPARE_JUMP:
					// LOAD_FAST_LOAD_CONST, then the COMPARE_JUMP two on.
					// Two ints compare here without touching the stack
					// (fib: 6% fewer instructions); anything else is
					// pushed and falls through into the COMPARE_JUMP case,
					// with instr and pc as if that one had been dispatched.
					v := slots[instr.Arg()&0xfff]
					if v == nil {
						err = unboundLocal(code, instr.Arg()&0xfff)
						break dispatch
					}
					c := code.Consts[instr.Arg()>>12]
					instr = instrs[pc+1]
					pc += 2
					if x, ok := v.(Int); ok {
						if y, ok := c.(Int); ok {
							k := uint(1) // compareInts spelled out, as below
							if x < y {
								k = 0
							} else if x > y {
								k = 2
							}
							if (cmpOutcomes>>(3*uint(instr.Arg()&7)+k)&1 != 0) == (instr.Op() == compile.COMPARE_JUMP_IF_TRUE) {
								pc = instr.Arg() >> 3
							} else {
								pc++
							}
							break
						}
					}
					slots[sp] = v
					slots[sp+1] = c
					sp += 2
					fallthrough
				case compile.COMPARE_JUMP_IF_FALSE, compile.COMPARE_JUMP_IF_TRUE:
					a, b := slots[sp-2], slots[sp-1]
					var t bool
					x, ok1 := a.(Int)
					y, ok2 := b.(Int)
					if ok1 && ok2 {
						// compareInts spelled out (exec is too big to inline it)
						k := uint(1)
						if x < y {
							k = 0
						} else if x > y {
							k = 2
						}
						t = cmpOutcomes>>(3*uint(instr.Arg()&7)+k)&1 != 0
					} else {
						r, e := Compare(f, CmpOp(instr.Arg()&7), a, b)
						if e != nil {
							err = e
							break dispatch
						}
						if bv, ok := r.(Bool); ok {
							t = bool(bv)
						} else if t, e = Truth(f, r); e != nil {
							err = e
							break dispatch
						}
					}
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					if t == (instr.Op() == compile.COMPARE_JUMP_IF_TRUE) {
						pc = instr.Arg() >> 3
					} else {
						pc++
					}
				case compile.LOAD_FAST:
					v := slots[instr.Arg()]
					if v == nil {
						err = unboundLocal(code, instr.Arg())
						break dispatch
					}
					slots[sp] = v
					sp++
				case compile.STORE_FAST:
					sp--
					slots[instr.Arg()] = slots[sp]
					slots[sp] = nil
				case compile.DELETE_FAST:
					if slots[instr.Arg()] == nil {
						err = unboundLocal(code, instr.Arg())
						break dispatch
					}
					slots[instr.Arg()] = nil
				case compile.LOAD_DEREF:
					v := fr.cell(instr.Arg()).V
					if v == nil {
						err = f.unboundDeref(code, instr.Arg())
						break dispatch
					}
					slots[sp] = v
					sp++
				case compile.STORE_DEREF:
					sp--
					fr.cell(instr.Arg()).V = slots[sp]
					slots[sp] = nil
				case compile.DELETE_DEREF:
					if fr.cell(instr.Arg()).V == nil {
						err = f.unboundDeref(code, instr.Arg())
						break dispatch
					}
					fr.cell(instr.Arg()).V = nil
				case compile.LOAD_CLOSURE:
					slots[sp] = fr.cell(instr.Arg())
					sp++
				case compile.STORE_GLOBAL:
					sp--
					if ce, g := &code.globalCache[instr.Arg()], fr.globals; ce.globals == g && ce.gver == g.Version && ce.bver == inGlobals {
						ce.entry.value = slots[sp] // the entry LOAD_GLOBAL's cache holds (names.go)
					} else {
						g.SetStr(code.Names[instr.Arg()], slots[sp])
					}
					slots[sp] = nil
				case compile.DELETE_GLOBAL, compile.DELETE_NAME:
					if e := f.deleteName(fr, instr); e != nil {
						err = e
						break dispatch
					}
				case compile.LOAD_NAME, compile.LOAD_CLASSDEREF:
					v, e := f.loadNamed(fr, instr) // exec_names.go
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = v
					sp++
				case compile.STORE_NAME:
					sp--
					fr.names().SetStr(code.Names[instr.Arg()], slots[sp])
					slots[sp] = nil
				case compile.LOAD_FAST_LOAD_ATTR:
					// `self.x` (compile/superinstr.go): the LOAD_FAST,
					// then the LOAD_ATTR after it without its dispatch
					v := slots[instr.Arg()]
					if v == nil {
						err = unboundLocal(code, instr.Arg())
						break dispatch
					}
					slots[sp] = v
					sp++
					instr = instrs[pc]
					pc++
					fallthrough
				case compile.LOAD_ATTR:
					if x, ok := slots[sp-1].(*Instance); ok && instr.Arg() < len(code.attrCache) {
						// the cache hit on an instance attribute, spelled
						// out (attrcache.go); the rest in loadAttr
						ways := &code.attrCache[instr.Arg()].ways
						for k := range ways {
							if w := &ways[k]; w.shape == x.shape && w.index >= 0 && w.layout == x.Class.layout {
								slots[sp-1] = x.vals[w.index]
								continue dispatch
							}
						}
					}
					v, e := f.loadAttr(code, instr.Arg(), slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = v
				case compile.LOAD_FAST_STORE_ATTR:
					// `self.x = v`, `self.x = x` (compile/superinstr.go):
					// the LOAD_FASTs, then the STORE_ATTR, one dispatch
					for ; instr.Op() == compile.LOAD_FAST_STORE_ATTR; pc++ {
						if slots[sp] = slots[instr.Arg()]; slots[sp] == nil {
							err = unboundLocal(code, instr.Arg())
							break dispatch
						}
						sp++
						instr = instrs[pc]
					}
					fallthrough
				case compile.STORE_ATTR:
					if x, ok := slots[sp-1].(*Instance); ok && code.attrCache != nil {
						// the cache hits, spelled out (attrcache.go): an
						// instance attribute, or adding the name to an
						// instance with room for it (an __init__ filling a
						// new one: the room was sized by its shape root's
						// hint, which needs no update); the rest in storeAttr
						ways := &code.attrCache[instr.Arg()].ways
						for k := range ways {
							if w := &ways[k]; w.shape == x.shape && w.layout == x.Class.layout {
								if n := len(x.vals); w.index >= 0 {
									x.vals[w.index] = slots[sp-2]
								} else if w.next != nil && n < cap(x.vals) {
									x.vals = x.vals[:n+1]
									x.vals[n], x.shape = slots[sp-2], w.next
								} else {
									break
								}
								sp -= 2
								slots[sp], slots[sp+1] = nil, nil
								continue dispatch
							}
						}
					}
					e := f.storeAttr(code, instr.Arg(), slots[sp-1], slots[sp-2])
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					if e != nil {
						err = e
						break dispatch
					}
				case compile.DELETE_ATTR:
					sp--
					e := DelAttr(f, slots[sp], code.Names[instr.Arg()])
					slots[sp] = nil
					if e != nil {
						err = e
						break dispatch
					}
				case compile.LOAD_METHOD:
					obj := slots[sp-1]
					if x, ok := obj.(*Instance); ok && code.attrCache != nil {
						// the cache hit on a method, spelled out
						// (attrcache.go); the rest in loadMethodAt
						ways := &code.attrCache[instr.Arg()].ways
						for k := range ways {
							if w := &ways[k]; w.shape == x.shape && w.method != nil && w.version == x.Class.version {
								slots[sp-1] = w.method
								slots[sp] = x
								sp++
								continue dispatch
							}
						}
					}
					meth, self, e := f.loadMethodAt(code, instr.Arg(), obj)
					if e != nil {
						err = e
						break dispatch
					}
					if self != nil {
						slots[sp-1] = meth
						slots[sp] = self
					} else {
						slots[sp-1] = nil
						slots[sp] = meth
					}
					sp++
				case compile.BINARY_SUBSCR:
					// list[int] in range, the hot case, without a call
					if l, ok := slots[sp-2].(*List); ok {
						if i, ok := slots[sp-1].(Int); ok && uint64(i) < uint64(len(l.Items)) {
							sp--
							slots[sp] = nil
							slots[sp-1] = l.Items[i]
							break
						}
					}
					v, e := GetItem(f, slots[sp-2], slots[sp-1])
					sp--
					slots[sp] = nil
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = v
				case compile.STORE_SUBSCR:
					// list[int] = v in range, the hot case, without a call
					if l, ok := slots[sp-2].(*List); ok {
						if i, ok := slots[sp-1].(Int); ok && uint64(i) < uint64(len(l.Items)) {
							l.Items[i] = slots[sp-3]
							sp -= 3
							slots[sp], slots[sp+1], slots[sp+2] = nil, nil, nil
							break
						}
					}
					e := setItem(f, slots[sp-2], slots[sp-1], slots[sp-3]) // iter.go
					sp -= 3
					slots[sp], slots[sp+1], slots[sp+2] = nil, nil, nil
					if e != nil {
						err = e
						break dispatch
					}
				case compile.DELETE_SUBSCR:
					e := DelItem(f, slots[sp-2], slots[sp-1])
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					if e != nil {
						err = e
						break dispatch
					}
				case compile.BUILD_SLICE:
					if instr.Arg() == 3 {
						slots[sp-3] = &Slice{Start: slots[sp-3], Stop: slots[sp-2], Step: slots[sp-1]}
						sp -= 2
						slots[sp], slots[sp+1] = nil, nil
					} else {
						slots[sp-2] = &Slice{Start: slots[sp-2], Stop: slots[sp-1], Step: None}
						sp--
						slots[sp] = nil
					}

				case compile.LOAD_FAST_CONST_OP_STORE:
					third := instrs[pc+1] // exec_intops.go
					if r := f.VM.intOps(BinOp(third.Arg()&0x7f), slots[instr.Arg()&0xfff], code.Consts[instr.Arg()>>12], noIntOp, nil); r != nil {
						slots[third.Arg()>>8] = r
						pc += 3
						break
					}
					fallthrough
				case compile.LOAD_FAST_CONST_BINARY_OP:
					// LOAD_FAST_LOAD_CONST, then the BINARY_OP or
					// BINARY_OP_STORE_FAST two on, as for
					// LOAD_FAST_CONST_COMPARE_JUMP
					v := slots[instr.Arg()&0xfff]
					if v == nil {
						err = unboundLocal(code, instr.Arg()&0xfff)
						break dispatch
					}
					c := code.Consts[instr.Arg()>>12]
					instr = instrs[pc+1]
					pc += 2
					// int + int and int - int (`n - 1`, `i += 1`) without the
					// stack round trip, intOps's two cases spelled out (its
					// call here cost fib 3.4%); the rest falls through
					if x, ok := v.(Int); ok {
						if y, ok := c.(Int); ok {
							var z int64
							ok = false
							switch BinOp(instr.Arg() & 0x7f) {
							case OpAdd:
								z = int64(x + y)
								ok = (z > int64(x)) == (y > 0)
							case OpSub:
								z = int64(x - y)
								ok = (z < int64(x)) == (y > 0)
							}
							// boxed as BINARY_OP boxes (but for a used-up
							// slab, left to BINARY_OP)
							var r Value
							if ok && isPreboxed(z) {
								r = preboxedInt(z)
							} else if ok {
								if p := f.VM.ints.take(); p != nil {
									*p = z
									r = intValueAt(p)
								}
							}
							if r != nil {
								if instr.Op() == compile.BINARY_OP_STORE_FAST {
									slots[instr.Arg()>>8] = r
									pc++
								} else {
									slots[sp] = r
									sp++
								}
								break
							}
						}
					}
					slots[sp] = v
					slots[sp+1] = c
					sp += 2
					fallthrough
				case compile.BINARY_OP_CONST_OP_STORE:
					// (also LOAD_FAST_CONST_BINARY_OP's fallthrough, any instr)
					if instr.Op() == compile.BINARY_OP_CONST_OP_STORE {
						third := instrs[pc+1] // exec_intops.go
						if r := f.VM.intOps(BinOp(instr.Arg()&0x7f), slots[sp-2], slots[sp-1], BinOp(third.Arg()&0x7f), code.Consts[instrs[pc].Arg()]); r != nil {
							sp -= 2
							slots[sp], slots[sp+1] = nil, nil
							slots[third.Arg()>>8] = r
							pc += 3
							break
						}
					}
					fallthrough
				case compile.BINARY_OP, compile.BINARY_OP_STORE_FAST:
					a, b := slots[sp-2], slots[sp-1]
					op := BinOp(instr.Arg() & 0x7f)
					var r Value
					if x, ok := a.(Int); ok && op == OpAdd { // intOps's small sum without its call
						if y, ok := b.(Int); ok && isPreboxed(int64(x+y)) && (x+y > x) == (y > 0) {
							r = preboxedInt(int64(x + y)) // preboxed and not wrapped around
						}
					}
					if _, isStr := a.(Str); r == nil && !isStr { // a str: no intOps call
						r = f.VM.intOps(op, a, b, noIntOp, nil) // nil unless both are Int
					}
					if r == nil {
						v, e := f.binaryNotInt(op, a, b, instr.Arg()&0x80 != 0) // str_append.go
						if e != nil {
							err = e
							break dispatch
						}
						r = v
					}
					if instr.Op() == compile.BINARY_OP_STORE_FAST {
						sp -= 2
						slots[sp], slots[sp+1] = nil, nil
						slots[instr.Arg()>>8] = r
						pc++
						break
					}
					sp--
					slots[sp] = nil
					slots[sp-1] = r
				case compile.UNARY_OP:
					v, e := Unary(f, UnaryOp(instr.Arg()), slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = v
				case compile.UNARY_NOT:
					t, e := Truth(f, slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = Bool(!t)
				case compile.COMPARE_OP:
					a, b := slots[sp-2], slots[sp-1]
					var r Value
					if x, ok := a.(Int); ok {
						if y, ok := b.(Int); ok {
							r = Bool(compareInts(CmpOp(instr.Arg()), x, y))
						}
					}
					if r == nil {
						v, e := Compare(f, CmpOp(instr.Arg()), a, b)
						if e != nil {
							err = e
							break dispatch
						}
						r = v
					}
					sp--
					slots[sp] = nil
					slots[sp-1] = r
				case compile.IS_OP:
					r := Is(slots[sp-2], slots[sp-1])
					sp--
					slots[sp] = nil
					slots[sp-1] = Bool(r != (instr.Arg() == 1))
				case compile.CONTAINS_OP:
					r, e := Contains(f, slots[sp-1], slots[sp-2])
					if e != nil {
						err = e
						break dispatch
					}
					sp--
					slots[sp] = nil
					slots[sp-1] = Bool(r != (instr.Arg() == 1))

				case compile.BUILD_TUPLE:
					n := instr.Arg()
					t := make(Tuple, n)
					copy(t, slots[sp-n:sp])
					clear(slots[sp-n : sp])
					sp -= n
					slots[sp] = t
					sp++
				case compile.BUILD_LIST:
					n := instr.Arg()
					items := make([]Value, n)
					copy(items, slots[sp-n:sp])
					clear(slots[sp-n : sp])
					sp -= n
					slots[sp] = &List{Items: items}
					sp++
				case compile.BUILD_SET:
					n := instr.Arg()
					s, e := buildSet(f, slots[sp-n:sp])
					clear(slots[sp-n : sp])
					sp -= n
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = s
					sp++
				case compile.BUILD_MAP:
					n := instr.Arg()
					d := NewDict()
					base := sp - 2*n
					var e *Exception
					for i := 0; i < n && e == nil; i++ {
						e = d.Set(f, slots[base+2*i], slots[base+2*i+1])
					}
					clear(slots[base:sp])
					sp = base
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = d
					sp++
				case compile.BUILD_STRING:
					n := instr.Arg()
					size := 0
					for _, v := range slots[sp-n : sp] {
						size += len(v.(Str))
					}
					s, buf := allocStr(size) // str_box.go
					k := 0
					for _, v := range slots[sp-n : sp] {
						k += copy(buf[k:], v.(Str))
					}
					clear(slots[sp-n : sp])
					sp -= n
					slots[sp] = s
					sp++
				case compile.LIST_APPEND:
					sp--
					l := slots[sp-instr.Arg()].(*List)
					if e := f.checkGrow(l.Items); e != nil {
						err = e
						break dispatch
					}
					l.Items = append(l.Items, slots[sp])
					slots[sp] = nil
				case compile.SET_ADD:
					sp--
					e := setAdd(f, slots[sp-instr.Arg()], slots[sp])
					slots[sp] = nil
					if e != nil {
						err = e
						break dispatch
					}
				case compile.MAP_ADD:
					sp -= 2
					e := slots[sp-instr.Arg()].(*Dict).Set(f, slots[sp], slots[sp+1])
					slots[sp], slots[sp+1] = nil, nil
					if e != nil {
						err = e
						break dispatch
					}
				case compile.LIST_EXTEND:
					sp--
					i := instr.Arg() &^ compile.ExtendForCall
					l := slots[sp-i].(*List)
					src := slots[sp]
					slots[sp] = nil
					if e := listExtendFrom(f, l, src); e != nil {
						if instr.Arg()&compile.ExtendForCall != 0 && e.Matches(TypeError) && strings.HasPrefix(e.MessageText(), "Value after * ") {
							e = Errorf(TypeError, "%s argument after * must be an iterable, not %s", funcDesc(slots[sp-i-1]), TypeName(src))
						}
						err = e
						break dispatch
					}
				case compile.SET_UPDATE:
					sp--
					src := slots[sp]
					slots[sp] = nil
					if e := iterateInto(f, src, func(v Value) *Exception { return setAdd(f, slots[sp-instr.Arg()], v) }); e != nil {
						err = e
						break dispatch
					}
				case compile.DICT_UPDATE, compile.DICT_MERGE:
					sp--
					src := slots[sp]
					slots[sp] = nil
					d := slots[sp-instr.Arg()].(*Dict)
					var callee Value // DICT_MERGE: NULL func args_tuple dict
					if instr.Op() == compile.DICT_MERGE {
						callee = slots[sp-instr.Arg()-2]
					}
					if e := f.dictMerge(d, src, callee); e != nil {
						err = e
						break dispatch
					}
				case compile.LIST_TO_TUPLE:
					l := slots[sp-1].(*List)
					slots[sp-1] = Tuple(l.Items)
				case compile.FORMAT_VALUE:
					spec := ""
					if instr.Arg()&4 != 0 {
						sp--
						spec = string(slots[sp].(Str))
						slots[sp] = nil
					}
					v := slots[sp-1]
					var s string
					var e *Exception
					switch instr.Arg() & 3 {
					case 1:
						s, e = ToStr(f, v)
						v = Str(s)
					case 2:
						s, e = Repr(f, v)
						v = Str(s)
					case 3:
						s, e = Repr(f, v)
						v = Str(asciiEscape(s))
					}
					if e == nil {
						if str, ok := v.(Str); ok && spec == "" {
							s = string(str)
						} else {
							s, e = Format(f, v, spec)
						}
					}
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = Str(s)

				case compile.JUMP:
					if instr.Arg() < pc {
						if e := f.VM.poll(f); e != nil {
							err = e
							break dispatch
						}
					}
					pc = instr.Arg()
				case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
					sp--
					v := slots[sp]
					slots[sp] = nil
					var t bool
					switch x := v.(type) {
					case Bool:
						t = bool(x)
					default:
						var e *Exception
						t, e = Truth(f, v)
						if e != nil {
							err = e
							break dispatch
						}
					}
					if t == (instr.Op() == compile.POP_JUMP_IF_TRUE) {
						pc = instr.Arg()
					}
				case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
					t, e := Truth(f, slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					if t == (instr.Op() == compile.JUMP_IF_TRUE_OR_POP) {
						pc = instr.Arg()
					} else {
						sp--
						slots[sp] = nil
					}
				case compile.GET_ITER:
					it, e := GetIter(f, slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = it
				case compile.FOR_ITER:
					// range and list iterators step here (as their Next)
					var v Value
					var ok bool
					switch it := slots[sp-1].(type) {
					case *rangeIter:
						if ok = it.left > 0; ok {
							x := it.cur
							it.left--
							it.cur = int64(uint64(it.cur) + uint64(it.step))
							if isPreboxed(x) { // boxed as BINARY_OP boxes
								v = preboxedInt(x)
							} else if p := f.VM.ints.take(); p != nil {
								*p = x
								v = intValueAt(p)
							} else {
								v = f.VM.ints.carve(x)
							}
						}
					case *listIter:
						if it.l != nil && it.i < len(it.l.Items) {
							v, ok = it.l.Items[it.i], true
							it.i++
						} else {
							it.l = nil
						}
					default:
						var e *Exception
						if v, ok, e = Next(f, it); e != nil {
							err = e
							break dispatch
						}
					}
					if !ok {
						sp--
						slots[sp] = nil
						pc = instr.Arg()
					} else if next := instrs[pc]; next.Op() == compile.STORE_FAST {
						// the loop target is a local: that STORE_FAST, here
						slots[next.Arg()] = v
						pc++
					} else {
						slots[sp] = v
						sp++
					}
				case compile.UNPACK_SEQUENCE:
					n := instr.Arg()
					items, e := unpackN(f, slots[sp-1], n, -1)
					if e != nil {
						err = e
						break dispatch
					}
					sp--
					for i := n - 1; i >= 0; i-- {
						slots[sp] = items[i]
						sp++
					}
				case compile.UNPACK_EX:
					before, after := instr.Arg()&0xff, instr.Arg()>>8
					items, e := unpackN(f, slots[sp-1], before, after)
					if e != nil {
						err = e
						break dispatch
					}
					sp--
					// items: before..., starred list, after...
					for i := len(items) - 1; i >= 0; i-- {
						slots[sp] = items[i]
						sp++
					}

				case compile.KW_NAMES:
					f.VM.kwnames = code.Consts[instr.Arg()].(Tuple)
				case compile.PUSH_NULL:
					slots[sp] = nil
					sp++
				case compile.CALL:
					base := sp - instr.Arg() - 2
					// The commonest call, spelled out: a plain Python
					// function (plainCall) given exactly its positional
					// parameters, called as f(...) (NULL, f, args) or as a
					// method found by LOAD_METHOD (f, self, args), with a
					// frame on the VM's free list (CPython's
					// CALL_PY_EXACT_ARGS). This is vm.takeFrame,
					// callee.reuse, vm.poll and f.pushFrame(callee,
					// EntryCall) (frame.go) spelled out: Go inlines
					// nothing that big into a function the size of exec.
					// The arguments move by element loops, not copy and
					// clear: for the few slots of a call they are cheaper
					// than typedslicecopy and memclrHasPointers.
					fi := base // the function's slot
					if slots[base] == nil {
						fi++
					}
					if fun, ok := slots[fi].(*Function); ok {
						fc, vm := fun.Code, f.VM
						nargs := sp - fi - 1 // above f: slots[fi+1 : sp]
						if nf := len(vm.freeFrames); fc.plainCall && len(vm.kwnames) == 0 && nargs == fc.ArgCount && nf > 0 && cap(vm.freeFrames[nf-1].slots) >= fc.frameSize {
							callee := vm.freeFrames[nf-1]
							vm.freeFrames = vm.freeFrames[:nf-1]
							if callee.fn != fun { // else they are set (recursion, loops)
								callee.code, callee.fn, callee.globals = fc, fun, fun.Globals
								callee.slots = callee.slots[:fc.frameSize]
							}
							cs := callee.slots
							if nargs == 1 { // the commonest, without the loop
								cs[0], slots[fi+1] = slots[fi+1], nil
							} else {
								args := slots[fi+1 : sp]
								for i, a := range args {
									cs[i], args[i] = a, nil
								}
							}
							for i := nargs; i < len(fc.Locals); i++ {
								cs[i] = nil
							}
							// what is left of the call's operands is f: the
							// NULL below it is nil already, and self (a
							// LOAD_METHOD call's) was moved out with args
							slots[fi] = nil
							sp = base
							if vm.tick--; vm.tick <= 0 {
								if e := vm.pollSlow(f); e != nil {
									f.releaseFrame(callee)
									err = e
									break dispatch
								}
							}
							if f.atLimit() {
								f.releaseFrame(callee)
								err = recursionError("")
								break dispatch
							}
							callee.pc, callee.sp, callee.entry, callee.started = 0, int32(len(fc.Locals)), EntryCall, true
							f.frames = append(f.frames, callee)
							fr.pc, fr.sp = int32(pc), int32(sp)
							fr = callee
							goto reload
						}
					}
					if b, ok := slots[fi].(*Builtin); ok && b.Fast != nil && b.Self == nil && len(f.VM.kwnames) == 0 {
						if r := b.Fast(f, slots[fi+1:sp]); r != nil { // exec_callnative.go
							clearWindow(slots[base:sp])
							slots[base], sp = r, base+1
							continue
						}
					}
					var fn Value
					var args []Value
					if slots[base] == nil {
						if bm, ok := slots[base+1].(*BoundMethod); ok {
							// a bound method takes the NULL's place by its
							// function and self, as CPython's CALL does, so
							// that a Python method is pushed below
							slots[base], slots[base+1] = bm.Func, bm.Self
							fn = slots[base]
							args = slots[base+1 : sp]
						} else {
							fn = slots[base+1]
							args = slots[base+2 : sp]
						}
					} else {
						fn = slots[base]
						args = slots[base+1 : sp]
					}
					kwnames := f.VM.kwnames
					f.VM.kwnames = nil
					// any other interpreted function: pushed on this fiber
					if fun, ok := fn.(*Function); ok && fun.Code.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) == 0 {
						callee, e := f.setupCall(fun, args, kwnames, nil)
						clear(slots[base:sp])
						sp = base
						if e == nil {
							e = f.VM.poll(f)
							if e == nil {
								e = f.pushFrame(callee, EntryCall)
							}
							if e != nil {
								f.releaseFrame(callee)
							}
						}
						if e != nil {
							err = e
							break dispatch
						}
						fr.pc, fr.sp = int32(pc), int32(sp)
						fr = callee
						fr.started = true
						goto reload
					}
					if cls, ok := fn.(*Class); ok {
						if cls == SuperClass && len(args) == 0 && pc < len(instrs) && instrs[pc].Op() == compile.LOAD_METHOD {
							// super().m(...): find m without making the
							// super object, and skip the LOAD_METHOD
							if meth, self, ok := f.superMethod(code.Names[instrs[pc].Arg()]); ok {
								clear(slots[base:sp])
								slots[base], slots[base+1] = meth, self
								sp = base + 2
								pc++
								continue
							}
						}
						// __init__ takes (inst, *args): the stack slot
						// below the arguments is free for inst
						callee, inst, e := f.constructCall(cls, slots[sp-len(args)-1:sp], kwnames)
						clearWindow(slots[base:sp])
						sp = base
						if e != nil {
							err = e
							break dispatch
						}
						if callee != nil {
							fr.pc, fr.sp = int32(pc), int32(sp)
							fr = callee
							fr.started = true
							goto reload
						}
						slots[sp] = inst
						sp++
						continue
					}
					fr.pc, fr.sp = int32(pc), int32(sp) // visible to natives that inspect the frame (super)
					var r Value
					var e *Exception
					direct := false
					if len(kwnames) == 0 {
						// a Go method of str, list, dict... (call_builtin.go)
						r, e, direct = f.callBuiltinDirect(fn, args)
					}
					if !direct {
						r, e = f.callWithNames(fn, args, kwnames)
					}
					clearWindow(slots[base:sp])
					sp = base
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = r
					sp++
				case compile.CALL_FUNCTION_EX:
					// f(*args, **kw): callEx (exec_calls.go) pops the
					// operands and either pushes the result or the
					// frame of a Python function, to be entered here
					pushed, e := f.callEx(fr, pc, sp, instr.Arg()&1 != 0)
					sp = int(fr.sp)
					if e != nil {
						err = e
						break dispatch
					}
					if pushed {
						fr = f.frames[len(f.frames)-1]
						goto reload
					}
				case compile.MAKE_FUNCTION:
					sp = f.makeFunction(fr, slots, sp, instr.Arg())
				case compile.RETURN_VALUE, compile.LOAD_FAST_RETURN, compile.LOAD_CONST_RETURN:
					var v Value
					if instr.Op() == compile.RETURN_VALUE {
						sp--
						v = slots[sp]
						slots[sp] = nil
					} else if instr.Op() == compile.LOAD_CONST_RETURN {
						v, pc = code.Consts[instr.Arg()], pc+1 // past the RETURN_VALUE
					} else if v = slots[instr.Arg()]; v == nil {
						err = unboundLocal(code, instr.Arg())
						break dispatch
					} else {
						pc++ // past the RETURN_VALUE
					}
					if e := fr.entry; e != EntryCall {
						if e != EntryInit || !isNoneValue(v) {
							val = v
							fr.pc, fr.sp = int32(pc), int32(sp)
							act = actReturn
							break dispatch
						}
						v = fr.gen.(Value) // finishEntry's EntryInit case
					}
					// the common return, from an ordinary call or an
					// __init__ run by a class call, whose caller gets the
					// instance (never a run's floor): transition's pop and
					// push on the caller without its checks
					frames := f.frames
					n := len(frames) - 1
					caller := frames[n-1]
					caller.slots[caller.sp] = v
					caller.sp++
					// f.releaseFrame(fr) spelled out (see atLimit); the
					// popped entry frames[n] is cleared only if fr is not
					// pooled: a pooled fr is kept by the free list anyway,
					// and the next push overwrites it
					if vm := f.VM; fr.pooled && len(vm.freeFrames) < maxFreeFrames {
						fr.handling, fr.gen = nil, nil
						vm.freeFrames = append(vm.freeFrames, fr)
					} else {
						frames[n] = nil
					}
					f.frames = frames[:n]
					fr = caller
					goto reload
				case compile.LOAD_BUILD_CLASS:
					slots[sp] = buildClassBuiltin
					sp++
				case compile.YIELD_VALUE:
					sp--
					val = slots[sp]
					slots[sp] = nil
					fr.pc, fr.sp = int32(pc), int32(sp)
					act = actYield
					break dispatch
				case compile.GET_AWAITABLE:
					a, e := f.getAwaitable(slots[sp-1], instr.Arg())
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = a
				case compile.AWAIT:
					switch a := slots[sp-1].(type) {
					case *Coroutine:
						if !a.isNative {
							if a.state != coroCreated {
								err = Errorf(RuntimeError, "cannot reuse already awaited coroutine")
								break dispatch
							}
							a.state = coroRunning
							a.consume(f.VM)
							callee := a.impl.(*Frame)
							callee.gen = a
							if e := f.pushFrame(callee, EntryAwait); e != nil {
								// the coroutine ends with the error, as
								// its frame would at its first check
								a.finish()
								err = e
								break dispatch
							}
							fr.pc, fr.sp = int32(pc), int32(sp)
							fr = callee
							fr.started = true
							goto reload
						}
						a.consume(f.VM)
						res, y, done, e := a.native().Await(f, None, nil)
						if e != nil {
							a.state = coroDone
							err = e
							break dispatch
						}
						if !done {
							a.state = coroSuspended
							fr.pc, fr.sp, val = int32(pc-1), int32(sp), y
							act = actSuspend
							break dispatch
						}
						a.state = coroDone
						slots[sp-1] = res
					case *asendAwaitable:
						callee, res, done, e := a.start(f)
						if e != nil {
							err = e
							break dispatch
						}
						if done {
							slots[sp-1] = res
							continue
						}
						if e := f.pushFrame(callee, EntryAsyncGen); e != nil {
							f.resuming = false
							a.gen.finish()
							err = e
							break dispatch
						}
						fr.pc, fr.sp = int32(pc), int32(sp)
						fr = callee
						fr.started = true
						if f.resuming {
							// athrow/aclose: the exception goes in where the generator is suspended
							if act, val, err = f.resumeFrame(fr); act != actNone {
								goto transition
							}
						}
						goto reload
					case Awaitable:
						res, y, done, e := a.Await(f, None, nil)
						if e != nil {
							err = e
							break dispatch
						}
						if !done {
							fr.pc, fr.sp, val = int32(pc-1), int32(sp), y
							act = actSuspend
							break dispatch
						}
						slots[sp-1] = res
					default:
						err = Errorf(TypeError, "object %s can't be used in 'await' expression", TypeName(a))
						break dispatch
					}
				case compile.GET_YIELD_FROM_ITER:
					if _, ok := slots[sp-1].(*Coroutine); ok {
						// async def code has no yield from; CPython lets
						// only @types.coroutine generators delegate to one
						err = Errorf(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
						break dispatch
					}
					if _, ok := slots[sp-1].(*Generator); !ok {
						// iter(v) itself, not a Go wrapper: the delegate's
						// send, throw and close must be reachable
						it, e := IterValue(f, slots[sp-1])
						if e != nil {
							err = e
							break dispatch
						}
						slots[sp-1] = it
					}
				case compile.YIELD_FROM:
					// the first step of the delegation; the resumption
					// above takes the later ones
					res, v, done, e := yieldFromSend(f, slots[sp-1], None)
					if e != nil {
						err = e
						break dispatch
					}
					if done {
						slots[sp-1] = res
						continue
					}
					// yield v, then come back to this YIELD_FROM
					fr.pc, fr.sp, val = int32(pc-1), int32(sp), v
					act = actYield
					break dispatch
				case compile.GET_AITER:
					it, e := f.getAIter(slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = it
				case compile.GET_ANEXT:
					a, e := f.getANext(slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = a
					sp++
				case compile.END_ASYNC_FOR:
					exc := slots[sp-1].(*Exception)
					if exc.Matches(StopAsyncIteration) {
						sp -= 2
						slots[sp], slots[sp+1] = nil, nil
						continue
					}
					err = exc
					reraise = true
					break dispatch

				case compile.PUSH_EXC_INFO:
					exc := slots[sp-1]
					if fr.handling != nil {
						slots[sp-1] = fr.handling
					} else {
						slots[sp-1] = None
					}
					slots[sp] = exc
					sp++
					fr.handling = exc.(*Exception)
				case compile.POP_EXCEPT:
					sp--
					if e, ok := slots[sp].(*Exception); ok {
						fr.handling = e
					} else {
						fr.handling = nil
					}
					slots[sp] = nil
				case compile.RERAISE:
					sp--
					err = slots[sp].(*Exception)
					slots[sp] = nil
					reraise = true
					break dispatch
				case compile.CHECK_EXC_MATCH:
					exc := slots[sp-2].(*Exception)
					ok, e := exceptionMatches(exc, slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = Bool(ok)
				case compile.CHECK_EG_MATCH:
					rest, match, e := f.egMatch(slots[sp-2], slots[sp-1])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-2], slots[sp-1] = rest, match
				case compile.PREP_RERAISE_STAR:
					r, e := prepReraiseStar(f, slots[sp-2], slots[sp-1].(*List))
					sp--
					slots[sp] = nil
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = r
				case compile.RAISE_VARARGS:
					switch instr.Arg() {
					case 0:
						h := f.handledException()
						if h == nil {
							err = Errorf(RuntimeError, "No active exception to reraise")
							break dispatch
						}
						err = h
						reraise = true
						break dispatch
					default: // `raise exc`, `raise exc from cause`
						sp -= instr.Arg()
						err = f.raiseOperands(slots[sp : sp+instr.Arg()]) // exception_handling.go
						clearWindow(slots[sp : sp+instr.Arg()])
						break dispatch
					}
				case compile.LOAD_ASSERTION_ERROR:
					slots[sp] = AssertionError
					sp++
				case compile.BEFORE_WITH, compile.BEFORE_ASYNC_WITH:
					exit, res, e := f.beforeWith(slots[sp-1], instr.Op() == compile.BEFORE_ASYNC_WITH)
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp-1] = exit
					slots[sp] = res
					sp++
				case compile.WITH_EXCEPT_START:
					r, e := f.withExceptStart(slots[sp-4 : sp]) // contextmanager.go
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = r
					sp++

				case compile.IMPORT_NAME:
					m, e := f.VM.Import(f, code.Names[instr.Arg()])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = m
					sp++
				case compile.IMPORT_FROM:
					v, e := importFrom(f, slots[sp-1], code.Names[instr.Arg()])
					if e != nil {
						err = e
						break dispatch
					}
					slots[sp] = v
					sp++
				case compile.IMPORT_STAR:
					sp--
					m := slots[sp]
					slots[sp] = nil
					importStar(m, fr.names())
				case compile.PRINT_EXPR:
					sp--
					v := slots[sp]
					slots[sp] = nil
					if e := f.VM.printExpr(f, v); e != nil {
						err = e
						break dispatch
					}
				default:
					err = Errorf(SystemError, "unknown opcode %d", instr.Op())
					break dispatch
				}
			}
		}

		if act != actNone {
			break // fr returns, yields or suspends
		}

		// err was raised at instruction pc-1 of this frame.
		if !reraise {
			f.setContext(err)
			f.addTraceback(err, fr, pc-1)
		}
		reraise = false
		if h := findHandler(code, pc-1); h != nil {
			depth := len(code.Locals) + int(h.Depth)
			clear(slots[depth:sp])
			sp = depth
			if h.Lasti {
				slots[sp] = Int(pc - 1)
				sp++
			}
			slots[sp] = err
			sp++
			pc = int(h.Target)
			err = nil
			continue
		}
		// no handler: the exception escapes fr
		nlocals := len(code.Locals)
		clear(slots[nlocals:sp])
		fr.pc, fr.sp = int32(pc), int32(nlocals)
		act = actRaise
		break
	}

transition:
	// fr returned val, raised err, yielded val or suspended with val
	if act >= actSuspend {
		switch act {
		case actSuspend:
			if c := f.resumedCoroutine(floor); c != nil {
				// coro.send() from Go or Python: detach the suspended run
				// into the coroutine and hand the value to the sender
				c.saveFrames(f.frames[floor:])
				clear(f.frames[floor:])
				f.frames = f.frames[:floor]
				return Outcome{Kind: Yielded, Value: val}
			}
			if !f.suspendable(floor) {
				act, err, reraise = actNone, Errorf(RuntimeError, "await wasn't used with future"), true
				goto reload
			}
			return Outcome{Kind: Yielded, Value: val}
		case actYield:
			if fr.entry != EntryAsyncGen && len(f.frames)-1 != floor {
				// a generator yields to whoever resumed it, never across Go
				act, err, reraise = actNone, Errorf(RuntimeError, "yield across a native boundary"), true
				goto reload
			}
		}
	}

	// The one place a frame leaves the fiber (but for RETURN_VALUE's
	// copy of the EntryCall case).
	n := len(f.frames) - 1
	f.frames[n] = nil
	f.frames = f.frames[:n]
	if fr.entry == EntryCall {
		// the common case first: an ordinary call (never a run's floor)
		caller := f.frames[n-1]
		if act == actReturn {
			caller.slots[caller.sp] = val
			caller.sp++
		}
		f.releaseFrame(fr)
		fr, act = caller, actNone
		if err != nil {
			f.addTraceback(err, fr, int(fr.pc)-1)
			reraise = true
		}
		goto reload
	}
	if n == floor {
		// the run's own frame: back to the Go code that entered it
		switch act {
		case actYield:
			return Outcome{Kind: Yielded, Value: val}
		case actRaise:
			f.releaseFrame(fr)
			return Outcome{Kind: Raised, Exc: err}
		}
		f.releaseFrame(fr)
		return Outcome{Kind: Returned, Value: val}
	}
	caller := f.frames[n-1]
	err = f.finishEntry(fr, caller, act, val, err)
	f.releaseFrame(fr) // a no-op for generator and coroutine frames
	fr, act = caller, actNone
	if err != nil {
		f.addTraceback(err, fr, int(fr.pc)-1)
		reraise = true
	}
	goto reload
}
