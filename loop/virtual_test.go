package loop_test

import (
	"slices"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/loop"
)

func TestVirtualClockJumpsOverLongTimers(t *testing.T) {
	clk := loop.NewVirtualClock(time.Second)
	lp := loop.New(clk)
	start := time.Now()
	var firedAt time.Duration
	lp.CallLater(time.Hour, func() { firedAt = clk.Now() })
	runAll(t, lp, 10)
	if wall := time.Since(start); wall > 50*time.Millisecond {
		t.Fatalf("an hour-long timer took %v of wall time", wall)
	}
	if late := firedAt - (time.Second + time.Hour); late < 0 || late > 10*time.Millisecond {
		t.Fatalf("timer fired at %v, want punctually at 1h0m1s (late by %v)", firedAt, late)
	}
}

func TestVirtualClockNeverRepeats(t *testing.T) {
	clk := loop.NewVirtualClock(0)
	prev := clk.Now()
	for range 1000 {
		now := clk.Now()
		if now <= prev {
			t.Fatalf("Now went from %v to %v", prev, now)
		}
		prev = now
	}
}

func TestVirtualClockKeepsSchedulingOrder(t *testing.T) {
	// Ten sleeps of the same length started one after the other end in
	// that order in CPython (their deadlines differ by the time between
	// the calls), not in heapq's order for equal deadlines.
	lp := loop.New(loop.NewVirtualClock(time.Second))
	var got []int
	for i := range 10 {
		lp.CallLater(time.Second, func() { got = append(got, i) })
	}
	runAll(t, lp, 20)
	if want := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	// Explicitly equal deadlines still come out in heapq's order.
	lp = loop.New(loop.NewVirtualClock(0))
	got = nil
	when := lp.Time() + 50*time.Millisecond
	for i := range 10 {
		lp.CallAt(when, func() { got = append(got, i) })
	}
	lp.CallAt(when+50*time.Millisecond, func() {}) // the sleep, as in TestTimersEqualDeadlinesCPythonOrder
	runAll(t, lp, 20)
	if want := []int{0, 2, 6, 5, 9, 8, 7, 1, 3, 4}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want CPython's %v", got, want)
	}
}

func TestVirtualClockWaitsForWorkInRealTime(t *testing.T) {
	// A Hold is work in progress: the clock must not jump to the timer
	// while the worker is busy (30 ms of real time), and jumps once it has
	// posted and released.
	clk := loop.NewVirtualClock(0)
	lp := loop.New(clk)
	var postedAt, timerAt time.Duration
	lp.CallLater(10*time.Second, func() { timerAt = clk.Now() })
	release := lp.Hold()
	go func() {
		time.Sleep(30 * time.Millisecond)
		lp.Post(func() { postedAt = clk.Now(); release() })
	}()
	start := time.Now()
	runAll(t, lp, 20)
	wall := time.Since(start)
	if postedAt < 30*time.Millisecond || postedAt > time.Second {
		t.Fatalf("the worker's callback ran at %v, want after 30ms of real work and before the timer", postedAt)
	}
	if timerAt < 10*time.Second || timerAt > 10*time.Second+100*time.Millisecond {
		t.Fatalf("timer ran at %v, want 10s", timerAt)
	}
	if wall < 30*time.Millisecond || wall > 500*time.Millisecond {
		t.Fatalf("wall time %v, want the worker's 30ms and no more than a little", wall)
	}
}

func TestVirtualClockThreadSleepsJumpToo(t *testing.T) {
	// A worker sleeping on the clock (time.sleep in a to_thread) is not
	// work: the clock jumps to whichever deadline comes first, the loop's
	// timers (2 s, 4 s) or the worker's (5 s), as blocking_mix.as does.
	clk := loop.NewVirtualClock(0)
	lp := loop.New(clk)
	var events []string
	record := func(what string) { events = append(events, what+"@"+clk.Now().Truncate(time.Second).String()) }
	lp.CallLater(2*time.Second, func() {
		record("timer")
		lp.CallLater(2*time.Second, func() { record("timer") })
	})
	release := lp.Hold()
	go func() {
		clk.Wait(5*time.Second, nil)
		lp.Post(func() { record("worker"); release() })
	}()
	start := time.Now()
	runAll(t, lp, 20)
	if wall := time.Since(start); wall > 200*time.Millisecond {
		t.Fatalf("took %v of wall time", wall)
	}
	if want := []string{"timer@2s", "timer@4s", "worker@5s"}; !slices.Equal(events, want) {
		t.Fatalf("events %v, want %v", events, want)
	}
}

func TestVirtualClockTwoSleepingThreadsOverlap(t *testing.T) {
	// Two threads sleeping 1 s each at the same time take 1 s, not 2.
	clk := loop.NewVirtualClock(0)
	lp := loop.New(clk)
	done := 0
	for range 2 {
		release := lp.Hold()
		go func() {
			clk.Wait(time.Second, nil)
			lp.Post(func() { done++; release() })
		}()
	}
	runAll(t, lp, 20)
	if now := clk.Now(); done != 2 || now < time.Second || now > 1100*time.Millisecond {
		t.Fatalf("done=%d at %v, want 2 at 1s", done, now)
	}
}

func TestVirtualClockWaitPostWakes(t *testing.T) {
	// An idle loop waiting for a post (no timer, no Hold) does not jump
	// and returns when something is posted.
	clk := loop.NewVirtualClock(0)
	lp := loop.New(clk)
	ran := false
	go func() {
		time.Sleep(20 * time.Millisecond)
		lp.Post(func() { ran = true })
	}()
	if lp.RunOnce() {
		t.Fatal("RunOnce on an empty loop returned true")
	}
	lp.WaitPost()
	runAll(t, lp, 5)
	if !ran {
		t.Fatal("posted callback did not run")
	}
	if now := clk.Now(); now < 20*time.Millisecond || now > time.Second {
		t.Fatalf("Now=%v, want about 20ms of real time", now)
	}
}

func TestRunReportsIdle(t *testing.T) {
	lp := loop.New(loop.NewVirtualClock(0))
	lp.CallSoon(func() {})
	if !lp.Run(nil) {
		t.Fatal("Run of a loop that ran out of work did not report idle")
	}
	lp.CallSoon(lp.Stop)
	lp.CallLater(time.Second, func() {})
	if lp.Run(nil) {
		t.Fatal("Run stopped by Stop reported idle")
	}
}

func TestVirtualClockTimersWithinAMillisecondShareAStep(t *testing.T) {
	// CPython's selector waits whole milliseconds, so two sleep(0.01)
	// started one after the other end in the same step, and what the
	// first one wakes runs after both (shared-set/aio_semaphore_condition:
	// "j0 out", "j1 out", then "j2 in").
	lp := loop.New(loop.NewVirtualClock(0))
	var got []string
	h0 := lp.CallLater(10*time.Millisecond, func() {
		got = append(got, "first")
		lp.CallSoon(func() { got = append(got, "woken by first") })
	})
	// the interpreter's work between the two sleeps: 200µs of real time
	for start := time.Now(); time.Since(start) < 200*time.Microsecond; {
	}
	h1 := lp.CallLater(10*time.Millisecond, func() { got = append(got, "second") })
	if gap := h1.When() - h0.When(); gap > 900*time.Microsecond {
		t.Skipf("the test was descheduled: the deadlines are %v apart, not 200µs", gap)
	}
	runAll(t, lp, 10)
	if want := []string{"first", "second", "woken by first"}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}
