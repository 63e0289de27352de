package compile

// This file declares the bytecode: every opcode once, with its stack
// picture (before -- after) and its meaning. The instruction set follows
// CPython 3.11's (same names where the meaning is the same) so that the
// compiler can mirror CPython's codegen, including the static exception
// table: there is no runtime block stack.
//
// Departures from 3.11's set: there is no MAKE_CELL (a parameter that is
// also a cell is moved into its cell at frame entry, see Code.CellArgs), no
// RETURN_GENERATOR (a call of generator or coroutine code makes the
// generator or coroutine object from Code.Flags before running anything)
// and no CALL_INTRINSIC (3.12's). Superinstructions (at the end) are ours.
//
// The table opcodes, after the enum, gives each opcode its name, its stack
// effect and whether it takes an argument; opcode_test.go checks that every
// opcode has an entry and that the compiler emits every opcode.
//
// An instruction is a uint32: low 8 bits opcode, high 24 bits argument.
// Jump arguments are absolute instruction indexes.

// Opcode is a bytecode operation.
type Opcode uint8

// Instr is one encoded instruction.
type Instr uint32

func MakeInstr(op Opcode, arg int) Instr { return Instr(uint32(op) | uint32(arg)<<8) }
func (i Instr) Op() Opcode               { return Opcode(i & 0xff) }
func (i Instr) Arg() int                 { return int(i >> 8) }

