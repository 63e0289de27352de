//go:build !unix

package main

import "github.com/asyncscript/asyncscript/stdlib"

// handleSIGQUIT does nothing where there is no SIGQUIT.
func handleSIGQUIT(*stdlib.Session) {}
