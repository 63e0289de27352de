package asyncio

// This file defines Lock, Event, Condition, Semaphore and BoundedSemaphore
// (locks.py, 3.11.7): FIFO deques of waiter futures, with CPython's rules
// for who is woken and what happens when a waiter is cancelled.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
	"strconv"
)

// Lock is asyncio.Lock.
type Lock struct {
	cls     *interp.Class
	locked  bool
	waiters []*Future
	ev      *EventLoop
}

// Event is asyncio.Event.
type Event struct {
	cls     *interp.Class
	value   bool
	waiters []*Future
	ev      *EventLoop
}

// Semaphore is asyncio.Semaphore (bounded when bound >= 0).
type Semaphore struct {
	cls     *interp.Class
	value   int
	bound   int
	waiters []*Future
	ev      *EventLoop
}

// Condition is asyncio.Condition.
type Condition struct {
	cls     *interp.Class
	lock    *Lock
	lockV   interp.Value
	waiters []*Future
	ev      *EventLoop
}

func (l *Lock) Type() *interp.Class      { return l.cls }
func (e *Event) Type() *interp.Class     { return e.cls }
func (s *Semaphore) Type() *interp.Class { return s.cls }
func (c *Condition) Type() *interp.Class { return c.cls }

func lockState(locked bool, waiters int) string {
	s := "unlocked"
	if locked {
		s = "locked"
	}
	if waiters > 0 {
		s += ", waiters:" + strconv.Itoa(waiters)
	}
	return s
}

func (l *Lock) Repr(f *interp.Fiber) (string, *interp.Exception) {
	return "<asyncio.locks.Lock object at " + interp.AddressOf(l) + " [" + lockState(l.locked, len(l.waiters)) + "]>", nil
}

func (e *Event) Repr(f *interp.Fiber) (string, *interp.Exception) {
	s := "unset"
	if e.value {
		s = "set"
	}
	if len(e.waiters) > 0 {
		s += ", waiters:" + strconv.Itoa(len(e.waiters))
	}
	return "<asyncio.locks.Event object at " + interp.AddressOf(e) + " [" + s + "]>", nil
}

func (s *Semaphore) Repr(f *interp.Fiber) (string, *interp.Exception) {
	extra := "locked"
	if !s.isLocked() {
		extra = "unlocked, value:" + strconv.Itoa(s.value)
	}
	if len(s.waiters) > 0 {
		extra += ", waiters:" + strconv.Itoa(len(s.waiters))
	}
	return "<asyncio.locks." + s.cls.Name + " object at " + interp.AddressOf(s) + " [" + extra + "]>", nil
}

func (c *Condition) Repr(f *interp.Fiber) (string, *interp.Exception) {
	return "<asyncio.locks.Condition object at " + interp.AddressOf(c) + " [" + lockState(c.lock.locked, len(c.waiters)) + "]>", nil
}

// acquireCoro is Lock.acquire.
func (l *Lock) acquireCoro(rt *Runtime) *interp.Coroutine {
	var fut *Future
	return newCoro("Lock.acquire", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if fut == nil {
			if !l.locked && allCancelled(l.waiters) {
				l.locked = true
				return interp.True, nil, true, nil
			}
			ev, err := getLoop(&l.ev, rt, l)
			if err != nil {
				return nil, nil, false, err
			}
			fut = NewFuture(ev)
			l.waiters = append(l.waiters, fut)
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(fut, send, throw)
		if pending {
			return nil, y, false, nil
		}
		removeWaiter(&l.waiters, fut)
		if exc != nil {
			if exc.Matches(CancelledError) && !l.locked {
				l.wakeUpFirst()
			}
			return nil, nil, false, exc
		}
		l.locked = true
		return interp.True, nil, true, nil
	})
}

func allCancelled(ws []*Future) bool {
	for _, w := range ws {
		if !w.Cancelled() {
			return false
		}
	}
	return true
}

