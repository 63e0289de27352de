package main

import (
	"fmt"
	"io"
	"os"
)

// repl runs the interactive prompt (liner-based; see issue for the REPL).
func repl(stdout io.Writer) int {
	fmt.Fprintln(os.Stderr, "asyncscript: interactive mode is not available yet; run a file: asyncscript FILE.as")
	return 2
}
