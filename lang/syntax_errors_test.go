package lang

import (
	"os"
	"strings"
	"testing"
)

// TestSyntaxErrors runs testdata/syntax_errors.as: each chunk's expected
// output was recorded from CPython 3.11 by testdata/gen_syntax_errors.py.
func TestSyntaxErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/syntax_errors.as")
	if err != nil {
		t.Fatal(err)
	}
	chunks := strings.Split(string(data), "\n---\n")
	line := 1
	for _, chunk := range chunks {
		startLine := line
		line += strings.Count(chunk, "\n") + 2
		var src, want strings.Builder
		last := ""
		noNL := false
		for _, l := range strings.Split(strings.TrimSuffix(chunk, "\n"), "\n") {
			switch {
			case l == "#nonl":
				noNL = true
			case strings.HasPrefix(l, "##|"):
				want.WriteString(l[3:] + "\n")
			case strings.HasPrefix(l, "### "):
				last = l[4:]
			default:
				src.WriteString(l + "\n")
			}
		}
		text := src.String()
		if noNL {
			text = strings.TrimSuffix(text, "\n")
		}
		isSyntax := strings.HasPrefix(last, "SyntaxError:") || strings.HasPrefix(last, "IndentationError:") || strings.HasPrefix(last, "TabError:")
		_, err := Parse("x.as", []byte(text), ModeFile)
		if !isSyntax {
			if err != nil {
				t.Errorf("line %d: want successful parse (CPython: %s), got %v", startLine, last, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("line %d: want %q, parsed OK", startLine, last)
			continue
		}
		got := err.(*SyntaxError).Format()
		exp := want.String() + last + "\n"
		if got != exp {
			t.Errorf("line %d:\n--- want\n%s--- got\n%s", startLine, exp, got)
		}
	}
}
