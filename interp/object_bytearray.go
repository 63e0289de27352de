package interp

// This file defines the bytearray type (CPython's
// Objects/bytearrayobject.c): a mutable bytes. Its value, constructor,
// repr, comparison, operators (+= and *= in place), item and slice
// assignment and deletion, and the mutating methods (append, extend, pop,
// insert, remove, clear, reverse, copy). The methods it shares with bytes
// are in bytes_methods.go.

import (
	"strings"
)

// ByteArray is a bytearray; B is its content.
type ByteArray struct{ B []byte }

// ByteArrayClass is the class of bytearray.
var ByteArrayClass = newBuiltinClass("bytearray", ObjectClass)

func (*ByteArray) Type() *Class { return ByteArrayClass }

// Len is len(ba); it also gives a bytearray its truth value.
func (b *ByteArray) Len() int { return len(b.B) }

func newByteArrayObj(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	s, err := bytesFromArgs(f, "bytearray", args, kw)
	if err != nil {
		return nil, err
	}
	return &ByteArray{B: []byte(s)}, nil
}

// Repr is repr(ba): bytearray(b'...').
func (b *ByteArray) Repr(f *Fiber) (string, *Exception) {
	return "bytearray(" + bytesReprQ(string(b.B), true) + ")", nil
}

// Hash refuses: a bytearray is mutable.
func (b *ByteArray) Hash(f *Fiber) (int64, *Exception) { return 0, errUnhashable(b) }

// RichCompare compares ba with a bytes or bytearray, byte by byte.
func (b *ByteArray) RichCompare(f *Fiber, op CmpOp, other Value) (Value, *Exception) {
	return bytesCompare(string(b.B), op, other)
}

// BinaryOp is ba + bytes-like, ba * n, n * ba, ba % args, and in place
// ba += bytes-like and ba *= n.
func (b *ByteArray) BinaryOp(f *Fiber, op BinOp, other Value, reflected, inplace bool) (Value, *Exception) {
	switch op {
	case OpAdd:
		if reflected {
			return NotImplemented, nil
		}
		o, ok := bytesOf(other)
		if !ok {
			return NotImplemented, nil
		}
		if err := f.CheckAlloc(int64(len(b.B)) + int64(len(o))); err != nil {
			return nil, err
		}
		if inplace {
			b.B = append(b.B, o...)
			return b, nil
		}
		out := make([]byte, 0, len(b.B)+len(o))
		return &ByteArray{B: append(append(out, b.B...), o...)}, nil
	case OpMul:
		k, ok, err := repeatCount(f, other)
		if err != nil || !ok {
			return NotImplemented, err
		}
		if k < 0 {
			k = 0
		}
		if err := f.checkRepeat(k, int64(len(b.B))); err != nil {
			return nil, err
		}
		r := []byte(strings.Repeat(string(b.B), int(k)))
		if inplace {
			b.B = r
			return b, nil
		}
		return &ByteArray{B: r}, nil
	case OpMod:
		if reflected {
			return NotImplemented, nil
		}
		s, err := bytesPercent(f, string(b.B), other)
		if err != nil {
			return nil, err
		}
		return &ByteArray{B: []byte(s)}, nil
	}
	return NotImplemented, nil
}

func (b *ByteArray) getItem(f *Fiber, k Value) (Value, *Exception) {
	return bytesIndex(f, string(b.B), k, "bytearray", func(s string) Value { return &ByteArray{B: []byte(s)} })
}

// assignable converts the right side of ba[i:j] = x: a bytes-like object
// or an iterable of ints in range(256).
func assignable(f *Fiber, x Value) ([]byte, *Exception) {
	if s, ok := bytesOf(x); ok {
		return []byte(s), nil
	}
	if _, isStr := x.(Str); isStr || !isIterable(x) {
		return nil, Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	s, err := bytesFromObject(f, "bytearray", x)
	return []byte(s), err
}

// setItem is ba[k] = x.
func (b *ByteArray) setItem(f *Fiber, k, x Value) *Exception {
	if sl, ok := k.(*Slice); ok {
		src, err := assignable(f, x)
		if err != nil {
			return err
		}
		if len(src) == 0 {
			// assigning nothing deletes, also an extended slice (CPython's
			// bytearray_ass_subscript)
			return b.delItem(f, k)
		}
		start, stop, step, n, err := sl.Indices(f, len(b.B))
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]byte, 0, len(b.B)-(stop-start)+len(src))
			out = append(out, b.B[:start]...)
			out = append(out, src...)
			b.B = append(out, b.B[stop:]...)
			return nil
		}
		if len(src) == 0 {
			// bytearray_ass_subscript: assigning nothing to an extended
			// slice deletes it, whatever its size
			return b.delItem(f, k)
		}
		if len(src) != n {
			return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b.B[j] = src[i]
		}
		return nil
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return err
	}
	if !ok {
		return Errorf(TypeError, "bytearray indices must be integers or slices, not %s", TypeName(k))
	}
	c, err := byteValue(f, x)
	if err != nil {
		return err
	}
	if i < 0 {
		i += len(b.B)
	}
	if i < 0 || i >= len(b.B) {
		return Errorf(IndexError, "bytearray index out of range")
	}
	b.B[i] = c
	return nil
}

