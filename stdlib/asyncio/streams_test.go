// Streams tests beyond the golden programs: the echo server under load
// (200 concurrent clients on loopback, 100 lines each, every byte echoed)
// leaves no goroutine behind once asyncio.run has returned.
package asyncio_test

import (
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestEchoServerStress(t *testing.T) {
	if testing.Short() {
		t.Skip("opens 400 loopback sockets")
	}
	path := filepath.Join("testdata", "echo_stress", "echo_stress.as")
	before := runtime.NumGoroutine()
	out, errOut, status := runFile(t, path, false)
	want := "200 of 200 clients echoed exactly\n877000 bytes echoed\n" // recorded with python3
	if status != 0 || out != want {
		t.Fatalf("status %d, stderr %q\ngot:\n%s\nwant:\n%s", status, errOut, out, want)
	}
	// Goroutines of closed sockets end once their blocked read returns.
	deadline := time.Now().Add(5 * time.Second)
	after := runtime.NumGoroutine()
	for after > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		after = runtime.NumGoroutine()
	}
	if after > before {
		buf := make([]byte, 1<<16)
		n := runtime.Stack(buf, true)
		t.Fatalf("%d goroutines before, %d after shutdown:\n%s", before, after, buf[:n])
	}
}

// TestServerLeftOpenIsClosedWithTheLoop: a server and connections the
// program never closes are closed when asyncio.run closes the loop, and
// their goroutines end.
func TestServerLeftOpenIsClosedWithTheLoop(t *testing.T) {
	path := filepath.Join("testdata", "echo_stress", "left_open.as")
	before := runtime.NumGoroutine()
	out, errOut, status := runFile(t, path, false)
	if status != 0 || out != "b'ping\\n'\n" {
		t.Fatalf("status %d, stderr %q, stdout %q", status, errOut, out)
	}
	deadline := time.Now().Add(5 * time.Second)
	after := runtime.NumGoroutine()
	for after > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		after = runtime.NumGoroutine()
	}
	if after > before {
		buf := make([]byte, 1<<16)
		n := runtime.Stack(buf, true)
		t.Fatalf("%d goroutines before, %d after shutdown:\n%s", before, after, buf[:n])
	}
}
