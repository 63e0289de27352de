// Package thread implements _thread, the low-level threads the threading
// module (stdlib/pylib/threading.py) builds on: start_new_thread runs a
// function on a new goroutine that takes the GIL to run interpreted code,
// as a to_thread worker does; allocate_lock makes a lock whose blocking
// acquire releases the GIL while it waits; get_ident names the thread the
// caller runs on.
package thread

import (
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// state is one VM's _thread module state.
type state struct {
	vm        *interp.VM
	lockClass *interp.Class
	next      atomic.Int64 // thread numbers handed out
	running   atomic.Int64 // threads started and not finished
}

// Load makes the _thread module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	st := &state{vm: vm, lockClass: native.NewType("lock", "_thread", nil, nil)}
	st.setupLock()
	m := interp.NewModule("_thread")
	m.Set("LockType", st.lockClass)
	m.Set("TIMEOUT_MAX", interp.Float(9223372036.0))
	m.Set("error", interp.RuntimeError)
	m.AddFuncs(map[string]interp.NativeFunc{
		"start_new_thread": st.startNewThread,
		"allocate_lock": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return st.newLock(), nil
		},
		"get_ident": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if t := native.ThreadOf(f); t != nil {
				return interp.Int(t.Ident), nil
			}
			return interp.Int(native.MainThreadIdent), nil
		},
		"_thread_name": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if t := native.ThreadOf(f); t != nil && t.Name != "" {
				return interp.Str(t.Name), nil
			}
			return interp.None, nil
		},
		"_count": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Int(st.running.Load()), nil
		},
	})
	return m, nil
}

// startNewThread is start_new_thread(function, args[, kwargs]): the new
// thread's ident. name (a keyword of this implementation) is what
// _thread_name reports on it.
func (st *state) startNewThread(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var name interp.Value = interp.None
	var rest []interp.KV
	for _, k := range kw {
		if k.Name == "name" {
			name = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	if len(args) < 2 || len(args) > 3 || len(rest) > 0 {
		return nil, interp.Errorf(interp.TypeError, "start_new_thread expected 2 or 3 arguments, got %d", len(args))
	}
	fn := args[0]
	if !interp.Callable(fn) {
		return nil, interp.Errorf(interp.TypeError, "first arg must be callable")
	}
	targs, ok := args[1].(interp.Tuple)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "2nd arg must be a tuple")
	}
	var tkw []interp.KV
	if len(args) == 3 {
		d, ok := args[2].(*interp.Dict)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "optional 3rd arg must be a dictionary")
		}
		d.Items(func(k, v interp.Value) bool {
			if s, ok := k.(interp.Str); ok {
				tkw = append(tkw, interp.KV{Name: string(s), Value: v})
			}
			return true
		})
	}
	n := st.next.Add(1)
	info := &native.ThreadInfo{Ident: native.MainThreadIdent + 1 + 7*n}
	if s, ok := name.(interp.Str); ok {
		info.Name = string(s)
	}
	st.running.Add(1)
	vm := st.vm
	// On virtual time the thread counts as an actor while it lives, as a
	// to_thread worker does through the loop's Hold: threads take real time.
	release := func() {}
	if a, ok := vm.Clock.(interface{ AddActor() func() }); ok {
		release = a.AddActor()
	}
	go func() {
		defer release()
		defer st.running.Add(-1)
		vm.GIL.Lock()
		defer vm.GIL.Unlock()
		defer func() {
			if r := recover(); r != nil {
				fmt.Fprintf(vm.Stderr, "InternalError in thread %s: %v\n", strconv.FormatInt(info.Ident, 10), r)
			}
		}()
		t := vm.NewThread()
		t.Worker = true
		t.Thread = info
		if _, err := t.Call(fn, []interp.Value(targs), tkw); err != nil && !err.Matches(interp.SystemExit) {
			fmt.Fprintf(vm.Stderr, "Unhandled exception in thread started by %s\n%s", describe(t, fn), interp.FormatException(t, err))
		}
	}()
	return interp.Int(info.Ident), nil
}

func describe(f *interp.Fiber, v interp.Value) string {
	s, err := interp.Repr(f, v)
	if err != nil {
		return interp.TypeName(v)
	}
	return s
}

// Lock is a _thread.lock: a binary semaphore any thread may release.
type Lock struct {
	cls *interp.Class
	ch  chan struct{} // holds a token while locked
}

func (l *Lock) Type() *interp.Class { return l.cls }

func (st *state) newLock() *Lock { return &Lock{cls: st.lockClass, ch: make(chan struct{}, 1)} }

func (l *Lock) locked() bool { return len(l.ch) == 1 }

// acquire takes the lock; a blocking wait releases the GIL meanwhile.
func (l *Lock) acquire(vm *interp.VM, blocking bool, timeout float64) bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
	}
	if !blocking {
		return false
	}
	vm.GIL.Unlock()
	defer vm.GIL.Lock()
	if timeout < 0 {
		l.ch <- struct{}{}
		return true
	}
	t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
	defer t.Stop()
	select {
	case l.ch <- struct{}{}:
		return true
	case <-t.C:
		return false
	}
}

func (l *Lock) release() *interp.Exception {
	select {
	case <-l.ch:
		return nil
	default:
		return interp.Errorf(interp.RuntimeError, "release unlocked lock")
	}
}

func (st *state) setupLock() {
	c := st.lockClass
	self := func(args []interp.Value) (*Lock, *interp.Exception) {
		if len(args) > 0 {
			if l, ok := args[0].(*Lock); ok {
				return l, nil
			}
		}
		return nil, interp.Errorf(interp.TypeError, "descriptor requires a '_thread.lock' object")
	}
	acquire := func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		l, err := self(args)
		if err != nil {
			return nil, err
		}
		var bv, tv interp.Value
		if err := interp.UnpackArgs("acquire", args[1:], kw, "blocking?", &bv, "timeout?", &tv); err != nil {
			return nil, err
		}
		blocking := true
		if bv != nil {
			if blocking, err = interp.Truth(f, bv); err != nil {
				return nil, err
			}
		}
		timeout := -1.0
		if tv != nil {
			if timeout, err = native.Float(tv); err != nil {
				return nil, err
			}
			if !blocking && timeout != -1 {
				return nil, interp.Errorf(interp.ValueError, "can't specify a timeout for a non-blocking call")
			}
			if timeout < 0 && timeout != -1 {
				return nil, interp.Errorf(interp.ValueError, "timeout value must be a non-negative number")
			}
		}
		return interp.Bool(l.acquire(f.VM, blocking, timeout)), nil
	}
	release := func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		l, err := self(args)
		if err != nil {
			return nil, err
		}
		if err := l.release(); err != nil {
			return nil, err
		}
		return interp.None, nil
	}
	c.AddMethods(map[string]interp.NativeFunc{
		"acquire":      acquire,
		"acquire_lock": acquire,
		"__enter__":    acquire,
		"release":      release,
		"release_lock": release,
		"__exit__":     release,
		"locked": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			l, err := self(args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(l.locked()), nil
		},
		"_at_fork_reinit": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.None, nil
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			l, err := self(args)
			if err != nil {
				return nil, err
			}
			st := "unlocked"
			if l.locked() {
				st = "locked"
			}
			return interp.Str("<" + st + " _thread.lock object at " + interp.AddressOf(l) + ">"), nil
		},
	})
}
