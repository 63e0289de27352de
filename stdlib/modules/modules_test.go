package modules_test

// Every testdata/NAME.as exercises one standard module; it runs in process
// through the one golden runner (internal/golden) and must print what
// CPython 3.11 printed for it, recorded by testdata/record.py.

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
)

func TestModulePrograms(t *testing.T) {
	golden.Suite{Dir: "testdata"}.Test(t)
}
