package aiofiles_test

// Every testdata/NAME.as uses aiofiles; it runs in process through the one
// golden runner (internal/golden) and must print what Debian 12's CPython
// 3.11 with aiofiles 23.1 printed for it (testdata/record.py).

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
)

func TestAiofilesPrograms(t *testing.T) {
	golden.Suite{Dir: "testdata"}.Test(t)
}
