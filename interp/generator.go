package interp

// This file defines generators and async generators and the await
// plumbing shared with coroutines. A generator owns its frame while
// suspended; resuming pushes the frame back on the resumer's fiber.

import "github.com/asyncscript/asyncscript/compile"

// Generator is a generator object (a def containing yield).
type Generator struct {
	frame    *Frame
	Name     string
	QualName string
	running  bool
	done     bool
	retval   Value
}

func (*Generator) Type() *Class { return GeneratorClass }

// Repr is `<generator object f at 0x...>`.
func (g *Generator) Repr(f *Fiber) (string, *Exception) {
	return "<generator object " + g.QualName + " at " + AddressOf(g) + ">", nil
}

// makeGeneratorLike wraps a bound frame in the object its code's flags ask for.
func makeGeneratorLike(vm *VM, fn *Function, fr *Frame) Value {
	c := fn.Code
	switch {
	case c.Flags&compile.FlagAsyncGenerator != 0:
		g := &AsyncGenerator{frame: fr, Name: fn.Name, QualName: fn.QualName}
		fr.gen = g
		return g
	case c.Flags&compile.FlagCoroutine != 0:
		co := &Coroutine{impl: fr}
		co.setNames(fn.Name, fn.QualName)
		fr.gen = co
		vm.trackCoroutine(co)
		return co
	}
	g := &Generator{frame: fr, Name: fn.Name, QualName: fn.QualName}
	fr.gen = g
	return g
}

// Next implements Iterator.
func (g *Generator) Next(f *Fiber) (Value, bool, *Exception) {
	v, yielded, err := g.resume(f, None, nil)
	return v, yielded, err
}

func (g *Generator) returnValue() Value {
	if g.retval == nil {
		return None
	}
	return g.retval
}

// resume runs the generator until it yields (yielded=true), returns or raises.
func (g *Generator) resume(f *Fiber, send Value, throw *Exception) (Value, bool, *Exception) {
	if g.running {
		return nil, false, Errorf(ValueError, "generator already executing")
	}
	if g.done {
		// a finished generator's StopIteration has no value
		g.retval = nil
		if throw != nil {
			return nil, false, throw
		}
		return nil, false, nil
	}
	fr := g.frame
	switch {
	case !fr.started:
		if send != None && throw == nil {
			return nil, false, Errorf(TypeError, "can't send non-None value to a just-started generator")
		}
		if throw != nil {
			f.setResume(nil, throw)
		}
	case throw != nil || fr.code.Instrs[fr.pc].Op() == compile.YIELD_FROM:
		// exec hands the value or exception to the YIELD_FROM's delegate
		// or raises it at the yield
		f.setResume(send, throw)
	default:
		fr.slots[fr.sp] = send
		fr.sp++
	}
	floor := len(f.frames)
	if err := f.pushFrame(fr, EntryResume); err != nil {
		// CPython's check as the generator's frame starts: the exception
		// escapes the generator, which is then finished
		f.takeResume()
		g.done, g.frame = true, nil
		return nil, false, err
	}
	g.running = true
	out := f.run(floor)
	g.running = false
	switch out.Kind {
	case Yielded:
		return out.Value, true, nil
	case Returned:
		g.done, g.frame, g.retval = true, nil, out.Value
		return nil, false, nil
	}
	g.done, g.frame = true, nil
	if out.Exc.Matches(StopIteration) {
		return nil, false, wrapGenStop(out.Exc, "generator raised ")
	}
	return nil, false, out.Exc
}

// close implements generator.close().
func (g *Generator) close(f *Fiber) *Exception {
	if g.done || g.frame == nil || !g.frame.started {
		g.done = true
		return nil
	}
	_, yielded, err := g.resume(f, nil, NewException(GeneratorExit))
	if yielded {
		return Errorf(RuntimeError, "generator ignored GeneratorExit")
	}
	if err != nil && !err.Matches(GeneratorExit) && !err.Matches(StopIteration) {
		return err
	}
	return nil
}

// AsyncGenerator is an async generator object (an async def containing yield).
type AsyncGenerator struct {
	frame    *Frame
	Name     string
	QualName string
	running  bool
	done     bool
	// closing is set while aclose() runs the generator: its
	// GeneratorExit or StopAsyncIteration then means success, and a yield
	// is an error (finishEntry in run.go).
	closing bool
}

func (*AsyncGenerator) Type() *Class { return AsyncGeneratorClass }

// Repr is `<async_generator object f at 0x...>`.
func (g *AsyncGenerator) Repr(f *Fiber) (string, *Exception) {
	return "<async_generator object " + g.QualName + " at " + AddressOf(g) + ">", nil
}

