// Package golden is the one runner of the golden tests: programs whose
// stdout, stderr and exit status were recorded by running python3 (CPython
// 3.11) on them, and which asyncscript must reproduce. Every package's
// golden tests use it (examples, interp, stdlib/modules, stdlib/asyncio),
// so that they all follow the rules below.
//
// A program is a file NAME.as; beside it, what CPython did:
//
//	NAME.out   stdout, byte for byte (required: a program without it fails)
//	NAME.err   stderr: all of it (interp's recorder), or only its last
//	           non-empty line (those of examples/ and stdlib/).
//	           A one-line NAME.err is compared with our last non-empty
//	           stderr line; a longer one with the whole of our stderr.
//	           Without NAME.err, stderr must be empty.
//	NAME.code  exit status (0 when absent)
//	NAME.in    fed to stdin (empty when absent)
//	NAME.meta  "elapsed SECONDS" and "startup SECONDS": CPython's wall
//	           time for the program and for an empty one (examples/ only)
//
// A program whose source holds the comment `# golden: sort-lines` has its
// stdout compared as a sorted list of lines (CPython itself prints them in
// an order that depends on thread timing). One holding `# golden: untimed`
// has no run time compared: its time in CPython is start-up overhead
// (importing aiofiles, starting a thread pool), not behaviour.
//
// Comparison (Compare): hexadecimal addresses ("0x7f3a..." -> "0x#") are
// masked in both texts. With Options.MaskTimings, so are the fractional
// digits of decimal numbers ("3.0039242" -> "3.#", printed timings agree on
// whole seconds) and times of day ("04:55:42" -> "##:##:##"); the suites
// whose programs print no timings leave it off, so that float output stays
// checked digit for digit. With Options.CheckElapsed and a NAME.meta, the
// program's run time must be within 10% plus 50 ms of CPython's, each
// side's start-up taken off.
//
// Running: a program runs either in process, through a stdlib.Session
// (RunSession: fast, and the tests see Go panics with their stack; a Suite
// runs a directory or a chunked file of programs so, as interp's and
// stdlib's tests do), or through the built command-line interpreter
// (BuildCLI, RunCommand: the examples, which also test the CLI, its
// --clock=virtual option and its exit statuses, and schedule their runs
// themselves). Both yield a Result that Compare judges the same way.
//
// Chunked files (chunks.go) hold many small programs in one .as file, each
// with its recorded expectation, for cases too small to deserve a file.
package golden

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Program is one golden program and what CPython did with it.
type Program struct {
	Name   string // NAME, shown in failures
	Dir    string // the directory holding NAME.as
	Source []byte
	Stdin  []byte
	Want   Want
	// Filename, when set, is the name to run the program under instead
	// of NAME.as (the programs of a chunked file run as x.as).
	Filename string
}

// File is the name the program is compiled and run under: NAME.as, as the
// recorders run it (from its own directory), so that tracebacks agree.
func (p *Program) File() string {
	if p.Filename != "" {
		return p.Filename
	}
	return p.Name + ".as"
}

// Path is the program's path from the test's directory.
func (p *Program) Path() string { return filepath.Join(p.Dir, p.File()) }

// Want is what CPython did.
type Want struct {
	Stdout    []byte
	Stderr    string // whole stderr, or its last line (see the package doc)
	Code      int
	Elapsed   float64 // wall seconds, < 0 when not recorded
	Startup   float64 // CPython's wall seconds for an empty program
	SortLines bool
}

// Result is what asyncscript did.
type Result struct {
	Stdout, Stderr []byte
	Code           int
	// Elapsed is the program's own run time in seconds (start-up taken
	// off; virtual seconds on virtual time), < 0 when not measured.
	Elapsed float64
	// Dir is the absolute directory of the program as it ran: Compare
	// masks "Dir/" in its output, so that the absolute path CPython 3.9+
	// gives the main script compares as NAME.as, as the recorders write it.
	Dir string
}

// Options select the comparisons that are not always made.
type Options struct {
	MaskTimings  bool // mask fractional digits and times of day
	CheckElapsed bool // compare run times with NAME.meta's
}

// Load reads the program at path (NAME.as) and its recorded expectation.
func Load(path string) (*Program, error) {
	base := strings.TrimSuffix(path, ".as")
	p := &Program{Name: filepath.Base(base), Dir: filepath.Dir(path), Want: Want{Elapsed: -1}}
	var err error
	if p.Source, err = os.ReadFile(path); err != nil {
		return nil, err
	}
	p.Want.SortLines = bytes.Contains(p.Source, []byte("# golden: sort-lines"))
	if p.Want.Stdout, err = os.ReadFile(base + ".out"); err != nil {
		return nil, fmt.Errorf("%s has no recorded output (record it with python3, see the recorder in %s): %v", path, p.Dir, err)
	}
	optional := func(ext string) (string, error) {
		b, err := os.ReadFile(base + ext)
		if errors.Is(err, os.ErrNotExist) {
			return "", nil
		}
		return string(b), err
	}
	if p.Want.Stderr, err = optional(".err"); err != nil {
		return nil, err
	}
	if s, err := optional(".in"); err != nil {
		return nil, err
	} else {
		p.Stdin = []byte(s)
	}
	if s, err := optional(".code"); err != nil {
		return nil, err
	} else if s = strings.TrimSpace(s); s != "" {
		if p.Want.Code, err = strconv.Atoi(s); err != nil {
			return nil, fmt.Errorf("%s.code: %v", base, err)
		}
	}
	meta, err := optional(".meta")
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(meta, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || (f[0] != "elapsed" && f[0] != "startup") {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s.meta: %v", base, err)
		}
		if f[0] == "elapsed" {
			p.Want.Elapsed = v
		} else {
			p.Want.Startup = v
		}
	}
	if bytes.Contains(p.Source, []byte("# golden: untimed")) {
		p.Want.Elapsed = -1
	}
	return p, nil
}

