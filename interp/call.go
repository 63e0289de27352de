package interp

// This file defines calling: binding arguments to parameters with
// CPython's error messages, calling any callable from Go (Fiber.Call, a
// nested dispatch loop), and constructing instances of classes.

import "github.com/asyncscript/asyncscript/compile"
import "strings"

// setupCall makes the frame for a call of fn and binds the arguments, for
// every caller: CALL (keywords given as kwnames, whose values are the
// trailing len(kwnames) entries of args) and Go (keywords as kw). The
// frame is then pushed (pushFrame) or, for a generator or coroutine
// function, wrapped in its object (makeGeneratorLike).
func (f *Fiber) setupCall(fn *Function, args []Value, kwnames Tuple, kw []KV) (*Frame, *Exception) {
	fr := f.callFrame(fn)
	if err := bindArgs(f, fn, fr.locals(), args, kwnames, kw); err != nil {
		f.releaseFrame(fr)
		return nil, err
	}
	c := fn.Code
	for i, slot := range c.CellArgs {
		if slot >= 0 {
			fr.cell(i).V = fr.slots[slot]
		}
	}
	fr.sp = int32(len(c.Locals))
	return fr, nil
}

// bindArgs fills locals from positional args and keywords given either as
// kwnames (values at the end of args) or as kw.
func bindArgs(f *Fiber, fn *Function, locals []Value, args []Value, kwnames Tuple, kw []KV) *Exception {
	c := fn.Code
	npos := len(args) - len(kwnames)
	nparams := c.ArgCount
	varargs := c.Flags&compile.FlagVarargs != 0
	varkw := c.Flags&compile.FlagVarKeywords != 0
	// fast path: exact positional call
	if npos == nparams && len(kwnames) == 0 && len(kw) == 0 && !varargs && !varkw && c.KwOnlyArgCount == 0 {
		copy(locals, args)
		return nil
	}
	n := npos
	if n > nparams {
		n = nparams
	}
	copy(locals, args[:n])
	slot := nparams
	if varargs {
		var rest Tuple
		if npos > nparams {
			rest = make(Tuple, npos-nparams)
			copy(rest, args[nparams:npos])
		} else {
			rest = Tuple{}
		}
		locals[slot] = rest
		slot++
	} else if npos > nparams {
		return tooManyPositional(fn, npos, kwnames, kw)
	}
	kwStart := slot
	nkwonly := c.KwOnlyArgCount
	var extra *Dict
	if varkw {
		extra = NewDict()
		locals[kwStart+nkwonly] = extra
	}
	setKw := func(name string, v Value) *Exception {
		for i := 0; i < nparams; i++ {
			if c.Locals[i] == name {
				if locals[i] != nil {
					return Errorf(TypeError, "%s() got multiple values for argument '%s'", fn.QualName, name)
				}
				locals[i] = v
				return nil
			}
		}
		for i := 0; i < nkwonly; i++ {
			if c.Locals[kwStart+i] == name {
				locals[kwStart+i] = v
				return nil
			}
		}
		if extra != nil {
			if _, dup := extra.GetStr(name); dup {
				return Errorf(TypeError, "%s() got multiple values for keyword argument '%s'", fn.QualName, name)
			}
			extra.SetStr(name, v)
			return nil
		}
		return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fn.QualName, name)
	}
	for i, name := range kwnames {
		if err := setKw(string(name.(Str)), args[npos+i]); err != nil {
			return err
		}
	}
	for _, kv := range kw {
		if err := setKw(kv.Name, kv.Value); err != nil {
			return err
		}
	}
	// defaults
	ndef := len(fn.Defaults)
	var missing []string
	for i := 0; i < nparams; i++ {
		if locals[i] == nil {
			if j := i - (nparams - ndef); j >= 0 {
				locals[i] = fn.Defaults[j]
			} else {
				missing = append(missing, c.Locals[i])
			}
		}
	}
	if missing != nil {
		return missingArgs(fn, missing, "positional")
	}
	for i := 0; i < nkwonly; i++ {
		if locals[kwStart+i] == nil {
			name := c.Locals[kwStart+i]
			if fn.KwDefaults != nil {
				if v, ok := fn.KwDefaults.GetStr(name); ok {
					locals[kwStart+i] = v
					continue
				}
			}
			missing = append(missing, name)
		}
	}
	if missing != nil {
		return missingArgs(fn, missing, "keyword-only")
	}
	return nil
}

