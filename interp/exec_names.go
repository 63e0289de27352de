package interp

import "github.com/asyncscript/asyncscript/compile"

// This file holds the dispatch loop's name lookups of class bodies and
// module code run by exec (exec.go), moved out of it as they are rare in
// hot code: LOAD_NAME, LOAD_CLASSDEREF, DELETE_NAME and DELETE_GLOBAL.
// (LOAD_GLOBAL's cached lookup is in names.go.)

// loadNamed is LOAD_NAME or LOAD_CLASSDEREF, as instr says.
//
//go:noinline
func (f *Fiber) loadNamed(fr *Frame, instr compile.Instr) (Value, *Exception) {
	if instr.Op() == compile.LOAD_CLASSDEREF {
		return f.loadClassDeref(fr, instr.Arg())
	}
	return f.loadName(fr, fr.code.Names[instr.Arg()])
}

// loadName is LOAD_NAME: name in a class body's namespace, then fr's
// globals, then the builtins, or the NameError.
func (f *Fiber) loadName(fr *Frame, name string) (Value, *Exception) {
	var v Value
	ok := false
	if ns := fr.classNS(); ns != nil {
		v, ok = ns.GetStr(name)
	}
	if !ok {
		v, ok = fr.globals.GetStr(name)
	}
	if !ok {
		v, ok = f.VM.Builtins.GetStr(name)
	}
	if !ok {
		return nil, nameNotDefined(name)
	}
	return v, nil
}

// loadClassDeref is LOAD_CLASSDEREF of cell i in a class body: the
// name in the class namespace first, else the cell's value, or the
// NameError of an unbound free variable.
func (f *Fiber) loadClassDeref(fr *Frame, i int) (Value, *Exception) {
	code := fr.code
	if v, ok := fr.names().GetStr(cellName(code, i)); ok {
		return v, nil
	}
	if v := fr.cell(i).V; v != nil {
		return v, nil
	}
	return nil, f.unboundDeref(code, i)
}

// deleteName is DELETE_NAME (from fr's namespace) or DELETE_GLOBAL (from
// its globals) of the name instr names, or the NameError.
//
//go:noinline
func (f *Fiber) deleteName(fr *Frame, instr compile.Instr) *Exception {
	d := fr.names()
	if instr.Op() == compile.DELETE_GLOBAL {
		d = fr.globals
	}
	if name := fr.code.Names[instr.Arg()]; !d.DelStr(name) {
		return nameNotDefined(name)
	}
	return nil
}