const (
	NOP Opcode = iota

	// stack manipulation
	POP_TOP // x --
	COPY    // arg=i: ... x_i ... x_1 -- ... x_i ... x_1 x_i   (COPY 1 duplicates TOS)
	SWAP    // arg=i: swaps TOS and the i-th item (SWAP 2 exchanges the top two)

	// constants and names
	LOAD_CONST      // -- consts[arg]
	LOAD_FAST       // -- locals[arg]; UnboundLocalError if unset
	STORE_FAST      // x --
	DELETE_FAST     //
	LOAD_DEREF      // -- cells[arg].value  (cells = CellVars then FreeVars); NameError/UnboundLocalError if empty
	STORE_DEREF     // x --
	DELETE_DEREF    //
	LOAD_CLOSURE    // -- cells[arg] (the cell object itself, for MAKE_FUNCTION)
	LOAD_GLOBAL     // -- globals[names[arg]] or builtins; NameError
	STORE_GLOBAL    // x --
	DELETE_GLOBAL   //
	LOAD_NAME       // -- (class body / REPL) namespace, then globals, then builtins
	STORE_NAME      // x --
	DELETE_NAME     //
	LOAD_CLASSDEREF // -- class namespace[name of cells[arg]] else cells[arg].value

	// attributes and items
	LOAD_ATTR     // obj -- obj.names[arg]
	STORE_ATTR    // value obj --        (obj.names[arg] = value)
	DELETE_ATTR   // obj --
	LOAD_METHOD   // obj -- meth self  |  NULL attr   (pair consumed by CALL)
	BINARY_SUBSCR // obj key -- obj[key]
	STORE_SUBSCR  // value obj key --
	DELETE_SUBSCR // obj key --
	BUILD_SLICE   // arg=2: lo hi -- slice ; arg=3: lo hi step -- slice

	// operators
	BINARY_OP   // a b -- a op b ; arg = BinOp | 0x80 for the in-place form
	UNARY_OP    // a -- op a ; arg = UnaryOp
	UNARY_NOT   // a -- not a
	COMPARE_OP  // a b -- a cmp b ; arg = CmpOp
	IS_OP       // a b -- (a is b) ; arg=1: is not
	CONTAINS_OP // a b -- (a in b) ; arg=1: not in

	// building
	BUILD_TUPLE   // x1..xn -- tuple
	BUILD_LIST    // x1..xn -- list
	BUILD_SET     // x1..xn -- set
	BUILD_MAP     // k1 v1 .. kn vn -- dict
	BUILD_STRING  // s1..sn -- concatenation (f-strings)
	LIST_APPEND   // arg=i: list at stack[-i] after popping x: x --   (comprehensions)
	SET_ADD       // x --
	MAP_ADD       // k v --
	LIST_EXTEND   // arg=i: iterable -- ; list at stack[-i]; i|ExtendForCall: the list holds a call's positional arguments (the function is just below it)
	SET_UPDATE    // iterable --
	DICT_UPDATE   // mapping --    ({**m})
	DICT_MERGE    // mapping --    (f(**m): TypeError on duplicate keyword)
	LIST_TO_TUPLE // list -- tuple
	FORMAT_VALUE  // value [spec] -- str ; arg&3: 0 none,1 str,2 repr,3 ascii ; arg&4: spec on stack

	// control flow
	JUMP                 // pc = arg
	POP_JUMP_IF_FALSE    // x --
	POP_JUMP_IF_TRUE     // x --
	JUMP_IF_FALSE_OR_POP // x -- x (jump) | -- (fall through)
	JUMP_IF_TRUE_OR_POP  //
	GET_ITER             // iterable -- iterator
	FOR_ITER             // iterator -- iterator next ; exhausted: iterator -- and jump to arg
	UNPACK_SEQUENCE      // seq -- x_n .. x_1 (x_1 on top)
	UNPACK_EX            // seq -- ...; arg = before | after<<8 ; the starred list in between

	// calls and functions
	CALL             // callable_or_NULL self_or_callable a1..an -- result ; arg=n (see below)
	KW_NAMES         // next CALL's last len(consts[arg]) args are keywords named by that tuple
	CALL_FUNCTION_EX // NULL func args_tuple [kwargs_dict] -- result ; arg&1: kwargs present (PUSH_NULL first, as CPython)
	PUSH_NULL        // -- NULL
	MAKE_FUNCTION    // [defaults_tuple] [kwdefaults_dict] [closure_tuple] code -- function (bottom to top, as CPython) ; arg flags: 1 defaults, 2 kwdefaults, 8 closure
	RETURN_VALUE     // x -- (return)
	LOAD_BUILD_CLASS // -- __build_class__

	// generators and coroutines
	YIELD_VALUE         // x -- sent
	GET_AWAITABLE       // x -- awaitable ; arg for error wording: 0 await, 1 async with enter, 2 async with exit
	AWAIT               // awaitable -- result  (suspends the fiber while pending; see DESIGN 1.3)
	GET_YIELD_FROM_ITER // iterable -- iterator (yield from)
	YIELD_FROM          // iterator -- result (delegates until StopIteration)
	GET_AITER           // x -- aiter
	GET_ANEXT           // aiter -- aiter awaitable
	END_ASYNC_FOR       // aiter exc -- ; if exc is StopAsyncIteration: pop both and continue, else re-raise

	// exceptions (3.11 zero-cost: handlers come from Code.Handlers)
	PUSH_EXC_INFO        // exc -- prev_exc exc   (sets the frame's handled exception)
	POP_EXCEPT           // prev_exc -- (restores the handled exception)
	RERAISE              // ... exc -- (raise exc again, keeping its traceback); arg=1: pop lasti below exc and restore it
	CHECK_EXC_MATCH      // exc type -- exc bool
	CHECK_EG_MATCH       // eg type -- rest match   (except*) ; match is None when nothing matched
	PREP_RERAISE_STAR    // orig list -- exc_or_None  (combine raised/unhandled of except*)
	RAISE_VARARGS        // arg=0: re-raise handled ; 1: exc -- ; 2: exc cause --
	LOAD_ASSERTION_ERROR // -- AssertionError
	BEFORE_WITH          // mgr -- exit_bound result_of_enter
	BEFORE_ASYNC_WITH    // mgr -- aexit_bound awaitable_of_aenter
	WITH_EXCEPT_START    // exit_bound lasti prev exc -- exit_bound lasti prev exc result  (calls exit(type, exc, tb))

	// modules
	IMPORT_NAME // -- module ; names[arg] dotted; pushes the top-level package for `import a.b` (as CPython)
	IMPORT_FROM // module -- module attr ; names[arg]; ImportError "cannot import name"
	IMPORT_STAR // module --
	PRINT_EXPR  // x -- ; REPL: print repr(x) unless None and set builtins._

	// Superinstructions, written over the first instruction of a pair by
	// fuse (superinstr.go) after codegen. Each does the work of both and
	// skips the second, which stays in place as a valid jump target.
	LOAD_FAST_LOAD_CONST  // -- local const ; arg = local | const<<12
	COMPARE_JUMP_IF_FALSE // a b -- ; arg = CmpOp | target<<3
	COMPARE_JUMP_IF_TRUE  // a b -- ; arg = CmpOp | target<<3
	PUSH_NULL_LOAD_GLOBAL // -- NULL global ; arg = name index
	LOAD_FAST_LOAD_FAST   // -- local1 local2 ; arg = local1 | local2<<12
	BINARY_OP_STORE_FAST  // a b -- ; local = a op b ; arg = BINARY_OP's arg | local<<8

	// Triples, written by fuse's second pass over a LOAD_FAST_LOAD_CONST
	// whose third instruction (two on) is the named one: they push the
	// local and the constant, then do that instruction (its arg is read
	// from it) and go on after it, one dispatch where there were two.
	LOAD_FAST_CONST_COMPARE_JUMP // -- ; `local op const` and branch; arg as LOAD_FAST_LOAD_CONST
	LOAD_FAST_CONST_BINARY_OP    // -- r ; r = `local op const` (or stored, by a BINARY_OP_STORE_FAST); arg as LOAD_FAST_LOAD_CONST

	// A pair whose second instruction ends the frame, so that nothing is
	// stepped over: `return local` (LOAD_FAST, RETURN_VALUE).
	LOAD_FAST_RETURN // -- (return local) ; arg = local

	// Int superinstructions, written by fuseIntOps (superinstr.go) last:
	// on int operands they read their operands where they lie and write
	// the result where it goes, with no operand-stack traffic; on anything
	// else they do what the instruction they were written over does
	// (exec falls through into its case).
	LOAD_FAST_CONST_OP_STORE // -- ; local2 = `local op const`, over a LOAD_FAST_CONST_BINARY_OP whose third is a BINARY_OP_STORE_FAST; arg as LOAD_FAST_LOAD_CONST
	LOAD_FAST_PAIR_BINARY_OP // -- r ; r = `local1 op local2`, over a LOAD_FAST_LOAD_FAST whose third is a BINARY_OP; arg as LOAD_FAST_LOAD_FAST
	LOAD_CONST_OP_STORE      // a -- ; local = `a op const`, over a LOAD_CONST followed by a BINARY_OP_STORE_FAST; arg as LOAD_CONST
	JUMP_BACK_COMPARE        // -- ; a loop's back edge onto a LOAD_FAST_CONST_COMPARE_JUMP, which it then does; arg as JUMP
	BINARY_OP_CONST_OP_STORE // a b -- ; local = `(a op b) op2 const`, over a BINARY_OP followed by a LOAD_CONST_OP_STORE; arg as BINARY_OP

	// A call of a global with one simple argument, written by fuseCalls
	// (superinstr.go) last over the PUSH_NULL_LOAD_GLOBAL of
	// `PUSH_NULL_LOAD_GLOBAL g; LOAD_GLOBAL g; <arg>; CALL 1`, where <arg>
	// is a LOAD_FAST, a LOAD_CONST or a LOAD_FAST_CONST_BINARY_OP whose
	// third is a BINARY_OP. When g is a plain Python function (exec's
	// fast path for CALL would take it) it enters g's frame with the
	// argument in its first local and the caller resumes after the CALL;
	// otherwise it is PUSH_NULL_LOAD_GLOBAL.
	CALL_GLOBAL_1 // -- (NULL global, or g's frame entered) ; arg as PUSH_NULL_LOAD_GLOBAL

	// `local.name` (self.x), written by fuse over the LOAD_FAST of a
	// LOAD_FAST, LOAD_ATTR pair: the LOAD_FAST, then the LOAD_ATTR (its
	// arg read from it) without a dispatch of its own.
	LOAD_FAST_LOAD_ATTR // -- local.name ; arg = local
	// `local.name = v`, likewise over a LOAD_FAST, STORE_ATTR pair; also
	// over the LOAD_FAST before such a pair (`self.x = x`: the value's
	// load, then the pair), so that both loads and the store take one
	// dispatch.
	LOAD_FAST_STORE_ATTR // -- local ; arg = local, then the next instruction
	// `return const` (return None ending a function), over a LOAD_CONST,
	// RETURN_VALUE pair.
	LOAD_CONST_RETURN // -- (return const) ; arg = const

	NumOpcodes
)

