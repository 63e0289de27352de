package httpx_test

// Golden tests of the httpx module: testdata/*.as run against the webtest
// server and print what CPython 3.11 with httpx 0.23.3 printed (recorded
// by internal/webtest/record.py).

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/webtest"
)

func TestGolden(t *testing.T) { webtest.TestDir(t, "testdata", nil) }
