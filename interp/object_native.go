package interp

// This file holds instances of user subclasses of built-in types (class
// L(list), class S(str), class I(int), ...). Such an instance is an
// *Instance whose native field carries the built-in value (a *List for
// L, a Str for S); attributes live in its Dict as for any object. An
// operation the class does not override (len, +, in, iteration, repr,
// ==, hash, v[k]) goes to Native, as CPython's subclass inherits the
// base type's slots; methods of the base type (append, upper, super().
// __init__) receive Native as self. CPython keeps the value inside the
// object itself; the effect programs can see is the same.

import "strings"

// nativeOf returns the built-in value v carries when v is an instance of a
// user subclass of a built-in type, else nil.
func nativeOf(v Value) Value {
	if inst, ok := v.(*Instance); ok {
		return inst.Native()
	}
	return nil
}

// payloadClass reports whether instances of subclasses of c carry a
// built-in value of c (the types a program can subclass and whose values
// are plain Go values of this package).
func payloadClass(c *Class) bool {
	switch c {
	case IntClass, FloatClass, StrClass, TupleClass, ListClass, DictClass, SetClass, FrozenSetClass, BytesClass, ByteArrayClass:
		return true
	}
	return false
}

// newNativeInstance makes an instance of cls, a user subclass of the
// built-in type base, whose value is base's constructor applied to args
// (list, dict and set start empty: their __init__ fills them, as
// list.__new__ ignores its arguments in CPython).
func newNativeInstance(f *Fiber, cls, base *Class, args []Value, kw []KV) (Value, *Exception) {
	switch base {
	case ListClass, DictClass, SetClass:
		args, kw = nil, nil
	}
	v, err := base.New(f, base, args, kw)
	if err != nil {
		return nil, err
	}
	inst := NewInstance(cls)
	inst.SetNative(v)
	return inst, nil
}

// nativeRepr is the repr of an instance of cls, a user subclass of a
// built-in type, whose value is n: the built-in repr, except that set,
// frozenset and bytearray name the instance's type (CPython's set_repr
// and bytearray_repr use Py_TYPE(self)->tp_name).
func nativeRepr(f *Fiber, cls *Class, n Value) (string, *Exception) {
	s, err := repr(f, n)
	if err != nil {
		return "", err
	}
	switch x := n.(type) {
	case *ByteArray:
		return cls.Name + strings.TrimPrefix(s, "bytearray"), nil
	case *FrozenSet:
		return cls.Name + strings.TrimPrefix(s, "frozenset"), nil
	case *Set:
		if x.Len() == 0 {
			return cls.Name + "()", nil
		}
		return cls.Name + "(" + s + ")", nil
	}
	return s, nil
}

// instantiate is owner.__new__(cls, *args): owner is the class in cls's
// MRO whose constructor makes the instance.
func instantiate(f *Fiber, cls, owner *Class, args []Value, kw []KV) (Value, *Exception) {
	if cls != owner && payloadClass(owner) && !cls.BuiltinType {
		return newNativeInstance(f, cls, owner, args, kw)
	}
	return owner.New(f, cls, args, kw)
}

// NewObject is object.__new__(cls, *args) for the nearest built-in
// constructor in cls's MRO (int.__new__(cls, 3) when cls subclasses int):
// an instance of cls made without running a __new__ or __init__ written in
// Python (stdlib/pylibhelp's object_new).
func NewObject(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	owner := cls.constructorOwner()
	if owner == nil {
		return NewInstance(cls), nil
	}
	return instantiate(f, cls, owner, args, kw)
}

// builtinNew is the __new__ of a built-in class, a static method: called
// as int.__new__(cls, ...), object.__new__(cls) or super().__new__(cls,
// ...) (CPython's tp_new wrapper, with its checks on cls).
func builtinNew(owner *Class) *StaticMethod {
	name := owner.Name + ".__new__"
	fn := func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "%s(): not enough arguments", name)
		}
		cls, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "%s(X): X is not a type object (%s)", name, TypeName(args[0]))
		}
		if !cls.IsSubclass(owner) {
			return nil, Errorf(TypeError, "%s(%s): %s is not a subtype of %s", name, cls.Name, cls.Name, owner.Name)
		}
		args = args[1:]
		// tp_new_wrapper's safety check: the nearest built-in base of
		// cls must be made by owner's constructor
		static := cls
		for _, k := range cls.MRO {
			if k.BuiltinType {
				static = k
				break
			}
		}
		if so := static.constructorOwner(); so != nil && so != owner && static.IsSubclass(owner) {
			return nil, Errorf(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, cls.Name, static.Name)
		}
		if owner == ObjectClass && (len(args) > 0 || len(kw) > 0) {
			// object_new: excess arguments are an error when __new__ is
			// overridden or __init__ is not
			if _, userNew := userMethod(cls, "__new__"); userNew {
				return nil, Errorf(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
		}
		return instantiate(f, cls, owner, args, kw)
	}
	return &StaticMethod{Func: &Builtin{Name: "__new__", Fn: fn}}
}

