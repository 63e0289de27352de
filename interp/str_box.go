package interp

// Boxing a Str into a Value normally allocates its string header (16
// bytes) on its own (runtime.convTstring), on top of the string's bytes.
// The helpers here build the Value by hand instead, with the interface's
// data word pointing at a header that already lives in memory allocated
// for another purpose, as MakeSmallInt (int.go) does for small ints:
//
//   - boxStrs points each Value at its header in the []string a split
//     produced, so a list of n parts costs one allocation for the items
//     instead of n+1;
//   - allocStr allocates a short string's header and bytes together,
//     one allocation instead of two (concatenation, f-strings).
//
// Why it is sound: a Value holding a Str is an interface whose data word
// points at a string header that Go treats as immutable; the headers used
// here are never written after the Value is made (the []string passed to
// boxStrs belongs to the result from then on). The data word is an
// ordinary pointer (into an array of headers, or to the start of a box
// whose header points at its own tail), so the GC keeps the memory alive
// exactly as long as any Value refers to it. The interface layout (itab
// word, data word) is ifaceWords in int.go.

import "unsafe"

// strItab is the itab word of a Str stored in a Value.
var strItab = func() unsafe.Pointer {
	var v Value = Str("x")
	return (*ifaceWords)(unsafe.Pointer(&v)).tab
}()

// strValueAt returns the Value whose Str is *p, without copying the
// header. *p must never be written again.
func strValueAt(p *string) Value {
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab = strItab
	w.data = unsafe.Pointer(p)
	return v
}

// boxStrs returns parts as Values that share parts' array of headers.
// parts must not be modified afterwards.
func boxStrs(parts []string) []Value {
	items := make([]Value, len(parts))
	for i := range parts {
		items[i] = strValueAt(&parts[i])
	}
	return items
}

// strBox is a string header followed by the bytes it points at: one
// allocation for a short string and its header. A is a byte array type
// (the size class). The header is spelled as two plain words (p is the
// address of b, n the length) so that the box holds no Go pointer and is
// allocated as a noscan object: cheaper to allocate, and never scanned by
// the GC. This is sound because p only ever points into the box itself:
// whatever keeps the box alive (the Value's data word pointing at h, or a
// copy of the string, whose data pointer points into b) keeps the bytes
// alive, so the GC has nothing to learn from p; and Go's heap objects do
// not move, so p stays right.
type strBox[A any] struct {
	p uintptr
	n int
	b A
}

// concatMaxBoxed is the longest string allocStr boxes with its header.
const concatMaxBoxed = 48

// allocStr returns a new string of n bytes as a Value and the bytes it
// is made of, for the caller to fill before the Value is used anywhere
// (a string's bytes never change once it can be seen). Up to
// concatMaxBoxed bytes, the header and the bytes are one allocation.
func allocStr(n int) (Value, []byte) {
	switch {
	case n == 0:
		return Str(""), nil
	case n <= 8:
		return allocBoxed[[8]byte](n)
	case n <= 16:
		return allocBoxed[[16]byte](n)
	case n <= 32:
		return allocBoxed[[32]byte](n)
	case n <= concatMaxBoxed:
		return allocBoxed[[concatMaxBoxed]byte](n)
	}
	buf := make([]byte, n)
	return Str(unsafe.String(unsafe.SliceData(buf), n)), buf
}

// allocBoxed is allocStr for 0 < n <= len(A) (A a byte array type).
func allocBoxed[A any](n int) (Value, []byte) {
	box := new(strBox[A])
	box.p, box.n = uintptr(unsafe.Pointer(&box.b)), n
	// the two words p, n are laid out as a string header (ifaceWords
	// likewise relies on Go's layout of an interface)
	return strValueAt((*string)(unsafe.Pointer(box))), unsafe.Slice((*byte)(unsafe.Pointer(&box.b)), n)
}

// concatBoxed returns a + b as a Value, made by allocStr.
func concatBoxed(a, b string) Value {
	v, buf := allocStr(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	return v
}
