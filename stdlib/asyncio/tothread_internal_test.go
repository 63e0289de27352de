package asyncio

// Tests of the default executor's life: per Runtime, and its workers end
// when the Session is closed (Forget).

import (
	"sync"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

func TestExecutorWorkersEndWhenForgotten(t *testing.T) {
	vm := interp.NewVM()
	rt := Get(vm)
	e := rt.executor()
	if e != rt.executor() || e == Get(interp.NewVM()).executor() {
		t.Fatal("each runtime must have one executor of its own")
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		e.submit(func(*native.ThreadInfo) { time.Sleep(time.Millisecond); wg.Done() })
	}
	wg.Wait()
	Forget(vm)
	deadline := time.Now().Add(5 * time.Second)
	for {
		e.mu.Lock()
		n := e.workers
		e.mu.Unlock()
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d workers still running after Forget", n)
		}
		time.Sleep(time.Millisecond)
	}
}
