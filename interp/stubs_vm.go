package interp

// TEMPORARY stubs owned by the VM engineer; replaced by fiber.go, frame.go,
// run.go, function.go, coroutine.go.

// Call calls any callable from Go, running interpreted code on a nested
// dispatch loop (a Native entry: it cannot suspend across it).
func (f *Fiber) Call(fn Value, args []Value, kw []KV) (Value, *Exception) {
	if b, ok := fn.(*Builtin); ok {
		if b.Self != nil {
			args = append([]Value{b.Self}, args...)
		}
		return b.Fn(f, args, kw)
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", TypeName(fn))
}

// CallDunder looks up name on v's class and calls it with v prepended; ok
// is false when the class has no such method.
func CallDunder(f *Fiber, v Value, name string, args ...Value) (res Value, ok bool, err *Exception) {
	m, found := v.Type().Lookup(name)
	if !found {
		return nil, false, nil
	}
	res, err = f.Call(m, append([]Value{v}, args...), nil)
	return res, true, err
}

// NewBuiltinsDict builds the builtins namespace (owned by builtins.go).
func NewBuiltinsDict(vm *VM) *Dict { return NewDict() }

// GetAttr is getattr(v, name) (attr.go).
func GetAttr(f *Fiber, v Value, name string) (Value, *Exception) {
	if m, ok := v.(*Module); ok {
		if x, ok := m.Globals.GetStr(name); ok {
			return x, nil
		}
	}
	if x, ok := v.Type().Lookup(name); ok {
		if b, ok := x.(*Builtin); ok {
			return b.Bind(v), nil
		}
		return x, nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(v), name)
}

// SetAttr is setattr(v, name, x) (attr.go).
func SetAttr(f *Fiber, v Value, name string, x Value) *Exception {
	if i, ok := v.(*Instance); ok {
		i.Dict.SetStr(name, x)
		return nil
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(v), name)
}

// DelAttr is delattr(v, name) (attr.go).
func DelAttr(f *Fiber, v Value, name string) *Exception { return nil }

// Callable reports whether v can be called (call.go).
func Callable(v Value) bool { _, ok := v.(*Builtin); return ok }
