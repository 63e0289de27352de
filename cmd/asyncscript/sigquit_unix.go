//go:build unix

package main

// On SIGQUIT (Ctrl-\), asyncscript prints every task of the running loop
// as a tree (asyncio.Runtime.DumpTasks) on stderr and the program goes
// on, instead of Go's default goroutine dump and exit.

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
)

func handleSIGQUIT(s *stdlib.Session) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGQUIT)
	for range sigs {
		// the GIL is free while the loop waits, and interpreted code
		// hands it over within a switch interval
		s.VM.GIL.Lock()
		asyncio.Get(s.VM).DumpTasks(os.Stderr)
		s.VM.GIL.Unlock()
	}
}
