package main

// This file defines the process's garbage-collector policy. An interpreter
// allocates many small short-lived objects (boxed ints, frames of
// builtins, strings); with Go's default GOGC=100 and a small heap the
// collector runs constantly. So the heap may grow to 4x its live size
// while that is small, 2x while moderate, and the default beyond, which
// keeps big programs (100,000 pending tasks) as lean as the default.
// GOGC set in the environment wins.

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

const (
	smallHeap  = 32 << 20
	mediumHeap = 128 << 20
)

func tuneGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(400)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	current := 400
	var rearm func()
	rearm = func() {
		// a finalizer runs once per collection that frees its object
		runtime.SetFinalizer(new([16]byte), func(*[16]byte) {
			metrics.Read(sample)
			live := sample[0].Value.Uint64()
			want := 100
			switch {
			case live < smallHeap:
				want = 400
			case live < mediumHeap:
				want = 200
			}
			if want != current {
				current = want
				debug.SetGCPercent(want)
			}
			rearm()
		})
	}
	rearm()
}