// unwrapReceiver adapts a method written in Go for owner's values so that
// it accepts an instance of a user subclass (the method gets Native) and
// refuses other receivers with CPython's descriptor error.
func unwrapReceiver(b *Builtin, owner *Class) *Builtin {
	return &Builtin{Name: b.Name, Of: b.Of, Fn: func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", owner.Name, b.Name)
		}
		if n := nativeOf(args[0]); n != nil && IsInstance(n, owner) {
			a := make([]Value, len(args))
			copy(a, args)
			a[0] = n
			args = a
		} else if !IsInstance(args[0], owner) {
			if strings.HasPrefix(b.Name, "__") && strings.HasSuffix(b.Name, "__") {
				// a slot wrapper's message
				return nil, Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", b.Name, owner.Name, TypeName(args[0]))
			}
			return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.Name, owner.Name, TypeName(args[0]))
		}
		return b.Fn(f, args, kw)
	}}
}

// nativeMethod finds name among the methods of the built-in type owner
// that a subclass reaches through super() or owner.name: the Go methods
// of its dict, and the special methods CPython's type has as slots
// (__repr__, __len__, __getitem__, __init__, ...), made from the generic
// operations here.
func nativeMethod(owner *Class, name string) (Value, bool) {
	if v, ok := owner.Dict[name]; ok {
		if b, isB := v.(*Builtin); isB && b.Of != nil && b.Self == nil && payloadClass(owner) {
			return unwrapReceiver(b, owner), true
		}
		return v, true
	}
	if name == "__new__" && owner.New != nil {
		return builtinNew(owner), true
	}
	if !payloadClass(owner) {
		return nil, false
	}
	fn := nativeSlot(owner, name)
	if fn == nil {
		return nil, false
	}
	return unwrapReceiver(&Builtin{Name: name, Fn: fn, Of: owner}, owner), true
}

// nativeSlot returns the special method name of a payload type as a Go
// function of (self, args...), or nil.
func nativeSlot(owner *Class, name string) NativeFunc {
	arity := func(n int, fn func(f *Fiber, a []Value) (Value, *Exception)) NativeFunc {
		return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(kw) > 0 {
				return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
			}
			if len(args) != n+1 {
				return nil, Errorf(TypeError, "expected %d argument%s, got %d", n, plural(n), len(args)-1)
			}
			return fn(f, args)
		}
	}
	switch name {
	case "__init__":
		return func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return nativeInit(f, owner, args, kw)
		}
	case "__repr__":
		return arity(0, func(f *Fiber, a []Value) (Value, *Exception) { s, err := repr(f, a[0]); return Str(s), err })
	case "__str__":
		return arity(0, func(f *Fiber, a []Value) (Value, *Exception) { s, err := toStr(f, a[0]); return Str(s), err })
	case "__len__":
		return arity(0, func(f *Fiber, a []Value) (Value, *Exception) { n, err := length(f, a[0]); return Int(n), err })
	case "__hash__":
		return arity(0, func(f *Fiber, a []Value) (Value, *Exception) { h, err := hash(f, a[0]); return Int(h), err })
	case "__iter__":
		return arity(0, func(f *Fiber, a []Value) (Value, *Exception) { return IterValue(f, a[0]) })
	case "__contains__":
		return arity(1, func(f *Fiber, a []Value) (Value, *Exception) {
			ok, err := contains(f, a[0], a[1])
			return Bool(ok), err
		})
	case "__getitem__":
		return arity(1, func(f *Fiber, a []Value) (Value, *Exception) { return getItem(f, a[0], a[1]) })
	case "__setitem__":
		if owner != ListClass && owner != DictClass {
			return nil
		}
		return arity(2, func(f *Fiber, a []Value) (Value, *Exception) { return None, setItem(f, a[0], a[1], a[2]) })
	case "__delitem__":
		if owner != ListClass && owner != DictClass {
			return nil
		}
		return arity(1, func(f *Fiber, a []Value) (Value, *Exception) { return None, delItem(f, a[0], a[1]) })
	case "__bool__":
		if owner != IntClass && owner != FloatClass {
			return nil
		}
		return arity(0, func(f *Fiber, a []Value) (Value, *Exception) { t, err := truth(f, a[0]); return Bool(t), err })
	case "__format__":
		return arity(1, func(f *Fiber, a []Value) (Value, *Exception) {
			spec, ok := a[1].(Str)
			if !ok {
				return nil, Errorf(TypeError, "argument to __format__ must be str, not %s", TypeName(a[1]))
			}
			s, err := format(f, a[0], string(spec))
			return Str(s), err
		})
	}
	for op, d := range cmpDunders {
		if d == name {
			op := CmpOp(op)
			return arity(1, func(f *Fiber, a []Value) (Value, *Exception) { return nativeCompare(f, op, a[0], a[1]) })
		}
	}
	for op, d := range binDunders {
		if d == name {
			op := BinOp(op)
			return arity(1, func(f *Fiber, a []Value) (Value, *Exception) { return nativeBinary(f, op, a[0], a[1]) })
		}
	}
	for op, d := range binRDunders {
		if d == name {
			op := BinOp(op)
			return arity(1, func(f *Fiber, a []Value) (Value, *Exception) { return nativeBinary(f, op, a[1], a[0]) })
		}
	}
	for op, d := range binIDunders {
		if d == name && (owner == ListClass || owner == DictClass || owner == SetClass) {
			op := BinOp(op)
			return arity(1, func(f *Fiber, a []Value) (Value, *Exception) { return nativeInplace(f, op, a[0], a[1]) })
		}
	}
	return nil
}

