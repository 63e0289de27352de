// Package aiofiles implements the aiofiles module (aiofiles 23.1, the
// version Debian 12 ships): aiofiles.open, awaitable and an async context
// manager, whose file objects' methods are coroutines that run the
// blocking call in the event loop's default executor (a worker goroutine
// that hands the result back through the loop's inbox, see
// stdlib/asyncio/tothread.go), async iteration by lines, and aiofiles.os
// / aiofiles.os.path, the os functions run the same way. Errors are the
// file's own (FileNotFoundError, ...).
//
// The modules are written in the interpreted language (lib/*.as, one per
// module of the real package, so that type(f) names the same classes),
// embedded in the binary and run on first import.
package aiofiles

import (
	"embed"

	"github.com/asyncscript/asyncscript/interp"
)

//go:embed lib/*.as
var lib embed.FS

// modules maps each import name to its source in lib.
var modules = map[string]string{
	"aiofiles":                   "lib/aiofiles.as",
	"aiofiles.base":              "lib/base.as",
	"aiofiles.threadpool":        "lib/threadpool.as",
	"aiofiles.threadpool.utils":  "lib/utils.as",
	"aiofiles.threadpool.text":   "lib/text.as",
	"aiofiles.threadpool.binary": "lib/binary.as",
	"aiofiles.os":                "lib/os.as",
	"aiofiles.ospath":            "lib/ospath.as",
}

// Register makes aiofiles and its submodules importable on vm.
func Register(vm *interp.VM) {
	for name, path := range modules {
		vm.RegisterModule(name, loader(name, path))
	}
}

// quiet is the modules' _quiet(coro): it returns coro, never to be
// reported as "never awaited". aiofiles 23.1's file methods and its
// _open are generator-based coroutines (types.coroutine), which CPython
// drops silently when a program forgets to await them.
var quiet = interp.NewBuiltin("_quiet", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("_quiet", args, kw, 1); err != nil {
		return nil, err
	}
	if c, ok := args[0].(*interp.Coroutine); ok {
		c.MarkAwaited(f.VM)
	}
	return args[0], nil
})

// loader runs a module's source on first import. The module is entered in
// vm.Modules before its body runs, as an imported source file is, so that
// the package and its submodules may import each other.
func loader(name, path string) interp.ModuleLoader {
	return func(vm *interp.VM) (*interp.Module, *interp.Exception) {
		src, err := lib.ReadFile(path)
		if err != nil {
			return nil, interp.Errorf(interp.ImportError, "aiofiles: %v", err)
		}
		m := interp.NewModule(name)
		filename := "<aiofiles>/" + path[len("lib/"):]
		m.Globals.SetStr("__file__", interp.Str(filename))
		m.Globals.SetStr("_quiet", quiet)
		vm.Modules[name] = m
		if exc := vm.ExecSource(vm.NewThread(), filename, src, m); exc != nil {
			delete(vm.Modules, name)
			return nil, exc
		}
		return m, nil
	}
}
