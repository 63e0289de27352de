package aiohttp_test

// Golden tests of the aiohttp module: testdata/*.as run against the
// webtest server and print what CPython 3.11 with aiohttp 3.8.4 printed
// (recorded by internal/webtest/record.py).

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/webtest"
)

func TestGolden(t *testing.T) {
	webtest.TestDir(t, "testdata", nil)
}
