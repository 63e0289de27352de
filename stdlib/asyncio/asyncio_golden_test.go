// Golden tests: every testdata/NAME.as runs in process through the one
// golden runner (internal/golden) and must print what CPython 3.11 printed
// for it (testdata/record.py writes NAME.out, NAME.err with the last
// stderr line, and NAME.code from python3; never from our own output).
//
// Every program runs twice: on the real clock, and on virtual time
// (Session.UseVirtualClock, subtest NAME/virtual), which must keep
// CPython's order of events.
package asyncio_test

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
)

func TestGolden(t *testing.T) {
	golden.Suite{Dir: "testdata", AlsoVirtual: true}.Test(t)
}

// mask hides addresses as the golden runner does (graph_test.go).
func mask(s string) string { return golden.Mask(s, false) }