// nativeInit is list.__init__, dict.__init__ and set.__init__ (refill the
// value from the arguments), and for the immutable types object.__init__.
func nativeInit(f *Fiber, owner *Class, args []Value, kw []KV) (Value, *Exception) {
	self := args[0]
	switch owner {
	case ListClass, DictClass, SetClass:
		fresh, err := owner.New(f, owner, args[1:], kw)
		if err != nil {
			return nil, err
		}
		switch x := self.(type) {
		case *List:
			x.Items = fresh.(*List).Items
		case *Dict:
			// fresh is referenced nowhere else: take over its table
			*x = *fresh.(*Dict)
		case *Set:
			*x = *fresh.(*Set)
		}
	}
	return None, nil
}

// nativeGetItem is v[k] for an instance of a subclass of a built-in type
// that does not define __getitem__: dict subclasses call __missing__ for
// an absent key, as dict.__getitem__ does.
func nativeGetItem(f *Fiber, v *Instance, k Value) (Value, *Exception) {
	if d, ok := v.Native().(*Dict); ok {
		r, found, err := d.Get(f, k)
		if err != nil {
			return nil, err
		}
		if found {
			return r, nil
		}
		if _, ok := v.Class.Lookup("__missing__"); ok {
			r, _, err := CallDunder(f, v, "__missing__", k)
			return r, err
		}
	}
	return getItem(f, v.Native(), k)
}

// dunderSelf is the receiver a special method m found on v's class gets:
// v's built-in value when m is a Go method of the built-in base.
func dunderSelf(m, v Value) Value {
	if inst, ok := v.(*Instance); ok {
		if n := inst.Native(); n != nil {
			if b, ok := m.(*Builtin); ok && b.Of != nil && b.Of.BuiltinType && b.Of != ObjectClass && IsInstance(n, b.Of) {
				return n
			}
		}
	}
	return v
}

// NativeValue returns the built-in value an instance of a subclass of a
// built-in type carries (for code written in Go that serialises values
// by their built-in type, as json does), else v itself.
func NativeValue(v Value) Value { return nativeOrSelf(v) }

// acceptStrSubclassArgs lets the Go methods of str take instances of str
// subclasses as arguments ("ab".startswith(S("a"))), as CPython's accept
// any str: such an argument is passed as its string. format and
// format_map keep their arguments (a subclass's __format__ counts).
func acceptStrSubclassArgs() {
	for name, m := range StrClass.Dict {
		b, ok := m.(*Builtin)
		if !ok || name == "format" || name == "format_map" || name == "__format__" {
			continue
		}
		fn := b.Fn
		b.Fn = func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			for i := 1; i < len(args); i++ {
				if inst, ok := args[i].(*Instance); ok {
					if s, ok := inst.Native().(Str); ok {
						a := append([]Value(nil), args...)
						a[i] = s
						args = a
					}
				}
			}
			return fn(f, args, kw)
		}
	}
}
