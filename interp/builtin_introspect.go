package interp

// This file holds globals() and locals() (CPython's builtin_globals and
// builtin_locals, with PyFrame_FastToLocals for a function's frame), which
// vars() and dir() without an argument also use.

import "github.com/asyncscript/asyncscript/compile"

// callerFrame is the frame of interpreted code that called the running
// builtin.
func callerFrame(f *Fiber) *Frame {
	if f == nil {
		return nil
	}
	return f.TopFrame()
}

func builtinGlobals(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := UnpackPositional("globals", args, kw, 0); err != nil {
		return nil, err
	}
	fr := callerFrame(f)
	if fr == nil || fr.globals == nil {
		return NewDict(), nil
	}
	return fr.globals, nil
}

func builtinLocals(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := UnpackPositional("locals", args, kw, 0); err != nil {
		return nil, err
	}
	return frameLocals(callerFrame(f)), nil
}

// frameLocals is locals() in fr: the namespace of module and class code,
// else a fresh dict of the bound local variables, then the cells and free
// variables, in CPython's order.
func frameLocals(fr *Frame) *Dict {
	if fr == nil {
		return NewDict()
	}
	if fr.fn == nil || fr.code.Flags&compile.FlagClassBody != 0 {
		return fr.names()
	}
	d := NewDict()
	code := fr.code
	isCell := make(map[string]bool, len(code.CellVars))
	for _, n := range code.CellVars {
		isCell[n] = true
	}
	for i, name := range code.Locals {
		if isCell[name] || i >= len(fr.slots) {
			continue
		}
		if v := fr.slots[i]; v != nil {
			d.SetStr(name, v)
		}
	}
	names := append(append([]string(nil), code.CellVars...), code.FreeVars...)
	cells := fr.slots[len(fr.slots):cap(fr.slots)] // see Frame.cell
	for i, name := range names[:min(len(names), len(cells))] {
		if c, ok := cells[i].(*Cell); ok && c.V != nil {
			d.SetStr(name, c.V)
		}
	}
	return d
}
