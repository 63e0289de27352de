package collections

// This file defines collections.deque: a ring buffer with an optional
// maxlen, CPython's error messages, and a mutation counter so iteration
// detects "deque mutated during iteration".

import (
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Deque is a collections.deque.
type Deque struct {
	buf    []interp.Value // ring storage; len(buf) is the capacity
	head   int
	n      int
	maxlen int // -1 for unbounded
	state  uint64
	cls    *interp.Class
}

// DequeClass is collections.deque.
var DequeClass = native.NewType("deque", "collections", nil, nil)

func (d *Deque) Type() *interp.Class { return d.cls }

// NewDeque makes an empty deque (maxlen < 0: unbounded).
func NewDeque(maxlen int) *Deque { return &Deque{maxlen: maxlen, cls: DequeClass} }

// Len is len(d).
func (d *Deque) Len() int { return d.n }

// At is d[i] for 0 <= i < Len().
func (d *Deque) At(i int) interp.Value { return d.buf[(d.head+i)%len(d.buf)] }

func (d *Deque) set(i int, v interp.Value) { d.buf[(d.head+i)%len(d.buf)] = v }

func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	nb := make([]interp.Value, max(8, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		nb[i] = d.At(i)
	}
	d.buf, d.head = nb, 0
}

// Items returns the elements in order (a copy).
func (d *Deque) Items() []interp.Value {
	out := make([]interp.Value, d.n)
	for i := range out {
		out[i] = d.At(i)
	}
	return out
}

// Append adds on the right, dropping from the left when full.
func (d *Deque) Append(v interp.Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.PopLeft()
	}
	d.grow()
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
}

// AppendLeft adds on the left, dropping from the right when full.
func (d *Deque) AppendLeft(v interp.Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.Pop()
	}
	d.grow()
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
}

// Pop removes from the right; nil when empty.
func (d *Deque) Pop() interp.Value {
	if d.n == 0 {
		return nil
	}
	d.state++
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	return v
}

// PopLeft removes from the left; nil when empty.
func (d *Deque) PopLeft() interp.Value {
	if d.n == 0 {
		return nil
	}
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	return v
}

func (d *Deque) replace(items []interp.Value) {
	d.state++
	d.buf = append([]interp.Value(nil), items...)
	if len(d.buf) == 0 {
		d.buf = nil
	}
	d.head, d.n = 0, len(items)
}

// Rotate rotates n steps to the right.
func (d *Deque) Rotate(n int) {
	if d.n <= 1 {
		return
	}
	n %= d.n
	if n < 0 {
		n += d.n
	}
	if n == 0 {
		return
	}
	items := d.Items()
	out := append(append([]interp.Value{}, items[d.n-n:]...), items[:d.n-n]...)
	d.replace(out)
}

type dequeIter struct {
	d       *Deque
	i       int
	state   uint64
	reverse bool
}

func (it *dequeIter) Type() *interp.Class {
	if it.reverse {
		return dequeRevIterClass
	}
	return dequeIterClass
}

var dequeIterClass = native.NewType("_deque_iterator", "collections", nil, nil)
var dequeRevIterClass = native.NewType("_deque_reverse_iterator", "collections", nil, nil)

func (it *dequeIter) Next(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
	if it.d.state != it.state {
		return nil, false, interp.Errorf(interp.RuntimeError, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		return nil, false, nil
	}
	var v interp.Value
	if it.reverse {
		v = it.d.At(it.d.n - 1 - it.i)
	} else {
		v = it.d.At(it.i)
	}
	it.i++
	return v, true, nil
}

func iterMethods(c *interp.Class) {
	c.AddMethods(map[string]interp.NativeFunc{
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return args[0], nil
		},
		"__next__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			it, ok := args[0].(interp.Iterator)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "expected an iterator")
			}
			v, ok, err := it.Next(f)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, interp.NewException(interp.StopIteration)
			}
			return v, nil
		},
	})
}

