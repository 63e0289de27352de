package interp

// This file defines the inline caches of LOAD_ATTR, STORE_ATTR and
// LOAD_METHOD on instances of user classes. A cache entry remembers, per
// code object and name, what the class lookup found for one class, valid
// until any class dict of the VM changes (VM.classEpoch), and the slot where the name
// last sat in an instance dict (instances built by the same __init__ put
// their attributes in the same order, as hidden classes would).

// attrCacheEntry is one name's cache in one code object.
type attrCacheEntry struct {
	cls      *Class
	epoch    uint64
	attr     Value // class attribute, nil when not found on the class
	plain    bool  // no property, no user __setattr__/__getattr__ special cases
	slot     int32 // last index of the name in an instance dict, or -1
	hasGetAt bool  // class defines __getattr__
}

// classChanged records that an attribute of a class was set or deleted
// after its creation, invalidating every attribute cache of the VM. The
// epoch is the VM's: a class is changed only by code of the VM that made
// it (builtin types are immutable), so other VMs' caches stay valid.
func (vm *VM) classChanged() { vm.classEpoch++ }

// attrCache returns the cache entry for Names[i] of code, refreshed for cls.
func (vm *VM) attrCache(code *Code, i int, cls *Class) *attrCacheEntry {
	if code.attrCache == nil {
		code.attrCache = make([]attrCacheEntry, len(code.Names))
		for j := range code.attrCache {
			code.attrCache[j].slot = -1
		}
	}
	ce := &code.attrCache[i]
	if ce.cls == cls && ce.epoch == vm.classEpoch {
		return ce
	}
	name := code.Names[i]
	attr, _ := cls.Lookup(name)
	plain := (attr == nil || !isDataDescriptor(attr)) && name != "__class__" && name != "__dict__" &&
		!cls.customAttrs(vm.classEpoch)
	_, hasGetAt := cls.Lookup("__getattr__")
	*ce = attrCacheEntry{cls: cls, epoch: vm.classEpoch, attr: attr, plain: plain, slot: ce.slot, hasGetAt: hasGetAt}
	return ce
}

// instanceSlot finds name in an instance dict, trying the cached slot first.
func instanceSlot(d *Dict, ce *attrCacheEntry, name string) (int32, bool) {
	if s := ce.slot; s >= 0 && int(s) < len(d.entries) {
		if k, ok := d.entries[s].key.(Str); ok && string(k) == name {
			return s, true
		}
	}
	i, ok := d.strFind(name)
	if ok {
		ce.slot = i
	}
	return i, ok
}

// loadAttrCached is LOAD_ATTR on an instance; ok=false means take the
// generic path.
func (f *Fiber) loadAttrCached(code *Code, i int, x *Instance) (Value, bool, *Exception) {
	ce := f.VM.attrCache(code, i, x.Class)
	if !ce.plain {
		return nil, false, nil
	}
	if s, ok := instanceSlot(x.Dict, ce, code.Names[i]); ok {
		return x.Dict.entries[s].value, true, nil
	}
	if ce.attr != nil {
		v, err := bindClassAttr(f, ce.attr, x)
		if err != nil && ce.hasGetAt && err.Matches(AttributeError) {
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
	ce := f.VM.attrCache(code, i, x.Class)
	if !ce.plain {
		return false
	}
	d := x.Dict
	if s, ok := instanceSlot(d, ce, code.Names[i]); ok {
		d.entries[s].value = v
		return true
	}
	ce.slot = int32(len(d.entries))
	d.SetStr(code.Names[i], v)
	return true
}

// loadMethodCached is LOAD_METHOD on an instance: a plain function on the
// class not shadowed by the instance dict is returned unbound with self.
func (f *Fiber) loadMethodCached(code *Code, i int, x *Instance) (meth, self Value, ok bool) {
	ce := f.VM.attrCache(code, i, x.Class)
	fn, isFn := ce.attr.(*Function)
	if !isFn || !ce.plain {
		return nil, nil, false
	}
	if _, shadow := x.Dict.strFind(code.Names[i]); shadow {
		return nil, nil, false
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
