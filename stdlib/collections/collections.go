// Package collections implements the collections module: deque (a ring
// buffer), defaultdict, Counter and OrderedDict (Go values wrapping an
// *interp.Dict whose classes derive from dict), and namedtuple (a class
// factory over native.Record).
package collections

import (
	"github.com/asyncscript/asyncscript/interp"
)

// Load builds the collections module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("collections")
	m.Set("deque", DequeClass)
	m.Set("defaultdict", DefaultDictClass)
	m.Set("Counter", CounterClass)
	m.Set("OrderedDict", OrderedDictClass)
	m.Set("namedtuple", interp.NewBuiltin("namedtuple", namedtuple))
	return m, nil
}
