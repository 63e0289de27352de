package compile

import (
	"strings"
	"testing"
	"time"
)

// TestWarningFoldingIsLinear: whether an operand folds is asked at every
// level of a nest of subscripted tuples; the folder remembers the answers,
// so a nest as deep as the parser allows compiles at once (asked afresh,
// it would take 2^depth steps) and still finds the constant at its core.
func TestWarningFoldingIsLinear(t *testing.T) {
	e := "1"
	for i := 0; i < 90; i++ {
		e = "(" + e + ",)[0]"
	}
	start := time.Now()
	code := compileSrc(t, "x = 1\nx is "+e+"\n", Options{})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("compiling took %v", d)
	}
	if len(code.Warnings) != 1 || !strings.HasPrefix(code.Warnings[0].Msg, `"is" with a literal`) {
		t.Errorf("warnings %+v, want one \"is\" with a literal", code.Warnings)
	}
}
