package sre

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"
)

var errTooLong = errors.New("step budget exhausted")

// FuzzCompile parses and compiles arbitrary patterns under arbitrary
// flags, then runs every operation on a few subjects: whatever the input,
// the engine must return a result or an *Error, never panic. A poll hook
// bounds each match, as the interpreter's Ctrl-C check does.
func FuzzCompile(f *testing.F) {
	if data, err := os.ReadFile("testdata/cases.json"); err == nil {
		var rows []caseRow
		if json.Unmarshal(data, &rows) == nil {
			for _, r := range rows {
				f.Add(r.Pattern, r.Flags, "abc aab\nxyz 123 ABC")
			}
		}
	}
	f.Add(`(?P<a>x)(?(a)y|z)(?<=y)\1`, 2, "xyyx")
	f.Add(`((a*)*b|(?>c+)+)*?`, 16, "aacb")
	f.Fuzz(func(t *testing.T, pattern string, flags int, subject string) {
		// a hang is a bug too: crash so that the fuzzer keeps the input
		watchdog := time.AfterFunc(10*time.Second, func() {
			panic(fmt.Sprintf("FuzzCompile: still running after 10s: %q %d %q", pattern, flags, subject))
		})
		defer watchdog.Stop()
		prog, err := Compile(pattern, flags&0x1ff)
		if err != nil {
			_ = err.Error()
			return
		}
		s := []rune(subject)
		for _, pos := range [][2]int{{0, len(s)}, {1, len(s) - 1}, {len(s), 0}} {
			budget := 0
			poll := func() error {
				budget++
				if budget > 50 {
					return errTooLong
				}
				return nil
			}
			st := NewState(prog, s, pos[0], pos[1], poll)
			_, _ = st.Match(false)
			_, _ = st.Match(true)
			_, _ = st.Search()
			st = NewState(prog, s, pos[0], pos[1], poll)
			for i := 0; i < 100; i++ {
				r, err := st.Next()
				if r == nil || err != nil {
					break
				}
			}
		}
		if tmpl, err := ParseTemplate(subject, prog); err == nil {
			tmpl.Expand(func(int) string { return "g" })
		}
	})
}
