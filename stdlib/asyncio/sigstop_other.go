//go:build !unix

package asyncio

// sigStop is SIGSTOP where the system has it; none here.
const sigStop = -1
