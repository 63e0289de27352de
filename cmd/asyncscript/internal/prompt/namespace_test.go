package prompt

import (
	"bytes"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
)

// TestHelp: help(function) and repr(help) print what CPython 3.11's pydoc
// prints (recorded with `PAGER=cat python3 -i` on the same entries).
func TestHelp(t *testing.T) {
	var out bytes.Buffer
	s := stdlib.NewSession(&out, &out)
	installNamespace(s)
	for _, e := range []string{
		"def f(x, y=2, *a, k=1, **kw):\n    \"\"\"Add things.\n\n    More lines.\n    \"\"\"\n",
		"async def g(a, *, b, c=3): pass\n",
		"help(f)\n", "help(g)\n", "help\n",
	} {
		if r := s.RunEntry(stdlib.Entry{Source: e}); r.Exc != nil {
			t.Fatalf("%q: %v", e, r.Exc)
		}
	}
	want := "Help on function f in module __main__:\n\nf(x, y=2, *a, k=1, **kw)\n    Add things.\n    \n    More lines.\n\n" +
		"Help on function g in module __main__:\n\nasync g(a, *, b, c=3)\n\n" +
		"Type help() for interactive help, or help(object) for help about object.\n"
	if out.String() != want {
		t.Errorf("got\n%q\nwant\n%q", out.String(), want)
	}
}
