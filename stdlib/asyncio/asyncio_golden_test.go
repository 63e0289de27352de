// Golden tests: every testdata/NAME.as runs in process through
// stdlib.Session and must print what CPython 3.11 printed for it
// (testdata/record.py writes NAME.out, NAME.err and NAME.code from
// python3; never from our own output):
//
//   - stdout equals NAME.out byte for byte after masking hexadecimal
//     addresses ("0x7f3a..." -> "0x#") in both;
//   - the last non-empty stderr line equals NAME.err (stderr must be empty
//     when there is no NAME.err);
//   - the exit status equals NAME.code (0 when absent).
//
// Every program runs twice: on the real clock, and on virtual time
// (Session.UseVirtualClock), which must keep CPython's order of events.
package asyncio_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
)

var hexAddr = regexp.MustCompile(`0x[0-9a-fA-F]+`)

func mask(s string) string { return hexAddr.ReplaceAllString(s, "0x#") }

func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return strings.TrimRight(lines[i], " \r")
		}
	}
	return ""
}

func TestGolden(t *testing.T) {
	progs, err := filepath.Glob("testdata/*.as")
	if err != nil || len(progs) == 0 {
		t.Fatalf("no golden programs: %v", err)
	}
	for _, prog := range progs {
		for _, virtual := range []bool{false, true} {
			testGolden(t, prog, virtual)
		}
	}
}

func testGolden(t *testing.T, prog string, virtual bool) {
	name := strings.TrimSuffix(filepath.Base(prog), ".as")
	t.Run(name+map[bool]string{false: "", true: "/virtual"}[virtual], func(t *testing.T) {
		t.Parallel()
		src, err := os.ReadFile(prog)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(prog, ".as")
		want, err := os.ReadFile(base + ".out")
		if err != nil {
			t.Fatalf("missing %s.out (run `python3 record.py %s` in testdata): %v", name, name, err)
		}
		var stdout, stderr bytes.Buffer
		s := stdlib.NewSession(&stdout, &stderr)
		s.PanicsAreBugs = true
		if virtual {
			s.UseVirtualClock()
		}
		status := s.RunSource(name+".as", src)

		if got, exp := mask(stdout.String()), mask(string(want)); got != exp {
			t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", got, exp, stderr.String())
		}
		wantErr, _ := os.ReadFile(base + ".err")
		switch {
		case len(wantErr) == 0 && stderr.Len() > 0:
			t.Errorf("unexpected stderr:\n%s", stderr.String())
		case len(wantErr) > 0:
			if got, exp := lastLine(stderr.String()), strings.TrimSpace(string(wantErr)); got != exp {
				t.Errorf("last stderr line = %q, want %q\nstderr:\n%s", got, exp, stderr.String())
			}
		}
		wantCode := 0
		if b, err := os.ReadFile(base + ".code"); err == nil {
			wantCode, _ = strconv.Atoi(strings.TrimSpace(string(b)))
		}
		if status != wantCode {
			t.Errorf("exit status %d, want %d", status, wantCode)
		}
	})
}
