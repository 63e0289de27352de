package lang

import (
	"reflect"
	"testing"
)

// TestParseFlatMatchesParticiple checks that parseFlat, the parse of
// files of simple statements that skips participle, builds the same tree
// participle's parser does, and that it declines everything else.
func TestParseFlatMatchesParticiple(t *testing.T) {
	flat := []string{
		"",
		"print('hello')\n",
		"import sys\nx = 1; y = 2\nprint(x + y, file=sys.stderr)\n",
		"a = [i for i in range(3) if i]\nb = 1 if a else 2\ndel a\n",
		"f = lambda x: x * 2\nassert f(1) == 2, 'no'\nfrom os import (path, sep,)\n",
	}
	for _, src := range flat {
		ts := tokenize(NewFile("t.as", []byte(src)), src, 0, 1, 1)
		got := parseFlat(ts)
		if got == nil {
			t.Errorf("parseFlat(%q) declined a flat file", src)
			continue
		}
		p, err := fileParser()
		if err != nil {
			t.Fatal(err)
		}
		want, err := p.ParseFromLexer(peeking(ts.toks))
		if err != nil {
			t.Fatalf("participle failed on %q: %v", src, err)
		}
		if len(want.Stmts) == 0 {
			want.Stmts = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("parseFlat(%q) = %#v, participle built %#v", src, got, want)
		}
	}
	for _, src := range []string{
		"if x:\n    pass\n",
		"x = 1\ndef f():\n    pass\n",
		"@d\nclass C: pass\n",
		"  x = 1\n",
		"x = (1\n",
		"x = 1 +\n",
	} {
		ts := tokenize(NewFile("t.as", []byte(src)), src, 0, 1, 1)
		if parseFlat(ts) != nil {
			t.Errorf("parseFlat(%q) accepted a file that is not flat", src)
		}
	}
	for _, src := range []string{"if x:\n    pass\n", "x = 1\ndef f():\n    pass\n", "@d\nclass C: pass\n", "while 1: pass"} {
		if !MayNeedParser([]byte(src)) {
			t.Errorf("MayNeedParser(%q) = false for a compound statement", src)
		}
	}
	for _, src := range []string{"", "print('hello')\n", "x = f(y)\nimport os\n"} {
		if MayNeedParser([]byte(src)) {
			t.Errorf("MayNeedParser(%q) = true for a flat file", src)
		}
	}
}
