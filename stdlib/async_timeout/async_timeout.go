// Package async_timeout is the async_timeout module (async-timeout
// 4.0.2): timeout() and timeout_at() as async context managers over the
// running loop's timers and Task.cancel. It is written in the language
// (async_timeout.as), as the package is in Python.
package async_timeout

import (
	_ "embed"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/httpcore"
)

//go:embed async_timeout.as
var source []byte

// Load is the async_timeout module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Prelude(vm, "async_timeout", source)
}
