//go:build unix

package asyncio

// This file holds what the I/O pumps and pipes need of Unix: writePump's
// non-blocking write (one write(2) on the descriptor, which Go's poller
// keeps non-blocking), a descriptor's number, poll(2) to see that a
// pipe's reader has gone, and dup(2).

import (
	"syscall"

	"golang.org/x/sys/unix"
)

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

// peerClosed reports whether the read end of the pipe whose write end is
// fd was closed (poll(2) reports POLLERR or POLLHUP on the write end).
func peerClosed(fd uintptr) bool {
	fds := []unix.PollFd{{Fd: int32(fd)}}
	n, err := unix.Poll(fds, 0)
	return err == nil && n > 0 && fds[0].Revents&(unix.POLLERR|unix.POLLHUP) != 0
}

// dupFd is dup(2).
func dupFd(fd int) (int, error) { return syscall.Dup(fd) }
