package notebook

// This file holds what IPython does around a cell's code: DisplayHook.quiet
// (a cell ending in ';' shows no result; the session compiles cells so
// that only a last expression statement is echoed, IPython's
// ast_node_interactivity 'last_expr'), and the error output's traceback in
// IPython 8's "Cell In [N], line L" form (core/ultratb.py VerboseTB, Linux
// colour scheme) and SyntaxTB's form for cells that do not compile.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/lang"
)

// quiet is DisplayHook.quiet: the cell's last non-comment text ends in ';'.
func quiet(src string) bool {
	lines := strings.Split(strings.TrimRight(src, " \t\r\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		// a trailing comment: what comes before it decides
		if j := strings.Index(l, "#"); j > 0 && !strings.ContainsAny(l[:j], "'\"") {
			l = strings.TrimSpace(l[:j])
		}
		return strings.HasSuffix(l, ";")
	}
	return false
}

// ANSI colours of IPython's Linux scheme.
const (
	ansiReset  = "\x1b[0m"
	ansiRed    = "\x1b[0;31m"
	ansiGreen  = "\x1b[0;32m"
	ansiCyan   = "\x1b[0;36m"
	ansiBlue   = "\x1b[0;34m"
	ansiBGreen = "\x1b[1;32m"
)

var ansiRE = regexp.MustCompile("\x1b\\[[0-9;]*m")

// StripANSI removes colour escapes (to print a traceback on a plain
// terminal, or compare it).
func StripANSI(s string) string { return ansiRE.ReplaceAllString(s, "") }

// cellFiles maps a cell's code file name to its execution count, so that
// tracebacks name it "Cell In [N]".
type cellFiles map[string]int

// errorOutput builds the error output for exc raised by cell count.
func (k *Kernel) errorOutput(f *interp.Fiber, exc *interp.Exception) Output {
	ename := exc.Class.Name // IPython shows etype.__name__
	evalue, e := interp.ToStr(f, exc)
	if e != nil {
		evalue = "<exception str() failed>"
	}
	if exc.Syntax != nil && len(exc.Traceback) == 0 {
		if se, ok := exc.Syntax.(*lang.SyntaxError); ok {
			return k.syntaxOutput(se)
		}
	}
	var tb []any
	tb = append(tb, ansiRed+strings.Repeat("-", 75)+ansiReset)
	head := ename
	pad := 42 - len(ename)
	if pad < 1 {
		pad = 1
	}
	tb = append(tb, ansiRed+head+ansiReset+strings.Repeat(" ", pad)+"Traceback (most recent call last)")
	for _, t := range exc.Traceback {
		if t.Code == nil {
			continue
		}
		tb = append(tb, k.frameText(t))
	}
	tb = append(tb, ansiRed+ename+ansiReset+": "+evalue)
	return Output{"output_type": "error", "ename": ename, "evalue": evalue, "traceback": tb}
}

// frameText is one frame of the traceback: where, and the source lines up
// to the failing one (marked with an arrow).
func (k *Kernel) frameText(t interp.TraceEntry) string {
	c := t.Code
	file := "<unknown>"
	if c.File != nil {
		file = c.File.Name
	}
	line := c.Line(t.PC)
	var b strings.Builder
	if n, ok := k.files[file]; ok {
		fmt.Fprintf(&b, "Cell %sIn [%d], line %d%s", ansiGreen, n, line, ansiReset)
	} else {
		fmt.Fprintf(&b, "File %s%s:%d%s", ansiGreen, file, line, ansiReset)
	}
	if c.Name != "<module>" {
		fmt.Fprintf(&b, ", in %s%s%s()%s", ansiCyan, c.Name, ansiBlue, ansiReset)
	}
	b.WriteString("\n")
	if c.File == nil {
		return b.String()
	}
	// IPython 8 (stack_data, context 5): up to two non-blank lines before
	// the failing one and two after, within the frame's code
	lo, hi := int(c.FirstLine), line
	for _, sp := range c.Spans {
		hi = max(hi, int(sp.End.Line))
	}
	if c.Name == "<module>" {
		lo, hi = 1, strings.Count(string(c.File.Src), "\n")+1
	}
	var before, after []int
	for n := line - 1; n >= lo && len(before) < 2; n-- {
		if strings.TrimSpace(c.File.Line(n)) != "" {
			before = append([]int{n}, before...)
		}
	}
	for n := line + 1; n <= hi && len(after) < 2; n++ {
		if strings.TrimSpace(c.File.Line(n)) != "" {
			after = append(after, n)
		}
	}
	for _, n := range append(append(before, line), after...) {
		num := strconv.Itoa(n)
		if n == line {
			arrow := strings.Repeat("-", max(1, 5-len(num))) + "> " + num
			fmt.Fprintf(&b, "%s%s%s %s\n", ansiGreen, arrow, ansiReset, c.File.Line(n))
		} else {
			fmt.Fprintf(&b, "%s%s%s %s\n", ansiBGreen, pad(num, 7), ansiReset, c.File.Line(n))
		}
	}
	return b.String()
}

func pad(s string, w int) string {
	for len(s) < w {
		s = " " + s
	}
	return s
}

// syntaxOutput is the error output of a cell that does not compile, as
// IPython's SyntaxTB shows it (ListTB._format_exception_only): the cell
// and line, the stripped source line, one caret at the offset, the
// message.
func (k *Kernel) syntaxOutput(se *lang.SyntaxError) Output {
	file := ""
	if se.File != nil {
		file = se.File.Name
	}
	line := int(se.Span.Start.Line)
	var b strings.Builder
	if n, ok := k.files[file]; ok {
		fmt.Fprintf(&b, "%s  Cell %sIn [%d], line %d%s%s\n", ansiCyan, ansiGreen, n, line, ansiCyan, ansiReset)
	} else {
		fmt.Fprintf(&b, "%s  File %s%s:%d%s%s\n", ansiCyan, ansiGreen, file, line, ansiCyan, ansiReset)
	}
	if se.File != nil && line > 0 {
		text := []rune(se.File.Line(line))
		i := 0
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f') {
			i++
		}
		fmt.Fprintf(&b, "%s    %s%s\n", ansiRed, strings.TrimSpace(string(text)), ansiReset)
		if off := int(se.Span.Start.Col); off > 0 {
			caret := "    "
			for j := i; j < off-1 && j < len(text); j++ {
				if text[j] == ' ' || text[j] == '\t' {
					caret += string(text[j])
				} else {
					caret += " "
				}
			}
			fmt.Fprintf(&b, "%s%s^%s\n", ansiReset, caret, ansiReset)
		}
	}
	fmt.Fprintf(&b, "%s%s%s%s:%s %s\n", ansiRed, se.Kind, ansiReset, ansiRed, ansiReset, se.Msg)
	evalue := fmt.Sprintf("%s (%s, line %d)", se.Msg, baseName(file), line)
	return Output{"output_type": "error", "ename": se.Kind, "evalue": evalue, "traceback": []any{b.String()}}
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
