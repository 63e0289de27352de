package interp_test

// Deep and huge runtime inputs, built in Go, must end in a Python
// exception (RecursionError, MemoryError) and never in a Go panic, a
// stack overflow or an out-of-memory crash.

import (
	"bytes"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/json"
)

const deepLevels = 3_000_000

// deepList is [[[...]]] nested levels deep.
func deepList(levels int) interp.Value {
	var v interp.Value = interp.NewList(nil)
	for i := 0; i < levels; i++ {
		v = interp.NewList([]interp.Value{v})
	}
	return v
}

// deepTuple is ((((),),),) nested levels deep.
func deepTuple(levels int) interp.Value {
	var v interp.Value = interp.Tuple{}
	for i := 0; i < levels; i++ {
		v = interp.Tuple{v}
	}
	return v
}

func wantExc(t *testing.T, what string, err *interp.Exception, class *interp.Class, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no exception, want %s", what, class.Name)
	}
	if !err.Matches(class) {
		t.Fatalf("%s: %s, want %s", what, err.Class.Name, class.Name)
	}
	if got, _ := interp.ToStr(nil, err); msg != "" && got != msg {
		t.Fatalf("%s: message %q, want %q", what, got, msg)
	}
}

func TestDeepValuesRaiseRecursionError(t *testing.T) {
	vm := interp.NewVM()
	f := vm.NewThread()
	a, b := deepList(deepLevels), deepList(deepLevels)
	_, err := interp.Repr(f, a)
	wantExc(t, "repr", err, interp.RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	_, err = interp.Equal(f, a, b)
	wantExc(t, "==", err, interp.RecursionError, "maximum recursion depth exceeded in comparison")
	_, err = interp.Less(f, a, b)
	wantExc(t, "<", err, interp.RecursionError, "maximum recursion depth exceeded in comparison")
	_, err = interp.Hash(f, deepTuple(deepLevels))
	wantExc(t, "hash", err, interp.RecursionError, "")
	_, err = json.Dumps(f, a, json.DefaultOptions())
	wantExc(t, "json.dumps", err, interp.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	_, err = json.Loads(f, strings.Repeat("[", deepLevels)+strings.Repeat("]", deepLevels))
	wantExc(t, "json.loads", err, interp.RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string")
	_, err = json.Loads(f, strings.Repeat(`{"a":`, deepLevels)+"1"+strings.Repeat("}", deepLevels))
	wantExc(t, "json.loads", err, interp.RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string")

	// with the limit raised past anything Go's stack holds, the Go depth
	// bound still turns the nesting into RecursionError
	vm.RecursionLimit = 1 << 30
	_, err = interp.Repr(f, a)
	wantExc(t, "repr, huge limit", err, interp.RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	_, err = interp.Hash(f, deepTuple(deepLevels))
	wantExc(t, "hash, huge limit", err, interp.RecursionError, "")
	_, err = json.Loads(f, strings.Repeat("[", deepLevels)+strings.Repeat("]", deepLevels))
	wantExc(t, "json.loads, huge limit", err, interp.RecursionError, "")
}

// runProgram runs src in a fresh session and returns stdout, stderr and
// the exit status.
func runProgram(t *testing.T, src string, setup func(*interp.VM)) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.PanicsAreBugs = true
	if setup != nil {
		setup(s.VM)
	}
	code := s.RunSource("limits.as", []byte(src))
	return out.String(), errb.String(), code
}

func TestDeepProgramsRaiseRecursionError(t *testing.T) {
	// each builds its chain iteratively, then walks it; "caught" must be
	// printed and the exit status 0
	programs := map[string]string{
		"generator chain": `
def base():
    yield 1
def wrap(g):
    return (yield from g)
g = base()
for i in range(200000):
    g = wrap(g)
`,
		"map chain": `
g = iter([1, 2])
for i in range(200000):
    g = map(abs, g)
`,
		"filter and zip chain": `
g = iter([1, 2])
for i in range(100000):
    g = filter(None, zip(g))
`,
		"enumerate chain": `
g = iter([1, 2])
for i in range(200000):
    g = enumerate(g)
`,
	}
	for name, build := range programs {
		for _, limit := range []string{"1000", "10**8"} {
			src := "import sys\nsys.setrecursionlimit(" + limit + ")\n" + build + `
try:
    next(g)
except RecursionError as e:
    print("caught", e)
`
			out, stderr, code := runProgram(t, src, nil)
			if code != 0 || !strings.HasPrefix(out, "caught maximum recursion depth exceeded") {
				t.Errorf("%s, limit %s: status %d, stdout %q, stderr %q", name, limit, code, out, stderr)
			}
		}
	}
	// an await chain and recursive generators with a huge limit
	src := `
import asyncio, sys
sys.setrecursionlimit(10**8)
def gen(n):
    if n == 0:
        yield 1
        return
    yield from gen(n - 1)
try:
    print(list(gen(200000)))
except RecursionError as e:
    print("caught", e)
async def down(n):
    return 0 if n == 0 else await down(n - 1)
sys.setrecursionlimit(1000)
async def main():
    try:
        await down(200000)
    except RecursionError as e:
        print("caught", e)
asyncio.run(main())
`
	out, stderr, code := runProgram(t, src, nil)
	if code != 0 || out != "caught maximum recursion depth exceeded\ncaught maximum recursion depth exceeded\n" {
		t.Errorf("status %d, stdout %q, stderr %q", code, out, stderr)
	}
}

func TestHugeAllocationsRaiseMemoryError(t *testing.T) {
	limit := func(vm *interp.VM) { vm.MemoryLimit = 64 << 20 }
	cases := []string{
		"x = 'x' * 10**9",
		"x = [0] * 10**9",
		"x = list(range(10**9))",
		"x = ''.join(['x' * 10**6] * 1000)",
		"x = 'ab'.ljust(10**9)",
		"x = 'a' * 10**8 + 'b' * 10**8 + 'c' * 10**8",
		// runaway growth through ordinary allocations
		"l = []\nwhile True:\n    l.append('x' * 10**6)",
		"l = []\nwhile True:\n    l.append(len(l))",
		"import itertools\nl = list(itertools.count())",
		"l = []\nl += iter(int, 1)",
	}
	for _, c := range cases {
		src := "try:\n" + indent(c) + "\nexcept MemoryError as e:\n    l = x = None\n    print('caught', repr(e))\n"
		out, stderr, code := runProgram(t, src, limit)
		if code != 0 || out != "caught MemoryError()\n" {
			t.Errorf("%q: status %d, stdout %q, stderr %q", c, code, out, stderr)
		}
	}
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
