package loop_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/loop"
)

// runAll runs lp until RunOnce reports that nothing can run again, failing
// the test after max iterations.
func runAll(t testing.TB, lp *loop.Loop, max int) int {
	t.Helper()
	for i := 0; ; i++ {
		if i == max {
			t.Fatalf("loop still busy after %d iterations", max)
		}
		if !lp.RunOnce() {
			return i
		}
	}
}

func TestIdleLoopReturnsFalse(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	if lp.RunOnce() {
		t.Fatal("RunOnce on an empty loop returned true")
	}
	// Only cancelled timers left: nothing can ever run, and no time passes.
	clk := &loop.FakeClock{}
	lp = loop.New(clk)
	lp.CallLater(time.Second, func() { t.Error("cancelled timer ran") }).Cancel()
	lp.CallLater(2*time.Second, func() { t.Error("cancelled timer ran") }).Cancel()
	if lp.RunOnce() {
		t.Fatal("RunOnce with only cancelled timers returned true")
	}
	if lp.TimerLen() != 0 || clk.Now() != 0 {
		t.Fatalf("TimerLen=%d Now=%v, want 0, 0", lp.TimerLen(), clk.Now())
	}
	// A cancelled soon handle still takes one iteration (it is only skipped
	// when its turn comes, as in CPython), then the loop is idle.
	lp.CallSoon(func() { t.Error("cancelled handle ran") }).Cancel()
	if n := runAll(t, lp, 10); n != 1 {
		t.Fatalf("ran %d iterations, want 1", n)
	}
}

func TestCallSoonFIFO(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var got []int
	for i := range 100 {
		lp.CallSoon(func() { got = append(got, i) })
	}
	if lp.ReadyLen() != 100 {
		t.Fatalf("ReadyLen=%d, want 100", lp.ReadyLen())
	}
	if !lp.RunOnce() {
		t.Fatal("RunOnce returned false with ready handles")
	}
	if want := seq(0, 100); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if lp.RunOnce() {
		t.Fatal("RunOnce returned true after everything ran")
	}
}

func TestScheduledDuringStepRunsNextIteration(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var got []string
	step := 0
	lp.CallSoon(func() {
		got = append(got, "a")
		lp.CallSoon(func() { got = append(got, "a2") })
		lp.CallLater(0, func() { got = append(got, "a-timer0") })
	})
	lp.CallSoon(func() {
		got = append(got, "b")
		lp.CallSoon(func() {
			got = append(got, "b2")
			lp.CallSoon(func() { got = append(got, "b3") })
		})
	})
	for lp.RunOnce() {
		step++
		got = append(got, "|")
	}
	// Iteration 2: a2 and b2 were appended during iteration 1; the 0-delay
	// timer is due at once and joins ready after them.
	want := []string{"a", "b", "|", "a2", "b2", "a-timer0", "|", "b3", "|"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if step != 3 {
		t.Fatalf("%d iterations, want 3", step)
	}
}

func TestReadyLenDuringStep(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var seen []int
	for range 3 {
		lp.CallSoon(func() {
			seen = append(seen, lp.ReadyLen())
			lp.CallSoon(func() {})
		})
	}
	lp.RunOnce()
	// Before the k-th handle runs: 3-k-1 still to run this step, k scheduled.
	if want := []int{2, 2, 2}; !slices.Equal(seen, want) {
		t.Fatalf("ReadyLen during step %v, want %v", seen, want)
	}
	if lp.ReadyLen() != 3 {
		t.Fatalf("ReadyLen after step %d, want 3", lp.ReadyLen())
	}
}

func TestTimersDistinctDeadlinesSorted(t *testing.T) {
	clk := &loop.FakeClock{}
	lp := loop.New(clk)
	r := rand.New(rand.NewPCG(1, 2))
	perm := r.Perm(500)
	var got []int
	for _, p := range perm {
		d := time.Duration(p+1) * time.Millisecond
		lp.CallLater(d, func() {
			if now := lp.Time(); now != d {
				t.Errorf("timer %v ran at %v", d, now)
			}
			got = append(got, p)
		})
	}
	if lp.TimerLen() != 500 {
		t.Fatalf("TimerLen=%d, want 500", lp.TimerLen())
	}
	runAll(t, lp, 1000)
	if want := seq(0, 500); !slices.Equal(got, want) {
		t.Fatalf("timers ran out of order: %v", got)
	}
	if clk.Now() != 500*time.Millisecond {
		t.Fatalf("clock at %v, want 500ms", clk.Now())
	}
}

// The expectations in the next tests were recorded from CPython 3.11.7:
// TimerHandle compares deadlines only and heapq is not stable, so equal
// deadlines do not run in scheduling order. The programs are given in
// comments; each call_at/sleep maps to one CallAt, so the heap sees the same
// operations.

func TestTimersEqualDeadlinesCPythonOrder(t *testing.T) {
	// async def main():
	//     loop = asyncio.get_running_loop(); t = loop.time() + 0.05; out = []
	//     for i in range(10): loop.call_at(t, out.append, i)
	//     await asyncio.sleep(0.1); print(out)
	// -> [0, 2, 6, 5, 9, 8, 7, 1, 3, 4]
	lp := loop.New(&loop.FakeClock{})
	var got []int
	for i := range 10 {
		lp.CallAt(50*time.Millisecond, func() { got = append(got, i) })
	}
	lp.CallAt(100*time.Millisecond, func() {}) // the sleep
	runAll(t, lp, 10)
	if want := []int{0, 2, 6, 5, 9, 8, 7, 1, 3, 4}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want CPython's %v", got, want)
	}
}

