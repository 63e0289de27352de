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
	// attributes: instance attribute loads/stores and method calls
	"Attributes": "class P:\n    def __init__(self, x):\n        self.x = x\n    def step(self):\n        self.x = self.x + 1\n        return self.x\ndef run():\n    p = P(0)\n    for _ in range(50000):\n        p.step()\n    return p.x\nrun()\n",
	// strbuild: a string built by 1,000 `+=` appends (../shared/bench/str_build.py)
	"StrBuild": "def build(n):\n    data = ''\n    for _ in range(n):\n        data += 'xxxxxxxxxxx'\n    return data\nfor _ in range(20):\n    build(1000)\n",
	// strings: the strings benchmark (bench/strings.py) scaled down: str
	// methods called from LOAD_METHOD, concatenation, f-strings, dict counting
	"Strings": `SYL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "an", "el", "or", "u"]


def make_text(nwords, seed):
    x = seed
    words = []
    for _ in range(nwords):
        x = (x * 1103515245 + 12345) % 2147483648
        n = 1 + (x >> 16) % 3
        w = ""
        for k in range(n):
            w += SYL[(x >> (4 * k)) % len(SYL)]
        words.append(w)
    lines = []
    for i in range(0, nwords, 12):
        lines.append(" ".join(words[i:i + 12]))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
    return counts


def report(counts):
    out = []
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (w, c) in enumerate(items[:50]):
        out.append(f"{rank:3d} {w:>10} {c:6d} {c / 1000:.3f}")
    return "\n".join(out)


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


total = 0
nd = 0
for rnd in range(1):
    text = make_text(20_000, rnd + 1)
    counts = count_words(text)
    rep = report(counts)
    up = text.upper().replace("KA", "ka")
    parts = [p.strip() for p in up.split("LO") if p]
    labels = [f"{i}:{w}" for i, w in enumerate(sorted(counts)[:2000])]
    total = (total + checksum(rep) + len(parts) + len(",".join(labels))) % 1_000_000_007
    nd += len(counts)
`,
	// tasks: create_task/await churn through the event loop
	"Tasks": "import asyncio\nasync def leaf(i):\n    await asyncio.sleep(0)\n    return i\nasync def main():\n    for _ in range(10):\n        await asyncio.gather(*[asyncio.create_task(leaf(i)) for i in range(200)])\nasyncio.run(main())\n",
}

func BenchmarkDispatch(b *testing.B) {
	for _, name := range []string{"Calls", "Loop", "Attributes", "StrBuild", "Strings", "Tasks"} {
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
