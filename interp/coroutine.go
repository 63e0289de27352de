package interp

// This file defines coroutine objects. An interpreted coroutine owns a
// frame that has not run yet or is suspended; a native coroutine (such as
// asyncio.sleep's) is a Go Awaitable behind the same type, so both have
// the same repr, satisfy iscoroutine and get the "never awaited" warning.

type coroState uint8

const (
	coroCreated coroState = iota
	coroRunning
	coroSuspended
	coroDone
)

// Coroutine is a coroutine object, the result of calling an async def
// function (or a native coroutine made by NewNativeCoroutine).
//
// A pending task holds one (or two, with asyncio.sleep's), so the fields
// are packed into 32 bytes (Go's 32-byte class; asyncio.sleep's sleepCall,
// which embeds one, fits in 160): the names are not stored but derived
// (Name), the VM tracking it is the caller's (consume), what only
// coroutines driven by send()/throw() or renamed natives need is in rare,
// and one field holds the frame, code or native step (impl).
type Coroutine struct {
	// impl is what the coroutine runs: an interpreted one's *Frame until
	// it finishes (frame), then its *Code (kept for its names and repr;
	// code); a native one's Awaitable (native; isNative set).
	impl     any
	state    coroState
	isNative bool
	// awaited is set once the coroutine is awaited or wrapped in a task;
	// a coroutine dropped with awaited false gets the RuntimeWarning.
	awaited bool
	// trackIdx is 1 + the coroutine's index in its VM's unawaited table
	// (which trackCoroutine keeps below twice the live count, far below
	// 2^31), 0 for a coroutine not tracked (a native one).
	trackIdx int32
	rare     *coroRare // nil until one of its fields is needed
}

// frame returns an interpreted coroutine's frame, nil once it finished or
// for a native one.
func (c *Coroutine) frame() *Frame {
	fr, _ := c.impl.(*Frame)
	return fr
}

// code returns the code an interpreted coroutine runs (or ran), nil for a
// native one.
func (c *Coroutine) code() *Code {
	switch x := c.impl.(type) {
	case *Frame:
		return x.code
	case *Code:
		return x
	}
	return nil
}

// native returns a native coroutine's step, nil for an interpreted one.
func (c *Coroutine) native() Awaitable {
	if !c.isNative {
		return nil
	}
	return c.impl.(Awaitable)
}

// finish marks the coroutine done; an interpreted one lets its frame go
// and keeps its code.
func (c *Coroutine) finish() {
	c.state = coroDone
	if fr, ok := c.impl.(*Frame); ok {
		c.impl = fr.code
	}
}

// coroRare holds what few coroutines need, allocated on first use.
type coroRare struct {
	// name and qualName, when named is set, override the derived names:
	// those of a function renamed before the call (CPython's coroutine
	// copies the function's names), or of a native coroutine whose step
	// does not name itself (CoroutineNamer).
	name, qualName string
	named          bool
	// saved is the run of frames detached when a coroutine driven by
	// send()/throw() suspended (its own frame first); empty otherwise.
	saved []*Frame
}

// CoroutineNamer is implemented by native coroutine steps that know their
// name ("sleep"), so that their Coroutine need not store it.
type CoroutineNamer interface {
	CoroutineName() string
}

// Name is the coroutine's __name__: the function's name for an
// interpreted coroutine, the name given for a native one.
func (c *Coroutine) Name() string {
	if c.rare != nil && c.rare.named {
		return c.rare.name
	}
	if code := c.code(); code != nil {
		return code.Name
	}
	if n, ok := c.impl.(CoroutineNamer); ok {
		return n.CoroutineName()
	}
	return ""
}

// QualName is the coroutine's __qualname__ (for a native coroutine, its
// Name).
func (c *Coroutine) QualName() string {
	switch {
	case c.rare != nil && c.rare.named:
		return c.rare.qualName
	case c.code() != nil:
		return c.code().QualName
	}
	return c.Name()
}