func TestTimersCancelAndCompactCPythonOrder(t *testing.T) {
	// async def main():
	//     loop = asyncio.get_running_loop(); t = loop.time() + 0.05
	//     out = []; hs = []
	//     for i in range(20): hs.append(loop.call_at(t + (i % 3) * 0.01, out.append, i))
	//     for i in (4, 7, 11): hs[i].cancel()
	//     await asyncio.sleep(0.2); print(out)
	//     out.clear(); t = loop.time() + 0.05
	//     hs = [loop.call_at(t, out.append, i) for i in range(150)]
	//     for h in hs[:120]: h.cancel()        # >100 timers, >50% cancelled
	//     await asyncio.sleep(0.1); print(out)
	want1 := []int{0, 6, 12, 3, 9, 15, 18, 13, 19, 10, 16, 1, 2, 14, 5, 8, 17}
	want2 := []int{149, 134, 126, 122, 120, 148, 147, 133, 125, 145, 131, 143, 121, 141, 129,
		139, 123, 137, 127, 135, 146, 144, 132, 124, 140, 128, 136, 142, 138, 130}

	lp := loop.New(&loop.FakeClock{})
	var out1, out2 []int
	var hs []*loop.Handle
	for i := range 20 {
		when := 50*time.Millisecond + time.Duration(i%3)*10*time.Millisecond
		hs = append(hs, lp.CallAt(when, func() { out1 = append(out1, i) }))
	}
	lp.CallLater(200*time.Millisecond, func() {
		// The task wakes up one iteration after its sleep's timer fires.
		lp.CallSoon(func() {
			start := lp.Time() + 50*time.Millisecond
			var hs2 []*loop.Handle
			for i := range 150 {
				hs2 = append(hs2, lp.CallAt(start, func() { out2 = append(out2, i) }))
			}
			lp.CallLater(100*time.Millisecond, func() {})
			for _, h := range hs2[:120] {
				h.Cancel()
			}
			if lp.TimerLen() != 151 {
				t.Errorf("TimerLen=%d before compaction, want 151", lp.TimerLen())
			}
		})
	})
	for _, i := range []int{4, 7, 11} {
		hs[i].Cancel()
	}
	runAll(t, lp, 100)
	if !slices.Equal(out1, want1) {
		t.Errorf("part 1: got %v, want CPython's %v", out1, want1)
	}
	if !slices.Equal(out2, want2) {
		t.Errorf("part 2: got %v, want CPython's %v", out2, want2)
	}
}

func TestTimersPushedWhilePoppingCPythonOrder(t *testing.T) {
	// async def main():
	//     loop = asyncio.get_running_loop(); t = loop.time() + 0.05; out = []
	//     def cb(i):
	//         out.append(i)
	//         if i < 4: loop.call_at(t + 0.01, out.append, 100 + i)
	//     for i in range(12): loop.call_at(t + (i % 2) * 0.01, cb, i)
	//     await asyncio.sleep(0.2); print(out)
	// -> [0, 2, 6, 4, 10, 8, 5, 11, 7, 102, 100, 9, 3, 1, 103, 101]
	lp := loop.New(&loop.FakeClock{})
	var got []int
	const t0 = 50 * time.Millisecond
	for i := range 12 {
		lp.CallAt(t0+time.Duration(i%2)*10*time.Millisecond, func() {
			got = append(got, i)
			if i < 4 {
				lp.CallAt(t0+10*time.Millisecond, func() { got = append(got, 100+i) })
			}
		})
	}
	lp.CallLater(200*time.Millisecond, func() {}) // the sleep
	runAll(t, lp, 10)
	want := []int{0, 2, 6, 4, 10, 8, 5, 11, 7, 102, 100, 9, 3, 1, 103, 101}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want CPython's %v", got, want)
	}
}