// LoadDir loads every dir/*.as. A program that cannot be loaded (no
// NAME.out) is returned with its error so that the caller fails it.
func LoadDir(dir string) ([]*Program, []error, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.as"))
	if err != nil {
		return nil, nil, err
	}
	if len(paths) == 0 {
		return nil, nil, fmt.Errorf("no golden programs in %s", dir)
	}
	progs := make([]*Program, len(paths))
	errs := make([]error, len(paths))
	for i, path := range paths {
		progs[i], errs[i] = Load(path)
		if progs[i] == nil {
			progs[i] = &Program{Name: strings.TrimSuffix(filepath.Base(path), ".as"), Dir: dir}
		}
	}
	return progs, errs, nil
}

// Compare returns the differences between what CPython did (p.Want) and
// what asyncscript did (got), one message each; none when they agree.
func Compare(p *Program, got Result, opt Options) (problems []string) {
	want := p.Want
	m := func(s string) string {
		if got.Dir != "" {
			s = strings.ReplaceAll(s, got.Dir+string(filepath.Separator), "")
		}
		return Mask(s, opt.MaskTimings)
	}
	gotOut, wantOut := m(string(got.Stdout)), m(string(want.Stdout))
	how := "masked"
	if want.SortLines {
		gotOut, wantOut, how = sortLines(gotOut), sortLines(wantOut), "masked, lines sorted"
	}
	if gotOut != wantOut {
		problems = append(problems, fmt.Sprintf("%s: stdout differs from CPython's (%s; first difference at line %d)\n--- want\n%s--- got\n%s---\nstderr:\n%s",
			p.File(), how, firstDiffLine(wantOut, gotOut), wantOut, gotOut, got.Stderr))
	}

	wantErr := strings.TrimRight(want.Stderr, " \r\n")
	switch {
	case wantErr == "":
		if len(got.Stderr) > 0 {
			problems = append(problems, fmt.Sprintf("%s: CPython wrote nothing to stderr, got:\n%s", p.File(), got.Stderr))
		}
	case !strings.Contains(wantErr, "\n"):
		gotLine := LastLine(m(string(got.Stderr)))
		if m(gotLine) != m(strings.TrimSpace(wantErr)) {
			problems = append(problems, fmt.Sprintf("%s: last stderr line\nwant: %s\n got: %s\nfull stderr:\n%s",
				p.File(), strings.TrimSpace(wantErr), gotLine, got.Stderr))
		}
	default:
		gotErr := strings.TrimRight(string(got.Stderr), " \r\n")
		if m(gotErr) != m(wantErr) {
			problems = append(problems, fmt.Sprintf("%s: stderr differs from CPython's (first difference at line %d)\n--- want\n%s\n--- got\n%s\n---",
				p.File(), firstDiffLine(m(wantErr), m(gotErr)), wantErr, gotErr))
		}
	}

	if got.Code != want.Code {
		problems = append(problems, fmt.Sprintf("%s: exit status %d, CPython's was %d", p.File(), got.Code, want.Code))
	}

	if opt.CheckElapsed && want.Elapsed >= 0 && got.Elapsed >= 0 {
		wantRun := math.Max(want.Elapsed-want.Startup, 0)
		tolerance := 0.10*wantRun + 0.050
		if math.Abs(got.Elapsed-wantRun) > tolerance {
			problems = append(problems, fmt.Sprintf("%s: ran for %.3f s; CPython took %.3f s (%.3f s minus %.3f s of start-up); allowed +/- %.3f s",
				p.File(), got.Elapsed, wantRun, want.Elapsed, want.Startup, tolerance))
		}
	}
	return problems
}

var (
	fraction  = regexp.MustCompile(`([0-9]\.)[0-9]+`)
	address   = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	timeOfDay = regexp.MustCompile(`\b[0-9]{2}:[0-9]{2}:[0-9]{2}\b`)
)

// Mask hides what legitimately differs between two runs: addresses, and
// with timings, the fractional digits of decimal numbers and times of day.
func Mask(s string, timings bool) string {
	s = address.ReplaceAllString(s, "0x#")
	if timings {
		s = timeOfDay.ReplaceAllString(s, "##:##:##")
		s = fraction.ReplaceAllString(s, "${1}#")
	}
	return s
}

// LastLine returns the last non-empty line of s, without surrounding
// blanks.
func LastLine(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	return ""
}

func sortLines(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, l := range lines {
		if !strings.HasSuffix(l, "\n") {
			lines[i] = l + "\n" // a missing final newline still compares equal
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "")
}

func firstDiffLine(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
