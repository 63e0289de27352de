package prompt

// This file decides when the lines typed so far form an entry, as
// CPython's code.InteractiveConsole.push does with
// codeop.compile_command(source, "<stdin>", "single"): the lines are
// joined with "\n" (so the source ends with "\n" only after a blank line);
// a compound statement, even on one line (`if x: a`, `try: 1/0`,
// `@decorator`), waits for further clauses until a blank line; an open
// bracket or triple-quoted string waits for more; anything else is a
// complete entry or a syntax error.

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang"
)

type entryState int

const (
	entryComplete entryState = iota
	entryIncomplete
	entryError
)

// checkEntry is codeop.compile_command for the lines typed so far. An
// entry of blank lines and comments only is complete and empty (the
// caller runs nothing). With entryError, err is the *lang.SyntaxError to
// report.
func checkEntry(lines []string) (entryState, error) {
	src := strings.Join(lines, "\n")
	if blank(lines) {
		return entryComplete, nil
	}
	// the source ends with "\n" only when the last line is empty
	endsBlank := len(lines) > 1 && lines[len(lines)-1] == ""
	mod, err := lang.Parse("<stdin>", []byte(src), lang.ModeInteractive)
	if err != nil {
		if lang.Incomplete(err) {
			return entryIncomplete, nil
		}
		if waitsForClause(lines, err) {
			return entryIncomplete, nil
		}
		return entryError, err
	}
	if len(mod.Body) == 0 {
		return entryComplete, nil
	}
	first := mod.Body[0]
	for _, st := range mod.Body[1:] {
		if st.GetSpan().Start.Line != first.GetSpan().Start.Line {
			// a statement after a compound one, with no blank line between
			return entryError, &lang.SyntaxError{File: mod.File, Span: st.GetSpan(), Kind: "SyntaxError", Msg: "invalid syntax"}
		}
	}
	if compound(first) && !endsBlank {
		return entryIncomplete, nil
	}
	return entryComplete, nil
}

// blank reports whether lines hold only blank lines and comments.
func blank(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && t[0] != '#' {
			return false
		}
	}
	return true
}

// compound reports whether st is a compound statement, which the prompt
// ends only at a blank line.
func compound(st lang.Stmt) bool {
	switch st.(type) {
	case *lang.If, *lang.While, *lang.For, *lang.With, *lang.Try, *lang.FunctionDef, *lang.ClassDef:
		return true
	}
	return false
}

// waitsForClause tells the errors CPython's parser reports as "incomplete
// input" although our parser calls them plain syntax errors: a decorator
// still waiting for its def or class, a try still waiting for its except
// or finally (even after a blank line, as codeop says).
func waitsForClause(lines []string, err error) bool {
	first, last := "", 0
	for i, l := range lines {
		if t := strings.TrimSpace(l); t != "" && t[0] != '#' {
			if first == "" {
				first = t
			}
			last = i + 1
		}
	}
	if strings.HasPrefix(first, "@") {
		return true
	}
	se, ok := err.(*lang.SyntaxError)
	return ok && strings.Contains(se.Msg, "expected 'except' or 'finally' block") && int(se.Span.Start.Line) >= last
}
