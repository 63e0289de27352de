package lang

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics and always returns either a
// module or a *SyntaxError that formats.
func FuzzParse(f *testing.F) {
	for _, pat := range []string{"../../shared/conformance/shared-set/*.py", "../examples/*.as", "testdata/*.as"} {
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

// FuzzLex runs the lexer alone over arbitrary input: it must end every
// input with EOF or a *SyntaxError, never a panic or an endless stream.
func FuzzLex(f *testing.F) {
	for _, pat := range []string{"../../shared/conformance/shared-set/*.py", "../examples/*.as", "testdata/*.as"} {
		files, _ := filepath.Glob(pat)
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("x = '''\n"))
	f.Add([]byte("\tif x:\n  \ty\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		lx, err := Lexer.(Definition).LexString("fuzz.as", string(src))
		if err != nil {
			return
		}
		for i := 0; i <= len(src)*4+64; i++ {
			tok, err := lx.Next()
			if err != nil {
				if _, ok := err.(*SyntaxError); !ok {
					t.Fatalf("lexer error is %T, not *SyntaxError: %v", err, err)
				}
				return
			}
			if tok.EOF() {
				return
			}
		}
		t.Fatalf("lexer produced more than %d tokens for %d bytes", len(src)*4+64, len(src))
	})
}
