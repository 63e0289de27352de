// Package pylib holds the standard modules whose CPython implementation is
// written in Python (contextlib, dataclasses, enum, logging, ...), written
// anew in asyncscript's own language and embedded in the binary. Each
// NAME.py here is the module NAME (a dotted name is spelled with "_dot_"
// for "." in the file name: collections_dot_abc.py is collections.abc); a module is
// parsed and run on first import, like a .as file on the search path.
package pylib

import (
	"embed"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

//go:embed *.py
var sources embed.FS

// extras are the parts of Go modules written in the language
// (extra/NAME.py runs in module NAME after its Go loader; see Extend).
//
//go:embed extra/*.py
var extras embed.FS

// Names lists the import names of the embedded modules.
func Names() []string {
	entries, _ := sources.ReadDir(".")
	var names []string
	for _, e := range entries {
		n := strings.TrimSuffix(e.Name(), ".py")
		names = append(names, strings.ReplaceAll(n, "_dot_", "."))
	}
	return names
}

// Loader returns the loader of the embedded module name.
func Loader(name string) interp.ModuleLoader {
	file := strings.ReplaceAll(name, ".", "_dot_") + ".py"
	return func(vm *interp.VM) (*interp.Module, *interp.Exception) {
		src, err := sources.ReadFile(file)
		if err != nil {
			return nil, interp.Errorf(interp.ModuleNotFoundError, "No module named '%s'", name)
		}
		m := interp.NewModule(name)
		path := "<asyncscript>/" + file
		m.Globals.SetStr("__file__", interp.Str(path))
		// A module that imports itself again (directly or through another
		// embedded module) must find the one being built.
		vm.Modules[name] = m
		if exc := vm.ExecSource(vm.NewThread(), path, src, m); exc != nil {
			delete(vm.Modules, name)
			return nil, exc
		}
		return m, nil
	}
}

// Extend returns a loader that runs load (a module written in Go) and
// adds attrs, the names extra/NAME.py (the part of the module written in
// the language) defines: functools.cached_property, string.Template. So
// that importing the module costs no parsing, each name is a callable
// that runs extra/NAME.py (as module _NAME_extra) the first time it is
// called, then calls the real object.
func Extend(name string, load interp.ModuleLoader, attrs ...string) interp.ModuleLoader {
	file := "extra/" + name + ".py"
	return func(vm *interp.VM) (*interp.Module, *interp.Exception) {
		m, exc := load(vm)
		if exc != nil {
			return nil, exc
		}
		var extra *interp.Module
		for _, attr := range attrs {
			attr := attr
			m.Set(attr, interp.NewBuiltin(attr, func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
				if extra == nil {
					src, err := extras.ReadFile(file)
					if err != nil {
						return nil, interp.Errorf(interp.ImportError, "cannot import name '%s' from '%s'", attr, name)
					}
					x := interp.NewModule(name)
					if exc := vm.ExecSource(vm.NewThread(), "<asyncscript>/"+file, src, x); exc != nil {
						return nil, exc
					}
					extra = x
				}
				real, ok := extra.Globals.GetStr(attr)
				if !ok {
					return nil, interp.Errorf(interp.AttributeError, "module '%s' has no attribute '%s'", name, attr)
				}
				return f.Call(real, args, kw)
			}))
		}
		return m, nil
	}
}

// Register makes every embedded module importable on vm.
func Register(vm *interp.VM) {
	for _, name := range Names() {
		vm.RegisterModule(name, Loader(name))
	}
}
