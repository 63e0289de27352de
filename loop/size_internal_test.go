package loop

import (
	"testing"
	"unsafe"
)

// Every pending asyncio.sleep holds a Handle (stdlib/asyncio/sleep.go), so
// a word more here is a size class more for each sleeping task.
func TestHandleSize(t *testing.T) {
	if n := unsafe.Sizeof(Handle{}); n > 32 {
		t.Errorf("Handle is %d bytes, want at most 32", n)
	}
}
