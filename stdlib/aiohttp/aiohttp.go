// Package aiohttp is the aiohttp module: aiohttp 3.8.4's client
// (ClientSession, TCPConnector, ClientTimeout, ClientResponse and the
// client exceptions) over the HTTP layer of stdlib/internal/httpcore.
// The module is written in the language (aiohttp.as), as aiohttp is in
// Python: its classes, messages and reprs read as aiohttp's do.
package aiohttp

import (
	_ "embed"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/httpcore"
)

//go:embed aiohttp.as
var source []byte

// Load is the aiohttp module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Prelude(vm, "aiohttp", source)
}

// LoadYarl is the yarl module as far as aiohttp's responses show it:
// URL, the class of resp.url.
func LoadYarl(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Submodule(vm, "aiohttp", "yarl", []string{"URL"})
}

// LoadMultidict is the multidict module as far as aiohttp's headers show
// it: CIMultiDict and CIMultiDictProxy.
func LoadMultidict(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Submodule(vm, "aiohttp", "multidict", []string{"CIMultiDict", "CIMultiDictProxy"})
}
