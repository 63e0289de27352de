package notebook

// This file turns a notebook into a script in the "percent" format that
// Jupytext, VS Code and Spyder read as cells (`# %%` before each code
// cell, `# %% [markdown]` before markdown written as comments), and reads
// such a script back as cells (asyncscript run FILE --cells).
//
// The script runs as the notebook did: a cell's echoed last expression
// becomes an explicit print of its repr; magics become comments (%time X
// keeps X). The --python variant wraps the cells in one coroutine run by
// asyncio.run, with the names the cells define declared global, so that
// CPython accepts their top-level awaits and the event loop lives across
// cells, as the kernel's does.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/asyncscript/asyncscript/lang"
)

// Port returns the percent-format script for nb; python selects the
// variant CPython runs.
func Port(nb *Notebook, python bool) string {
	var b strings.Builder
	var code []string // the code cells' ported text, for the globals
	async := false    // the notebook uses asyncio: its loop runs between cells
	for _, c := range nb.Cells {
		if c.Type == "code" && strings.Contains(c.Source, "asyncio") {
			async = true
		}
	}
	for _, c := range nb.Cells {
		switch c.Type {
		case "code":
			if strings.TrimSpace(c.Source) == "" {
				continue
			}
			body := portCode(c.Source)
			if _, err := lang.Parse("cell.py", []byte(body), lang.ModeFile); err != nil {
				// a cell written to show a SyntaxError would stop the
				// whole script: it stays, commented out
				msg := err.Error()
				if se, ok := err.(*lang.SyntaxError); ok {
					msg = se.Kind + ": " + se.Msg
				}
				var cb strings.Builder
				cb.WriteString("# (this cell does not compile: " + msg + ")\n")
				for _, l := range strings.Split(strings.TrimRight(body, "\n"), "\n") {
					cb.WriteString("# " + l + "\n")
				}
				body = cb.String()
			}
			code = append(code, body)
			b.WriteString("# %%\n")
			if async && len(code) > 1 {
				b.WriteString(gapLine)
			}
			b.WriteString(body)
		case "markdown", "raw":
			fmt.Fprintf(&b, "# %%%% [%s]\n", c.Type)
			for _, l := range strings.Split(strings.TrimRight(c.Source, "\n"), "\n") {
				if l == "" {
					b.WriteString("#\n")
				} else {
					b.WriteString("# " + l + "\n")
				}
			}
		}
		b.WriteString("\n")
	}
	if !python {
		return b.String()
	}
	return wrapForPython(b.String(), code)
}

// gapLine starts every code cell but the first of a notebook that uses
// asyncio: between two cells a kernel's loop runs what is ready (a task
// created and not awaited takes its first step), as one sleep(0) does.
const gapLine = "import asyncio as __asyncio; await __asyncio.sleep(0)  # between cells, the kernel's loop runs what is ready\n"

// portCode rewrites one code cell: magics as comments or code, the last
// expression printed.
func portCode(src string) string {
	var out []string
	for _, seg := range splitMagics(src) {
		if seg.magic == nil {
			out = append(out, seg.code)
			continue
		}
		m := seg.magic
		pad := strings.Repeat("\n", m.line-1)
		switch {
		case m.name == "time" && !m.cell:
			out = append(out, pad+m.arg+"  # IPython: %time (timing left out)")
		case m.cell && (m.name == "time" || m.name == "capture"):
			out = append(out, strings.Repeat("\n", m.line-1)+"# IPython: %%"+m.name+" (left out)"+m.body)
		case m.cell:
			var cb strings.Builder
			cb.WriteString(pad + "# IPython: %%" + strings.TrimSpace(m.name+" "+m.arg) + " (a cell magic; not run)\n")
			for _, l := range strings.Split(strings.TrimLeft(m.body, "\n"), "\n") {
				cb.WriteString("# " + l + "\n")
			}
			out = append(out, cb.String())
		default:
			text := "%" + strings.TrimSpace(m.name+" "+m.arg)
			if m.name == "!" {
				text = "!" + m.arg
			} else if m.name == "?" {
				text = m.arg + "?"
			}
			out = append(out, pad+"# IPython: "+text+"  (not run)")
		}
	}
	// merge the parts line by line: each is padded to its own first line
	var lines []string
	for _, p := range out {
		pl := strings.Split(p, "\n")
		for i, l := range pl {
			if i < len(lines) {
				if l != "" {
					lines[i] = l
				}
			} else {
				lines = append(lines, l)
			}
		}
	}
	text := strings.TrimRight(strings.Join(lines, "\n"), "\n") + "\n"
	return printLast(text, src)
}

