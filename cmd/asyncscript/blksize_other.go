//go:build !unix

package main

import "os"

// blockSizeOf is 0 (unknown: io.DEFAULT_BUFFER_SIZE) where there is no
// st_blksize.
func blockSizeOf(os.FileInfo) int { return 0 }
