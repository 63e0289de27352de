//go:build !unix

package signal

// Unix-only signals (signals_unix.go): none here.
const (
	sigXFSZ = -1
	sigSTOP = -1
)
