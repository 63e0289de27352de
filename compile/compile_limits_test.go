package compile

// This file tests the compiler on adversarial input: programs nested as
// deeply as CPython 3.11 still compiles and one level deeper (its
// RecursionError "maximum recursion depth exceeded during compilation" and
// SyntaxError "too many statically nested blocks"), trees far deeper than
// any parser accepts, and compile cost that grows linearly with the source.
// The programs are built here from the recipes in
// testdata/compile_limits/cases.jsonl; what CPython does with each is
// recorded by testdata/compile_limits/record.py.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/lang"
)

// limitCase is one recipe of cases.jsonl (record.py documents it).
type limitCase struct {
	Name     string `json:"name"`
	Head     string `json:"head"`
	Unit     string `json:"unit"`
	Tail     string `json:"tail"`
	N        int    `json:"n"`
	Indent   bool   `json:"indent"`
	Closer   string `json:"closer"`
	Imported bool   `json:"imported"`
}

func (c limitCase) source() string {
	if !c.Indent {
		return c.Head + strings.Repeat(c.Unit, c.N) + c.Tail
	}
	var b strings.Builder
	b.WriteString(c.Head)
	for i := 0; i < c.N; i++ {
		b.WriteString(strings.Repeat(" ", i) + c.Unit)
	}
	b.WriteString(strings.Repeat(" ", c.N) + c.Tail)
	if c.Closer != "" {
		for i := c.N - 1; i >= 0; i-- {
			b.WriteString(strings.Repeat(" ", i) + c.Closer)
		}
	}
	return b.String()
}

func readJSONLines[T any](t testing.TB, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// compileOutcome compiles m and describes the result as record.py
// describes CPython's: "ok", or the error line, after "line N: " for a
// SyntaxError. A panic fails the test.
func compileOutcome(t *testing.T, m *lang.Module, opts Options) (outcome string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic: %v", r)
		}
	}()
	opts.debug = true
	_, err := Compile(m, opts)
	switch err := err.(type) {
	case nil:
		return "ok"
	case *lang.SyntaxError:
		return fmt.Sprintf("line %d: %s: %s", err.Span.Start.Line, err.Kind, err.Msg)
	case *RecursionLimitError:
		return "RecursionError: " + err.Error()
	default:
		return fmt.Sprintf("unexpected error %T: %v", err, err)
	}
}

func TestCompileLimits(t *testing.T) {
	cases := readJSONLines[limitCase](t, "testdata/compile_limits/cases.jsonl")
	type recorded struct{ Name, Outcome string }
	want := map[string]string{}
	for _, r := range readJSONLines[recorded](t, "testdata/compile_limits/cases.out.jsonl") {
		want[r.Name] = r.Outcome
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			w, ok := want[c.Name]
			if !ok {
				t.Fatalf("no recorded outcome: run record.py")
			}
			m, err := lang.Parse("case.py", []byte(c.source()), lang.ModeFile)
			if err != nil {
				t.Fatalf("parse: %v (CPython: %s)", err, w)
			}
			opts := Options{}
			if c.Imported {
				opts.CallDepth = 9 // the importing module's frame and importlib's 8, as module.go
			}
			if got := compileOutcome(t, m, opts); got != w {
				t.Errorf("got  %s\nwant %s", got, w)
			}
		})
	}
}

// TestCompileRecursionBudget checks the budget's arithmetic: 3 levels per
// unit of recursion limit left above the call depth (CPython's
// COMPILER_STACK_FRAME_SCALE; with `sys.setrecursionlimit(2000)` and
// `import m`, python3 compiles m = `a.y.y…` with 5946 `.y` and fails at 5990).
func TestCompileRecursionBudget(t *testing.T) {
	for _, tc := range []struct {
		limit, depth, n int
		ok              bool
	}{
		{0, 0, 2998, true}, {0, 0, 2999, false},
		{2000, 9, 5971, true}, {2000, 9, 5972, false},
		{50, 0, 148, true}, {50, 0, 149, false},
	} {
		m, err := lang.Parse("t.as", []byte("a"+strings.Repeat(".y", tc.n)+"\n"), lang.ModeFile)
		if err != nil {
			t.Fatal(err)
		}
		got := compileOutcome(t, m, Options{RecursionLimit: tc.limit, CallDepth: tc.depth})
		if (got == "ok") != tc.ok {
			t.Errorf("limit %d depth %d n %d: %s", tc.limit, tc.depth, tc.n, got)
		}
	}
}