func missingArgs(fn *Function, names []string, kind string) *Exception {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	plural := "argument"
	if len(names) > 1 {
		plural = "arguments"
	}
	return Errorf(TypeError, "%s() missing %d required %s %s: %s", fn.QualName, len(names), kind, plural, list)
}

func tooManyPositional(fn *Function, given int, kwnames Tuple, kw []KV) *Exception {
	c := fn.Code
	ndef := len(fn.Defaults)
	takes := ""
	if ndef > 0 {
		takes = "from " + decimal(c.ArgCount-ndef) + " to " + decimal(c.ArgCount)
	} else {
		takes = decimal(c.ArgCount)
	}
	pl := "s"
	if c.ArgCount == 1 && ndef == 0 {
		pl = ""
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	nkw := 0
	for _, n := range kwnames {
		for i := c.ArgCount; i < c.ArgCount+c.KwOnlyArgCount; i++ {
			if c.Locals[i] == string(n.(Str)) {
				nkw++
			}
		}
	}
	for _, kv := range kw {
		for i := c.ArgCount; i < c.ArgCount+c.KwOnlyArgCount; i++ {
			if c.Locals[i] == kv.Name {
				nkw++
			}
		}
	}
	if nkw > 0 {
		kwpl := "s"
		if nkw == 1 {
			kwpl = ""
		}
		return Errorf(TypeError, "%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.QualName, takes, pl, given, map[bool]string{true: "", false: "s"}[given == 1], nkw, kwpl)
	}
	return Errorf(TypeError, "%s() takes %s positional argument%s but %d %s given", fn.QualName, takes, pl, given, was)
}

// callWithNames calls fn with CALL's argument layout (keyword values at
// the end of args, named by kwnames).
func (f *Fiber) callWithNames(fn Value, args []Value, kwnames Tuple) (Value, *Exception) {
	var kw []KV
	if len(kwnames) > 0 {
		npos := len(args) - len(kwnames)
		kw = make([]KV, len(kwnames))
		for i, n := range kwnames {
			kw[i] = KV{Name: string(n.(Str)), Value: args[npos+i]}
		}
		args = args[:npos]
	}
	return f.Call(fn, args, kw)
}

// Call calls any callable from Go. An interpreted function's frame is
// made as CALL makes it (setupCall) and run by a nested run of the
// dispatch loop over this fiber's frame stack (runNative); it cannot
// suspend.
func (f *Fiber) Call(fn Value, args []Value, kw []KV) (Value, *Exception) {
	switch fn := fn.(type) {
	case *Builtin:
		a := make([]Value, 0, len(args)+1)
		if fn.Self != nil {
			a = append(a, fn.Self)
		}
		a = append(a, args...)
		if fn.Of != nil && fn.Self == nil && len(a) > 0 {
			a[0] = dunderSelf(fn, a[0]) // object_native.go
		}
		// a chain of Go callables (partial of partial...) recurses in Go
		if err := f.enterGo(); err != nil {
			return nil, err
		}
		r, err := fn.Fn(f, a, kw)
		f.leaveGo()
		return r, err
	case *Function:
		fr, err := f.setupCall(fn, args, nil, kw)
		if err != nil {
			return nil, err
		}
		if fn.Code.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) != 0 {
			return makeGeneratorLike(f.VM, fn, fr), nil
		}
		return f.runNative(fr)
	case *BoundMethod:
		a := make([]Value, 0, len(args)+1)
		a = append(a, fn.Self)
		a = append(a, args...)
		return f.Call(fn.Func, a, kw)
	case *Class:
		inst, initFn, err := f.constructKW(fn, args, kw)
		if err != nil {
			return nil, err
		}
		if initFn != nil {
			r, err := f.Call(initFn, append([]Value{inst}, args...), kw)
			if err != nil {
				return nil, err
			}
			if err := checkInitResult(r); err != nil {
				return nil, err
			}
		}
		return inst, nil
	}
	if m, ok := fn.Type().Lookup("__call__"); ok {
		a := make([]Value, 0, len(args)+1)
		a = append(a, fn)
		a = append(a, args...)
		return f.Call(m, a, kw)
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", TypeName(fn))
}

// checkInitResult is the check on what __init__ returned, for both ways
// a class call runs it (Fiber.Call, and an EntryInit frame's return).
func checkInitResult(r Value) *Exception {
	if _, ok := r.(NoneType); !ok { // a type test: r != None calls efaceeq
		return Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
	}
	return nil
}

// runNative is how Go enters interpreted code to run it to completion (a
// function called by Fiber.Call, a class body, a module): it pushes fr as
// an EntryNative frame and runs it on a nested run of the dispatch loop.
func (f *Fiber) runNative(fr *Frame) (Value, *Exception) {
	floor := len(f.frames)
	if err := f.pushFrame(fr, EntryNative); err != nil {
		f.releaseFrame(fr)
		return nil, err
	}
	out := f.run(floor)
	switch out.Kind {
	case Returned:
		return out.Value, nil
	case Raised:
		return nil, out.Exc
	}
	return nil, Errorf(RuntimeError, "coroutine suspended inside a native call")
}

// CallDunder looks up name on v's class and calls it with v prepended; ok
// is false when the class has no such method.
func CallDunder(f *Fiber, v Value, name string, args ...Value) (res Value, ok bool, err *Exception) {
	m, found := v.Type().Lookup(name)
	if !found {
		return nil, false, nil
	}
	a := make([]Value, 0, len(args)+1)
	a = append(a, dunderSelf(m, v)) // object_native.go
	a = append(a, args...)
	res, err = f.Call(m, a, nil)
	return res, true, err
}

// construct makes an instance of cls. When cls's __init__ is an
// interpreted function it is returned (not called) so that the dispatch
// loop can push it as a frame.
func (f *Fiber) construct(cls *Class, args []Value, kwnames Tuple) (Value, *Function, *Exception) {
	var kw []KV
	if len(kwnames) > 0 {
		npos := len(args) - len(kwnames)
		kw = make([]KV, len(kwnames))
		for i, n := range kwnames {
			kw[i] = KV{Name: string(n.(Str)), Value: args[npos+i]}
		}
		args = args[:npos]
	}
	return f.constructKW(cls, args, kw)
}

func (f *Fiber) constructKW(cls *Class, args []Value, kw []KV) (Value, *Function, *Exception) {
	return f.constructClass(cls, args, kw) // object_construct.go
}

// dictToKV converts a **kwargs dict to keyword arguments.
func dictToKV(d *Dict) []KV {
	kw := make([]KV, 0, d.Len())
	d.Items(func(k, v Value) bool {
		kw = append(kw, KV{Name: string(k.(Str)), Value: v})
		return true
	})
	return kw
}

// Callable reports whether v can be called.
func Callable(v Value) bool {
	switch v.(type) {
	case *Builtin, *Function, *BoundMethod, *Class:
		return true
	}
	_, ok := v.Type().Lookup("__call__")
	return ok
}

// setupObjectNew installs object's constructor into the builtin classes; see universe.go.
func setupObjectNew() {
	ObjectClass.New = func(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
		if len(args) > 0 || len(kw) > 0 {
			// object() takes arguments only when a subclass defines __init__
			if init, _ := cls.Lookup("__init__"); init == ObjectClass.Dict["__init__"] {
				return nil, Errorf(TypeError, "%s() takes no arguments", cls.Name)
			}
		}
		return NewInstance(cls), nil
	}
}
