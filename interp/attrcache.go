package interp

// This file defines the inline caches of LOAD_ATTR, STORE_ATTR and
// LOAD_METHOD on instances of user classes. A cache entry belongs to one
// name of one code object and holds a few ways, each for one (class,
// instance shape) pair seen there: what the class lookup found and where
// the name sits in the shape's values (instance.go). A hit compares two
// pointers. Ways stay valid until any class dict of the VM changes
// (VM.classEpoch); a shape never changes, so its indices never go stale.
// A site seeing instances of several classes (a method inherited by a
// subclass) keeps a way for each, as CPython's per-site specialisation
// and V8's polymorphic inline caches do; past attrCacheWays pairs, ways
// are replaced in turn.

// attrCacheWays is the number of (class, shape) pairs one entry keeps.
const attrCacheWays = 4

// attrCacheEntry is one name's cache in one code object.
type attrCacheEntry struct {
	epoch uint64 // the VM's class epoch the ways were filled in
	ways  [attrCacheWays]attrWay
	next  uint8 // the way the next miss replaces
}

// attrWay is what one name means for instances of one class and shape.
type attrWay struct {
	cls *Class // nil: an unused way
	// shape is the instances' shape; nil stands for instances keeping a
	// dict (instance.go), whose attributes are looked up in it.
	shape *Shape
	attr  Value // class attribute, nil when not found on the class
	// index is the name's position in shape's values, -1 when the shape
	// lacks it; next is shape plus the name, the transition STORE_ATTR
	// takes to add it (made on the first such store).
	index    int32
	next     *Shape
	plain    bool // no property, no user __setattr__/__getattr__ special cases
	hasGetAt bool // class defines __getattr__
	// method is attr when LOAD_METHOD may return it unbound: a function
	// on a plain class, absent from shape (nil for dict instances, whose
	// dict may shadow it at any time).
	method *Function
}

// classChanged records that an attribute of a class was set or deleted
// after its creation, invalidating every attribute cache of the VM. The
// epoch is the VM's: a class is changed only by code of the VM that made
// it (builtin types are immutable), so other VMs' caches stay valid.
func (vm *VM) classChanged() { vm.classEpoch++ }

// attrWay returns the cache way for Names[i] of code and x's class and
// shape, filling one on a miss.
func (vm *VM) attrWay(code *Code, i int, x *Instance) *attrWay {
	if w := cachedWay(code, i, x, vm.classEpoch); w != nil {
		return w
	}
	return vm.fillAttrWay(code, i, x.Class, x.shape)
}

// classAttrCached is what Names[i] of code finds on cls, for a receiver
// that is not an instance (a built-in value, whose class is immutable):
// the site keeps it in a way with no shape.
func (vm *VM) classAttrCached(code *Code, i int, cls *Class) Value {
	if c := code.attrCache; c != nil && c[i].epoch == vm.classEpoch {
		ways := &c[i].ways
		for k := range ways {
			if ways[k].cls == cls && ways[k].shape == nil {
				return ways[k].attr
			}
		}
	}
	return vm.fillAttrWay(code, i, cls, nil).attr
}

// cachedWay is attrWay's hit: the way for x's class and shape when the
// entry is of the current epoch, else nil. Small enough for Go to inline
// into exec, whose LOAD_ATTR, STORE_ATTR and LOAD_METHOD cases try it
// before calling the functions below.
func cachedWay(code *Code, i int, x *Instance, epoch uint64) *attrWay {
	if c := code.attrCache; c != nil && c[i].epoch == epoch {
		ways := &c[i].ways
		for k := range ways {
			if ways[k].cls == x.Class && ways[k].shape == x.shape {
				return &ways[k]
			}
		}
	}
	return nil
}

// fillAttrWay is attrWay's miss: it looks name up for cls and shape (nil
// for dict instances and built-in values) in a way it takes over (the
// oldest), after emptying the entry if the class epoch moved.
func (vm *VM) fillAttrWay(code *Code, i int, cls *Class, shape *Shape) *attrWay {
	if code.attrCache == nil {
		code.attrCache = make([]attrCacheEntry, len(code.Names))
	}
	ce := &code.attrCache[i]
	if ce.epoch != vm.classEpoch {
		*ce = attrCacheEntry{epoch: vm.classEpoch}
	}
	w := &ce.ways[ce.next%attrCacheWays]
	ce.next++
	name := code.Names[i]
	attr, _ := cls.Lookup(name)
	plain := (attr == nil || !isDataDescriptor(attr)) && name != "__class__" && name != "__dict__" &&
		!cls.customAttrs(vm.classEpoch)
	_, hasGetAt := cls.Lookup("__getattr__")
	*w = attrWay{cls: cls, shape: shape, attr: attr, index: -1, plain: plain, hasGetAt: hasGetAt}
	if shape != nil {
		w.index = int32(shape.index(name))
		if fn, isFn := attr.(*Function); isFn && plain && w.index < 0 {
			w.method = fn
		}
	}
	return w
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
// __getattribute__, or __slots__. Cached on the class for the epoch (a
// user class belongs to one VM).
func (c *Class) customAttrs(epoch uint64) bool {
	if c.customEpoch == epoch+1 {
		return c.custom
	}
	custom := false
	for _, special := range [...]string{"__setattr__", "__getattribute__", "__slots__"} {
		if _, user := userMethod(c, special); user {
			custom = true
		}
	}
	if !c.BuiltinType {
		c.customEpoch, c.custom = epoch+1, custom
	}
	return custom
}
