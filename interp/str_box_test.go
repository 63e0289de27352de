package interp

import (
	"runtime"
	"strings"
	"testing"
)

// TestStrBoxSurvivesGC: the Values made by boxStrs, allocStr and
// concatBoxed (str_box.go) point into memory allocated for another
// purpose; they must keep it alive and read back their strings after
// collections, with everything else dropped.
func TestStrBoxSurvivesGC(t *testing.T) {
	var keep []Value
	var want []string
	for i := 0; i < 2000; i++ {
		parts := strings.Fields(strings.Repeat("ab cd ", i%7+1) + strings.Repeat("x", i%60))
		items := boxStrs(parts)
		keep = append(keep, items[len(items)-1])
		want = append(want, parts[len(parts)-1])
		s := strings.Repeat("é", i%40)
		keep = append(keep, concatBoxed(s, "z"))
		want = append(want, s+"z")
		_ = make([]byte, 64) // garbage between the kept values
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	for i, v := range keep {
		if s, ok := v.(Str); !ok || string(s) != want[i] {
			t.Fatalf("value %d: got %#v, want %q", i, v, want[i])
		}
	}
	if v, buf := allocStr(0); v != Str("") || len(buf) != 0 {
		t.Fatalf("allocStr(0) = %#v, %d bytes", v, len(buf))
	}
}
