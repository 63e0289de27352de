package tracing_test

// Tracing must not change what a program does: the asyncio golden
// programs, run with a recorder attached, still print what CPython 3.11
// printed for them (their .out files were recorded from python3).

import (
	"bytes"
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
	progs, err := filepath.Glob(filepath.Join("..", "stdlib", "asyncio", "testdata", "*.as"))
	if err != nil || len(progs) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, prog := range progs {
		name := strings.TrimSuffix(filepath.Base(prog), ".as")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".as") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			s := stdlib.NewSession(&stdout, &stderr)
			s.PanicsAreBugs = true
			rec := &tracing.Recorder{}
			asyncio.Get(s.VM).SetTracer(rec)
			s.RunSource(name+".as", src)
			if got := hexAddr.ReplaceAllString(stdout.String(), "0x#"); got != hexAddr.ReplaceAllString(string(want), "0x#") {
				t.Fatalf("traced run printed:\n%s\nwant:\n%s", got, want)
			}
			if len(rec.Events()) == 0 {
				t.Fatal("nothing recorded")
			}
			// and every recording can be drawn
			var svg bytes.Buffer
			if err := tracing.Build(rec.Events()).WriteSVG(&svg); err != nil {
				t.Fatal(err)
			}
		})
	}
}
