package interp

// The direct call of a Go method of a core built-in type, CALL's fast path
// for `line.split()`, `counts.get(w, 0)`, `words.append(w)` (LOAD_METHOD
// leaves the unbound *Builtin and its receiver on the stack), and of the
// builtin functions (`len(s)`): the function is called with the argument
// slice on the stack itself, without the copy, the type switch and the
// allocation of Fiber.Call.
//
// Invariants that make this safe:
//   - The Go methods of the classes directCallClass accepts, and the
//     functions marked NoRetain, never keep their args slice (or a
//     sub-slice of it) past their return; they read it, copy what they
//     keep. Passing a window of the frame's
//     stack is then indistinguishable from passing a fresh copy. (A Go
//     callable that keeps args, such as loop.call_soon or
//     BaseException.__init__, must not be added here.)
//   - The slice is capped at its length, so an append by the callee
//     reallocates instead of writing into the stack above sp.
//   - A receiver that is an *Instance (a subclass of str, list...) takes
//     the generic path, where dunderSelf unwraps it.
//   - Keyword arguments and bound builtins (Self != nil) take the
//     generic path too.

// directCallClass reports whether the Go methods of c are known never to
// retain their argument slice (see above).
func directCallClass(c *Class) bool {
	switch c {
	case StrClass, ListClass, DictClass, TupleClass, IntClass, FloatClass, SetClass, FrozenSetClass:
		return true
	}
	return false
}

// callBuiltinDirect calls fn with args when fn is an unbound Go method of
// a core built-in type and the receiver is not an *Instance, or a Go
// function that promises not to keep its args (Builtin.NoRetain: len,
// isinstance...); ok is false when it does not apply, and then nothing
// was done. Class.AddMethods marks the methods of the classes
// directCallClass accepts NoRetain, so one flag says both.
func (f *Fiber) callBuiltinDirect(fn Value, args []Value) (r Value, err *Exception, ok bool) {
	b, isB := fn.(*Builtin)
	if !isB || !b.NoRetain || b.Self != nil {
		return nil, nil, false
	}
	if b.Of != nil {
		// a method: what Fiber.Call does with its receiver (dunderSelf)
		// is nothing here, as the receiver is not an *Instance
		if len(args) == 0 {
			return nil, nil, false
		}
		if _, inst := args[0].(*Instance); inst {
			return nil, nil, false
		}
	}
	// enterGo and leaveGo, for a fiber that is never nil here
	if f.goDepth >= maxGoDepth {
		return nil, recursionError(""), true
	}
	f.goDepth++
	r, err = b.Fn(f, args[:len(args):len(args)], nil)
	f.goDepth--
	return r, err, true
}

// loadBuiltinMethod is LOAD_METHOD's path for a receiver of a core
// built-in type (`line.split`, `counts.get`): the method is remembered in
// the site's attribute cache (attrcache.go), so the class dict is not
// searched on every call. The classes of these types are immutable once
// the VM is set up, so the cache entry stays right for as long as its
// class matches. ok is false when the receiver is of another type or the
// name is not a Go method of its class (a data attribute, or missing):
// the caller then takes the generic path, which finds the same method
// the same way (loadMethod, unboundBuiltinMethod).
func (f *Fiber) loadBuiltinMethod(code *Code, i int, obj Value) (meth *Builtin, ok bool) {
	var cls *Class
	switch obj.(type) {
	case Str:
		cls = StrClass
	case *List:
		cls = ListClass
	case *Dict:
		cls = DictClass
	case Tuple:
		cls = TupleClass
	case Int:
		cls = IntClass
	case Float:
		cls = FloatClass
	case *Set:
		cls = SetClass
	default:
		return nil, false
	}
	b, isB := f.VM.classAttrCached(code, i, cls).(*Builtin)
	if !isB || b.Of == nil || b.Self != nil {
		return nil, false
	}
	// loadMethodAt's hit from now on (attrCacheEntry.builtinCls);
	// classAttrCached made the site's entries
	ce := &code.attrCache[i]
	ce.builtinCls, ce.builtinMeth = cls, b
	return b, true
}

// constructFast is CALL's construct: calling a built-in type with
// positional arguments (`range(n)`, `str(x)`, `list(it)`) calls the type's
// Go constructor at once. That is what construct → constructClass →
// constructDefault end up doing for such a class — a built-in class has no
// interpreted __new__ or __init__ and no metaclass, and its own New is the
// first one on its MRO — without the searches on the way. Any other class
// (type itself, whose one-argument call is special; classes whose New is
// inherited; keyword arguments) takes the general path.
func (f *Fiber) constructFast(cls *Class, args []Value, kwnames Tuple) (Value, *Function, *Exception) {
	if len(kwnames) == 0 && cls.BuiltinType && cls.New != nil && cls.Meta == nil && cls != TypeClass {
		inst, err := cls.New(f, cls, args, nil)
		return inst, nil, err
	}
	return f.construct(cls, args, kwnames)
}

// clearWindow sets the few stack slots of a finished call to nil. An
// element loop, on purpose not clear() nor the range form Go turns into
// memclrHasPointers: for the one to three slots of a call that costs
// five times the loop.
func clearWindow(s []Value) {
	for i := 0; i < len(s); i++ {
		s[i] = nil
	}
}
