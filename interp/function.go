package interp

// This file defines interpreted functions, closure cells and bound methods,
// the attributes of functions, bound methods and builtins (their HasAttrs
// methods), and funcDesc, the name call errors give a callable.

// Function is a function defined by `def`, `async def` or `lambda`.
type Function struct {
	Code       *Code
	Globals    *Dict
	Defaults   Tuple // defaults of the last len(Defaults) positional parameters
	KwDefaults *Dict // keyword-only defaults by name; may be nil
	Closure    []*Cell
	Name       string
	QualName   string
	Module     Value
	Doc        Value
	Dict       *Dict // function attributes (functools.wraps sets some); nil until used
	// Annotations is __annotations__: set by the def when it has any,
	// an empty dict made on first access otherwise.
	Annotations Value
}

// Cell holds a variable captured by an inner function. V is nil while the
// variable is unbound.
type Cell struct{ V Value }

// BoundMethod is a function bound to an instance (or a class, for
// classmethods).
type BoundMethod struct {
	Self Value
	Func Value
}

func (*Function) Type() *Class    { return FunctionClass }
func (*Cell) Type() *Class        { return CellClass }
func (*BoundMethod) Type() *Class { return MethodClass }

// Repr implements the repr hook for functions.
func (fn *Function) Repr(f *Fiber) (string, *Exception) {
	return "<function " + fn.QualName + " at " + AddressOf(fn) + ">", nil
}

// Repr implements the repr hook for bound methods.
func (m *BoundMethod) Repr(f *Fiber) (string, *Exception) {
	name := "?"
	switch fn := m.Func.(type) {
	case *Function:
		name = fn.QualName
	case *Builtin:
		name = fn.Name
	}
	self, err := Repr(f, m.Self)
	if err != nil {
		return "", err
	}
	return "<bound method " + name + " of " + self + ">", nil
}

// StaticMethod wraps a function so attribute access does not bind it.
type StaticMethod struct{ Func Value }

// ClassMethod wraps a function so attribute access binds it to the class.
type ClassMethod struct{ Func Value }

func (*StaticMethod) Type() *Class { return StaticMethodClass }
func (*ClassMethod) Type() *Class  { return ClassMethodClass }

// funcDesc names a callable in call errors as CPython's
// _PyObject_FunctionStr does: "__main__.f()", "__main__.A.m()", "print()".
func funcDesc(v Value) string {
	qualified := func(module Value, qualname string) string {
		if m, ok := module.(Str); ok && m != "builtins" {
			return string(m) + "." + qualname + "()"
		}
		return qualname + "()"
	}
	switch x := v.(type) {
	case *Function:
		return qualified(x.Module, x.QualName)
	case *Builtin:
		if x.Of != nil {
			return x.Of.Name + "." + x.Name + "()"
		}
		return x.Name + "()"
	case *BoundMethod:
		return funcDesc(x.Func)
	case *Class:
		return qualified(Str(x.Module), x.QualName)
	}
	return TypeName(v) + " object"
}

// Attr implements HasAttrs: a function's special attributes and the
// names set on it (its __dict__, made on first use); the methods of the
// function class are found through the class as for any object.
func (fn *Function) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	switch name {
	case "__name__":
		return Str(fn.Name), true, nil
	case "__qualname__":
		return Str(fn.QualName), true, nil
	case "__doc__":
		return fn.Doc, true, nil
	case "__module__":
		if fn.Module == nil {
			return None, true, nil
		}
		return fn.Module, true, nil
	case "__code__":
		return fn.Code, true, nil
	case "__defaults__":
		if fn.Defaults == nil {
			return None, true, nil
		}
		return fn.Defaults, true, nil
	case "__dict__":
		if fn.Dict == nil {
			fn.Dict = NewDict()
		}
		return fn.Dict, true, nil
	case "__annotations__":
		if fn.Annotations == nil {
			fn.Annotations = NewDict()
		}
		return fn.Annotations, true, nil
	case "__kwdefaults__":
		if fn.KwDefaults == nil {
			return None, true, nil
		}
		return fn.KwDefaults, true, nil
	case "__globals__":
		return fn.Globals, true, nil
	}
	if fn.Dict != nil {
		if r, ok := fn.Dict.GetStr(name); ok {
			return r, true, nil
		}
	}
	return nil, false, nil
}

// Attr implements HasAttrs: __self__ and __func__; every other name is
// the function's.
func (m *BoundMethod) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	switch name {
	case "__self__":
		return m.Self, true, nil
	case "__func__":
		return m.Func, true, nil
	}
	v, err := GetAttr(f, m.Func, name)
	return v, err == nil, err
}

// Attr implements HasAttrs: a builtin's name and __self__ (None for a
// function, the object for a bound method).
func (b *Builtin) Attr(f *Fiber, name string) (Value, bool, *Exception) {
	switch name {
	case "__name__", "__qualname__":
		return Str(b.Name), true, nil
	case "__self__":
		if b.Self == nil {
			return None, true, nil
		}
		return b.Self, true, nil
	case "__doc__":
		return None, true, nil
	}
	return nil, false, nil
}

// repr is repr(b): a function, or a method of the object it is bound to.
func (b *Builtin) repr() string {
	if b.Self == nil {
		return "<built-in function " + b.Name + ">"
	}
	if _, isMod := b.Self.(*Module); isMod {
		return "<built-in function " + b.Name + ">"
	}
	return "<built-in method " + b.Name + " of " + TypeName(b.Self) + " object at " + addrString(b.Self) + ">"
}
