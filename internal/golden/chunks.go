package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A chunked file holds many small programs, separated by lines "---", in
// the style of lang/testdata/syntax_errors.as. Each program carries what
// CPython did with it in lines of its own, which record_chunks.py (beside
// this file) rewrites by running python3 on the program; never edit them
// by hand:
//
//	##> TEXT   a line of stdout (in order; "##>" alone is an empty line)
//	### TEXT   the last non-empty line of stderr (absent when stderr was empty)
//	##= N      the exit status (absent when 0)
//
// Every other line is the program's source. A program runs as x.as, as
// the recorder runs it, and is named by its file and first line
// ("runtime_errors.as:12").
const chunkSeparator = "\n---\n"

// LoadChunks reads the programs of a chunked file.
func LoadChunks(path string) ([]*Program, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var progs []*Program
	line := 1
	for _, chunk := range strings.Split(strings.TrimSuffix(string(data), "\n"), chunkSeparator) {
		p := &Program{
			Name:     fmt.Sprintf("%s:%d", filepath.Base(path), line),
			Dir:      filepath.Dir(path),
			Filename: "x.as",
			Want:     Want{Elapsed: -1},
		}
		var src, stdout strings.Builder
		for i, l := range strings.Split(chunk, "\n") {
			switch {
			case l == "##>" || strings.HasPrefix(l, "##> "):
				stdout.WriteString(strings.TrimPrefix(strings.TrimPrefix(l, "##>"), " ") + "\n")
			case strings.HasPrefix(l, "### "):
				p.Want.Stderr = l[4:] + "\n"
			case strings.HasPrefix(l, "##= "):
				if p.Want.Code, err = strconv.Atoi(l[4:]); err != nil {
					return nil, fmt.Errorf("%s:%d: %v", path, line+i, err)
				}
			default:
				src.WriteString(l + "\n")
			}
		}
		p.Source, p.Want.Stdout = []byte(src.String()), []byte(stdout.String())
		progs = append(progs, p)
		line += strings.Count(chunk, "\n") + 2
	}
	return progs, nil
}