func TestCompactionShrinksHeap(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var hs []*loop.Handle
	for i := range 300 {
		hs = append(hs, lp.CallLater(time.Duration(i+1)*time.Second, func() {}))
	}
	// Cancel the later ones: head dropping alone would keep them all.
	for _, h := range hs[100:] {
		h.Cancel()
	}
	lp.CallSoon(func() {})
	lp.RunOnce()
	if lp.TimerLen() != 100 {
		t.Fatalf("TimerLen=%d after compaction, want 100", lp.TimerLen())
	}
	// Below the threshold only cancelled timers at the head are dropped.
	hs[1].Cancel()
	hs[50].Cancel()
	lp.CallSoon(func() {})
	lp.RunOnce()
	if lp.TimerLen() != 100 {
		t.Fatalf("TimerLen=%d, want 100 (no head was cancelled)", lp.TimerLen())
	}
	hs[0].Cancel()
	lp.CallSoon(func() {})
	lp.RunOnce()
	if lp.TimerLen() != 98 {
		t.Fatalf("TimerLen=%d, want 98 (hs[0] and hs[1] dropped from the head)", lp.TimerLen())
	}
}

func TestCancel(t *testing.T) {
	clk := &loop.FakeClock{}
	lp := loop.New(clk)
	var got []string
	var later *loop.Handle
	lp.CallSoon(func() {
		got = append(got, "first")
		later.Cancel() // cancelled by an earlier handle of the same step
	})
	later = lp.CallSoon(func() { got = append(got, "later") })
	soon := lp.CallSoon(func() { got = append(got, "soon") })
	timer := lp.CallLater(time.Second, func() { got = append(got, "timer") })
	lp.CallLater(2*time.Second, func() { got = append(got, "timer2") })
	soon.Cancel()
	soon.Cancel() // idempotent
	timer.Cancel()
	if !soon.Cancelled() || !timer.Cancelled() {
		t.Fatal("Cancelled() false after Cancel")
	}
	if timer.When() != time.Second || soon.When() != 0 {
		t.Fatalf("When=%v/%v", timer.When(), soon.When())
	}
	runAll(t, lp, 10)
	if want := []string{"first", "timer2"}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	// The cancelled 1s timer was dropped lazily: the loop slept straight to 2s.
	if clk.Now() != 2*time.Second {
		t.Fatalf("clock at %v, want 2s", clk.Now())
	}
	// Cancelling after the handle ran changes nothing.
	h := lp.CallSoon(func() {})
	lp.RunOnce()
	if h.Cancelled() {
		t.Fatal("Cancelled() true after the handle ran")
	}
	h.Cancel()
	if !h.Cancelled() { // as CPython's Handle.cancelled()
		t.Fatal("Cancelled() false after Cancel of a handle that ran")
	}
	if lp.RunOnce() {
		t.Fatal("loop not idle")
	}
}

