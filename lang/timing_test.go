package lang

import (
	"os"
	"testing"
	"time"

	"github.com/alecthomas/participle/v2/lexer"
)

func TestPhaseTiming(t *testing.T) {
	src, err := os.ReadFile("/tmp/big.py")
	if err != nil {
		t.Skip()
	}
	fp, _ := fileParser()
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		ts := tokenize(NewFile("x", src), string(src), 0, 1, 1)
		t1 := time.Now()
		pl, _ := lexer.Upgrade(&sliceLexer{toks: ts.toks})
		cst, err := fp.ParseFromLexer(pl)
		t2 := time.Now()
		l := &lowerer{file: NewFile("x", src), ts: ts}
		l.push(scopeModule, false)
		l.stmts(cst.Stmts)
		t3 := time.Now()
		t.Log(len(ts.toks), "lex", t1.Sub(t0), "parse", t2.Sub(t1), "lower", t3.Sub(t2), err)
	}
}
