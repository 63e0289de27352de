package interp

// This file defines set and frozenset.
//
// Unlike dict, a set's iteration order is not insertion order: CPython
// walks its open-addressing table by slot, so {3, 1, 2} prints as
// {1, 2, 3}. Programs print sets of small ints and depend on that order,
// so the table here follows CPython 3.11's setobject.c algorithm: the same
// probe sequence (9 linear probes, then perturbed jumps), the same
// resize points and sizes, dummy slots for deletions, the same `finger`
// for pop(), and the same iteration/merge order in union, intersection,
// difference and symmetric difference. With CPython's hashes for ints
// (and other deterministic hashes) the order printed is CPython's.

import "strings"

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

type setEntry struct {
	key  Value // nil: empty (hash 0) or dummy (hash -1)
	hash int64
}

// setTable is the open-addressing table shared by Set and FrozenSet.
type setTable struct {
	table  []setEntry // len is a power of two, at least 8; nil = empty small table
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop() starts looking
}

// Set is a mutable set.
type Set struct{ setTable }

// FrozenSet is an immutable, hashable set.
type FrozenSet struct {
	setTable
	hash   int64
	hashed bool
}

func (*Set) Type() *Class       { return SetClass }
func (*FrozenSet) Type() *Class { return FrozenSetClass }

// NewSet makes an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet makes an empty frozenset.
func NewFrozenSet() *FrozenSet { return &FrozenSet{} }

// SetAdd is s.add(v).
func SetAdd(f *Fiber, s *Set, v Value) *Exception { return s.add(f, v) }

// Len is len(s).
func (s *setTable) Len() int { return s.used }

// Items returns the elements in iteration order.
func (s *setTable) Items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// SetItems returns the elements of a set or frozenset in iteration order
// (nil for other values).
func SetItems(v Value) []Value {
	if t := setOf(v); t != nil {
		return t.Items()
	}
	return nil
}

func setOf(v Value) *setTable {
	switch x := v.(type) {
	case *Set:
		return &x.setTable
	case *FrozenSet:
		return &x.setTable
	}
	return nil
}

func isAnySet(v Value) bool { return setOf(v) != nil }

func (s *setTable) mask() int {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	return len(s.table) - 1
}

