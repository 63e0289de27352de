package interp

// This file holds the run-time side of names: LOAD_GLOBAL's lookup of
// globals then builtins through the code's inline cache, and CPython's
// errors for a name that is unbound or not defined.

// unboundLocal is CPython's error for reading local slot i before assignment.
func unboundLocal(code *Code, i int) *Exception {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Locals[i])
}

// nameNotDefined is CPython's error for an unknown global or name.
func nameNotDefined(name string) *Exception {
	return Errorf(NameError, "name '%s' is not defined", name)
}

func (f *Fiber) unboundDeref(code *Code, i int) *Exception {
	name := cellName(code, i)
	if i < len(code.CellVars) {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name) // a cell, not a slot
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func cellName(code *Code, i int) string {
	if i < len(code.CellVars) {
		return code.CellVars[i]
	}
	return code.FreeVars[i-len(code.CellVars)]
}

// inGlobals is the builtins version of a cache entry for a name found in
// the globals, which holds whatever the builtins do (no real version
// reaches it).
const inGlobals = ^uint64(0)

// loadGlobal is LOAD_GLOBAL's lookup of Names[i] in globals, else the
// builtins, refilling the code's inline cache; nil means the name is not
// defined. exec (exec.go) checks the cache first: an entry is good while
// it was filled for these globals and they have not changed since (their
// Version), nor, for a name found in the builtins, have the builtins.
func (f *Fiber) loadGlobal(code *Code, globals *Dict, i int) Value {
	builtins := f.VM.Builtins
	if code.globalCache == nil { // code not made by Compile
		code.globalCache = make([]globalCacheEntry, len(code.Names))
	}
	ce := &code.globalCache[i]
	name := code.Names[i]
	if idx, ok := globals.strFind(name); ok {
		*ce = globalCacheEntry{globals: globals, gver: globals.Version, bver: inGlobals, entry: &globals.entries[idx]}
		return ce.entry.value
	}
	if idx, ok := builtins.strFind(name); ok {
		*ce = globalCacheEntry{globals: globals, gver: globals.Version, bver: builtins.Version, entry: &builtins.entries[idx]}
		return ce.entry.value
	}
	return nil
}
