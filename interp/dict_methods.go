package interp

// This file defines the dict type's methods, its constructor, the live
// view objects returned by keys(), values() and items(), and DictEqual.
// The table itself is in dict.go.

// viewKind selects what a dict view or dict iterator yields.
type viewKind uint8

const (
	viewKeys viewKind = iota
	viewValues
	viewItems
)

// Classes of the dict views.
var (
	DictKeysClass   = newBuiltinClass("dict_keys", ObjectClass)
	DictValuesClass = newBuiltinClass("dict_values", ObjectClass)
	DictItemsClass  = newBuiltinClass("dict_items", ObjectClass)
)

// DictView is a live view of a dict (d.keys(), d.values(), d.items()).
type DictView struct {
	d    *Dict
	kind viewKind
}

func (v *DictView) Type() *Class {
	switch v.kind {
	case viewValues:
		return DictValuesClass
	case viewItems:
		return DictItemsClass
	}
	return DictKeysClass
}

// Dict returns the dict the view looks at.
func (v *DictView) Dict() *Dict { return v.d }

// NewDictView returns d.keys() (kind 'k'), d.values() ('v') or d.items()
// ('i').
func NewDictView(d *Dict, kind byte) *DictView {
	switch kind {
	case 'v':
		return &DictView{d: d, kind: viewValues}
	case 'i':
		return &DictView{d: d, kind: viewItems}
	}
	return &DictView{d: d, kind: viewKeys}
}

// Repr is repr(view): dict_keys(['a', 'b']).
func (v *DictView) Repr(f *Fiber) (string, *Exception) {
	items := make([]Value, 0, v.d.Len())
	v.d.Items(func(k, x Value) bool {
		switch v.kind {
		case viewKeys:
			items = append(items, k)
		case viewValues:
			items = append(items, x)
		default:
			items = append(items, Tuple{k, x})
		}
		return true
	})
	s, err := Repr(f, &List{Items: items})
	if err != nil {
		return "", err
	}
	return v.Type().Name + "(" + s + ")", nil
}

func (v *DictView) contains(f *Fiber, w Value) (bool, *Exception) {
	switch v.kind {
	case viewKeys:
		_, ok, err := v.d.Get(f, w)
		return ok, err
	case viewItems:
		t, ok := w.(Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		x, ok, err := v.d.Get(f, t[0])
		if err != nil || !ok {
			return false, err
		}
		return eqItem(f, x, t[1])
	}
	for i := 0; i < v.d.Cap(); i++ {
		if _, x, ok := v.d.EntryAt(i); ok {
			eq, err := eqItem(f, x, w)
			if err != nil || eq {
				return eq, err
			}
		}
	}
	return false, nil
}

func isSetLikeView(v Value) bool {
	dv, ok := v.(*DictView)
	return ok && dv.kind != viewValues
}

// viewAsSet builds a set from a keys or items view.
func viewAsSet(f *Fiber, v *DictView) (*Set, *Exception) {
	s := NewSet()
	err := Iterate(f, v, func(x Value) (bool, *Exception) {
		return true, s.add(f, x)
	})
	return s, err
}

// ---------------------------------------------------------------------
// Constructor, update and equality.

func newDictObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(args) > 1 {
		return nil, Errorf(TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	d := NewDict()
	if len(args) == 1 {
		if err := DictUpdate(f, d, args[0]); err != nil {
			return nil, err
		}
	}
	for _, p := range kw {
		d.SetStr(p.Name, p.Value)
	}
	return d, nil
}

// DictUpdate is d.update(other) for one positional argument: a dict, a
// mapping (an object with keys() and __getitem__), or an iterable of
// key/value pairs.
func DictUpdate(f *Fiber, d *Dict, other Value) *Exception {
	if n, ok := nativeOf(other).(*Dict); ok {
		if _, user := userMethod(other.Type(), "keys"); !user {
			other = n
		}
	}
	switch o := other.(type) {
	case *Dict:
		if o == d {
			return nil
		}
		for i := 0; i < o.Cap(); i++ {
			if k, v, ok := o.EntryAt(i); ok {
				if err := d.Set(f, k, v); err != nil {
					return err
				}
			}
		}
		return nil
	case *List, Tuple, Str, *Set, *FrozenSet, *Range, *DictView:
	default:
		if _, ok := other.Type().Lookup("keys"); ok {
			keys, err := callAttrMethod(f, other, "keys")
			if err != nil {
				return err
			}
			return Iterate(f, keys, func(k Value) (bool, *Exception) {
				v, err := GetItem(f, other, k)
				if err != nil {
					return false, err
				}
				return true, d.Set(f, k, v)
			})
		}
	}
	i := 0
	return Iterate(f, other, func(item Value) (bool, *Exception) {
		var k, v Value
		switch p := item.(type) {
		case Tuple:
			if len(p) != 2 {
				return false, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(p))
			}
			k, v = p[0], p[1]
		case *List:
			if len(p.Items) != 2 {
				return false, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(p.Items))
			}
			k, v = p.Items[0], p.Items[1]
		default:
			if !isIterable(item) {
				return false, Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			items, err := ToList(f, item)
			if err != nil {
				return false, err
			}
			if len(items) != 2 {
				return false, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(items))
			}
			k, v = items[0], items[1]
		}
		i++
		return true, d.Set(f, k, v)
	})
}