// ExtendForCall marks a LIST_EXTEND building a call's arguments.
const ExtendForCall = 0x100

// CALL stack convention (as 3.11): before the call the stack holds either
//   NULL, callable, args...   (plain call: PUSH_NULL first)
// or
//   method, self, args...      (from LOAD_METHOD when the attribute is a
//                               function found on the class)
// or
//   NULL, bound_attr, args...  (LOAD_METHOD on anything else)
// CALL arg = number of args after those two slots, including keyword
// values announced by a preceding KW_NAMES.

// BinOp names a binary operator.
type BinOp uint8

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpMatMul
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	NumBinOps
)

// BinOpSymbols maps BinOp to its source symbol ("+", "//", ...).
var BinOpSymbols = [...]string{"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"}

// CmpOp names a rich comparison.
type CmpOp uint8

const (
	CmpEq CmpOp = iota
	CmpNe
	CmpLt
	CmpLe
	CmpGt
	CmpGe
)

// UnaryOp names a unary operator.
type UnaryOp uint8

const (
	UnaryNeg UnaryOp = iota
	UnaryPos
	UnaryInvert
)

// opInfo describes one opcode: its name, its net stack effect (varies: it
// depends on the argument or on whether a jump is taken, see stackEffect)
// and whether its argument means anything (the disassembler prints it).
type opInfo struct {
	name   string
	effect int8
	hasArg bool
}

