package interp

// This file defines generators and async generators and the await
// plumbing shared with coroutines. A generator owns its frame while
// suspended; resuming pushes the frame back on the resumer's fiber.

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
	case c.Flags&FlagAsyncGenerator != 0:
		g := &AsyncGenerator{frame: fr, Name: fn.Name, QualName: fn.QualName}
		fr.gen = g
		return g
	case c.Flags&FlagCoroutine != 0:
		co := &Coroutine{frame: fr, Name: fn.Name, QualName: fn.QualName, code: c}
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
		if throw != nil {
			return nil, false, throw
		}
		return nil, false, nil
	}
	fr := g.frame
	if !fr.started {
		if send != None && throw == nil {
			return nil, false, Errorf(TypeError, "can't send non-None value to a just-started generator")
		}
	} else if throw == nil && fr.code.Instrs[fr.pc].Op() != YIELD_FROM {
		fr.slots[fr.sp] = send
		fr.sp++
	}
	if throw != nil {
		f.resuming, f.resumeSend, f.resumeThrow = true, nil, throw
	}
	fr.entry = EntryResume
	floor := len(f.frames)
	f.frames = append(f.frames, fr)
	if f.overLimit() {
		// CPython's check as the generator's frame starts: the exception
		// escapes the generator, which is then finished
		f.frames = f.frames[:floor]
		g.done, g.frame = true, nil
		return nil, false, recursionError("")
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
}

func (*AsyncGenerator) Type() *Class { return AsyncGeneratorClass }

// Repr is `<async_generator object f at 0x...>`.
func (g *AsyncGenerator) Repr(f *Fiber) (string, *Exception) {
	return "<async_generator object " + g.QualName + " at " + AddressOf(g) + ">", nil
}

func (g *AsyncGenerator) suspend(fr *Frame) { g.running = false }
func (g *AsyncGenerator) finish()           { g.running, g.done, g.frame = false, true, nil }

// asendAwaitable is what `await agen.asend(v)` / `__anext__()` awaits: the
// AWAIT pushes the generator's frame with entry AsyncGen.
type asendAwaitable struct {
	gen   *AsyncGenerator
	send  Value
	throw *Exception
	used  bool
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
		f.resuming, f.resumeSend, f.resumeThrow = true, nil, a.throw
	}
	g.running = true
	return fr, nil, false, nil
}

// iterAwaitable drives the iterator returned by a user __await__.
type iterAwaitable struct{ it Value }

func (*iterAwaitable) Type() *Class { return IteratorClass }

func (a *iterAwaitable) Await(f *Fiber, send Value, throw *Exception) (Value, Value, bool, *Exception) {
	if throw != nil {
		return nil, nil, false, throw
	}
	if g, ok := a.it.(*Generator); ok {
		v, yielded, err := g.resume(f, sendOrNone(send), nil)
		if err != nil {
			return nil, nil, false, err
		}
		if !yielded {
			return g.returnValue(), nil, true, nil
		}
		return nil, v, false, nil
	}
	v, ok, err := Next(f, a.it)
	if err != nil {
		if err.Matches(StopIteration) {
			if len(err.Args) > 0 {
				return err.Args[0], nil, true, nil
			}
			return None, nil, true, nil
		}
		return nil, nil, false, err
	}
	if !ok {
		return None, nil, true, nil
	}
	return nil, v, false, nil
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
		if a.state != coroCreated && a.native == nil {
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
		if a.native != nil {
			res, y, done, err := a.native.Await(f, send, throw)
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

func init() {
	GeneratorClass.AddMethods(map[string]NativeFunc{
		"__next__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			g := args[0].(*Generator)
			v, ok, err := g.resume(f, None, nil)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIteration, g.returnValue())
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
				return nil, NewException(StopIteration, g.returnValue())
			}
			return v, nil
		},
		"throw": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			g := args[0].(*Generator)
			if len(args) < 2 {
				return nil, Errorf(TypeError, "throw expected at least 1 argument, got 0")
			}
			exc, err := makeRaisable(f, args[1])
			if err != nil {
				return nil, err
			}
			v, ok, err := g.resume(f, nil, exc)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIteration, g.returnValue())
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
			return &asendAwaitable{gen: args[0].(*AsyncGenerator), throw: NewException(GeneratorExit)}, nil
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
			c.consume()
			if c.state != coroSuspended {
				c.state = coroDone
				c.frame = nil
			}
			return None, nil
		},
	})
}
