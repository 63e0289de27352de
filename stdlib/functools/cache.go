package functools

// This file defines lru_cache/cache, cmp_to_key and total_ordering.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// CacheInfo is the functools._CacheInfo record class.
var CacheInfo = native.NewRecord("CacheInfo", "functools", []string{"hits", "misses", "maxsize", "currsize"}, "").Shared()

// LRU is the callable returned by lru_cache.
type LRU struct {
	Fn           interp.Value
	maxsize      int // -1: unbounded
	typed        bool
	memo         *interp.Dict
	hits, misses int
	attrs        *interp.Dict
}

// LRUClass is functools._lru_cache_wrapper.
var LRUClass = native.NewType("_lru_cache_wrapper", "functools", nil, nil)

func (*LRU) Type() *interp.Class { return LRUClass }

var kwMark = interp.Str("\x00kwd_mark")

func (c *LRU) key(args []interp.Value, kw []interp.KV) interp.Value {
	if len(kw) == 0 && len(args) == 1 {
		switch args[0].(type) {
		case interp.Int, interp.Str:
			if !c.typed {
				return args[0]
			}
		}
	}
	k := append(interp.Tuple{}, args...)
	if len(kw) > 0 {
		k = append(k, kwMark)
		for _, p := range kw {
			k = append(k, interp.Str(p.Name), p.Value)
		}
	}
	if c.typed {
		for _, a := range args {
			k = append(k, a.Type())
		}
	}
	return k
}

// Call looks up or computes the result.
func (c *LRU) Call(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if c.maxsize == 0 {
		c.misses++
		return f.Call(c.Fn, args, kw)
	}
	k := c.key(args, kw)
	v, ok, err := c.memo.Get(f, k)
	if err != nil {
		return nil, err
	}
	if ok {
		c.hits++
		if c.maxsize > 0 {
			c.memo.Delete(f, k)
			c.memo.Set(f, k, v)
		}
		return v, nil
	}
	c.misses++
	v, err = f.Call(c.Fn, args, kw)
	if err != nil {
		return nil, err
	}
	if _, ok, _ := c.memo.Get(f, k); ok {
		return v, nil
	}
	if c.maxsize > 0 && c.memo.Len() >= c.maxsize {
		if keys := c.memo.Keys(); len(keys) > 0 {
			c.memo.Delete(f, keys[0])
		}
	}
	if err := c.memo.Set(f, k, v); err != nil {
		return nil, err
	}
	return v, nil
}

// Attr serves cache_info, cache_clear, __wrapped__ and copied attributes.
func (c *LRU) Attr(f *interp.Fiber, name string) (interp.Value, bool, *interp.Exception) {
	switch name {
	case "cache_info":
		return interp.NewBuiltin("cache_info", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var ms interp.Value = interp.None
			if c.maxsize >= 0 {
				ms = interp.Int(c.maxsize)
			}
			return CacheInfo.Make(CacheInfo.Class, []interp.Value{interp.Int(c.hits), interp.Int(c.misses), ms, interp.Int(c.memo.Len())}), nil
		}), true, nil
	case "cache_clear":
		return interp.NewBuiltin("cache_clear", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			c.memo.Clear()
			c.hits, c.misses = 0, 0
			return interp.None, nil
		}), true, nil
	case "__wrapped__":
		return c.Fn, true, nil
	case "__dict__":
		return c.attrs, true, nil
	}
	if v, ok := c.attrs.GetStr(name); ok {
		return v, true, nil
	}
	return nil, false, nil
}

// SetAttr stores attributes (update_wrapper copies __name__ etc. here).
func (c *LRU) SetAttr(f *interp.Fiber, name string, v interp.Value) *interp.Exception {
	c.attrs.SetStr(name, v)
	return nil
}

func setupCache() {
	LRUClass.AddMethods(map[string]interp.NativeFunc{
		"__call__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return args[0].(*LRU).Call(f, args[1:], kw)
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Str("<functools._lru_cache_wrapper object at " + interp.AddressOf(args[0]) + ">"), nil
		},
	})
	native.SetGetattr(LRUClass, func(f *interp.Fiber, v interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		return v.(*LRU).Attr(f, name)
	})
}

func newLRU(f *interp.Fiber, fn interp.Value, maxsize int, typed bool) (interp.Value, *interp.Exception) {
	if !interp.Callable(fn) {
		return nil, interp.Errorf(interp.TypeError, "the first argument must be callable")
	}
	c := &LRU{Fn: fn, maxsize: maxsize, typed: typed, memo: interp.NewDict(), attrs: interp.NewDict()}
	if err := UpdateWrapper(f, c, fn); err != nil {
		return nil, err
	}
	return c, nil
}

func lruCache(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var ms, typed interp.Value
	if err := interp.UnpackArgsPy("lru_cache", args, kw, "maxsize?", &ms, "typed?", &typed); err != nil {
		return nil, err
	}
	isTyped := false
	if typed != nil {
		var err *interp.Exception
		if isTyped, err = interp.Truth(f, typed); err != nil {
			return nil, err
		}
	}
	maxsize := 128
	if ms != nil {
		switch {
		case ms == interp.None:
			maxsize = -1
		case native.IsInt(ms):
			n, err := native.Index(f, ms)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n = 0
			}
			maxsize = int(n)
		case interp.Callable(ms):
			return newLRU(f, ms, 128, isTyped)
		default:
			return nil, interp.Errorf(interp.TypeError, "Expected first argument to be an integer, a callable, or None")
		}
	}
	return interp.NewBuiltin("decorating_function", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs("decorating_function", args, kw, 1); err != nil {
			return nil, err
		}
		return newLRU(f, args[0], maxsize, isTyped)
	}), nil
}

