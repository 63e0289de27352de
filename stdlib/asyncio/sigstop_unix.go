//go:build unix

package asyncio

import "syscall"

// sigStop is SIGSTOP, which no handler can catch.
const sigStop = int(syscall.SIGSTOP)
