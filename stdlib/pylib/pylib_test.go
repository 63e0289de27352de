package pylib_test

// Every embedded module must import cleanly on a fresh session: a module
// no golden program imports would otherwise only fail for its first user.

import (
	"bytes"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/pylib"
)

func TestEveryModuleImports(t *testing.T) {
	names := pylib.Names()
	if len(names) < 30 {
		t.Fatalf("only %d embedded modules: %v", len(names), names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			s := stdlib.NewSession(&out, &errOut)
			defer s.Close()
			status := s.RunSource("x.as", []byte("import "+name+"\nprint('ok')\n"))
			if status != 0 || out.String() != "ok\n" {
				t.Fatalf("import %s: status %d, stdout %q, stderr %q", name, status, out.String(), errOut.String())
			}
		})
	}
}

func TestDottedNames(t *testing.T) {
	want := map[string]bool{"collections.abc": false, "concurrent.futures": false, "__future__": false}
	for _, n := range pylib.Names() {
		if _, ok := want[n]; ok {
			want[n] = true
		}
	}
	for n, found := range want {
		if !found {
			t.Errorf("%s is not among the embedded modules", n)
		}
	}
}
