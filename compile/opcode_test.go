package compile

// This file checks the opcode table against the rest of the bytecode's
// definition: every opcode has a name, a stack effect and an argument flag
// (opcodes in opcode.go), and the compiler emits every opcode, shown by a
// program that makes it emit it (so the VM dispatches no opcode that no
// program can reach).

import (
	"testing"

	"github.com/asyncscript/asyncscript/lang"
)

// emitters gives, for every opcode, a program whose bytecode contains it
// (compiled with superinstructions; PRINT_EXPR interactively).
var emitters = map[Opcode]string{
	NOP:                          "try:\n    f()\nexcept* E:\n    pass\n",
	POP_TOP:                      "f()\n",
	COPY:                         "a < b < c\n",
	SWAP:                         "a, b = b, a\n",
	LOAD_CONST:                   "x = 1\n",
	LOAD_FAST:                    "def f(a):\n    g(a)\n",
	STORE_FAST:                   "def f():\n    a = 1\n",
	DELETE_FAST:                  "def f():\n    a = 1\n    del a\n",
	LOAD_DEREF:                   "def f():\n    a = 1\n    def g():\n        return a\n",
	STORE_DEREF:                  "def f():\n    a = 1\n    def g():\n        return a\n",
	DELETE_DEREF:                 "def f():\n    a = 1\n    def g():\n        return a\n    del a\n",
	LOAD_CLOSURE:                 "def f():\n    a = 1\n    def g():\n        return a\n",
	LOAD_GLOBAL:                  "def f():\n    return g\n",
	STORE_GLOBAL:                 "def f():\n    global g\n    g = 1\n",
	DELETE_GLOBAL:                "def f():\n    global g\n    del g\n",
	LOAD_NAME:                    "class C:\n    y = x\n",
	STORE_NAME:                   "class C:\n    y = 1\n",
	DELETE_NAME:                  "class C:\n    y = 1\n    del y\n",
	LOAD_CLASSDEREF:              "def f():\n    a = 1\n    class C:\n        b = a\n",
	LOAD_ATTR:                    "x = a.b\n",
	STORE_ATTR:                   "a.b = 1\n",
	DELETE_ATTR:                  "del a.b\n",
	LOAD_METHOD:                  "a.b()\n",
	BINARY_SUBSCR:                "x = a[1]\n",
	STORE_SUBSCR:                 "a[1] = 2\n",
	DELETE_SUBSCR:                "del a[1]\n",
	BUILD_SLICE:                  "x = a[1:2]\n",
	BINARY_OP:                    "x = a + b\n",
	UNARY_OP:                     "x = -a\n",
	UNARY_NOT:                    "x = not a\n",
	COMPARE_OP:                   "x = a < b\n",
	IS_OP:                        "x = a is b\n",
	CONTAINS_OP:                  "x = a in b\n",
	BUILD_TUPLE:                  "x = (a, b)\n",
	BUILD_LIST:                   "x = [a]\n",
	BUILD_SET:                    "x = {a}\n",
	BUILD_MAP:                    "x = {a: b}\n",
	BUILD_STRING:                 "x = f'{a}{b}'\n",
	LIST_APPEND:                  "x = [y for y in a]\n",
	SET_ADD:                      "x = {y for y in a}\n",
	MAP_ADD:                      "x = {y: y for y in a}\n",
	LIST_EXTEND:                  "x = [*a]\n",
	SET_UPDATE:                   "x = {*a}\n",
	DICT_UPDATE:                  "x = {**a}\n",
	DICT_MERGE:                   "f(**a, **b)\n",
	LIST_TO_TUPLE:                "x = (*a, b)\n",
	FORMAT_VALUE:                 "x = f'{a}'\n",
	JUMP:                         "while a:\n    f()\n",
	POP_JUMP_IF_FALSE:            "if a:\n    f()\n",
	POP_JUMP_IF_TRUE:             "if not a:\n    f()\n",
	JUMP_IF_FALSE_OR_POP:         "x = a and b\n",
	JUMP_IF_TRUE_OR_POP:          "x = a or b\n",
	GET_ITER:                     "for x in a:\n    pass\n",
	FOR_ITER:                     "for x in a:\n    pass\n",
	UNPACK_SEQUENCE:              "x, y = a\n",
	UNPACK_EX:                    "x, *y = a\n",
	CALL:                         "a.b(1)\n",
	KW_NAMES:                     "f(k=1)\n",
	CALL_FUNCTION_EX:             "f(*a)\n",
	PUSH_NULL:                    "def f(g):\n    g()\n",
	MAKE_FUNCTION:                "def f():\n    pass\n",
	RETURN_VALUE:                 "pass\n",
	LOAD_BUILD_CLASS:             "class C:\n    pass\n",
	YIELD_VALUE:                  "def f():\n    yield 1\n",
	GET_AWAITABLE:                "async def f():\n    await a\n",
	AWAIT:                        "async def f():\n    await a\n",
	GET_YIELD_FROM_ITER:          "def f():\n    yield from a\n",
	YIELD_FROM:                   "def f():\n    yield from a\n",
	GET_AITER:                    "async def f():\n    async for x in a:\n        pass\n",
	GET_ANEXT:                    "async def f():\n    async for x in a:\n        pass\n",
	END_ASYNC_FOR:                "async def f():\n    async for x in a:\n        pass\n",
	PUSH_EXC_INFO:                "try:\n    f()\nexcept E:\n    pass\n",
	POP_EXCEPT:                   "try:\n    f()\nexcept E:\n    pass\n",
	RERAISE:                      "try:\n    f()\nexcept E:\n    pass\n",
	CHECK_EXC_MATCH:              "try:\n    f()\nexcept E:\n    pass\n",
	CHECK_EG_MATCH:               "try:\n    f()\nexcept* E:\n    pass\n",
	PREP_RERAISE_STAR:            "try:\n    f()\nexcept* E:\n    pass\n",
	RAISE_VARARGS:                "raise E\n",
	LOAD_ASSERTION_ERROR:         "assert a\n",
	BEFORE_WITH:                  "with a:\n    pass\n",
	BEFORE_ASYNC_WITH:            "async def f():\n    async with a:\n        pass\n",
	WITH_EXCEPT_START:            "with a:\n    pass\n",
	IMPORT_NAME:                  "import m\n",
	IMPORT_FROM:                  "from m import x\n",
	IMPORT_STAR:                  "from m import *\n",
	PRINT_EXPR:                   "a\n",
	LOAD_FAST_LOAD_CONST:         "def f(a):\n    return g(a, 1)\n",
	COMPARE_JUMP_IF_FALSE:        "if a < b:\n    f()\n",
	COMPARE_JUMP_IF_TRUE:         "if a < b or c:\n    f()\n",
	PUSH_NULL_LOAD_GLOBAL:        "f()\n",
	LOAD_FAST_LOAD_FAST:          "def f(a, b):\n    return g(a, b)\n",
	BINARY_OP_STORE_FAST:         "def f(a, b):\n    c = a + b\n",
	LOAD_FAST_CONST_COMPARE_JUMP: "def f(a):\n    if a < 2:\n        g()\n",
	LOAD_FAST_CONST_BINARY_OP:    "def f(a):\n    return a + 1\n",
	LOAD_FAST_RETURN:             "def f(a):\n    return a\n",
	LOAD_FAST_CONST_OP_STORE:     "def f(a):\n    a += 1\n",
	LOAD_FAST_PAIR_BINARY_OP:     "def f(a, b):\n    return a * b\n",
	LOAD_CONST_OP_STORE:          "def f(a, b):\n    a = g(a) % 7\n",
	BINARY_OP_CONST_OP_STORE:     "def f(a, b):\n    a = (a + b) % 7\n",
	JUMP_BACK_COMPARE:            "def f(a):\n    while a < 9:\n        a += 1\n",
	CALL_GLOBAL_1:                "def f(n):\n    return f(n - 1)\n",
	LOAD_FAST_LOAD_ATTR:          "def f(a):\n    return a.x\n",
	LOAD_FAST_STORE_ATTR:         "def f(a):\n    a.x = 1\n",
	LOAD_CONST_RETURN:            "def f(a):\n    g()\n",
}

