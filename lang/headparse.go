package lang

// This file defines the parsers of compound-statement headers: the part
// of a for, with, def, class or except line between its keyword and the
// colon. They are participle.Parseable nodes written by hand, like the
// expression parser they call, so that the struct-tag grammar participle
// builds at start-up stays small (see the notes in grammar.go).
//
//	forHead    = [ "async" ] "for" targets "in" seq .
//	withHead   = [ "async" ] "with" withItem { "," withItem } .
//	withItem   = test [ "as" target ] .
//	defHead    = [ "async" ] "def" Name "(" [ params ] ")" [ "->" test ] .
//	params     = param { "," param } [ "," ] .
//	param      = ( "**" Name | "*" [ Name ] | "/" | Name ) [ ":" test ] [ "=" test ] .
//	classHead  = "class" Name [ "(" [ args ] ")" ] .
//	exceptHead = [ "*" ] [ test { "," test } [ "as" Name ] ] .

import "github.com/alecthomas/participle/v2/lexer"

func isKeyword(t *lexer.Token, kw string) bool {
	return t.Type == tokKeyword && t.Value == kw
}

// startsHead returns the start check for run of a head introduced by kw
// or "async" kw.
func startsHead(lex *lexer.PeekingLexer, kw string) func(*lexer.Token) bool {
	return func(t *lexer.Token) bool {
		if isKeyword(t, "async") {
			next := (&xp{lex: lex}).peek2()
			return isKeyword(&next, kw)
		}
		return isKeyword(t, kw)
	}
}

// Parse implements participle.Parseable.
func (h *cstForHead) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, startsHead(lex, "for"), func(p *xp) { *h = *p.forHead() })
}

// Parse implements participle.Parseable.
func (h *cstWithHead) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, startsHead(lex, "with"), func(p *xp) { *h = *p.withHead() })
}

// Parse implements participle.Parseable. It also claims a stray "async"
// (one not followed by def, for or with: the for and with headers come
// before it in the cstStmt union) so that the error points after it, as
// CPython's does.
func (h *cstDefHead) Parse(lex *lexer.PeekingLexer) error {
	start := func(t *lexer.Token) bool { return isKeyword(t, "def") || isKeyword(t, "async") }
	return run(lex, start, func(p *xp) { *h = *p.defHead() })
}

// Parse implements participle.Parseable.
func (h *cstClassHead) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, func(t *lexer.Token) bool { return isKeyword(t, "class") }, func(p *xp) { *h = *p.classHead() })
}

// Parse implements participle.Parseable.
func (h *cstExceptHead) Parse(lex *lexer.PeekingLexer) error {
	start := func(t *lexer.Token) bool { return canStartTest(t) || t.Type == tokOp && t.Value == "*" }
	return run(lex, start, func(p *xp) { *h = *p.exceptHead() })
}

func (p *xp) forHead() *cstForHead {
	h := &cstForHead{Async: p.accept("async")}
	p.expect("for")
	if !canStartTarget(p.peek()) {
		p.fail()
	}
	h.Target = p.targets()
	p.expect("in")
	if !canStartStarTest(p.peek()) {
		p.fail()
	}
	h.Iter = p.seq(false)
	return h
}

func (p *xp) withHead() *cstWithHead {
	h := &cstWithHead{Pos: p.here()}
	h.Async = p.accept("async")
	p.expect("with")
	for {
		it := &cstWithItem{Pos: p.here()}
		if !canStartTest(p.peek()) {
			p.fail()
		}
		it.X = p.test()
		if p.accept("as") {
			if !canStartTarget(p.peek()) {
				p.fail()
			}
			it.As = p.target()
		}
		it.EndPos = p.here()
		h.Items = append(h.Items, it)
		if !p.accept(",") {
			return h
		}
	}
}

func (p *xp) defHead() *cstDefHead {
	h := &cstDefHead{Pos: p.here()}
	h.Async = p.accept("async")
	p.expect("def")
	if p.peek().Type != tokName {
		p.fail()
	}
	h.Name = p.next().Value
	if !p.is("(") {
		p.failMsg("expected '('", Span{Start: pos(p.peek().Pos)})
	}
	p.next()
	if !p.is(")") {
		h.Params = p.params(true)
	}
	p.expect(")")
	if p.accept("->") {
		if !canStartTest(p.peek()) {
			p.fail()
		}
		h.Returns = p.test()
	}
	return h
}

// params parses the parameters of a def (annotated, closed by ")") or of
// a lambda (closed by ":").
func (p *xp) params(def bool) *cstParams {
	ps := &cstParams{}
	closer := ":"
	if def {
		closer = ")"
	}
	for {
		q := &cstParam{Pos: p.here()}
		switch {
		case p.accept("**"):
			if p.peek().Type != tokName {
				p.fail()
			}
			q.KwName = p.next().Value
		case p.accept("*"):
			q.Star = true
			if p.peek().Type == tokName {
				q.VarName = p.next().Value
			}
		case p.accept("/"):
			q.Slash = true
		case p.peek().Type == tokName:
			q.Name = p.next().Value
		default:
			p.fail()
		}
		if def && p.accept(":") {
			if !canStartTest(p.peek()) {
				p.fail()
			}
			q.Ann = p.test()
		}
		if p.accept("=") {
			if !canStartTest(p.peek()) {
				p.fail()
			}
			if !def { // a lambda's defaults nest: lambda a=lambda b=...: 1: 1
				p.deeper(pegLambdaDefault)
			}
			q.Default = p.test()
			if !def {
				p.level -= pegLambdaDefault
			}
		}
		q.EndPos = p.here()
		ps.Items = append(ps.Items, q)
		if !p.accept(",") || p.is(closer) {
			return ps
		}
	}
}

func (p *xp) classHead() *cstClassHead {
	h := &cstClassHead{Pos: p.here()}
	p.next() // class
	if p.peek().Type != tokName {
		p.fail()
	}
	h.Name = p.next().Value
	if p.accept("(") {
		h.Paren = true
		if !p.is(")") {
			if t := p.peek(); !canStartStarTest(t) && !(t.Type == tokOp && t.Value == "**") {
				p.fail()
			}
			h.Args = p.args()
		}
		p.expect(")")
	}
	return h
}

func (p *xp) exceptHead() *cstExceptHead {
	h := &cstExceptHead{Star: p.accept("*")}
	if !canStartTest(p.peek()) {
		return h // `except*:`, reported by the lowerer
	}
	h.Type = p.test()
	for p.accept(",") {
		if !canStartTest(p.peek()) {
			p.fail()
		}
		h.More = append(h.More, p.test())
	}
	if p.accept("as") {
		if p.peek().Type != tokName {
			p.fail()
		}
		h.Name = p.next().Value
	}
	return h
}