func cache(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("cache", args, kw, 1); err != nil {
		return nil, err
	}
	return newLRU(f, args[0], -1, false)
}

// KeyWrapper is the object cmp_to_key's key function returns.
type KeyWrapper struct {
	cmp, obj interp.Value
}

// KeyWrapperClass is functools.KeyWrapper.
var KeyWrapperClass = native.NewType("KeyWrapper", "functools", nil, nil)

func (*KeyWrapper) Type() *interp.Class { return KeyWrapperClass }

func setupKeyWrapper() {
	cmp := func(test func(int64) bool) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			a := args[0].(*KeyWrapper)
			b, ok := args[1].(*KeyWrapper)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "other argument must be K instance")
			}
			r, err := f.Call(a.cmp, []interp.Value{a.obj, b.obj}, nil)
			if err != nil {
				return nil, err
			}
			var n int64
			switch x := r.(type) {
			case interp.Int:
				n = int64(x)
			case interp.Bool:
				if x {
					n = 1
				}
			default:
				lt, err := interp.Less(f, r, interp.Int(0))
				if err != nil {
					return nil, err
				}
				gt, err := interp.Less(f, interp.Int(0), r)
				if err != nil {
					return nil, err
				}
				if lt {
					n = -1
				} else if gt {
					n = 1
				}
			}
			return interp.Bool(test(n)), nil
		}
	}
	KeyWrapperClass.AddMethods(map[string]interp.NativeFunc{
		"__lt__": cmp(func(n int64) bool { return n < 0 }),
		"__le__": cmp(func(n int64) bool { return n <= 0 }),
		"__gt__": cmp(func(n int64) bool { return n > 0 }),
		"__ge__": cmp(func(n int64) bool { return n >= 0 }),
		"__eq__": cmp(func(n int64) bool { return n == 0 }),
	})
	KeyWrapperClass.Dict["__hash__"] = interp.None
}

func cmpToKey(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var mycmp interp.Value
	if err := interp.UnpackArgs("cmp_to_key", args, kw, "mycmp", &mycmp); err != nil {
		return nil, err
	}
	return interp.NewBuiltin("K", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var obj interp.Value
		if err := interp.UnpackArgs("K", args, kw, "obj", &obj); err != nil {
			return nil, err
		}
		return &KeyWrapper{cmp: mycmp, obj: obj}, nil
	}), nil
}

func totalOrdering(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("total_ordering", args, kw, 1); err != nil {
		return nil, err
	}
	cls, ok := args[0].(*interp.Class)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "total_ordering expects a class")
	}
	var root string
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if v, ok := cls.Lookup(name); ok {
			if owner, isObj := interp.ObjectClass.Dict[name]; !isObj || owner != v {
				root = name
				break
			}
		}
	}
	if root == "" {
		return nil, interp.Errorf(interp.ValueError, "must define at least one ordering operation: < > <= >=")
	}
	rootFn, _ := cls.Lookup(root)
	call := func(f *interp.Fiber, a, b interp.Value) (interp.Value, bool, *interp.Exception) {
		r, err := f.Call(rootFn, []interp.Value{a, b}, nil)
		if err != nil {
			return nil, false, err
		}
		if r == interp.NotImplemented {
			return r, false, nil
		}
		t, err := interp.Truth(f, r)
		return nil, t, err
	}
	// derived(op) builds one of the missing comparisons from root and ==.
	type formula struct {
		negate bool // use not root(a, b)
		eqOp   int  // 0: nothing, 1: "or a == b", 2: "and a != b"
	}
	table := map[string]map[string]formula{
		"__lt__": {"__gt__": {true, 2}, "__le__": {false, 1}, "__ge__": {true, 0}},
		"__le__": {"__ge__": {true, 1}, "__lt__": {false, 2}, "__gt__": {true, 0}},
		"__gt__": {"__lt__": {true, 2}, "__ge__": {false, 1}, "__le__": {true, 0}},
		"__ge__": {"__le__": {true, 1}, "__gt__": {false, 2}, "__lt__": {true, 0}},
	}
	for name, fm := range table[root] {
		if v, ok := cls.Dict[name]; ok && v != nil {
			continue
		}
		fm := fm
		cls.Dict[name] = native.Method(cls, name, func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			ni, t, err := call(f, args[0], args[1])
			if err != nil || ni != nil {
				return ni, err
			}
			if fm.negate {
				t = !t
			}
			switch fm.eqOp {
			case 1:
				if !t {
					eq, err := interp.Equal(f, args[0], args[1])
					if err != nil {
						return nil, err
					}
					t = eq
				}
			case 2:
				if t {
					eq, err := interp.Equal(f, args[0], args[1])
					if err != nil {
						return nil, err
					}
					t = !eq
				}
			}
			return interp.Bool(t), nil
		})
	}
	return cls, nil
}
