package interp

// This file declares the bytecode: every opcode once, with its stack
// picture (before -- after) and its meaning. The instruction set follows
// CPython 3.11's (same names where the meaning is the same) so that the
// compiler can mirror CPython's codegen, including the static exception
// table: there is no runtime block stack.
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
	MAKE_CELL       // arg=i: locals slot CellArgs... see Code.CellArgs: done by the VM at frame entry; the opcode is unused
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
	LIST_EXTEND   // arg=i: iterable -- ; list at stack[-i]; i|extendForCall: the list holds a call's positional arguments (the function is just below it)
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
	CALL_INTRINSIC   // reserved

	// generators and coroutines
	RETURN_GENERATOR    // first instruction of generator/coroutine code: the VM turns the call into a generator/coroutine object
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

	NumOpcodes
)

// extendForCall marks a LIST_EXTEND building a call's arguments.
const extendForCall = 0x100

// CALL stack convention (as 3.11): before the call the stack holds either
//   NULL, callable, args...   (plain call: PUSH_NULL first)
// or
//   method, self, args...      (from LOAD_METHOD when the attribute is a
//                               function found on the class)
// or
//   NULL, bound_attr, args...  (LOAD_METHOD on anything else)
// CALL arg = number of args after those two slots, including keyword
// values announced by a preceding KW_NAMES.

// OpcodeNames gives each opcode its name for the disassembler.
var OpcodeNames = [...]string{
	NOP: "NOP", POP_TOP: "POP_TOP", COPY: "COPY", SWAP: "SWAP",
	LOAD_CONST: "LOAD_CONST", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST", DELETE_FAST: "DELETE_FAST",
	LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF", DELETE_DEREF: "DELETE_DEREF", LOAD_CLOSURE: "LOAD_CLOSURE",
	MAKE_CELL: "MAKE_CELL", LOAD_GLOBAL: "LOAD_GLOBAL", STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
	LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME", LOAD_CLASSDEREF: "LOAD_CLASSDEREF",
	LOAD_ATTR: "LOAD_ATTR", STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR", LOAD_METHOD: "LOAD_METHOD",
	BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR", DELETE_SUBSCR: "DELETE_SUBSCR", BUILD_SLICE: "BUILD_SLICE",
	BINARY_OP: "BINARY_OP", UNARY_OP: "UNARY_OP", UNARY_NOT: "UNARY_NOT", COMPARE_OP: "COMPARE_OP", IS_OP: "IS_OP", CONTAINS_OP: "CONTAINS_OP",
	BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST", BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP", BUILD_STRING: "BUILD_STRING",
	LIST_APPEND: "LIST_APPEND", SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND", SET_UPDATE: "SET_UPDATE",
	DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE", LIST_TO_TUPLE: "LIST_TO_TUPLE", FORMAT_VALUE: "FORMAT_VALUE",
	JUMP: "JUMP", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP", JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP",
	GET_ITER: "GET_ITER", FOR_ITER: "FOR_ITER", UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX",
	CALL: "CALL", KW_NAMES: "KW_NAMES", CALL_FUNCTION_EX: "CALL_FUNCTION_EX", PUSH_NULL: "PUSH_NULL",
	MAKE_FUNCTION: "MAKE_FUNCTION", RETURN_VALUE: "RETURN_VALUE", LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS", CALL_INTRINSIC: "CALL_INTRINSIC",
	RETURN_GENERATOR: "RETURN_GENERATOR", YIELD_VALUE: "YIELD_VALUE", GET_AWAITABLE: "GET_AWAITABLE", AWAIT: "AWAIT",
	GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER", YIELD_FROM: "YIELD_FROM", GET_AITER: "GET_AITER", GET_ANEXT: "GET_ANEXT", END_ASYNC_FOR: "END_ASYNC_FOR",
	PUSH_EXC_INFO: "PUSH_EXC_INFO", POP_EXCEPT: "POP_EXCEPT", RERAISE: "RERAISE", CHECK_EXC_MATCH: "CHECK_EXC_MATCH",
	CHECK_EG_MATCH: "CHECK_EG_MATCH", PREP_RERAISE_STAR: "PREP_RERAISE_STAR", RAISE_VARARGS: "RAISE_VARARGS",
	LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR", BEFORE_WITH: "BEFORE_WITH", BEFORE_ASYNC_WITH: "BEFORE_ASYNC_WITH",
	WITH_EXCEPT_START: "WITH_EXCEPT_START", IMPORT_NAME: "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR",
	PRINT_EXPR:           "PRINT_EXPR",
	LOAD_FAST_LOAD_CONST: "LOAD_FAST_LOAD_CONST", COMPARE_JUMP_IF_FALSE: "COMPARE_JUMP_IF_FALSE",
	COMPARE_JUMP_IF_TRUE: "COMPARE_JUMP_IF_TRUE", PUSH_NULL_LOAD_GLOBAL: "PUSH_NULL_LOAD_GLOBAL",
	LOAD_FAST_LOAD_FAST: "LOAD_FAST_LOAD_FAST", BINARY_OP_STORE_FAST: "BINARY_OP_STORE_FAST",
}

func (op Opcode) String() string {
	if int(op) < len(OpcodeNames) && OpcodeNames[op] != "" {
		return OpcodeNames[op]
	}
	return "OP?"
}
