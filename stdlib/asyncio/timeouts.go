package asyncio

// This file defines asyncio.timeout()/timeout_at() and the Timeout async
// context manager (timeouts.py): on expiry the task is cancelled, and the
// CancelledError leaving the block becomes TimeoutError if this timeout
// caused it (uncancel() <= cancelling count on entry).

import (
	"math"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

type timeoutState uint8

const (
	tsCreated timeoutState = iota
	tsEntered
	tsExpiring
	tsExpired
	tsExited
)

var timeoutStateNames = [...]string{"created", "active", "expiring", "expired", "finished"}

// Timeout is asyncio.Timeout.
type Timeout struct {
	state      timeoutState
	handler    *loop.Handle
	task       *Task
	when       *float64
	cancelling int
	rt         *Runtime
}

func (t *Timeout) Type() *interp.Class { return t.rt.classes().Timeout }

func (t *Timeout) Repr(f *interp.Fiber) (string, *interp.Exception) {
	s := "<Timeout [" + timeoutStateNames[t.state] + "]"
	if t.state == tsEntered {
		if t.when == nil {
			s += " when=None"
		} else {
			s += " when=" + floatRepr(math.Round(*t.when*1000)/1000)
		}
	}
	return s + ">", nil
}

func (t *Timeout) reschedule(when *float64) *interp.Exception {
	if t.state != tsEntered {
		if t.state == tsCreated {
			return interp.Errorf(interp.RuntimeError, "Timeout has not been entered")
		}
		return interp.Errorf(interp.RuntimeError, "Cannot change state of %s Timeout", timeoutStateNames[t.state])
	}
	t.when = when
	if t.handler != nil {
		t.handler.Cancel()
	}
	if when == nil {
		t.handler = nil
		return nil
	}
	ev, err := t.rt.runningLoop()
	if err != nil {
		return err
	}
	if *when <= ev.Time() {
		t.handler = ev.l.CallSoon(t.onTimeout)
	} else {
		t.handler = ev.callAt(*when, t.onTimeout)
	}
	return nil
}

func (t *Timeout) onTimeout() {
	t.task.Cancel(interp.None)
	t.state = tsExpiring
	t.handler = nil
}

func (rt *Runtime) timeoutFunc(absolute bool) interp.NativeFunc {
	name := "timeout"
	param := "delay"
	if absolute {
		name, param = "timeout_at", "when"
	}
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var v interp.Value
		if err := interp.UnpackArgsPy(name, args, kw, param, &v); err != nil {
			return nil, err
		}
		t := &Timeout{rt: rt}
		if !absolute {
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, err
			}
			if v != interp.None {
				d, err := native.Float(v)
				if err != nil {
					return nil, err
				}
				w := ev.Time() + d
				t.when = &w
			}
		} else if v != interp.None {
			w, err := native.Float(v)
			if err != nil {
				return nil, err
			}
			t.when = &w
		}
		return t, nil
	}
}

func optFloat(v interp.Value) (*float64, *interp.Exception) {
	if v == nil || v == interp.None {
		return nil, nil
	}
	x, err := native.Float(v)
	if err != nil {
		return nil, err
	}
	return &x, nil
}

func timeoutMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"when": noArgs("Timeout", "when", func(f *interp.Fiber, t *Timeout) (interp.Value, *interp.Exception) {
			if t.when == nil {
				return interp.None, nil
			}
			return interp.Float(*t.when), nil
		}),
		"expired": noArgs("Timeout", "expired", func(f *interp.Fiber, t *Timeout) (interp.Value, *interp.Exception) {
			return interp.Bool(t.state == tsExpiring || t.state == tsExpired), nil
		}),
		"reschedule": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := selfAs[*Timeout](args, "Timeout")
			if err != nil {
				return nil, err
			}
			var recv, v interp.Value
			if err := interp.UnpackArgsPy("Timeout.reschedule", args, kw, "self", &recv, "when", &v); err != nil {
				return nil, err
			}
			w, err := optFloat(v)
			if err != nil {
				return nil, err
			}
			return none(t.reschedule(w))
		},
		"__aenter__": noArgs("Timeout", "__aenter__", func(f *interp.Fiber, t *Timeout) (interp.Value, *interp.Exception) {
			return newCoro("Timeout.__aenter__", func(*interp.Fiber, interp.Value, *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if t.state != tsCreated {
					return nil, nil, false, interp.Errorf(interp.RuntimeError, "Timeout has already been entered")
				}
				ev, err := t.rt.runningLoop()
				if err != nil {
					return nil, nil, false, err
				}
				if ev.current == nil {
					return nil, nil, false, interp.Errorf(interp.RuntimeError, "Timeout should be used inside a task")
				}
				t.state = tsEntered
				t.task = ev.current
				t.cancelling = int(t.task.numCancels)
				if err := t.reschedule(t.when); err != nil {
					return nil, nil, false, err
				}
				return t, nil, true, nil
			}), nil
		}),
		"__aexit__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			t, err := selfAs[*Timeout](args, "Timeout")
			if err != nil {
				return nil, err
			}
			var recv, et, ev, tb interp.Value
			if err := interp.UnpackArgsPy("Timeout.__aexit__", args, kw, "self", &recv, "exc_type", &et, "exc_val", &ev, "exc_tb", &tb); err != nil {
				return nil, err
			}
			return newCoro("Timeout.__aexit__", func(*interp.Fiber, interp.Value, *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if t.handler != nil {
					t.handler.Cancel()
					t.handler = nil
				}
				switch t.state {
				case tsExpiring:
					t.state = tsExpired
					if t.task.uncancel() <= t.cancelling && et == interp.Value(CancelledError) {
						e := interp.NewException(interp.TimeoutError)
						if x, ok := ev.(*interp.Exception); ok {
							e.Cause, e.Context = x, x
						}
						e.SuppressContext = true
						return nil, nil, false, e
					}
				case tsEntered:
					t.state = tsExited
				}
				return interp.None, nil, true, nil
			}), nil
		},
		"__repr__": reprMethod,
	}
}
