// Package collections implements the collections module: deque (a ring
// buffer), defaultdict, Counter and OrderedDict (Go values wrapping an
// *interp.Dict whose classes derive from dict), and namedtuple (a class
// factory over native.Record).
package collections

import (
	"sync"

	"github.com/asyncscript/asyncscript/interp"
)

// classesOnce fills in the classes' methods on first import rather than
// at process start-up (most scripts never import collections).
var classesOnce sync.Once

func ensureClasses() {
	classesOnce.Do(func() {
		initDeque()
		initDequeAttrs()
		initDictLike()
	})
}

// Load builds the collections module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	ensureClasses()
	m := interp.NewModule("collections")
	m.Set("deque", DequeClass)
	m.Set("defaultdict", DefaultDictClass)
	m.Set("Counter", CounterClass)
	m.Set("OrderedDict", OrderedDictClass)
	m.Set("namedtuple", interp.NewBuiltin("namedtuple", namedtuple))
	return m, nil
}
