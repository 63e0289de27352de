package interp

// This file defines the memory policy: how running out of memory becomes
// Python's MemoryError instead of a crash.
//
// CPython turns a failed malloc into MemoryError, which a program may
// catch. Go cannot: an allocation the operating system refuses (under
// `ulimit -v`, a cgroup limit, or past physical memory) kills the process
// with "fatal error: out of memory". So the interpreter refuses, itself,
// the allocations that would not fit, in two ways:
//
//  1. A budget. VM.MemoryLimit is how many bytes of Go heap the program
//     may use. By default (DefaultLimit) it is set, at the VM's first
//     check, from what the process can really get: the least of
//     RLIMIT_AS and RLIMIT_DATA (what `ulimit -v` sets), the cgroup's
//     memory.max and physical memory, halved, because Go's collector
//     lets the heap grow past the live data until its next cycle, and
//     stacks, fragmentation and the runtime's own mappings come on top.
//
//  2. Two checks against it. Every allocation whose size follows the
//     input ('x'*n, [0]*n, list(range(n)), ''.join, str.ljust, format
//     widths, int shifts) asks CheckAlloc first: larger than the budget
//     left, it is a MemoryError at once, as CPython's failed malloc is.
//     Runaway growth through many ordinary allocations (l.append(...) in
//     an endless loop) is caught by sampling the heap: after every
//     sampleFraction of the budget reserved through CheckAlloc, and every
//     pollsPerSample slow polls of the dispatch loop (pollSlow). A sample
//     costs about 0.4 µs (runtime/metrics, no stop-the-world), so it adds
//     well under 1% to the dispatch loop. A sample over the budget forces
//     a collection and measures again, so garbage alone never raises; if
//     the live heap is still over, the program gets MemoryError where it
//     is, and may catch it, drop its data and go on.
//
// The limit is soft: Go objects the interpreter allocates without asking
// (small ones) can overshoot it by up to a sampling interval, which the
// halving above leaves room for.

import (
	"runtime"
	"runtime/metrics"
	"sync"
)

const (
	// sampleFraction: the heap is measured again after 1/sampleFraction of
	// the budget has been reserved through CheckAlloc.
	sampleFraction = 64
	// pollsPerSample: the heap is measured every pollsPerSample slow polls
	// (each pollInterval back-edges or calls).
	pollsPerSample = 16
	// largeAlloc: hot paths (str +) ask CheckAlloc only from this size.
	largeAlloc = 1 << 20
	// unknownMemory is assumed where the platform tells nothing.
	unknownMemory = 64 << 30
)

// memState is the VM's view of the heap between samples.
type memState struct {
	used  int64 // heap in use at the last sample
	since int64 // bytes reserved through CheckAlloc since then
	polls int32 // slow polls left before the next sample
}

// AvailableMemory is what this process can get: the least of its address
// space and data limits, its cgroup's memory limit and physical memory
// (unknownMemory where none is known). It is a fact about the process,
// read once.
func AvailableMemory() int64 { return availableMemory() }

var availableMemory = sync.OnceValue(func() int64 {
	avail := int64(unknownMemory)
	if n := systemMemory(); n > 0 {
		avail = n
	}
	return avail
})

// DefaultMemoryLimit is the heap budget NewVM gives a program: half of
// AvailableMemory (see the policy above).
func DefaultMemoryLimit() int64 { return AvailableMemory() / 2 }

// DefaultLimit, as VM.MemoryLimit, stands for DefaultMemoryLimit(),
// measured at the VM's first check rather than when the VM is made:
// measuring reads the process's limits and cgroup files, a measurable
// part of a short script's start-up, which most scripts never need.
const DefaultLimit = -1

// memoryLimit is vm.MemoryLimit, DefaultLimit resolved (and stored).
func (vm *VM) memoryLimit() int64 {
	if vm.MemoryLimit == DefaultLimit {
		vm.MemoryLimit = DefaultMemoryLimit()
	}
	return vm.MemoryLimit
}

