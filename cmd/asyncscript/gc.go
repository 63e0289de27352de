package main

// This file defines the process's garbage-collector policy. An interpreter
// allocates many small short-lived objects (boxed ints, strings, argument
// slices); with Go's default GOGC=100 and a small heap the collector runs
// constantly, while with a big heap GOGC=100 lets the process grow to
// twice its live data, where CPython (reference counting) stays close to
// it. So after each collection the heap may grow by at least minHeadroom,
// and by less once the live heap is larger:
// GOGC = minHeadroom/live, kept within [25, 400]. GOGC set in the
// environment wins. The same after-collection callback runs the memory
// guard (fatal.go).

import (
	"os"
	"runtime"
	"runtime/debug"
)

const minHeadroom = 32 << 20

func gcPercentFor(live uint64) int {
	if live == 0 {
		return 400
	}
	p := int(uint64(minHeadroom) * 100 / live)
	return max(25, min(400, p))
}

// startGC sets the collector policy and calls guard after each
// collection.
func startGC(guard *memoryGuard) {
	tune := os.Getenv("GOGC") == ""
	current := 400
	if tune {
		debug.SetGCPercent(current)
	}
	var stats runtime.MemStats
	var rearm func()
	rearm = func() {
		// a finalizer runs once per collection that frees its object
		runtime.SetFinalizer(new([16]byte), func(*[16]byte) {
			// just after a collection the heap in use is about the live heap
			// (runtime/metrics would say it exactly but costs start-up time)
			runtime.ReadMemStats(&stats)
			if want := gcPercentFor(stats.HeapAlloc); tune && want != current {
				current = want
				debug.SetGCPercent(want)
			}
			guard.afterGC(&stats)
			rearm()
		})
	}
	rearm()
}
