//go:build !unix

package prompt

// This file stands in for terminal_unix.go where there is no SIGWINCH:
// the terminal is read as it is, and background output is printed above
// the prompt without liner redrawing its line (it shows again at the next
// key).

const oNonblock = 0

// askRedraw does nothing here.
func askRedraw() {}
