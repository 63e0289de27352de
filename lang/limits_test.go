package lang

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/participle/v2/lexer"
)

// limitCase is one line of testdata/limits.jsonl, recorded from CPython
// 3.11 by testdata/gen_limits.py.
type limitCase struct {
	Head, Pre, Mid, Post string
	N                    int
	Indent               int
	Mode                 string // "" (exec) or "eval"
	Want                 string
}

// source builds the case's program as gen_limits.py does.
func (c limitCase) source() []byte {
	var b strings.Builder
	for i := 0; i < c.Indent; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	if c.Indent > 0 {
		b.WriteString(strings.Repeat(" ", c.Indent) + "pass")
	}
	b.WriteString(c.Head)
	b.WriteString(strings.Repeat(c.Pre, c.N))
	b.WriteString(c.Mid)
	b.WriteString(strings.Repeat(c.Post, c.N))
	b.WriteString("\n")
	return []byte(b.String())
}

// TestLimits checks deeply nested and huge sources: the parser must give
// CPython's error (or parse, when CPython's parser accepts the input and
// only its compiler fails), and never panic or recurse without bound.
func TestLimits(t *testing.T) {
	f, err := os.Open("testdata/limits.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c limitCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		name := c.Head + c.Pre + "…" + c.Mid + c.Post
		start := time.Now()
		mode := ModeFile
		if c.Mode == "eval" {
			mode = ModeEval
		}
		m, err := Parse("x.as", c.source(), mode)
		if err == nil {
			_ = Dump(m) // an AST walk, bounded like the rest
		}
		if testing.Verbose() {
			t.Logf("%q n=%d indent=%d: %v", name, c.N, c.Indent, time.Since(start))
		}
		switch c.Want {
		case "ok", "RecursionError":
			if err != nil {
				t.Errorf("%q n=%d indent=%d: CPython's parser accepts it (%s), got %v", name, c.N, c.Indent, c.Want, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%q n=%d indent=%d: want %s, parsed OK", name, c.N, c.Indent, c.Want)
			continue
		}
		se := err.(*SyntaxError)
		got := se.Kind
		if se.Msg != "" {
			got += ": " + se.Msg
		}
		if got != c.Want {
			t.Errorf("%q n=%d indent=%d: want %s, got %s", name, c.N, c.Indent, c.Want, got)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestPeekingShim checks that peeking's shortcut is taken and reads the
// same tokens as participle's lexer.Upgrade.
func TestPeekingShim(t *testing.T) {
	ts := tokenize(NewFile("x.as", nil), "if x:\n    f(a, b=[1, 2])\n", 0, 1, 1)
	if ts.err != nil {
		t.Fatal(ts.err)
	}
	got, ok := peekingShim(ts.toks)
	if !ok {
		t.Fatal("participle's PeekingLexer changed: update peekingShim")
	}
	want, err := lexer.Upgrade(&sliceLexer{toks: ts.toks})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		g, w := *got.Next(), *want.Next()
		if g != w || got.Checkpoint != want.Checkpoint {
			t.Fatalf("token %d: shim %v at %v, Upgrade %v at %v", i, g, got.Checkpoint, w, want.Checkpoint)
		}
		if w.EOF() {
			break
		}
	}
}