func TestFakeClockTiming(t *testing.T) {
	clk := loop.NewFakeClock(time.Hour)
	lp := loop.New(clk)
	type ev struct {
		name string
		at   time.Duration
	}
	var got []ev
	rec := func(name string) func() {
		return func() { got = append(got, ev{name, lp.Time() - time.Hour}) }
	}
	lp.CallLater(3*time.Second, rec("3s"))
	lp.CallLater(time.Second, func() {
		rec("1s")()
		lp.CallLater(time.Second, rec("1s+1s")) // 2s, before 3s
		lp.CallLater(-time.Second, rec("past")) // due at once
	})
	lp.CallAt(time.Hour+500*time.Millisecond, rec("at 0.5s"))
	lp.CallLater(48*time.Hour, rec("48h"))
	iters := runAll(t, lp, 20)
	want := []ev{{"at 0.5s", 500 * time.Millisecond}, {"1s", time.Second},
		{"past", time.Second}, {"1s+1s", 2 * time.Second}, {"3s", 3 * time.Second},
		{"48h", 48 * time.Hour}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	// Waits are capped at 24h, as select's timeout is in CPython: the 48h
	// timer costs one extra empty iteration.
	if iters != 7 {
		t.Fatalf("%d iterations, want 7", iters)
	}
}

func TestPostOrderBeforeDueTimers(t *testing.T) {
	clk := &loop.FakeClock{}
	lp := loop.New(clk)
	var got []string
	release := lp.Hold()
	lp.CallLater(time.Second, func() { got = append(got, "timer") })
	lp.CallSoon(func() { got = append(got, "soon") })
	lp.Post(func() { got = append(got, "post1") })
	lp.Post(func() { got = append(got, "post2"); release() })
	clk.Advance(time.Second) // the timer is due at the next iteration
	lp.RunOnce()
	// Already-ready handles first, then the inbox in post order, then timers.
	if want := []string{"soon", "post1", "post2", "timer"}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if lp.RunOnce() {
		t.Fatal("loop not idle after release")
	}
}

func TestHoldKeepsLoopAliveUntilPost(t *testing.T) {
	for _, name := range []string{"fake", "real"} {
		t.Run(name, func(t *testing.T) {
			var clk loop.Clock = &loop.FakeClock{}
			if name == "real" {
				clk = loop.NewRealClock()
			}
			lp := loop.New(clk)
			var got []int
			const workers = 8
			for i := range workers {
				release := lp.Hold()
				go func() {
					time.Sleep(time.Duration(i) * time.Millisecond)
					lp.Post(func() {
						got = append(got, i)
						release()
						release() // idempotent
					})
				}()
			}
			if lp.RunOnce() == false {
				t.Fatal("RunOnce returned false while Holds are out")
			}
			runAll(t, lp, 1000)
			slices.Sort(got)
			if !slices.Equal(got, seq(0, workers)) {
				t.Fatalf("got %v", got)
			}
		})
	}
}

func TestReleaseWithoutPostWakesLoop(t *testing.T) {
	lp := loop.New(nil)
	release := lp.Hold()
	go func() {
		time.Sleep(5 * time.Millisecond)
		release()
	}()
	runAll(t, lp, 10) // must return, not wait forever
}

func TestStop(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var got []int
	lp.CallSoon(func() { got = append(got, 1); lp.Stop() })
	lp.CallSoon(func() { got = append(got, 2); lp.CallSoon(func() { got = append(got, 3) }) })
	lp.Run(nil)
	if want := []int{1, 2}; !slices.Equal(got, want) {
		t.Fatalf("Run after Stop: got %v, want %v", got, want)
	}
	lp.Run(nil)
	if want := []int{1, 2, 3}; !slices.Equal(got, want) {
		t.Fatalf("second Run: got %v, want %v", got, want)
	}
	// Stop before Run: one non-waiting iteration, as loop.stop() then
	// run_forever() does in CPython.
	clk := &loop.FakeClock{}
	lp = loop.New(clk)
	lp.CallLater(time.Second, func() { t.Error("timer ran") })
	lp.Stop()
	lp.Run(nil)
	if clk.Now() != 0 {
		t.Fatalf("stopping loop waited until %v", clk.Now())
	}
}

func TestRunStopPredicate(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	done := false
	n := 0
	var tick func()
	tick = func() {
		n++
		if n == 5 {
			done = true
		}
		lp.CallSoon(tick)
	}
	lp.CallSoon(tick)
	lp.Run(func() bool { return done })
	if n != 5 || lp.ReadyLen() != 1 {
		t.Fatalf("n=%d ReadyLen=%d, want 5, 1", n, lp.ReadyLen())
	}
}

func TestPanickingHandleKeepsRestOfStep(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var got []int
	lp.CallSoon(func() { got = append(got, 1) })
	lp.CallSoon(func() { lp.CallSoon(func() { got = append(got, 4) }); panic("boom") })
	lp.CallSoon(func() { got = append(got, 2) })
	lp.CallSoon(func() { got = append(got, 3) })
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("panic did not propagate")
			}
		}()
		lp.RunOnce()
	}()
	if lp.Running() || lp.ReadyLen() != 3 {
		t.Fatalf("Running=%v ReadyLen=%d, want false, 3", lp.Running(), lp.ReadyLen())
	}
	runAll(t, lp, 10)
	if want := []int{1, 2, 3, 4}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestRealClockTimers(t *testing.T) {
	lp := loop.New(loop.NewRealClock())
	var got []int
	var late []time.Duration
	for _, ms := range []int{30, 10, 20, 10} {
		d := time.Duration(ms) * time.Millisecond
		when := lp.Time() + d
		lp.CallAt(when, func() {
			now := lp.Time()
			if now < when {
				t.Errorf("timer for %v ran early at %v", when, now)
			}
			late = append(late, now-when)
			got = append(got, ms)
		})
	}
	runAll(t, lp, 1000)
	if want := []int{10, 10, 20, 30}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	t.Logf("lateness: %v", late)
}

