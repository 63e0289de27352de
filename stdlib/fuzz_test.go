package stdlib_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
)

// bigNumbers matches inputs that compute with enormous integers
// (10**10**8, (1 << 10**8) * (1 << 10**8)): CPython grinds on those too,
// and a single native operation cannot be cut short by the step limit.
// Large literals and repetitions ('x' * 10**10 is excluded only for its
// **; [0] * 9999999999, list(range(99999999))) are fine: past the memory
// budget below they raise MemoryError at once, and deep nesting raises
// RecursionError.
var bigNumbers = regexp.MustCompile(`\*\*|<<`)

// realIO matches inputs that use sockets or child processes: a program
// whose peer never answers waits for it in real time, outside the step
// limit and the fake clock, as it would under CPython (a mutated echo
// client that sends no newline waits forever for the server's reply).
var realIO = regexp.MustCompile(`open_(unix_)?connection|start_(unix_)?server|create_(unix_)?(connection|server)|subprocess|sock_|aiohttp|requests|httpx`)

// FuzzRun compiles and runs arbitrary programs: whatever the input, the
// interpreter must finish with an exit status and never panic. Runs are
// bounded by a step limit, a fake clock for asyncio, no stdin, and no
// modules or builtins that touch the file system or block in real time.
func FuzzRun(f *testing.F) {
	for _, pat := range []string{"../examples/*.as", "../../shared/conformance/shared-set/*.py",
		"asyncio/testdata/*.as", "../interp/testdata/*/*.as"} {
		files, _ := filepath.Glob(pat)
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(string(b))
			}
		}
	}
	// the chunked golden files: each program a seed (bytes.as's exercise
	// every bytes method)
	chunked, _ := filepath.Glob("../interp/testdata/*.as")
	for _, name := range chunked {
		if b, err := os.ReadFile(name); err == nil {
			for _, prog := range strings.Split(string(b), "\n---\n") {
				f.Add(prog)
			}
		}
	}
	f.Add("while True:\n    pass\n")
	f.Add("l = []\nwhile True:\n    l.append('x' * 1000000)\n")
	f.Add("x = [0] * 99999999999\n")
	f.Add("print(len(list(range(999999999))))\n")
	f.Add("s = ''.join(['ab' * 999999] * 9999)\n")
	f.Add("import json\nprint(json.loads('[' * 300000 + ']' * 300000))\n")
	f.Add("x = []\nfor i in range(300000):\n    x = [x]\nprint(x == x[0], repr(x), hash(str(x)))\n")
	f.Add("import json\nx = {}\nfor i in range(300000):\n    x = {'a': x}\nprint(json.dumps(x, indent=2))\n")
	f.Add("def g(n):\n    yield from g(n + 1)\nnext(g(0))\n")
	f.Add("g = iter([1])\nfor i in range(300000):\n    g = map(abs, g)\nprint(next(g))\n")
	f.Add("import sys\nsys.setrecursionlimit(100000000)\ndef g(n):\n    yield from g(n + 1)\nnext(g(0))\n")
	f.Add("print('%99999999999d' % 1, '{:99999999999}'.format(2), 'a'.ljust(99999999999))\n")
	f.Add("def f():\n    return f()\nf()\n")
	f.Add("import asyncio\nasync def m():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(m())\n")
	f.Fuzz(func(t *testing.T, src string) {
		if bigNumbers.MatchString(src) || realIO.MatchString(src) || strings.Contains(src, "to_thread") || strings.Contains(src, "run_in_executor") {
			return
		}
		s := stdlib.NewSession(io.Discard, io.Discard)
		s.PanicsAreBugs = true
		vm := s.VM
		vm.StepLimit = 200_000
		vm.MemoryLimit = 256 << 20
		vm.Stdin = strings.NewReader("")
		for _, name := range []string{"os", "os.path", "tempfile", "time", "sys"} {
			delete(vm.Loaders, name)
		}
		for _, name := range []string{"open", "input"} {
			vm.Builtins.DelStr(name)
		}
		asyncio.Get(vm).NewClock = func() loop.Clock { return loop.NewFakeClock(time.Second) }
		// a hang is a bug too: crash so the fuzzer saves the input
		watchdog := time.AfterFunc(20*time.Second, func() {
			panic(fmt.Sprintf("FuzzRun: program still running after 20s:\n%s", src))
		})
		defer watchdog.Stop()
		status := s.RunSource("fuzz.as", []byte(src))
		if status < 0 || status > 255 {
			t.Fatalf("exit status %d", status)
		}
	})
}
