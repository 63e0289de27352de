package nest_asyncio_test

// Every testdata/NAME.as uses nest_asyncio; it runs in process through the
// one golden runner (internal/golden) and must print what CPython 3.11
// with the real nest_asyncio package printed (testdata/record.py, run
// with /usr/bin/python3).

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
)

func TestNestAsyncio(t *testing.T) {
	golden.Suite{Dir: "testdata", AlsoVirtual: true}.Test(t)
}