func (g *AsyncGenerator) suspend(fr *Frame) { g.running, g.closing = false, false }
func (g *AsyncGenerator) finish()           { g.running, g.closing, g.done, g.frame = false, false, true, nil }

// asendAwaitable is what `await agen.asend(v)` / `__anext__()` awaits: the
// AWAIT pushes the generator's frame with entry AsyncGen.
type asendAwaitable struct {
	gen   *AsyncGenerator
	send  Value
	throw *Exception
	used  bool
	close bool // aclose(), rather than athrow(GeneratorExit)
}

func (*asendAwaitable) Type() *Class { return asendClass }

var asendClass = newBuiltinClass("async_generator_asend", ObjectClass)

// start prepares the generator frame to run as a callee of the AWAIT.
func (a *asendAwaitable) start(f *Fiber) (*Frame, Value, bool, *Exception) {
	g := a.gen
	if a.used {
		return nil, nil, false, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	a.used = true
	if g.running {
		return nil, nil, false, Errorf(RuntimeError, "anext(): asynchronous generator is already running")
	}
	if g.done {
		if a.throw != nil && !a.throw.Matches(GeneratorExit) {
			return nil, nil, false, a.throw
		}
		if a.throw != nil {
			return nil, None, true, nil // aclose() of a finished generator
		}
		return nil, nil, false, NewException(StopAsyncIteration)
	}
	fr := g.frame
	if !fr.started {
		if a.throw != nil {
			g.finish()
			if a.throw.Matches(GeneratorExit) {
				return nil, None, true, nil
			}
			return nil, nil, false, a.throw
		}
	} else if a.throw == nil {
		fr.slots[fr.sp] = a.send
		fr.sp++
	}
	if a.throw != nil {
		f.setResume(nil, a.throw)
	}
	g.running, g.closing = true, a.close
	return fr, nil, false, nil
}

// iterAwaitable drives the iterator returned by a user __await__.
type iterAwaitable struct{ it Value }

func (*iterAwaitable) Type() *Class { return IteratorClass }

func (a *iterAwaitable) Await(f *Fiber, send Value, throw *Exception) (Value, Value, bool, *Exception) {
	if throw != nil {
		// forwarded as `yield from` forwards it (cancelling a task reaches
		// the coroutine behind a class's __await__)
		return yieldFromThrow(f, a.it, throw)
	}
	return yieldFromSend(f, a.it, sendOrNone(send))
}

func sendOrNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// getAwaitable implements GET_AWAITABLE.
func (f *Fiber) getAwaitable(v Value, where int) (Value, *Exception) {
	switch a := v.(type) {
	case *Coroutine:
		if a.state != coroCreated && !a.isNative {
			return nil, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
		}
		return a, nil
	case *asendAwaitable, Awaitable:
		return v, nil
	}
	if m, ok := v.Type().Lookup("__await__"); ok {
		it, err := f.Call(m, []Value{v}, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := it.(*Coroutine); ok {
			return nil, Errorf(TypeError, "__await__() returned a coroutine")
		}
		_, isIter := it.(Iterator)
		if _, hasNext := it.Type().Lookup("__next__"); !isIter && !hasNext {
			return nil, Errorf(TypeError, "__await__() returned non-iterator of type '%s'", TypeName(it))
		}
		return &iterAwaitable{it: it}, nil
	}
	switch where {
	case 1:
		return nil, Errorf(TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", TypeName(v))
	case 2:
		return nil, Errorf(TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", TypeName(v))
	}
	return nil, Errorf(TypeError, "object %s can't be used in 'await' expression", TypeName(v))
}

// resumeAwait continues a suspended AWAIT with the value sent or the
// exception thrown by the fiber's driver.
func resumeAwait(f *Fiber, v Value, send Value, throw *Exception) (Value, Value, bool, *Exception) {
	switch a := v.(type) {
	case *Coroutine:
		if a.isNative {
			res, y, done, err := a.native().Await(f, send, throw)
			if err != nil || done {
				a.state = coroDone
			}
			return res, y, done, err
		}
	case Awaitable:
		return a.Await(f, send, throw)
	}
	if throw != nil {
		return nil, nil, false, throw
	}
	return nil, nil, false, Errorf(SystemError, "resumed at a non-awaitable %s", TypeName(v))
}

// getAIter implements GET_AITER.
func (f *Fiber) getAIter(v Value) (Value, *Exception) {
	if g, ok := v.(*AsyncGenerator); ok {
		return g, nil
	}
	m, ok := v.Type().Lookup("__aiter__")
	if !ok {
		return nil, Errorf(TypeError, "'async for' requires an object with __aiter__ method, got %s", TypeName(v))
	}
	return f.Call(m, []Value{v}, nil)
}

// getANext implements GET_ANEXT: the awaitable for the next item.
func (f *Fiber) getANext(v Value) (Value, *Exception) {
	if g, ok := v.(*AsyncGenerator); ok {
		return &asendAwaitable{gen: g, send: None}, nil
	}
	m, ok := v.Type().Lookup("__anext__")
	if !ok {
		return nil, Errorf(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeName(v))
	}
	r, err := f.Call(m, []Value{v}, nil)
	if err != nil {
		return nil, err
	}
	return f.getAwaitable(r, 0)
}

// setupGenerators installs generators and async generators into the builtin classes; see universe.go.
func setupGenerators() {
	setupCoroutineWrapper()
	GeneratorClass.AddMethods(map[string]NativeFunc{
		"__next__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			g := args[0].(*Generator)
			v, ok, err := g.resume(f, None, nil)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, stopIteration(g.returnValue())
			}
			return v, nil
		},
		"__iter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return args[0], nil },
		"send": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			g := args[0].(*Generator)
			if len(args) != 2 {
				return nil, Errorf(TypeError, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			v, ok, err := g.resume(f, args[1], nil)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, stopIteration(g.returnValue())
			}
			return v, nil
		},
		"throw": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			g := args[0].(*Generator)
			exc, err := throwArgs(f, "throw", args[1:])
			if err != nil {
				return nil, err
			}
			v, ok, err := g.resume(f, nil, exc)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, stopIteration(g.returnValue())
			}
			return v, nil
		},
		"close": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return None, args[0].(*Generator).close(f)
		},
	})
	AsyncGeneratorClass.AddMethods(map[string]NativeFunc{
		"__aiter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return args[0], nil },
		"__anext__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return &asendAwaitable{gen: args[0].(*AsyncGenerator), send: None}, nil
		},
		"asend": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			v := Value(None)
			if len(args) > 1 {
				v = args[1]
			}
			return &asendAwaitable{gen: args[0].(*AsyncGenerator), send: v}, nil
		},
		"athrow": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) < 2 {
				return nil, Errorf(TypeError, "athrow expected at least 1 argument, got 0")
			}
			exc, err := makeRaisable(f, args[1])
			if err != nil {
				return nil, err
			}
			return &asendAwaitable{gen: args[0].(*AsyncGenerator), throw: exc}, nil
		},
		"aclose": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return &asendAwaitable{gen: args[0].(*AsyncGenerator), throw: NewException(GeneratorExit), close: true}, nil
		},
	})
	CoroutineClass.AddMethods(map[string]NativeFunc{
		"send": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			return args[0].(*Coroutine).step(f, args[1], nil)
		},
		"throw": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) < 2 {
				return nil, Errorf(TypeError, "throw expected at least 1 argument, got 0")
			}
			exc, err := makeRaisable(f, args[1])
			if err != nil {
				return nil, err
			}
			return args[0].(*Coroutine).step(f, nil, exc)
		},
		"close": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			c := args[0].(*Coroutine)
			c.consume(f.VM)
			if c.state != coroSuspended {
				c.finish()
			}
			return None, nil
		},
	})
}

