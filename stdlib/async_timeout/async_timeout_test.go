package async_timeout_test

// Golden tests of async_timeout: testdata/*.as print what CPython 3.11 with
// async-timeout 4.0.2 printed (record with
// /usr/bin/python3 ../internal/httpcore/webtest/record.py testdata).

import (
	"testing"

	"github.com/asyncscript/asyncscript/stdlib/internal/httpcore/webtest"
)

func TestGolden(t *testing.T) { webtest.TestDir(t, "testdata", nil) }
