package interp_test

// Runs every testdata/builtins/NAME.as through an in-process
// stdlib.Session and compares stdout, stderr and the exit status with the
// CPython 3.11 recordings made by testdata/builtins/record.py (NAME.out,
// NAME.err, NAME.code; NAME.in is fed to stdin). These cover the
// builtins, exception objects and traceback printing end to end.

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
)

func readOpt(path string) []byte {
	b, _ := os.ReadFile(path)
	return b
}

func TestBuiltinPrograms(t *testing.T) {
	progs, _ := filepath.Glob(filepath.Join("testdata", "builtins", "*.as"))
	if len(progs) == 0 {
		t.Fatal("no testdata/builtins/*.as")
	}
	for _, prog := range progs {
		base := strings.TrimSuffix(prog, ".as")
		name := filepath.Base(prog)
		t.Run(strings.TrimSuffix(name, ".as"), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			wantOut, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Fatalf("missing expectation (run record.py with python3): %v", err)
			}
			wantErr := readOpt(base + ".err")
			wantCode := 0
			if c := strings.TrimSpace(string(readOpt(base + ".code"))); c != "" {
				wantCode, _ = strconv.Atoi(c)
			}
			var out, errb bytes.Buffer
			s := stdlib.NewSession(&out, &errb)
			s.VM.Stdin = bytes.NewReader(readOpt(base + ".in"))
			code := s.RunSource(name, src)
			if got := out.String(); got != string(wantOut) {
				t.Errorf("stdout differs from CPython's\n--- got\n%s\n--- want\n%s", got, wantOut)
			}
			if got := errb.String(); got != string(wantErr) {
				t.Errorf("stderr differs from CPython's\n--- got\n%s\n--- want\n%s", got, wantErr)
			}
			if code != wantCode {
				t.Errorf("exit status %d, want %d", code, wantCode)
			}
		})
	}
}
