package main

// This file defines the process's garbage-collector policy. An interpreter
// allocates many small short-lived objects (boxed ints, strings, argument
// slices); with Go's default GOGC=100 and a small heap the collector runs
// constantly, while with a big heap GOGC=100 lets the process grow to
// twice its live data, where CPython (reference counting) stays close to
// it. So after each collection the heap may grow by minHeadroom while the
// live heap is at most minHeadroom, and by less, relative to it, past
// that: minHeadroom*sqrt(minHeadroom/live), so 20 MB over 80 MB live
// (many_sleepers' 100,000 pending tasks: its peak is about the live heap
// plus one headroom) and 16 MB over 128 MB. GOGC = headroom/live, kept
// within [15, 400]. Against a constant 32 MB this cut the peak memory of
// the benchmarks with big heaps by 2-8% (many_sleepers, task_churn,
// gather_tree), task_churn collecting 13 times instead of 10 for a CPU
// time within the noise (+3% median of 5 runs); headroom falling as
// 1/live instead cut 4-9% but cost task_churn ~35% more CPU, as GOGC=10
// once cost 40-90%. GOGC set in the environment wins. The same
// after-collection callback runs the memory guard (fatal.go).

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
)

const minHeadroom = 32 << 20

func gcPercentFor(live uint64) int {
	if live == 0 {
		return 400
	}
	headroom := float64(minHeadroom)
	if live > minHeadroom {
		headroom *= math.Sqrt(float64(minHeadroom) / float64(live))
	}
	p := int(headroom * 100 / float64(live))
	return max(15, min(400, p))
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
