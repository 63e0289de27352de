package lang

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func benchSource(tb testing.TB) []byte {
	files, _ := filepath.Glob("../../shared/conformance/shared-set/*.py")
	var src []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if _, err := Parse(f, b, ModeFile); err != nil {
			continue
		}
		src = append(src, b...)
		src = append(src, '\n')
		if len(src) > 9000 {
			break
		}
	}
	if len(src) == 0 {
		tb.Skip("no corpus")
	}
	return src
}

func BenchmarkParse300(b *testing.B) {
	src := benchSource(b)
	n := 0
	for _, c := range src {
		if c == '\n' {
			n++
		}
	}
	b.Logf("%d lines, %d bytes", n, len(src))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("x.as", src, ModeFile); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildParser(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := buildFileParser(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestColdStart(t *testing.T) {
	t0 := time.Now()
	_, err := Parse("x.as", []byte("print('hello')\n"), ModeFile)
	t.Logf("first Parse (incl. parser build): %v", time.Since(t0))
	if err != nil {
		t.Fatal(err)
	}
}
