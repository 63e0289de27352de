package asyncio

// This file defines asyncio.sleep (tasks.sleep): sleep(0) is a bare yield
// (one loop iteration); otherwise a future completed by a call_later timer,
// whose handle is cancelled on the way out.
//
// A sleeping task is what programs keep most of (many_sleepers holds
// 100,000), so one sleep call is one allocation: sleepCall is at once the
// coroutine object sleep() returns, the coroutine's state, the future it
// awaits, the timer handle that completes the future and (as a
// loop.Runner) the timer's callback. No program can tell: the future and
// the handle are only reachable from the coroutine (the task's
// _fut_waiter shows the future, a repr the rest), and all of them live
// exactly as long as the sleep. A delay <= 0 makes the smaller
// sleep0Call, which has no future or timer.
//
// The delay is a number (anything else fails at the first step, as the
// `delay <= 0` of tasks.sleep does) whose conversion runs no Python code,
// so sleep() converts it at once and keeps the duration in the timer's
// deadline until the first step schedules it.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

func (rt *Runtime) sleep(delay, result interp.Value) *interp.Coroutine {
	switch d := delay.(type) {
	case interp.Int:
		if d <= 0 {
			return newSleep0(result)
		}
	case interp.Float:
		if d <= 0 {
			return newSleep0(result)
		}
	}
	s := &sleepCall{}
	s.fut.result = result
	if d, err := native.Float(delay); err != nil {
		s.timer.KeepDelay(badDelay)
		s.fut.result = delay
	} else if d <= 0 {
		return newSleep0(result)
	} else {
		s.timer.KeepDelay(secondsToDuration(d))
		if rt.tracer != nil {
			traceSleep(&s.fut, delay)
		}
	}
	interp.InitNativeCoroutine(&s.co, "sleep", s)
	return &s.co
}

// sleepCall is one sleep(delay, result) call (see the file comment); its
// step is the body of tasks.sleep.
type sleepCall struct {
	co interp.Coroutine
	// fut is the future awaited, set up by the first step (fut.loop is
	// nil until then). Its result field holds the sleep's result from
	// the call on (while fut is pending no one reads it; SetResult sets
	// the same value), or with a badDelay the delay. Not storing the
	// result apart keeps sleepCall in Go's 128-byte size class: sleep is
	// the coroutine a sleeping task waits in.
	fut Future
	// timer is call_later(delay, _set_result_unless_cancelled); before
	// the first step its deadline holds the delay (Handle.KeepDelay), or
	// badDelay. Cancelling it marks the sleep done (it is cancelled on
	// the way out), so that sleepCall needs no flags of its own (its
	// lifecycle): its state is
	//
	//	not started    fut.loop == nil, timer not cancelled
	//	waiting        fut.loop != nil, timer not cancelled
	//	done           timer cancelled
	timer loop.Handle
}

// badDelay is kept as the delay of a sleep whose delay is not a number
// (its first step raises); a number's is >= 0.
const badDelay = -1

func (*sleepCall) Type() *interp.Class { return interp.CoroutineClass }

// CoroutineName names the coroutine (interp.CoroutineNamer), which then
// stores no name.
func (*sleepCall) CoroutineName() string { return "sleep" }

func (s *sleepCall) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	return drive(s, "sleep", s, f, send, throw)
}

// sleepCall's lifecycle, derived from fut and timer (see timer).
func (s *sleepCall) hasStarted() bool { return s.fut.loop != nil || s.timer.Cancelled() }
func (s *sleepCall) isDone() bool     { return s.timer.Cancelled() }
func (s *sleepCall) markStarted()     {} // the first step sets fut.loop or fails
func (s *sleepCall) markDone()        { s.timer.Cancel() }

func (s *sleepCall) stepOnce(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	if s.fut.loop == nil {
		if s.timer.When() == badDelay {
			return nil, nil, false, interp.Errorf(interp.TypeError, "'<=' not supported between instances of '%s' and 'int'", interp.TypeName(s.fut.result))
		}
		rt := Get(f.VM)
		ev, err := rt.runningLoop()
		if err != nil {
			return nil, nil, false, err
		}
		s.fut = Future{loop: ev, result: s.fut.result, rare: s.fut.rare}
		when := ev.l.Time() + s.timer.When()
		if tr := s.fut.trace(); tr != nil {
			tr.due = when
		}
		ev.l.CallAtInto(&s.timer, when, s)
	}
	res, y, pending, exc := awaitFut(&s.fut, send, throw)
	if pending {
		return nil, y, false, nil
	}
	s.timer.Cancel()
	if exc != nil {
		return nil, nil, false, exc
	}
	return res, nil, true, nil
}

// Run is the timer's callback (loop.Runner),
// futures._set_result_unless_cancelled.
func (s *sleepCall) Run() {
	if !s.fut.Cancelled() {
		s.fut.SetResult(s.fut.result)
	}
}

// sleep0Call is sleep(delay, result) with a number delay <= 0: one bare
// yield, then the result.
type sleep0Call struct {
	co     interp.Coroutine
	result interp.Value
	nativeState
	yielded bool
}

func newSleep0(result interp.Value) *interp.Coroutine {
	s := &sleep0Call{result: result}
	interp.InitNativeCoroutine(&s.co, "sleep", s)
	return &s.co
}

func (*sleep0Call) Type() *interp.Class { return interp.CoroutineClass }

func (*sleep0Call) CoroutineName() string { return "sleep" }

func (s *sleep0Call) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	return drive(&s.nativeState, "sleep", s, f, send, throw)
}

func (s *sleep0Call) stepOnce(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	if !s.yielded {
		s.yielded = true
		return nil, yieldNone, false, nil
	}
	if throw != nil {
		return nil, nil, false, throw
	}
	return s.result, nil, true, nil
}