func (l *Lock) release() *interp.Exception {
	if !l.locked {
		return interp.Errorf(interp.RuntimeError, "Lock is not acquired.")
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

func (l *Lock) wakeUpFirst() {
	if len(l.waiters) == 0 {
		return
	}
	if w := l.waiters[0]; !w.Done() {
		w.SetResult(interp.True)
	}
}

func (e *Event) set() {
	if !e.value {
		e.value = true
		for _, w := range e.waiters {
			if !w.Done() {
				w.SetResult(interp.True)
			}
		}
	}
}

// waitCoro is Event.wait.
func (e *Event) waitCoro(rt *Runtime) *interp.Coroutine {
	var fut *Future
	return newCoro("Event.wait", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if fut == nil {
			if e.value {
				return interp.True, nil, true, nil
			}
			ev, err := getLoop(&e.ev, rt, e)
			if err != nil {
				return nil, nil, false, err
			}
			fut = NewFuture(ev)
			e.waiters = append(e.waiters, fut)
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(fut, send, throw)
		if pending {
			return nil, y, false, nil
		}
		removeWaiter(&e.waiters, fut)
		if exc != nil {
			return nil, nil, false, exc
		}
		return interp.True, nil, true, nil
	})
}

func (s *Semaphore) isLocked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if !w.Cancelled() {
			return true
		}
	}
	return false
}

