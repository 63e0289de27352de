//go:build unix

package main

import (
	"os"
	"syscall"
)

// blockSizeOf is st_blksize, the buffer size io.open gives the file.
func blockSizeOf(st os.FileInfo) int {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return int(s.Blksize)
	}
	return 0
}