// callMethod calls v.name() through attribute lookup.
func callAttrMethod(f *Fiber, v Value, name string, args ...Value) (Value, *Exception) {
	m, err := GetAttr(f, v, name)
	if err != nil {
		return nil, err
	}
	return f.Call(m, args, nil)
}

// ---------------------------------------------------------------------
// Methods.

// setupDict installs dict and its views into the builtin classes; see universe.go.
func setupDict() {
	DictClass.New = newDictObj
	DictClass.AddMethods(map[string]NativeFunc{
		"get":          dictGet,
		"keys":         dictKeys,
		"values":       dictValues,
		"items":        dictItems,
		"pop":          dictPop,
		"popitem":      dictPopItem,
		"setdefault":   dictSetDefault,
		"update":       dictUpdateMethod,
		"clear":        dictClear,
		"copy":         dictCopy,
		"__len__":      dunderLen,
		"__iter__":     dunderIter,
		"__contains__": dunderContains,
		"__getitem__":  dunderGetItem,
		"__setitem__":  dunderSetItem,
		"__delitem__":  dunderDelItem,
		"__reversed__": dunderReversed,
	})
	DictClass.Dict["get"].(*Builtin).Fast = fastDictGet // exec_callnative.go
	DictClass.Dict["fromkeys"] = &ClassMethod{Func: &Builtin{Name: "fromkeys", Fn: dictFromKeys, Of: DictClass}}
	for _, c := range []*Class{DictKeysClass, DictValuesClass, DictItemsClass} {
		c.AddMethods(map[string]NativeFunc{
			"__len__":      dunderLen,
			"__iter__":     dunderIter,
			"__contains__": dunderContains,
			"__reversed__": dunderReversed,
		})
	}
	for _, c := range []*Class{DictKeysClass, DictItemsClass} {
		c.AddMethods(map[string]NativeFunc{
			"isdisjoint": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
				if err := checkExact1(args[0].Type().Name+".isdisjoint", args[1:], kw); err != nil {
					return nil, err
				}
				s, err := viewAsSet(f, args[0].(*DictView))
				if err != nil {
					return nil, err
				}
				return setIsDisjoint(f, []Value{s, args[1]}, nil)
			},
		})
	}
}

func dictGet(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) == 0 {
		if r := fastDictGet(f, args); r != nil { // exec_callnative.go
			return r, nil
		}
	}
	if len(kw) != 0 || len(args) < 2 || len(args) > 3 {
		if err := checkRange("dict.get", "get", args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
	}
	v, ok, err := args[0].(*Dict).Get(f, args[1])
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if len(args) > 2 {
		return args[2], nil
	}
	return None, nil
}

func dictKeys(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("dict.keys", args[1:], kw); err != nil {
		return nil, err
	}
	return &DictView{d: args[0].(*Dict), kind: viewKeys}, nil
}

func dictValues(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("dict.values", args[1:], kw); err != nil {
		return nil, err
	}
	return &DictView{d: args[0].(*Dict), kind: viewValues}, nil
}

func dictItems(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("dict.items", args[1:], kw); err != nil {
		return nil, err
	}
	return &DictView{d: args[0].(*Dict), kind: viewItems}, nil
}