// acquireCoro is Semaphore.acquire.
func (s *Semaphore) acquireCoro(rt *Runtime) *interp.Coroutine {
	var fut *Future
	return newCoro("Semaphore.acquire", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if fut == nil {
			if !s.isLocked() {
				s.value--
				return interp.True, nil, true, nil
			}
			ev, err := getLoop(&s.ev, rt, s)
			if err != nil {
				return nil, nil, false, err
			}
			fut = NewFuture(ev)
			s.waiters = append(s.waiters, fut)
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(fut, send, throw)
		if pending {
			return nil, y, false, nil
		}
		removeWaiter(&s.waiters, fut)
		if exc != nil {
			if exc.Matches(CancelledError) && !fut.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			return nil, nil, false, exc
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return interp.True, nil, true, nil
	})
}

func (s *Semaphore) release() *interp.Exception {
	if s.bound >= 0 && s.value >= s.bound {
		return interp.Errorf(interp.ValueError, "BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

func (s *Semaphore) wakeUpNext() {
	for _, w := range s.waiters {
		if !w.Done() {
			s.value--
			w.SetResult(interp.True)
			return
		}
	}
}

// waitCoro is Condition.wait.
func (c *Condition) waitCoro(rt *Runtime) *interp.Coroutine {
	const (
		stStart = iota
		stWait
		stReacquire
	)
	state := stStart
	var fut *Future
	var pendingExc *interp.Exception
	var result interp.Value
	cancelled := false
	var acq *interp.Coroutine
	var sub *subAwait
	startAcquire := func(f *interp.Fiber) {
		acq = c.lock.acquireCoro(rt)
		sub = &subAwait{fiber: f.VM.NewFiber(acq)}
	}
	return newCoro("Condition.wait", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		switch state {
		case stStart:
			if !c.lock.locked {
				return nil, nil, false, interp.Errorf(interp.RuntimeError, "cannot wait on un-acquired lock")
			}
			c.lock.release()
			ev, err := getLoop(&c.ev, rt, c)
			if err != nil {
				pendingExc = err
				state = stReacquire
				startAcquire(f)
				send, throw = interp.None, nil
				break
			}
			fut = NewFuture(ev)
			c.waiters = append(c.waiters, fut)
			state = stWait
			send, throw = interp.None, nil
		}
		if state == stWait {
			_, y, pending, exc := awaitFut(fut, send, throw)
			if pending {
				return nil, y, false, nil
			}
			removeWaiter(&c.waiters, fut)
			if exc != nil {
				pendingExc = exc
			} else {
				result = interp.True
			}
			state = stReacquire
			startAcquire(f)
			send, throw = interp.None, nil
		}
		for {
			_, y, pending, exc := sub.step(send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc == nil {
				break
			}
			if !exc.Matches(CancelledError) {
				return nil, nil, false, exc
			}
			cancelled = true
			startAcquire(f)
			send, throw = interp.None, nil
		}
		if cancelled {
			return nil, nil, false, interp.NewException(CancelledError)
		}
		if pendingExc != nil {
			return nil, nil, false, pendingExc
		}
		return result, nil, true, nil
	})
}

// waitForCoro is Condition.wait_for(predicate).
func (c *Condition) waitForCoro(rt *Runtime, pred interp.Value) *interp.Coroutine {
	started := false
	var sub *subAwait
	return newCoro("Condition.wait_for", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if started {
			_, y, pending, exc := sub.step(send, throw)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return nil, nil, false, exc
			}
		}
		started = true
		for {
			res, err := f.Call(pred, nil, nil)
			if err != nil {
				return nil, nil, false, err
			}
			ok, err := interp.Truth(f, res)
			if err != nil {
				return nil, nil, false, err
			}
			if ok {
				return res, nil, true, nil
			}
			sub = &subAwait{fiber: f.VM.NewFiber(c.waitCoro(rt))}
			_, y, pending, exc := sub.step(interp.None, nil)
			if pending {
				return nil, y, false, nil
			}
			if exc != nil {
				return nil, nil, false, exc
			}
		}
	})
}

func (c *Condition) notify(n int) *interp.Exception {
	if !c.lock.locked {
		return interp.Errorf(interp.RuntimeError, "cannot notify on un-acquired lock")
	}
	idx := 0
	for _, w := range c.waiters {
		if idx >= n {
			break
		}
		if !w.Done() {
			idx++
			w.SetResult(interp.False)
		}
	}
	return nil
}

// Python method tables.

func selfAs[T any](args []interp.Value, what string) (T, *interp.Exception) {
	var zero T
	if len(args) > 0 {
		if x, ok := args[0].(T); ok {
			return x, nil
		}
	}
	return zero, interp.Errorf(interp.TypeError, "descriptor requires a '%s' object", what)
}

func noArgs[T any](what, name string, fn func(f *interp.Fiber, x T) (interp.Value, *interp.Exception)) interp.NativeFunc {
	qual := what + "." + name
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		x, err := selfAs[T](args, what)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 || len(kw) != 0 { // the binder only for its errors
			var recv interp.Value
			if err := interp.UnpackArgsPy(qual, args, kw, "self", &recv); err != nil {
				return nil, err
			}
		}
		return fn(f, x)
	}
}

func none(err *interp.Exception) (interp.Value, *interp.Exception) {
	if err != nil {
		return nil, err
	}
	return interp.None, nil
}

// acquirer is what _ContextManagerMixin needs.
type acquirer interface {
	acquireAwaitable(rt *Runtime) *interp.Coroutine
	releaseLock() *interp.Exception
}

func (l *Lock) acquireAwaitable(rt *Runtime) *interp.Coroutine      { return l.acquireCoro(rt) }
func (l *Lock) releaseLock() *interp.Exception                      { return l.release() }
func (s *Semaphore) acquireAwaitable(rt *Runtime) *interp.Coroutine { return s.acquireCoro(rt) }
func (s *Semaphore) releaseLock() *interp.Exception                 { return s.release() }
func (c *Condition) acquireAwaitable(rt *Runtime) *interp.Coroutine { return c.lock.acquireCoro(rt) }
func (c *Condition) releaseLock() *interp.Exception                 { return c.lock.release() }

// contextManagerMethods is _ContextManagerMixin: async with acquires and
// releases.
func contextManagerMethods(what string) map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"__aenter__": noArgs(what, "__aenter__", func(f *interp.Fiber, a acquirer) (interp.Value, *interp.Exception) {
			rt := Get(f.VM)
			var sub *subAwait
			return newCoro("_ContextManagerMixin.__aenter__", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if sub == nil {
					sub = &subAwait{fiber: f.VM.NewFiber(a.acquireAwaitable(rt))}
					send, throw = interp.None, nil
				}
				_, y, pending, exc := sub.step(send, throw)
				if pending {
					return nil, y, false, nil
				}
				return interp.None, nil, exc == nil, exc
			}), nil
		}),
		"__aexit__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			a, err := selfAs[acquirer](args, what)
			if err != nil {
				return nil, err
			}
			return newCoro("_ContextManagerMixin.__aexit__", func(*interp.Fiber, interp.Value, *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if err := a.releaseLock(); err != nil {
					return nil, nil, false, err
				}
				return interp.None, nil, true, nil
			}), nil
		},
		"acquire": noArgs(what, "acquire", func(f *interp.Fiber, a acquirer) (interp.Value, *interp.Exception) {
			return a.acquireAwaitable(Get(f.VM)), nil
		}),
		"release": noArgs(what, "release", func(f *interp.Fiber, a acquirer) (interp.Value, *interp.Exception) {
			return none(a.releaseLock())
		}),
		"__repr__": reprMethod,
	}
}

func lockMethods() map[string]interp.NativeFunc {
	m := contextManagerMethods("Lock")
	m["locked"] = noArgs("Lock", "locked", func(f *interp.Fiber, l *Lock) (interp.Value, *interp.Exception) { return interp.Bool(l.locked), nil })
	return m
}

func semaphoreMethods() map[string]interp.NativeFunc {
	m := contextManagerMethods("Semaphore")
	m["locked"] = noArgs("Semaphore", "locked", func(f *interp.Fiber, s *Semaphore) (interp.Value, *interp.Exception) {
		return interp.Bool(s.isLocked()), nil
	})
	return m
}

