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
	"sync"

	"github.com/asyncscript/asyncscript/compile"
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

// lazyRegexp returns a function that compiles expr on its first call and
// returns that Regexp from then on. The package's patterns are compiled
// this way rather than at package initialization, which every run of the
// command pays for (the interpreter links this package) while scripts
// use none of them.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var ansiRE = lazyRegexp("\x1b\\[[0-9;]*m")

// StripANSI removes colour escapes (to print a traceback on a plain
// terminal, or compare it).
func StripANSI(s string) string { return ansiRE().ReplaceAllString(s, "") }

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
	// VerboseTB.structured_traceback: the rule, then the chain of causes
	// and contexts, the first one on top, each with its frames (two lines
	// of context around the failing one for the exception itself, one for
	// those chained to it)
	blocks := [][]any{k.excBlock(f, exc, ename, evalue, 2)}
	seen := map[*interp.Exception]bool{exc: true}
	for e := exc; ; {
		next, msg := e.Cause, "\nThe above exception was the direct cause of the following exception:\n"
		if next == nil && !e.SuppressContext {
			next, msg = e.Context, "\nDuring handling of the above exception, another exception occurred:\n"
		}
		if next == nil || seen[next] {
			break
		}
		seen[next] = true
		v, err := interp.ToStr(f, next)
		if err != nil {
			v = "<exception str() failed>"
		}
		blocks = append(blocks, []any{msg}, k.excBlock(f, next, next.Class.Name, v, 1))
		e = next
	}
	tb := []any{ansiRed + strings.Repeat("-", 75) + ansiReset}
	for i := len(blocks) - 1; i >= 0; i-- {
		tb = append(tb, blocks[i]...)
	}
	return Output{"output_type": "error", "ename": ename, "evalue": evalue, "traceback": tb}
}

// excBlock is one exception of the chain: its header, its frames with
// context lines around the failing one, and its "Name: value" line.
func (k *Kernel) excBlock(f *interp.Fiber, exc *interp.Exception, ename, evalue string, context int) []any {
	pad := max(1, 42-len(ename))
	block := []any{ansiRed + ename + ansiReset + strings.Repeat(" ", pad) + "Traceback (most recent call last)"}
	for _, t := range exc.Traceback {
		if t.Code != nil {
			block = append(block, k.frameText(t, context))
		}
	}
	return append(block, ansiRed+ename+ansiReset+": "+evalue)
}

// argScope is inspect.formatargvalues of a function's parameters, without
// values: "(a, b, c, *args, **kw)" (keyword-only ones after the
// positional ones).
func argScope(c *interp.Code) string {
	var names []string
	i := c.ArgCount
	names = append(names, c.Locals[:min(i, len(c.Locals))]...)
	varargs, varkw := "", ""
	if c.Flags&compile.FlagVarargs != 0 && i < len(c.Locals) {
		varargs = c.Locals[i]
		i++
	}
	if end := i + c.KwOnlyArgCount; end <= len(c.Locals) {
		names = append(names, c.Locals[i:end]...)
		i = end
	}
	if c.Flags&compile.FlagVarKeywords != 0 && i < len(c.Locals) {
		varkw = c.Locals[i]
	}
	if varargs != "" {
		names = append(names, "*"+varargs)
	}
	if varkw != "" {
		names = append(names, "**"+varkw)
	}
	return "(" + strings.Join(names, ", ") + ")"
}

// frameText is one frame of the traceback: where, and the source lines up
// to the failing one (marked with an arrow).
func (k *Kernel) frameText(t interp.TraceEntry, context int) string {
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
		name := c.QualName
		if name == "" {
			name = c.Name
		}
		fmt.Fprintf(&b, ", in %s%s%s%s%s", ansiCyan, name, ansiBlue, argScope(c), ansiReset)
	}
	b.WriteString("\n")
	if c.File == nil {
		return b.String()
	}
	// IPython 8 (stack_data): up to context non-blank lines before the
	// failing one and as many after, within the frame's code
	lo, hi := int(c.FirstLine), line
	for _, sp := range c.Spans {
		hi = max(hi, int(sp.End.Line))
	}
	if c.Name == "<module>" {
		lo, hi = 1, strings.Count(string(c.File.Src), "\n")+1
	}
	var before, after []int
	for n := line - 1; n >= lo && len(before) < context; n-- {
		if strings.TrimSpace(c.File.Line(n)) != "" {
			before = append([]int{n}, before...)
		}
	}
	for n := line + 1; n <= hi && len(after) < context; n++ {
		if strings.TrimSpace(c.File.Line(n)) != "" {
			after = append(after, n)
		}
	}
	shown := append(append(before, line), after...)
	// the lines shown lose their common indentation (stack_data dedents)
	indent := -1
	for _, n := range shown {
		l := c.File.Line(n)
		if strings.TrimSpace(l) == "" {
			continue
		}
		if w := len(l) - len(strings.TrimLeft(l, " \t")); indent < 0 || w < indent {
			indent = w
		}
	}
	for _, n := range shown {
		num := strconv.Itoa(n)
		text := c.File.Line(n)
		if indent > 0 && len(text) >= indent {
			text = text[indent:]
		}
		if n == line {
			arrow := strings.Repeat("-", max(1, 5-len(num))) + "> " + num
			fmt.Fprintf(&b, "%s%s%s %s\n", ansiGreen, arrow, ansiReset, text)
		} else {
			fmt.Fprintf(&b, "%s%s%s %s\n", ansiBGreen, pad(num, 7), ansiReset, text)
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
