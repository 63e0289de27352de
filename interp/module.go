package interp

// This file defines imports and running module code: stdlib modules come
// from VM.Loaders; other names are looked up as NAME.as files in
// VM.SearchPath and executed once.

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/lang"
)

// Import returns the module for IMPORT_NAME: for a dotted name, the
// top-level package (after importing every prefix).
func (vm *VM) Import(f *Fiber, name string) (Value, *Exception) {
	parts := strings.Split(name, ".")
	var top *Module
	for i := range parts {
		m, err := vm.importOne(f, strings.Join(parts[:i+1], "."))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			top = m
		} else {
			parent := vm.Modules[strings.Join(parts[:i], ".")]
			if _, ok := parent.Globals.GetStr(parts[i]); !ok {
				parent.Globals.SetStr(parts[i], m)
			}
		}
	}
	return top, nil
}

// ImportModule returns the module itself for a (possibly dotted) name.
func (vm *VM) ImportModule(f *Fiber, name string) (*Module, *Exception) {
	if _, err := vm.Import(f, name); err != nil {
		return nil, err
	}
	return vm.Modules[name], nil
}

func (vm *VM) importOne(f *Fiber, name string) (*Module, *Exception) {
	if m, ok := vm.Modules[name]; ok {
		return m, nil
	}
	if load, ok := vm.Loaders[name]; ok {
		m, err := load(vm)
		if err != nil {
			return nil, err
		}
		vm.Modules[name] = m
		return m, nil
	}
	for _, dir := range vm.SearchPath {
		path := filepath.Join(dir, strings.ReplaceAll(name, ".", string(filepath.Separator))+".as")
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		m := NewModule(name)
		m.Globals.SetStr("__file__", Str(path))
		vm.Modules[name] = m
		if exc := vm.ExecSource(f, path, src, m); exc != nil {
			delete(vm.Modules, name)
			return nil, exc
		}
		return m, nil
	}
	return nil, Errorf(ModuleNotFoundError, "No module named '%s'", name)
}

// ExecSource parses, compiles and runs src as the body of module m.
func (vm *VM) ExecSource(f *Fiber, filename string, src []byte, m *Module) *Exception {
	mod, err := lang.Parse(filename, src, lang.ModeFile)
	if err != nil {
		return SyntaxErrorException(err)
	}
	// CPython compiles an imported module under its caller's frames plus
	// those of importlib (8 of them for a plain import).
	cc, err := compile.Compile(mod, compile.Options{RecursionLimit: vm.RecursionLimit, CallDepth: len(f.frames) + 8})
	if cc != nil {
		if exc := f.IssueCompileWarnings(cc.Warnings); exc != nil {
			return exc
		}
	}
	if err != nil {
		return SyntaxErrorException(err)
	}
	_, exc := vm.RunCode(f, NewCode(cc), m)
	return exc
}

// SyntaxErrorException converts a parse or compile error into a raisable
// SyntaxError exception carrying the lang error (a RecursionError for the
// compiler's *RecursionLimitError).
func SyntaxErrorException(err error) *Exception {
	if _, ok := err.(*compile.RecursionLimitError); ok {
		return Errorf(RecursionError, "%s", err)
	}
	cls := SyntaxErrorClass
	msg := err.Error()
	if se, ok := err.(*lang.SyntaxError); ok {
		switch se.Kind {
		case "IndentationError":
			cls = IndentationError
		case "TabError":
			cls = TabError
		}
		msg = se.Msg
	}
	e := Errorf(cls, "%s", msg)
	e.Syntax = err
	return e
}

// RunCode runs module-level code with m's globals on fiber f (a nested
// run when f already has frames).
func (vm *VM) RunCode(f *Fiber, code *Code, m *Module) (Value, *Exception) {
	fr := newFrame(code, nil, m.Globals)
	fr.sp = int32(len(code.Locals))
	if _, ok := m.Globals.GetStr("__builtins__"); !ok {
		m.Globals.SetStr("__builtins__", Str("builtins"))
	}
	return f.runNative(fr)
}

// ModuleCoroutine wraps top-level-await module code as a coroutine to run
// as a task.
func (vm *VM) ModuleCoroutine(code *Code, m *Module) *Coroutine {
	fr := newFrame(code, nil, m.Globals)
	fr.sp = int32(len(code.Locals))
	c := &Coroutine{impl: fr}
	c.setNames("<module>", "<module>")
	fr.gen = c
	return c
}

func importFrom(f *Fiber, mv Value, name string) (Value, *Exception) {
	m, ok := mv.(*Module)
	if !ok {
		return GetAttr(f, mv, name)
	}
	if v, ok := m.Globals.GetStr(name); ok {
		return v, nil
	}
	if sub, err := f.VM.importOne(f, m.Name+"."+name); err == nil {
		return sub, nil
	}
	return nil, Errorf(ImportError, "cannot import name '%s' from '%s' (unknown location)", name, m.Name)
}

func importStar(mv Value, ns *Dict) {
	m, ok := mv.(*Module)
	if !ok {
		return
	}
	m.Globals.Items(func(k, v Value) bool {
		if s := string(k.(Str)); !strings.HasPrefix(s, "_") {
			ns.SetStr(s, v)
		}
		return true
	})
}

// printExpr implements the REPL's echo of expression statements.
func (vm *VM) printExpr(f *Fiber, v Value) *Exception {
	if vm.Hooks.Display != nil {
		return vm.Hooks.Display(f, v)
	}
	if v == None {
		return nil
	}
	s, err := Repr(f, v)
	if err != nil {
		return err
	}
	vm.Builtins.SetStr("_", v)
	_, werr := vm.Stdout.Write([]byte(s + "\n"))
	_ = werr
	return nil
}

// Attr implements HasAttrs: a module's attributes are its globals, and
// __dict__ is the globals dict itself. It answers every name: a missing one
// is AttributeError, never "not mine".
func (m *Module) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	if r, ok := m.Globals.GetStr(name); ok {
		return r, true, nil
	}
	switch name {
	case "__dict__":
		return m.Globals, true, nil
	case "__class__":
		return ModuleClass, true, nil
	}
	if ga, ok := m.Globals.GetStr("__getattr__"); ok {
		// a module-level __getattr__ (PEP 562)
		r, err := f.Call(ga, []Value{Str(name)}, nil)
		return r, true, err
	}
	return nil, false, Errorf(AttributeError, "module '%s' has no attribute '%s'", m.Name, name)
}

// repr is repr(m): where the module came from.
func (m *Module) repr() string {
	if file, ok := m.Globals.GetStr("__file__"); ok {
		if s, ok := file.(Str); ok {
			return "<module '" + m.Name + "' from '" + string(s) + "'>"
		}
	}
	return "<module '" + m.Name + "' (built-in)>"
}
