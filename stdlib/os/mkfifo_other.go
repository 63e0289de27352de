//go:build !unix

package os

// This file stands in for os.mkfifo where the system has no FIFOs.

import "github.com/asyncscript/asyncscript/interp"

// mkfifo raises OSError: the platform has no named pipes.
func mkfifo(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	return nil, interp.Errorf(interp.OSError, "os.mkfifo is not available on this platform")
}
