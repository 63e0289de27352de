package prompt

import (
	"strings"
	"testing"
)

// TestCheckEntry: what codeop.compile_command(src, "<stdin>", "single")
// of CPython 3.11.7 says of each source (recorded by running it; lines
// are joined with "\n", as InteractiveConsole.push does).
func TestCheckEntry(t *testing.T) {
	const (
		complete   = entryComplete
		incomplete = entryIncomplete
		syntax     = entryError
	)
	for _, c := range []struct {
		src  string
		want entryState
	}{
		{"if 1: a", incomplete},
		{"if 1: a\n", complete},
		{"if 1: a\nelse: b", incomplete},
		{"if 1: a\nelse: b\n", complete},
		{"if 1:\n  a\n", complete},
		{"@dec", incomplete},
		{"@dec\ndef f(): pass", incomplete},
		{"@dec\ndef f(): pass\n", complete},
		{"try: 1/0", incomplete},
		{"try: 1/0\nexcept: pass", incomplete},
		{"x = \"\"\"abc", incomplete},
		{"x = \"\"\"abc\n\"\"\"", complete},
		{"x = (1,", incomplete},
		{"1 +", syntax},
		{"def f():\n  return 1\n", complete},
		{"x = 1", complete},
		{"x = 1; y = 2", complete},
		{"if 1:\n  a\nb", syntax},
		{"for i in x: pass\n", complete},
		{"#c", complete},
		{"", complete},
		{"  1", syntax},
		{"1 2", syntax},
		{"f(\n", incomplete},
		{"class A: pass", incomplete},
		{"if 1:\n\n  a", incomplete},
		{"if 1:\n  a\n  ", incomplete},
		{"if 1:\n", incomplete},
		{"x = (1,\n", incomplete},
		{"@dec\n", incomplete},
		{"if 1:\n  a\nelse:\n", incomplete},
		{"class A:\n  x=1\n  def f(self):\n    pass\n", complete},
		{"await asyncio.sleep(0)", complete},
		{"async def w():\n    try:\n        await x", incomplete},
		{"async def w():\n    try:\n        await x\n    finally:", incomplete},
		{"async def w():\n    try:\n        await x\n    finally:\n        pass", incomplete},
		{"async def w():\n    try:\n        await x\n    finally:\n        pass\n", complete},
	} {
		got, err := checkEntry(strings.Split(c.src, "\n"))
		if got != c.want {
			t.Errorf("%q: got %d (%v), want %d", c.src, got, err, c.want)
		}
	}
}