// lookup finds key's slot; found reports an active match. The returned
// index is meaningful only when found.
func (s *setTable) lookup(f *Fiber, key Value, hash int64) (int, bool, *Exception) {
	if s.used == 0 {
		return -1, false, nil
	}
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil && e.hash == 0 {
				return -1, false, nil
			}
			if e.hash == hash && e.key != nil {
				start := e.key
				eq, err := setKeyEq(f, start, key)
				if err != nil {
					return -1, false, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || !identicalValues(table[j].key, start) {
					goto restart
				}
				if eq {
					return int(j), true, nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func setKeyEq(f *Fiber, a, b Value) (bool, *Exception) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	}
	return eqItem(f, a, b)
}

func (s *setTable) add(f *Fiber, key Value) *Exception {
	h, err := Hash(f, key)
	if err != nil {
		return err
	}
	return s.addEntry(f, key, h)
}

// addEntry is set_add_entry.
func (s *setTable) addEntry(f *Fiber, key Value, hash int64) *Exception {
restart:
	m := s.mask()
	table := s.table
	mask := uint64(m)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil && e.hash == 0 {
				if free >= 0 {
					s.used++
					table[free] = setEntry{key, hash}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key, hash}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash && e.key != nil {
				start := e.key
				eq, err := setKeyEq(f, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || !identicalValues(table[j].key, start) {
					goto restart
				}
			} else if e.key == nil && e.hash == -1 && free < 0 {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func setInsertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest power of two > minused.
func (s *setTable) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	s.table = make([]setEntry, newsize)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil {
			setInsertClean(s.table, e.key, e.hash)
		}
	}
}

// discardEntry removes key, reporting whether it was present.
func (s *setTable) discardEntry(f *Fiber, key Value, hash int64) (bool, *Exception) {
	i, found, err := s.lookup(f, key, hash)
	if err != nil || !found {
		return false, err
	}
	s.table[i] = setEntry{nil, -1}
	s.used--
	return true, nil
}

func (s *setTable) discard(f *Fiber, key Value) (bool, *Exception) {
	h, err := Hash(f, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(f, key, h)
}

func (s *setTable) contains(f *Fiber, key Value) (bool, *Exception) {
	h, err := Hash(f, key)
	if err != nil {
		if fs := setOf(key); fs != nil && err.Matches(TypeError) {
			// a set is looked up as the equal frozenset
			tmp := &FrozenSet{}
			tmp.merge(f, fs)
			return s.contains(f, tmp)
		}
		return false, err
	}
	_, found, err := s.lookup(f, key, h)
	return found, err
}

func (s *setTable) clear() {
	s.table, s.fill, s.used, s.finger = nil, 0, 0, 0
}

// merge is set_merge: add every element of other (a set table).
func (s *setTable) merge(f *Fiber, other *setTable) *Exception {
	if other == s || other.used == 0 {
		return nil
	}
	m := s.mask()
	if (s.fill+other.used)*5 >= m*3 {
		s.resize((s.used + other.used) * 2)
		m = len(s.table) - 1
	}
	if s.fill == 0 && m == len(other.table)-1 && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		for _, e := range other.table {
			if e.key != nil {
				setInsertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for i := 0; i < len(other.table); i++ {
		e := other.table[i]
		if e.key != nil {
			if err := s.addEntry(f, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update is set_update_internal.
func (s *setTable) update(f *Fiber, other Value) *Exception {
	if o := setOf(other); o != nil {
		return s.merge(f, o)
	}
	if d, ok := other.(*Dict); ok {
		n := d.Len()
		if (s.fill+n)*5 >= s.mask()*3 {
			s.resize((s.used + n) * 2)
		}
		for i := 0; i < d.Cap(); i++ {
			if k, _, ok := d.EntryAt(i); ok {
				if err := s.add(f, k); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return Iterate(f, other, func(x Value) (bool, *Exception) {
		return true, s.add(f, x)
	})
}

// newLike makes an empty set of the same kind as v (set or frozenset).
func newLike(v Value) (Value, *setTable) {
	if _, ok := v.(*FrozenSet); ok {
		n := &FrozenSet{}
		return n, &n.setTable
	}
	n := &Set{}
	return n, &n.setTable
}

func copyLike(v Value, s *setTable) (Value, *setTable) {
	r, t := newLike(v)
	t.merge(nil, s)
	return r, t
}

// MakeSet is set(iterable).
func MakeSet(f *Fiber, iterable Value) (*Set, *Exception) {
	s := &Set{}
	if err := s.update(f, iterable); err != nil {
		return nil, err
	}
	return s, nil
}

// MakeFrozenSet is frozenset(iterable).
func MakeFrozenSet(f *Fiber, iterable Value) (*FrozenSet, *Exception) {
	if fs, ok := iterable.(*FrozenSet); ok {
		return fs, nil
	}
	s := &FrozenSet{}
	if err := s.update(f, iterable); err != nil {
		return nil, err
	}
	return s, nil
}

// ---------------------------------------------------------------------
// Algebra, following setobject.c's choice of which operand is iterated.

// intersectionOf is set_intersection(so, other); res has so's kind.
func intersectionOf(f *Fiber, soV Value, so *setTable, other Value) (Value, *Exception) {
	if o := setOf(other); o == so {
		r, _ := copyLike(soV, so)
		return r, nil
	}
	res, rt := newLike(soV)
	if o := setOf(other); o != nil {
		a, b := so, o
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.key == nil {
				continue
			}
			_, found, err := a.lookup(f, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if found {
				if err := rt.addEntry(f, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return res, nil
	}
	err := Iterate(f, other, func(x Value) (bool, *Exception) {
		h, err := Hash(f, x)
		if err != nil {
			return false, err
		}
		_, found, err := so.lookup(f, x, h)
		if err != nil {
			return false, err
		}
		if found {
			return true, rt.addEntry(f, x, h)
		}
		return true, nil
	})
	return res, err
}

// differenceUpdate is set_difference_update_internal.
func (s *setTable) differenceUpdate(f *Fiber, sV Value, other Value) *Exception {
	if o := setOf(other); o == s {
		s.clear()
		return nil
	}
	if o := setOf(other); o != nil {
		if o.used>>3 > s.used {
			r, err := intersectionOf(f, sV, s, other)
			if err != nil {
				return err
			}
			o = setOf(r)
		}
		for _, e := range o.table {
			if e.key != nil {
				if _, err := s.discardEntry(f, e.key, e.hash); err != nil {
					return err
				}
			}
		}
	} else {
		err := Iterate(f, other, func(x Value) (bool, *Exception) {
			_, err := s.discard(f, x)
			return true, err
		})
		if err != nil {
			return err
		}
	}
	if s.table != nil && s.fill-s.used > (len(s.table)-1)/4 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
	return nil
}

// differenceOf is set_difference(so, other).
func differenceOf(f *Fiber, soV Value, so *setTable, other Value) (Value, *Exception) {
	var otherSize int
	o := setOf(other)
	d, isDict := other.(*Dict)
	switch {
	case o != nil:
		otherSize = o.used
	case isDict:
		otherSize = d.Len()
	default:
		otherSize = -1
	}
	if otherSize < 0 || so.used>>2 > otherSize {
		r, rt := copyLike(soV, so)
		return r, rt.differenceUpdate(f, r, other)
	}
	res, rt := newLike(soV)
	for _, e := range so.table {
		if e.key == nil {
			continue
		}
		var found bool
		var err *Exception
		if o != nil {
			_, found, err = o.lookup(f, e.key, e.hash)
		} else {
			_, found, err = d.Get(f, e.key)
		}
		if err != nil {
			return nil, err
		}
		if !found {
			if err := rt.addEntry(f, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

// symDiffUpdate is set_symmetric_difference_update.
func (s *setTable) symDiffUpdate(f *Fiber, sV Value, other Value) *Exception {
	if o := setOf(other); o == s {
		s.clear()
		return nil
	}
	o := setOf(other)
	if o == nil {
		if d, ok := other.(*Dict); ok {
			for i := 0; i < d.Cap(); i++ {
				k, _, ok := d.EntryAt(i)
				if !ok {
					continue
				}
				h, err := Hash(f, k)
				if err != nil {
					return err
				}
				found, err := s.discardEntry(f, k, h)
				if err != nil {
					return err
				}
				if !found {
					if err := s.addEntry(f, k, h); err != nil {
						return err
					}
				}
			}
			return nil
		}
		tmp, err := MakeSet(f, other)
		if err != nil {
			return err
		}
		o = &tmp.setTable
	}
	for _, e := range o.table {
		if e.key == nil {
			continue
		}
		found, err := s.discardEntry(f, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(f, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// symDiffOf is set_symmetric_difference: a new set from other, updated
// with so.
func symDiffOf(f *Fiber, soV Value, so *setTable, other Value) (Value, *Exception) {
	res, rt := newLike(soV)
	if err := rt.update(f, other); err != nil {
		return nil, err
	}
	return res, rt.symDiffUpdate(f, res, soV)
}

func unionOf(f *Fiber, soV Value, so *setTable, others []Value) (Value, *Exception) {
	res, rt := copyLike(soV, so)
	for _, o := range others {
		if setOf(o) == so {
			continue
		}
		if err := rt.update(f, o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func (s *setTable) isSubset(f *Fiber, o *setTable) (bool, *Exception) {
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.table {
		if e.key == nil {
			continue
		}
		_, found, err := o.lookup(f, e.key, e.hash)
		if err != nil || !found {
			return false, err
		}
	}
	return true, nil
}

// SetBinary evaluates v op w for sets/frozensets (| & - ^); the result
// has v's kind. inplace on a *Set mutates and returns v.
func SetBinary(f *Fiber, op BinOp, v, w Value, inplace bool) (Value, *Exception) {
	s := setOf(v)
	if inplace {
		if _, ok := v.(*Set); ok {
			var err *Exception
			switch op {
			case OpOr:
				err = s.update(f, w)
			case OpAnd:
				var r Value
				if r, err = intersectionOf(f, v, s, w); err == nil {
					*s = *setOf(r)
				}
			case OpSub:
				err = s.differenceUpdate(f, v, w)
			case OpXor:
				err = s.symDiffUpdate(f, v, w)
			}
			return v, err
		}
	}
	switch op {
	case OpOr:
		return unionOf(f, v, s, []Value{w})
	case OpAnd:
		return intersectionOf(f, v, s, w)
	case OpSub:
		return differenceOf(f, v, s, w)
	case OpXor:
		return symDiffOf(f, v, s, w)
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", BinOpSymbols[op], TypeName(v), TypeName(w))
}

// SetCompare evaluates a rich comparison of two sets/frozensets.
func SetCompare(f *Fiber, op CmpOp, v, w Value) (Value, *Exception) {
	a, b := setOf(v), setOf(w)
	switch op {
	case CmpEq, CmpNe:
		eq := a.used == b.used
		if eq {
			fa, okA := v.(*FrozenSet)
			fb, okB := w.(*FrozenSet)
			if okA && okB && fa.hashed && fb.hashed && fa.hash != fb.hash {
				eq = false
			} else {
				var err *Exception
				if eq, err = a.isSubset(f, b); err != nil {
					return nil, err
				}
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	case CmpLe:
		r, err := a.isSubset(f, b)
		return Bool(r), err
	case CmpGe:
		r, err := b.isSubset(f, a)
		return Bool(r), err
	case CmpLt:
		if a.used >= b.used {
			return False, nil
		}
		r, err := a.isSubset(f, b)
		return Bool(r), err
	case CmpGt:
		if a.used <= b.used {
			return False, nil
		}
		r, err := b.isSubset(f, a)
		return Bool(r), err
	}
	return False, nil
}

// Hash is hash(frozenset), CPython's algorithm over the entry hashes.
func (s *FrozenSet) Hash(f *Fiber) (int64, *Exception) {
	if !s.hashed {
		s.hash = FrozenSetHash(s)
		s.hashed = true
	}
	return s.hash, nil
}

func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// FrozenSetHash is frozenset_hash.
func FrozenSetHash(s *FrozenSet) int64 {
	var h uint64
	for _, e := range s.table {
		if e.key != nil {
			h ^= shuffleBits(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	return int64(h)
}

// Repr is repr(s): {1, 2} or set().
func (s *Set) Repr(f *Fiber) (string, *Exception) {
	if s.used == 0 {
		return "set()", nil
	}
	return setBody(f, &s.setTable)
}

// Repr is repr(s): frozenset({1, 2}) or frozenset().
func (s *FrozenSet) Repr(f *Fiber) (string, *Exception) {
	if s.used == 0 {
		return "frozenset()", nil
	}
	b, err := setBody(f, &s.setTable)
	return "frozenset(" + b + ")", err
}

func setBody(f *Fiber, s *setTable) (string, *Exception) {
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for _, e := range s.table {
		if e.key == nil {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		r, err := Repr(f, e.key)
		if err != nil {
			return "", err
		}
		sb.WriteString(r)
	}
	sb.WriteByte('}')
	return sb.String(), nil
}

// setIter walks a set table by slot.
type setIter struct {
	s *setTable
	i int
	n int // size when made
}

func (*setIter) Type() *Class { return SetIteratorClass }
func (it *setIter) Next(f *Fiber) (Value, bool, *Exception) {
	s := it.s
	if s == nil {
		return nil, false, nil
	}
	if s.used != it.n {
		it.n = -1
		return nil, false, Errorf(RuntimeError, "Set changed size during iteration")
	}
	for it.i < len(s.table) {
		e := s.table[it.i]
		it.i++
		if e.key != nil {
			return e.key, true, nil
		}
	}
	it.s = nil
	return nil, false, nil
}

// ---------------------------------------------------------------------
// Constructors and methods.

func newSetObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "set expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return NewSet(), nil
	}
	return MakeSet(f, args[0])
}

func newFrozenSetObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "frozenset() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "frozenset expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return NewFrozenSet(), nil
	}
	return MakeFrozenSet(f, args[0])
}

func setMethodName(v Value, m string) string { return TypeName(v) + "." + m }

func setAddMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("set.add", args[1:], kw); err != nil {
		return nil, err
	}
	return None, args[0].(*Set).add(f, args[1])
}

func setRemove(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("set.remove", args[1:], kw); err != nil {
		return nil, err
	}
	found, err := args[0].(*Set).discard(f, args[1])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, NewException(KeyError, args[1])
	}
	return None, nil
}

func setDiscard(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("set.discard", args[1:], kw); err != nil {
		return nil, err
	}
	_, err := args[0].(*Set).discard(f, args[1])
	return None, err
}

func setPop(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("set.pop", args[1:], kw); err != nil {
		return nil, err
	}
	s := args[0].(*Set)
	if s.used == 0 {
		return nil, NewException(KeyError, Str("pop from an empty set"))
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{nil, -1}
	s.used--
	s.finger = i + 1
	return k, nil
}

func setClearMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs("set.clear", args[1:], kw); err != nil {
		return nil, err
	}
	args[0].(*Set).clear()
	return None, nil
}

func setCopy(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkNoArgs(setMethodName(args[0], "copy"), args[1:], kw); err != nil {
		return nil, err
	}
	if fs, ok := args[0].(*FrozenSet); ok {
		return fs, nil
	}
	r, _ := copyLike(args[0], setOf(args[0]))
	return r, nil
}

func noKw(name string, kw []KV) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

func setUpdateMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := noKw("set.update", kw); err != nil {
		return nil, err
	}
	s := args[0].(*Set)
	for _, o := range args[1:] {
		if err := s.update(f, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setUnion(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := noKw(setMethodName(args[0], "union"), kw); err != nil {
		return nil, err
	}
	return unionOf(f, args[0], setOf(args[0]), args[1:])
}

func setIntersection(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := noKw(setMethodName(args[0], "intersection"), kw); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		r, _ := copyLike(args[0], setOf(args[0]))
		return r, nil
	}
	res := args[0]
	for _, o := range args[1:] {
		r, err := intersectionOf(f, res, setOf(res), o)
		if err != nil {
			return nil, err
		}
		res = r
	}
	return res, nil
}

func setIntersectionUpdate(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	r, err := setIntersection(f, args, kw)
	if err != nil {
		return nil, err
	}
	s := args[0].(*Set)
	s.setTable = *setOf(r)
	return None, nil
}

func setDifference(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := noKw(setMethodName(args[0], "difference"), kw); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		r, _ := copyLike(args[0], setOf(args[0]))
		return r, nil
	}
	res, err := differenceOf(f, args[0], setOf(args[0]), args[1])
	if err != nil {
		return nil, err
	}
	for _, o := range args[2:] {
		if err := setOf(res).differenceUpdate(f, res, o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func setDifferenceUpdate(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := noKw("set.difference_update", kw); err != nil {
		return nil, err
	}
	s := args[0].(*Set)
	for _, o := range args[1:] {
		if err := s.differenceUpdate(f, s, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setSymDiff(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1(setMethodName(args[0], "symmetric_difference"), args[1:], kw); err != nil {
		return nil, err
	}
	return symDiffOf(f, args[0], setOf(args[0]), args[1])
}

func setSymDiffUpdate(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1("set.symmetric_difference_update", args[1:], kw); err != nil {
		return nil, err
	}
	s := args[0].(*Set)
	return None, s.symDiffUpdate(f, s, args[1])
}

// otherAsSet returns other's table, building a set from an iterable.
func otherAsSet(f *Fiber, other Value) (*setTable, *Exception) {
	if o := setOf(other); o != nil {
		return o, nil
	}
	s, err := MakeSet(f, other)
	if err != nil {
		return nil, err
	}
	return &s.setTable, nil
}

func setIsSubset(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1(setMethodName(args[0], "issubset"), args[1:], kw); err != nil {
		return nil, err
	}
	o, err := otherAsSet(f, args[1])
	if err != nil {
		return nil, err
	}
	r, err := setOf(args[0]).isSubset(f, o)
	return Bool(r), err
}

func setIsSuperset(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1(setMethodName(args[0], "issuperset"), args[1:], kw); err != nil {
		return nil, err
	}
	s := setOf(args[0])
	if o := setOf(args[1]); o != nil {
		r, err := o.isSubset(f, s)
		return Bool(r), err
	}
	ok := true
	err := Iterate(f, args[1], func(x Value) (bool, *Exception) {
		found, err := s.contains(f, x)
		if !found {
			ok = false
		}
		return found, err
	})
	return Bool(ok), err
}

func setIsDisjoint(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if err := checkExact1(setMethodName(args[0], "isdisjoint"), args[1:], kw); err != nil {
		return nil, err
	}
	s := setOf(args[0])
	if o := setOf(args[1]); o != nil {
		a, b := s, o
		if a.used > b.used {
			a, b = b, a
		}
		for _, e := range a.table {
			if e.key == nil {
				continue
			}
			_, found, err := b.lookup(f, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if found {
				return False, nil
			}
		}
		return True, nil
	}
	disjoint := true
	err := Iterate(f, args[1], func(x Value) (bool, *Exception) {
		found, err := s.contains(f, x)
		if found {
			disjoint = false
		}
		return !found, err
	})
	return Bool(disjoint), err
}

// setupSets installs set and frozenset into the builtin classes; see universe.go.
func setupSets() {
	SetClass.New = newSetObj
	FrozenSetClass.New = newFrozenSetObj
	common := map[string]NativeFunc{
		"copy":                 setCopy,
		"union":                setUnion,
		"intersection":         setIntersection,
		"difference":           setDifference,
		"symmetric_difference": setSymDiff,
		"issubset":             setIsSubset,
		"issuperset":           setIsSuperset,
		"isdisjoint":           setIsDisjoint,
		"__len__":              dunderLen,
		"__iter__":             dunderIter,
		"__contains__":         dunderContains,
	}
	SetClass.AddMethods(common)
	FrozenSetClass.AddMethods(common)
	SetClass.AddMethods(map[string]NativeFunc{
		"add":                         setAddMethod,
		"remove":                      setRemove,
		"discard":                     setDiscard,
		"pop":                         setPop,
		"clear":                       setClearMethod,
		"update":                      setUpdateMethod,
		"intersection_update":         setIntersectionUpdate,
		"difference_update":           setDifferenceUpdate,
		"symmetric_difference_update": setSymDiffUpdate,
	})
}

// ---------------------------------------------------------------------
// Operator hooks (ops_core.go's BinaryOperander, RichComparer, Hasher).

// BinaryOp implements | & - ^ between sets and frozensets (the result has
// the left operand's kind; inplace on a set mutates it).
func (s *Set) BinaryOp(f *Fiber, op BinOp, other Value, reflected, inplace bool) (Value, *Exception) {
	return setBinaryHook(f, s, op, other, reflected, inplace)
}

// BinaryOp implements | & - ^ between frozensets and sets.
func (s *FrozenSet) BinaryOp(f *Fiber, op BinOp, other Value, reflected, inplace bool) (Value, *Exception) {
	return setBinaryHook(f, s, op, other, reflected, false)
}

func setBinaryHook(f *Fiber, self Value, op BinOp, other Value, reflected, inplace bool) (Value, *Exception) {
	switch op {
	case OpOr, OpAnd, OpSub, OpXor:
	default:
		return NotImplemented, nil
	}
	if !isAnySet(other) {
		return NotImplemented, nil
	}
	if reflected {
		return SetBinary(f, op, other, self, false)
	}
	return SetBinary(f, op, self, other, inplace)
}

// RichCompare implements set comparisons (subset order).
func (s *Set) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	return setRichCompare(f, s, op, other)
}

// RichCompare implements frozenset comparisons (subset order).
func (s *FrozenSet) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	return setRichCompare(f, s, op, other)
}

func setRichCompare(f *Fiber, self Value, op CmpOp, other Value) (Value, *Exception) {
	if !isAnySet(other) {
		return NotImplemented, nil
	}
	return SetCompare(f, op, self, other)
}

// Hash reports that sets are unhashable.
func (s *Set) Hash(f *Fiber) (int64, *Exception) {
	return 0, Errorf(TypeError, "unhashable type: 'set'")
}

func buildSet(f *Fiber, items []Value) (Value, *Exception) {
	s, err := SetClass.New(f, SetClass, nil, nil)
	if err != nil {
		return nil, err
	}
	for _, v := range items {
		if err := setAdd(f, s, v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func setAdd(f *Fiber, s, v Value) *Exception {
	_, _, err := CallDunder(f, s, "add", v)
	return err
}

// length is len(s) of a set or frozenset (set_len).
func (s *setTable) length() (int, *Exception) { return s.used, nil }

// newIter is iter(s) of a set or frozenset (set_iter).
func (s *setTable) newIter() Iterator { return &setIter{s: s, n: s.used} }
