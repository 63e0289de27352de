package interp

// This file defines VM, the interpreter state shared by every fiber:
// builtins, the module table, standard streams and limits.

import (
	"io"
	"os"
	"sync/atomic"
)

// ModuleLoader builds a module on first import.
type ModuleLoader func(vm *VM) (*Module, *Exception)

// VM is one interpreter instance. Only one fiber runs interpreted code at a
// time: whoever runs code holds GIL.
type VM struct {
	Builtins *Dict
	Modules  map[string]*Module      // imported modules by dotted name
	Loaders  map[string]ModuleLoader // available stdlib modules
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	// GIL is held by whichever goroutine runs interpreted code.
	GIL GIL
	// RecursionLimit bounds the frame depth (CPython's default 1000).
	RecursionLimit int
	// Argv is sys.argv.
	Argv []string
	// SearchPath lists directories searched for NAME.as modules.
	SearchPath []string
	// Hooks lets stdlib/asyncio register behaviour the VM needs without an
	// import cycle (e.g. what `await` at top level runs on).
	Hooks Hooks
	// StepLimit, when positive, bounds the loop iterations and calls a
	// program may make (fuzzing, sandboxes); past it every poll raises
	// RuntimeError.
	StepLimit int64

	// unawaited lists interpreted coroutines not yet awaited (nil holes
	// for consumed ones); see trackCoroutine.
	unawaited     []*Coroutine
	unawaitedLive int

	// freeFrames holds returned call frames for reuse (frame.go).
	freeFrames []*Frame

	steps       int64
	tick        int32
	interrupted atomic.Bool
}

// pollInterval is how many back-edges and calls pass between checks of
// the interrupt flag and the step limit.
const pollInterval = 1024

// Interrupt asks the running program to raise KeyboardInterrupt at its
// next poll; safe from any goroutine (a SIGINT handler).
func (vm *VM) Interrupt() { vm.interrupted.Store(true) }

// poll is called by the dispatch loop at every backward jump and call;
// its countdown is small enough to inline.
func (vm *VM) poll() *Exception {
	vm.tick--
	if vm.tick > 0 {
		return nil
	}
	return vm.pollSlow()
}

// pollSlow runs every pollInterval polls.
func (vm *VM) pollSlow() *Exception {
	vm.tick = pollInterval
	vm.steps += pollInterval
	vm.GIL.yieldIfWanted()
	if vm.interrupted.Swap(false) {
		return NewException(KeyboardInterrupt)
	}
	if vm.StepLimit > 0 && vm.steps > vm.StepLimit {
		return Errorf(RuntimeError, "step limit exceeded")
	}
	return nil
}

// Hooks are optional callbacks installed by embedders and stdlib.
type Hooks struct {
	// UnawaitedCoroutine is called when a coroutine object is found never
	// awaited (RuntimeWarning), with where it was dropped (file "" when
	// unknown); nil prints nothing.
	UnawaitedCoroutine func(c *Coroutine, file string, line int)
}

// NewVM makes an interpreter with the builtins installed.
func NewVM() *VM {
	vm := &VM{
		Modules:        make(map[string]*Module),
		Loaders:        make(map[string]ModuleLoader),
		Stdin:          os.Stdin,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		RecursionLimit: 1000,
	}
	vm.Builtins = NewBuiltinsDict(vm)
	return vm
}

// RegisterModule makes a module importable by name.
func (vm *VM) RegisterModule(name string, load ModuleLoader) { vm.Loaders[name] = load }

// NewModule makes an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Globals: NewDict()}
	m.Globals.SetStr("__name__", Str(name))
	return m
}

// SetAttr stores a module attribute.
func (m *Module) Set(name string, v Value) { m.Globals.SetStr(name, v) }

// AddFuncs installs Go functions as module attributes.
func (m *Module) AddFuncs(funcs map[string]NativeFunc) {
	for name, fn := range funcs {
		m.Globals.SetStr(name, NewBuiltin(name, fn))
	}
}
