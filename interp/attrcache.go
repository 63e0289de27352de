package interp

import "strings"

// This file defines the inline caches of LOAD_ATTR, STORE_ATTR and
// LOAD_METHOD on instances of user classes. A cache entry belongs to one
// name of one code object and holds a few ways, each for one (class,
// instance shape) pair seen there: what the class lookup found and where
// the name sits in the shape's values (instance.go). A way stays valid
// while its class's version is the one it was filled at: the version
// moves when the class or one of its bases has an attribute set or
// deleted (classChanged), as CPython's tp_version_tag does. The hits on an
// instance's own attribute (LOAD_ATTR of one, STORE_ATTR to or adding one)
// depend only on the name not being a data descriptor (nor an object of
// a user class, which may become one: mutableType) and the class having
// no special attribute hooks, so they compare the class's layout
// version instead, which a plain class attribute set to a plain value
// leaves alone: a program writing Particle.count on every construction
// keeps its instance-attribute ways (its method ways are refilled). A
// shape never changes, so its indices never go stale. A site seeing instances of several classes (a method
// inherited by a subclass) keeps a way for each, as CPython's per-site
// specialisation and V8's polymorphic inline caches do; past
// attrCacheWays pairs, ways are replaced in turn.
//
// exec spells out the hits (LOAD_ATTR of an instance attribute,
// STORE_ATTR to one, LOAD_METHOD of a plain method) and matches a way on
// its shape alone: a shape belongs to one class's tree (instance.go), and
// an instance whose class is reassigned leaves its shape (setClass). The
// functions here are the rest: the other kinds of hit and the misses.

// attrCacheWays is the number of (class, shape) pairs one entry keeps.
const attrCacheWays = 4

// attrCacheEntry is one name's cache in one code object.
type attrCacheEntry struct {
	ways [attrCacheWays]attrWay
	next uint8 // the way the next miss replaces
	// builtinCls and builtinMeth are LOAD_METHOD's hit for a receiver of
	// a core built-in type (`line.split`, `counts.get`), which
	// loadMethodAt checks as receiver.Type() == builtinCls first:
	// builtinMeth is the unbound Go method builtinCls has under the name
	// (loadBuiltinMethod fills them). The pair never goes stale, as
	// built-in classes are immutable, and a subclass never matches: its
	// instances are *Instance values, whose Type() is the subclass.
	builtinCls  *Class
	builtinMeth *Builtin
}

// attrWay is what one name means for instances of one class and shape.
// An unused way has cls and shape nil and index -1 (newAttrCache), so
// that no fast path takes it.
type attrWay struct {
	// shape is the instances' shape; nil stands for instances keeping a
	// dict (instance.go), whose attributes are looked up in it, and for
	// built-in receivers (classAttrCached).
	shape *Shape
	// version and layout are cls's when the way was filled.
	version, layout uint64
	// index is the name's position in shape's values when the class
	// lets the instance's own attribute through (plain), else -1.
	index    int32
	plain    bool // no property, no user __setattr__/__getattr__ special cases
	hasGetAt bool // class defines __getattr__
	// method is attr when LOAD_METHOD may return it unbound: a function
	// on a plain class, absent from shape (nil for dict instances, whose
	// dict may shadow it at any time).
	method *Function
	cls    *Class // nil: an unused way
	attr   Value  // class attribute, nil when not found on the class
	// next is shape plus the name, the transition STORE_ATTR takes to add
	// it (made on the first such store).
	next *Shape
}

// newAttrCache makes the cache entries of a code object, every way unused.
func newAttrCache(n int) []attrCacheEntry {
	c := make([]attrCacheEntry, n)
	for i := range c {
		for k := range c[i].ways {
			c[i].ways[k].index = -1
		}
	}
	return c
}

// classChanged records that an attribute of c was set or deleted after
// its creation: c and every class below it get a new version, which no
// cache way holds, and a new layout too unless layout is false (see
// layoutKept). Versions come from the VM's counter: a class is changed
// only by code of the VM that made it (builtin types are immutable). The
// walk skips a class already renumbered, so a lattice of diamonds costs
// one visit per class.
func (vm *VM) classChanged(c *Class, layout bool) {
	vm.classEpoch++
	v := vm.classEpoch
	stack := []*Class{c}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k.version == v {
			continue
		}
		k.version = v
		if layout {
			k.layout = v
		}
		stack = append(stack, k.subclasses...)
	}
}

