package native

// This file converts Go file-system errors into CPython's OSError
// subclasses ("[Errno 2] No such file or directory: 'x'").

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
)

// cMessages are glibc's strerror texts for the common errnos.
var cMessages = map[syscall.Errno]string{
	syscall.ENOENT:       "No such file or directory",
	syscall.EEXIST:       "File exists",
	syscall.EISDIR:       "Is a directory",
	syscall.ENOTDIR:      "Not a directory",
	syscall.EACCES:       "Permission denied",
	syscall.EPERM:        "Operation not permitted",
	syscall.ENOTEMPTY:    "Directory not empty",
	syscall.EINVAL:       "Invalid argument",
	syscall.EXDEV:        "Invalid cross-device link",
	syscall.EBUSY:        "Device or resource busy",
	syscall.EBADF:        "Bad file descriptor",
	syscall.ENOSPC:       "No space left on device",
	syscall.EROFS:        "Read-only file system",
	syscall.ENAMETOOLONG: "File name too long",
}

// OSError converts err (from package os) into the OSError CPython raises
// for the same errno, naming filename (and filename2 when not "").
func OSError(err error, filename, filename2 string) *interp.Exception {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return interp.Errorf(interp.OSError, "%s", err.Error())
		}
	}
	msg, ok := cMessages[errno]
	if !ok {
		msg = errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
	}
	return NewOSError(int(errno), msg, filename, filename2)
}

// NewOSError builds the exception for errno (interp chooses the class).
// filename2 is accepted for rename but not yet shown (interp.NewOSError
// takes one filename).
func NewOSError(errno int, strerror, filename, filename2 string) *interp.Exception {
	return interp.NewOSError(errno, strerror, filename)
}
