package interp

import "strings"

// This file defines Dict, the insertion-ordered hash table behind dict,
// instance attributes and module globals. Entries live in one dense
// slice in insertion order; deleted entries leave a tombstone (key nil)
// until the next compaction. String keys take a fast path that never
// calls Hash or Equal: a linear scan in a small dict, else an index of
// their own (strIdx). Other keys are found through a second
// open-addressing index (idx). Both hold entry numbers and are probed as
// CPython's dict does (i = i*5 + perturb + 1), so no key costs an
// allocation.
//
// Also here: d[k] and del d[k], dict equality and repr, ** and dict
// merging for calls, and the iterators over a dict and its views. The
// methods of dict are in dict_methods.go.

// Dict is an insertion-ordered mapping.
type Dict struct {
	entries []dictEntry
	live    int
	// strIdx is the index of the Str keys, nil while the dict has at
	// most smallDict entries (a linear scan finds them): entry numbers,
	// idxEmpty or idxDummy, probed with the key's strKeyHash, which the
	// entry keeps in hash from then on; its length is a power of two.
	// Only live entries with a Str key are in it. strFill counts its
	// non-empty slots (live + dummy).
	strIdx  []int32
	strFill int
	// idx is the open-addressing index of the other keys: entry numbers,
	// idxEmpty or idxDummy; its length is a power of two (nil: none yet).
	idx     []int32
	idxFill int // non-empty slots of idx (live + dummy)
	nonStr  int // live non-Str keys
	// Version changes on every insertion or deletion, so iterators can
	// raise "dictionary changed size during iteration".
	Version uint64
	// lastStr is the entry number where the last Str key lookup found
	// its key: a hint that lets `d[k] = d.get(k, 0) + 1` hash and probe k
	// once. It is only a hint: SetStr uses it only when entries[lastStr]
	// still holds a key equal to k (a deleted entry's key is nil, and a
	// dict holds each key once), so no mutation needs to reset it.
	lastStr int32
}

type dictEntry struct {
	key   Value // nil for a deleted entry
	value Value
	hash  int64
}

func (*Dict) Type() *Class { return DictClass }

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len is the number of live entries.
func (d *Dict) Len() int { return d.live }

// smallDict is the number of entry slots up to which string keys are
// found by a linear scan instead of the strIdx index: instance dicts are
// small, and a scan comparing interned names is faster (and far smaller)
// than hashing.
const smallDict = 8

// strFind returns the entry number of a string key.
func (d *Dict) strFind(key string) (int32, bool) {
	if d.strIdx != nil {
		_, i := d.strSlot(key, strKeyHash(key))
		if i >= 0 {
			d.lastStr = i
		}
		return i, i >= 0
	}
	for i := range d.entries {
		if s, ok := d.entries[i].key.(Str); ok && string(s) == key {
			return int32(i), true
		}
	}
	return -1, false
}

// getItem is d[k]: a missing key raises KeyError.
func (d *Dict) getItem(f *Fiber, k Value) (Value, *Exception) {
	r, ok, err := d.Get(f, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewException(KeyError, k)
	}
	return r, nil
}

// delItem is del d[k]: a missing key raises KeyError.
func (d *Dict) delItem(f *Fiber, k Value) *Exception {
	ok, err := d.Delete(f, k)
	if err != nil {
		return err
	}
	if !ok {
		return NewException(KeyError, k)
	}
	return nil
}

// GetStr looks up a string key without any user code.
func (d *Dict) GetStr(key string) (Value, bool) {
	if i, ok := d.strFind(key); ok {
		return d.entries[i].value, true
	}
	return nil, false
}

// SetStr stores a string key.
func (d *Dict) SetStr(key string, v Value) {
	var h int64
	if d.strIdx == nil {
		if i, ok := d.strFind(key); ok {
			d.entries[i].value = v
			return
		}
		if len(d.entries) < smallDict {
			d.entries = append(d.entries, dictEntry{key: Str(key), value: v})
			d.live++
			d.Version++
			return
		}
		d.buildStrIdx()
		h = strKeyHash(key)
	} else {
		if i := d.lastStr; int(i) < len(d.entries) {
			if s, ok := d.entries[i].key.(Str); ok && string(s) == key {
				d.entries[i].value = v // the key the last lookup found
				return
			}
		}
		h = strKeyHash(key)
		if _, i := d.strSlot(key, h); i >= 0 {
			d.entries[i].value = v
			return
		}
	}
	d.strInsert(int32(len(d.entries)), h)
	d.entries = append(d.entries, dictEntry{key: Str(key), value: v, hash: h})
	d.live++
	d.Version++
}

