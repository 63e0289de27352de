package interp

// This file makes `s += t` (and `s = s + t`) linear when repeated, as
// CPython's in-place unicode append is.
//
// CPython appends in place when the left operand has one reference
// (unicode_concatenate / PyUnicode_Append resize the object). Go has no
// reference counts, but it has the idea Go's own append uses: a string
// whose bytes are the whole used part of a buffer with spare capacity can
// be extended by writing past its end. Every older string keeps its own
// length, so it still sees exactly its bytes: bytes below the buffer's used
// length are never written again. Only the string that ends where the
// buffer's used part ends can grow it; any other left operand (an older,
// shorter value, or an unrelated string) gets a fresh buffer.
//
// The VM tracks one buffer: the loop `data += piece` grows it, and building
// many strings one after another (each a loop of its own) moves the buffer
// from one to the next. Concatenations shorter than appendMin stay plain
// Go concatenation, so short strings cost nothing extra.
//
// The approximation: a string made here holds up to twice its length in
// capacity until it is collected (CPython's resize is exact). The memory
// budget is charged for the capacity.

import "unsafe"

// appendMin is the result length from which concatenation goes through the
// append buffer.
const appendMin = 256

// strAppendBuf is the VM's current append buffer: buf[:len(buf)] is used,
// and the string made last ends at len(buf).
type strAppendBuf struct {
	buf []byte
}

// concatStr returns a + b, growing a in place when a is the used part of
// the VM's append buffer and the buffer has room.
func (vm *VM) concatStr(f *Fiber, a, b Str) (Value, *Exception) {
	n := len(a) + len(b)
	if n <= concatMaxBoxed {
		return concatBoxed(string(a), string(b)), nil // str_box.go
	}
	if n < appendMin || len(b) == 0 {
		if n >= largeAlloc {
			if err := f.CheckAlloc(int64(n)); err != nil {
				return nil, err
			}
		}
		return a + b, nil
	}
	sb := &vm.strAppend
	if len(a) == len(sb.buf) && len(a) > 0 && unsafe.StringData(string(a)) == unsafe.SliceData(sb.buf) && n <= cap(sb.buf) {
		sb.buf = append(sb.buf, b...) // within capacity: writes past a's end only
		return Str(unsafe.String(unsafe.SliceData(sb.buf), n)), nil
	}
	c := n * 2
	if n >= largeAlloc {
		c = n + n/4
	}
	if c >= largeAlloc {
		if err := f.CheckAlloc(int64(c)); err != nil {
			return nil, err
		}
	}
	buf := make([]byte, 0, c)
	buf = append(buf, a...)
	buf = append(buf, b...)
	sb.buf = buf
	return Str(unsafe.String(unsafe.SliceData(buf), n)), nil
}

// binaryNotInt is BINARY_OP once the int fast path declined: str + str
// (`w += piece`, the common case after ints) goes straight to concatStr;
// anything else, str subclasses included (they are not Str values), takes
// the generic Binary.
//
// An empty operand gives back the other operand's Value itself, as
// CPython's concatenation does: `w = ""; w += piece` then allocates
// nothing (a Str is immutable, so sharing its box is unobservable).
func (f *Fiber) binaryNotInt(op BinOp, a, b Value, inplace bool) (Value, *Exception) {
	if x, ok := a.(Str); ok && op == OpAdd {
		if y, ok := b.(Str); ok {
			switch {
			case len(x) == 0:
				return b, nil
			case len(y) == 0:
				return a, nil
			}
			return f.VM.concatStr(f, x, y)
		}
	}
	return binary(f, op, a, b, inplace)
}
