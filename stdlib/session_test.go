package stdlib_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"
	"weak"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// The programs two Sessions run at the same time: asyncio programs whose
// expected output was recorded by CPython (stdlib/asyncio/testdata/record.py),
// chosen because their output does not depend on timers racing one
// another (a loaded machine delays one session's timers, not its order),
// with worker threads (to_thread) and many tasks (stress).
var parallelPrograms = []string{"session_state", "to_thread", "stress", "class_state"}

// runRecorded runs testdata program name in a fresh Session and returns
// what it printed.
func runRecorded(t *testing.T, dir, name string) (stdout, stderr string, status int) {
	src, err := os.ReadFile(filepath.Join(dir, name+".as"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	s := stdlib.NewSession(&out, &errb)
	s.UseVirtualClock()
	status = s.Finalize(s.RunSource(name+".as", src))
	s.Close()
	return out.String(), errb.String(), status
}

// TestSessionsInParallel runs asyncio programs in two Sessions on two
// goroutines at once: Sessions share no mutable state, so each prints
// what CPython prints and `go test -race` sees no race.
func TestSessionsInParallel(t *testing.T) {
	dir := filepath.Join("asyncio", "testdata")
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				for i := range parallelPrograms {
					name := parallelPrograms[(i+g)%len(parallelPrograms)]
					want, err := os.ReadFile(filepath.Join(dir, name+".out"))
					if err != nil {
						t.Error(err)
						return
					}
					out, errOut, status := runRecorded(t, dir, name)
					if out != string(want) || status != 0 {
						t.Errorf("goroutine %d, %s: status %d, stderr %q\ngot:\n%s\nwant:\n%s", g, name, status, errOut, out, want)
					}
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestClosedSessionIsCollected checks that nothing in the process keeps
// a Session (or its VM) alive once it has run an asyncio program and been
// closed and dropped. (A weak pointer, not a finalizer: the VM refers to
// itself through its runtime, and Go does not run finalizers on cycles.)
func TestClosedSessionIsCollected(t *testing.T) {
	var vm weak.Pointer[interp.VM]
	func() {
		var out bytes.Buffer
		s := stdlib.NewSession(&out, &out)
		s.UseVirtualClock()
		src := "import asyncio, sys, time\nasync def main():\n    t = asyncio.create_task(asyncio.sleep(1))\n    await asyncio.to_thread(print, 'worker')\n    await t\n    l = [1]\n    l.append(l)\n    print(l, time.monotonic() > 0, file=sys.stdout)\nasyncio.run(main())\n"
		if st := s.Finalize(s.RunSource("closing.as", []byte(src))); st != 0 || out.String() != "worker\n[1, [...]] True\n" {
			t.Fatalf("status %d: %s", st, out.String())
		}
		s.Close()
		vm = weak.Make(s.VM)
	}()
	for i := 0; i < 100 && vm.Value() != nil; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if vm.Value() != nil {
		t.Fatal("the closed Session's VM was never collected: something global still refers to it")
	}
}
