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

// Frame is at most 96 bytes, a Go size class (the next is 112): every
// pending task keeps its coroutine's frame, and so does every suspended
// generator. For this pc and sp share a word (int32 each), a class body's
// namespace lives in gen and the cells in the slots' backing array
// (Frame.cell) rather than in fields of their own.
func TestFrameSize(t *testing.T) {
	if n := unsafe.Sizeof(Frame{}); n > 96 {
		t.Errorf("Frame is %d bytes, want at most 96", n)
	}
}
