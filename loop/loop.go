// This file defines Loop and its one iteration, RunOnce, which mirrors
// CPython 3.11's BaseEventLoop._run_once (see doc.go for the steps).

package loop

import (
	"sync"
	"sync/atomic"
	"time"
)

const (
	// Heap compaction thresholds, as in base_events.py: when more than
	// minScheduledTimers timers are in the heap and more than half of them
	// are cancelled, the heap is filtered and rebuilt instead of dropping
	// cancelled timers from its head only.
	minScheduledTimers = 100

	// maxWait caps one wait, as MAXIMUM_SELECT_TIMEOUT does.
	maxWait = 24 * time.Hour
)

// A Loop schedules callbacks. Create it with New; drive it with RunOnce or
// Run from a single goroutine. Only Post and Hold's release functions may be
// called from other goroutines.
type Loop struct {
	clock  Clock
	locker sync.Locker

	ready []entry // FIFO of callbacks to run in the next step
	spare []entry // empty buffer swapped with ready at each step

	// batch is the step being run (the ready queue as it was when the step
	// began); batchPos is the next entry in it. nil between steps.
	batch    []entry
	batchPos int

	timers         timerHeap
	timerCancelled int // CPython's _timer_cancelled_count (an estimate, as there)

	in    *inbox
	inBuf []func() // spare buffer for inbox.drain

	holds    atomic.Int64
	stopping bool
	running  bool
}

// New returns an empty loop reading time from c (a new RealClock if c is
// nil).
func New(c Clock) *Loop {
	if c == nil {
		c = NewRealClock()
	}
	return &Loop{clock: c, in: newInbox()}
}

// SetLocker sets a lock (the interpreter's GIL) that the caller holds while
// calling RunOnce or Run. RunOnce releases it while it waits and takes it
// back before moving callbacks and running handles. nil means no lock.
func (l *Loop) SetLocker(lk sync.Locker) { l.locker = lk }

// Time reports the loop's current time (its Clock's Now).
func (l *Loop) Time() time.Duration { return l.clock.Now() }

// entry is one callback in the ready queue: a *Handle (which skips a
// cancelled callback), or for Soon and SoonRun the bare Runner.
type entry struct{ r Runner }

// CallSoon schedules fn to run in a later step, after every handle already
// in the ready queue (loop.call_soon).
func (l *Loop) CallSoon(fn func()) *Handle {
	if fn == nil {
		panic("loop: CallSoon with nil func")
	}
	h := &Handle{r: Func(fn)}
	l.ready = append(l.ready, entry{h})
	return h
}

// Soon is CallSoon for a callback no one will cancel: it takes its place
// in the same FIFO but has no Handle (one allocation fewer for the
// scheduler's own callbacks, such as a task's next step).
func (l *Loop) Soon(fn func()) {
	if fn == nil {
		panic("loop: Soon with nil func")
	}
	l.ready = append(l.ready, entry{Func(fn)})
}

// SoonRun is Soon for a Runner (no closure to allocate when r's own state
// says what to run).
func (l *Loop) SoonRun(r Runner) {
	if r == nil {
		panic("loop: SoonRun with nil Runner")
	}
	l.ready = append(l.ready, entry{r})
}

// CallAt schedules fn to run in the first step that begins at or after time
// when (loop.call_at). Timers with equal deadlines run in CPython's heapq
// order, not necessarily in scheduling order (see timers.go).
func (l *Loop) CallAt(when time.Duration, fn func()) *Handle {
	if fn == nil {
		panic("loop: CallAt with nil func")
	}
	h := &Handle{}
	l.CallAtInto(h, when, Func(fn))
	return h
}

// CallAtInto is CallAt with a Handle the caller allocated, inside an
// object of its own (asyncio.sleep keeps its timer beside its future), to
// save an allocation. h must be unused: zero, or never scheduled before.
func (l *Loop) CallAtInto(h *Handle, when time.Duration, r Runner) {
	if r == nil {
		panic("loop: CallAtInto with nil Runner")
	}
	*h = Handle{r: r, loop: l, when: when}
	l.timers.push(h)
}

// CallLater is CallAt(Time()+d, fn) (loop.call_later).
func (l *Loop) CallLater(d time.Duration, fn func()) *Handle {
	return l.CallAt(l.clock.Now()+d, fn)
}

