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
	// objects: the objects benchmark (../shared/bench/objects.py) scaled
	// down: construction, polymorphic attribute sites, super() calls
	"Objects": `class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    count = 0

    def __init__(self, ident, pos, vel):
        self.ident = ident
        self.pos = pos
        self.vel = vel
        Particle.count += 1

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 1000 or self.pos.x < -1000:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y > 1000 or self.pos.y < -1000:
            self.vel = Vec(self.vel.x, -self.vel.y)

    def energy(self):
        return self.vel.dot(self.vel)


class Heavy(Particle):
    def __init__(self, ident, pos, vel, mass):
        super().__init__(ident, pos, vel)
        self.mass = mass

    def energy(self):
        return self.mass * super().energy()


def build(n):
    ps = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        pos = Vec(x % 2001 - 1000, (x >> 11) % 2001 - 1000)
        vel = Vec((x >> 3) % 21 - 10, (x >> 7) % 21 - 10)
        if i % 3 == 0:
            ps.append(Heavy(i, pos, vel, 1 + i % 5))
        else:
            ps.append(Particle(i, pos, vel))
    return ps


ps = build(1_000)
for t in range(12):
    for p in ps:
        p.step()
ps.sort(key=lambda p: (p.energy(), p.pos.x, p.ident))
total = 0
for i, p in enumerate(ps):
    total = (total * 31 + p.ident + p.energy() + p.pos.x * 3 + p.pos.y) % 1_000_000_007
print("objects", Particle.count, "checksum", total)
`,
	// strbuild: a string built by 1,000 `+=` appends (../shared/bench/str_build.py)
	"StrBuild": "def build(n):\n    data = ''\n    for _ in range(n):\n        data += 'xxxxxxxxxxx'\n    return data\nfor _ in range(20):\n    build(1000)\n",
	// tasks: create_task/await churn through the event loop
	"Tasks": "import asyncio\nasync def leaf(i):\n    await asyncio.sleep(0)\n    return i\nasync def main():\n    for _ in range(10):\n        await asyncio.gather(*[asyncio.create_task(leaf(i)) for i in range(200)])\nasyncio.run(main())\n",
}

func BenchmarkDispatch(b *testing.B) {
	for _, name := range []string{"Calls", "Loop", "Attributes", "Objects", "StrBuild", "Tasks"} {
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
