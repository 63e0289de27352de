package main

// This file defines the process's garbage-collector policy. An interpreter
// allocates many small short-lived objects (boxed ints, strings, argument
// slices, range objects); with Go's default GOGC=100 and a small heap the
// collector runs constantly, while with a big heap GOGC=100 lets the
// process grow to twice its live data, where CPython (reference counting)
// stays close to it. So the policy sets a goal for the heap after each
// collection:
//
//   - while the live heap is at most 32 MB (minHeadroom), the heap may grow
//     to 64 MB (minGoal) before the next collection: Go's own runtime has
//     the same kind of floor (heapMinimum, 4 MB at GOGC=100), ours is
//     sized for an interpreter;
//   - past 32 MB live, it may grow by 32 MB x sqrt(32 MB / live): 20 MB
//     over 80 MB live, 18 MB over 100 MB (and 15% past 113 MB, the
//     lowest GOGC allowed). many_sleepers' 100,000 pending
//     tasks end at about 60 MB live, and its peak is about its last goal.
//
// The goal becomes GOGC = (goal - live) / live, kept within [15, 1600].
// Go computes its goal from the live heap plus stacks and globals, so an
// unbounded percentage over a live heap of a few hundred KB would let the
// heap grow far past 64 MB (measured: loops peaked at 190 MB); 1600 is
// also the percentage at which Go's first collection, at 4 MB x GOGC/100,
// comes at 64 MB.
//
// What the floor measured, interleaved against the policy before it (the
// same without the floor, GOGC within [15, 400], so that a live heap of
// 2-8 MB was collected at 10-40 MB), CPU seconds, medians of 7: strings,
// whose live heap stays at 2-8 MB while it allocates ~200 MB a round,
// collects 25 times instead of 43, 1.43 vs 1.70; loops 1.23 vs 1.57;
// task_churn 0.92 vs 1.30; gather_tree 0.36 vs 0.56; str_build, objects,
// fib, queue_pipeline and create_await within the noise. The price is peak
// memory: a program that allocates a lot keeps up to 64 MB of heap
// (strings 84 MB peak RSS instead of 51 MB, create_await 85 instead of
// 36). many_sleepers' peak, and so the memory per pending task, is
// unchanged (96.7 MB; 100.9 MB before, within run-to-run variation),
// because its last goal is above the floor; a 96 MB floor raised it to
// 119 MB. Before the floor, against a constant 32 MB of headroom, the sqrt
// rule cut the peaks of the benchmarks with big heaps by 2-8% for a CPU
// time within the noise; headroom falling as 1/live cut 4-9% but cost
// task_churn ~35% more CPU, as GOGC=10 once cost 40-90%. GOGC set in the
// environment wins. The same after-collection callback runs the memory
// guard (fatal.go).

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
)

const (
	minHeadroom = 32 << 20
	minGoal     = 2 * minHeadroom
	maxPercent  = 100 * minGoal / (4 << 20) // 1600: Go's first collection at minGoal
)

func gcPercentFor(live uint64) int {
	if live == 0 {
		return maxPercent
	}
	goal := float64(minGoal)
	if live > minHeadroom {
		goal = float64(live) + minHeadroom*math.Sqrt(float64(minHeadroom)/float64(live))
	}
	p := int((goal - float64(live)) * 100 / float64(live))
	return max(15, min(maxPercent, p))
}

// startGC sets the collector policy and calls guard after each
// collection.
func startGC(guard *memoryGuard) {
	tune := os.Getenv("GOGC") == ""
	current := maxPercent
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
