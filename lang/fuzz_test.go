package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// limitSeeds are inputs at and past the nesting limits (brackets,
// indentation, the parser's modelled stack) and long flat shapes, kept
// small enough for the fuzzer to mutate quickly.
func limitSeeds() []string {
	r := strings.Repeat
	var indent strings.Builder
	for i := 0; i < 101; i++ {
		indent.WriteString(r(" ", i) + "if 1:\n")
	}
	indent.WriteString(r(" ", 101) + "pass\n")
	return []string{
		r("(", 201) + "1" + r(")", 201) + "\n",
		"x = " + r("[", 200) + r("]", 200) + "\n",
		r("-", 5970) + "1\n",
		r("not ", 1000) + "x\n",
		r("lambda: ", 2985) + "1\n",
		r("1 if 1 else ", 3000) + "1\n",
		r("x**", 3000) + "1\n",
		"x = x" + r(".y", 3000) + r("()", 3000) + r("[0]", 3000) + "\n",
		"x = [" + r("1,", 5000) + "]\n",
		"x = " + r("1+", 5000) + "1\n",
		"f'{" + r("-", 5947) + "x}'\n",
		"f'{x:{y:{z}}}'\n",
		indent.String(),
		"x = 1\ny = 2\x0b\n",
		"x = 1\n\x00\n",
		"x = '\xff'\n",
	}
}

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
	for _, s := range limitSeeds() {
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
	for _, s := range limitSeeds() {
		f.Add([]byte(s))
	}
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
