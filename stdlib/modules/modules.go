// Package modules registers the standard-library modules implemented in
// Go (everything except asyncio, which the Session wires itself) with a
// VM, by import name; aiohttp, requests, httpx and async_timeout are
// preludes in the language over stdlib/internal/httpcore.
package modules

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/abc"
	"github.com/asyncscript/asyncscript/stdlib/aiohttp"
	"github.com/asyncscript/asyncscript/stdlib/async_timeout"
	"github.com/asyncscript/asyncscript/stdlib/atexit"
	"github.com/asyncscript/asyncscript/stdlib/collections"
	"github.com/asyncscript/asyncscript/stdlib/contextvars"
	"github.com/asyncscript/asyncscript/stdlib/functools"
	"github.com/asyncscript/asyncscript/stdlib/httpx"
	"github.com/asyncscript/asyncscript/stdlib/itertools"
	"github.com/asyncscript/asyncscript/stdlib/json"
	"github.com/asyncscript/asyncscript/stdlib/math"
	"github.com/asyncscript/asyncscript/stdlib/os"
	"github.com/asyncscript/asyncscript/stdlib/pylib"
	"github.com/asyncscript/asyncscript/stdlib/pylibhelp"
	"github.com/asyncscript/asyncscript/stdlib/random"
	"github.com/asyncscript/asyncscript/stdlib/re"
	"github.com/asyncscript/asyncscript/stdlib/requests"
	pystring "github.com/asyncscript/asyncscript/stdlib/string"
	"github.com/asyncscript/asyncscript/stdlib/sys"
	"github.com/asyncscript/asyncscript/stdlib/tempfile"
	"github.com/asyncscript/asyncscript/stdlib/time"
)

// Loaders maps import names to module loaders.
var Loaders = map[string]interp.ModuleLoader{
	"time":                time.Load,
	"random":              random.Load,
	"math":                math.Load,
	"sys":                 sys.Load,
	"os":                  os.Load,
	"os.path":             os.LoadPath,
	"tempfile":            tempfile.Load,
	"collections":         collections.Load,
	"functools":           functools.Load,
	"itertools":           itertools.Load,
	"json":                json.Load,
	"string":              pystring.Load,
	"re":                  re.Load,
	"_abc":                abc.Load,
	"_pylib":              pylibhelp.Load,
	"aiohttp":             aiohttp.Load,
	"async_timeout":       async_timeout.Load,
	"requests":            requests.Load,
	"requests.exceptions": requests.LoadExceptions,
	"requests.structures": requests.LoadStructures,
	"httpx":               httpx.Load,
	"contextvars":         contextvars.Load,
	"atexit":              atexit.Load,
	"yarl":                aiohttp.LoadYarl,
	"multidict":           aiohttp.LoadMultidict,
}

// Register makes every module in Loaders importable on vm.
func Register(vm *interp.VM) {
	for name, load := range Loaders {
		vm.RegisterModule(name, load)
	}
	pylib.Register(vm) // modules written in asyncscript's language, embedded
}
