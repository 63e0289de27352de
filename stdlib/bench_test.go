package stdlib_test

import (
	"io"
	"testing"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/lang"
	"github.com/asyncscript/asyncscript/stdlib"
)

// Benchmarks of the dispatch loop and the scheduler, run in process. Each
// program is compiled once; an iteration runs its code on a fresh module.
// Compare whole programs with python3 through ../shared/bench/run.
var benchPrograms = map[string]string{
	// calls: ordinary interpreted calls and returns
	"Calls": "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nfib(20)\n",
	// loop: back-edges, int arithmetic and comparisons
	"Loop": "def work():\n    acc = 0\n    i = 0\n    while i < 100000:\n        acc = (acc + i * 3) % 1000003\n        i += 1\n    return acc\nwork()\n",
	// sieve: `[x] * n`, list subscript loads and stores, for over range and
	// list (../shared/bench/loops.py's sieve, scaled down)
	"Sieve": "def sieve(n):\n    flags = [True] * (n + 1)\n    flags[0] = flags[1] = False\n    i = 2\n    while i * i <= n:\n        if flags[i]:\n            for k in range(i * i, n + 1, i):\n                flags[k] = False\n        i += 1\n    count = 0\n    for f in flags:\n        if f:\n            count += 1\n    return count\nsieve(100000)\n",
	// attributes: instance attribute loads/stores and method calls
	"Attributes": "class P:\n    def __init__(self, x):\n        self.x = x\n    def step(self):\n        self.x = self.x + 1\n        return self.x\ndef run():\n    p = P(0)\n    for _ in range(50000):\n        p.step()\n    return p.x\nrun()\n",
	// strbuild: a string built by 1,000 `+=` appends (../shared/bench/str_build.py)
	"StrBuild": "def build(n):\n    data = ''\n    for _ in range(n):\n        data += 'xxxxxxxxxxx'\n    return data\nfor _ in range(20):\n    build(1000)\n",
	// tasks: create_task/await churn through the event loop
	"Tasks": "import asyncio\nasync def leaf(i):\n    await asyncio.sleep(0)\n    return i\nasync def main():\n    for _ in range(10):\n        await asyncio.gather(*[asyncio.create_task(leaf(i)) for i in range(200)])\nasyncio.run(main())\n",
}

func BenchmarkDispatch(b *testing.B) {
	for _, name := range []string{"Calls", "Loop", "Sieve", "Attributes", "StrBuild", "Tasks"} {
		src := benchPrograms[name]
		b.Run(name, func(b *testing.B) {
			m, err := lang.Parse("bench.as", []byte(src), lang.ModeFile)
			if err != nil {
				b.Fatal(err)
			}
			cc, err := compile.Compile(m, compile.Options{})
			if err != nil {
				b.Fatal(err)
			}
			code := interp.NewCode(cc)
			s := stdlib.NewSession(io.Discard, io.Discard)
			vm := s.VM
			vm.GIL.Lock()
			defer vm.GIL.Unlock()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, exc := vm.RunCode(vm.NewThread(), code, interp.NewModule("__main__")); exc != nil {
					b.Fatal(exc)
				}
			}
		})
	}
}
