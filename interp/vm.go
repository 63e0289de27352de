package interp

// This file defines VM, the interpreter state shared by every fiber:
// builtins, the module table, standard streams and limits.

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
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
	// WarnOptions is sys.warnoptions, the -W options, which the warnings
	// module turns into filters when it is imported.
	WarnOptions []string
	// SearchPath lists directories searched for NAME.as modules.
	SearchPath []string
	// Hooks lets stdlib/asyncio register behaviour the VM needs without an
	// import cycle (e.g. what `await` at top level runs on).
	Hooks Hooks
	// Clock, when set, is the session's clock (asyncscript --clock=virtual):
	// time.sleep waits on it and the time module reads it. nil means the
	// real clock.
	Clock Clock
	// StepLimit, when positive, bounds the loop iterations and calls a
	// program may make (fuzzing, sandboxes); past it every poll raises
	// RuntimeError.
	StepLimit int64
	// MemoryLimit is the heap budget in bytes (memory.go): allocations past
	// it raise MemoryError. NewVM sets DefaultLimit, which stands for
	// DefaultMemoryLimit(); 0 disables.
	MemoryLimit int64
	mem         memState
	// strAppend is the buffer `s += t` grows in place (str_append.go).
	strAppend strAppendBuf
	// ints boxes the dispatch loop's int results without an allocation
	// each (int.go's intSlab).
	ints intSlab
	// ranges makes range(n)'s objects without an allocation each
	// (range.go's rangeSlab).
	ranges rangeSlabs

	// unawaited lists interpreted coroutines not yet awaited (nil holes
	// for consumed ones); see trackCoroutine.
	unawaited     []*Coroutine
	unawaitedLive int
	// finalizing is set while ReportUnawaitedAtExit runs (Finalizing).
	finalizing bool

	// atExit holds what runs when the program ends (RunAtExit).
	atExit []func()

	// freeFrames holds returned call frames for reuse (frame.go).
	freeFrames []*Frame
	// kwnames is set by KW_NAMES for the CALL that follows it. It is the
	// VM's rather than each fiber's (to keep Fiber small): KW_NAMES always
	// comes just before its CALL, which takes the names before anything
	// else can run (no poll, no switch of the GIL in between).
	kwnames Tuple
	// reprActive holds, per fiber, the containers whose repr is in
	// progress (ops_core.go's reprEnter). It is the VM's rather than the
	// Fiber's to keep a pending task's Fiber small; only the goroutine
	// holding the GIL touches it.
	reprActive map[reprKey]int

	steps       int64
	tick        int32
	interrupted atomic.Bool

	// OnInterrupt, when set, is the program's SIGINT handler (CPython's
	// signal.signal(SIGINT, h)): called with the GIL held when an
	// Interrupt is taken; its exception, if any, is raised where the
	// program is. Unset, an interrupt raises KeyboardInterrupt
	// (signal.default_int_handler). asyncio.run installs one.
	OnInterrupt func() *Exception
	// interruptWake, when set, is called by Interrupt so that an event
	// loop waiting for timers or I/O wakes up and takes the interrupt
	// (CPython's signal wakeup fd).
	interruptWake atomic.Pointer[func()]
	// interruptsTaken counts the interrupts TakeInterrupt has handled.
	interruptsTaken atomic.Int64

	// classEpoch is the last class version handed out (classChanged,
	// attrcache.go).
	classEpoch uint64

	// locals is the state packages built on interp keep per VM (asyncio's
	// Runtime), see Local. The VM owns it: nothing outside the VM keeps
	// it, so dropping the VM drops it.
	localsMu sync.Mutex
	locals   map[any]any
}

// Local returns the state the package owning key keeps for this VM,
// making it with newState on first use (once per VM and key). key
// should be a value of an unexported type of that package, as with
// context.Context values, so that packages cannot collide. Safe from any
// goroutine.
func (vm *VM) Local(key any, newState func() any) any {
	vm.localsMu.Lock()
	defer vm.localsMu.Unlock()
	if v, ok := vm.locals[key]; ok {
		return v
	}
	if vm.locals == nil {
		vm.locals = map[any]any{}
	}
	v := newState()
	vm.locals[key] = v
	return v
}

// DropLocal forgets the state kept under key (when a Session is closed).
func (vm *VM) DropLocal(key any) {
	vm.localsMu.Lock()
	defer vm.localsMu.Unlock()
	delete(vm.locals, key)
}

// pollInterval is how many back-edges and calls pass between checks of
// the interrupt flag and the step limit.
const pollInterval = 1024

// Interrupt asks the running program to take a Ctrl-C (KeyboardInterrupt,
// or its OnInterrupt handler) at its next poll, or at once if its event
// loop is waiting; safe from any goroutine (a SIGINT handler).
func (vm *VM) Interrupt() {
	vm.interrupted.Store(true)
	if wake := vm.interruptWake.Load(); wake != nil {
		(*wake)()
	}
}

// InterruptsTaken reports how many interrupts the program has taken, so
// that a signal handler can tell a program that reacts to Ctrl-C from one
// blocked where it cannot; safe from any goroutine.
func (vm *VM) InterruptsTaken() int64 { return vm.interruptsTaken.Load() }

