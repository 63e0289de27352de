package collections

// This file defines the dict subclasses defaultdict, Counter and
// OrderedDict. The VM has no subclassing of Go types, so each is a Go
// value wrapping an *interp.Dict (AsDict) whose class derives from dict:
// every dict method the class does not override is forwarded to dict's
// own builtin with the wrapped dict as self, and the container dunders
// (__getitem__ with __missing__ behaviour, __len__, __iter__, ...) are
// builtins on the class so the generic dunder fallback of the ops finds
// them.

import (
	"sort"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

type dictKind uint8

const (
	kindDefault dictKind = iota
	kindCounter
	kindOrdered
)

// DictLike is a defaultdict, Counter or OrderedDict.
type DictLike struct {
	D       *interp.Dict
	Factory interp.Value // defaultdict.default_factory (None when unset)
	kind    dictKind
	cls     *interp.Class
}

func (d *DictLike) Type() *interp.Class { return d.cls }

// AsDict returns the underlying dict.
func (d *DictLike) AsDict() *interp.Dict { return d.D }

// Attr serves defaultdict.default_factory (interp.HasAttrs).
func (d *DictLike) Attr(f *interp.Fiber, name string) (interp.Value, bool, *interp.Exception) {
	if name == "default_factory" && d.kind == kindDefault {
		return d.Factory, true, nil
	}
	return nil, false, nil
}

// SetAttr allows assigning default_factory (interp.SetsAttrs).
func (d *DictLike) SetAttr(f *interp.Fiber, name string, v interp.Value) *interp.Exception {
	if name == "default_factory" && d.kind == kindDefault {
		d.Factory = v
		return nil
	}
	return interp.Errorf(interp.AttributeError, "'%s' object has no attribute '%s'", d.cls.Name, name)
}

// Classes of the dict subclasses, immutable and shared by every VM, as
// CPython's C types defaultdict and OrderedDict are (departure: Counter,
// written in Python in CPython, takes new attributes there).
var (
	DefaultDictClass = native.NewType("defaultdict", "collections", interp.DictClass, nil)
	CounterClass     = native.NewType("Counter", "collections", interp.DictClass, nil)
	OrderedDictClass = native.NewType("OrderedDict", "collections", interp.DictClass, nil)
)

func (d *DictLike) like(cls *interp.Class) *DictLike {
	return &DictLike{D: interp.NewDict(), Factory: d.Factory, kind: d.kind, cls: cls}
}

func self(args []interp.Value, name string) (*DictLike, *interp.Exception) {
	if len(args) > 0 {
		if d, ok := args[0].(*DictLike); ok {
			return d, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a 'dict' object", name)
}

// missing is d[k] for an absent key.
func (d *DictLike) missing(f *interp.Fiber, k interp.Value) (interp.Value, *interp.Exception) {
	switch d.kind {
	case kindDefault:
		if d.Factory == nil || d.Factory == interp.None {
			return nil, interp.NewException(interp.KeyError, k)
		}
		v, err := f.Call(d.Factory, nil, nil)
		if err != nil {
			return nil, err
		}
		if err := d.D.Set(f, k, v); err != nil {
			return nil, err
		}
		return v, nil
	case kindCounter:
		return interp.Int(0), nil
	}
	return nil, interp.NewException(interp.KeyError, k)
}

// Get is d[k] with the subclass's __missing__ behaviour.
func (d *DictLike) Get(f *interp.Fiber, k interp.Value) (interp.Value, *interp.Exception) {
	v, ok, err := d.D.Get(f, k)
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	return d.missing(f, k)
}

// Repr renders the CPython repr of each kind.
func (d *DictLike) Repr(f *interp.Fiber) (string, *interp.Exception) {
	name := d.cls.Name
	switch d.kind {
	case kindDefault:
		fr := "None"
		if d.Factory != nil && d.Factory != interp.None {
			s, err := interp.Repr(f, d.Factory)
			if err != nil {
				return "", err
			}
			fr = s
		}
		inner, err := interp.Repr(f, d.D)
		if err != nil {
			return "", err
		}
		return name + "(" + fr + ", " + inner + ")", nil
	case kindCounter:
		if d.D.Len() == 0 {
			return name + "()", nil
		}
		items, err := d.mostCommon(f)
		if err != nil {
			return "", err
		}
		tmp := interp.NewDict()
		for _, it := range items {
			if err := tmp.Set(f, it[0], it[1]); err != nil {
				return "", err
			}
		}
		inner, err := interp.Repr(f, tmp)
		if err != nil {
			return "", err
		}
		return name + "(" + inner + ")", nil
	}
	if d.D.Len() == 0 {
		return name + "()", nil
	}
	var b strings.Builder
	b.WriteString(name + "([")
	i := 0
	var rerr *interp.Exception
	d.D.Items(func(k, v interp.Value) bool {
		s, err := interp.Repr(f, interp.Tuple{k, v})
		if err != nil {
			rerr = err
			return false
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
		i++
		return true
	})
	if rerr != nil {
		return "", rerr
	}
	b.WriteString("])")
	return b.String(), nil
}

// mostCommon lists (key, count) pairs by count, descending, stable.
func (d *DictLike) mostCommon(f *interp.Fiber) ([][2]interp.Value, *interp.Exception) {
	var items [][2]interp.Value
	d.D.Items(func(k, v interp.Value) bool {
		items = append(items, [2]interp.Value{k, v})
		return true
	})
	var serr *interp.Exception
	sort.SliceStable(items, func(i, j int) bool {
		if serr != nil {
			return false
		}
		a, aok := items[i][1].(interp.Int)
		b, bok := items[j][1].(interp.Int)
		if aok && bok {
			return a > b
		}
		lt, err := interp.Less(f, items[j][1], items[i][1])
		if err != nil {
			serr = err
		}
		return lt
	})
	return items, serr
}

func add(f *interp.Fiber, a, b interp.Value) (interp.Value, *interp.Exception) {
	if x, ok := a.(interp.Int); ok {
		if y, ok := b.(interp.Int); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return s, nil
			}
		}
	}
	return interp.Binary(f, interp.OpAdd, a, b, false)
}

func sub(f *interp.Fiber, a, b interp.Value) (interp.Value, *interp.Exception) {
	if x, ok := a.(interp.Int); ok {
		if y, ok := b.(interp.Int); ok {
			s := x - y
			if (s < x) == (y > 0) {
				return s, nil
			}
		}
	}
	return interp.Binary(f, interp.OpSub, a, b, false)
}

func gt0(f *interp.Fiber, v interp.Value) (bool, *interp.Exception) {
	if x, ok := v.(interp.Int); ok {
		return x > 0, nil
	}
	return interp.Less(f, interp.Int(0), v)
}

func lt0(f *interp.Fiber, v interp.Value) (bool, *interp.Exception) {
	if x, ok := v.(interp.Int); ok {
		return x < 0, nil
	}
	return interp.Less(f, v, interp.Int(0))
}

// mappingItems returns (key, value) pairs if v is a mapping.
func mappingItems(f *interp.Fiber, v interp.Value) ([][2]interp.Value, bool, *interp.Exception) {
	var d *interp.Dict
	switch x := v.(type) {
	case *interp.Dict:
		d = x
	case *DictLike:
		d = x.D
	default:
		if _, ok := v.Type().Lookup("keys"); !ok {
			return nil, false, nil
		}
		keys, err := interp.GetAttr(f, v, "keys")
		if err != nil {
			return nil, true, err
		}
		ks, err := f.Call(keys, nil, nil)
		if err != nil {
			return nil, true, err
		}
		var out [][2]interp.Value
		err = interp.Iterate(f, ks, func(k interp.Value) (bool, *interp.Exception) {
			val, err := interp.GetItem(f, v, k)
			out = append(out, [2]interp.Value{k, val})
			return err == nil, err
		})
		return out, true, err
	}
	var out [][2]interp.Value
	d.Items(func(k, x interp.Value) bool {
		out = append(out, [2]interp.Value{k, x})
		return true
	})
	return out, true, nil
}

// counterUpdate adds (sign=+1) or subtracts (sign=-1) counts.
func (d *DictLike) counterUpdate(f *interp.Fiber, args []interp.Value, kw []interp.KV, sign int, name string) *interp.Exception {
	if len(args) > 1 {
		return interp.Errorf(interp.TypeError, "expected at most 1 argument, got %d", len(args))
	}
	apply := func(k, n interp.Value) *interp.Exception {
		cur, ok, err := d.D.Get(f, k)
		if err != nil {
			return err
		}
		if !ok {
			cur = interp.Int(0)
		}
		var r interp.Value
		if sign > 0 {
			r, err = add(f, cur, n)
		} else {
			r, err = sub(f, cur, n)
		}
		if err != nil {
			return err
		}
		return d.D.Set(f, k, r)
	}
	if len(args) == 1 && args[0] != interp.None {
		items, isMap, err := mappingItems(f, args[0])
		if err != nil {
			return err
		}
		if isMap {
			for _, it := range items {
				if err := apply(it[0], it[1]); err != nil {
					return err
				}
			}
		} else if err := interp.Iterate(f, args[0], func(k interp.Value) (bool, *interp.Exception) {
			return true, apply(k, interp.Int(1))
		}); err != nil {
			return err
		}
	}
	for _, p := range kw {
		if err := apply(interp.Str(p.Name), p.Value); err != nil {
			return err
		}
	}
	return nil
}

func newDictLike(kind dictKind) func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	return func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		d := &DictLike{D: interp.NewDict(), Factory: interp.None, kind: kind, cls: cls}
		switch kind {
		case kindDefault:
			if len(args) > 0 {
				if args[0] != interp.None && !interp.Callable(args[0]) {
					return nil, interp.Errorf(interp.TypeError, "first argument must be callable or None")
				}
				d.Factory = args[0]
				args = args[1:]
			}
		case kindCounter:
			if err := d.counterUpdate(f, args, kw, 1, "Counter"); err != nil {
				return nil, err
			}
			return d, nil
		}
		if len(args) > 1 {
			return nil, interp.Errorf(interp.TypeError, "%s expected at most 1 argument, got %d", cls.Name, len(args))
		}
		if len(args) == 1 {
			if err := dictUpdate(f, d.D, args[0]); err != nil {
				return nil, err
			}
		}
		for _, p := range kw {
			d.D.SetStr(p.Name, p.Value)
		}
		return d, nil
	}
}