// stopIteration is the StopIteration a generator raises when it returns
// v: without arguments when v is None, as CPython's gen_send_ex does, so
// that `return` and `return None` give StopIteration().args == ().
func stopIteration(v Value) *Exception {
	if v == nil || v == None {
		return NewException(StopIteration)
	}
	return NewException(StopIteration, v)
}

// stopValue is the value a StopIteration carries (its first argument).
func stopValue(e *Exception) Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// The delegation of `yield from` (PEP 380), as CPython 3.11's SEND
// instruction and _gen_throw do it. Each step returns either the
// delegate's result (done), a value to yield, or an exception to raise in
// the delegating frame at its YIELD_FROM.

// yieldFromSend sends v into the delegate it: a generator is resumed
// directly; None goes through __next__; anything else through the
// delegate's send method. StopIteration ends the delegation with its value.
func yieldFromSend(f *Fiber, it Value, v Value) (res, y Value, done bool, err *Exception) {
	if g, ok := it.(*Generator); ok {
		y, yielded, err := g.resume(f, v, nil)
		switch {
		case err != nil:
			return nil, nil, false, err
		case !yielded:
			return g.returnValue(), nil, true, nil
		}
		return nil, y, false, nil
	}
	if v == nil || v == None {
		if _, isIter := it.(Iterator); isIter {
			// Go iterators end without a value, or with StopIteration's
			// (asyncio's FutureIter)
			y, ok, err := Next(f, it)
			switch {
			case err != nil:
				return delegateOutcome(nil, err)
			case !ok:
				return None, nil, true, nil
			}
			return nil, y, false, nil
		}
		var found bool
		if y, found, err = CallDunder(f, it, "__next__"); !found {
			return nil, nil, false, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
		}
	} else {
		var send Value
		if send, err = GetAttr(f, it, "send"); err == nil {
			y, err = f.Call(send, []Value{v}, nil)
		}
	}
	return delegateOutcome(y, err)
}

