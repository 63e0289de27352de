// Package abc implements _abc, the machinery under the abc module and
// collections.abc (CPython's Modules/_abc.c): per-class registries of
// virtual subclasses and the issubclass/isinstance check of
// ABCMeta.__subclasscheck__ (the class's own subclass relation, then
// __subclasshook__, then registered classes, then the ABC's subclasses),
// installed on each ABC as interp.Class.SubclassHook. CPython caches the
// answers; this walks every time.
package abc

import "github.com/asyncscript/asyncscript/interp"

// abcData is what the module keeps for one abstract base class.
type abcData struct {
	registry []*interp.Class // classes registered with cls.register
	children []*interp.Class // ABCs deriving from cls
	// cache holds answers of check (ABCMeta's positive and negative
	// caches), valid while cacheVersion is the state's version.
	cache        map[*interp.Class]bool
	cacheVersion int
}

// state is one VM's _abc module: the data of every ABC it has seen.
type state struct {
	data map[*interp.Class]*abcData
	// version changes with every register() and new ABC, invalidating
	// every cache (CPython's abc invalidation counter).
	version int
}

// Load makes the _abc module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	st := &state{data: map[*interp.Class]*abcData{}}
	m := interp.NewModule("_abc")
	m.AddFuncs(map[string]interp.NativeFunc{
		"_abc_init":     st.init,
		"_abc_register": st.register,
		"_abc_subclasscheck": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "_abc_subclasscheck expected 2 arguments, got %d", len(args))
			}
			cls, ok1 := args[0].(*interp.Class)
			sub, ok2 := args[1].(*interp.Class)
			if !ok1 || !ok2 {
				return nil, interp.Errorf(interp.TypeError, "issubclass() arg 1 must be a class")
			}
			ok, err := st.check(f, cls, sub)
			return interp.Bool(ok), err
		},
	})
	return m, nil
}

// init is _abc_init(cls): cls becomes an ABC whose isinstance and
// issubclass consult its registry and __subclasshook__.
func (st *state) init(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "_abc_init expected 1 argument, got %d", len(args))
	}
	cls, ok := args[0].(*interp.Class)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "_abc_init argument must be a class")
	}
	st.version++
	if _, seen := st.data[cls]; !seen {
		st.data[cls] = &abcData{}
		// Every ABC above cls counts it among its subclasses (a superset of
		// CPython's direct __subclasses__, with the same answers).
		for _, base := range cls.MRO[1:] {
			if d, ok := st.data[base]; ok {
				d.children = append(d.children, cls)
			}
		}
	}
	cls.SubclassHook = func(f *interp.Fiber, sub *interp.Class) (bool, *interp.Exception) {
		return st.check(f, cls, sub)
	}
	return interp.None, nil
}

// register is _abc_register(cls, subclass).
func (st *state) register(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 2 {
		return nil, interp.Errorf(interp.TypeError, "_abc_register expected 2 arguments, got %d", len(args))
	}
	cls, ok1 := args[0].(*interp.Class)
	sub, ok2 := args[1].(*interp.Class)
	if !ok2 {
		return nil, interp.Errorf(interp.TypeError, "Can only register classes")
	}
	d, ok := st.data[cls]
	if !ok1 || !ok {
		return nil, interp.Errorf(interp.TypeError, "register() requires an abstract base class")
	}
	if ok, err := st.check(f, sub, cls); err != nil {
		return nil, err
	} else if ok && sub != cls {
		return nil, interp.Errorf(interp.RuntimeError, "Refusing to create an inheritance cycle")
	}
	d.registry = append(d.registry, sub)
	st.version++
	return sub, nil
}

// check answers issubclass(sub, cls) for an ABC cls, as
// ABCMeta.__subclasscheck__ does, caching the answer.
func (st *state) check(f *interp.Fiber, cls, sub *interp.Class) (bool, *interp.Exception) {
	if sub.IsSubclass(cls) {
		return true, nil
	}
	d, ok := st.data[cls]
	if !ok {
		return false, nil
	}
	if d.cacheVersion != st.version {
		d.cache, d.cacheVersion = nil, st.version
	}
	if r, ok := d.cache[sub]; ok {
		return r, nil
	}
	r, err := st.checkUncached(f, cls, sub, d)
	if err == nil {
		if d.cache == nil {
			d.cache = map[*interp.Class]bool{}
		}
		d.cache[sub] = r
	}
	return r, err
}

func (st *state) checkUncached(f *interp.Fiber, cls, sub *interp.Class, d *abcData) (bool, *interp.Exception) {
	if hook, ok := cls.Lookup("__subclasshook__"); ok {
		var r interp.Value
		var err *interp.Exception
		if cm, ok := hook.(*interp.ClassMethod); ok {
			r, err = f.Call(cm.Func, []interp.Value{cls, sub}, nil)
		} else {
			r, err = interp.GetAttr(f, cls, "__subclasshook__")
			if err == nil {
				r, err = f.Call(r, []interp.Value{sub}, nil)
			}
		}
		if err != nil {
			return false, err
		}
		switch r {
		case interp.True:
			return true, nil
		case interp.False:
			return false, nil
		}
	}
	for _, reg := range d.registry {
		if sub.IsSubclass(reg) {
			return true, nil
		}
		if reg.SubclassHook != nil {
			if ok, err := reg.SubclassHook(f, sub); ok || err != nil {
				return ok, err
			}
		}
	}
	for _, child := range d.children {
		if ok, err := st.check(f, child, sub); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}
