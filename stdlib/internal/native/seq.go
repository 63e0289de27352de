package native

// This file defines Seq, random access to a sequence's items (random's
// choice, sample and choices). Iteration itself is interp's: Iterate,
// GetIter, ToList.

import "github.com/asyncscript/asyncscript/interp"

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
