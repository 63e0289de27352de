package lang

import (
	"strings"
	"testing"
)

// TestParseDump checks the AST of every construct via its compact dump.
func TestParseDump(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1 + 2 * 3\n", "(= x (+ 1 (* 2 3)))"},
		{"-2 ** 2\n", "(u- (** 2 2))"},
		{"2 ** -1 ** 2\n", "(** 2 (u- (** 1 2)))"},
		{"a ** b ** c\n", "(** a (** b c))"},
		{"not a == b\n", "(not (cmp a == b))"},
		{"not not x\n", "(not (not x))"},
		{"a and not b or c\n", "(or (and a (not b)) c)"},
		{"a < b < c\n", "(cmp a < b < c)"},
		{"a is not b\n", "(cmp a is not b)"},
		{"a not in b\n", "(cmp a not in b)"},
		{"a | b ^ c & d << 1 + 2\n", "(| a (^ b (& c (<< d (+ 1 2)))))"},
		{"x = y = 0\n", "(= x y 0)"},
		{"a, *rest = xs\n", "(= (tuple a *rest) xs)"},
		{"x: int = 1\n", "(ann x int 1 simple)"},
		{"(x): int\n", "(ann x int _)"},
		{"a.b[1] += 2\n", "(+= ([] (. a b) 1) 2)"},
		{"f(a, *b, k=1, **d)\n", "(call f a *b k=1 **d)"},
		{"f(x for x in y)\n", "(call f (genexp x (for x y)))"},
		{"[x for x in y if x for z in x]\n", "(listcomp x (for x y (if x)) (for z x))"},
		{"{k: v for k, v in d.items()}\n", "(dictcomp k:v (for (tuple k v) (call (. d items))))"},
		{"{x for x in y}\n", "(setcomp x (for x y))"},
		{"(x async for x in y)\n", "(genexp x (async for x y))"},
		{"{1: 2, **d}\n", "(dict 1:2 **d)"},
		{"{1, *s}\n", "(set 1 *s)"},
		{"[*a, *b]\n", "(list *a *b)"},
		{"()\n", "(tuple)"},
		{"(1,)\n", "(tuple 1)"},
		{"(1)\n", "1"},
		{"x[1:2:3]\n", "([] x (: 1 2 3))"},
		{"x[::2]\n", "([] x (: _ _ 2))"},
		{"x[1, 2:3]\n", "([] x (tuple 1 (: 2 3 _)))"},
		{"x[:]\n", "([] x (: _ _ _))"},
		{"lambda: 0\n", "(lambda () 0)"},
		{"lambda a, b=1, *c, d, e=2, **f: a\n", "(lambda (a b=1 *c d e=2 **f) a)"},
		{"lambda *, k: k\n", "(lambda (* k) k)"},
		{"x if c else y\n", "(ifexp c x y)"},
		{"(y := 10)\n", "(:= y 10)"},
		{"await f()\n", "(await (call f))"},
		{"-await x\n", "(u- (await x))"},
		{"\"a\" \"b\"\n", "\"ab\""},
		{"f\"a{x}b\" \"c\"\n", "(f \"a\" (fv x) \"bc\")"},
		{"f\"{x!r:>{w}.{p}f}\"\n", "(f (fv x !r (f \">\" (fv w) \".\" (fv p) \"f\")))"},
		{"f\"{x=}\"\n", "(f \"x=\" (fv x !r))"},
		{"f\"{x = !s}\"\n", "(f \"x = \" (fv x !s))"},
		{"f\"{{}}{x:,}\"\n", "(f \"{}\" (fv x (f \",\")))"},
		{"b\"ab\" b\"\\x00\"\n", "b\"ab\\x00\""},
		{"r\"\\n\" \"\\n\"\n", "\"\\\\n\\n\""},
		{"'\\x41\\u0042\\U00000043\\101'\n", "\"ABCA\""},
		{"0xff_ff\n", "65535"},
		{"1_000_000\n", "1000000"},
		{"99999999999999999999\n", "99999999999999999999L"},
		{"1.5e-3\n", "0.0015"},
		{".5\n", "0.5"},
		{"1.\n", "1.0"},
		{"3j\n", "3.0j"},
		{"0o17 + 0b11\n", "(+ 15 3)"},
		{"None, True, False, ...\n", "(tuple None True False ...)"},
		{"del a, b[0], c.d\n", "(del a ([] b 0) (. c d))"},
		{"assert x, \"msg\"\n", "(assert x \"msg\")"},
		{"raise E from e\n", "(raise E e)"},
		{"raise\n", "(raise _ _)"},
		{"return_ = 1\n", "(= return_ 1)"},
		{"import a.b as c, d\n", "(import a.b as c d)"},
		{"from m import (a, b as c,)\n", "(from m import a b as c)"},
		{"from m import *\n", "(from m import *)"},
		{"from .rel import x\n", "(from .rel import x)"},
		{"global a, b\n", "(global a b)"},
		{"pass; break_ = 1\n", "pass\n(= break_ 1)"},
		{"x = yield\n", "ERR x:1:5: SyntaxError: 'yield' outside function"},
		{"x = yield from g()\n", "ERR x:1:5: SyntaxError: 'yield' outside function"},
		{"print(*args, sep=\"\", **kw)\n", "(call print *args sep=\"\" **kw)"},
		{"a = b, c\n", "(= a (tuple b c))"},
		{"for x, y in z: pass\n", "(for (tuple x y) z (do pass))"},
		{"for x in a, b: pass\n", "(for x (tuple a b) (do pass))"},
		{"async def f(): await x\n", "(async def f () (body (await x)))"},
		{"@d1\n@d2.e(1)\ndef f(a: int = 1, *args: str, k, **kw) -> None:\n    \"\"\"doc\"\"\"\n    return a\n", "(def f (a:int=1 *args:str k **kw) -> None (@ d1 (call (. d2 e) 1)) doc=\"doc\" (body \"doc\" (return a)))"},
		{"class A(B, metaclass=M):\n    \"doc\"\n    x = 1\n", "(class A B metaclass=M doc=\"doc\" (body \"doc\" (= x 1)))"},
		{"try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", "(try (do pass) (except (tuple A B) as e (do pass)) (except C (do pass)) (except _ (do pass)) (else pass) (finally pass))"},
		{"try:\n    pass\nexcept* E:\n    pass\n", "(try* (do pass) (except E (do pass)))"},
		{"with a as b, c:\n    pass\n", "(with a as b c (do pass))"},
		{"with (a as b, c as d):\n    pass\n", "(with a as b c as d (do pass))"},
		{"async def g():\n    async with a as b:\n        async for x in y:\n            yield x\n", "(async def g () (body (async with a as b (do (async for x y (do (yield x)))))))"},
		{"while x:\n    break\nelse:\n    continue_ = 1\n", "(while x (do break) (else (= continue_ 1)))"},
		{"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n", "(if a (then pass) (else (if b (then pass) (else pass))))"},
		{"def f():\n    nonlocal_ = 1\n    def g():\n        nonlocal x\n", "(def f () (body (= nonlocal_ 1) (def g () (body (nonlocal x)))))"},
		{"x = [\n  1,\n  2,\n]\n", "(= x (list 1 2))"},
		{"x = 1 + \\\n  2\n", "(= x (+ 1 2))"},
		{"if __name__ == \"__main__\":\n    main()\n", "(if (cmp __name__ == \"__main__\") (then (call main)))"},
	}
	for _, tc := range tests {
		m, err := Parse("x.as", []byte(tc.src), ModeFile)
		got := ""
		if err != nil {
			got = "ERR " + err.Error()
			got = strings.Replace(got, "x.as:", "x:", 1)
		} else {
			got = Dump(m)
		}
		if got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

func TestSpans(t *testing.T) {
	m, err := Parse("x.as", []byte("x = foo(1,\n  2) + bar.baz\nif a:\n    pass\n"), ModeFile)
	if err != nil {
		t.Fatal(err)
	}
	as := m.Body[0].(*Assign)
	if got, want := as.Span, (Span{Pos{1, 1}, Pos{2, 15}}); got != want {
		t.Errorf("assign span %v, want %v", got, want)
	}
	bin := as.Value.(*BinOp)
	if got, want := bin.Left.GetSpan(), (Span{Pos{1, 5}, Pos{2, 5}}); got != want {
		t.Errorf("call span %v, want %v", got, want)
	}
	if got, want := bin.Right.GetSpan(), (Span{Pos{2, 8}, Pos{2, 15}}); got != want {
		t.Errorf("attr span %v, want %v", got, want)
	}
	if got, want := m.Body[1].GetSpan(), (Span{Pos{3, 1}, Pos{4, 9}}); got != want {
		t.Errorf("if span %v, want %v", got, want)
	}
}

func TestModes(t *testing.T) {
	m, err := Parse("<eval>", []byte("  1 + 2, x\n"), ModeEval)
	if err != nil {
		t.Fatal(err)
	}
	if got := Dump(m); got != "(tuple (+ 1 2) x)" {
		t.Errorf("eval: %s", got)
	}
	if _, err := Parse("<eval>", []byte("x = 1"), ModeEval); err == nil {
		t.Errorf("eval of a statement should fail")
	}
	m, err = Parse("x.as", []byte("\ufeff#!/usr/bin/env asyncscript\r\nimport asyncio\r\nawait asyncio.sleep(0)"), ModeFile)
	if err != nil {
		t.Fatal(err)
	}
	if !m.HasTopLevelAwait || len(m.Body) != 2 {
		t.Errorf("top-level await not flagged or wrong body: %s", Dump(m))
	}
	m, _ = Parse("x.as", []byte("async def f():\n    await x\n"), ModeFile)
	if m.HasTopLevelAwait {
		t.Errorf("await inside async def flagged as top-level")
	}
}

func TestIncomplete(t *testing.T) {
	for src, want := range map[string]bool{
		"x = (1,\n":          true,
		"s = '''abc\n":       true,
		"x = 1 + \\\n":       true,
		"if x:\n":            true,
		"def f():\n":         true,
		"x = 1 2\n":          false,
		"s = 'abc\n":         false,
		"if x:\n    pass\n":  false,
		"for x in y:\n  a\n": false,
	} {
		_, err := Parse("<stdin>", []byte(src), ModeInteractive)
		if got := Incomplete(err); got != want {
			t.Errorf("Incomplete(%q) = %v (err %v), want %v", src, got, err, want)
		}
	}
}
