//go:build unix

package signal

import "syscall"

// Signals that only Unix has (signals_other.go gives -1, matching no
// signal number).
const (
	sigXFSZ = int(syscall.SIGXFSZ)
	sigSTOP = int(syscall.SIGSTOP)
)
