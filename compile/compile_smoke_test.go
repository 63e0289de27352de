package compile

// This file tests that every .as program in the repository compiles with
// the compiler's internal consistency checks enabled.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/lang"
)

func TestCompileAllExamples(t *testing.T) {
	var files []string
	filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".as") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no .as files")
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := lang.Parse(path, src, lang.ModeFile)
		if err != nil {
			continue // syntax error suites
		}
		t.Logf("compiling %s", path)
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic: %v", path, r)
				}
			}()
			if _, err := Compile(m, Options{debug: true}); err != nil {
				t.Logf("%s: %v", path, err)
			}
		}()
	}
}

// FuzzCompile checks that compiling any parseable program never panics and
// that the compiler's internal invariants (consistent stack depths and
// handler stacks at every label) hold.
func FuzzCompile(f *testing.F) {
	for _, tc := range codegenCases {
		f.Add(tc.src)
	}
	filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".as") {
			if src, err := os.ReadFile(path); err == nil {
				f.Add(string(src))
			}
		}
		return nil
	})
	// deep and wide shapes at CPython's compile limits (the deepest
	// chains are left out: the parser is slow on them)
	for _, c := range readJSONLines[limitCase](f, "testdata/compile_limits/cases.jsonl") {
		if c.N <= 1000 {
			f.Add(c.source())
		}
	}
	for _, deep := range []string{
		"x = " + strings.Repeat("-", 5000) + "1\n",
		"x = " + strings.Repeat("lambda: ", 3100) + "1\n",
		"x = a" + strings.Repeat(".y", 4000) + "\n",
		"def f():\n    " + strings.Repeat("with a, ", 25) + "b: pass\n",
	} {
		f.Add(deep)
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := lang.Parse("f.as", []byte(src), lang.ModeFile)
		if err != nil {
			return
		}
		for _, interactive := range []bool{false, true} {
			if c, err := Compile(m, Options{Interactive: interactive, debug: true}); err == nil {
				_ = c.Disassemble()
			}
		}
	})
}
