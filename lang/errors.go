package lang

// This file defines SyntaxError and its CPython-exact rendering.

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// SyntaxError is the only error type Parse returns. Kind is "SyntaxError",
// "IndentationError", "TabError" or "MemoryError" (CPython's parser stack
// limit, see doc.go; Msg is empty and Format prints the bare name); Span.Start is the 1-based line and
// column CPython reports, Span.End (exclusive) the end of the caret range
// (zero means a single caret).
type SyntaxError struct {
	File *File
	Span Span
	Kind string
	Msg  string
	// NoCaret suppresses the caret line (CPython prints none for
	// "unexpected indent").
	NoCaret bool
	// NoText leaves out the source line and carets, as CPython does for
	// an error its compiler finds in code that is in no file ("<string>",
	// "<stdin>"): it reads the line from the file.
	NoText bool
	// bare prints only "Kind: Msg" (or "Kind" when Msg is empty), without
	// the location lines, as CPython does for undecodable source and for
	// the MemoryError of its parser's stack limit.
	bare bool
	// incomplete is set when the error is due to input ending early
	// (open bracket, unterminated triple-quoted string, trailing backslash,
	// block header without body); the REPL then asks for more lines.
	incomplete bool
	// text replaces the source line (f-string field errors show "(expr)").
	text *string
}

func (e *SyntaxError) Error() string {
	name := ""
	if e.File != nil {
		name = e.File.Name
	}
	if e.Msg == "" { // MemoryError
		return fmt.Sprintf("%s:%d:%d: %s", name, e.Span.Start.Line, e.Span.Start.Col, e.Kind)
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", name, e.Span.Start.Line, e.Span.Start.Col, e.Kind, e.Msg)
}

// Format renders the error exactly as CPython 3.11 prints an uncaught
// SyntaxError for `python3 x.py` (without a traceback header).
func (e *SyntaxError) Format() string {
	var b strings.Builder
	if e.bare {
		b.WriteString(e.Kind)
		if e.Msg != "" {
			b.WriteString(": ")
			b.WriteString(e.Msg)
		}
		b.WriteString("\n")
		return b.String()
	}
	name := ""
	if e.File != nil {
		name = e.File.Name
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", name, e.Span.Start.Line)
	line := ""
	if e.File != nil {
		line = e.File.Line(int(e.Span.Start.Line))
	}
	switch {
	case e.NoText:
	case e.text != nil:
		b.WriteString(caretLines(*e.text, e.Span, e.NoCaret))
	case line != "" || e.File != nil && int(e.Span.Start.Line) <= e.File.lineCount():
		b.WriteString(caretLines(line, e.Span, e.NoCaret))
	}
	b.WriteString(e.Kind)
	b.WriteString(": ")
	b.WriteString(e.Msg)
	b.WriteString("\n")
	return b.String()
}

// caretLines renders the source line (left-stripped, indented by four
// spaces) and the caret line beneath it, following CPython's
// print_error_text.
func caretLines(line string, sp Span, noCaret bool) string {
	runes := []rune(line)
	offset := int(sp.Start.Col) - 1
	end := -1
	if sp.End.Line == sp.Start.Line && sp.End.Col > sp.Start.Col {
		end = int(sp.End.Col) - 1
	} else if sp.End.Line > sp.Start.Line {
		end = len(runes)
	}
	i := 0
	for i < len(runes) && (runes[i] == ' ' || runes[i] == '\t' || runes[i] == '\f') {
		i++
	}
	runes = runes[i:]
	offset -= i
	if end >= 0 {
		end -= i
	}
	if offset > len(runes) {
		offset = len(runes)
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(string(runes))
	b.WriteString("\n")
	if noCaret || offset < 0 {
		return b.String()
	}
	n := 1
	if end > offset {
		n = end - offset
		if offset+n > len(runes)+1 {
			n = len(runes) + 1 - offset
		}
		if n < 1 {
			n = 1
		}
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", n))
	b.WriteString("\n")
	return b.String()
}

// Incomplete reports whether err means the input merely stopped early: it
// ends inside an open bracket or triple-quoted string, after a backslash
// continuation, or after a block header that still needs its body. The
// REPL then reads another line instead of reporting the error.
func Incomplete(err error) bool {
	var se *SyntaxError
	if errors.As(err, &se) {
		return se.incomplete
	}
	return false
}

func (f *File) lineCount() int {
	f.Line(1)
	return len(f.lines)
}

// colOf returns the 1-based code-point column of byte offset off within
// its line, given the byte offset where that line starts.
func colOf(src string, lineStart, off int) int32 {
	if off > len(src) {
		off = len(src)
	}
	return int32(utf8.RuneCountInString(src[lineStart:off])) + 1
}
