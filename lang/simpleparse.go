package lang

// This file defines the parser of simple-statement lines (cstSimple):
// hand-written, like the expression parser, because they are most of the
// lines of a program and participle's reflective matching of their
// fourteen alternatives dominated parse time.
//
//	simple = small { ";" small } [ ";" ] Newline .
//	small  = exprStmt | "pass" | "break" | "continue" | "return" [ seq ]
//	       | "raise" [ test [ "from" test ] ] | "global" Name { "," Name }
//	       | "nonlocal" Name { "," Name } | "del" targets | "assert" test [ "," test ]
//	       | "import" dotted [ "as" Name ] { "," dotted [ "as" Name ] }
//	       | "from" { "." | "..." } [ dotted ] "import" ( "*" | "(" names [ "," ] ")" | names ) .

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

var compoundKeywords = map[string]bool{
	"if": true, "while": true, "for": true, "try": true, "with": true, "def": true,
	"class": true, "async": true, "elif": true, "else": true, "except": true, "finally": true,
}

func canStartSimple(t *lexer.Token) bool {
	switch t.Type {
	case tokKeyword:
		switch t.Value {
		case "pass", "break", "continue", "return", "raise", "global", "nonlocal", "del",
			"assert", "import", "from", "yield":
			return true
		}
	case tokOp:
		if t.Value == "*" {
			return true
		}
	}
	return canStartTest(t)
}

// Parse implements participle.Parseable.
func (s *cstSimple) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, canStartSimple, func(p *xp) { *s = *p.simple() })
}

// Parse implements participle.Parseable: one or more simple lines, of
// which the first keptLines are kept (see cstSimpleRun). A line that fails
// ends the run before it, with the lexer back at its start, unless it is
// the first: participle then retries the statement union there and
// reports exactly what a run of one line would have.
func (r *cstSimpleRun) Parse(lex *lexer.PeekingLexer) error {
	p := &xp{lex: lex}
	for n := 0; ; n++ {
		cp := lex.MakeCheckpoint()
		var line *cstSimple
		err := participle.NextMatch
		if canStartSimple(lex.Peek()) {
			err = p.guard(func() { line = p.simple() })
		}
		if err != nil {
			if n == 0 {
				return err
			}
			lex.LoadCheckpoint(cp)
			r.End = tpos(cp.RawCursor())
			if n <= keptLines {
				r.Rest = r.End
			}
			return nil
		}
		if n < keptLines {
			r.Lines = append(r.Lines, line)
		} else if n == keptLines {
			r.Rest = tpos(cp.RawCursor())
		}
	}
}

// lower lowers the lines of r in order: the kept ones, then the others
// parsed again from toks (the stream r was parsed from) one at a time.
func (r *cstSimpleRun) lower(l *lowerer, out []Stmt) []Stmt {
	for _, line := range r.Lines {
		out = l.simple(line, out)
	}
	if r.Rest == r.End {
		return out
	}
	p := &xp{lex: peeking(l.ts.toks[r.Rest:]), base: r.Rest}
	for p.here() < r.End {
		var line *cstSimple
		if err := p.guard(func() { line = p.simple() }); err != nil {
			// cannot happen: the same parser accepted these tokens
			l.errorAt(prioParser, l.tokSpan(r.Rest), "invalid syntax")
			break
		}
		out = l.simple(line, out)
	}
	return out
}

func (p *xp) simple() *cstSimple {
	s := &cstSimple{Pos: p.here()}
	s.Stmts = s.one[:0]
	for {
		s.Stmts = append(s.Stmts, p.small())
		if !p.accept(";") {
			break
		}
		if p.peek().Type == tokNewline {
			break
		}
		if !canStartSimple(p.peek()) {
			p.fail()
		}
	}
	if p.peek().Type != tokNewline {
		p.fail()
	}
	s.EndPos = p.here()
	p.next()
	return s
}