// delItem is del ba[k].
func (b *ByteArray) delItem(f *Fiber, k Value) *Exception {
	if sl, ok := k.(*Slice); ok {
		start, _, step, n, err := sl.Indices(f, len(b.B))
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if step < 0 {
			start, step = start+(n-1)*step, -step
		}
		out := b.B[:0:0]
		out = make([]byte, 0, len(b.B)-n)
		next := start
		for i, c := range b.B {
			if i == next && n > 0 {
				next += step
				n--
				continue
			}
			out = append(out, c)
		}
		b.B = out
		return nil
	}
	i, ok, err := indexValue(f, k)
	if err != nil {
		return err
	}
	if !ok {
		return Errorf(TypeError, "bytearray indices must be integers or slices, not %s", TypeName(k))
	}
	if i < 0 {
		i += len(b.B)
	}
	if i < 0 || i >= len(b.B) {
		return Errorf(IndexError, "bytearray index out of range")
	}
	b.B = append(b.B[:i], b.B[i+1:]...)
	return nil
}

// setupByteArrayMethods installs bytearray's mutating methods.
func setupByteArrayMethods() {
	ByteArrayClass.AddMethods(map[string]NativeFunc{
		"__setitem__": dunderSetItem,
		"__delitem__": dunderDelItem,
		"append": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkExact1("bytearray.append", args[1:], kw); err != nil {
				return nil, err
			}
			c, err := byteValue(f, args[1])
			if err != nil {
				return nil, err
			}
			b := args[0].(*ByteArray)
			b.B = append(b.B, c)
			return None, nil
		},
		"extend": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkExact1("bytearray.extend", args[1:], kw); err != nil {
				return nil, err
			}
			b, x := args[0].(*ByteArray), args[1]
			if s, ok := bytesOf(x); ok {
				b.B = append(b.B, s...)
				return None, nil
			}
			if !isIterable(x) {
				return nil, Errorf(TypeError, "can't extend bytearray with %s", TypeName(x))
			}
			s, err := bytesFromObject(f, "bytearray", x)
			if err != nil {
				return nil, err
			}
			b.B = append(b.B, s...)
			return None, nil
		},
		"insert": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkRange("bytearray.insert", "insert", args[1:], kw, 2, 2); err != nil {
				return nil, err
			}
			b := args[0].(*ByteArray)
			i, err := intArg(f, args[1])
			if err != nil {
				return nil, err
			}
			c, err := byteValue(f, args[2])
			if err != nil {
				return nil, err
			}
			n := len(b.B)
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			b.B = append(b.B, 0)
			copy(b.B[i+1:], b.B[i:n])
			b.B[i] = c
			return None, nil
		},
		"pop": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkRange("bytearray.pop", "pop", args[1:], kw, 0, 1); err != nil {
				return nil, err
			}
			b := args[0].(*ByteArray)
			i := -1
			if len(args) > 1 {
				var err *Exception
				if i, err = intArg(f, args[1]); err != nil {
					return nil, err
				}
			}
			if len(b.B) == 0 {
				return nil, Errorf(IndexError, "pop from empty bytearray")
			}
			if i < 0 {
				i += len(b.B)
			}
			if i < 0 || i >= len(b.B) {
				return nil, Errorf(IndexError, "pop index out of range")
			}
			c := b.B[i]
			b.B = append(b.B[:i], b.B[i+1:]...)
			return Int(c), nil
		},
		"remove": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkExact1("bytearray.remove", args[1:], kw); err != nil {
				return nil, err
			}
			c, err := byteValue(f, args[1])
			if err != nil {
				return nil, err
			}
			b := args[0].(*ByteArray)
			for i, x := range b.B {
				if x == c {
					b.B = append(b.B[:i], b.B[i+1:]...)
					return None, nil
				}
			}
			return nil, Errorf(ValueError, "value not found in bytearray")
		},
		"clear": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkNoArgs("bytearray.clear", args[1:], kw); err != nil {
				return nil, err
			}
			args[0].(*ByteArray).B = nil
			return None, nil
		},
		"reverse": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkNoArgs("bytearray.reverse", args[1:], kw); err != nil {
				return nil, err
			}
			b := args[0].(*ByteArray).B
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return None, nil
		},
		"copy": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if err := checkNoArgs("bytearray.copy", args[1:], kw); err != nil {
				return nil, err
			}
			return &ByteArray{B: append([]byte(nil), args[0].(*ByteArray).B...)}, nil
		},
	})
}

// length is len(b) (bytearray_length).
func (b *ByteArray) length() (int, *Exception) { return len(b.B), nil }

// contains is `w in b` (bytearray_contains).
func (b *ByteArray) contains(f *Fiber, w Value) (bool, *Exception) {
	return bytesContains(f, string(b.B), w)
}

// newIter is iter(b) (bytearray_iter).
func (b *ByteArray) newIter() Iterator { return &bytesIter{ba: b, arr: true} }
