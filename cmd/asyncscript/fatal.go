package main

// This file defines the fatal path: what the process does when it cannot
// go on, and why it is built the way it is.
//
// The goal: whatever the input, no Go stack trace, and nothing the
// program printed is lost; when the run cannot go on, the user sees what
// was printed, then one line "Fatal error: ..." (as CPython's "Fatal
// Python error: ..."), and the status is 1.
//
// Go's own fatal errors (out of memory, stack exhaustion, a runtime
// invariant broken) cannot be recovered, intercepted or redirected from
// inside the process: the runtime writes "fatal error:" and every
// goroutine's stack to descriptor 2 and exits with status 2, running no
// deferred call, so what stdout still holds is lost. The knobs do not
// change that:
//   - debug.SetTraceback and GOTRACEBACK=none do not shorten a runtime
//     throw (the runtime forces full traces for its own throws; tried);
//   - debug.SetCrashOutput only copies the report to one more file, for a
//     separate process to read;
//   - such a monitor process (the binary re-executing itself and watching
//     its child) costs one more exec at every start, cannot save what the
//     dead child held, and, relaying the child's stderr, would break how
//     stdout and stderr interleave;
//   - writing stdout out at every print would save it, but CPython holds
//     stdout while stderr goes out (what `2>&1` shows depends on it), and
//     it costs a system call per print.
//
// So the process must not get there. The design is prevention, in layers:
//  1. The interpreter does not grow the Go stack without bound: Python
//     recursion is a frame count (RecursionError), and the native paths
//     that recurse (Fiber.Call, repr) count their depth too.
//  2. A Go panic (an interpreter bug) is recovered on every goroutine that
//     runs interpreted code (Session.RunSource, asyncio's worker
//     threads); stdout is flushed before the report.
//  3. Memory: allocations whose size is known beforehand are checked by
//     the interpreter (MemoryError). For a program that grows step by
//     step (a list appended to forever), memoryGuard below watches the
//     limits the process runs under, RLIMIT_AS or RLIMIT_DATA (ulimit -v,
//     ulimit -d) and the cgroup's memory.max: when, after a collection,
//     the heap could cross one before the next collection, it flushes
//     stdout and stderr, writes "Fatal error: out of memory" and exits
//     with status 1 while the runtime still has room to do so. Measured
//     under ulimit -v 1048576 (1 GB): the runtime alone died with about
//     356 MB of heap in use; the guard stops programs growing by small
//     lists, big lists, big strings, doubling strings or a dict at
//     200-310 MB, always before the runtime dies.
//  4. A Ctrl-C the program does not take (handleSIGINT) flushes stdout
//     before it ends the process.
//
// What stays uncovered: a single huge allocation the interpreter did not
// size-check, and the kernel's OOM killer where no limit is set (SIGKILL,
// which no process can catch or report).

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
)

// die ends the process as the fatal path does: what stdout and stderr
// hold is written, then one line, status 1.
func (std stdStreams) die(msg string) {
	std.out.Flush()
	std.err.WriteString("Fatal error: " + msg + "\n")
	std.err.Flush()
	os.Exit(1)
}

// memoryGuard ends the run before the Go runtime dies of exhausted
// memory. The limits are on what the kernel counts, not on Go's heap:
// RLIMIT_AS on the address space (VmSize, where Go reserves far more than
// it uses), RLIMIT_DATA on the data segment (VmData), the cgroup's
// memory.max on resident memory; so after each collection the guard
// reads those counts (/proc/self/statm) and ends the run if the heap's
// growth allowed until the next collection (NextGC beyond what the heap
// has mapped already), plus guardSlack for the runtime's own mappings,
// would cross a limit.
type memoryGuard struct {
	std                stdStreams
	as, data, resident uint64 // limits in bytes, 0 for none
	cgroupKnown        bool
}

// guardSlack is room for what is mapped besides the heap's growth (a heap
// arena is 64 MB) and for die to run.
const guardSlack = 80 << 20

// newMemoryGuard reads the process's rlimits (two cheap system calls);
// the cgroup's limit, a file read, waits for the first collection, which
// short scripts never reach.
func newMemoryGuard(std stdStreams) *memoryGuard {
	g := &memoryGuard{std: std}
	g.as, g.data = rlimits()
	return g
}

func (g *memoryGuard) afterGC(stats *runtime.MemStats) {
	if !g.cgroupKnown {
		g.cgroupKnown = true
		g.resident = cgroupLimit()
		if g.resident != 0 {
			// the collector may then trade CPU for staying under it
			debug.SetMemoryLimit(int64(g.resident - min(g.resident/4, guardSlack)))
		}
	}
	if g.as == 0 && g.data == 0 && g.resident == 0 {
		return
	}
	size, resident, data, ok := memoryCounts()
	if !ok {
		return
	}
	// the heap may grow to NextGC before the next check; what it has
	// mapped already (HeapSys) needs no new mapping
	growth := uint64(guardSlack)
	if stats.NextGC > stats.HeapSys {
		growth += stats.NextGC - stats.HeapSys
	}
	for _, c := range []struct{ used, limit uint64 }{{size, g.as}, {data, g.data}, {resident, g.resident}} {
		if c.limit != 0 && c.used+growth > c.limit {
			g.std.die(fmt.Sprintf("out of memory (the program holds %d MB, the process may use %d MB)",
				stats.HeapAlloc>>20, c.limit>>20))
		}
	}
}
