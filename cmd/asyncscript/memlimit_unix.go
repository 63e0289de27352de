//go:build unix

package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// rlimits are the soft RLIMIT_AS and RLIMIT_DATA, 0 where unlimited.
func rlimits() (as, data uint64) {
	get := func(res int) uint64 {
		var rl syscall.Rlimit
		// RLIM_INFINITY differs between systems; any limit above 4 EiB
		// is none
		if syscall.Getrlimit(res, &rl) == nil && rl.Cur > 0 && rl.Cur < 1<<62 {
			return uint64(rl.Cur)
		}
		return 0
	}
	return get(syscall.RLIMIT_AS), get(syscall.RLIMIT_DATA)
}

// memoryCounts are the process's address space size, resident set and
// data segment in bytes, from /proc/self/statm (Linux; ok is false
// elsewhere).
func memoryCounts() (size, resident, data uint64, ok bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, 0, 0, false
	}
	f := strings.Fields(string(b))
	if len(f) < 6 {
		return 0, 0, 0, false
	}
	page := uint64(os.Getpagesize())
	n := func(s string) uint64 {
		v, _ := strconv.ParseUint(s, 10, 64)
		return v * page
	}
	return n(f[0]), n(f[1]), n(f[5]), true
}

// cgroupLimit is the cgroup v2 memory.max of the process's group, 0 if
// there is none.
func cgroupLimit() uint64 {
	b, err := os.ReadFile("/sys/fs/cgroup/memory.max")
	if err != nil {
		return 0
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
	if err != nil { // "max"
		return 0
	}
	return n
}
