package interp

// This file holds the size test of Fiber, one of which every pending
// asyncio task keeps (issue 14: memory per pending task).

import (
	"testing"
	"unsafe"
)

// A new field must earn its place: Fiber is allocated once per task, and
// growing it past 128 bytes moves it to Go's next size class (144).
func TestFiberSize(t *testing.T) {
	if n := unsafe.Sizeof(Fiber{}); n > 128 {
		t.Errorf("Fiber is %d bytes, want at most 128", n)
	}
}
