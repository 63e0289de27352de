package stdlib_test

// A closed Session is collected even after its program made classes the
// stdlib keeps descriptions of (namedtuple records), per-VM classes
// (asyncio, random) and worker threads.

import (
	"bytes"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

func TestClosedSessionWithClassesIsCollected(t *testing.T) {
	var vm weak.Pointer[interp.VM]
	var record weak.Pointer[interp.Class]
	func() {
		var out bytes.Buffer
		s := stdlib.NewSession(&out, &out)
		s.UseVirtualClock()
		src := `import asyncio, collections, random
P = collections.namedtuple("P", "x y")
class Q(asyncio.Queue):
    pass
async def main():
    q = Q()
    await q.put(P(1, random.Random(3).randint(1, 9)))
    p = await q.get()
    print(p, await asyncio.to_thread(lambda: p.x + 1))
asyncio.run(main())
`
		if st := s.Finalize(s.RunSource("classes.as", []byte(src))); st != 0 || out.String() != "P(x=1, y=4) 2\n" {
			t.Fatalf("status %d: %s", st, out.String())
		}
		cls, ok := s.Main.Globals.GetStr("P")
		if !ok {
			t.Fatal("no namedtuple P in __main__")
		}
		record = weak.Make(cls.(*interp.Class))
		s.Close()
		vm = weak.Make(s.VM)
	}()
	for i := 0; i < 100 && (vm.Value() != nil || record.Value() != nil); i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if vm.Value() != nil {
		t.Fatal("the closed Session's VM was never collected: something global still refers to it")
	}
	if record.Value() != nil {
		t.Fatal("the program's namedtuple class was never collected: something global still refers to it")
	}
}