// skipStatement consumes the tokens up to the end of the simple
// statement: a newline, the end of the input, or a `;` outside brackets.
func (p *xp) skipStatement() {
	depth := 0
	for {
		t := p.peek()
		switch {
		case t.EOF() || t.Type == tokNewline:
			return
		case t.Type == tokOp && (t.Value == "(" || t.Value == "[" || t.Value == "{"):
			depth++
		case t.Type == tokOp && (t.Value == ")" || t.Value == "]" || t.Value == "}"):
			depth--
		case t.Type == tokOp && t.Value == ";" && depth <= 0:
			return
		}
		p.next()
	}
}

func (p *xp) names() []string {
	var out []string
	for {
		if p.peek().Type != tokName {
			p.fail()
		}
		out = append(out, p.next().Value)
		if !p.accept(",") {
			return out
		}
	}
}

func (p *xp) dotted(withAs bool) *cstDotted {
	d := &cstDotted{Pos: p.here()}
	for {
		if p.peek().Type != tokName {
			p.fail()
		}
		d.Name = append(d.Name, p.next().Value)
		if !p.accept(".") {
			break
		}
	}
	if withAs && p.accept("as") {
		if p.peek().Type != tokName {
			p.fail()
		}
		d.As = p.next().Value
	}
	d.EndPos = p.here()
	return d
}

func (p *xp) small() *cstSmall {
	s := &cstSmall{Pos: p.here()}
	t := p.peek()
	kw := ""
	if t.Type == tokKeyword {
		kw = t.Value
	}
	switch kw {
	case "pass", "break", "continue", "return", "raise", "global", "nonlocal", "del",
		"assert", "import", "from":
		s.cstKwStmt = &cstKwStmt{}
	default:
		s.Expr = p.exprStmt()
		s.EndPos = p.here()
		return s
	}
	switch kw {
	case "pass":
		p.next()
		s.Pass = true
	case "break":
		p.next()
		s.Break = true
	case "continue":
		p.next()
		s.Continue = true
	case "return":
		p.next()
		s.Return = true
		if canStartStarTest(p.peek()) {
			s.RetVal = p.seq(false)
		}
	case "raise":
		p.next()
		s.Raise = true
		if canStartTest(p.peek()) {
			s.RaiseExc = p.test()
			if p.accept("from") {
				if !canStartTest(p.peek()) {
					p.fail()
				}
				s.RaiseFrom = p.test()
			}
		}
	case "global":
		p.next()
		s.Global = p.names()
	case "nonlocal":
		p.next()
		s.Nonlocal = p.names()
	case "del":
		p.next()
		if !canStartTarget(p.peek()) {
			p.fail()
		}
		cp, last := p.lex.MakeCheckpoint(), p.last
		s.Del = p.targets()
		if p.is("if") || isBinaryOp(*p.peek()) {
			// more expression follows the targets: parse what CPython's
			// invalid_del_stmt does (star_expressions) so lowering can
			// say "cannot delete <what>"
			p.lex.LoadCheckpoint(cp)
			p.last = last
			s.Del, s.DelExprs = nil, p.seq(false)
			// invalid_del_stmt reads star_expressions and looks no
			// further: `del a, *b or c` is "cannot delete starred" at `*b`
			p.skipStatement()
		}
	case "assert":
		p.next()
		if !canStartTest(p.peek()) {
			p.fail()
		}
		s.Assert = p.test()
		if p.accept(",") {
			if !canStartTest(p.peek()) {
				p.fail()
			}
			s.AssertMsg = p.test()
		}
	case "import":
		p.next()
		for {
			s.Import = append(s.Import, p.dotted(true))
			if !p.accept(",") {
				break
			}
		}
	case "from":
		p.next()
		f := &cstFrom{}
		for p.is(".") || p.is("...") {
			f.Dots = append(f.Dots, p.next().Value)
		}
		if p.peek().Type == tokName {
			f.Module = p.dotted(false).Name
		}
		p.expect("import")
		switch {
		case p.accept("*"):
			f.Star = true
		case p.accept("("):
			for {
				f.Paren = append(f.Paren, p.dotted(true))
				if !p.accept(",") || p.is(")") {
					break
				}
			}
			p.expect(")")
		default:
			for {
				f.Names = append(f.Names, p.dotted(true))
				if !p.accept(",") {
					break
				}
			}
		}
		s.From = f
	}
	s.EndPos = p.here()
	return s
}
