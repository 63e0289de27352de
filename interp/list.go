package interp

// This file defines the list type: its methods, l[k] (get, set, del, with
// slices and extended slices), its iterators (list_iterator,
// list_reverseiterator) and the stable sort used by list.sort and
// sorted(), and its slots (slots.go). Repetition, shared with str and
// tuple (repeatSeq), lives in ops_core.go.

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// NewList makes a list owning items.
func NewList(items []Value) *List { return &List{Items: items} }

// setupList installs list into the builtin classes; see universe.go.
func setupList() {
	ListClass.New = newListObj
	ListClass.AddMethods(map[string]NativeFunc{
		"append":       listAppend,
		"extend":       listExtend,
		"insert":       listInsert,
		"remove":       listRemove,
		"pop":          listPop,
		"clear":        listClear,
		"index":        listIndex,
		"count":        listCount,
		"sort":         listSort,
		"reverse":      listReverse,
		"copy":         listCopy,
		"__len__":      dunderLen,
		"__iter__":     dunderIter,
		"__contains__": dunderContains,
		"__getitem__":  dunderGetItem,
		"__setitem__":  dunderSetItem,
		"__delitem__":  dunderDelItem,
		"__reversed__": dunderReversed,
	})
	ListClass.Dict["append"].(*Builtin).Fast = fastListAppend // exec_callnative.go
}

// ---------------------------------------------------------------------
// Argument checks with CPython's wording. args excludes the receiver.

// checkExact1 is METH_O: "list.append() takes exactly one argument (0 given)".
func checkExact1(qual string, args []Value, kw []KV) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", qual, len(args))
	}
	return nil
}

// checkNoArgs is METH_NOARGS: "list.reverse() takes no arguments (1 given)".
func checkNoArgs(qual string, args []Value, kw []KV) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

// checkRange is _PyArg_CheckPositional: "insert expected 2 arguments, got 1".
func checkRange(qual, short string, args []Value, kw []KV, min, max int) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", qual)
	}
	n := len(args)
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case min == max && n != min:
		return Errorf(TypeError, "%s expected %d argument%s, got %d", short, min, plural(min), n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", short, min, plural(min), n)
	case n > max:
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", short, max, plural(max), n)
	}
	return nil
}