// strKeyHash is the hash strIdx is probed with: str's __hash__
// (hashString, FNV-1a byte by byte, the cheapest for short keys), but for
// keys of 32 bytes or more a word-at-a-time multiply-xor mix, so that a
// long key costs a lookup its length / 8 rounds. Programs never see it.
func strKeyHash(s string) int64 {
	if len(s) < 32 {
		return hashString(s)
	}
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(s)) * m
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ w) * m
		h ^= h >> 29
		s = s[8:]
	}
	var w uint64
	for i := 0; i < len(s); i++ {
		w |= uint64(s[i]) << (8 * i)
	}
	h = (h ^ w) * m
	h ^= h >> 32
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	return int64(h)
}

// strSlot probes strIdx (not nil) for key, whose strKeyHash is h: it
// returns the slot and the entry number, or (-1, -1) when key is absent.
func (d *Dict) strSlot(key string, h int64) (int, int32) {
	mask := uint64(len(d.strIdx) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.strIdx[i]
		if ix == idxEmpty {
			return -1, -1
		}
		if ix >= 0 {
			if e := &d.entries[ix]; e.hash == h {
				if s, ok := e.key.(Str); ok && string(s) == key {
					return int(i), ix
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// strInsert records entry n, a Str key with strKeyHash h, in strIdx (not
// nil), growing it first when two thirds full.
func (d *Dict) strInsert(n int32, h int64) {
	if (d.strFill+1)*3 >= len(d.strIdx)*2 {
		d.buildStrIdx()
	}
	i := freeSlot(d.strIdx, h)
	if d.strIdx[i] == idxEmpty {
		d.strFill++
	}
	d.strIdx[i] = n
}

// buildStrIdx makes a fresh strIdx for the live Str entries, with room
// for as many more, and stores each one's strKeyHash in its entry.
func (d *Dict) buildStrIdx() {
	want := 1
	for i := range d.entries {
		if _, ok := d.entries[i].key.(Str); ok {
			want++
		}
	}
	size := 16
	for size < want*3 {
		size <<= 1
	}
	d.strIdx = emptyIdx(size)
	d.strFill = 0
	for n := range d.entries {
		e := &d.entries[n]
		s, ok := e.key.(Str)
		if !ok {
			continue
		}
		e.hash = strKeyHash(string(s))
		d.strIdx[freeSlot(d.strIdx, e.hash)] = int32(n)
		d.strFill++
	}
}

// DelStr deletes a string key, reporting whether it was present.
func (d *Dict) DelStr(key string) bool {
	if d.strIdx == nil {
		i, ok := d.strFind(key)
		if ok {
			d.removeAt(int(i))
		}
		return ok
	}
	slot, i := d.strSlot(key, strKeyHash(key))
	if i < 0 {
		return false
	}
	d.strIdx[slot] = idxDummy
	d.removeAt(int(i))
	return true
}

const (
	idxEmpty int32 = -1
	idxDummy int32 = -2
)

func (d *Dict) find(f *Fiber, k Value) (int, int64, *Exception) {
	if s, ok := k.(Str); ok {
		if i, ok := d.strFind(string(s)); ok {
			return int(i), 0, nil
		}
		if d.nonStr == 0 {
			return -1, 0, nil
		}
		// an instance of a str subclass may be the key (object_native.go)
		h := hashString(string(s))
		_, i, err := d.lookupSlot(f, k, h)
		return i, 0, err
	}
	h, err := Hash(f, k)
	if err != nil {
		return -1, 0, err
	}
	_, i, err := d.lookupSlot(f, k, h)
	if i < 0 && err == nil {
		// a str subclass's instance finds an equal str key only when it
		// hashes as that str does (CPython compares hashes first)
		if s, ok := nativeOf(k).(Str); ok && h == hashString(string(s)) {
			if j, ok := d.strFind(string(s)); ok {
				if eq, err := equal(f, k, s); err != nil || eq {
					return int(j), h, err
				}
			}
		}
	}
	return i, h, err
}

// lookupSlot probes the index for k: it returns the slot and the entry
// number of k, or (-1, -1) when k is absent.
func (d *Dict) lookupSlot(f *Fiber, k Value, h int64) (int, int, *Exception) {
	if d.idx == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.idx) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.idx[i]
		if ix == idxEmpty {
			return -1, -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && e.key != nil {
				if identicalValues(e.key, k) {
					return int(i), int(ix), nil
				}
				eq, err := dictKeyEq(f, e.key, k)
				if err != nil {
					return -1, -1, err
				}
				if eq {
					return int(i), int(ix), nil
				}
				if d.idx == nil || uint64(len(d.idx)-1) != mask {
					// user __eq__ changed the dict: start over
					return d.lookupSlot(f, k, h)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func dictKeyEq(f *Fiber, a, b Value) (bool, *Exception) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, nil
		case Str:
			return false, nil
		}
	}
	return Equal(f, a, b)
}

// freeSlot is the first slot of idx (a power-of-two table of entry
// numbers, never full) on hash h's probe sequence that holds no entry
// (empty or deleted): CPython's dict probing, perturb shifted by 5.
func freeSlot(idx []int32, h int64) uint64 {
	mask := uint64(len(idx) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for idx[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// emptyIdx is a new index table of size slots, all empty.
func emptyIdx(size int) []int32 {
	idx := make([]int32, size)
	for i := range idx {
		idx[i] = idxEmpty
	}
	return idx
}

// insertIdx records entry n (hash h) in the index, growing it first.
func (d *Dict) insertIdx(n int32, h int64) {
	if d.idx == nil || (d.idxFill+1)*3 >= len(d.idx)*2 {
		d.rebuildIdx(d.nonStr + 1)
	}
	i := freeSlot(d.idx, h)
	if d.idx[i] == idxEmpty {
		d.idxFill++
	}
	d.idx[i] = n
}

// rebuildIdx makes a fresh index for the live non-Str entries, sized for
// at least want keys.
func (d *Dict) rebuildIdx(want int) {
	size := 8
	for size*2 <= want*3 {
		size <<= 1
	}
	d.idx = emptyIdx(size)
	d.idxFill = 0
	for n, e := range d.entries {
		if e.key == nil {
			continue
		}
		if _, isStr := e.key.(Str); isStr {
			continue
		}
		d.idx[freeSlot(d.idx, e.hash)] = int32(n)
		d.idxFill++
	}
}

// Get looks up any hashable key; errors come from unhashable keys or
// user __eq__/__hash__.
func (d *Dict) Get(f *Fiber, k Value) (Value, bool, *Exception) {
	if s, ok := k.(Str); ok {
		// find's first step, without its layers
		if i, ok := d.strFind(string(s)); ok {
			return d.entries[i].value, true, nil
		}
		if d.nonStr == 0 {
			return nil, false, nil
		}
	}
	i, _, err := d.find(f, k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Set stores k: v, keeping the original key and position if k exists.
func (d *Dict) Set(f *Fiber, k, v Value) *Exception {
	if s, ok := k.(Str); ok {
		if d.nonStr > 0 {
			// an equal key may be an instance of a str subclass, in idx
			// (object_native.go): it keeps its place, as in CPython
			if _, i, err := d.lookupSlot(f, k, hashString(string(s))); err != nil || i >= 0 {
				if i >= 0 {
					d.entries[i].value = v
				}
				return err
			}
		}
		d.SetStr(string(s), v)
		return nil
	}
	i, h, err := d.find(f, k)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	n := int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key: k, value: v, hash: h})
	d.live++
	d.nonStr++
	d.Version++
	d.insertIdx(n, h)
	return nil
}

// Delete removes k, reporting whether it was present.
func (d *Dict) Delete(f *Fiber, k Value) (bool, *Exception) {
	if s, ok := k.(Str); ok {
		if d.DelStr(string(s)) {
			return true, nil
		}
		if d.nonStr == 0 {
			return false, nil
		}
		// an equal key may be a str subclass's instance or an object
		// equal to the str, in idx (as in Set)
	}
	h, err := Hash(f, k)
	if err != nil {
		return false, err
	}
	slot, i, err := d.lookupSlot(f, k, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.idx[slot] = idxDummy
	d.nonStr--
	d.removeAt(i)
	return true, nil
}

func (d *Dict) removeAt(i int) {
	d.entries[i] = dictEntry{}
	d.live--
	d.Version++
	if d.live == 0 {
		d.Clear()
	} else if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

// compact drops tombstones and rebuilds the indexes.
func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live*2)
	d.strIdx, d.strFill = nil, 0
	d.nonStr = 0
	for _, e := range old {
		if e.key == nil {
			continue
		}
		if _, ok := e.key.(Str); !ok {
			d.nonStr++
		}
		d.entries = append(d.entries, e)
	}
	if len(d.entries) > smallDict {
		d.buildStrIdx()
	}
	d.idx, d.idxFill = nil, 0
	if d.nonStr > 0 {
		d.rebuildIdx(d.nonStr)
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries, d.strIdx, d.idx, d.live, d.idxFill, d.nonStr, d.strFill = nil, nil, nil, 0, 0, 0, 0
	d.Version++
}

// Keys returns the keys in insertion order (a snapshot).
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items calls fn for each entry in insertion order until fn returns false.
// fn must not modify d.
func (d *Dict) Items(fn func(k, v Value) bool) {
	for _, e := range d.entries {
		if e.key != nil && !fn(e.key, e.value) {
			return
		}
	}
}

// EntryAt returns the i-th slot (for iterators that walk by position);
// ok is false for a tombstone; i must be < Cap().
func (d *Dict) EntryAt(i int) (k, v Value, ok bool) {
	e := d.entries[i]
	return e.key, e.value, e.key != nil
}

// Cap is the number of slots (live entries plus tombstones).
func (d *Dict) Cap() int { return len(d.entries) }

// Copy returns a shallow copy (no user code runs: hashes are reused).
func (d *Dict) Copy() *Dict {
	n := &Dict{entries: d.entries, live: d.live}
	n.compact()
	return n
}

// dictEqual is a == b for dicts.
func dictEqual(f *Fiber, a, b *Dict) (bool, *Exception) {
	if a == b {
		return true, nil
	}
	if a.Len() != b.Len() {
		return false, nil
	}
	if err := f.EnterNested("in comparison"); err != nil {
		return false, err
	}
	defer f.LeaveNested()
	for i := 0; i < a.Cap(); i++ {
		k, v, ok := a.EntryAt(i)
		if !ok {
			continue
		}
		w, found, err := b.Get(f, k)
		if err != nil {
			return false, err
		}
		if !found {
			return false, nil
		}
		eq, err := equal(f, v, w)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func reprDict(f *Fiber, d *Dict) (string, *Exception) {
	if err := f.EnterNested("while getting the repr of an object"); err != nil {
		return "", err
	}
	defer f.LeaveNested()
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i := 0; i < d.Cap(); i++ {
		k, v, ok := d.EntryAt(i)
		if !ok {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		ks, err := repr(f, k)
		if err != nil {
			return "", err
		}
		vs, err := repr(f, v)
		if err != nil {
			return "", err
		}
		sb.WriteString(ks)
		sb.WriteString(": ")
		sb.WriteString(vs)
	}
	sb.WriteByte('}')
	return sb.String(), nil
}

// dictIter walks a dict's slots in order; kind selects keys, values or
// (key, value) tuples.
type dictIter struct {
	d    *Dict
	i    int
	n    int // size when the iterator was made
	kind viewKind
	rev  bool
}

func (it *dictIter) Type() *Class {
	if it.rev {
		switch it.kind {
		case viewValues:
			return DictRevValIteratorClass
		case viewItems:
			return DictRevItemIteratorClass
		}
		return DictRevKeyIteratorClass
	}
	switch it.kind {
	case viewValues:
		return DictValueIteratorClass
	case viewItems:
		return DictItemIteratorClass
	}
	return DictKeyIteratorClass
}

func (it *dictIter) Next(f *Fiber) (Value, bool, *Exception) {
	d := it.d
	if d == nil {
		return nil, false, nil
	}
	if d.Len() != it.n {
		it.n = -1 // keep raising
		return nil, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	if it.rev {
		if it.i > d.Cap() {
			it.i = d.Cap()
		}
		for it.i > 0 {
			it.i--
			if k, v, ok := d.EntryAt(it.i); ok {
				return it.item(k, v), true, nil
			}
		}
	} else {
		for it.i < d.Cap() {
			k, v, ok := d.EntryAt(it.i)
			it.i++
			if ok {
				return it.item(k, v), true, nil
			}
		}
	}
	it.d = nil
	return nil, false, nil
}

func (it *dictIter) item(k, v Value) Value {
	switch it.kind {
	case viewValues:
		return v
	case viewItems:
		return Tuple{k, v}
	}
	return k
}

// dictMerge implements DICT_UPDATE (callee nil) and DICT_MERGE, which
// builds a call's **kwargs for callee.
func (f *Fiber) dictMerge(d *Dict, src Value, callee Value) *Exception {
	isCall := callee != nil
	if s, ok := src.(*Dict); ok {
		var err *Exception
		s.Items(func(k, v Value) bool {
			if isCall {
				if _, ok := k.(Str); !ok {
					err = Errorf(TypeError, "keywords must be strings")
					return false
				}
				if _, dup := d.GetStr(string(k.(Str))); dup {
					err = Errorf(TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(callee), k.(Str))
					return false
				}
			}
			err = d.Set(f, k, v)
			return err == nil
		})
		return err
	}
	keysM, ok := src.Type().Lookup("keys")
	if !ok {
		if isCall {
			return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(callee), TypeName(src))
		}
		return Errorf(TypeError, "'%s' object is not a mapping", TypeName(src))
	}
	keys, err := f.Call(keysM, []Value{src}, nil)
	if err != nil {
		return err
	}
	return Iterate(f, keys, func(k Value) (bool, *Exception) {
		v, err := GetItem(f, src, k)
		if err != nil {
			return false, err
		}
		return true, d.Set(f, k, v)
	})
}

// repr is repr(d): {...} for a dict met again inside itself.
func (d *Dict) repr(f *Fiber) (string, *Exception) {
	if d.Len() == 0 {
		return "{}", nil
	}
	f = reprFiber(f)
	s, ok, err := ReprGuard(f, d, func() (string, *Exception) { return reprDict(f, d) })
	if !ok {
		return "{...}", nil
	}
	return s, err
}

// operator is d | w: a new dict, w's values winning; nil means the
// operator is not dict's for w.
func (d *Dict) operator(f *Fiber, op BinOp, w Value) (Value, *Exception) {
	if b, ok := w.(*Dict); ok && op == OpOr {
		out := d.Copy()
		var err *Exception
		b.Items(func(k, x Value) bool {
			err = out.Set(f, k, x)
			return err == nil
		})
		return out, err
	}
	return nil, nil
}

// inplace is d |= w for a dict w.
func (d *Dict) inplace(f *Fiber, op BinOp, w Value) (Value, *Exception) {
	if b, ok := w.(*Dict); ok && op == OpOr {
		for _, k := range b.Keys() {
			x, _, err := b.Get(f, k)
			if err != nil {
				return nil, err
			}
			if err = d.Set(f, k, x); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return NotImplemented, nil
}

// ---------------------------------------------------------------------
// The dict's slots (see slots.go): len, in, d[k] = x, iteration,
// comparison, hash.

// length is len(d) (dict_length).
func (d *Dict) length() (int, *Exception) { return d.Len(), nil }

// contains is `k in d` (dict_contains).
func (d *Dict) contains(f *Fiber, k Value) (bool, *Exception) {
	_, ok, err := d.Get(f, k)
	return ok, err
}

// setItem is d[k] = x (dict_ass_sub).
func (d *Dict) setItem(f *Fiber, k, x Value) *Exception { return d.Set(f, k, x) }

// newIter is iter(d): its keys (dict_iter).
func (d *Dict) newIter() Iterator { return &dictIter{d: d, n: d.Len(), kind: viewKeys} }

// RichCompare is dict_richcompare: == and != only.
func (d *Dict) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	if b, ok := other.(*Dict); ok && (op == CmpEq || op == CmpNe) {
		eq, err := dictEqual(f, d, b)
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	return NotImplemented, nil
}

// Hash: a dict is unhashable (PyObject_HashNotImplemented).
func (d *Dict) Hash(f *Fiber) (int64, *Exception) { return 0, errUnhashable(d) }
