package asyncio

import (
	"testing"
	"unsafe"
)

// A pending task holds a Task and the Future it awaits; their sizes are
// the bulk of asyncio's share of the memory per task (issue: memory per
// pending task). Growing either past its Go size class shows up in
// many_sleepers' peak memory, so a new field must earn its place (rarely
// set fields go in futRare).
func TestFutureAndTaskSizes(t *testing.T) {
	if n := unsafe.Sizeof(Future{}); n > 64 {
		t.Errorf("Future is %d bytes, want at most 64", n)
	}
	if n := unsafe.Sizeof(Task{}); n > 160 {
		t.Errorf("Task is %d bytes, want at most 160 (it embeds an interp.Fiber)", n)
	}
	// one asyncio.sleep call (sleep.go)
	if n := unsafe.Sizeof(sleepCall{}); n > 128 {
		t.Errorf("sleepCall is %d bytes, want at most 128", n)
	}
}
