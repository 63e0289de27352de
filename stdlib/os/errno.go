package os

import (
	"path/filepath"
	"syscall"
)

var (
	errIsDir  error = syscall.EISDIR
	errNotDir error = syscall.ENOTDIR
)

func evalSymlinks(p string) (string, error) { return filepath.EvalSymlinks(p) }
