// Package loop is asyncscript's event loop: a ready queue, a timer heap and
// a goroutine-safe inbox, driven one iteration at a time by RunOnce.
//
// The loop knows callbacks (func()) and nothing else. It never touches
// interpreter values; stdlib/asyncio builds Futures and Tasks on top of it,
// and a Task reschedules itself (CallSoon(t.step)) exactly as CPython's
// Task.__step does. CPython's scheduling order therefore follows from
// RunOnce mirroring BaseEventLoop._run_once (Lib/asyncio/base_events.py,
// 3.11) step by step:
//
//  1. Cancelled timers are dropped lazily: popped from the head of the heap,
//     or, when more than 100 timers are scheduled and more than half of them
//     are cancelled, the heap is filtered and re-heapified.
//  2. The wait timeout is 0 if any handle is ready, the inbox is non-empty
//     or Stop was called; else the time until the earliest timer (capped at
//     24 hours, like MAXIMUM_SELECT_TIMEOUT, and rounded up to whole
//     milliseconds, like EpollSelector.select); else forever, which is only
//     allowed while a Hold is outstanding (otherwise RunOnce reports that
//     nothing can ever run again and returns false without waiting).
//  3. The wait goes through the Clock with the optional Locker (the GIL)
//     released. Nothing polls: a sleeping loop uses no CPU.
//  4. Callbacks posted to the inbox are appended to the ready queue in post
//     order (see "Inbox ordering" below).
//  5. Timers whose deadline is <= Time() are moved to the ready queue in heap
//     pop order (CPython: when < time() + clock resolution, and the monotonic
//     clock resolution is 1ns).
//  6. Exactly the handles that were ready when step 6 began are run, in FIFO
//     order, skipping cancelled ones. Handles they schedule wait for the next
//     iteration.
//
// # Timer order
//
// CPython keeps timers in a heapq list and compares TimerHandles by their
// deadline only, so timers with equal deadlines do NOT come out in
// scheduling order: ten call_at(t, ...) calls run as 0 2 6 5 9 8 7 1 3 4.
// timers.go reproduces heapq's sift algorithm (push, pop, heapify) with the
// same comparison, so equal deadlines come out in CPython's order as long as
// the same sequence of heap operations happens, which RunOnce guarantees by
// mirroring _run_once (including where cancelled timers leave the heap).
// Deadlines are integer nanoseconds; CPython's are float seconds.
//
// # Inbox ordering
//
// CPython's call_soon_threadsafe appends to _ready at once (under the GIL)
// and writes a byte to the self-pipe to wake select. Post cannot touch the
// ready queue from another goroutine, so it appends to the inbox and pokes a
// 1-buffered wake channel; RunOnce moves the inbox into the ready queue right
// after the wait, before due timers. This matches CPython for callbacks
// posted while the loop waits (they precede the timers that became due in
// the same wait) and for callbacks posted during a step (they run next
// iteration). The one approximation: a callback posted in the middle of a
// step lands behind every handle that step schedules, whereas CPython
// interleaves it at the moment of the post. That moment is a thread race in
// CPython too, so no program can rely on it.
//
// # Virtual time
//
// VirtualClock (virtual.go, asyncscript --clock=virtual) departs from
// CPython on purpose, as an opt-in: when everything is waiting for a
// deadline (the loop for its next timer, threads in time.sleep) and
// nothing is working (no interpreted code running, no Hold outstanding
// other than threads that are themselves sleeping on the clock), the time
// jumps to the earliest deadline instead of passing. Otherwise it is real
// time: busy code, threads at work and pending I/O take as long as they
// take, and Wait really waits. Timers therefore fire exactly on their
// deadline, and a program prints what a real run with perfectly punctual
// timers would. Since the clock always moves between two reads (by at
// least 1ns), timers scheduled one after another keep CPython's order.
// Only the loop's Wait (and the interpreter's time.sleep) go through the
// clock, so RunOnce's steps are the same on either clock.
//
// # Idle loops
//
// RunOnce returns false when nothing can ever run again; Run reports it
// (idle). CPython's loop would then wait forever in select();
// stdlib/asyncio either reports a deadlock or calls WaitPost, which waits,
// as CPython does, for the one thing that can still come (a callback
// posted by a Ctrl-C handler).
//
// # Invariants
//
//   - Only Post, and the release functions returned by Hold, are
//     goroutine-safe. Everything else, including Handle.Cancel, runs on the
//     goroutine that calls RunOnce (with the Locker held, if one is set).
//   - RunOnce is called with the Locker held; it releases it only while
//     waiting in the Clock, and holds it while handles run.
//   - A goroutine doing work for the loop takes a Hold first and releases it
//     from inside the callback it posts (or after posting), never before
//     posting: a loop with no ready handles, no live timers, no Holds and an
//     empty inbox is finished and RunOnce returns false.
//   - Handles run in the order described above and nowhere else; no method
//     other than RunOnce ever calls a handle's function.
package loop
