//go:build !unix

package main

// Without rlimits, cgroups or /proc, no limit is known: the guard stays
// idle.
func rlimits() (as, data uint64) { return 0, 0 }
func cgroupLimit() uint64        { return 0 }
func memoryCounts() (size, resident, data uint64, ok bool) {
	return 0, 0, 0, false
}