// layoutKept reports whether setting c.name to x leaves c's layout (and
// its subclasses'): name is no special name, and c's own dict already
// holds it with a value that, like x, is no data descriptor. Then no
// lookup through c changes between data descriptor and not (a subclass
// shadowing name keeps its own; any other sees x where it saw the old
// value), and no special method moves. Adding a name may shadow a
// base's descriptor, so it changes the layout, as deleting one does.
func layoutKept(c *Class, name string, x Value) bool {
	old, ok := c.Dict[name]
	return ok && !strings.HasPrefix(name, "__") && !isDataDescriptor(old) && !isDataDescriptor(x)
}

// attrWay returns the cache way for Names[i] of code and x's class and
// shape, filling one on a miss.
func (vm *VM) attrWay(code *Code, i int, x *Instance) *attrWay {
	if c := code.attrCache; c != nil {
		ways := &c[i].ways
		for k := range ways {
			if w := &ways[k]; w.shape == x.shape && w.cls == x.Class && w.version == x.Class.version {
				return w
			}
		}
	}
	return vm.fillAttrWay(code, i, x.Class, x.shape)
}

// classAttrCached is what Names[i] of code finds on cls, for a receiver
// that is not an instance (a built-in value, whose class is immutable):
// the site keeps it in a way with no shape.
func (vm *VM) classAttrCached(code *Code, i int, cls *Class) Value {
	if c := code.attrCache; c != nil {
		ways := &c[i].ways
		for k := range ways {
			if w := &ways[k]; w.cls == cls && w.shape == nil && w.version == cls.version {
				return w.attr
			}
		}
	}
	return vm.fillAttrWay(code, i, cls, nil).attr
}

// fillAttrWay is attrWay's miss: it looks name up for cls and shape (nil
// for dict instances and built-in values) in a way it takes over: the
// stale way of the same pair if there is one, else the oldest.
func (vm *VM) fillAttrWay(code *Code, i int, cls *Class, shape *Shape) *attrWay {
	if code.attrCache == nil {
		code.attrCache = newAttrCache(len(code.Names))
	}
	ce := &code.attrCache[i]
	var w *attrWay
	for k := range ce.ways {
		if ce.ways[k].cls == cls && ce.ways[k].shape == shape {
			w = &ce.ways[k]
		}
	}
	if w == nil {
		w = &ce.ways[ce.next%attrCacheWays]
		ce.next++
	}
	name := code.Names[i]
	attr, _ := cls.Lookup(name)
	plain := (attr == nil || !isDataDescriptor(attr) && !mutableType(attr)) && name != "__class__" && name != "__dict__" &&
		!cls.customAttrs()
	_, hasGetAt := cls.Lookup("__getattr__")
	*w = attrWay{cls: cls, shape: shape, version: cls.version, layout: cls.layout, attr: attr, index: -1, plain: plain, hasGetAt: hasGetAt}
	if shape != nil && plain {
		w.index = int32(shape.index(name))
		if fn, isFn := attr.(*Function); isFn && w.index < 0 {
			w.method = fn
		}
	}
	return w
}

// mutableType reports whether attr's class is a user class: whether attr
// is a data descriptor may then change without cls's version moving
// (`D.__set__ = f` renumbers D, not the classes holding a D), so a way
// for such a name is not plain and every access takes the generic path.
// CPython 3.11's specializer gives such names up too
// (SPEC_FAIL_ATTR_NON_OVERRIDING_DESCRIPTOR, SPEC_FAIL_ATTR_NOT_DESCRIPTOR).
func mutableType(attr Value) bool {
	switch attr.(type) {
	case *Function, *Builtin, Str, Int, Float, Bool, NoneType, *StaticMethod, *ClassMethod, *Property:
		return false
	}
	return !attr.Type().BuiltinType
}

// loadAttrCached is LOAD_ATTR on an instance; ok=false means take the
// generic path.
func (f *Fiber) loadAttrCached(code *Code, i int, x *Instance) (Value, bool, *Exception) {
	w := f.VM.attrWay(code, i, x)
	if !w.plain {
		return nil, false, nil
	}
	if w.index >= 0 {
		return x.vals[w.index], true, nil
	}
	if x.shape == nil {
		if v, ok := x.AttrDict().GetStr(code.Names[i]); ok {
			return v, true, nil
		}
	}
	if w.attr != nil {
		v, err := bindClassAttr(f, w.attr, x)
		if err != nil && w.hasGetAt && err.Matches(AttributeError) {
			// a __get__ that raised AttributeError falls back to
			// __getattr__ (slot_tp_getattr_hook), as instanceGetAttr does
			if gat, ok := x.Class.Lookup("__getattr__"); ok {
				v, err = f.Call(gat, []Value{x, Str(code.Names[i])}, nil)
			}
		}
		return v, true, err
	}
	return nil, false, nil
}

