package sre

// Compares the engine's Unicode predicates with CPython's, recorded by
// testdata/record_unicode.py: \w, \d, \s, cased and the lowercase mapping must
// agree on every code point assigned in CPython's Unicode database (code
// points it leaves unassigned may be assigned in Go's newer tables).

import (
	"encoding/json"
	"os"
	"sort"
	"testing"
)

type uniData struct {
	Word, Digit, Space, Cased, Unassigned [][2]rune
	Lower                                 [][2]rune
}

func inRanges(rs [][2]rune, r rune) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] >= r })
	return i < len(rs) && rs[i][0] <= r
}

func TestUnicodeClasses(t *testing.T) {
	raw, err := os.ReadFile("testdata/unicode.json")
	if err != nil {
		t.Fatal(err)
	}
	var d uniData
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	lower := make(map[rune]rune, len(d.Lower))
	for _, p := range d.Lower {
		lower[p[0]] = p[1]
	}
	bad := 0
	for r := rune(0); r <= 0x10ffff && bad < 20; r++ {
		if inRanges(d.Unassigned, r) {
			continue
		}
		for _, c := range []struct {
			name string
			cat  category
			want [][2]rune
		}{{"word", catUniWord, d.Word}, {"digit", catUniDigit, d.Digit}, {"space", catUniSpace, d.Space}} {
			if got, want := c.cat.has(r), inRanges(c.want, r); got != want {
				t.Errorf("%s(%U) = %v, CPython %v", c.name, r, got, want)
				bad++
			}
		}
		if got, want := isCasedUni(r), inRanges(d.Cased, r); got != want {
			t.Errorf("iscased(%U) = %v, CPython %v", r, got, want)
			bad++
		}
		want, ok := lower[r]
		if !ok {
			want = r
		}
		if got := lowerUni(r); got != want {
			t.Errorf("lower(%U) = %U, CPython %U", r, got, want)
			bad++
		}
	}
}