// heapStats measures the bytes of heap objects (live ones and garbage
// not yet swept) and of all the memory the Go runtime has mapped.
func heapStats() (objects, mapped int64) {
	s := [2]metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/total:bytes"},
	}
	metrics.Read(s[:])
	if s[0].Value.Kind() == metrics.KindUint64 {
		objects = int64(s[0].Value.Uint64())
	}
	if s[1].Value.Kind() == metrics.KindUint64 {
		mapped = int64(s[1].Value.Uint64())
	}
	return objects, mapped
}

// fits measures the heap and reports whether n more bytes fit: the heap's
// objects and n within limit and, for a large n, the memory the runtime
// has mapped and n within 3/4 of AvailableMemory (Go keeps freed heap
// mapped for reuse, and under `ulimit -v` that address space counts,
// while one large object needs a contiguous new stretch of it).
func fits(limit, n int64) (ok bool, objects int64) {
	objects, mapped := heapStats()
	ok = objects+n <= limit && (n < largeAlloc || mapped+n <= AvailableMemory()/4*3)
	return ok, objects
}

// fitsAfterGC is fits, measured again after a collection when the first
// measure fails, so that garbage alone never makes an allocation fail.
func fitsAfterGC(limit, n int64) (ok bool, objects int64) {
	if ok, objects = fits(limit, n); ok {
		return ok, objects
	}
	runtime.GC()
	return fits(limit, n)
}

// CheckAlloc is asked before allocating n bytes whose size follows the
// program's input: it returns MemoryError when they would not fit in the
// budget. A nil fiber checks n against the process's memory only.
func (f *Fiber) CheckAlloc(n int64) *Exception {
	if f == nil {
		return checkProcessAlloc(n)
	}
	return f.VM.checkAlloc(n)
}

// checkProcessAlloc is CheckAlloc where no VM is at hand (int arithmetic,
// format widths): n must fit in the default budget.
func checkProcessAlloc(n int64) *Exception {
	limit := DefaultMemoryLimit()
	if n < 0 || n > limit {
		return NewException(MemoryError)
	}
	if n >= largeAlloc {
		if ok, _ := fitsAfterGC(limit, n); !ok {
			return NewException(MemoryError)
		}
	}
	return nil
}

func (vm *VM) checkAlloc(n int64) *Exception {
	limit := vm.memoryLimit()
	if limit <= 0 {
		return nil
	}
	if n < 0 || n > limit {
		return NewException(MemoryError)
	}
	m := &vm.mem
	m.since += n
	if m.used+m.since <= limit && m.since <= limit/sampleFraction && n < largeAlloc {
		return nil
	}
	return vm.sampleMemory(n)
}

// pollMemory is called by pollSlow: every pollsPerSample calls it measures
// the heap against the budget.
func (vm *VM) pollMemory() *Exception {
	if vm.memoryLimit() <= 0 {
		return nil
	}
	if vm.mem.polls--; vm.mem.polls > 0 {
		return nil
	}
	vm.mem.polls = pollsPerSample
	return vm.sampleMemory(0)
}

// sampleMemory measures the heap; when it and the n bytes about to be
// allocated exceed the budget it collects garbage and measures again, and
// returns MemoryError if they still do.
func (vm *VM) sampleMemory(n int64) *Exception {
	m := &vm.mem
	ok, used := fitsAfterGC(vm.memoryLimit(), n)
	m.used, m.since = used, n
	if !ok {
		m.since = 0
		return NewException(MemoryError)
	}
	return nil
}

// checkRepeat is CheckAlloc for n copies of size bytes (sequence repeat,
// padding), with the product's overflow a MemoryError too.
func (f *Fiber) checkRepeat(n, size int64) *Exception {
	if n <= 0 || size <= 0 {
		return nil
	}
	if size > (1<<62)/n {
		return NewException(MemoryError)
	}
	return f.CheckAlloc(n * size)
}

// checkGrow is asked before appending one item to items: when the slice is
// full and large, append is about to copy it into one about 5/4 its size
// (16 bytes an item).
func (f *Fiber) checkGrow(items []Value) *Exception {
	if len(items) < cap(items) || len(items) < 1<<16 {
		return nil
	}
	return f.CheckAlloc(int64(len(items)) * 20)
}
