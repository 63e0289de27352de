package asyncio

import (
	"testing"
	"unsafe"
)

// A pending task holds a Task and the Future it awaits (for a sleeping
// task, inside its sleepCall); their sizes are the bulk of asyncio's
// share of the memory per task (issue: memory per pending task). Growing either past its Go size class shows up in
// many_sleepers' peak memory, so a new field must earn its place (rarely
// set fields go in futRare). The bounds are what the types reach today:
// Future 64 (its class is derived, not stored), Task 160 (Future 64 +
// interp.Fiber 80 + name number, cancel count and context; its
// _fut_waiter shares the result slot) and sleepCall 128 (Coroutine 32 +
// Future 64 + loop.Handle 32), each at the top of a Go size class.
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
