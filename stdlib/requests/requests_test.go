package requests_test

// Golden tests of the requests module: testdata/*.as run against the
// webtest server and print what CPython 3.11 with requests 2.28.1 printed
// (recorded by internal/webtest/record.py).

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/webtest"
)

func TestGolden(t *testing.T) { webtest.TestDir(t, "testdata", nil) }
