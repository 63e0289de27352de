package interp

// This file measures, on Linux, the memory the process can get (see the
// policy in memory.go).

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// systemMemory is the least of RLIMIT_AS, RLIMIT_DATA, the cgroup's memory
// limit and physical memory, in bytes (0 when nothing is known).
func systemMemory() int64 {
	var least int64
	take := func(n uint64) {
		if n == 0 || n >= 1<<62 {
			return // unlimited or nonsense
		}
		if least == 0 || int64(n) < least {
			least = int64(n)
		}
	}
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) == nil {
			take(rl.Cur)
		}
	}
	take(cgroupMemoryMax())
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		take(uint64(si.Totalram) * uint64(si.Unit))
	}
	return least
}

// cgroupMemoryMax reads the memory limit of the process's cgroup (v2's
// memory.max, else v1's memory.limit_in_bytes); 0 when there is none.
func cgroupMemoryMax() uint64 {
	dir := ""
	if b, err := os.ReadFile("/proc/self/cgroup"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "0::"); ok {
				dir = rest
			}
		}
	}
	for _, p := range []string{
		"/sys/fs/cgroup" + dir + "/memory.max",
		"/sys/fs/cgroup/memory.max",
		"/sys/fs/cgroup/memory/memory.limit_in_bytes",
	} {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil {
			return n // "max" (no limit) does not parse
		}
	}
	return 0
}
