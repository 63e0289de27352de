package interp

// This file defines Dict, the insertion-ordered hash table behind dict,
// set, instance attributes and module globals. Entries live in one dense
// slice in insertion order; deleted entries leave a tombstone (key nil)
// until the next compaction. String keys take a fast path that never
// calls Hash or Equal.

// Dict is an insertion-ordered mapping.
type Dict struct {
	entries []dictEntry
	live    int
	strIdx  map[string]int32  // Str keys -> entry index
	hashIdx map[int64][]int32 // other keys: hash -> entry indexes
	// Version changes on every insertion or deletion, so iterators can
	// raise "dictionary changed size during iteration".
	Version uint64
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

// GetStr looks up a string key without any user code.
func (d *Dict) GetStr(key string) (Value, bool) {
	if i, ok := d.strIdx[key]; ok {
		return d.entries[i].value, true
	}
	return nil, false
}

// SetStr stores a string key.
func (d *Dict) SetStr(key string, v Value) {
	if i, ok := d.strIdx[key]; ok {
		d.entries[i].value = v
		return
	}
	if d.strIdx == nil {
		d.strIdx = make(map[string]int32)
	}
	d.strIdx[key] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key: Str(key), value: v})
	d.live++
	d.Version++
}

// DelStr deletes a string key, reporting whether it was present.
func (d *Dict) DelStr(key string) bool {
	i, ok := d.strIdx[key]
	if !ok {
		return false
	}
	delete(d.strIdx, key)
	d.removeAt(int(i))
	return true
}

func (d *Dict) find(f *Fiber, k Value) (int, int64, *Exception) {
	if s, ok := k.(Str); ok {
		if i, ok := d.strIdx[string(s)]; ok {
			return int(i), 0, nil
		}
		return -1, 0, nil
	}
	h, err := Hash(f, k)
	if err != nil {
		return -1, 0, err
	}
	for _, i := range d.hashIdx[h] {
		e := &d.entries[i]
		if e.key == nil {
			continue
		}
		if identicalValues(e.key, k) {
			return int(i), h, nil
		}
		eq, err := Equal(f, e.key, k)
		if err != nil {
			return -1, h, err
		}
		if eq {
			return int(i), h, nil
		}
	}
	return -1, h, nil
}

// Get looks up any hashable key; errors come from unhashable keys or
// user __eq__/__hash__.
func (d *Dict) Get(f *Fiber, k Value) (Value, bool, *Exception) {
	i, _, err := d.find(f, k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Set stores k: v, keeping the original key and position if k exists.
func (d *Dict) Set(f *Fiber, k, v Value) *Exception {
	if s, ok := k.(Str); ok {
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
	if d.hashIdx == nil {
		d.hashIdx = make(map[int64][]int32)
	}
	d.hashIdx[h] = append(d.hashIdx[h], int32(len(d.entries)))
	d.entries = append(d.entries, dictEntry{key: k, value: v, hash: h})
	d.live++
	d.Version++
	return nil
}

// Delete removes k, reporting whether it was present.
func (d *Dict) Delete(f *Fiber, k Value) (bool, *Exception) {
	if s, ok := k.(Str); ok {
		return d.DelStr(string(s)), nil
	}
	i, h, err := d.find(f, k)
	if err != nil || i < 0 {
		return false, err
	}
	idx := d.hashIdx[h]
	for j, x := range idx {
		if int(x) == i {
			idx = append(idx[:j:j], idx[j+1:]...)
			break
		}
	}
	if len(idx) == 0 {
		delete(d.hashIdx, h)
	} else {
		d.hashIdx[h] = idx
	}
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
	d.strIdx, d.hashIdx = nil, nil
	for _, e := range old {
		if e.key == nil {
			continue
		}
		n := int32(len(d.entries))
		if s, ok := e.key.(Str); ok {
			if d.strIdx == nil {
				d.strIdx = make(map[string]int32)
			}
			d.strIdx[string(s)] = n
		} else {
			if d.hashIdx == nil {
				d.hashIdx = make(map[int64][]int32)
			}
			d.hashIdx[e.hash] = append(d.hashIdx[e.hash], n)
		}
		d.entries = append(d.entries, e)
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries, d.strIdx, d.hashIdx, d.live = nil, nil, nil, 0
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
