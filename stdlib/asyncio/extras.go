package asyncio

// This file wires the smaller asyncio pieces tutorial code uses into the
// module: Barrier and BrokenBarrierError (barrier.go), Future.__await__
// called directly (future_iter.go), loop.add_signal_handler (signals.go),
// get_child_watcher/set_child_watcher
// (3.11's, deprecated in 3.12), and the child watcher classes' names.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// newChildWatcherClass makes a runtime's ThreadedChildWatcher class
// (asyncio.unix_events, what get_child_watcher() returns by default in
// 3.11; a Python class in CPython, so each VM has its own).
func newChildWatcherClass() *interp.Class {
	return native.NewPyClass("ThreadedChildWatcher", "asyncio.unix_events", nil, map[string]interp.NativeFunc{
		"__repr__": reprOwn,
		"is_active": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.True, nil
		},
		"close": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.None, nil
		},
		"attach_loop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.None, nil
		},
	})
}

// childWatcher is the runtime's child watcher object.
type childWatcher struct{ cls *interp.Class }

func (w *childWatcher) Type() *interp.Class { return w.cls }

func (w *childWatcher) Repr(f *interp.Fiber) (string, *interp.Exception) {
	return "<asyncio.unix_events.ThreadedChildWatcher object at " + interp.AddressOf(w) + ">", nil
}

// addExtras puts this file's names into the asyncio module.
func (rt *Runtime) addExtras(m *interp.Module) {
	m.Set("Barrier", rt.classes().Barrier)
	m.Set("BrokenBarrierError", BrokenBarrierError)
	m.Set("ThreadedChildWatcher", rt.classes().ChildWatcher)
	watcher := interp.Value(&childWatcher{cls: rt.classes().ChildWatcher})
	m.AddFuncs(map[string]interp.NativeFunc{
		"wrap_future": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var cf, lp interp.Value
			if err := interp.UnpackArgsPy("wrap_future", args, kw, "future", &cf, "*", "loop?", &lp); err != nil {
				return nil, err
			}
			ev, ok := lp.(*EventLoop)
			if !ok {
				var err *interp.Exception
				if ev, err = rt.runningLoop(); err != nil {
					return nil, err
				}
			}
			return ev.wrapFuture(f, cf)
		},
		"get_child_watcher": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("get_child_watcher", args, kw, 0); err != nil {
				return nil, err
			}
			return watcher, nil
		},
		"set_child_watcher": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("set_child_watcher", args, kw, 1); err != nil {
				return nil, err
			}
			watcher = args[0]
			return interp.None, nil
		},
	})
}

// reprOwn is a __repr__ method for the types of this file: their Repr.
func reprOwn(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	r, ok := args[0].(interface {
		Repr(*interp.Fiber) (string, *interp.Exception)
	})
	if len(args) != 1 || !ok {
		return nil, interp.Errorf(interp.TypeError, "__repr__ takes no arguments")
	}
	s, err := r.Repr(f)
	return interp.Str(s), err
}
