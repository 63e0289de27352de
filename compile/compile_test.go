package compile

// This file tests the compiler: codegen compared as disassembly listings
// (one instruction per line), code object metadata (flags, parameters,
// cells, qualified names), and the SyntaxErrors of scope analysis.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/lang"
)

func compileSrc(t *testing.T, src string, opts Options) *Code {
	t.Helper()
	m, err := lang.Parse("t.as", []byte(src), lang.ModeFile)
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	opts.NoFuse, opts.debug = true, true
	c, err := Compile(m, opts)
	if err != nil {
		t.Fatalf("compile %q: %v", src, err)
	}
	return c
}

// codegenCases: name, source, expected Disassemble() output.
var codegenCases = []struct{ name, src, want string }{
	{"assertraise", "assert x, \"msg\"\nraise E from C\n", `
   0 LOAD_GLOBAL 0 (x)
   1 POP_JUMP_IF_TRUE 6
   2 LOAD_ASSERTION_ERROR
   3 LOAD_CONST 0 ('msg')
   4 CALL 0
   5 RAISE_VARARGS 1
   6 LOAD_GLOBAL 1 (E)
   7 LOAD_GLOBAL 2 (C)
   8 RAISE_VARARGS 2
`},
	{"asyncfor", "async def f(xs):\n    async for x in xs:\n        g(x)\n    else:\n        h()\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 LOAD_FAST 0 (xs)
   1 GET_AITER
   2 GET_ANEXT
   3 AWAIT
   4 STORE_FAST 1 (x)
   5 PUSH_NULL
   6 LOAD_GLOBAL 0 (g)
   7 LOAD_FAST 1 (x)
   8 CALL 1
   9 POP_TOP
  10 JUMP 2
  11 END_ASYNC_FOR
  12 PUSH_NULL
  13 LOAD_GLOBAL 1 (h)
  14 CALL 0
  15 POP_TOP
  16 LOAD_CONST 0 (None)
  17 RETURN_VALUE
ExceptionTable:
  2 to 4 -> 11 [1]
`},
	{"asyncwith", "async def f():\n    async with a() as x:\n        return x\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (a)
   2 CALL 0
   3 BEFORE_ASYNC_WITH
   4 GET_AWAITABLE 1
   5 AWAIT
   6 STORE_FAST 0 (x)
   7 LOAD_FAST 0 (x)
   8 SWAP 2
   9 LOAD_CONST 0 (None)
  10 LOAD_CONST 0 (None)
  11 LOAD_CONST 0 (None)
  12 CALL 2
  13 GET_AWAITABLE 2
  14 AWAIT
  15 POP_TOP
  16 RETURN_VALUE
  17 PUSH_EXC_INFO
  18 WITH_EXCEPT_START
  19 GET_AWAITABLE 2
  20 AWAIT
  21 POP_JUMP_IF_TRUE 26
  22 RERAISE 2
  23 COPY 3
  24 POP_EXCEPT
  25 RERAISE 1
  26 POP_TOP
  27 POP_EXCEPT
  28 POP_TOP
  29 POP_TOP
  30 LOAD_CONST 0 (None)
  31 RETURN_VALUE
ExceptionTable:
  6 to 8 -> 17 [1] lasti
  17 to 23 -> 23 [3] lasti
  26 to 27 -> 23 [3] lasti
`},
	{"augassign", "x += 1\no.a -= 2\nd[k] *= 3\n", `
   0 LOAD_GLOBAL 0 (x)
   1 LOAD_CONST 0 (1)
   2 BINARY_OP 128 (+=)
   3 STORE_GLOBAL 0 (x)
   4 LOAD_GLOBAL 1 (o)
   5 COPY 1
   6 LOAD_ATTR 2 (a)
   7 LOAD_CONST 1 (2)
   8 BINARY_OP 129 (-=)
   9 SWAP 2
  10 STORE_ATTR 2 (a)
  11 LOAD_GLOBAL 3 (d)
  12 LOAD_GLOBAL 4 (k)
  13 COPY 2
  14 COPY 2
  15 BINARY_SUBSCR
  16 LOAD_CONST 2 (3)
  17 BINARY_OP 130 (*=)
  18 SWAP 3
  19 SWAP 2
  20 STORE_SUBSCR
  21 LOAD_CONST 3 (None)
  22 RETURN_VALUE
`},
	{"awaits", "async def f():\n    return await g()\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (g)
   2 CALL 0
   3 GET_AWAITABLE 0
   4 AWAIT
   5 RETURN_VALUE
`},
	{"boolops", "x = a and b or c\nif a and not b or c:\n    f()\n", `
   0 LOAD_GLOBAL 0 (a)
   1 JUMP_IF_FALSE_OR_POP 3
   2 LOAD_GLOBAL 1 (b)
   3 JUMP_IF_TRUE_OR_POP 5
   4 LOAD_GLOBAL 2 (c)
   5 STORE_GLOBAL 3 (x)
   6 LOAD_GLOBAL 0 (a)
   7 POP_JUMP_IF_FALSE 10
   8 LOAD_GLOBAL 1 (b)
   9 POP_JUMP_IF_FALSE 12
  10 LOAD_GLOBAL 2 (c)
  11 POP_JUMP_IF_FALSE 16
  12 PUSH_NULL
  13 LOAD_GLOBAL 4 (f)
  14 CALL 0
  15 POP_TOP
  16 LOAD_CONST 0 (None)
  17 RETURN_VALUE
`},
	{"calls", "f(1, x=2)\no.m(a, *b)\no.m(k=1)\nf(*a, **k)\nf(1, *a, 2, x=1, **k, y=2)\n", `
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (f)
   2 LOAD_CONST 0 (1)
   3 LOAD_CONST 1 (2)
   4 KW_NAMES 2 (('x',))
   5 CALL 2
   6 POP_TOP
   7 PUSH_NULL
   8 LOAD_GLOBAL 1 (o)
   9 LOAD_ATTR 2 (m)
  10 LOAD_GLOBAL 3 (a)
  11 BUILD_LIST 1
  12 LOAD_GLOBAL 4 (b)
  13 LIST_EXTEND 1
  14 LIST_TO_TUPLE
  15 CALL_FUNCTION_EX 0
  16 POP_TOP
  17 LOAD_GLOBAL 1 (o)
  18 LOAD_METHOD 2 (m)
  19 LOAD_CONST 0 (1)
  20 KW_NAMES 3 (('k',))
  21 CALL 1
  22 POP_TOP
  23 PUSH_NULL
  24 LOAD_GLOBAL 0 (f)
  25 BUILD_LIST 0
  26 LOAD_GLOBAL 3 (a)
  27 LIST_EXTEND 1
  28 LIST_TO_TUPLE
  29 BUILD_MAP 0
  30 LOAD_GLOBAL 5 (k)
  31 DICT_MERGE 1
  32 CALL_FUNCTION_EX 1
  33 POP_TOP
  34 PUSH_NULL
  35 LOAD_GLOBAL 0 (f)
  36 LOAD_CONST 0 (1)
  37 BUILD_LIST 1
  38 LOAD_GLOBAL 3 (a)
  39 LIST_EXTEND 1
  40 LOAD_CONST 1 (2)
  41 LIST_APPEND 1
  42 LIST_TO_TUPLE
  43 LOAD_CONST 4 ('x')
  44 LOAD_CONST 0 (1)
  45 BUILD_MAP 1
  46 LOAD_GLOBAL 5 (k)
  47 DICT_MERGE 1
  48 LOAD_CONST 5 ('y')
  49 LOAD_CONST 1 (2)
  50 BUILD_MAP 1
  51 DICT_MERGE 1
  52 CALL_FUNCTION_EX 1
  53 POP_TOP
  54 LOAD_CONST 6 (None)
  55 RETURN_VALUE
`},
	{"chaincmp", "x = a < b <= c\nif a < b < c:\n    f()\ny = a is not b, a not in b\n", `
   0 LOAD_GLOBAL 0 (a)
   1 LOAD_GLOBAL 1 (b)
   2 SWAP 2
   3 COPY 2
   4 COMPARE_OP 2 (<)
   5 JUMP_IF_FALSE_OR_POP 9
   6 LOAD_GLOBAL 2 (c)
   7 COMPARE_OP 3 (<=)
   8 JUMP 11
   9 SWAP 2
  10 POP_TOP
  11 STORE_GLOBAL 3 (x)
  12 LOAD_GLOBAL 0 (a)
  13 LOAD_GLOBAL 1 (b)
  14 SWAP 2
  15 COPY 2
  16 COMPARE_OP 2 (<)
  17 POP_JUMP_IF_FALSE 22
  18 LOAD_GLOBAL 2 (c)
  19 COMPARE_OP 2 (<)
  20 POP_JUMP_IF_FALSE 28
  21 JUMP 24
  22 POP_TOP
  23 JUMP 28
  24 PUSH_NULL
  25 LOAD_GLOBAL 4 (f)
  26 CALL 0
  27 POP_TOP
  28 LOAD_GLOBAL 0 (a)
  29 LOAD_GLOBAL 1 (b)
  30 IS_OP 1 (is not)
  31 LOAD_GLOBAL 0 (a)
  32 LOAD_GLOBAL 1 (b)
  33 CONTAINS_OP 1 (not in)
  34 BUILD_TUPLE 2
  35 STORE_GLOBAL 5 (y)
  36 LOAD_CONST 0 (None)
  37 RETURN_VALUE
`},
	{"classderef", "def f():\n    v = 1\n    class C:\n        w = v\n        v = 2\n    return C\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 LOAD_CONST 0 (1)
   1 STORE_FAST 0 (v)
   2 PUSH_NULL
   3 LOAD_BUILD_CLASS
   4 LOAD_CONST 1 (<code f.<locals>.C>)
   5 MAKE_FUNCTION 0
   6 LOAD_CONST 2 ('C')
   7 CALL 2
   8 STORE_FAST 1 (C)
   9 LOAD_FAST 1 (C)
  10 RETURN_VALUE

Disassembly of <code f.<locals>.C>:
   0 LOAD_NAME 0 (__name__)
   1 STORE_NAME 1 (__module__)
   2 LOAD_CONST 0 ('f.<locals>.C')
   3 STORE_NAME 2 (__qualname__)
   4 LOAD_NAME 3 (v)
   5 STORE_NAME 4 (w)
   6 LOAD_CONST 1 (2)
   7 STORE_NAME 3 (v)
   8 LOAD_CONST 2 (None)
   9 RETURN_VALUE
`},
	{"decorators", "@d1\n@d2(3)\ndef f():\n    pass\n", `
   0 LOAD_GLOBAL 0 (d1)
   1 PUSH_NULL
   2 LOAD_GLOBAL 1 (d2)
   3 LOAD_CONST 0 (3)
   4 CALL 1
   5 LOAD_CONST 1 (<code f>)
   6 MAKE_FUNCTION 0
   7 CALL 0
   8 CALL 0
   9 STORE_GLOBAL 2 (f)
  10 LOAD_CONST 2 (None)
  11 RETURN_VALUE

Disassembly of <code f>:
   0 LOAD_CONST 0 (None)
   1 RETURN_VALUE
`},
	{"defaults", "def f(a, b=1, *args, c, d=2, **kw):\n    \"doc\"\n    return a\n", `
   0 LOAD_CONST 0 (1)
   1 BUILD_TUPLE 1
   2 LOAD_CONST 1 ('d')
   3 LOAD_CONST 2 (2)
   4 BUILD_MAP 1
   5 LOAD_CONST 3 (<code f>)
   6 MAKE_FUNCTION 3
   7 STORE_GLOBAL 0 (f)
   8 LOAD_CONST 4 (None)
   9 RETURN_VALUE

Disassembly of <code f>:
   0 LOAD_FAST 0 (a)
   1 RETURN_VALUE
`},
	{"dictsetcomp", "d = {k: v for k, v in items}\ns = {x for x in xs}\n", `
   0 PUSH_NULL
   1 LOAD_CONST 0 (<code <dictcomp>>)
   2 MAKE_FUNCTION 0
   3 LOAD_GLOBAL 0 (items)
   4 GET_ITER
   5 CALL 1
   6 STORE_GLOBAL 1 (d)
   7 PUSH_NULL
   8 LOAD_CONST 1 (<code <setcomp>>)
   9 MAKE_FUNCTION 0
  10 LOAD_GLOBAL 2 (xs)
  11 GET_ITER
  12 CALL 1
  13 STORE_GLOBAL 3 (s)
  14 LOAD_CONST 2 (None)
  15 RETURN_VALUE

Disassembly of <code <dictcomp>>:
   0 BUILD_MAP 0
   1 LOAD_FAST 0 (.0)
   2 FOR_ITER 10
   3 UNPACK_SEQUENCE 2
   4 STORE_FAST 1 (k)
   5 STORE_FAST 2 (v)
   6 LOAD_FAST 1 (k)
   7 LOAD_FAST 2 (v)
   8 MAP_ADD 2
   9 JUMP 2
  10 RETURN_VALUE

Disassembly of <code <setcomp>>:
   0 BUILD_SET 0
   1 LOAD_FAST 0 (.0)
   2 FOR_ITER 7
   3 STORE_FAST 1 (x)
   4 LOAD_FAST 1 (x)
   5 SET_ADD 2
   6 JUMP 2
   7 RETURN_VALUE
`},
	{"displays", "x = [1, 2, 3]\ny = (1, (2, 3), -4)\nz = {a, *b}\nd = {\"k\": v, **m, \"j\": 2}\nl = [a, *b, c]\nt = (a, b)\ne = {}\n", `
   0 BUILD_LIST 0
   1 LOAD_CONST 0 ((1, 2, 3))
   2 LIST_EXTEND 1
   3 STORE_GLOBAL 0 (x)
   4 LOAD_CONST 1 ((1, (2, 3), -4))
   5 STORE_GLOBAL 1 (y)
   6 LOAD_GLOBAL 2 (a)
   7 BUILD_SET 1
   8 LOAD_GLOBAL 3 (b)
   9 SET_UPDATE 1
  10 STORE_GLOBAL 4 (z)
  11 LOAD_CONST 2 ('k')
  12 LOAD_GLOBAL 5 (v)
  13 BUILD_MAP 1
  14 LOAD_GLOBAL 6 (m)
  15 DICT_UPDATE 1
  16 LOAD_CONST 3 ('j')
  17 LOAD_CONST 4 (2)
  18 BUILD_MAP 1
  19 DICT_UPDATE 1
  20 STORE_GLOBAL 7 (d)
  21 LOAD_GLOBAL 2 (a)
  22 BUILD_LIST 1
  23 LOAD_GLOBAL 3 (b)
  24 LIST_EXTEND 1
  25 LOAD_GLOBAL 8 (c)
  26 LIST_APPEND 1
  27 STORE_GLOBAL 9 (l)
  28 LOAD_GLOBAL 2 (a)
  29 LOAD_GLOBAL 3 (b)
  30 BUILD_TUPLE 2
  31 STORE_GLOBAL 10 (t)
  32 BUILD_MAP 0
  33 STORE_GLOBAL 11 (e)
  34 LOAD_CONST 5 (None)
  35 RETURN_VALUE
`},
	{"exceptstar", "try:\n    f()\nexcept* ValueError as e:\n    g(e)\n", `
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (f)
   2 CALL 0
   3 POP_TOP
   4 JUMP 50
   5 PUSH_EXC_INFO
   6 COPY 1
   7 BUILD_LIST 0
   8 SWAP 2
   9 LOAD_GLOBAL 1 (ValueError)
  10 CHECK_EG_MATCH
  11 COPY 1
  12 LOAD_CONST 0 (None)
  13 IS_OP 0 (is)
  14 POP_JUMP_IF_TRUE 33
  15 STORE_GLOBAL 2 (e)
  16 PUSH_NULL
  17 LOAD_GLOBAL 3 (g)
  18 LOAD_GLOBAL 2 (e)
  19 CALL 1
  20 POP_TOP
  21 LOAD_CONST 0 (None)
  22 STORE_GLOBAL 2 (e)
  23 DELETE_GLOBAL 2 (e)
  24 JUMP 31
  25 LOAD_CONST 0 (None)
  26 STORE_GLOBAL 2 (e)
  27 DELETE_GLOBAL 2 (e)
  28 LIST_APPEND 3
  29 POP_TOP
  30 JUMP 34
  31 NOP
  32 JUMP 34
  33 POP_TOP
  34 LIST_APPEND 1
  35 JUMP 36
  36 PREP_RERAISE_STAR
  37 COPY 1
  38 LOAD_CONST 0 (None)
  39 IS_OP 1 (is not)
  40 POP_JUMP_IF_TRUE 44
  41 POP_TOP
  42 POP_EXCEPT
  43 JUMP 50
  44 SWAP 2
  45 POP_EXCEPT
  46 RERAISE 0
  47 COPY 3
  48 POP_EXCEPT
  49 RERAISE 1
  50 LOAD_CONST 0 (None)
  51 RETURN_VALUE
ExceptionTable:
  0 to 4 -> 5 [0]
  5 to 16 -> 47 [1] lasti
  16 to 21 -> 25 [4] lasti
  21 to 42 -> 47 [1] lasti
`},
	{"forloop", "def f(xs):\n    for x in xs:\n        if x:\n            return x\n        if not x:\n            break\n    else:\n        return 0\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 LOAD_FAST 0 (xs)
   1 GET_ITER
   2 FOR_ITER 15
   3 STORE_FAST 1 (x)
   4 LOAD_FAST 1 (x)
   5 POP_JUMP_IF_FALSE 10
   6 LOAD_FAST 1 (x)
   7 SWAP 2
   8 POP_TOP
   9 RETURN_VALUE
  10 LOAD_FAST 1 (x)
  11 POP_JUMP_IF_TRUE 14
  12 POP_TOP
  13 JUMP 17
  14 JUMP 2
  15 LOAD_CONST 0 (0)
  16 RETURN_VALUE
  17 LOAD_CONST 1 (None)
  18 RETURN_VALUE
`},
	{"fstrings", "x = f\"a{b!r:>{w}}c{d=}\"\ny = f\"{x}\"\n", `
   0 LOAD_CONST 0 ('a')
   1 LOAD_GLOBAL 0 (b)
   2 LOAD_CONST 1 ('>')
   3 LOAD_GLOBAL 1 (w)
   4 FORMAT_VALUE 0
   5 BUILD_STRING 2
   6 FORMAT_VALUE 6
   7 LOAD_CONST 2 ('cd=')
   8 LOAD_GLOBAL 2 (d)
   9 FORMAT_VALUE 2
  10 BUILD_STRING 4
  11 STORE_GLOBAL 3 (x)
  12 LOAD_GLOBAL 3 (x)
  13 FORMAT_VALUE 0
  14 STORE_GLOBAL 4 (y)
  15 LOAD_CONST 3 (None)
  16 RETURN_VALUE
`},
	{"generators", "def g():\n    x = yield\n    yield x\n    yield from h()\n", `
   0 LOAD_CONST 0 (<code g>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (g)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code g>:
   0 LOAD_CONST 0 (None)
   1 YIELD_VALUE
   2 STORE_FAST 0 (x)
   3 LOAD_FAST 0 (x)
   4 YIELD_VALUE
   5 POP_TOP
   6 PUSH_NULL
   7 LOAD_GLOBAL 0 (h)
   8 CALL 0
   9 GET_YIELD_FROM_ITER
  10 YIELD_FROM
  11 POP_TOP
  12 LOAD_CONST 0 (None)
  13 RETURN_VALUE
`},
	{"genexp", "g = (x for x in range(3))\n", `
   0 PUSH_NULL
   1 LOAD_CONST 0 (<code <genexpr>>)
   2 MAKE_FUNCTION 0
   3 PUSH_NULL
   4 LOAD_GLOBAL 0 (range)
   5 LOAD_CONST 1 (3)
   6 CALL 1
   7 GET_ITER
   8 CALL 1
   9 STORE_GLOBAL 1 (g)
  10 LOAD_CONST 2 (None)
  11 RETURN_VALUE

Disassembly of <code <genexpr>>:
   0 LOAD_FAST 0 (.0)
   1 FOR_ITER 7
   2 STORE_FAST 1 (x)
   3 LOAD_FAST 1 (x)
   4 YIELD_VALUE
   5 POP_TOP
   6 JUMP 1
   7 LOAD_CONST 0 (None)
   8 RETURN_VALUE
`},
	{"ifelse", "if a:\n    b()\nelif c:\n    d()\nelse:\n    e()\n", `
   0 LOAD_GLOBAL 0 (a)
   1 POP_JUMP_IF_FALSE 7
   2 PUSH_NULL
   3 LOAD_GLOBAL 1 (b)
   4 CALL 0
   5 POP_TOP
   6 JUMP 18
   7 LOAD_GLOBAL 2 (c)
   8 POP_JUMP_IF_FALSE 14
   9 PUSH_NULL
  10 LOAD_GLOBAL 3 (d)
  11 CALL 0
  12 POP_TOP
  13 JUMP 18
  14 PUSH_NULL
  15 LOAD_GLOBAL 4 (e)
  16 CALL 0
  17 POP_TOP
  18 LOAD_CONST 0 (None)
  19 RETURN_VALUE
`},
	{"ifexp_walrus", "x = a if b else c\nif (n := f()) > 1:\n    pass\n", `
   0 LOAD_GLOBAL 0 (b)
   1 POP_JUMP_IF_FALSE 4
   2 LOAD_GLOBAL 1 (a)
   3 JUMP 5
   4 LOAD_GLOBAL 2 (c)
   5 STORE_GLOBAL 3 (x)
   6 PUSH_NULL
   7 LOAD_GLOBAL 4 (f)
   8 CALL 0
   9 COPY 1
  10 STORE_GLOBAL 5 (n)
  11 LOAD_CONST 0 (1)
  12 COMPARE_OP 4 (>)
  13 POP_JUMP_IF_FALSE 14
  14 LOAD_CONST 1 (None)
  15 RETURN_VALUE
`},
	{"imports", "import a.b.c\nimport a.b as ab\nfrom x.y import z as w, q\nfrom m import *\n", `
   0 IMPORT_NAME 0 (a.b.c)
   1 STORE_GLOBAL 1 (a)
   2 IMPORT_NAME 2 (a.b)
   3 IMPORT_FROM 3 (b)
   4 STORE_GLOBAL 4 (ab)
   5 POP_TOP
   6 IMPORT_NAME 5 (x.y)
   7 IMPORT_FROM 6 (y)
   8 SWAP 2
   9 POP_TOP
  10 IMPORT_FROM 7 (z)
  11 STORE_GLOBAL 8 (w)
  12 IMPORT_FROM 9 (q)
  13 STORE_GLOBAL 9 (q)
  14 POP_TOP
  15 IMPORT_NAME 10 (m)
  16 IMPORT_STAR
  17 LOAD_CONST 0 (None)
  18 RETURN_VALUE
`},
	{"lambdas", "f = lambda a, b=2: a + b\n", `
   0 LOAD_CONST 0 (2)
   1 BUILD_TUPLE 1
   2 LOAD_CONST 1 (<code <lambda>>)
   3 MAKE_FUNCTION 1
   4 STORE_GLOBAL 0 (f)
   5 LOAD_CONST 2 (None)
   6 RETURN_VALUE

Disassembly of <code <lambda>>:
   0 LOAD_FAST 0 (a)
   1 LOAD_FAST 1 (b)
   2 BINARY_OP 0 (+)
   3 RETURN_VALUE
`},
	{"listcomp", "def f(xs, k):\n    return [x * k for x in xs if x for y in x]\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 PUSH_NULL
   1 LOAD_CLOSURE 0 (k)
   2 BUILD_TUPLE 1
   3 LOAD_CONST 0 (<code f.<locals>.<listcomp>>)
   4 MAKE_FUNCTION 8
   5 LOAD_FAST 0 (xs)
   6 GET_ITER
   7 CALL 1
   8 RETURN_VALUE

Disassembly of <code f.<locals>.<listcomp>>:
   0 BUILD_LIST 0
   1 LOAD_FAST 0 (.0)
   2 FOR_ITER 16
   3 STORE_FAST 1 (x)
   4 LOAD_FAST 1 (x)
   5 POP_JUMP_IF_FALSE 15
   6 LOAD_FAST 1 (x)
   7 GET_ITER
   8 FOR_ITER 15
   9 STORE_FAST 2 (y)
  10 LOAD_FAST 1 (x)
  11 LOAD_DEREF 0 (k)
  12 BINARY_OP 2 (*)
  13 LIST_APPEND 3
  14 JUMP 8
  15 JUMP 2
  16 RETURN_VALUE
`},
	{"names", "x = 1\ndef f(a):\n    global x\n    b = a\n    def g():\n        nonlocal b\n        b = x\n        return b\n    del a\n    return g\n", `
   0 LOAD_CONST 0 (1)
   1 STORE_GLOBAL 0 (x)
   2 LOAD_CONST 1 (<code f>)
   3 MAKE_FUNCTION 0
   4 STORE_GLOBAL 1 (f)
   5 LOAD_CONST 2 (None)
   6 RETURN_VALUE

Disassembly of <code f>:
   0 LOAD_FAST 0 (a)
   1 STORE_DEREF 0 (b)
   2 LOAD_CLOSURE 0 (b)
   3 BUILD_TUPLE 1
   4 LOAD_CONST 0 (<code f.<locals>.g>)
   5 MAKE_FUNCTION 8
   6 STORE_FAST 1 (g)
   7 DELETE_FAST 0 (a)
   8 LOAD_FAST 1 (g)
   9 RETURN_VALUE

Disassembly of <code f.<locals>.g>:
   0 LOAD_GLOBAL 0 (x)
   1 STORE_DEREF 0 (b)
   2 LOAD_DEREF 0 (b)
   3 RETURN_VALUE
`},
	{"slices", "x = a[1:2]\ny = a[::s]\nz = a[i, 1:]\ndel a[0], o.b, c\n", `
   0 LOAD_GLOBAL 0 (a)
   1 LOAD_CONST 0 (1)
   2 LOAD_CONST 1 (2)
   3 BUILD_SLICE 2
   4 BINARY_SUBSCR
   5 STORE_GLOBAL 1 (x)
   6 LOAD_GLOBAL 0 (a)
   7 LOAD_CONST 2 (None)
   8 LOAD_CONST 2 (None)
   9 LOAD_GLOBAL 2 (s)
  10 BUILD_SLICE 3
  11 BINARY_SUBSCR
  12 STORE_GLOBAL 3 (y)
  13 LOAD_GLOBAL 0 (a)
  14 LOAD_GLOBAL 4 (i)
  15 LOAD_CONST 0 (1)
  16 LOAD_CONST 2 (None)
  17 BUILD_SLICE 2
  18 BUILD_TUPLE 2
  19 BINARY_SUBSCR
  20 STORE_GLOBAL 5 (z)
  21 LOAD_GLOBAL 0 (a)
  22 LOAD_CONST 3 (0)
  23 DELETE_SUBSCR
  24 LOAD_GLOBAL 6 (o)
  25 DELETE_ATTR 7 (b)
  26 DELETE_GLOBAL 8 (c)
  27 LOAD_CONST 2 (None)
  28 RETURN_VALUE
`},
	{"superclass", "class A(B):\n    def m(self):\n        return super().m()\n", `
   0 PUSH_NULL
   1 LOAD_BUILD_CLASS
   2 LOAD_CONST 0 (<code A>)
   3 MAKE_FUNCTION 0
   4 LOAD_CONST 1 ('A')
   5 LOAD_GLOBAL 0 (B)
   6 CALL 3
   7 STORE_GLOBAL 1 (A)
   8 LOAD_CONST 2 (None)
   9 RETURN_VALUE

Disassembly of <code A>:
   0 LOAD_NAME 0 (__name__)
   1 STORE_NAME 1 (__module__)
   2 LOAD_CONST 0 ('A')
   3 STORE_NAME 2 (__qualname__)
   4 LOAD_CLOSURE 0 (__class__)
   5 BUILD_TUPLE 1
   6 LOAD_CONST 1 (<code A.m>)
   7 MAKE_FUNCTION 8
   8 STORE_NAME 3 (m)
   9 LOAD_CLOSURE 0 (__class__)
  10 COPY 1
  11 STORE_NAME 4 (__classcell__)
  12 RETURN_VALUE

Disassembly of <code A.m>:
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (super)
   2 CALL 0
   3 LOAD_METHOD 1 (m)
   4 CALL 0
   5 RETURN_VALUE
`},
	{"tla", "import asyncio\nawait asyncio.sleep(1)\n", `
   0 IMPORT_NAME 0 (asyncio)
   1 STORE_GLOBAL 0 (asyncio)
   2 LOAD_GLOBAL 0 (asyncio)
   3 LOAD_METHOD 1 (sleep)
   4 LOAD_CONST 0 (1)
   5 CALL 1
   6 GET_AWAITABLE 0
   7 AWAIT
   8 POP_TOP
   9 LOAD_CONST 1 (None)
  10 RETURN_VALUE
`},
	{"tryexcept", "try:\n    f()\nexcept ValueError as e:\n    g(e)\nexcept:\n    h()\nelse:\n    i()\n", `
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (f)
   2 CALL 0
   3 POP_TOP
   4 PUSH_NULL
   5 LOAD_GLOBAL 1 (i)
   6 CALL 0
   7 POP_TOP
   8 JUMP 38
   9 PUSH_EXC_INFO
  10 LOAD_GLOBAL 2 (ValueError)
  11 CHECK_EXC_MATCH
  12 POP_JUMP_IF_FALSE 28
  13 STORE_GLOBAL 3 (e)
  14 PUSH_NULL
  15 LOAD_GLOBAL 4 (g)
  16 LOAD_GLOBAL 3 (e)
  17 CALL 1
  18 POP_TOP
  19 POP_EXCEPT
  20 LOAD_CONST 0 (None)
  21 STORE_GLOBAL 3 (e)
  22 DELETE_GLOBAL 3 (e)
  23 JUMP 38
  24 LOAD_CONST 0 (None)
  25 STORE_GLOBAL 3 (e)
  26 DELETE_GLOBAL 3 (e)
  27 RERAISE 1
  28 POP_TOP
  29 PUSH_NULL
  30 LOAD_GLOBAL 5 (h)
  31 CALL 0
  32 POP_TOP
  33 POP_EXCEPT
  34 JUMP 38
  35 COPY 3
  36 POP_EXCEPT
  37 RERAISE 1
  38 LOAD_CONST 0 (None)
  39 RETURN_VALUE
ExceptionTable:
  0 to 4 -> 9 [0]
  9 to 14 -> 35 [1] lasti
  14 to 19 -> 24 [1] lasti
  24 to 33 -> 35 [1] lasti
`},
	{"tryfinally", "def f():\n    try:\n        return g()\n    finally:\n        h()\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (g)
   2 CALL 0
   3 PUSH_NULL
   4 LOAD_GLOBAL 1 (h)
   5 CALL 0
   6 POP_TOP
   7 RETURN_VALUE
   8 PUSH_EXC_INFO
   9 PUSH_NULL
  10 LOAD_GLOBAL 1 (h)
  11 CALL 0
  12 POP_TOP
  13 RERAISE 0
  14 COPY 3
  15 POP_EXCEPT
  16 RERAISE 1
ExceptionTable:
  0 to 3 -> 8 [0]
  8 to 14 -> 14 [1] lasti
`},
	{"unpack", "a, *b, c = x\n(a, b), c = x\na, b = b, a\na = b = c\n", `
   0 LOAD_GLOBAL 0 (x)
   1 UNPACK_EX 257
   2 STORE_GLOBAL 1 (a)
   3 STORE_GLOBAL 2 (b)
   4 STORE_GLOBAL 3 (c)
   5 LOAD_GLOBAL 0 (x)
   6 UNPACK_SEQUENCE 2
   7 UNPACK_SEQUENCE 2
   8 STORE_GLOBAL 1 (a)
   9 STORE_GLOBAL 2 (b)
  10 STORE_GLOBAL 3 (c)
  11 LOAD_GLOBAL 2 (b)
  12 LOAD_GLOBAL 1 (a)
  13 SWAP 2
  14 STORE_GLOBAL 1 (a)
  15 STORE_GLOBAL 2 (b)
  16 LOAD_GLOBAL 3 (c)
  17 COPY 1
  18 STORE_GLOBAL 1 (a)
  19 STORE_GLOBAL 2 (b)
  20 LOAD_CONST 0 (None)
  21 RETURN_VALUE
`},
	{"walruscomp", "def f():\n    [y := x for x in xs]\n    return y\n", `
   0 LOAD_CONST 0 (<code f>)
   1 MAKE_FUNCTION 0
   2 STORE_GLOBAL 0 (f)
   3 LOAD_CONST 1 (None)
   4 RETURN_VALUE

Disassembly of <code f>:
   0 PUSH_NULL
   1 LOAD_CLOSURE 0 (y)
   2 BUILD_TUPLE 1
   3 LOAD_CONST 0 (<code f.<locals>.<listcomp>>)
   4 MAKE_FUNCTION 8
   5 LOAD_GLOBAL 0 (xs)
   6 GET_ITER
   7 CALL 1
   8 POP_TOP
   9 LOAD_DEREF 0 (y)
  10 RETURN_VALUE

Disassembly of <code f.<locals>.<listcomp>>:
   0 BUILD_LIST 0
   1 LOAD_FAST 0 (.0)
   2 FOR_ITER 9
   3 STORE_FAST 1 (x)
   4 LOAD_FAST 1 (x)
   5 COPY 1
   6 STORE_DEREF 0 (y)
   7 LIST_APPEND 2
   8 JUMP 2
   9 RETURN_VALUE
`},
	{"whileloop", "while x < 3:\n    if y:\n        break\n    if z:\n        continue\n    x += 1\nelse:\n    done()\n", `
   0 LOAD_GLOBAL 0 (x)
   1 LOAD_CONST 0 (3)
   2 COMPARE_OP 2 (<)
   3 POP_JUMP_IF_FALSE 15
   4 LOAD_GLOBAL 1 (y)
   5 POP_JUMP_IF_FALSE 7
   6 JUMP 19
   7 LOAD_GLOBAL 2 (z)
   8 POP_JUMP_IF_FALSE 10
   9 JUMP 0
  10 LOAD_GLOBAL 0 (x)
  11 LOAD_CONST 1 (1)
  12 BINARY_OP 128 (+=)
  13 STORE_GLOBAL 0 (x)
  14 JUMP 0
  15 PUSH_NULL
  16 LOAD_GLOBAL 3 (done)
  17 CALL 0
  18 POP_TOP
  19 LOAD_CONST 2 (None)
  20 RETURN_VALUE
`},
	{"whiletrue", "while True:\n    f()\n", `
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (f)
   2 CALL 0
   3 POP_TOP
   4 JUMP 0
`},
	{"withstmt", "with a() as x:\n    f(x)\n", `
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (a)
   2 CALL 0
   3 BEFORE_WITH
   4 STORE_GLOBAL 1 (x)
   5 PUSH_NULL
   6 LOAD_GLOBAL 2 (f)
   7 LOAD_GLOBAL 1 (x)
   8 CALL 1
   9 POP_TOP
  10 LOAD_CONST 0 (None)
  11 LOAD_CONST 0 (None)
  12 LOAD_CONST 0 (None)
  13 CALL 2
  14 POP_TOP
  15 JUMP 27
  16 PUSH_EXC_INFO
  17 WITH_EXCEPT_START
  18 POP_JUMP_IF_TRUE 23
  19 RERAISE 2
  20 COPY 3
  21 POP_EXCEPT
  22 RERAISE 1
  23 POP_TOP
  24 POP_EXCEPT
  25 POP_TOP
  26 POP_TOP
  27 LOAD_CONST 0 (None)
  28 RETURN_VALUE
ExceptionTable:
  4 to 10 -> 16 [1] lasti
  16 to 20 -> 20 [3] lasti
  23 to 24 -> 20 [3] lasti
`},
}

func TestCodegen(t *testing.T) {
	for _, tc := range codegenCases {
		t.Run(tc.name, func(t *testing.T) {
			got := compileSrc(t, tc.src, Options{}).Disassemble()
			want := strings.TrimPrefix(tc.want, "\n")
			if got != want {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", tc.src, got, want)
			}
		})
	}
}

func findCode(c *Code, qualname string) *Code {
	if c.QualName == qualname {
		return c
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			if r := findCode(sub, qualname); r != nil {
				return r
			}
		}
	}
	return nil
}

func TestCodeMetadata(t *testing.T) {
	src := `
def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    def g():
        return a + c
    return g
async def co():
    await x
async def ag():
    yield 1
def gen():
    yield 1
class C:
    def m(self):
        return super().m()
    def n(self):
        def inner():
            return __class__
        return inner
def outer():
    def mid():
        global gl
        def inner():
            pass
        return inner
    return mid
gl = (lambda: 0, [x for x in ()], (y for y in ()))
async def comps(xs):
    return [x async for x in xs], (x async for x in xs)
`
	c := compileSrc(t, src, Options{})
	if c.Name != "<module>" || c.QualName != "<module>" || c.Flags != FlagModule || c.FirstLine != 1 {
		t.Errorf("module: %q %q %b %d", c.Name, c.QualName, c.Flags, c.FirstLine)
	}
	type want struct {
		flags          CodeFlags
		argc, kwonly   int
		locals, cells  string
		free, cellargs string
		doc            any
	}
	cases := map[string]want{
		"f":                                 {FlagVarargs | FlagVarKeywords, 2, 2, "a b args c d kw g", "a c", "", "[0 3]", "doc"},
		"f.<locals>.g":                      {0, 0, 0, "", "", "a c", "[]", None{}},
		"co":                                {FlagCoroutine, 0, 0, "", "", "", "[]", None{}},
		"ag":                                {FlagAsyncGenerator, 0, 0, "", "", "", "[]", None{}},
		"gen":                               {FlagGenerator, 0, 0, "", "", "", "[]", None{}},
		"C":                                 {FlagClassBody, 0, 0, "", "__class__", "", "[-1]", None{}},
		"C.m":                               {0, 1, 0, "self", "", "__class__", "[]", None{}},
		"C.n":                               {0, 1, 0, "self inner", "", "__class__", "[]", None{}},
		"C.n.<locals>.inner":                {0, 0, 0, "", "", "__class__", "[]", None{}},
		"outer.<locals>.mid":                {0, 0, 0, "inner", "", "", "[]", None{}},
		"outer.<locals>.mid.<locals>.inner": {0, 0, 0, "", "", "", "[]", None{}},
		"<lambda>":                          {0, 0, 0, "", "", "", "[]", None{}},
		"<listcomp>":                        {0, 1, 0, ".0 x", "", "", "[]", None{}},
		"<genexpr>":                         {FlagGenerator, 1, 0, ".0 y", "", "", "[]", None{}},
		"comps.<locals>.<listcomp>":         {FlagCoroutine, 1, 0, ".0 x", "", "", "[]", None{}},
		"comps.<locals>.<genexpr>":          {FlagAsyncGenerator, 1, 0, ".0 x", "", "", "[]", None{}},
	}
	for q, w := range cases {
		k := findCode(c, q)
		if k == nil {
			t.Errorf("no code %s", q)
			continue
		}
		cellargs := fmt.Sprint(k.CellArgs)
		got := want{k.Flags, k.ArgCount, k.KwOnlyArgCount, strings.Join(k.Locals, " "), strings.Join(k.CellVars, " "),
			strings.Join(k.FreeVars, " "), cellargs, k.Docstring}
		if got != w {
			t.Errorf("%s:\n got %+v\nwant %+v", q, got, w)
		}
		if k.MaxStack <= 0 || len(k.Spans) != len(k.Instrs) || k.File == nil {
			t.Errorf("%s: MaxStack %d, %d spans for %d instrs", q, k.MaxStack, len(k.Spans), len(k.Instrs))
		}
	}
}

func TestInteractive(t *testing.T) {
	c := compileSrc(t, "x = 1\nx\nfor i in y: i\ndef f():\n    g()\n", Options{Interactive: true})
	got := c.Disassemble()
	want := `   0 LOAD_CONST 0 (1)
   1 STORE_GLOBAL 0 (x)
   2 LOAD_GLOBAL 0 (x)
   3 PRINT_EXPR
   4 LOAD_GLOBAL 1 (y)
   5 GET_ITER
   6 FOR_ITER 11
   7 STORE_GLOBAL 2 (i)
   8 LOAD_GLOBAL 2 (i)
   9 PRINT_EXPR
  10 JUMP 6
  11 LOAD_CONST 1 (<code f>)
  12 MAKE_FUNCTION 0
  13 STORE_GLOBAL 3 (f)
  14 LOAD_CONST 2 (None)
  15 RETURN_VALUE

Disassembly of <code f>:
   0 PUSH_NULL
   1 LOAD_GLOBAL 0 (g)
   2 CALL 0
   3 POP_TOP
   4 LOAD_CONST 0 (None)
   5 RETURN_VALUE
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTopLevelAwaitFlag(t *testing.T) {
	for _, src := range []string{"await f()\n", "async with a: pass\n", "async for x in y: pass\n", "print([await z for z in w])\n"} {
		c := compileSrc(t, src, Options{})
		if c.Flags&FlagTopLevelAwait == 0 {
			t.Errorf("%q: no FlagTopLevelAwait", src)
		}
	}
	if c := compileSrc(t, "f()\n", Options{}); c.Flags&FlagTopLevelAwait != 0 {
		t.Errorf("plain module has FlagTopLevelAwait")
	}
}

func TestModuleDocstring(t *testing.T) {
	c := compileSrc(t, "'''mod doc'''\nx = 1\n", Options{})
	if c.Docstring != "mod doc" || !strings.HasPrefix(c.Disassemble(), "   0 LOAD_CONST 0 ('mod doc')\n   1 STORE_GLOBAL 0 (__doc__)\n") {
		t.Errorf("docstring %v:\n%s", c.Docstring, c.Disassemble())
	}
}

func TestSpans(t *testing.T) {
	c := compileSrc(t, "x = 1\ny = f(\n  x) + g(x)\n", Options{})
	// the CALL of f spans lines 2-3; the BINARY_OP is on line 2
	for pc, in := range c.Instrs {
		sp := c.Spans[pc]
		switch {
		case in.Op() == CALL && in.Arg() == 1 && sp.Start.Line == 2:
			if sp.Start.Col != 5 || sp.End.Line != 3 || sp.End.Col != 5 {
				t.Errorf("f(x) span %+v", sp)
			}
		case in.Op() == BINARY_OP:
			if sp.Start.Line != 2 || sp.Start.Col != 5 || sp.End.Line != 3 || sp.End.Col != 12 {
				t.Errorf("binop span %+v", sp)
			}
		case in.Op() == STORE_GLOBAL && c.Names[in.Arg()] == "y":
			if sp.Start.Line != 2 || sp.Start.Col != 1 {
				t.Errorf("store span %+v", sp)
			}
		}
	}
}

func TestCompileErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"def f():\n    def g():\n        nonlocal x\n        x = 1\n", "3:9: no binding for nonlocal 'x' found"},
		{"x = 1\ndef f():\n    print(x)\n    global x\n", "4:5: name 'x' is used prior to global declaration"},
		{"def f(x):\n    global x\n", "2:5: name 'x' is parameter and global"},
		{"def f():\n    x = 1\n    global x\n", "3:5: name 'x' is assigned to before global declaration"},
		{"def f(a):\n    nonlocal a\n", "2:5: name 'a' is parameter and nonlocal"},
		{"class C:\n    nonlocal q\n", "2:5: no binding for nonlocal 'q' found"},
		{"def f():\n    global y\n    nonlocal y\n", "2:5: name 'y' is nonlocal and global"},
		{"def f():\n    x: int = 1\n    global x\n", "3:5: annotated name 'x' can't be global"},
		{"[i := 0 for i in range(3)]\n", "1:2: assignment expression cannot rebind comprehension iteration variable 'i'"},
		{"class C:\n    [y := 0 for i in range(3)]\n", "2:6: assignment expression within a comprehension cannot be used in a class body"},
		{"def f():\n    [x for x in (y := [1])]\n", "2:18: assignment expression cannot be used in a comprehension iterable expression"},
		{"def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", "5:16: 'break', 'continue' and 'return' cannot appear in an except* block"},
		{"def f():\n    for x in y:\n        try:\n            pass\n        except* E:\n            break\n", "6:13: 'break', 'continue' and 'return' cannot appear in an except* block"},
	}
	for _, tc := range cases {
		m, err := lang.Parse("t.as", []byte(tc.src), lang.ModeFile)
		if err == nil {
			_, err = Compile(m, Options{})
		}
		se, ok := err.(*lang.SyntaxError)
		if !ok {
			t.Errorf("%q: got %v, want SyntaxError %s", tc.src, err, tc.want)
			continue
		}
		got := fmt.Sprintf("%d:%d: %s", se.Span.Start.Line, se.Span.Start.Col, se.Msg)
		if got != tc.want || se.Kind != "SyntaxError" {
			t.Errorf("%q:\n got %s (%s)\nwant %s", tc.src, got, se.Kind, tc.want)
		}
	}
}
