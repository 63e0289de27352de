//go:build unix

package os

// This file defines os.mkfifo, which exists on Unix only.

import (
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// mkfifo is os.mkfifo(path, mode=0o666, *, dir_fd=None).
func mkfifo(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var p, dirFd interp.Value
	mode := 0o666
	if err := interp.UnpackArgs("mkfifo", args, kw, "path", &p, "mode?", &mode, "*", "dir_fd?", &dirFd); err != nil {
		return nil, err
	}
	path, err := pathArg("mkfifo", p)
	if err != nil {
		return nil, err
	}
	if e := syscall.Mkfifo(path, uint32(mode)); e != nil {
		return nil, native.OSError(e, path, "")
	}
	return interp.None, nil
}
