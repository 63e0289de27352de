package native

// This file defines iteration helpers with fast paths for list, tuple,
// dict and str, falling back to the interp iterator protocol.

import "github.com/asyncscript/asyncscript/interp"

// Iterate calls fn for every item of the iterable v. fn returns false to
// stop early.
func Iterate(f *interp.Fiber, v interp.Value, fn func(interp.Value) (bool, *interp.Exception)) *interp.Exception {
	switch x := v.(type) {
	case *interp.List:
		for i := 0; i < len(x.Items); i++ {
			more, err := fn(x.Items[i])
			if err != nil || !more {
				return err
			}
		}
		return nil
	case interp.Tuple:
		for _, it := range x {
			more, err := fn(it)
			if err != nil || !more {
				return err
			}
		}
		return nil
	case interp.Str:
		for _, r := range string(x) {
			more, err := fn(interp.Str(string(r)))
			if err != nil || !more {
				return err
			}
		}
		return nil
	case *interp.Dict:
		ver := x.Version
		for i := 0; i < x.Cap(); i++ {
			k, _, ok := x.EntryAt(i)
			if !ok {
				continue
			}
			more, err := fn(k)
			if err != nil || !more {
				return err
			}
			if x.Version != ver {
				return interp.Errorf(interp.RuntimeError, "dictionary changed size during iteration")
			}
		}
		return nil
	}
	it, err := GetIter(f, v)
	if err != nil {
		return err
	}
	for {
		item, ok, err := it.Next(f)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		more, err := fn(item)
		if err != nil || !more {
			return err
		}
	}
}

// GetIter is iter(v), with a TypeError if the object model gives nothing.
func GetIter(f *interp.Fiber, v interp.Value) (interp.Iterator, *interp.Exception) {
	if it, ok := v.(interp.Iterator); ok {
		return it, nil
	}
	switch v.(type) {
	case *interp.List, interp.Tuple, interp.Str, *interp.Dict:
		items, err := ToSlice(f, v)
		if err != nil {
			return nil, err
		}
		return &SliceIter{Items: items}, nil
	}
	it, err := interp.GetIter(f, v)
	if err != nil {
		return nil, err
	}
	if it == nil {
		return nil, interp.Errorf(interp.TypeError, "'%s' object is not iterable", interp.TypeName(v))
	}
	return it, nil
}

// ToSlice collects the items of an iterable into a new Go slice.
func ToSlice(f *interp.Fiber, v interp.Value) ([]interp.Value, *interp.Exception) {
	switch x := v.(type) {
	case *interp.List:
		return append([]interp.Value(nil), x.Items...), nil
	case interp.Tuple:
		return append([]interp.Value(nil), x...), nil
	}
	var out []interp.Value
	err := Iterate(f, v, func(item interp.Value) (bool, *interp.Exception) {
		out = append(out, item)
		return true, nil
	})
	return out, err
}

// SliceIter iterates over a Go slice snapshot.
type SliceIter struct {
	Items []interp.Value
	i     int
}

func (*SliceIter) Type() *interp.Class { return interp.IteratorClass }

// Next returns the next item.
func (s *SliceIter) Next(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
	if s.i >= len(s.Items) {
		return nil, false, nil
	}
	v := s.Items[s.i]
	s.i++
	return v, true, nil
}

// Seq is a random-access view of a sequence (list, tuple, str, range or
// anything with __len__/__getitem__).
type Seq struct {
	f     *interp.Fiber
	v     interp.Value
	items []interp.Value // set for list/tuple
	runes []rune         // set for str
	n     int
}

// AsSeq prepares indexed access to v.
func AsSeq(f *interp.Fiber, v interp.Value) (*Seq, *interp.Exception) {
	switch x := v.(type) {
	case *interp.List:
		return &Seq{f: f, v: v, items: x.Items, n: len(x.Items)}, nil
	case interp.Tuple:
		return &Seq{f: f, v: v, items: x, n: len(x)}, nil
	case interp.Str:
		r := []rune(string(x))
		return &Seq{f: f, v: v, runes: r, n: len(r)}, nil
	}
	n, err := interp.Len(f, v)
	if err != nil {
		return nil, err
	}
	return &Seq{f: f, v: v, n: n}, nil
}

// Len is the sequence length.
func (s *Seq) Len() int { return s.n }

// At is s[i] for 0 <= i < Len().
func (s *Seq) At(i int) (interp.Value, *interp.Exception) {
	if s.items != nil {
		return s.items[i], nil
	}
	if s.runes != nil {
		return interp.Str(string(s.runes[i])), nil
	}
	return interp.GetItem(s.f, s.v, interp.Int(i))
}
