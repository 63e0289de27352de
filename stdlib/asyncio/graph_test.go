package asyncio_test

// The call graph programs of testdata/callgraph (see the README there):
// stdout must equal NAME.want once addresses are masked and file names
// cut to their base name.

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
)

var graphFile = regexp.MustCompile(`File '[^']*/([^'/]*)'`)

func TestCallGraph(t *testing.T) {
	progs, err := filepath.Glob("testdata/callgraph/*.as")
	if err != nil || len(progs) < 3 {
		t.Fatalf("call graph programs: %v %v", progs, err)
	}
	for _, prog := range progs {
		name := strings.TrimSuffix(filepath.Base(prog), ".as")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".as") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			s := stdlib.NewSession(&stdout, &stderr)
			s.PanicsAreBugs = true
			if status := s.RunFile(prog, []string{prog}); status != 0 {
				t.Fatalf("status %d, stderr:\n%s", status, stderr.String())
			}
			got := graphFile.ReplaceAllString(mask(stdout.String()), "File '$1'")
			if got != string(want) {
				t.Fatalf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
