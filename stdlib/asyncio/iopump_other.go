//go:build !unix

package asyncio

// This file holds the fallback of writePump's non-blocking write where
// there is no write(2): nothing is written at once, the goroutine writes.

import "syscall"

func rawWrite(raw syscall.RawConn, data []byte) (int, error) { return 0, syscall.EAGAIN }

func rawFd(raw syscall.RawConn) int { return -1 }