// dictUpdate is dict.update(other) for one positional argument.
func dictUpdate(f *interp.Fiber, d *interp.Dict, other interp.Value) *interp.Exception {
	items, isMap, err := mappingItems(f, other)
	if err != nil {
		return err
	}
	if isMap {
		for _, it := range items {
			if err := d.Set(f, it[0], it[1]); err != nil {
				return err
			}
		}
		return nil
	}
	i := 0
	return interp.Iterate(f, other, func(item interp.Value) (bool, *interp.Exception) {
		pair, err := interp.ToList(f, item)
		if err != nil {
			return false, interp.Errorf(interp.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return false, interp.Errorf(interp.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return true, d.Set(f, pair[0], pair[1])
	})
}

// forwardDictMethods installs, for every dict method c does not define,
// a builtin calling dict's method on the wrapped dict.
func forwardDictMethods(c *interp.Class) {
	for name, m := range interp.DictClass.Dict {
		if _, own := c.Dict[name]; own {
			continue
		}
		b, ok := m.(*interp.Builtin)
		if !ok {
			continue
		}
		fn := b.Fn
		c.Dict[name] = native.Method(c, name, func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, name)
			if err != nil {
				return nil, err
			}
			a := append([]interp.Value{d.D}, args[1:]...)
			return fn(f, a, kw)
		})
	}
}

func dictLikeMethods(c *interp.Class) {
	c.AddMethods(map[string]interp.NativeFunc{
		"__init__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.None, nil
		},
		"__getitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__getitem__")
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			return d.Get(f, args[1])
		},
		"__missing__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__missing__")
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			return d.missing(f, args[1])
		},
		"__setitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__setitem__")
			if err != nil {
				return nil, err
			}
			return interp.None, d.D.Set(f, args[1], args[2])
		},
		"__delitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__delitem__")
			if err != nil {
				return nil, err
			}
			ok, err := d.D.Delete(f, args[1])
			if err != nil {
				return nil, err
			}
			if !ok && d.kind != kindCounter {
				return nil, interp.NewException(interp.KeyError, args[1])
			}
			return interp.None, nil
		},
		"__len__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__len__")
			if err != nil {
				return nil, err
			}
			return interp.Int(d.D.Len()), nil
		},
		"__bool__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__bool__")
			if err != nil {
				return nil, err
			}
			return interp.Bool(d.D.Len() > 0), nil
		},
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__iter__")
			if err != nil {
				return nil, err
			}
			return interp.GetIter(f, d.D)
		},
		"__contains__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__contains__")
			if err != nil {
				return nil, err
			}
			_, ok, err := d.D.Get(f, args[1])
			return interp.Bool(ok), err
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__repr__")
			if err != nil {
				return nil, err
			}
			s, err := d.Repr(f)
			return interp.Str(s), err
		},
		"__eq__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__eq__")
			if err != nil {
				return nil, err
			}
			eq, err := d.equal(f, args[1])
			if err != nil || eq == nil {
				return interp.NotImplemented, err
			}
			return *eq, nil
		},
		"__ne__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__ne__")
			if err != nil {
				return nil, err
			}
			eq, err := d.equal(f, args[1])
			if err != nil || eq == nil {
				return interp.NotImplemented, err
			}
			return !*eq, nil
		},
		"copy": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "copy")
			if err != nil {
				return nil, err
			}
			n := d.like(d.cls)
			n.D = d.D.Copy()
			return n, nil
		},
		"__copy__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__copy__")
			if err != nil {
				return nil, err
			}
			n := d.like(d.cls)
			n.D = d.D.Copy()
			return n, nil
		},
		"__or__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__or__")
			if err != nil {
				return nil, err
			}
			if d.kind == kindCounter {
				return counterOp(f, d, args[1], "|")
			}
			var other *interp.Dict
			switch o := args[1].(type) {
			case *interp.Dict:
				other = o
			case *DictLike:
				other = o.D
			default:
				return interp.NotImplemented, nil
			}
			n := d.like(d.cls)
			n.D = d.D.Copy()
			return n, dictUpdate(f, n.D, other)
		},
		"__ior__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__ior__")
			if err != nil {
				return nil, err
			}
			if d.kind == kindCounter {
				r, err := counterOp(f, d, args[1], "|")
				if err != nil || r == interp.NotImplemented {
					return r, err
				}
				d.D = r.(*DictLike).D
				return d, nil
			}
			return d, dictUpdate(f, d.D, args[1])
		},
	})
	forwardDictMethods(c)
}

