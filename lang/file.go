package lang

import "strings"

// File is a source file: its name as shown in tracebacks and its text.
type File struct {
	Name  string
	Src   []byte
	lines []string
}

// NewFile wraps source text under a display name.
func NewFile(name string, src []byte) *File { return &File{Name: name, Src: src} }

// Line returns source line n (1-based) without its newline, or "" when out of range.
func (f *File) Line(n int) string {
	if f.lines == nil {
		f.lines = strings.Split(string(f.Src), "\n")
	}
	if n < 1 || n > len(f.lines) {
		return ""
	}
	return strings.TrimRight(f.lines[n-1], "\r")
}
