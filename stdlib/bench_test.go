package stdlib_test

import (
	"io"
	"runtime"
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
	// sleepers: ../shared/bench/many_sleepers.py with 10,000 tasks; the
	// probe, gather's last child, runs in the step where every sleeper
	// has just gone to sleep and calls mark() (see BenchmarkDispatch)
	"Sleepers": "import asyncio\nasync def sleeper(i):\n    await asyncio.sleep(0.001)\n    return i * 2\nasync def probe():\n    mark()\n    return 0\nasync def main():\n    mark()\n    res = await asyncio.gather(*[sleeper(i) for i in range(10000)], probe())\n    assert sum(res) == 99990000\nasyncio.run(main())\n",
	// queue: ../shared/bench/queue_pipeline.py with 3,000 items
	"Queue": "import asyncio\nN = 3000\nasync def producer(q):\n    for i in range(N):\n        await q.put(i)\n    await q.put(None)\nasync def stage(qin, qout, mul, add):\n    n = 0\n    while True:\n        x = await qin.get()\n        if x is None:\n            await qout.put(None)\n            return n\n        n += 1\n        await qout.put((x * mul + add) % 1_000_003)\nasync def sink(qin):\n    n = 0\n    total = 0\n    while True:\n        x = await qin.get()\n        if x is None:\n            return n, total\n        n += 1\n        total = (total * 31 + x) % 1_000_000_007\nasync def main():\n    q1 = asyncio.Queue(maxsize=8)\n    q2 = asyncio.Queue(maxsize=8)\n    q3 = asyncio.Queue(maxsize=8)\n    await asyncio.gather(producer(q1), stage(q1, q2, 3, 1), stage(q2, q3, 7, 5), sink(q3))\nasyncio.run(main())\n",
}

// sleepersPerRun is how many tasks the Sleepers program keeps pending.
const sleepersPerRun = 10000

func BenchmarkDispatch(b *testing.B) {
	for _, name := range []string{"Calls", "Loop", "Sieve", "Attributes", "Objects", "StrBuild", "Strings", "Tasks", "Sleepers", "Queue"} {
		b.Run(name, func(b *testing.B) {
			code := compileBench(b, benchPrograms[name])
			s := stdlib.NewSession(io.Discard, io.Discard)
			s.VM.GIL.Lock()
			defer s.VM.GIL.Unlock()
			var perTask float64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				perTask += runMarked(b, s, code)
			}
			if name == "Sleepers" {
				b.ReportMetric(perTask/float64(b.N), "B/task")
			}
		})
	}
}

// compileBench compiles one of benchPrograms.
func compileBench(tb testing.TB, src string) *interp.Code {
	m, err := lang.Parse("bench.as", []byte(src), lang.ModeFile)
	if err != nil {
		tb.Fatal(err)
	}
	cc, err := compile.Compile(m, compile.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return interp.NewCode(cc)
}

// runMarked runs code once on a fresh module in s (whose GIL the caller
// holds). Its mark() records the live heap after a full collection; the
// Sleepers program calls it before creating its tasks and again while all
// of them sleep, and runMarked returns the difference per task (the
// in-process twin of bench/run's "memory per pending task"), 0 for a
// program that does not call mark twice.
func runMarked(tb testing.TB, s *stdlib.Session, code *interp.Code) float64 {
	var marks []uint64
	mark := interp.NewBuiltin("mark", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		marks = append(marks, ms.HeapAlloc)
		return interp.None, nil
	})
	m := interp.NewModule("__main__")
	m.Set("mark", mark)
	if _, exc := s.VM.RunCode(s.VM.NewThread(), code, m); exc != nil {
		tb.Fatal(exc)
	}
	if len(marks) != 2 {
		return 0
	}
	return (float64(marks[1]) - float64(marks[0])) / sleepersPerRun
}

// maxBytesPerPendingTask bounds the live bytes one sleeping task of the
// Sleepers program holds: 532 measured (Task 160, its coroutine's
// Frame 96 and slots 64, the Coroutine 32, the sleep 128, and the loop's
// and gather's share: the ready queue's entry for its first step, its
// timer heap and all_tasks slots, gather's child slot), plus 10%. Going
// past it means an object every pending task keeps grew (see
// stdlib/asyncio's, loop's and interp's size tests).
const maxBytesPerPendingTask = 586

func TestPendingTaskBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 10,000 tasks")
	}
	code := compileBench(t, benchPrograms["Sleepers"])
	s := stdlib.NewSession(io.Discard, io.Discard)
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	// the smallest of three runs, as a collection may find the heap in
	// the middle of freeing a previous run's buffers
	best := 0.0
	for i := 0; i < 3; i++ {
		if n := runMarked(t, s, code); i == 0 || n < best {
			best = n
		}
	}
	if best > maxBytesPerPendingTask {
		t.Errorf("a pending task holds %.0f bytes, want at most %d", best, maxBytesPerPendingTask)
	}
	t.Logf("%.0f bytes per pending task", best)
}
