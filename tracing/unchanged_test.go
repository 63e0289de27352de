package tracing_test

// Tracing must not change what a program does: the asyncio golden
// programs, run with a recorder attached, still print what CPython 3.11
// printed for them (their .out files were recorded from python3).

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/tracing"
)

var hexAddr = regexp.MustCompile(`0x[0-9a-fA-F]+`)

func TestTracingChangesNothing(t *testing.T) {
	dir := filepath.Join("..", "stdlib", "asyncio", "testdata")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".as"); ok {
			n++
			t.Run(name, func(t *testing.T) { checkTracedRun(t, filepath.Join(dir, name)) })
		}
	}
	if n == 0 {
		t.Fatal("no programs")
	}
}

// checkTracedRun runs base.as with a recorder and compares its stdout with
// base.out.
func checkTracedRun(t *testing.T, base string) {
	src, err := os.ReadFile(base + ".as")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	s := stdlib.NewSession(&stdout, io.Discard)
	s.PanicsAreBugs = true
	rec := &tracing.Recorder{}
	asyncio.Get(s.VM).SetTracer(rec)
	s.RunSource(filepath.Base(base)+".as", src)
	mask := func(s string) string { return hexAddr.ReplaceAllString(s, "0x#") }
	if got := mask(stdout.String()); got != mask(string(want)) {
		t.Fatalf("traced run printed:\n%s\nwant:\n%s", got, want)
	}
	if len(rec.Events()) == 0 {
		t.Fatal("nothing recorded")
	}
	// every recording can be drawn
	if err := tracing.Build(rec.Events()).WriteSVG(io.Discard); err != nil {
		t.Fatal(err)
	}
}