// equal compares with a dict or dict-like; nil means NotImplemented.
func (d *DictLike) equal(f *interp.Fiber, other interp.Value) (*interp.Bool, *interp.Exception) {
	var od *interp.Dict
	ordered := false
	switch o := other.(type) {
	case *interp.Dict:
		od = o
	case *DictLike:
		od = o.D
		ordered = d.kind == kindOrdered && o.kind == kindOrdered
	default:
		return nil, nil
	}
	if d.kind == kindCounter {
		// Counter equality treats missing elements as zero (3.10+).
		res := true
		check := func(a, b *interp.Dict) *interp.Exception {
			var err *interp.Exception
			a.Items(func(k, v interp.Value) bool {
				w, ok, e := b.Get(f, k)
				if e != nil {
					err = e
					return false
				}
				if !ok {
					w = interp.Int(0)
				}
				eq, e := interp.Equal(f, v, w)
				if e != nil {
					err = e
					return false
				}
				if !eq {
					res = false
					return false
				}
				return true
			})
			return err
		}
		if _, isCounter := other.(*DictLike); isCounter && other.(*DictLike).kind == kindCounter {
			if err := check(d.D, od); err != nil {
				return nil, err
			}
			if res {
				if err := check(od, d.D); err != nil {
					return nil, err
				}
			}
			b := interp.Bool(res)
			return &b, nil
		}
	}
	if d.D.Len() != od.Len() {
		b := interp.False
		return &b, nil
	}
	if ordered {
		ka, kb := d.D.Keys(), od.Keys()
		for i := range ka {
			eq, err := interp.Equal(f, ka[i], kb[i])
			if err != nil {
				return nil, err
			}
			if !eq {
				b := interp.False
				return &b, nil
			}
		}
	}
	eq, err := interp.Equal(f, d.D, od)
	if err != nil {
		return nil, err
	}
	b := interp.Bool(eq)
	return &b, nil
}

