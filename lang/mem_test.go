package lang

import (
	"bytes"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestLongRunErrors checks the lines of a long run of simple statements,
// which the lowering parses a second time (see cstSimpleRun): every chunk
// of testdata/syntax_errors.as (CPython's errors, recorded) is parsed after
// keptLines+1 lines of `pass`, and must fail, or not, as it does alone, at
// the same place shifted by those lines.
func TestLongRunErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/syntax_errors.as")
	if err != nil {
		t.Fatal(err)
	}
	const shift = keptLines + 1
	prefix := strings.Repeat("pass\n", shift)
	for i, chunk := range strings.Split(string(data), "\n---\n") {
		var src strings.Builder
		for _, l := range strings.Split(strings.TrimSuffix(chunk, "\n"), "\n") {
			if !strings.HasPrefix(l, "##") && l != "#nonl" {
				src.WriteString(l + "\n")
			}
		}
		_, err1 := Parse("x.as", []byte(src.String()), ModeFile)
		_, err2 := Parse("x.as", []byte(prefix+src.String()), ModeFile)
		if (err1 == nil) != (err2 == nil) {
			t.Errorf("chunk %d: alone %v, after a long run %v", i, err1, err2)
			continue
		}
		if err1 == nil {
			continue
		}
		e1, e2 := *err1.(*SyntaxError), *err2.(*SyntaxError)
		for _, p := range []*Pos{&e2.Span.Start, &e2.Span.End} {
			if p.Line > shift {
				p.Line -= shift
			}
		}
		e2.Msg = lineRef.ReplaceAllStringFunc(e2.Msg, func(m string) string {
			n, _ := strconv.Atoi(m[len("line "):])
			return "line " + strconv.Itoa(n-shift)
		})
		if e1.Kind != e2.Kind || e1.Msg != e2.Msg || e1.Span != e2.Span {
			t.Errorf("chunk %d:\nalone:            %s %s %v\nafter a long run: %s %s %v", i, e1.Kind, e1.Msg, e1.Span, e2.Kind, e2.Msg, e2.Span)
		}
	}
}

var lineRef = regexp.MustCompile(`line [0-9]+`)

func BenchmarkParseFlatAssign(b *testing.B) {
	src := bytes.Repeat([]byte("x = 1\n"), 170000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("x.as", src, ModeFile); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFlatFileMemory bounds the memory the parse tree of a long flat file
// retains, on top of its tokens: before cstSimpleRun dropped its lines'
// trees it was about 1 KB a line (several hundred MB for 1 MB of source).
func TestFlatFileMemory(t *testing.T) {
	const lines = 50000
	src := strings.Repeat("x = 1\n", lines)
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	ts := tokenize(NewFile("x.as", []byte(src)), src, 0, 1, 1)
	p, err := fileParser()
	if err != nil {
		t.Fatal(err)
	}
	before := heap()
	cst, err := p.ParseFromLexer(peeking(ts.toks))
	if err != nil {
		t.Fatal(err)
	}
	after := heap()
	runtime.KeepAlive(cst)
	runtime.KeepAlive(ts)
	perLine := (int64(after) - int64(before)) / lines
	t.Logf("parse tree: %d bytes a line", perLine)
	if perLine > 100 {
		t.Errorf("the parse tree of a flat file holds %d bytes a line (want under 100)", perLine)
	}
}