// Sleep blocks f for d with the GIL released, as time.sleep does, on the
// VM's Clock when it has one (virtual time: the clock may jump). On the
// main thread a Ctrl-C (Interrupt) wakes it to run the interrupt handling,
// whose exception ends the sleep; when the handling raises nothing the
// sleep goes on to its deadline (PEP 475). The caller holds the GIL.
func (vm *VM) Sleep(f *Fiber, d time.Duration) *Exception {
	clock := vm.Clock
	if clock == nil {
		clock = &realClock{start: time.Now()}
	}
	if f.Worker {
		vm.GIL.Unlock()
		clock.Wait(d, nil)
		vm.GIL.Lock()
		return nil
	}
	deadline := clock.Now() + d
	woke := make(chan struct{}, 1)
	prev := vm.SetInterruptWake(func() {
		select {
		case woke <- struct{}{}:
		default:
		}
	})
	defer vm.SetInterruptWake(prev)
	for {
		if exc := vm.TakeInterrupt(); exc != nil {
			return exc
		}
		left := deadline - clock.Now()
		if left <= 0 {
			return nil
		}
		vm.GIL.Unlock()
		clock.Wait(left, woke)
		vm.GIL.Lock()
	}
}

// Clock is a source of time that can wait, as loop.Clock is (the
// session's loop.VirtualClock is one). Now never goes backwards; Wait
// blocks until d has elapsed or wake receives, and may be called from
// several goroutines at once.
type Clock interface {
	Now() time.Duration
	Wait(d time.Duration, wake <-chan struct{})
}

// realClock is the real monotonic clock, for one Sleep.
type realClock struct{ start time.Time }

func (c *realClock) Now() time.Duration { return time.Since(c.start) }

func (c *realClock) Wait(d time.Duration, wake <-chan struct{}) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-wake:
	}
}

// SetInterruptWake installs (or, with nil, removes) the function
// Interrupt calls to wake a waiting event loop; it returns the previous one.
func (vm *VM) SetInterruptWake(wake func()) (prev func()) {
	var p *func()
	if wake != nil {
		p = &wake
	}
	if old := vm.interruptWake.Swap(p); old != nil {
		return *old
	}
	return nil
}

// TakeInterrupt runs the interrupt handling of a pending Interrupt, if
// any, and returns the exception to raise (nil when none is pending or
// the handler raised nothing). The caller holds the GIL.
func (vm *VM) TakeInterrupt() *Exception {
	if !vm.interrupted.Swap(false) {
		return nil
	}
	vm.interruptsTaken.Add(1)
	if vm.OnInterrupt != nil {
		return vm.OnInterrupt()
	}
	return NewException(KeyboardInterrupt)
}

// poll is called by the dispatch loop at every backward jump and call;
// its countdown is small enough to inline.
func (vm *VM) poll(f *Fiber) *Exception {
	vm.tick--
	if vm.tick > 0 {
		return nil
	}
	return vm.pollSlow(f)
}

// pollSlow runs every pollInterval polls.
func (vm *VM) pollSlow(f *Fiber) *Exception {
	vm.tick = pollInterval
	vm.steps += pollInterval
	vm.GIL.yieldIfWanted()
	if !f.Worker {
		if exc := vm.TakeInterrupt(); exc != nil {
			return exc
		}
	}
	if vm.StepLimit > 0 && vm.steps > vm.StepLimit {
		return Errorf(RuntimeError, "step limit exceeded")
	}
	return vm.pollMemory()
}

// Hooks are optional callbacks installed by embedders and stdlib.
type Hooks struct {
	// UnawaitedCoroutine is called when a coroutine object is found never
	// awaited (RuntimeWarning), with where it was dropped (file "" when
	// unknown); nil prints nothing.
	UnawaitedCoroutine func(c *Coroutine, file string, line int)
	// Display, when set, is sys.displayhook for the values a REPL entry
	// or notebook cell echoes (PRINT_EXPR, None included); nil prints
	// the repr of a value that is not None and sets builtins._.
	Display func(f *Fiber, v Value) *Exception
}

// NewVM makes an interpreter with the builtins installed.
func NewVM() *VM {
	setupUniverse()
	vm := &VM{
		Modules:        make(map[string]*Module),
		Loaders:        make(map[string]ModuleLoader),
		Stdin:          os.Stdin,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		RecursionLimit: 1000,
		MemoryLimit:    DefaultLimit,
	}
	vm.Builtins = NewBuiltinsDict(vm)
	return vm
}

// AtExit registers fn to run when the program ends, after its final
// traceback or exit message (CPython's interpreter finalization, when
// objects the exception kept alive are collected).
func (vm *VM) AtExit(fn func()) { vm.atExit = append(vm.atExit, fn) }

// RunAtExit runs, once each, the functions registered with AtExit, in
// order. The embedder calls it when the program ends.
func (vm *VM) RunAtExit() {
	for len(vm.atExit) > 0 {
		fn := vm.atExit[0]
		vm.atExit = vm.atExit[1:]
		fn()
	}
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
