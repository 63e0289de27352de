//go:build !unix

package asyncio

// This file holds the fallbacks of iopump_unix.go where there is no
// write(2), poll(2) or dup(2): nothing is written at once (the goroutine
// writes), and a pipe's reader going away is seen on the next write.

import "syscall"

func rawWrite(raw syscall.RawConn, data []byte) (int, error) { return 0, syscall.EAGAIN }

func rawFd(raw syscall.RawConn) int { return -1 }

// peerClosed cannot tell without poll(2); a read wake-up is taken as the
// peer closing.
func peerClosed(uintptr) bool { return false }

// dupFd: descriptors given as numbers are a Unix notion.
func dupFd(int) (int, error) { return -1, syscall.EINVAL }
