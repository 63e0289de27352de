package modules_test

// Runs every testdata/NAME.as through an in-process stdlib.Session and
// compares stdout with NAME.out, which was recorded by running python3
// (CPython 3.11) on the same file — never from our own output.

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
)

func TestModulePrograms(t *testing.T) {
	programs, err := filepath.Glob(filepath.Join("testdata", "*.as"))
	if err != nil {
		t.Fatal(err)
	}
	if len(programs) == 0 {
		t.Fatal("no testdata/*.as")
	}
	for _, prog := range programs {
		name := strings.TrimSuffix(filepath.Base(prog), ".as")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".as") + ".out")
			if err != nil {
				t.Fatalf("missing expectation (record it with python3): %v", err)
			}
			var out, errb bytes.Buffer
			s := stdlib.NewSession(&out, &errb)
			status := s.RunFile(prog, []string{prog})
			if status != 0 {
				t.Errorf("exit status %d; stderr:\n%s", status, errb.String())
			}
			if got := out.String(); got != string(want) {
				t.Errorf("stdout differs from CPython's\n--- got\n%s\n--- want\n%s", got, want)
			}
		})
	}
}