func counterOp(f *interp.Fiber, d *DictLike, otherV interp.Value, op string) (interp.Value, *interp.Exception) {
	other, ok := otherV.(*DictLike)
	if !ok || other.kind != kindCounter {
		return interp.NotImplemented, nil
	}
	res := d.like(CounterClass)
	var rerr *interp.Exception
	d.D.Items(func(k, v interp.Value) bool {
		w, found, err := other.D.Get(f, k)
		if err != nil {
			rerr = err
			return false
		}
		if !found {
			w = interp.Int(0)
		}
		var n interp.Value
		switch op {
		case "+":
			n, err = add(f, v, w)
		case "-":
			n, err = sub(f, v, w)
		case "|":
			lt, e := interp.Less(f, v, w)
			err = e
			n = v
			if lt {
				n = w
			}
		case "&":
			lt, e := interp.Less(f, w, v)
			err = e
			n = v
			if lt {
				n = w
			}
		}
		if err != nil {
			rerr = err
			return false
		}
		pos, err := gt0(f, n)
		if err != nil {
			rerr = err
			return false
		}
		if pos {
			rerr = res.D.Set(f, k, n)
		}
		return rerr == nil
	})
	if rerr != nil {
		return nil, rerr
	}
	if op == "&" {
		return res, nil
	}
	other.D.Items(func(k, w interp.Value) bool {
		_, found, err := d.D.Get(f, k)
		if err != nil {
			rerr = err
			return false
		}
		if found {
			return true
		}
		if op == "-" {
			neg, err := lt0(f, w)
			if err != nil {
				rerr = err
				return false
			}
			if neg {
				n, err := sub(f, interp.Int(0), w)
				if err != nil {
					rerr = err
					return false
				}
				rerr = res.D.Set(f, k, n)
			}
			return rerr == nil
		}
		pos, err := gt0(f, w)
		if err != nil {
			rerr = err
			return false
		}
		if pos {
			rerr = res.D.Set(f, k, w)
		}
		return rerr == nil
	})
	return res, rerr
}