// Post schedules fn from any goroutine (loop.call_soon_threadsafe): fn is
// appended to the inbox and the loop is woken; RunOnce moves the inbox into
// the ready queue, in post order, after its wait. Post is the only
// goroutine-safe way to reach the loop. A goroutine that will Post later
// must hold a Hold until then, or the loop may finish first.
func (l *Loop) Post(fn func()) {
	if fn == nil {
		panic("loop: Post with nil func")
	}
	l.in.post(fn)
}

// Hold records outstanding external work: while any Hold is unreleased, an
// otherwise idle loop waits (without using CPU) for Post instead of
// reporting that it is finished. release is idempotent and goroutine-safe.
//
// On a VirtualClock, each outstanding Hold counts as one actor at work, so
// that the clock does not jump while a thread or I/O is pending.
func (l *Loop) Hold() (release func()) {
	l.holds.Add(1)
	vc, _ := l.clock.(*VirtualClock)
	if vc != nil {
		vc.addActors(1)
	}
	var done atomic.Bool
	return func() {
		if !done.CompareAndSwap(false, true) {
			return
		}
		if vc != nil {
			vc.addActors(-1)
		}
		if l.holds.Add(-1) == 0 {
			// An idle loop may be waiting forever on the last Hold: wake it
			// so that RunOnce can report that it is finished.
			l.in.poke()
		}
	}
}

// Stop makes Run return after the current (or next) iteration, which does
// not wait (loop.stop). The request is consumed when Run returns.
func (l *Loop) Stop() { l.stopping = true }

// Stopping reports whether Stop was called and not yet consumed.
func (l *Loop) Stopping() bool { return l.stopping }

// ClearStop consumes a Stop request (what Run does when it returns), for
// callers driving RunOnce themselves.
func (l *Loop) ClearStop() { l.stopping = false }

// Running reports whether the loop is inside RunOnce, running handles.
func (l *Loop) Running() bool { return l.running }

// ReadyLen reports how many handles are waiting to run, cancelled ones
// included (len(loop._ready)).
func (l *Loop) ReadyLen() int { return len(l.ready) + len(l.batch) - l.batchPos }

// TimerLen reports how many timers are in the heap, including cancelled
// ones not yet dropped (len(loop._scheduled)).
func (l *Loop) TimerLen() int { return len(l.timers) }

// Run calls RunOnce until it returns false, Stop is called, or stop (if not
// nil) returns true; stop is checked before each iteration. idle reports
// that Run returned because RunOnce returned false: nothing can ever run
// again unless something is posted (see WaitPost).
func (l *Loop) Run(stop func() bool) (idle bool) {
	defer func() { l.stopping = false }()
	for {
		if stop != nil && stop() {
			return false
		}
		if !l.RunOnce() {
			return true
		}
		if l.stopping {
			return false
		}
	}
}

// WaitPost blocks, with the Locker released, until something is posted
// (or a Hold is released). It is how an idle loop waits forever, as
// CPython's does, for the one thing that can still wake it: a Ctrl-C
// handler posting its callback.
func (l *Loop) WaitPost() {
	if l.locker != nil {
		l.locker.Unlock()
		defer l.locker.Lock()
	}
	l.clock.Wait(-1, l.in.wake)
}