// varies marks an opcode whose stack effect stackEffect computes.
const varies = -128

const (
	withArg = true
	noArg   = false
)

// opcodes is the one table of opcode facts, in enum order.
var opcodes = [NumOpcodes]opInfo{
	NOP:     {"NOP", 0, noArg},
	POP_TOP: {"POP_TOP", -1, noArg},
	COPY:    {"COPY", 1, withArg},
	SWAP:    {"SWAP", 0, withArg},

	LOAD_CONST:      {"LOAD_CONST", 1, withArg},
	LOAD_FAST:       {"LOAD_FAST", 1, withArg},
	STORE_FAST:      {"STORE_FAST", -1, withArg},
	DELETE_FAST:     {"DELETE_FAST", 0, withArg},
	LOAD_DEREF:      {"LOAD_DEREF", 1, withArg},
	STORE_DEREF:     {"STORE_DEREF", -1, withArg},
	DELETE_DEREF:    {"DELETE_DEREF", 0, withArg},
	LOAD_CLOSURE:    {"LOAD_CLOSURE", 1, withArg},
	LOAD_GLOBAL:     {"LOAD_GLOBAL", 1, withArg},
	STORE_GLOBAL:    {"STORE_GLOBAL", -1, withArg},
	DELETE_GLOBAL:   {"DELETE_GLOBAL", 0, withArg},
	LOAD_NAME:       {"LOAD_NAME", 1, withArg},
	STORE_NAME:      {"STORE_NAME", -1, withArg},
	DELETE_NAME:     {"DELETE_NAME", 0, withArg},
	LOAD_CLASSDEREF: {"LOAD_CLASSDEREF", 1, withArg},

	LOAD_ATTR:     {"LOAD_ATTR", 0, withArg},
	STORE_ATTR:    {"STORE_ATTR", -2, withArg},
	DELETE_ATTR:   {"DELETE_ATTR", -1, withArg},
	LOAD_METHOD:   {"LOAD_METHOD", 1, withArg},
	BINARY_SUBSCR: {"BINARY_SUBSCR", -1, noArg},
	STORE_SUBSCR:  {"STORE_SUBSCR", -3, noArg},
	DELETE_SUBSCR: {"DELETE_SUBSCR", -2, noArg},
	BUILD_SLICE:   {"BUILD_SLICE", varies, withArg},

	BINARY_OP:   {"BINARY_OP", -1, withArg},
	UNARY_OP:    {"UNARY_OP", 0, withArg},
	UNARY_NOT:   {"UNARY_NOT", 0, noArg},
	COMPARE_OP:  {"COMPARE_OP", -1, withArg},
	IS_OP:       {"IS_OP", -1, withArg},
	CONTAINS_OP: {"CONTAINS_OP", -1, withArg},

	BUILD_TUPLE:   {"BUILD_TUPLE", varies, withArg},
	BUILD_LIST:    {"BUILD_LIST", varies, withArg},
	BUILD_SET:     {"BUILD_SET", varies, withArg},
	BUILD_MAP:     {"BUILD_MAP", varies, withArg},
	BUILD_STRING:  {"BUILD_STRING", varies, withArg},
	LIST_APPEND:   {"LIST_APPEND", -1, withArg},
	SET_ADD:       {"SET_ADD", -1, withArg},
	MAP_ADD:       {"MAP_ADD", -2, withArg},
	LIST_EXTEND:   {"LIST_EXTEND", -1, withArg},
	SET_UPDATE:    {"SET_UPDATE", -1, withArg},
	DICT_UPDATE:   {"DICT_UPDATE", -1, withArg},
	DICT_MERGE:    {"DICT_MERGE", -1, withArg},
	LIST_TO_TUPLE: {"LIST_TO_TUPLE", 0, noArg},
	FORMAT_VALUE:  {"FORMAT_VALUE", varies, withArg},

	JUMP:                 {"JUMP", 0, withArg},
	POP_JUMP_IF_FALSE:    {"POP_JUMP_IF_FALSE", -1, withArg},
	POP_JUMP_IF_TRUE:     {"POP_JUMP_IF_TRUE", -1, withArg},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", varies, withArg},
	JUMP_IF_TRUE_OR_POP:  {"JUMP_IF_TRUE_OR_POP", varies, withArg},
	GET_ITER:             {"GET_ITER", 0, noArg},
	FOR_ITER:             {"FOR_ITER", varies, withArg},
	UNPACK_SEQUENCE:      {"UNPACK_SEQUENCE", varies, withArg},
	UNPACK_EX:            {"UNPACK_EX", varies, withArg},

	CALL:             {"CALL", varies, withArg},
	KW_NAMES:         {"KW_NAMES", 0, withArg},
	CALL_FUNCTION_EX: {"CALL_FUNCTION_EX", varies, withArg},
	PUSH_NULL:        {"PUSH_NULL", 1, noArg},
	MAKE_FUNCTION:    {"MAKE_FUNCTION", varies, withArg},
	RETURN_VALUE:     {"RETURN_VALUE", -1, noArg},
	LOAD_BUILD_CLASS: {"LOAD_BUILD_CLASS", 1, noArg},

	YIELD_VALUE:         {"YIELD_VALUE", 0, noArg},
	GET_AWAITABLE:       {"GET_AWAITABLE", 0, withArg},
	AWAIT:               {"AWAIT", 0, noArg},
	GET_YIELD_FROM_ITER: {"GET_YIELD_FROM_ITER", 0, noArg},
	YIELD_FROM:          {"YIELD_FROM", 0, noArg},
	GET_AITER:           {"GET_AITER", 0, noArg},
	GET_ANEXT:           {"GET_ANEXT", 1, noArg},
	END_ASYNC_FOR:       {"END_ASYNC_FOR", -2, noArg},

	PUSH_EXC_INFO:        {"PUSH_EXC_INFO", 1, noArg},
	POP_EXCEPT:           {"POP_EXCEPT", -1, noArg},
	RERAISE:              {"RERAISE", -1, withArg},
	CHECK_EXC_MATCH:      {"CHECK_EXC_MATCH", 0, noArg},
	CHECK_EG_MATCH:       {"CHECK_EG_MATCH", 0, noArg},
	PREP_RERAISE_STAR:    {"PREP_RERAISE_STAR", -1, noArg},
	RAISE_VARARGS:        {"RAISE_VARARGS", varies, withArg},
	LOAD_ASSERTION_ERROR: {"LOAD_ASSERTION_ERROR", 1, noArg},
	BEFORE_WITH:          {"BEFORE_WITH", 1, noArg},
	BEFORE_ASYNC_WITH:    {"BEFORE_ASYNC_WITH", 1, noArg},
	WITH_EXCEPT_START:    {"WITH_EXCEPT_START", 1, noArg},

	IMPORT_NAME: {"IMPORT_NAME", 1, withArg},
	IMPORT_FROM: {"IMPORT_FROM", 1, withArg},
	IMPORT_STAR: {"IMPORT_STAR", -1, noArg},
	PRINT_EXPR:  {"PRINT_EXPR", -1, noArg},

	// Superinstructions are written by fuse after the depth analysis: their
	// effects (both halves') are stated for completeness.
	LOAD_FAST_LOAD_CONST:         {"LOAD_FAST_LOAD_CONST", 2, withArg},
	COMPARE_JUMP_IF_FALSE:        {"COMPARE_JUMP_IF_FALSE", -2, withArg},
	COMPARE_JUMP_IF_TRUE:         {"COMPARE_JUMP_IF_TRUE", -2, withArg},
	PUSH_NULL_LOAD_GLOBAL:        {"PUSH_NULL_LOAD_GLOBAL", 2, withArg},
	LOAD_FAST_LOAD_FAST:          {"LOAD_FAST_LOAD_FAST", 2, withArg},
	BINARY_OP_STORE_FAST:         {"BINARY_OP_STORE_FAST", -2, withArg},
	LOAD_FAST_CONST_COMPARE_JUMP: {"LOAD_FAST_CONST_COMPARE_JUMP", 0, withArg},
	LOAD_FAST_CONST_BINARY_OP:    {"LOAD_FAST_CONST_BINARY_OP", 1, withArg},
	LOAD_FAST_RETURN:             {"LOAD_FAST_RETURN", 0, withArg},
	LOAD_FAST_CONST_OP_STORE:     {"LOAD_FAST_CONST_OP_STORE", 0, withArg},
	LOAD_FAST_PAIR_BINARY_OP:     {"LOAD_FAST_PAIR_BINARY_OP", 1, withArg},
	LOAD_CONST_OP_STORE:          {"LOAD_CONST_OP_STORE", -1, withArg},
	JUMP_BACK_COMPARE:            {"JUMP_BACK_COMPARE", 0, withArg},
	BINARY_OP_CONST_OP_STORE:     {"BINARY_OP_CONST_OP_STORE", -2, withArg},
	CALL_GLOBAL_1:                {"CALL_GLOBAL_1", 2, withArg},
	LOAD_FAST_LOAD_ATTR:          {"LOAD_FAST_LOAD_ATTR", 1, withArg},
	LOAD_FAST_STORE_ATTR:         {"LOAD_FAST_STORE_ATTR", 1, withArg},
	LOAD_CONST_RETURN:            {"LOAD_CONST_RETURN", 0, withArg},
}

func (op Opcode) String() string {
	if int(op) < len(opcodes) && opcodes[op].name != "" {
		return opcodes[op].name
	}
	return "OP?"
}