// delegateOutcome sorts what a delegate's method returned or raised.
func delegateOutcome(y Value, err *Exception) (Value, Value, bool, *Exception) {
	switch {
	case err == nil:
		return nil, y, false, nil
	case err.Matches(StopIteration):
		return stopValue(err), nil, true, nil
	}
	return nil, nil, false, err
}

// yieldFromThrow throws exc into the delegate it. GeneratorExit closes the
// delegate and is then raised in the delegating frame (or the error its
// close raised is); other exceptions go to the delegate's throw method,
// or are raised in the delegating frame when it has none.
//
// Departure from CPython: the delegate's throw method receives the
// exception instance alone, where CPython passes on throw()'s own
// (type, value, traceback) arguments; asyncscript keeps no tracebacks
// objects, and the instance carries its type.
func yieldFromThrow(f *Fiber, it Value, exc *Exception) (res, y Value, done bool, err *Exception) {
	if exc.Matches(GeneratorExit) {
		if err := closeDelegate(f, it); err != nil {
			return nil, nil, false, err
		}
		return nil, nil, false, exc
	}
	if g, ok := it.(*Generator); ok {
		y, yielded, err := g.resume(f, nil, exc)
		switch {
		case err != nil:
			// CPython takes the value of a StopIteration from the
			// inner generator's return as the result; resume turns a
			// StopIteration raised inside it into RuntimeError.
			return nil, nil, false, err
		case !yielded:
			return g.returnValue(), nil, true, nil
		}
		return nil, y, false, nil
	}
	throw, err := lookupDelegateMethod(f, it, "throw")
	if err != nil || throw == nil {
		if err == nil {
			err = exc
		}
		return nil, nil, false, err
	}
	return delegateOutcome(f.Call(throw, []Value{exc}, nil))
}

// closeDelegate closes the delegate of a yield from, as gen_close_iter
// does: a generator's close, or the delegate's close method if it has one.
func closeDelegate(f *Fiber, it Value) *Exception {
	if g, ok := it.(*Generator); ok {
		return g.close(f)
	}
	closer, err := lookupDelegateMethod(f, it, "close")
	if err != nil || closer == nil {
		return err
	}
	_, err = f.Call(closer, nil, nil)
	return err
}

// lookupDelegateMethod is getattr(it, name), nil when it has no such
// attribute (AttributeError swallowed, other errors returned).
func lookupDelegateMethod(f *Fiber, it Value, name string) (Value, *Exception) {
	m, err := GetAttr(f, it, name)
	if err != nil {
		if err.Matches(AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	return m, nil
}

// throwArgs makes the exception of generator.throw(typ[, val[, tb]]), by
// CPython 3.11's _gen_throw rules: a class is instantiated with val (an
// instance of it used as is, a tuple spread as arguments, None for none);
// an instance takes no separate value; tb must be None (asyncscript keeps
// no traceback objects).
func throwArgs(f *Fiber, name string, args []Value) (*Exception, *Exception) {
	if len(args) < 1 {
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) > 3 {
		return nil, Errorf(TypeError, "%s expected at most 3 arguments, got %d", name, len(args))
	}
	if len(args) == 3 && args[2] != None {
		return nil, Errorf(TypeError, "throw() third argument must be a traceback object")
	}
	var val Value = None
	if len(args) > 1 {
		val = args[1]
	}
	switch typ := args[0].(type) {
	case *Exception:
		if val != None {
			return nil, Errorf(TypeError, "instance exception may not have a separate value")
		}
		return typ, nil
	case *Class:
		if !typ.IsException {
			break
		}
		if e, ok := val.(*Exception); ok && e.Matches(typ) {
			return e, nil
		}
		var ctorArgs []Value
		switch v := val.(type) {
		case Tuple:
			ctorArgs = v
		default:
			if val != None {
				ctorArgs = []Value{val}
			}
		}
		r, err := f.Call(typ, ctorArgs, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := r.(*Exception); ok {
			return e, nil
		}
		return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", typ.Name, TypeName(r))
	}
	return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", TypeName(args[0]))
}
