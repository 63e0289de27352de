//go:build unix

package prompt

// This file holds what the terminal needs from Unix: opening it
// non-blocking, and making liner redraw its line (SIGWINCH, on which liner
// refreshes the prompt and the partial line).

import (
	"os"
	"syscall"
)

const oNonblock = syscall.O_NONBLOCK

// askRedraw makes liner redraw the prompt and the line being typed.
func askRedraw() { syscall.Kill(os.Getpid(), syscall.SIGWINCH) }
