// Package requests is the requests module (requests 2.28.1): get, post,
// Session, Response and requests.exceptions over the blocking side of
// stdlib/internal/httpcore. A request blocks the calling code, and so the
// event loop, exactly as in CPython. It is written in the language
// (requests.as), as requests is in Python.
package requests

import (
	_ "embed"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/httpcore"
)

//go:embed requests.as
var source []byte

// Load is the requests module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Prelude(vm, "requests", source)
}

// exceptionNames are the names requests.exceptions holds.
var exceptionNames = []string{
	"RequestException", "InvalidJSONError", "JSONDecodeError", "HTTPError", "ConnectionError",
	"ProxyError", "SSLError", "Timeout", "ConnectTimeout", "ReadTimeout", "URLRequired",
	"TooManyRedirects", "MissingSchema", "InvalidSchema", "InvalidURL", "InvalidHeader",
	"ChunkedEncodingError", "ContentDecodingError",
}

// LoadExceptions is requests.exceptions: the exception classes of the
// requests module.
func LoadExceptions(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Submodule(vm, "requests", "requests.exceptions", exceptionNames)
}

// LoadStructures is requests.structures (CaseInsensitiveDict).
func LoadStructures(vm *interp.VM) (*interp.Module, *interp.Exception) {
	return httpcore.Submodule(vm, "requests", "requests.structures", []string{"CaseInsensitiveDict"})
}
