// Package atexit implements the atexit module: functions registered with
// register() run when the program ends, last registered first, as
// CPython's atexit does; an exception in one is reported ("Exception
// ignored in atexit callback") and the others still run.
package atexit

import (
	"fmt"

	"github.com/asyncscript/asyncscript/interp"
)

type entry struct {
	fn   interp.Value
	args []interp.Value
	kw   []interp.KV
}

// state is one VM's list of exit functions.
type state struct {
	vm      *interp.VM
	entries []entry
}

// Load makes the atexit module and arranges for its functions to run at
// exit.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	st := &state{vm: vm}
	vm.AtExit(st.run)
	m := interp.NewModule("atexit")
	m.AddFuncs(map[string]interp.NativeFunc{
		"register": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) < 1 {
				return nil, interp.Errorf(interp.TypeError, "register() takes at least 1 argument (0 given)")
			}
			if !interp.Callable(args[0]) {
				return nil, interp.Errorf(interp.TypeError, "the first argument must be callable")
			}
			st.entries = append(st.entries, entry{fn: args[0], args: append([]interp.Value(nil), args[1:]...), kw: append([]interp.KV(nil), kw...)})
			return args[0], nil
		},
		"unregister": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("unregister", args, kw, 1); err != nil {
				return nil, err
			}
			keep := st.entries[:0]
			for _, e := range st.entries {
				eq, err := interp.Equal(f, e.fn, args[0])
				if err != nil {
					return nil, err
				}
				if !eq {
					keep = append(keep, e)
				}
			}
			st.entries = keep
			return interp.None, nil
		},
		"_run_exitfuncs": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			st.run()
			return interp.None, nil
		},
		"_clear": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			st.entries = nil
			return interp.None, nil
		},
		"_ncallbacks": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Int(len(st.entries)), nil
		},
	})
	return m, nil
}

// run calls the registered functions, last first, and forgets them.
func (st *state) run() {
	f := st.vm.NewThread()
	for len(st.entries) > 0 {
		e := st.entries[len(st.entries)-1]
		st.entries = st.entries[:len(st.entries)-1]
		if _, err := f.Call(e.fn, e.args, e.kw); err != nil {
			if err.Matches(interp.SystemExit) {
				continue
			}
			r, rerr := interp.Repr(f, e.fn)
			if rerr != nil {
				r = "<" + interp.TypeName(e.fn) + " object>"
			}
			fmt.Fprintf(st.vm.Stderr, "Exception ignored in atexit callback: %s\n%s", r, interp.FormatException(f, err))
		}
	}
}
