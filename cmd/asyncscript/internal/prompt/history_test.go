package prompt

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestHistoryItemsRoundTrip(t *testing.T) {
	for _, it := range []string{"x = 1", "def f():\n    return 'a\\nb'", `print("back\\slash")`, "a\\", "for i in r:\n\tpass"} {
		if got := unescapeItem(escapeItem(it)); got != it {
			t.Errorf("%q came back as %q", it, got)
		}
		if got := fromEditor(toEditor(it)); !reflect.DeepEqual(got, splitLines(it)) {
			t.Errorf("%q recalled as %q", it, got)
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func TestHistoryPath(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/state")
	if got := HistoryPath(); got != filepath.Join("/state", "asyncscript", "history") {
		t.Errorf("with XDG_STATE_HOME: %s", got)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/u")
	if got := HistoryPath(); got != "/home/u/.local/state/asyncscript/history" {
		t.Errorf("without: %s", got)
	}
}
