package asyncio

// This file defines asyncio.Barrier (new in 3.11, locks.py): parties
// tasks wait until all of them have arrived, then all go on. As in
// CPython it is built on a Condition, with the same states (filling,
// draining, resetting, broken) and the same wait_for predicates, so tasks
// wake in CPython's order. BrokenBarrierError is asyncio.exceptions'.

import (
	"strconv"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// BrokenBarrierError is asyncio.BrokenBarrierError (shared and immutable,
// as asyncio's other exception classes).
var BrokenBarrierError = excClass("BrokenBarrierError", "asyncio.exceptions", interp.RuntimeError)

// The states of a Barrier (_BarrierState's values).
const (
	barrierFilling   = "filling"
	barrierDraining  = "draining"
	barrierResetting = "resetting"
	barrierBroken    = "broken"
)

// Barrier is asyncio.Barrier.
type Barrier struct {
	cls     *interp.Class // this runtime's Barrier class, or a subclass
	cond    *Condition
	parties int
	state   string
	count   int
}

func (b *Barrier) Type() *interp.Class { return b.cls }

// nWaiting is Barrier.n_waiting.
func (b *Barrier) nWaiting() int {
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

func (b *Barrier) Repr(f *interp.Fiber) (string, *interp.Exception) {
	extra := b.state
	if b.state != barrierBroken {
		extra += ", waiters:" + strconv.Itoa(b.nWaiting()) + "/" + strconv.Itoa(b.parties)
	}
	return "<asyncio.locks.Barrier object at " + interp.AddressOf(b) + " [" + extra + "]>", nil
}

// predicate makes a wait_for predicate of Go code.
func predicate(fn func() bool) interp.Value {
	return interp.NewBuiltin("<lambda>", func(*interp.Fiber, []interp.Value, []interp.KV) (interp.Value, *interp.Exception) {
		return interp.Bool(fn()), nil
	})
}

// exit is Barrier._exit: the last task out lets the barrier fill again.
func (b *Barrier) exit() *interp.Exception {
	if b.count == 0 {
		if b.state == barrierResetting || b.state == barrierDraining {
			b.state = barrierFilling
		}
		return b.cond.notify(len(b.cond.waiters))
	}
	return nil
}

// waitCoro is Barrier.wait: async with the condition, _block, count in,
// then _release (the last party) or _wait; finally count out and _exit.
func (b *Barrier) waitCoro(rt *Runtime) *interp.Coroutine {
	const (
		acquiring = iota
		blocking
		waiting
	)
	stage := -1
	var sub *subAwait
	index := 0
	// leave ends the `async with`: the lock is released whatever happened.
	leave := func(res interp.Value, exc *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if err := b.cond.lock.release(); err != nil && exc == nil {
			exc = err
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		return res, nil, true, nil
	}
	// counted ends the try/finally around the counted part.
	counted := func(exc *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		b.count--
		if err := b.exit(); err != nil && exc == nil {
			exc = err
		}
		return leave(interp.Int(index), exc)
	}
	return newCoro("Barrier.wait", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if stage < 0 {
			stage = acquiring
			sub = &subAwait{fiber: f.VM.NewFiber(b.cond.lock.acquireCoro(rt))}
			send, throw = interp.None, nil
		}
		for {
			_, y, pending, exc := sub.step(send, throw)
			if pending {
				return nil, y, false, nil
			}
			send, throw = interp.None, nil
			switch stage {
			case acquiring:
				if exc != nil {
					return nil, nil, false, exc
				}
				stage = blocking
				pred := predicate(func() bool { return b.state != barrierDraining && b.state != barrierResetting })
				sub = &subAwait{fiber: f.VM.NewFiber(b.cond.waitForCoro(rt, pred))}
			case blocking:
				if exc != nil {
					return leave(nil, exc)
				}
				if b.state == barrierBroken {
					return leave(nil, interp.NewException(BrokenBarrierError, interp.Str("Barrier aborted")))
				}
				index = b.count
				b.count++
				if index+1 == b.parties {
					b.state = barrierDraining
					return counted(b.cond.notify(len(b.cond.waiters)))
				}
				stage = waiting
				pred := predicate(func() bool { return b.state != barrierFilling })
				sub = &subAwait{fiber: f.VM.NewFiber(b.cond.waitForCoro(rt, pred))}
			case waiting:
				if exc == nil && (b.state == barrierBroken || b.state == barrierResetting) {
					exc = interp.NewException(BrokenBarrierError, interp.Str("Abort or reset of barrier"))
				}
				return counted(exc)
			}
		}
	})
}

// lockedCoro runs fn holding the condition's lock (async with self._cond).
func (b *Barrier) lockedCoro(rt *Runtime, name string, fn func() *interp.Exception) *interp.Coroutine {
	var sub *subAwait
	return newCoro(name, func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if sub == nil {
			sub = &subAwait{fiber: f.VM.NewFiber(b.cond.lock.acquireCoro(rt))}
			send, throw = interp.None, nil
		}
		_, y, pending, exc := sub.step(send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil {
			return nil, nil, false, exc
		}
		err := fn()
		if rerr := b.cond.lock.release(); err == nil {
			err = rerr
		}
		if err != nil {
			return nil, nil, false, err
		}
		return interp.None, nil, true, nil
	})
}

func barrierMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"wait": noArgs("Barrier", "wait", func(f *interp.Fiber, b *Barrier) (interp.Value, *interp.Exception) {
			return b.waitCoro(Get(f.VM)), nil
		}),
		"__aenter__": noArgs("Barrier", "__aenter__", func(f *interp.Fiber, b *Barrier) (interp.Value, *interp.Exception) {
			return b.waitCoro(Get(f.VM)), nil
		}),
		"__aexit__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if _, err := selfAs[*Barrier](args, "Barrier"); err != nil {
				return nil, err
			}
			return doneCoro("Barrier.__aexit__", interp.None), nil
		},
		"reset": noArgs("Barrier", "reset", func(f *interp.Fiber, b *Barrier) (interp.Value, *interp.Exception) {
			return b.lockedCoro(Get(f.VM), "Barrier.reset", func() *interp.Exception {
				if b.count > 0 {
					b.state = barrierResetting
				} else {
					b.state = barrierFilling
				}
				return b.cond.notify(len(b.cond.waiters))
			}), nil
		}),
		"abort": noArgs("Barrier", "abort", func(f *interp.Fiber, b *Barrier) (interp.Value, *interp.Exception) {
			return b.lockedCoro(Get(f.VM), "Barrier.abort", func() *interp.Exception {
				b.state = barrierBroken
				return b.cond.notify(len(b.cond.waiters))
			}), nil
		}),
		"__repr__": reprOwn,
	}
}

// newBarrierClass makes a runtime's Barrier class (written in Python in
// CPython's locks.py, so each VM has its own; classes.go).
func newBarrierClass() *interp.Class {
	c := native.NewPyClass("Barrier", "asyncio.locks", nil, barrierMethods())
	c.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var pv interp.Value
		if err := interp.UnpackArgsPy("Barrier.__init__", withSelf(cls, args), kw, "self", new(interp.Value), "parties", &pv); err != nil {
			return nil, err
		}
		n, err := native.Index(f, pv)
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, interp.Errorf(interp.ValueError, "parties must be > 0")
		}
		return &Barrier{cls: cls, cond: &Condition{lock: &Lock{}}, parties: int(n), state: barrierFilling}, nil
	}
	native.SetGetattr(c, func(f *interp.Fiber, v interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		b := v.(*Barrier)
		switch name {
		case "parties":
			return interp.Int(b.parties), true, nil
		case "n_waiting":
			return interp.Int(b.nWaiting()), true, nil
		case "broken":
			return interp.Bool(b.state == barrierBroken), true, nil
		}
		return nil, false, nil
	})
	return c
}
