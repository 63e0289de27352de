//go:build !linux

package interp

// systemMemory is unknown outside Linux (memory.go assumes a default).
func systemMemory() int64 { return 0 }
