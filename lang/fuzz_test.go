package lang

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics and always returns either a
// module or a *SyntaxError that formats.
func FuzzParse(f *testing.F) {
	for _, pat := range []string{"/work/shared/conformance/shared-set/*.py", "../examples/*.as", "testdata/*.as"} {
		files, _ := filepath.Glob(pat)
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
	for _, s := range []string{"x = (1,\n", "f'{x!r:>{w}}'\n", "if x:\n  pass\n else:\n", "a[1:2, ::3]\n", "lambda *a, **k: 0\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{ModeFile, ModeEval} {
			m, err := Parse("fuzz.as", src, mode)
			if err != nil {
				se, ok := err.(*SyntaxError)
				if !ok {
					t.Fatalf("non-SyntaxError %T: %v", err, err)
				}
				_ = se.Format()
				_ = Incomplete(err)
				continue
			}
			_ = Dump(m)
		}
	})
}