func dictPop(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("dict.pop", "pop", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	d := args[0].(*Dict)
	v, ok, err := d.Get(f, args[1])
	if err != nil {
		return nil, err
	}
	if !ok {
		if len(args) > 2 {
			return args[2], nil
		}
		return nil, NewException(KeyError, args[1])
	}
	if _, err := d.Delete(f, args[1]); err != nil {
		return nil, err
	}
	return v, nil
}

func dictPopItem(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("dict.popitem", args[1:], kw); err != nil {
		return nil, err
	}
	d := args[0].(*Dict)
	for i := d.Cap() - 1; i >= 0; i-- {
		if k, v, ok := d.EntryAt(i); ok {
			if _, err := d.Delete(f, k); err != nil {
				return nil, err
			}
			return Tuple{k, v}, nil
		}
	}
	return nil, NewException(KeyError, Str("popitem(): dictionary is empty"))
}

func dictSetDefault(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("dict.setdefault", "setdefault", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	d := args[0].(*Dict)
	v, ok, err := d.Get(f, args[1])
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	var def Value = None
	if len(args) > 2 {
		def = args[2]
	}
	return def, d.Set(f, args[1], def)
}

func dictUpdateMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) > 2 {
		return nil, Errorf(TypeError, "update expected at most 1 argument, got %d", len(args)-1)
	}
	d := args[0].(*Dict)
	if len(args) == 2 {
		if err := DictUpdate(f, d, args[1]); err != nil {
			return nil, err
		}
	}
	for _, p := range kw {
		d.SetStr(p.Name, p.Value)
	}
	return None, nil
}

func dictClear(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("dict.clear", args[1:], kw); err != nil {
		return nil, err
	}
	args[0].(*Dict).Clear()
	return None, nil
}

func dictCopy(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("dict.copy", args[1:], kw); err != nil {
		return nil, err
	}
	return args[0].(*Dict).Copy(), nil
}

// dictFromKeys is the classmethod dict.fromkeys(iterable, value=None);
// args[0] is the class.
func dictFromKeys(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "fromkeys expected at least 1 argument, got 0")
	}
	if err := checkRange("dict.fromkeys", "fromkeys", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	var v Value = None
	if len(args) > 2 {
		v = args[2]
	}
	d := NewDict()
	err := Iterate(f, args[1], func(k Value) (bool, *Exception) {
		return true, d.Set(f, k, v)
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// ---------------------------------------------------------------------
// Operator hooks: keys and items views are set-like.

// Len is len(view).
func (v *DictView) Len() int { return v.d.Len() }

// Hash reports that keys and items views are unhashable (they compare as
// sets); a values view hashes by identity, as object's hash.
func (v *DictView) Hash(f *Fiber) (int64, *Exception) {
	if v.kind == viewValues {
		return hashPointer(IdentityAddr(v)), nil
	}
	return 0, Errorf(TypeError, "unhashable type: '%s'", v.Type().Name)
}

// BinaryOp implements | & - ^ on keys/items views: set(left) op right,
// with any iterable on the other side.
func (v *DictView) BinaryOp(f *Fiber, op BinOp, other Value, reflected, inplace bool) (Value, *Exception) {
	if v.kind == viewValues {
		return NotImplemented, nil
	}
	switch op {
	case OpOr, OpAnd, OpSub, OpXor:
	default:
		return NotImplemented, nil
	}
	left, right := Value(v), other
	if reflected {
		left, right = other, v
	}
	if !isIterable(left) || !isIterable(right) {
		return NotImplemented, nil
	}
	res, err := MakeSet(f, left)
	if err != nil {
		return nil, err
	}
	return SetBinary(f, op, res, right, true)
}

// RichCompare implements == != < <= > >= between set-like views and sets.
func (v *DictView) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	if v.kind == viewValues || !(isAnySet(other) || isSetLikeView(other)) {
		return NotImplemented, nil
	}
	a, err := viewAsSet(f, v)
	if err != nil {
		return nil, err
	}
	b := other
	if wv, ok := other.(*DictView); ok {
		if b, err = viewAsSet(f, wv); err != nil {
			return nil, err
		}
	}
	return SetCompare(f, op, a, b)
}

// length is len(view) (dictview_len).
func (v *DictView) length() (int, *Exception) { return v.d.Len(), nil }

// newIter is iter(view) (dictkeys_iter, dictvalues_iter, dictitems_iter).
func (v *DictView) newIter() Iterator { return &dictIter{d: v.d, n: v.d.Len(), kind: v.kind} }
