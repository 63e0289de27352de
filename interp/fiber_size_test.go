package interp

// This file holds the size tests of Fiber and Coroutine, one of each of
// which every pending asyncio task keeps (issue 14: memory per pending
// task).

import (
	"testing"
	"unsafe"
)

// A new field must earn its place: every pending task embeds a Fiber in
// its asyncio Task, and growing it past 80 bytes moves the Task out of
// Go's 176-byte size class (stdlib/asyncio's size test).
func TestFiberSize(t *testing.T) {
	if n := unsafe.Sizeof(Fiber{}); n > 80 {
		t.Errorf("Fiber is %d bytes, want at most 80", n)
	}
}

// Coroutine is 32 bytes, a Go size class, and asyncio.sleep's sleepCall,
// which embeds one, fits in 144.
func TestCoroutineSize(t *testing.T) {
	if n := unsafe.Sizeof(Coroutine{}); n > 32 {
		t.Errorf("Coroutine is %d bytes, want at most 32", n)
	}
}
