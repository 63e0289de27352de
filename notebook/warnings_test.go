package notebook

import (
	"fmt"
	"strings"
	"testing"
)

// TestCellSyntaxWarnings: as under IPython, a cell's compile-time
// warnings show first under "<>" (should_run_async compiles the cell to
// see whether it awaits), without a source line, then under the cell's
// name, with the line IPython's line cache holds; and the cell still runs.
func TestCellSyntaxWarnings(t *testing.T) {
	k := virtualKernel()
	defer k.Shutdown()
	res := k.Execute("x = 1\nx is 2")
	var stderr, out strings.Builder
	for _, o := range res.Outputs {
		switch {
		case o["output_type"] == "stream" && o["name"] == "stderr":
			fmt.Fprint(&stderr, o["text"])
		case o["output_type"] == "execute_result":
			fmt.Fprint(&out, o["data"])
		}
	}
	const msg = `SyntaxWarning: "is" with a literal. Did you mean "=="?`
	cell := fmt.Sprintf("%s%d.py", k.prefix, murmur2([]byte("x = 1\nx is 2"), 0xC70F6907))
	want := "<>:2: " + msg + "\n" + cell + ":2: " + msg + "\n  x is 2\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	if !strings.Contains(out.String(), "False") {
		t.Errorf("result %q, want False", out.String())
	}
}
