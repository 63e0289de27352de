//go:build unix

package asyncio

// This file holds the non-blocking write of writePump on Unix: one
// write(2) on the descriptor, which Go's poller keeps in non-blocking mode.

import "syscall"

func rawWrite(raw syscall.RawConn, data []byte) (n int, err error) {
	cerr := raw.Write(func(fd uintptr) bool {
		n, err = syscall.Write(int(fd), data)
		return true
	})
	if err == nil {
		err = cerr
	}
	return n, err
}

// rawFd returns the descriptor number behind raw (-1 when unknown).
func rawFd(raw syscall.RawConn) int {
	fd := -1
	if raw != nil {
		raw.Control(func(x uintptr) { fd = int(x) })
	}
	return fd
}