// intArg converts an int-like argument ("'str' object cannot be
// interpreted as an integer").
func intArg(f *Fiber, v Value) (int, *Exception) {
	if _, ok := v.(*BigInt); ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	i, ok, err := indexValue(f, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	return i, nil
}

// searchBounds parses the optional start/stop of index() (slice
// semantics, clamped to [0, n]).
func searchBounds(f *Fiber, args []Value, n int) (int, int, *Exception) {
	start, stop := 0, n
	conv := func(v Value) (int, *Exception) {
		i, ok, err := indexValue(f, v)
		if _, big := v.(*BigInt); big {
			return sliceIndexValue(f, v)
		}
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
		}
		return i, nil
	}
	var err *Exception
	if len(args) > 0 {
		if start, err = conv(args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 {
		if stop, err = conv(args[1]); err != nil {
			return 0, 0, err
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	if stop > n {
		stop = n
	}
	return start, stop, nil
}

// ---------------------------------------------------------------------
// Constructor and methods.

func newListObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "list() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "list expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return &List{}, nil
	}
	items, err := ToList(f, args[0])
	if err != nil {
		return nil, err
	}
	return &List{Items: items}, nil
}

func listAppend(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) == 0 {
		if r := fastListAppend(f, args); r != nil { // exec_callnative.go
			return r, nil
		}
		if len(args) == 2 {
			if l, ok := args[0].(*List); ok {
				return nil, f.checkGrow(l.Items) // the memory guard's refusal
			}
		}
	}
	return nil, checkExact1("list.append", args[1:], kw)
}

func listExtend(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("list.extend", args[1:], kw); err != nil {
		return nil, err
	}
	return None, ListExtend(f, args[0].(*List), args[1])
}

// ListExtend is l.extend(iterable) (and l += iterable).
func ListExtend(f *Fiber, l *List, v Value) *Exception {
	switch x := v.(type) {
	case *List:
		l.Items = append(l.Items, x.Items...)
		return nil
	case Tuple:
		l.Items = append(l.Items, x...)
		return nil
	}
	items, err := ToList(f, v)
	if err != nil {
		return err
	}
	l.Items = append(l.Items, items...)
	return nil
}

func listInsert(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("list.insert", "insert", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	l := args[0].(*List)
	i, err := intArg(f, args[1])
	if err != nil {
		return nil, err
	}
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = slices.Insert(l.Items, i, args[2])
	return None, nil
}

func listRemove(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("list.remove", args[1:], kw); err != nil {
		return nil, err
	}
	l := args[0].(*List)
	for i := 0; i < len(l.Items); i++ {
		eq, err := eqItem(f, l.Items[i], args[1])
		if err != nil {
			return nil, err
		}
		if eq {
			if i < len(l.Items) {
				l.Items = slices.Delete(l.Items, i, i+1)
			}
			return None, nil
		}
	}
	return nil, Errorf(ValueError, "list.remove(x): x not in list")
}

func listPop(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("list.pop", "pop", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	l := args[0].(*List)
	n := len(l.Items)
	i := n - 1
	if len(args) > 1 {
		var err *Exception
		if i, err = intArg(f, args[1]); err != nil {
			return nil, err
		}
		if i < 0 {
			i += n
		}
	}
	if n == 0 {
		return nil, Errorf(IndexError, "pop from empty list")
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	v := l.Items[i]
	if i == n-1 {
		l.Items[i] = nil
		l.Items = l.Items[:i]
	} else {
		l.Items = slices.Delete(l.Items, i, i+1)
	}
	return v, nil
}

func listClear(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("list.clear", args[1:], kw); err != nil {
		return nil, err
	}
	args[0].(*List).Items = nil
	return None, nil
}

func listIndex(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("list.index", "index", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	l := args[0].(*List)
	start, stop, err := searchBounds(f, args[2:], len(l.Items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		eq, err := eqItem(f, l.Items[i], args[1])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	r, err := Repr(f, args[1])
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueError, "%s is not in list", r)
}

func listCount(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("list.count", args[1:], kw); err != nil {
		return nil, err
	}
	l := args[0].(*List)
	n := 0
	for i := 0; i < len(l.Items); i++ {
		eq, err := eqItem(f, l.Items[i], args[1])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func listReverse(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("list.reverse", args[1:], kw); err != nil {
		return nil, err
	}
	slices.Reverse(args[0].(*List).Items)
	return None, nil
}

func listCopy(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("list.copy", args[1:], kw); err != nil {
		return nil, err
	}
	return &List{Items: slices.Clone(args[0].(*List).Items)}, nil
}

func listSort(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) > 1 {
		return nil, Errorf(TypeError, "sort() takes no positional arguments")
	}
	key, reverse, err := sortOptions(f, "sort", kw)
	if err != nil {
		return nil, err
	}
	return None, ListSort(f, args[0].(*List), key, reverse)
}

// sortOptions parses key= and reverse= (for list.sort and sorted()).
func sortOptions(f *Fiber, fname string, kw []KV) (key Value, reverse bool, err *Exception) {
	for _, p := range kw {
		switch p.Name {
		case "key":
			key = p.Value
		case "reverse":
			var r bool
			switch x := p.Value.(type) {
			case Bool:
				r = bool(x)
			case Int:
				r = x != 0
			case Float:
				return nil, false, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
			default:
				i, ok, e := indexValue(f, p.Value)
				if e != nil {
					return nil, false, e
				}
				if !ok {
					return nil, false, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(p.Value))
				}
				r = i != 0
			}
			reverse = r
		default:
			return nil, false, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", p.Name, fname)
		}
	}
	return key, reverse, nil
}

// ListSort is l.sort(key=key, reverse=reverse); key may be nil or None.
// While sorting, the list appears empty; a mutation by a key function or
// __lt__ raises "list modified during sort".
func ListSort(f *Fiber, l *List, key Value, reverse bool) *Exception {
	items := l.Items
	l.Items = nil
	err := SortValues(f, items, key, reverse)
	if l.Items != nil && err == nil {
		err = Errorf(ValueError, "list modified during sort")
	}
	l.Items = items
	return err
}

// SortValues sorts items in place, stably, by key(item) (key nil or None:
// the items themselves), descending when reverse (equal items keep their
// order, as CPython). Fast paths for all-int, all-float and all-str keys;
// otherwise a merge sort comparing with Less (user __lt__). On error the
// items are left in some permutation.
func SortValues(f *Fiber, items []Value, key Value, reverse bool) *Exception {
	if len(items) < 2 && (key == nil || key == None) {
		return nil
	}
	keys := items
	if key != nil && key != None {
		keys = make([]Value, len(items))
		for i, it := range items {
			k, err := f.Call(key, []Value{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
		if len(items) < 2 {
			return nil
		}
	}
	if key == nil || key == None {
		if sortIdentical(items, reverse) {
			return nil
		}
	}
	if sortFast(items, keys, reverse) {
		return nil
	}
	perm := make([]int32, len(items))
	for i := range perm {
		perm[i] = int32(i)
	}
	var err *Exception
	less := func(a, b int32) bool {
		if err != nil {
			return false
		}
		var r bool
		if reverse {
			r, err = fastLess(f, keys[b], keys[a])
		} else {
			r, err = fastLess(f, keys[a], keys[b])
		}
		return r
	}
	mergeSort(perm, make([]int32, len(perm)), less)
	if err != nil {
		return err
	}
	out := make([]Value, len(items))
	for i, p := range perm {
		out[i] = items[p]
	}
	copy(items, out)
	return nil
}

type intValEnt struct {
	k int64
	v Value
}
type strValEnt struct {
	k string
	v Value
}

// sortIdentical sorts lists of only Ints or only Strs without a key: equal
// items are indistinguishable, so stability is free and an unstable sort
// of (key, value) pairs suffices.
func sortIdentical(items []Value, reverse bool) bool {
	switch items[0].(type) {
	case Int:
		ents := make([]intValEnt, len(items))
		for i, x := range items {
			k, ok := x.(Int)
			if !ok {
				return false
			}
			ents[i] = intValEnt{int64(k), x}
		}
		slices.SortFunc(ents, func(a, b intValEnt) int { return cmp.Compare(a.k, b.k) })
		for i := range ents {
			items[i] = ents[i].v
		}
	case Str:
		ents := make([]strValEnt, len(items))
		for i, x := range items {
			k, ok := x.(Str)
			if !ok {
				return false
			}
			ents[i] = strValEnt{string(k), x}
		}
		slices.SortFunc(ents, func(a, b strValEnt) int { return strings.Compare(a.k, b.k) })
		for i := range ents {
			items[i] = ents[i].v
		}
	default:
		return false
	}
	if reverse {
		slices.Reverse(items)
	}
	return true
}

type intSortEnt struct {
	k int64
	i int32
}
type floatSortEnt struct {
	k float64
	i int32
}
type strSortEnt struct {
	k string
	i int32
}

// sortFast sorts when every key is an Int, every key a Float, or every
// key a Str, reporting whether it did.
func sortFast(items, keys []Value, reverse bool) bool {
	switch keys[0].(type) {
	case Int:
		ents := make([]intSortEnt, len(keys))
		for i, k := range keys {
			x, ok := k.(Int)
			if !ok {
				return false
			}
			ents[i] = intSortEnt{int64(x), int32(i)}
		}
		if reverse {
			slices.SortFunc(ents, func(a, b intSortEnt) int {
				if c := cmp.Compare(b.k, a.k); c != 0 {
					return c
				}
				return cmp.Compare(a.i, b.i)
			})
		} else {
			slices.SortFunc(ents, func(a, b intSortEnt) int {
				if c := cmp.Compare(a.k, b.k); c != 0 {
					return c
				}
				return cmp.Compare(a.i, b.i)
			})
		}
		permute(items, len(ents), func(j int) int32 { return ents[j].i })
		return true
	case Float:
		ents := make([]floatSortEnt, len(keys))
		for i, k := range keys {
			x, ok := k.(Float)
			if !ok || math.IsNaN(float64(x)) {
				return false
			}
			ents[i] = floatSortEnt{float64(x), int32(i)}
		}
		less := func(a, b float64) int {
			if a < b {
				return -1
			}
			if a > b {
				return 1
			}
			return 0
		}
		if reverse {
			slices.SortFunc(ents, func(a, b floatSortEnt) int {
				if c := less(b.k, a.k); c != 0 {
					return c
				}
				return cmp.Compare(a.i, b.i)
			})
		} else {
			slices.SortFunc(ents, func(a, b floatSortEnt) int {
				if c := less(a.k, b.k); c != 0 {
					return c
				}
				return cmp.Compare(a.i, b.i)
			})
		}
		permute(items, len(ents), func(j int) int32 { return ents[j].i })
		return true
	case Str:
		ents := make([]strSortEnt, len(keys))
		for i, k := range keys {
			x, ok := k.(Str)
			if !ok {
				return false
			}
			ents[i] = strSortEnt{string(x), int32(i)}
		}
		if reverse {
			slices.SortFunc(ents, func(a, b strSortEnt) int {
				if c := strings.Compare(b.k, a.k); c != 0 {
					return c
				}
				return cmp.Compare(a.i, b.i)
			})
		} else {
			slices.SortFunc(ents, func(a, b strSortEnt) int {
				if c := strings.Compare(a.k, b.k); c != 0 {
					return c
				}
				return cmp.Compare(a.i, b.i)
			})
		}
		permute(items, len(ents), func(j int) int32 { return ents[j].i })
		return true
	}
	return false
}

// permute rearranges items so that items'[j] = items[src(j)].
func permute(items []Value, n int, src func(j int) int32) {
	out := make([]Value, n)
	for j := 0; j < n; j++ {
		out[j] = items[src(j)]
	}
	copy(items, out)
}

// mergeSort is a stable top-down merge sort of a (tmp has the same
// length), with binary insertion sort for short runs and a skip of the
// merge when the halves are already in order.
func mergeSort(a, tmp []int32, less func(x, y int32) bool) {
	n := len(a)
	if n <= 12 {
		for i := 1; i < n; i++ {
			x := a[i]
			lo, hi := 0, i
			for lo < hi {
				m := (lo + hi) / 2
				if less(x, a[m]) {
					hi = m
				} else {
					lo = m + 1
				}
			}
			copy(a[lo+1:i+1], a[lo:i])
			a[lo] = x
		}
		return
	}
	m := n / 2
	mergeSort(a[:m], tmp[:m], less)
	mergeSort(a[m:], tmp[m:], less)
	if !less(a[m], a[m-1]) {
		return
	}
	copy(tmp, a)
	i, j, k := 0, m, 0
	for i < m && j < n {
		if less(tmp[j], tmp[i]) {
			a[k] = tmp[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
		k++
	}
	for i < m {
		a[k] = tmp[i]
		i++
		k++
	}
	for j < n {
		a[k] = tmp[j]
		j++
		k++
	}
}

// fastLess is a < b with typed fast paths (numbers, strings, tuples of
// them) before the generic Less.
func fastLess(f *Fiber, a, b Value) (bool, *Exception) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x < y, nil
		case Float:
			if x > -(1<<53) && x < 1<<53 {
				return Float(x) < y, nil
			}
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return x < y, nil
		case Int:
			if y > -(1<<53) && y < 1<<53 {
				return x < Float(y), nil
			}
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x < y, nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqLess(f, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqLess(f, x.Items, y.Items)
		}
	}
	return Less(f, a, b)
}

// seqLess is lexicographic x < y for lists and tuples.
func seqLess(f *Fiber, x, y []Value) (bool, *Exception) {
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := eqItem(f, x[i], y[i])
		if err != nil {
			return false, err
		}
		if !eq {
			return fastLess(f, x[i], y[i])
		}
	}
	return len(x) < len(y), nil
}

// ---------------------------------------------------------------------
// Slicing.

// getItem is l[k] (getItem in iter.go answers an in-range int index
// itself, without a call).
func (l *List) getItem(f *Fiber, k Value) (Value, *Exception) {
	if s, ok := k.(*Slice); ok {
		return listSlice(f, l, s)
	}
	i, ok := k.(Int)
	if !ok {
		j, isIndex, err := indexValue(f, k)
		if err != nil {
			return nil, err
		}
		if !isIndex {
			return nil, Errorf(TypeError, "list indices must be integers or slices, not %s", TypeName(k))
		}
		i = Int(j)
	}
	n := Int(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "list index out of range")
	}
	return l.Items[i], nil
}

// setItem is l[k] = x (setItem in iter.go answers an in-range int index
// itself, without a call).
func (l *List) setItem(f *Fiber, k, x Value) *Exception {
	if s, ok := k.(*Slice); ok {
		return listSetSlice(f, l, s, x)
	}
	i, ok := k.(Int)
	if !ok {
		j, isIndex, err := indexValue(f, k)
		if err != nil {
			return err
		}
		if !isIndex {
			return Errorf(TypeError, "list indices must be integers or slices, not %s", TypeName(k))
		}
		i = Int(j)
	}
	n := Int(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Errorf(IndexError, "list assignment index out of range")
	}
	l.Items[i] = x
	return nil
}

// delItem is del l[k].
func (l *List) delItem(f *Fiber, k Value) *Exception {
	if s, ok := k.(*Slice); ok {
		return listDelSlice(f, l, s)
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return err
	}
	if !ok {
		return Errorf(TypeError, "list indices must be integers or slices, not %s", TypeName(k))
	}
	if i < 0 {
		i += len(l.Items)
	}
	if i < 0 || i >= len(l.Items) {
		return Errorf(IndexError, "list assignment index out of range")
	}
	l.Items = append(l.Items[:i], l.Items[i+1:]...)
	l.Items[:len(l.Items)+1][len(l.Items)] = nil
	return nil
}

func listSlice(f *Fiber, l *List, s *Slice) (Value, *Exception) {
	start, _, step, n, err := s.Indices(f, len(l.Items))
	if err != nil {
		return nil, err
	}
	out := make([]Value, n)
	if step == 1 {
		copy(out, l.Items[start:start+n])
	} else {
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = l.Items[j]
		}
	}
	return &List{Items: out}, nil
}

func listSetSlice(f *Fiber, l *List, s *Slice, v Value) *Exception {
	start, _, step, n, err := s.Indices(f, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if !isIterable(v) {
			return Errorf(TypeError, "can only assign an iterable")
		}
		items, err := ToList(f, v)
		if err != nil {
			return err
		}
		// the slice may have moved if ToList ran user code
		if start > len(l.Items) {
			start = len(l.Items)
		}
		stop := start + n
		if stop > len(l.Items) {
			stop = len(l.Items)
		}
		l.Items = slices.Replace(l.Items, start, stop, items...)
		return nil
	}
	if !isIterable(v) {
		return Errorf(TypeError, "must assign iterable to extended slice")
	}
	items, err := ToList(f, v)
	if err != nil {
		return err
	}
	if len(items) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		if j >= 0 && j < len(l.Items) {
			l.Items[j] = items[i]
		}
	}
	return nil
}

func listDelSlice(f *Fiber, l *List, s *Slice) *Exception {
	start, _, step, n, err := s.Indices(f, len(l.Items))
	if err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	if step < 0 {
		start = start + (n-1)*step
		step = -step
	}
	if step == 1 {
		l.Items = slices.Delete(l.Items, start, start+n)
		return nil
	}
	out := l.Items[:start]
	for i := start; i < len(l.Items); i++ {
		if i < start+(n-1)*step+1 && (i-start)%step == 0 {
			continue
		}
		out = append(out, l.Items[i])
	}
	clear(l.Items[len(out):])
	l.Items = out
	return nil
}

// ---------------------------------------------------------------------
// Dunder methods shared by the container classes (so that
// hasattr(x, '__len__'), list.__getitem__(l, 0), ... work).

func dunderLen(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("__len__", args[1:], kw); err != nil {
		return nil, err
	}
	n, err := Len(f, args[0])
	return Int(n), err
}

func dunderIter(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("__iter__", args[1:], kw); err != nil {
		return nil, err
	}
	return GetIter(f, args[0])
}

func dunderContains(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("__contains__", args[1:], kw); err != nil {
		return nil, err
	}
	ok, err := Contains(f, args[0], args[1])
	return Bool(ok), err
}

func dunderGetItem(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("__getitem__", args[1:], kw); err != nil {
		return nil, err
	}
	return GetItem(f, args[0], args[1])
}

func dunderSetItem(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkRange("__setitem__", "__setitem__", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	return None, SetItem(f, args[0], args[1], args[2])
}

func dunderDelItem(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("__delitem__", args[1:], kw); err != nil {
		return nil, err
	}
	return None, DelItem(f, args[0], args[1])
}

func dunderReversed(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("__reversed__", args[1:], kw); err != nil {
		return nil, err
	}
	return NewReversed(f, args[0])
}

type listIter struct {
	l *List
	i int
}

func (*listIter) Type() *Class { return ListIteratorClass }

func (it *listIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.l != nil {
		if it.i < len(it.l.Items) {
			v := it.l.Items[it.i]
			it.i++
			return v, true, nil
		}
		it.l = nil
	}
	return nil, false, nil
}

type listRevIter struct {
	l *List
	i int
}

func (*listRevIter) Type() *Class { return ListReverseIteratorClass }

func (it *listRevIter) Next(f *Fiber) (Value, bool, *Exception) {
	if it.l != nil {
		if it.i >= 0 && it.i < len(it.l.Items) {
			v := it.l.Items[it.i]
			it.i--
			return v, true, nil
		}
		it.l = nil
	}
	return nil, false, nil
}

// listExtendFrom is LIST_EXTEND: ListExtend with the message CPython
// gives for a non-iterable after * in a display or a call.
func listExtendFrom(f *Fiber, l *List, src Value) *Exception {
	err := ListExtend(f, l, src)
	if err != nil && err.Matches(TypeError) && !Callable(src) {
		if _, ok := src.Type().Lookup("__iter__"); !ok {
			return Errorf(TypeError, "Value after * must be an iterable, not %s", TypeName(src))
		}
	}
	return err
}

// repr is repr(l): [...] for a list met again inside itself.
func (l *List) repr(f *Fiber) (string, *Exception) {
	if len(l.Items) == 0 {
		return "[]", nil
	}
	f = reprFiber(f)
	s, ok, err := ReprGuard(f, l, func() (string, *Exception) { return reprItems(f, "[", l.Items, "]") })
	if !ok {
		return "[...]", nil
	}
	return s, err
}

// operator is l + w and l * n; nil means the operator is not list's for w
// (binary in ops_core.go goes on to the reflected operand).
func (l *List) operator(f *Fiber, op BinOp, w Value) (Value, *Exception) {
	switch op {
	case OpAdd:
		if b, ok := w.(*List); ok {
			if err := f.checkRepeat(int64(len(l.Items)+len(b.Items)), 16); err != nil {
				return nil, err
			}
			out := make([]Value, 0, len(l.Items)+len(b.Items))
			return &List{Items: append(append(out, l.Items...), b.Items...)}, nil
		}
	case OpMul:
		return repeatSeq(f, l, w)
	}
	return nil, nil
}

// inplace is l += w (extend by any iterable) and l *= n.
func (l *List) inplace(f *Fiber, op BinOp, w Value) (Value, *Exception) {
	switch op {
	case OpAdd:
		if err := ListExtend(f, l, w); err != nil {
			return nil, err
		}
		return l, nil
	case OpMul:
		k, ok, err := repeatCount(f, w)
		if err != nil {
			return nil, err
		}
		if !ok {
			return NotImplemented, nil
		}
		if k <= 0 {
			l.Items = l.Items[:0:0]
		} else if k > 1 {
			if err := f.checkRepeat(k, 16*int64(len(l.Items))); err != nil {
				return nil, err
			}
			l.Items = repeatItems(l.Items, int(k))
		}
		return l, nil
	}
	return NotImplemented, nil
}

// ---------------------------------------------------------------------
// The list's slots (see slots.go): len, in, iteration, comparison, hash.

// length is len(l) (list_length).
func (l *List) length() (int, *Exception) { return len(l.Items), nil }

// contains is `w in l` (list_contains).
func (l *List) contains(f *Fiber, w Value) (bool, *Exception) { return seqContains(f, l.Items, w) }

// newIter is iter(l) (list_iter).
func (l *List) newIter() Iterator { return &listIter{l: l} }

// each walks l live by index, as a for loop over a list sees items
// appended during the loop.
func (l *List) each(fn func(Value) (bool, *Exception)) *Exception {
	for i := 0; i < len(l.Items); i++ {
		if more, err := fn(l.Items[i]); err != nil || !more {
			return err
		}
	}
	return nil
}

// RichCompare is list_richcompare: item by item, then by length.
func (l *List) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	if b, ok := other.(*List); ok {
		return seqCompare(f, op, l.Items, b.Items)
	}
	return NotImplemented, nil
}

// Hash: a list is unhashable (PyObject_HashNotImplemented).
func (l *List) Hash(f *Fiber) (int64, *Exception) { return 0, errUnhashable(l) }