func dq(args []interp.Value, name string) (*Deque, *interp.Exception) {
	if len(args) > 0 {
		if d, ok := args[0].(*Deque); ok {
			return d, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' for 'collections.deque' objects doesn't apply to this object", name)
}

// index normalises an index argument: an int or an object with
// __index__, as CPython's sequence subscript takes.
func (d *Deque) index(f *interp.Fiber, k interp.Value) (int, *interp.Exception) {
	isInt := native.IsInt(k)
	if _, ok := k.Type().Lookup("__index__"); !isInt && !ok {
		return 0, interp.Errorf(interp.TypeError, "sequence index must be integer, not '%s'", interp.TypeName(k))
	}
	i, err := native.Index(f, k)
	if err != nil {
		if !isInt {
			return 0, err
		}
		return 0, interp.Errorf(interp.IndexError, "deque index out of range")
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, interp.Errorf(interp.IndexError, "deque index out of range")
	}
	return int(i), nil
}

// Repr renders deque([...]) or deque([...], maxlen=N).
func (d *Deque) Repr(f *interp.Fiber) (string, *interp.Exception) {
	var b strings.Builder
	b.WriteString(d.cls.Name + "([")
	for i, v := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := interp.Repr(f, v)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString("]")
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=")
		b.WriteString(strconv.Itoa(d.maxlen))
	}
	b.WriteString(")")
	return b.String(), nil
}

func (d *Deque) extend(f *interp.Fiber, it interp.Value, left bool) *interp.Exception {
	if it == interp.Value(d) {
		items := d.Items()
		it = interp.Tuple(items)
	}
	return interp.Iterate(f, it, func(v interp.Value) (bool, *interp.Exception) {
		if left {
			d.AppendLeft(v)
		} else {
			d.Append(v)
		}
		return true, nil
	})
}

func (d *Deque) find(f *interp.Fiber, x interp.Value, start, stop int) (int, *interp.Exception) {
	state := d.state
	for i := max(start, 0); i < min(stop, d.n); i++ {
		eq, err := interp.Equal(f, d.At(i), x)
		if err != nil {
			return -1, err
		}
		if d.state != state {
			return -1, interp.Errorf(interp.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func (d *Deque) compare(f *interp.Fiber, other interp.Value, op interp.CmpOp) (interp.Value, *interp.Exception) {
	o, ok := other.(*Deque)
	if !ok {
		return interp.NotImplemented, nil
	}
	return interp.Compare(f, op, &interp.List{Items: d.Items()}, &interp.List{Items: o.Items()})
}

func initDeque() {
	DequeClass.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var it, ml interp.Value
		if err := interp.UnpackArgs("deque", args, kw, "iterable?", &it, "maxlen?", &ml); err != nil {
			return nil, err
		}
		maxlen := -1
		if ml != nil && ml != interp.None {
			// CPython reads maxlen with PyLong_AsSsize_t: no __index__
			if !native.IsInt(ml) {
				return nil, interp.Errorf(interp.TypeError, "an integer is required")
			}
			n, err := native.Index(f, ml)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, interp.Errorf(interp.ValueError, "maxlen must be non-negative")
			}
			maxlen = int(n)
		}
		d := &Deque{maxlen: maxlen, cls: cls}
		if it != nil {
			if err := d.extend(f, it, false); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	iterMethods(dequeIterClass)
	iterMethods(dequeRevIterClass)
	DequeClass.Dict["__hash__"] = interp.None
	DequeClass.AddMethods(map[string]interp.NativeFunc{
		"__init__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.None, nil
		},
		"append": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "append")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.append", args[1:], kw, 1); err != nil {
				return nil, err
			}
			d.Append(args[1])
			return interp.None, nil
		},
		"appendleft": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "appendleft")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.appendleft", args[1:], kw, 1); err != nil {
				return nil, err
			}
			d.AppendLeft(args[1])
			return interp.None, nil
		},
		"pop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "pop")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.pop", args[1:], kw, 0); err != nil {
				return nil, err
			}
			if v := d.Pop(); v != nil {
				return v, nil
			}
			return nil, interp.Errorf(interp.IndexError, "pop from an empty deque")
		},
		"popleft": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "popleft")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.popleft", args[1:], kw, 0); err != nil {
				return nil, err
			}
			if v := d.PopLeft(); v != nil {
				return v, nil
			}
			return nil, interp.Errorf(interp.IndexError, "pop from an empty deque")
		},
		"extend": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "extend")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.extend", args[1:], kw, 1); err != nil {
				return nil, err
			}
			return interp.None, d.extend(f, args[1], false)
		},
		"extendleft": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "extendleft")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.extendleft", args[1:], kw, 1); err != nil {
				return nil, err
			}
			return interp.None, d.extend(f, args[1], true)
		},
		"__iadd__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__iadd__")
			if err != nil {
				return nil, err
			}
			if err := d.extend(f, args[1], false); err != nil {
				return nil, err
			}
			return d, nil
		},
		"__add__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__add__")
			if err != nil {
				return nil, err
			}
			o, ok := args[1].(*Deque)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "can only concatenate deque (not \"%s\") to deque", interp.TypeName(args[1]))
			}
			n := &Deque{maxlen: d.maxlen, cls: d.cls}
			for _, v := range d.Items() {
				n.Append(v)
			}
			for _, v := range o.Items() {
				n.Append(v)
			}
			return n, nil
		},
		"__mul__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__mul__")
			if err != nil {
				return nil, err
			}
			k, err := native.Index(f, args[1])
			if err != nil {
				return interp.NotImplemented, nil
			}
			n := &Deque{maxlen: d.maxlen, cls: d.cls}
			items := d.Items()
			for i := int64(0); i < k; i++ {
				for _, v := range items {
					n.Append(v)
				}
			}
			return n, nil
		},
		"rotate": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "rotate")
			if err != nil {
				return nil, err
			}
			if err := interp.ArgsBetween("rotate", args[1:], kw, 0, 1); err != nil {
				return nil, err
			}
			n := int64(1)
			if len(args) > 1 {
				if n, err = native.Index(f, args[1]); err != nil {
					return nil, err
				}
			}
			d.Rotate(int(n % int64(max(d.n, 1))))
			return interp.None, nil
		},
		"clear": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "clear")
			if err != nil {
				return nil, err
			}
			d.replace(nil)
			return interp.None, nil
		},
		"copy": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "copy")
			if err != nil {
				return nil, err
			}
			n := &Deque{maxlen: d.maxlen, cls: d.cls}
			n.replace(d.Items())
			return n, nil
		},
		"reverse": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "reverse")
			if err != nil {
				return nil, err
			}
			items := d.Items()
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			d.replace(items)
			return interp.None, nil
		},
		"count": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "count")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.count", args[1:], kw, 1); err != nil {
				return nil, err
			}
			c := 0
			state := d.state
			for i := 0; i < d.n; i++ {
				eq, err := interp.Equal(f, d.At(i), args[1])
				if err != nil {
					return nil, err
				}
				if d.state != state {
					return nil, interp.Errorf(interp.RuntimeError, "deque mutated during iteration")
				}
				if eq {
					c++
				}
			}
			return interp.Int(c), nil
		},
		"index": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "index")
			if err != nil {
				return nil, err
			}
			if err := interp.ArgsBetween("index", args[1:], kw, 1, 3); err != nil {
				return nil, err
			}
			start, stop := 0, d.n
			if len(args) > 2 {
				s, err := native.Index(f, args[2])
				if err != nil {
					return nil, err
				}
				if s < 0 {
					s += int64(d.n)
				}
				start = int(max(s, 0))
			}
			if len(args) > 3 {
				s, err := native.Index(f, args[3])
				if err != nil {
					return nil, err
				}
				if s < 0 {
					s += int64(d.n)
				}
				stop = int(max(s, 0))
			}
			i, err := d.find(f, args[1], start, stop)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				r, err := interp.Repr(f, args[1])
				if err != nil {
					return nil, err
				}
				return nil, interp.Errorf(interp.ValueError, "%s is not in deque", r)
			}
			return interp.Int(i), nil
		},
		"remove": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "remove")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("deque.remove", args[1:], kw, 1); err != nil {
				return nil, err
			}
			i, err := d.find(f, args[1], 0, d.n)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				r, err := interp.Repr(f, args[1])
				if err != nil {
					return nil, err
				}
				return nil, interp.Errorf(interp.ValueError, "%s is not in deque", r)
			}
			items := d.Items()
			d.replace(append(items[:i], items[i+1:]...))
			return interp.None, nil
		},
		"insert": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "insert")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("insert", args[1:], kw, 2); err != nil {
				return nil, err
			}
			i, err := native.Index(f, args[1])
			if err != nil {
				return nil, err
			}
			if d.maxlen >= 0 && d.n >= d.maxlen {
				return nil, interp.Errorf(interp.IndexError, "deque already at its maximum size")
			}
			if i < 0 {
				i += int64(d.n)
				if i < 0 {
					i = 0
				}
			}
			if i > int64(d.n) {
				i = int64(d.n)
			}
			items := d.Items()
			items = append(items[:i], append([]interp.Value{args[2]}, items[i:]...)...)
			d.replace(items)
			return interp.None, nil
		},
		"__len__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__len__")
			if err != nil {
				return nil, err
			}
			return interp.Int(d.n), nil
		},
		"__bool__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__bool__")
			if err != nil {
				return nil, err
			}
			return interp.Bool(d.n > 0), nil
		},
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__iter__")
			if err != nil {
				return nil, err
			}
			return &dequeIter{d: d, state: d.state}, nil
		},
		"__reversed__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__reversed__")
			if err != nil {
				return nil, err
			}
			return &dequeIter{d: d, state: d.state, reverse: true}, nil
		},
		"__contains__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__contains__")
			if err != nil {
				return nil, err
			}
			i, err := d.find(f, args[1], 0, d.n)
			return interp.Bool(i >= 0), err
		},
		"__getitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__getitem__")
			if err != nil {
				return nil, err
			}
			i, err := d.index(f, args[1])
			if err != nil {
				return nil, err
			}
			return d.At(i), nil
		},
		"__setitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__setitem__")
			if err != nil {
				return nil, err
			}
			i, err := d.index(f, args[1])
			if err != nil {
				return nil, err
			}
			d.set(i, args[2])
			return interp.None, nil
		},
		"__delitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__delitem__")
			if err != nil {
				return nil, err
			}
			i, err := d.index(f, args[1])
			if err != nil {
				return nil, err
			}
			items := d.Items()
			d.replace(append(items[:i], items[i+1:]...))
			return interp.None, nil
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			d, err := dq(args, "__repr__")
			if err != nil {
				return nil, err
			}
			s, err := d.Repr(f)
			return interp.Str(s), err
		},
		"__eq__": cmpMethod(interp.CmpEq),
		"__ne__": cmpMethod(interp.CmpNe),
		"__lt__": cmpMethod(interp.CmpLt),
		"__le__": cmpMethod(interp.CmpLe),
		"__gt__": cmpMethod(interp.CmpGt),
		"__ge__": cmpMethod(interp.CmpGe),
	})
}

func cmpMethod(op interp.CmpOp) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		d, err := dq(args, "__eq__")
		if err != nil {
			return nil, err
		}
		return d.compare(f, args[1], op)
	}
}

// Attr serves deque.maxlen (interp.HasAttrs).
func (d *Deque) Attr(f *interp.Fiber, name string) (interp.Value, bool, *interp.Exception) {
	if name == "maxlen" {
		if d.maxlen < 0 {
			return interp.None, true, nil
		}
		return interp.Int(d.maxlen), true, nil
	}
	return nil, false, nil
}

func initDequeAttrs() {
	native.SetGetattr(DequeClass, func(f *interp.Fiber, v interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		return v.(*Deque).Attr(f, name)
	})
}
