package asyncio

// This file wires the smaller asyncio pieces tutorial code uses into the
// module: Barrier and BrokenBarrierError (barrier.go), Future.__await__
// called directly (future_iter.go), loop.add_signal_handler (signals.go),
// get_child_watcher/set_child_watcher
// (3.11's, deprecated in 3.12), and the child watcher classes' names.

import (
	"sync"

	"github.com/asyncscript/asyncscript/interp"
)

// defineExtraClasses fills in the classes of this file's pieces
// (called from defineClasses).
// extraSetup installs the methods of the classes below once per process.
// TODO(merge): these classes are still shared by every VM; they belong in
// Runtime.classes like the others (classes.go).
var extraSetup sync.Once

func defineExtraClasses() {
	setupBarrier()
	setupFutureIter()
	ChildWatcherClass.AddMethods(map[string]interp.NativeFunc{
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

// ChildWatcherClass is asyncio.unix_events.ThreadedChildWatcher, what
// get_child_watcher() returns by default in 3.11.
var ChildWatcherClass = plainClass("ThreadedChildWatcher", "asyncio.unix_events")

func plainClass(name, module string) *interp.Class {
	c := interp.NewClass(name, nil, nil)
	c.Module = module
	c.QualName = name
	return c
}

// childWatcher is the process's child watcher object.
type childWatcher struct{}

func (*childWatcher) Type() *interp.Class { return ChildWatcherClass }

func (w *childWatcher) Repr(f *interp.Fiber) (string, *interp.Exception) {
	return "<asyncio.unix_events.ThreadedChildWatcher object at " + interp.AddressOf(w) + ">", nil
}

// addExtras puts this file's names into the asyncio module.
func (rt *Runtime) addExtras(m *interp.Module) {
	m.Set("Barrier", BarrierClass)
	m.Set("BrokenBarrierError", BrokenBarrierError)
	m.Set("ThreadedChildWatcher", ChildWatcherClass)
	watcher := interp.Value(&childWatcher{})
	m.AddFuncs(map[string]interp.NativeFunc{
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
