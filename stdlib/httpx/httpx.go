// Package httpx is the httpx module (httpx 0.23.3): AsyncClient, whose
// requests complete through the event loop, and the blocking Client and
// get/post/..., over stdlib/internal/httpcore. It is written in the
// language (httpx.as), as httpx is in Python.
package httpx

import (
	_ "embed"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/httpcore"
)

//go:embed httpx.as
var source []byte

// Load is the httpx module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Prelude(vm, "httpx", source)
}