// storeAttrCached is STORE_ATTR on an instance; ok=false means take the
// generic path.
func (f *Fiber) storeAttrCached(code *Code, i int, x *Instance, v Value) bool {
	w := f.VM.attrWay(code, i, x)
	if !w.plain {
		return false
	}
	if w.index >= 0 {
		x.vals[w.index] = v
		return true
	}
	if x.shape == nil {
		x.AttrDict().SetStr(code.Names[i], v)
		return true
	}
	if w.next == nil {
		if w.next = x.shape.child(code.Names[i]); w.next == nil {
			return false // the shape may not grow: the generic path makes a dict
		}
	}
	x.grow(w.next, v)
	return true
}

// loadMethodCached is LOAD_METHOD on an instance: a plain function on the
// class not shadowed by an instance attribute is returned unbound with
// self.
func (f *Fiber) loadMethodCached(code *Code, i int, x *Instance) (meth, self Value, ok bool) {
	w := f.VM.attrWay(code, i, x)
	fn, isFn := w.attr.(*Function)
	if !isFn || !w.plain || w.index >= 0 {
		return nil, nil, false
	}
	if x.shape == nil {
		if _, shadow := x.AttrDict().strFind(code.Names[i]); shadow {
			return nil, nil, false
		}
	}
	return fn, x, true
}

// customAttrs reports whether instances of c take attributes otherwise
// than through the instance dict: a user __setattr__ or
// __getattribute__, or __slots__. Cached on the class for its layout (a
// user class belongs to one VM).
func (c *Class) customAttrs() bool {
	if c.customVersion == c.layout+1 {
		return c.custom
	}
	custom := false
	for _, special := range [...]string{"__setattr__", "__getattribute__", "__slots__"} {
		if _, user := userMethod(c, special); user {
			custom = true
		}
	}
	if !c.BuiltinType {
		c.customVersion, c.custom = c.layout+1, custom
	}
	return custom
}

// loadAttr is LOAD_ATTR of Names[i] on v past exec's hit: the other cache
// hits on an instance, else the generic path.
func (f *Fiber) loadAttr(code *Code, i int, v Value) (Value, *Exception) {
	if x, ok := v.(*Instance); ok {
		if r, ok, err := f.loadAttrCached(code, i, x); ok {
			return r, err
		}
	}
	return GetAttr(f, v, code.Names[i])
}

// storeAttr is STORE_ATTR of Names[i] on v past exec's hit. Its own
// hit, first, is the store adding the name (an __init__ filling a new
// instance): a way of the instance's shape whose transition is made (next
// is set only on plain ways of instances with a shape).
func (f *Fiber) storeAttr(code *Code, i int, v, x Value) *Exception {
	if o, ok := v.(*Instance); ok {
		if c := code.attrCache; c != nil {
			ways := &c[i].ways
			for k := range ways {
				if w := &ways[k]; w.shape == o.shape && w.next != nil && w.layout == o.Class.layout {
					o.grow(w.next, x)
					return nil
				}
			}
		}
		if f.storeAttrCached(code, i, o, x) {
			return nil
		}
	}
	return SetAttr(f, v, code.Names[i], x)
}

// loadMethodAt is LOAD_METHOD of Names[i] on obj past exec's hit: self is
// nil when meth is to be called without it.
func (f *Fiber) loadMethodAt(code *Code, i int, obj Value) (meth, self Value, err *Exception) {
	if c := code.attrCache; c != nil {
		// a str, list, dict... receiver's hit (attrCacheEntry.builtinCls),
		// checked first: it is the commonest that gets here, and an
		// *Instance never matches (its class is a user class)
		if ce := &c[i]; ce.builtinCls != nil && ce.builtinCls == obj.Type() {
			return ce.builtinMeth, obj, nil
		}
	}
	if x, ok := obj.(*Instance); ok {
		if meth, self, ok := f.loadMethodCached(code, i, x); ok {
			return meth, self, nil
		}
	} else if meth, ok := f.loadBuiltinMethod(code, i, obj); ok {
		// str, list, dict... past the hit (call_builtin.go)
		return meth, obj, nil
	}
	return f.loadMethod(obj, code.Names[i])
}
