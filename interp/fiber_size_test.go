package interp

// This file holds the size tests of Fiber, Coroutine and Frame, one of
// each of which every pending asyncio task keeps (issue 14: memory per
// pending task).

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

// Frame is at most 112 bytes, a Go size class (the next is 128): every
// pending task keeps its coroutine's frame, and so does every suspended
// generator. pc and sp share a word (int32 each) and a class body's
// namespace lives in gen rather than in a field of its own for this.
func TestFrameSize(t *testing.T) {
	if n := unsafe.Sizeof(Frame{}); n > 112 {
		t.Errorf("Frame is %d bytes, want at most 112", n)
	}
}