func conditionMethods() map[string]interp.NativeFunc {
	m := contextManagerMethods("Condition")
	m["locked"] = noArgs("Condition", "locked", func(f *interp.Fiber, c *Condition) (interp.Value, *interp.Exception) {
		return interp.Bool(c.lock.locked), nil
	})
	m["wait"] = noArgs("Condition", "wait", func(f *interp.Fiber, c *Condition) (interp.Value, *interp.Exception) {
		return c.waitCoro(Get(f.VM)), nil
	})
	m["wait_for"] = func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		c, err := selfAs[*Condition](args, "Condition")
		if err != nil {
			return nil, err
		}
		var recv, pred interp.Value
		if err := interp.UnpackArgsPy("Condition.wait_for", args, kw, "self", &recv, "predicate", &pred); err != nil {
			return nil, err
		}
		return c.waitForCoro(Get(f.VM), pred), nil
	}
	m["notify"] = func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		c, err := selfAs[*Condition](args, "Condition")
		if err != nil {
			return nil, err
		}
		var recv, nv interp.Value
		if err := interp.UnpackArgsPy("Condition.notify", args, kw, "self", &recv, "n?", &nv); err != nil {
			return nil, err
		}
		n := int64(1)
		if nv != nil {
			if n, err = native.Index(f, nv); err != nil {
				return nil, err
			}
		}
		return none(c.notify(int(n)))
	}
	m["notify_all"] = noArgs("Condition", "notify_all", func(f *interp.Fiber, c *Condition) (interp.Value, *interp.Exception) {
		return none(c.notify(len(c.waiters)))
	})
	return m
}

func eventMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"is_set": noArgs("Event", "is_set", func(f *interp.Fiber, e *Event) (interp.Value, *interp.Exception) { return interp.Bool(e.value), nil }),
		"set":    noArgs("Event", "set", func(f *interp.Fiber, e *Event) (interp.Value, *interp.Exception) { e.set(); return interp.None, nil }),
		"clear": noArgs("Event", "clear", func(f *interp.Fiber, e *Event) (interp.Value, *interp.Exception) {
			e.value = false
			return interp.None, nil
		}),
		"wait":     noArgs("Event", "wait", func(f *interp.Fiber, e *Event) (interp.Value, *interp.Exception) { return e.waitCoro(Get(f.VM)), nil }),
		"__repr__": reprMethod,
	}
}

func newLockFunc(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.UnpackArgsPy("Lock.__init__", withSelf(cls, args), kw, "self", new(interp.Value)); err != nil {
		return nil, err
	}
	return &Lock{cls: cls}, nil
}

func newEventFunc(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.UnpackArgsPy("Event.__init__", withSelf(cls, args), kw, "self", new(interp.Value)); err != nil {
		return nil, err
	}
	return &Event{cls: cls}, nil
}

func newSemaphoreFunc(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var vv interp.Value
	init := "Semaphore.__init__"
	bounded := cls.IsSubclass(Get(f.VM).classes().BoundedSemaphore)
	if bounded {
		init = "BoundedSemaphore.__init__"
	}
	if err := interp.UnpackArgsPy(init, withSelf(cls, args), kw, "self", new(interp.Value), "value?", &vv); err != nil {
		return nil, err
	}
	v := int64(1)
	if vv != nil {
		var err *interp.Exception
		if v, err = native.Index(f, vv); err != nil {
			return nil, err
		}
	}
	if v < 0 {
		return nil, interp.Errorf(interp.ValueError, "Semaphore initial value must be >= 0")
	}
	s := &Semaphore{cls: cls, value: int(v), bound: -1}
	if bounded {
		s.bound = int(v)
	}
	return s, nil
}

func newConditionFunc(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var lv interp.Value
	if err := interp.UnpackArgsPy("Condition.__init__", withSelf(cls, args), kw, "self", new(interp.Value), "lock?", &lv); err != nil {
		return nil, err
	}
	c := &Condition{cls: cls}
	if lv == nil || lv == interp.None {
		c.lock = &Lock{cls: Get(f.VM).classes().Lock}
	} else if l, ok := lv.(*Lock); ok {
		c.lock = l
	} else {
		return nil, interp.Errorf(interp.TypeError, "Condition() lock must be an asyncio.Lock")
	}
	c.lockV = c.lock
	return c, nil
}