func TestOpcodeTable(t *testing.T) {
	for op := Opcode(0); op < NumOpcodes; op++ {
		info := opcodes[op]
		if info.name == "" {
			t.Errorf("opcode %d has no entry in opcodes", op)
			continue
		}
		if info.effect == varies {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s: %v", info.name, r)
					}
				}()
				for _, jump := range []bool{false, true} {
					stackEffect(op, 1, jump)
				}
			}()
		}
	}
}

func TestEveryOpcodeEmitted(t *testing.T) {
	for op := Opcode(0); op < NumOpcodes; op++ {
		src, ok := emitters[op]
		if !ok {
			t.Errorf("%s: no program in emitters emits it", op)
			continue
		}
		m, err := lang.Parse("t.as", []byte(src), lang.ModeFile)
		if err != nil {
			t.Fatalf("%s: parse %q: %v", op, src, err)
		}
		code, err := Compile(m, Options{Interactive: op == PRINT_EXPR, debug: true})
		if err != nil {
			t.Fatalf("%s: compile %q: %v", op, src, err)
		}
		if !emits(code, op) {
			t.Errorf("%s: not emitted for %q:\n%s", op, src, code.Disassemble())
		}
	}
}

// emits reports whether op occurs in c or a code object nested in it.
func emits(c *Code, op Opcode) bool {
	for _, in := range c.Instrs {
		if in.Op() == op {
			return true
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok && emits(sub, op) {
			return true
		}
	}
	return false
}