// setNames makes name and qualName the coroutine's names unless they are
// what Name and QualName derive anyway.
func (c *Coroutine) setNames(name, qualName string) {
	if fr, ok := c.impl.(*Frame); ok && c.rare == nil && fr.code.Name == name && fr.code.QualName == qualName {
		return // the common case, an interpreted coroutine just made
	}
	if c.Name() == name && c.QualName() == qualName {
		return
	}
	if c.rare == nil {
		c.rare = &coroRare{}
	}
	c.rare.name, c.rare.qualName, c.rare.named = name, qualName, true
}

// saveFrames detaches the run of frames of a coroutine driven by
// send()/throw() that suspended (its own frame first), for step to put
// back; the caller clears them off the fiber.
func (c *Coroutine) saveFrames(run []*Frame) {
	if c.rare == nil {
		c.rare = &coroRare{}
	}
	c.rare.saved = append(c.rare.saved[:0], run...)
}

// dropCoroutine reports a coroutine discarded without being awaited (an
// expression statement `f()`), where CPython's refcounting would collect
// it and print "coroutine 'f' was never awaited".
func (f *Fiber) dropCoroutine(c *Coroutine, code *Code, pc int) {
	c.consume(f.VM) // warn once
	if f.VM.Hooks.UnawaitedCoroutine == nil {
		return
	}
	f.VM.Hooks.UnawaitedCoroutine(c, code.File.Name, code.Line(pc))
}

func (*Coroutine) Type() *Class { return CoroutineClass }

// NewNativeCoroutine wraps a Go awaitable as a coroutine object named
// name (e.g. "sleep").
func NewNativeCoroutine(name string, step Awaitable) *Coroutine {
	c := &Coroutine{impl: step, isNative: true}
	c.setNames(name, name)
	return c
}

// InitNativeCoroutine makes *c, which must be unused, the native
// coroutine object named name: NewNativeCoroutine for a caller that
// embeds the Coroutine in its own state (asyncio.sleep's), to make one
// allocation of two.
func InitNativeCoroutine(c *Coroutine, name string, step Awaitable) {
	*c = Coroutine{impl: step, isNative: true}
	c.setNames(name, name)
}

// Started reports whether the coroutine has begun running.
func (c *Coroutine) Started() bool { return c.state != coroCreated }

// Done reports whether the coroutine finished.
func (c *Coroutine) Done() bool { return c.state == coroDone }

// Awaited reports whether the coroutine was ever awaited or scheduled.
func (c *Coroutine) Awaited() bool { return c.awaited }

// MarkAwaited records that the coroutine, made on vm, was consumed (no
// warning).
func (c *Coroutine) MarkAwaited(vm *VM) { c.consume(vm) }

// consume records that the coroutine was awaited, scheduled or closed, so
// it will never get the "never awaited" warning. vm is the VM the
// coroutine was made on (the one running the program).
func (c *Coroutine) consume(vm *VM) {
	if c.awaited {
		return
	}
	c.awaited = true
	if c.trackIdx != 0 {
		vm.unawaited[c.trackIdx-1] = nil
		vm.unawaitedLive--
		if vm.unawaitedLive == 0 && cap(vm.unawaited) > 64 {
			// every tracked coroutine is consumed: free a big table
			// (asyncio.gather(*[f(i) for i in range(N)]) fills one with
			// N coroutines that the tasks then consume)
			vm.unawaited = nil
		}
	}
}

// trackCoroutine registers a new interpreted coroutine so that one still
// unawaited when the program ends gets CPython's RuntimeWarning.
func (vm *VM) trackCoroutine(c *Coroutine) {
	if vm.unawaitedLive*2 < len(vm.unawaited) && len(vm.unawaited) > 64 {
		live := vm.unawaited[:0]
		for _, x := range vm.unawaited {
			if x != nil {
				x.trackIdx = int32(len(live)) + 1
				live = append(live, x)
			}
		}
		clear(vm.unawaited[len(live):])
		vm.unawaited = live
	}
	c.trackIdx = int32(len(vm.unawaited)) + 1
	vm.unawaited = append(vm.unawaited, c)
	vm.unawaitedLive++
}