func counterUnary(f *interp.Fiber, d *DictLike, negate bool) (interp.Value, *interp.Exception) {
	res := d.like(CounterClass)
	var rerr *interp.Exception
	d.D.Items(func(k, v interp.Value) bool {
		n := v
		if negate {
			var err *interp.Exception
			if n, err = sub(f, interp.Int(0), v); err != nil {
				rerr = err
				return false
			}
		}
		pos, err := gt0(f, n)
		if err != nil {
			rerr = err
			return false
		}
		if pos {
			rerr = res.D.Set(f, k, n)
		}
		return rerr == nil
	})
	return res, rerr
}

type elementsIter struct {
	items [][2]interp.Value
	i     int
	left  int64
}

var elementsIterClass = native.NewType("itertools.chain", "itertools", nil, nil)

func (*elementsIter) Type() *interp.Class { return elementsIterClass }

func (it *elementsIter) Next(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
	for it.i < len(it.items) {
		if it.left > 0 {
			it.left--
			return it.items[it.i][0], true, nil
		}
		it.i++
		if it.i < len(it.items) {
			n, _ := it.items[it.i][1].(interp.Int)
			it.left = int64(n)
		}
	}
	return nil, false, nil
}

func initDictLike() {
	DefaultDictClass.New = newDictLike(kindDefault)
	CounterClass.New = newDictLike(kindCounter)
	OrderedDictClass.New = newDictLike(kindOrdered)
	iterMethods(elementsIterClass)
	CounterClass.AddMethods(map[string]interp.NativeFunc{
		"most_common": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "most_common")
			if err != nil {
				return nil, err
			}
			var recv, nv interp.Value
			if err := interp.UnpackArgsPy("Counter.most_common", args, kw, "self", &recv, "n?", &nv); err != nil {
				return nil, err
			}
			items, err := d.mostCommon(f)
			if err != nil {
				return nil, err
			}
			if nv != nil && nv != interp.None {
				n, err := native.Index(f, nv)
				if err != nil {
					return nil, err
				}
				if n < 0 {
					n = 0
				}
				if int(n) < len(items) {
					items = items[:n]
				}
			}
			out := &interp.List{Items: make([]interp.Value, len(items))}
			for i, it := range items {
				out.Items[i] = interp.Tuple{it[0], it[1]}
			}
			return out, nil
		},
		"elements": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "elements")
			if err != nil {
				return nil, err
			}
			var items [][2]interp.Value
			d.D.Items(func(k, v interp.Value) bool {
				items = append(items, [2]interp.Value{k, v})
				return true
			})
			it := &elementsIter{items: items}
			if len(items) > 0 {
				n, _ := items[0][1].(interp.Int)
				it.left = int64(n)
			}
			return it, nil
		},
		"update": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "update")
			if err != nil {
				return nil, err
			}
			return interp.None, d.counterUpdate(f, args[1:], kw, 1, "update")
		},
		"subtract": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "subtract")
			if err != nil {
				return nil, err
			}
			return interp.None, d.counterUpdate(f, args[1:], kw, -1, "subtract")
		},
		"total": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "total")
			if err != nil {
				return nil, err
			}
			var acc interp.Value = interp.Int(0)
			var rerr *interp.Exception
			d.D.Items(func(k, v interp.Value) bool {
				acc, rerr = add(f, acc, v)
				return rerr == nil
			})
			return acc, rerr
		},
		"__add__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__add__")
			if err != nil {
				return nil, err
			}
			return counterOp(f, d, args[1], "+")
		},
		"__sub__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__sub__")
			if err != nil {
				return nil, err
			}
			return counterOp(f, d, args[1], "-")
		},
		"__and__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__and__")
			if err != nil {
				return nil, err
			}
			return counterOp(f, d, args[1], "&")
		},
		"__pos__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__pos__")
			if err != nil {
				return nil, err
			}
			return counterUnary(f, d, false)
		},
		"__neg__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "__neg__")
			if err != nil {
				return nil, err
			}
			return counterUnary(f, d, true)
		},
	})
	OrderedDictClass.AddMethods(map[string]interp.NativeFunc{
		"move_to_end": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "move_to_end")
			if err != nil {
				return nil, err
			}
			var key, last interp.Value
			if err := interp.UnpackArgs("move_to_end", args[1:], kw, "key", &key, "last?", &last); err != nil {
				return nil, err
			}
			v, ok, err := d.D.Get(f, key)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, interp.NewException(interp.KeyError, key)
			}
			toEnd := true
			if last != nil {
				if toEnd, err = interp.Truth(f, last); err != nil {
					return nil, err
				}
			}
			if toEnd {
				if _, err := d.D.Delete(f, key); err != nil {
					return nil, err
				}
				return interp.None, d.D.Set(f, key, v)
			}
			n := interp.NewDict()
			if err := n.Set(f, key, v); err != nil {
				return nil, err
			}
			var rerr *interp.Exception
			d.D.Items(func(k, x interp.Value) bool {
				eq, err := interp.Equal(f, k, key)
				if err != nil {
					rerr = err
					return false
				}
				if !eq {
					rerr = n.Set(f, k, x)
				}
				return rerr == nil
			})
			if rerr != nil {
				return nil, rerr
			}
			d.D = n
			return interp.None, nil
		},
		"popitem": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := self(args, "popitem")
			if err != nil {
				return nil, err
			}
			var last interp.Value
			if err := interp.UnpackArgs("popitem", args[1:], kw, "last?", &last); err != nil {
				return nil, err
			}
			if d.D.Len() == 0 {
				return nil, interp.Errorf(interp.KeyError, "dictionary is empty")
			}
			fromEnd := true
			if last != nil {
				if fromEnd, err = interp.Truth(f, last); err != nil {
					return nil, err
				}
			}
			keys := d.D.Keys()
			k := keys[len(keys)-1]
			if !fromEnd {
				k = keys[0]
			}
			v, _, err := d.D.Get(f, k)
			if err != nil {
				return nil, err
			}
			if _, err := d.D.Delete(f, k); err != nil {
				return nil, err
			}
			return interp.Tuple{k, v}, nil
		},
	})
	for _, c := range []*interp.Class{DefaultDictClass, CounterClass, OrderedDictClass} {
		dictLikeMethods(c)
	}
}
