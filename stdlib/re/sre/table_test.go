package sre

// Replays testdata/cases.json, recorded by running python3 (CPython 3.11)
// over the table in testdata/record.py: for every pattern, the error it
// raises or, for every subject, the spans of match, fullmatch, search and
// each finditer match.

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
)

type outcome struct {
	Spans     [][2]int `json:"spans"`
	LastIndex *int     `json:"lastindex"`
}

type caseRow struct {
	Pattern  string   `json:"pattern"`
	Flags    int      `json:"flags"`
	Subjects []string `json:"subjects"`
	Error    string   `json:"error"`
	Results  []struct {
		Match     *outcome   `json:"match"`
		Fullmatch *outcome   `json:"fullmatch"`
		Search    *outcome   `json:"search"`
		Iter      [][][2]int `json:"iter"`
	} `json:"results"`
}

var errKindNames = map[ErrKind]string{ErrPattern: "error", ErrOverflow: "OverflowError", ErrValue: "ValueError", ErrIndex: "IndexError"}

func toOutcome(r *Result) *outcome {
	if r == nil {
		return nil
	}
	o := &outcome{Spans: r.Spans}
	if r.LastIndex >= 0 {
		li := r.LastIndex
		o.LastIndex = &li
	}
	return o
}

func show(o *outcome) string {
	if o == nil {
		return "None"
	}
	li := "None"
	if o.LastIndex != nil {
		li = fmt.Sprint(*o.LastIndex)
	}
	return fmt.Sprintf("%v lastindex=%s", o.Spans, li)
}

func TestTable(t *testing.T) {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var rows []caseRow
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) < 40 {
		t.Fatalf("only %d rows", len(rows))
	}
	for _, row := range rows {
		prog, cerr := Compile(row.Pattern, row.Flags)
		if row.Error != "" {
			if cerr == nil {
				t.Errorf("%q: compiled, CPython raises %s", row.Pattern, row.Error)
			} else if got := errKindNames[cerr.Kind] + ": " + cerr.Error(); got != row.Error {
				t.Errorf("%q:\n got %s\nwant %s", row.Pattern, got, row.Error)
			}
			continue
		}
		if cerr != nil {
			t.Errorf("%q: %v", row.Pattern, cerr)
			continue
		}
		for i, subj := range row.Subjects {
			want := row.Results[i]
			s := []rune(subj)
			check := func(op string, r *Result, err error, w *outcome) {
				if err != nil {
					t.Errorf("%q %s %q: %v", row.Pattern, op, subj, err)
					return
				}
				if got := toOutcome(r); !reflect.DeepEqual(got, w) {
					t.Errorf("%q %s %q:\n got %s\nwant %s", row.Pattern, op, subj, show(got), show(w))
				}
			}
			r, err := NewState(prog, s, 0, len(s), nil).Match(false)
			check("match", r, err, want.Match)
			r, err = NewState(prog, s, 0, len(s), nil).Match(true)
			check("fullmatch", r, err, want.Fullmatch)
			r, err = NewState(prog, s, 0, len(s), nil).Search()
			check("search", r, err, want.Search)
			st := NewState(prog, s, 0, len(s), nil)
			var spans [][][2]int
			for {
				r, err := st.Next()
				if err != nil || r == nil {
					break
				}
				spans = append(spans, r.Spans)
			}
			if len(spans) != len(want.Iter) || (len(spans) > 0 && !reflect.DeepEqual(spans, want.Iter)) {
				t.Errorf("%q finditer %q:\n got %v\nwant %v", row.Pattern, subj, spans, want.Iter)
			}
		}
	}
}