// ReportUnawaited warns about every coroutine never awaited, in creation
// order, as CPython does when it finally collects them.
func (vm *VM) ReportUnawaited() {
	pending := vm.unawaited
	vm.unawaited, vm.unawaitedLive = nil, 0
	for _, c := range pending {
		if c != nil && !c.awaited {
			c.awaited = true
			if vm.Hooks.UnawaitedCoroutine != nil {
				vm.Hooks.UnawaitedCoroutine(c, "", 0)
			}
		}
	}
}

// ReportUnawaitedAtExit is ReportUnawaited when the interpreter ends, as
// CPython's module teardown collects the coroutines still held: while it
// runs, Finalizing reports true.
func (vm *VM) ReportUnawaitedAtExit() {
	vm.finalizing = true
	defer func() { vm.finalizing = false }()
	vm.ReportUnawaited()
}

// Finalizing reports whether the interpreter is ending (CPython's
// Py_IsFinalizing): warnings then go without what the import machinery
// would add, such as the tracemalloc hint.
func (vm *VM) Finalizing() bool { return vm.finalizing }

// Repr is CPython's `<coroutine object f at 0x...>`.
func (c *Coroutine) Repr(f *Fiber) (string, *Exception) {
	return "<coroutine object " + c.QualName() + " at " + AddressOf(c) + ">", nil
}

// Location describes where a coroutine is for Task reprs:
// "running at file.as:3" or "done, defined at file.as:1".
func (c *Coroutine) Location() string {
	if c.code() == nil {
		return ""
	}
	name := c.code().File.Name
	if fr := c.frame(); fr != nil && c.state != coroDone {
		line := c.code().FirstLine
		if fr.started {
			line = int32(fr.Line())
		}
		return "running at " + name + ":" + decimal(int(line))
	}
	return "done, defined at " + name + ":" + decimal(int(c.code().FirstLine))
}

func decimal(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// step implements coro.send(v) and coro.throw(e) for interpreted code
// driving a coroutine by hand: it runs the coroutine on f until it
// suspends (yielded is the value its innermost await yielded, e.g. a
// Future) or finishes (StopIteration carries the return value).
func (c *Coroutine) step(f *Fiber, send Value, throw *Exception) (Value, *Exception) {
	if c.state == coroRunning {
		return nil, Errorf(ValueError, "coroutine already executing")
	}
	if c.state == coroDone {
		if throw != nil {
			return nil, throw
		}
		return nil, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
	}
	c.consume(f.VM)
	if c.isNative {
		c.state = coroRunning
		res, y, done, exc := c.native().Await(f, send, throw)
		switch {
		case exc != nil:
			c.state = coroDone
			return nil, exc
		case done:
			c.state = coroDone
			return nil, stopIteration(res)
		}
		c.state = coroSuspended
		return y, nil
	}
	floor := len(f.frames)
	if c.rare != nil && len(c.rare.saved) > 0 {
		// put back the run detached when it last suspended, each frame
		// with its own entry
		saved := c.rare.saved
		for _, fr := range saved {
			if err := f.pushFrame(fr, fr.entry); err != nil {
				clear(f.frames[floor:])
				f.frames = f.frames[:floor]
				return nil, err
			}
		}
		clear(saved)
		c.rare.saved = saved[:0]
		f.setResume(send, throw)
	} else {
		if send != None && throw == nil {
			return nil, Errorf(TypeError, "can't send non-None value to a just-started coroutine")
		}
		if err := f.pushFrame(c.frame(), EntryResume); err != nil {
			// CPython's check as the coroutine's frame starts: the
			// exception escapes the coroutine, which is then finished
			c.finish()
			return nil, err
		}
		if throw != nil {
			f.setResume(nil, throw)
		}
	}
	c.state = coroRunning
	out := f.run(floor)
	switch out.Kind {
	case Yielded:
		c.state = coroSuspended
		return out.Value, nil
	case Returned:
		c.finish()
		return nil, stopIteration(out.Value)
	}
	c.finish()
	return nil, out.Exc
}
