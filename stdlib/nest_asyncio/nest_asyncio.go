// Package nest_asyncio is the bundled nest_asyncio module (erdewit's
// nest_asyncio 1.5/1.6, which notebooks and tutorials import):
// nest_asyncio.apply() makes the event loops re-entrant, so that
// asyncio.run() and loop.run_until_complete() work where a loop is
// already running (a notebook cell, the prompt, a callback). The
// behaviour lives in stdlib/asyncio (nest.go); this is the module.
package nest_asyncio

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
)

// Load builds the nest_asyncio module for vm.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("nest_asyncio")
	m.Set("__doc__", interp.Str("Patch asyncio to allow nested event loops."))
	m.AddFuncs(map[string]interp.NativeFunc{
		// apply(loop=None): patch asyncio to make its event loop reentrant.
		"apply": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var lp interp.Value
			if err := interp.UnpackArgsPy("apply", args, kw, "loop?", &lp); err != nil {
				return nil, err
			}
			if err := asyncio.Get(f.VM).Nest(f, lp); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
	})
	return m, nil
}