func TestLockerReleasedWhileWaiting(t *testing.T) {
	var mu sync.Mutex
	lp := loop.New(loop.NewRealClock())
	lp.SetLocker(&mu)
	release := lp.Hold()
	var events []string
	lp.CallLater(5*time.Millisecond, func() {
		if mu.TryLock() {
			t.Error("Locker not held while a timer runs")
			mu.Unlock()
		}
		events = append(events, "timer")
	})
	// This goroutine can only get the lock while the loop waits (the loop
	// has nothing else to do until it posts).
	go func() {
		mu.Lock()
		events = append(events, "goroutine")
		lp.Post(func() {
			if mu.TryLock() {
				t.Error("Locker not held while a posted callback runs")
				mu.Unlock()
			}
			events = append(events, "posted")
			release()
		})
		mu.Unlock()
	}()
	done := make(chan struct{})
	go func() {
		mu.Lock()
		lp.Run(nil)
		mu.Unlock()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("loop never finished: Locker not released while waiting?")
	}
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(events)
	if want := []string{"goroutine", "posted", "timer"}; !slices.Equal(events, want) {
		t.Fatalf("events %v, want %v", events, want)
	}
}

func TestRunOnceReentrantPanics(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var r any
	lp.CallSoon(func() {
		defer func() { r = recover() }()
		lp.RunOnce()
	})
	lp.RunOnce()
	if r == nil {
		t.Fatal("nested RunOnce did not panic")
	}
}

func seq(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for i := lo; i < hi; i++ {
		s = append(s, i)
	}
	return s
}

func BenchmarkCallSoon(b *testing.B) {
	fn := func() {}
	b.Run("batch", func(b *testing.B) {
		// Many handles per iteration: the cost of scheduling and running one.
		lp := loop.New(&loop.FakeClock{})
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			lp.CallSoon(fn)
			if i%1024 == 1023 {
				lp.RunOnce()
			}
		}
		lp.RunOnce()
	})
	b.Run("chain", func(b *testing.B) {
		// One handle per iteration, each scheduling the next: the shape of
		// tasks ping-ponging through sleep(0), so it measures RunOnce itself.
		lp := loop.New(loop.NewRealClock())
		n := 0
		var step func()
		step = func() {
			if n++; n < b.N {
				lp.CallSoon(step)
			}
		}
		lp.CallSoon(step)
		b.ReportAllocs()
		for lp.RunOnce() {
		}
	})
}

func BenchmarkTimers(b *testing.B) {
	const n = 100_000
	r := rand.New(rand.NewPCG(3, 4))
	whens := make([]time.Duration, n)
	for i := range whens {
		whens[i] = time.Duration(r.IntN(10_000)) * time.Millisecond // many equal deadlines
	}
	fn := func() {}
	b.ReportAllocs()
	for b.Loop() {
		lp := loop.New(&loop.FakeClock{})
		for _, w := range whens {
			lp.CallAt(w, fn)
		}
		for lp.RunOnce() {
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/timer")
}

// TestRunOnceNested: a nested step (nest_asyncio) runs the rest of the
// running step first, then what is ready, and leaves the outer step
// nothing more to run.
func TestRunOnceNested(t *testing.T) {
	lp := loop.New(&loop.FakeClock{})
	var order []string
	lp.CallSoon(func() {
		order = append(order, "a")
		lp.CallSoon(func() { order = append(order, "c") })
		lp.RunOnceNested()
		order = append(order, "a-end")
	})
	lp.CallSoon(func() { order = append(order, "b") })
	lp.RunOnce()
	lp.CallSoon(func() { order = append(order, "d") })
	lp.RunOnce()
	if got := strings.Join(order, ","); got != "a,b,c,a-end,d" {
		t.Fatalf("order %s", got)
	}
	if lp.ReadyLen() != 0 || lp.Running() {
		t.Fatalf("ready %d running %v", lp.ReadyLen(), lp.Running())
	}
}