// printLast makes the echo of a cell's last expression explicit.
func printLast(text, orig string) string {
	if quiet(orig) {
		return text
	}
	mod, err := lang.Parse("cell.py", []byte(text), lang.ModeFile)
	if err != nil || len(mod.Body) == 0 {
		return text
	}
	last, ok := mod.Body[len(mod.Body)-1].(*lang.ExprStmt)
	if !ok || last.Span.Start.Col > 1 {
		return text
	}
	if call, ok := last.X.(*lang.Call); ok {
		if n, ok := call.Func.(*lang.Name); ok && n.Id == "print" {
			return text // print(...) returns None: nothing to echo
		}
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	first, end := int(last.Span.Start.Line)-1, int(last.Span.End.Line)-1
	if first < 0 || end >= len(lines) {
		return text
	}
	lines[first] = "_ = " + lines[first]
	rest := append([]string{}, lines[end+1:]...)
	lines = append(lines[:end+1], "if _ is not None:", "    print(repr(_))  # the cell's result, as Jupyter shows it")
	lines = append(lines, rest...)
	return strings.Join(lines, "\n") + "\n"
}

// wrapForPython puts the script's code in `async def __notebook__()`,
// declaring global every name the cells bind at their top level.
func wrapForPython(script string, cells []string) string {
	names := map[string]bool{"_": true}
	for _, c := range cells {
		mod, err := lang.Parse("cell.py", []byte(c), lang.ModeFile)
		if err != nil {
			continue
		}
		for _, s := range mod.Body {
			topLevelNames(s, names)
		}
	}
	var sorted []string
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	var b strings.Builder
	b.WriteString("# Ported for python3: the cells run in one coroutine on one event loop,\n# as a Jupyter kernel runs them.\nimport asyncio as __asyncio\n\n\nasync def __notebook__():\n")
	fmt.Fprintf(&b, "    global %s\n", strings.Join(sorted, ", "))
	var sc scanner
	for _, l := range strings.Split(strings.TrimRight(script, "\n"), "\n") {
		switch {
		case sc.triple != "":
			// inside a triple-quoted string: the text stays as it is
			b.WriteString(l + "\n")
		case l == "":
			b.WriteString("\n")
		default:
			b.WriteString("    " + l + "\n")
		}
		sc.line(l)
	}
	b.WriteString("\n\n__asyncio.run(__notebook__())\n")
	return b.String()
}

// topLevelNames adds the names a top-level statement binds.
func topLevelNames(s lang.Stmt, names map[string]bool) {
	var target func(e lang.Expr)
	target = func(e lang.Expr) {
		switch t := e.(type) {
		case *lang.Name:
			names[t.Id] = true
		case *lang.Tuple:
			for _, x := range t.Elts {
				target(x)
			}
		case *lang.List:
			for _, x := range t.Elts {
				target(x)
			}
		case *lang.Starred:
			target(t.Value)
		}
	}
	switch t := s.(type) {
	case *lang.Assign:
		for _, x := range t.Targets {
			target(x)
		}
	case *lang.AugAssign:
		target(t.Target)
	case *lang.AnnAssign:
		target(t.Target)
	case *lang.FunctionDef:
		names[t.Name] = true
	case *lang.ClassDef:
		names[t.Name] = true
	case *lang.Import:
		for _, a := range t.Names {
			n := a.AsName
			if n == "" {
				n, _, _ = strings.Cut(a.Name, ".")
			}
			names[n] = true
		}
	case *lang.ImportFrom:
		for _, a := range t.Names {
			n := a.AsName
			if n == "" {
				n = a.Name
			}
			if n != "*" {
				names[n] = true
			}
		}
	case *lang.For:
		target(t.Target)
		for _, x := range t.Body {
			topLevelNames(x, names)
		}
	case *lang.If:
		for _, x := range t.Body {
			topLevelNames(x, names)
		}
		for _, x := range t.Orelse {
			topLevelNames(x, names)
		}
	case *lang.With:
		for _, x := range t.Body {
			topLevelNames(x, names)
		}
	case *lang.Try:
		for _, x := range t.Body {
			topLevelNames(x, names)
		}
	}
}

// ParsePercent reads a percent-format script as notebook cells: `# %%`
// starts a code cell, `# %% [markdown]` a markdown cell whose comment
// marks are taken off. Text before the first marker is a code cell.
func ParsePercent(path string, src string) *Notebook {
	nb := &Notebook{Path: path, Raw: map[string]any{
		"metadata": map[string]any{}, "nbformat": 4, "nbformat_minor": 5,
	}}
	var cur *Cell
	var buf []string
	flush := func() {
		if cur == nil {
			if strings.TrimSpace(strings.Join(buf, "\n")) == "" {
				return
			}
			cur = &Cell{Type: "code"}
		}
		text := strings.TrimRight(strings.Join(buf, "\n"), "\n")
		if cur.Type != "code" {
			var md []string
			for _, l := range strings.Split(text, "\n") {
				l = strings.TrimPrefix(l, "#")
				md = append(md, strings.TrimPrefix(l, " "))
			}
			text = strings.Join(md, "\n")
		}
		cur.Source = text
		cur.Raw = map[string]any{"cell_type": cur.Type, "metadata": map[string]any{}, "id": fmt.Sprintf("cell-%d", len(nb.Cells)+1)}
		if cur.Type == "code" {
			cur.Raw["outputs"] = []any{}
		}
		nb.Cells = append(nb.Cells, cur)
	}
	for _, l := range strings.Split(src, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "# %%") && !strings.HasPrefix(l, " ") {
			flush()
			kind := "code"
			if strings.Contains(t, "[markdown]") || strings.Contains(t, "[md]") {
				kind = "markdown"
			} else if strings.Contains(t, "[raw]") {
				kind = "raw"
			}
			cur, buf = &Cell{Type: kind}, nil
			continue
		}
		buf = append(buf, l)
	}
	flush()
	return nb
}