// RunOnce runs one iteration of the loop: drop cancelled timers, wait (the
// Locker released) for as long as nothing is due, move posted callbacks and
// then due timers into the ready queue, and run the handles that are ready
// at that point. It returns false, without waiting, when nothing can ever
// run again: no ready handles, no live timers, no Holds and an empty inbox.
//
// A handle that panics propagates the panic; the handles after it in the
// step stay at the front of the ready queue.
func (l *Loop) RunOnce() bool {
	if l.running {
		panic("loop: RunOnce called while the loop is running")
	}
	l.dropCancelledTimers()

	if len(l.ready) == 0 && len(l.timers) == 0 && l.holds.Load() == 0 && l.in.empty() {
		return false
	}

	// A pending inbox poke makes the wait return at once, as the self-pipe
	// does for select in CPython.
	timeout := time.Duration(-1)
	if len(l.ready) > 0 || l.stopping || !l.in.empty() {
		timeout = 0
	} else if len(l.timers) > 0 {
		timeout = min(max(0, l.timers[0].when-l.clock.Now()), maxWait)
		// CPython's selector (EpollSelector.select) waits whole
		// milliseconds, rounding up, so timers due within a millisecond
		// of the first one run in the same step. Programs see this (two
		// sleeps started in one step end in one step), and a VirtualClock,
		// which wakes exactly when asked, must do the same.
		timeout = (timeout + time.Millisecond - 1) / time.Millisecond * time.Millisecond
	}
	if l.locker != nil {
		l.locker.Unlock()
		l.clock.Wait(timeout, l.in.wake)
		l.locker.Lock()
	} else {
		l.clock.Wait(timeout, l.in.wake)
	}

	got := l.in.drain(l.inBuf)
	for _, fn := range got {
		l.ready = append(l.ready, entry{Func(fn)})
	}
	clear(got)
	l.inBuf = got[:0]

	if len(l.timers) > 0 {
		// CPython: end_time = time() + clock resolution; due if when < end_time.
		// The resolution here is 1ns, so due means when <= now.
		now := l.clock.Now()
		for len(l.timers) > 0 && l.timers[0].when <= now {
			t := l.timers.pop()
			t.loop = nil
			l.ready = append(l.ready, entry{t})
		}
		if c := cap(l.timers); c > bigQueue && len(l.timers)*4 < c {
			// most timers of a burst have fired: shrink the heap's buffer
			l.timers = append(make(timerHeap, 0, 2*len(l.timers)), l.timers...)
		}
	}

	l.batch, l.ready = l.ready, l.spare[:0]
	l.batchPos = 0
	l.running = true
	defer l.endStep()
	for l.batchPos < len(l.batch) {
		e := l.batch[l.batchPos]
		l.batch[l.batchPos] = entry{}
		l.batchPos++
		e.r.Run()
	}
	return true
}

// RunOnceNested is RunOnce for a nested run (nest_asyncio): called from a
// handle of the running step, it first puts the rest of that step back at
// the front of the ready queue, so that the nested step runs it, as
// nest_asyncio's _run_once pops the one shared ready queue; the outer step
// then has nothing more to run. Outside a step it is RunOnce.
func (l *Loop) RunOnceNested() bool {
	if !l.running {
		return l.RunOnce()
	}
	outer, pos := l.batch, l.batchPos
	rest := outer[pos:]
	ready := make([]entry, 0, len(rest)+len(l.ready))
	l.ready = append(append(ready, rest...), l.ready...)
	clear(rest)
	l.batch, l.batchPos, l.running, l.spare = nil, 0, false, nil
	defer func() {
		// the outer step resumes with its handles all taken
		l.batch, l.batchPos, l.running = outer[:pos], pos, true
	}()
	return l.RunOnce()
}

// endStep recycles the step's buffer, or, if a handle panicked, puts the
// rest of the step back at the front of the ready queue.
func (l *Loop) endStep() {
	l.running = false
	if rest := l.batch[l.batchPos:]; len(rest) > 0 {
		ready := make([]entry, 0, len(rest)+len(l.ready))
		ready = append(append(ready, rest...), l.ready...)
		l.ready = ready
		l.spare = nil
	} else if cap(l.batch) > bigQueue && len(l.ready)*4 < cap(l.batch) {
		// a burst is over (many_sleepers' 100,000 first steps): let its
		// buffer go rather than keep it for the rest of the run
		l.spare = nil
	} else {
		l.spare = l.batch[:0]
	}
	l.batch, l.batchPos = nil, 0
}

// bigQueue is the capacity (in entries) past which the ready queue's and
// the timer heap's buffers are released once they are mostly empty.
const bigQueue = 1024

// dropCancelledTimers removes cancelled timers the way _run_once does:
// rebuild the heap when it is large and mostly cancelled, else pop
// cancelled timers off its head.
func (l *Loop) dropCancelledTimers() {
	if n := len(l.timers); n > minScheduledTimers && 2*l.timerCancelled > n {
		keep := l.timers[:0]
		for _, t := range l.timers {
			if t.Cancelled() {
				t.loop = nil
			} else {
				keep = append(keep, t)
			}
		}
		clear(l.timers[len(keep):])
		l.timers = keep
		l.timers.heapify()
		l.timerCancelled = 0
		return
	}
	for len(l.timers) > 0 && l.timers[0].Cancelled() {
		l.timerCancelled--
		l.timers.pop().loop = nil
	}
}
