//go:build unix

package signal

import "syscall"

// sendSelf sends sig to this process.
func sendSelf(sig int) error { return syscall.Kill(syscall.Getpid(), syscall.Signal(sig)) }
