package async_timeout_test

// Golden tests of async_timeout: testdata/*.as print what CPython 3.11 with
// async-timeout 4.0.2 printed (record with
// /usr/bin/python3 internal/webtest/record.py stdlib/async_timeout/testdata).

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/webtest"
)

func TestGolden(t *testing.T) { webtest.TestDir(t, "testdata", nil) }
