//go:build linux

package os

// This file reads the fields of a stat_result that only the platform's
// stat structure has (Linux's names for its timestamps).

import (
	"os"
	"syscall"
)

// fillFromSys fills s from the system's stat structure behind fi; false
// when fi has none.
func fillFromSys(s *StatResult, fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	s.items[0] = int64(st.Mode)
	s.items[1] = int64(st.Ino)
	s.items[2] = int64(st.Dev)
	s.items[3] = int64(st.Nlink)
	s.items[4] = int64(st.Uid)
	s.items[5] = int64(st.Gid)
	s.ns = [3]int64{st.Atim.Nano(), st.Mtim.Nano(), st.Ctim.Nano()}
	s.blksize, s.blocks, s.rdev = int64(st.Blksize), st.Blocks, int64(st.Rdev)
	return true
}