// deepTrees builds ASTs nested far deeper than the parser accepts, so the
// compiler's bound is tested on its own.
func deepTrees(n int) map[string]*lang.Module {
	file := lang.NewFile("deep.as", nil)
	var e lang.Expr = &lang.Constant{Value: int64(1)}
	for i := 0; i < n; i++ {
		e = &lang.UnaryOp{Op: "-", Operand: e}
	}
	neg := &lang.Module{File: file, Body: []lang.Stmt{&lang.ExprStmt{X: e}}}

	e = &lang.Name{Id: "x"}
	for i := 0; i < n; i++ {
		e = &lang.Lambda{Args: &lang.Arguments{}, Body: e}
	}
	lambdas := &lang.Module{File: file, Body: []lang.Stmt{&lang.ExprStmt{X: e}}}

	e = &lang.Name{Id: "x"}
	for i := 0; i < n; i++ {
		e = &lang.Tuple{Elts: []lang.Expr{e, &lang.Constant{Value: "s"}}}
	}
	tuples := &lang.Module{File: file, Body: []lang.Stmt{&lang.Assign{Targets: []lang.Expr{&lang.Name{Id: "y"}}, Value: e}}}

	var s lang.Stmt = &lang.Pass{}
	for i := 0; i < n; i++ {
		s = &lang.If{Test: &lang.Name{Id: "a"}, Body: []lang.Stmt{s}}
	}
	ifs := &lang.Module{File: file, Body: []lang.Stmt{s}}

	s = &lang.Pass{}
	for i := 0; i < n; i++ {
		s = &lang.FunctionDef{Name: "f", Args: &lang.Arguments{}, Body: []lang.Stmt{s}}
	}
	defs := &lang.Module{File: file, Body: []lang.Stmt{s}}
	return map[string]*lang.Module{"neg": neg, "lambdas": lambdas, "tuples": tuples, "ifs": ifs, "defs": defs}
}

func TestCompileDeepTrees(t *testing.T) {
	for name, m := range deepTrees(200_000) {
		if got := compileOutcome(t, m, Options{}); got != "RecursionError: maximum recursion depth exceeded during compilation" {
			t.Errorf("%s: %s", name, got)
		}
	}
	// whatever the recursion limit, the Go recursion stays bounded
	for name, m := range deepTrees(maxCompileDepth + 1) {
		if got := compileOutcome(t, m, Options{RecursionLimit: 1 << 30}); got != "RecursionError: maximum recursion depth exceeded during compilation" {
			t.Errorf("%s at depth %d, recursion limit 2**30: %s", name, maxCompileDepth+1, got)
		}
	}
	for name, m := range deepTrees(2000) {
		if got := compileOutcome(t, m, Options{}); got != "ok" {
			t.Errorf("%s at depth 2000: %s", name, got)
		}
	}
}

// allocated returns the bytes allocated by compiling m.
func allocated(t *testing.T, m *lang.Module) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := Compile(m, Options{}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestCompileCostLinear compiles shapes at sizes n and 4n: linear cost
// allocates about 4 times as much, a quadratic one 16 times.
func TestCompileCostLinear(t *testing.T) {
	shapes := []struct {
		name string
		n    int
		src  func(n int) string
	}{
		{"const_list", 5000, func(n int) string {
			return "x = [" + strings.Repeat("1, 2.5, 'abc', None, (1, 'x'), ", n) + "]\n"
		}},
		{"nested_const_tuples", 40, func(n int) string {
			return "x = " + strings.Repeat("(1, 'a', ", n) + "2" + strings.Repeat(")", n) + "\n"
		}},
		{"nested_tuples_with_name", 45, func(n int) string {
			return "x = " + strings.Repeat("(", n) + "y" + strings.Repeat(", 'a', 'b', 'c')", n) + "\n"
		}},
		{"statements", 2000, func(n int) string { return strings.Repeat("x = y + 1\n", n) }},
		{"functions", 300, func(n int) string {
			return strings.Repeat("def f(a, b=1):\n    c = a + b\n    return lambda: c\n", n)
		}},
		{"add_chain", 700, func(n int) string { return "x = y" + strings.Repeat(" + y", n) + "\n" }},
		{"lambda_chain", 700, func(n int) string { return "x = " + strings.Repeat("lambda: ", n) + "1\n" }},
		{"def_chain", 24, func(n int) string {
			var b strings.Builder
			for i := 0; i < n; i++ {
				b.WriteString(strings.Repeat(" ", i) + "def f(a):\n")
			}
			b.WriteString(strings.Repeat(" ", n) + "return a\n")
			return b.String()
		}},
		{"comp_clauses", 500, func(n int) string {
			return "x = [a " + strings.Repeat("for a in b if a ", n) + "]\n"
		}},
		{"elif_chain", 700, func(n int) string {
			return "if a: pass\n" + strings.Repeat("elif a: x = 1\n", n)
		}},
		{"locals_and_closures", 300, func(n int) string {
			var b strings.Builder
			b.WriteString("def f():\n")
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, "    v%d = 1\n    g%d = lambda: v%d\n", i, i, i)
			}
			return b.String()
		}},
	}
	for _, sh := range shapes {
		var cost [2]uint64
		for i, n := range []int{sh.n, 4 * sh.n} {
			m, err := lang.Parse("t.as", []byte(sh.src(n)), lang.ModeFile)
			if err != nil {
				t.Fatalf("%s: %v", sh.name, err)
			}
			allocated(t, m) // warm up
			cost[i] = allocated(t, m)
		}
		ratio := float64(cost[1]) / float64(cost[0])
		t.Logf("%s: %d bytes at n=%d, ×%.1f at 4n", sh.name, cost[0], sh.n, ratio)
		if ratio > 6 {
			t.Errorf("%s: compiling 4× the source allocates %.1f× as much (%d -> %d bytes)", sh.name, ratio, cost[0], cost[1])
		}
	}
}
