package lang

// This file defines the expression parser: a hand-written recursive
// descent over participle's PeekingLexer that builds the expression CST
// (cstTest, cstSeq, cstOr, ...). The expression entry types implement
// participle.Parseable, so the statement grammar of grammar.go uses them
// like any other production. This is participle's documented escape hatch
// (custom parsing for a hot sub-grammar); a struct-tag expression grammar
// was measured at ~19 ms for a 300-line file, this one at well under 1 ms.
//
// The EBNF it implements:
//
//	seq       = starTest { "," starTest } [ "," ] { compFor } .
//	starTest  = [ "*" ] test [ "as" target ]      (* "as" only inside parentheses *)
//	test      = "lambda" [ lparams ] ":" test
//	          | [ Name ":=" ] or [ "if" or "else" test ] .
//	or        = operand { binop operand } .        (* precedence folded in lower.go *)
//	operand   = { "-" | "+" | "~" | "not" } [ "await" ] atom { trailer } .
//	atom      = Name | Number | ( String | FString ) { String | FString }
//	          | "None" | "True" | "False" | "..."
//	          | "(" [ "yield" ... | seq ] ")" | "[" [ seq ] "]" | "{" [ dictset ] "}" .
//	trailer   = "(" [ args ] ")" | "[" subs "]" | "." Name .
//	compFor   = [ "async" ] "for" targets "in" or { "if" or } .
//	targets   = target { "," target } [ "," ] .
//	target    = [ "*" ] operand .

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

type xp struct {
	lex  *lexer.PeekingLexer
	last *lexer.Token // last consumed token
	// level approximates the depth of CPython's PEG parser (p->level) at
	// the current point; see deeper.
	level int
	// base is the index, in the token stream, of lex's first token (lex
	// reads a tail of the stream when the lowering re-parses a line).
	base tpos
	// wholeStar makes the next starTest read `*` and a whole expression
	// (CPython's starred_expression) instead of a bitwise_or; see atom's
	// "(" case
	wholeStar bool
}

// CPython 3.11's parser counts the rule functions active on its C stack
// and fails with MemoryError when the count reaches MAXSTACK (6000). The
// recursion of this parser does not follow CPython's rule by rule, so the
// count is modelled instead: the costs below were measured with python3
// (compile() of each shape, bisecting the first depth that fails; see
// testdata/gen_limits.py). They are exact for unbracketed chains of
// unary operators, lambdas, conditional expressions and powers in an
// expression statement. Around brackets CPython's memoization makes the
// true cost vary by a few levels (9 for the first parenthesis of a
// statement, 28 for the next ones); we charge a flat cost per bracket,
// and ignore the 6 levels each enclosing block adds, so deep mixtures
// can fail a few dozen levels away from CPython's point.
// The cap also bounds this package's Go recursion, which follows the
// same nesting (parser, lowering, Dump).
const (
	pegMaxStack = 6000
	pegBase     = 31 // an expression statement's expression
	// ModeEval's expression; ModeInteractive is modelled as a file
	// (CPython's "single" mode is 2 levels lighter)
	pegEval          = 25
	pegFString       = 54 // an f-string field, which CPython parses on its own
	pegAssignRHS     = 2  // extra for the right side of = and op=
	pegUnary         = 1  // each -, +, ~ or not
	pegLambda        = 2  // each lambda body
	pegLambdaDefault = 8  // each default value of a lambda parameter
	pegElse          = 1  // each else branch of a conditional expression
	pegPower         = 2  // each right operand of **
	pegCompare       = 3  // right operands of a comparison
	pegBoolOp        = 2  // right operands of and / or
	pegBracket       = 28 // inside ( ), [ ] or { }
	pegTrailer       = 24 // inside a call's ( ) or a subscript's [ ]
	pegMemoryError   = "MemoryError"
)

// deeper adds n to the modelled parser depth, failing as CPython does when
// it passes pegMaxStack. Callers subtract n when they return.
func (p *xp) deeper(n int) {
	p.level += n
	if p.level > pegMaxStack {
		panic(xpFail{&xpError{tok: *p.lex.Peek(), kind: pegMemoryError}})
	}
}

// xpError is a parse error with a CPython message of its own.
type xpError struct {
	tok lexer.Token
	msg string
	sp  Span
	// kind is "" for a SyntaxError, or pegMemoryError.
	kind string
}

func (e *xpError) Error() string            { return e.msg }
func (e *xpError) Message() string          { return e.msg }
func (e *xpError) Position() lexer.Position { return e.tok.Pos }

func (p *xp) failMsg(msg string, sp Span) {
	panic(xpFail{&xpError{tok: *p.lex.Peek(), msg: msg, sp: sp}})
}

// lastEnd is the end position of the last consumed token.
func (p *xp) lastEnd() Pos {
	t := p.last
	if t == nil {
		return pos(p.peek().Pos)
	}
	v := t.Value
	if i := strings.LastIndexByte(v, '\n'); i >= 0 {
		return Pos{int32(t.Pos.Line + strings.Count(v, "\n")), int32(utf8.RuneCountInString(v[i+1:])) + 1}
	}
	return Pos{int32(t.Pos.Line), int32(t.Pos.Column + utf8.RuneCountInString(v))}
}

// xpFail is panicked (and recovered at the entry points) on a syntax error.
type xpFail struct{ err error }

func (p *xp) peek() *lexer.Token { return p.lex.Peek() }
func (p *xp) next() *lexer.Token {
	t := p.lex.Next()
	p.last = t
	return t
}

// is reports whether the next token is the operator or keyword v.
func (p *xp) is(v string) bool {
	t := p.lex.Peek()
	return t.Value == v && (t.Type == tokOp || t.Type == tokKeyword)
}

func (p *xp) accept(v string) bool {
	if p.is(v) {
		p.next()
		return true
	}
	return false
}

func (p *xp) fail() {
	panic(xpFail{&participle.UnexpectedTokenError{Unexpected: *p.lex.Peek()}})
}

func (p *xp) expect(v string) {
	if !p.accept(v) {
		p.fail()
	}
}

// peek2 returns the token after the next one.
func (p *xp) peek2() lexer.Token {
	cp := p.lex.MakeCheckpoint()
	p.lex.Next()
	t := *p.lex.Peek()
	p.lex.LoadCheckpoint(cp)
	return t
}

// here returns the index of the next token (no token type is elided, so
// participle's raw cursor indexes the token slice).
func (p *xp) here() tpos { return p.base + tpos(p.lex.MakeCheckpoint().RawCursor()) }

// posAt returns the start of token k, which must be consumed or peeked.
func (p *xp) posAt(k tpos) Pos {
	r := lexer.RawCursor(k - p.base)
	return pos(p.lex.Range(r, r+1)[0].Pos)
}

func canStartTest(t *lexer.Token) bool {
	switch t.Type {
	case tokName, tokNumber, tokString, tokFString:
		return true
	case tokKeyword:
		switch t.Value {
		case "lambda", "not", "await", "None", "True", "False":
			return true
		}
	case tokOp:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	}
	return false
}

func canStartStarTest(t *lexer.Token) bool {
	return canStartTest(t) || t.Type == tokOp && t.Value == "*"
}

func canStartOperand(t *lexer.Token) bool {
	return canStartTest(t) && t.Value != "lambda"
}

// run calls f, converting an xpFail panic into an error.
func run(lex *lexer.PeekingLexer, start func(*lexer.Token) bool, f func(p *xp)) (err error) {
	return runAt(lex, 0, start, f)
}

// runAt is run for a lexer whose first token is token base of the stream.
func runAt(lex *lexer.PeekingLexer, base tpos, start func(*lexer.Token) bool, f func(p *xp)) error {
	if !start(lex.Peek()) {
		return participle.NextMatch
	}
	p := &xp{lex: lex, base: base}
	return p.guard(func() { f(p) })
}

// guard calls f from a fresh parser state (p's lexer and base kept),
// converting an xpFail panic into an error.
func (p *xp) guard(f func()) (err error) {
	p.last, p.level = nil, pegBase
	defer func() {
		if r := recover(); r != nil {
			xf, ok := r.(xpFail)
			if !ok {
				panic(r)
			}
			err = xf.err
		}
	}()
	f()
	return nil
}

// Parse implements participle.Parseable.
func (t *cstTest) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, canStartTest, func(p *xp) { *t = *p.test() })
}

// Parse implements participle.Parseable.
func (s *cstSeq) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, canStartStarTest, func(p *xp) { *s = *p.seq(false) })
}

// Parse implements participle.Parseable.
func (r *cstRHS) Parse(lex *lexer.PeekingLexer) error {
	start := func(t *lexer.Token) bool {
		return canStartStarTest(t) || isYield(t)
	}
	return run(lex, start, func(p *xp) { *r = *p.rhs() })
}

// Parse implements participle.Parseable.
func (t *cstTargets) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, canStartTarget, func(p *xp) { *t = *p.targets() })
}

// Parse implements participle.Parseable.
func (t *cstTarget) Parse(lex *lexer.PeekingLexer) error {
	return run(lex, canStartTarget, func(p *xp) { *t = *p.target() })
}

// Parse implements participle.Parseable.
func (a *cstArgs) Parse(lex *lexer.PeekingLexer) error {
	start := func(t *lexer.Token) bool {
		return canStartStarTest(t) || t.Type == tokOp && t.Value == "**"
	}
	return run(lex, start, func(p *xp) { *a = *p.args() })
}

// Parse implements participle.Parseable.
func (e *cstExprStmt) Parse(lex *lexer.PeekingLexer) error {
	start := func(t *lexer.Token) bool {
		return canStartStarTest(t) || isYield(t)
	}
	return run(lex, start, func(p *xp) { *e = *p.exprStmt() })
}

func (p *xp) exprStmt() *cstExprStmt {
	e := &cstExprStmt{Pos: p.here()}
	e.First = p.rhs()
	t := p.peek()
	rhs := func() *cstRHS {
		if t := p.peek(); !canStartStarTest(t) && !(isYield(t)) {
			p.fail()
		}
		p.deeper(pegAssignRHS)
		r := p.rhs()
		p.level -= pegAssignRHS
		return r
	}
	if t.Type == tokOp {
		switch t.Value {
		case "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|=", "@=":
			p.next()
			e.AugOp = t.Value
			e.AugVal = rhs()
		case ":":
			p.next()
			if !canStartTest(p.peek()) {
				p.fail()
			}
			e.Ann = p.test()
			if p.accept("=") {
				e.AnnVal = rhs()
			}
		case "=":
			e.Assigns = e.one[:0]
			for p.accept("=") {
				e.Assigns = append(e.Assigns, rhs())
			}
		}
	}
	e.EndPos = p.here()
	return e
}

// isYield reports whether t is the keyword yield.
func isYield(t *lexer.Token) bool { return t.Type == tokKeyword && t.Value == "yield" }

func canStartTarget(t *lexer.Token) bool {
	return canStartOperand(t) || t.Type == tokOp && t.Value == "*"
}

func (p *xp) rhs() *cstRHS {
	r := &cstRHS{Pos: p.here()}
	if p.accept("yield") {
		r.Yield = true
		if p.accept("from") {
			r.YieldFrom = p.test()
		} else if canStartStarTest(p.peek()) {
			r.YieldVal = p.seq(false)
		}
	} else {
		r.List = p.seq(false)
	}
	r.EndPos = p.here()
	return r
}

func (p *xp) seq(allowAs bool) *cstSeq {
	s := &cstSeq{Pos: p.here()}
	s.one[0] = p.starTest(allowAs)
	s.Items = s.one[:]
	for p.is(",") {
		p.next()
		if !canStartStarTest(p.peek()) {
			s.Trailing = true
			break
		}
		s.Items = append(s.Items, p.starTest(allowAs))
	}
	s.Comp = p.compFors()
	s.EndPos = p.here()
	return s
}

func (p *xp) starTest(allowAs bool) *cstStarTest {
	st := &cstStarTest{Pos: p.here()}
	st.Star = p.accept("*")
	if !canStartTest(p.peek()) {
		p.fail()
	}
	if st.Star && !p.wholeStar {
		st.X = p.starOperand()
	} else {
		p.wholeStar = false
		st.X = p.test()
	}
	if allowAs && p.accept("as") {
		if !canStartTarget(p.peek()) {
			p.fail()
		}
		st.As = p.target()
	}
	st.EndPos = p.here()
	return st
}

// starOperand parses what follows `*` in a sequence (CPython's
// star_expressions and star_named_expressions): a bitwise_or, which stops
// before `or`, `and`, `not`, comparisons, `if` and `:=`, so that the caller
// meets that token and `x = *a or b,` is "invalid syntax" there, as in
// CPython; `not` and `lambda` cannot start one.
func (p *xp) starOperand() *cstTest {
	t := &cstTest{Pos: p.here()}
	t.Or = p.bitwiseOr()
	t.EndPos = p.here()
	return t
}

// bitwiseOr parses CPython's bitwise_or, what `*` and `**` take in
// displays: `not` cannot start one.
func (p *xp) bitwiseOr() *cstOr {
	if p.is("not") || p.is("lambda") {
		p.fail()
	}
	return p.orExpr(true)
}

// bracketSeq parses the inside of a parenthesized (group) or bracketed
// display. Where the bitwise_or after a first `*` stops short, it reads
// that star again with a whole expression, as CPython's error rules do:
// invalid_comprehension (`[*a or b for x in y]`, "iterable unpacking
// cannot be used in comprehension") and, in parentheses, invalid_group
// (`(*a or b)`, "cannot use starred expression here"), which lowering
// reports. Anything else fails where the bitwise_or stopped.
func (p *xp) bracketSeq(allowAs, group bool) *cstSeq {
	return p.starRetry(allowAs, func() bool { return group && p.is(")") })
}

// starRetry is bracketSeq with the end of the group told by atEnd (an
// f-string field's end is the end of its tokens).
func (p *xp) starRetry(allowAs bool, atEnd func() bool) *cstSeq {
	cp, last := p.lex.MakeCheckpoint(), p.last
	s := p.seq(allowAs)
	if !s.Items[0].Star || len(s.Items) > 1 || s.Trailing || s.Comp != nil || atEnd() {
		return s
	}
	p.lex.LoadCheckpoint(cp)
	p.last = last
	p.wholeStar = true
	whole := p.seq(allowAs)
	if len(whole.Items) == 1 && (whole.Comp != nil || !whole.Trailing && atEnd()) {
		return whole
	}
	p.lex.LoadCheckpoint(cp)
	p.last = last
	return p.seq(allowAs)
}

func (p *xp) compFors() []*cstCompFor {
	var out []*cstCompFor
	for p.is("for") || p.is("async") && p.peek2().Value == "for" {
		c := &cstCompFor{Pos: p.here()}
		c.Async = p.accept("async")
		p.expect("for")
		if !canStartTarget(p.peek()) {
			p.fail()
		}
		c.Target = p.targets()
		p.expect("in")
		c.Iter = p.or()
		for p.accept("if") {
			c.Ifs = append(c.Ifs, p.or())
		}
		c.EndPos = p.here()
		out = append(out, c)
	}
	return out
}

func (p *xp) targets() *cstTargets {
	t := &cstTargets{Pos: p.here()}
	t.Items = append(t.Items, p.target())
	for p.is(",") {
		p.next()
		if !canStartTarget(p.peek()) {
			t.Trailing = true
			break
		}
		t.Items = append(t.Items, p.target())
	}
	t.EndPos = p.here()
	return t
}

func (p *xp) target() *cstTarget {
	t := &cstTarget{Pos: p.here()}
	t.Star = p.accept("*")
	t.X = p.operand()
	t.EndPos = p.here()
	return t
}

func (p *xp) test() *cstTest {
	t := &cstTest{Pos: p.here()}
	if p.accept("lambda") {
		l := &cstLambda{}
		if !p.is(":") {
			l.Params = p.params(false)
		}
		p.expect(":")
		if !canStartTest(p.peek()) {
			p.fail()
		}
		p.deeper(pegLambda)
		l.Body = p.test()
		p.level -= pegLambda
		t.Lambda = l
		t.EndPos = p.here()
		return t
	}
	if tok := p.peek(); tok.Type == tokName {
		if n := p.peek2(); n.Type == tokOp && n.Value == ":=" {
			t.Walrus = tok.Value
			p.next()
			p.next()
		}
	}
	t.Or = p.or()
	if p.is("if") {
		// `x if c else y`; in a comprehension the `if` belongs to it, but
		// comprehension conditions are parsed by compFors with or(), so
		// a test() never stops before such an `if`.
		p.next()
		t.IfTest = p.or()
		if !p.is("else") {
			p.failMsg("expected 'else' after 'if' expression", Span{p.posAt(t.Pos), p.lastEnd()})
		}
		p.next()
		if !canStartTest(p.peek()) {
			p.fail()
		}
		p.deeper(pegElse)
		t.Else = p.test()
		p.level -= pegElse
	}
	t.EndPos = p.here()
	return t
}

var binOps = map[string]bool{
	"or": true, "and": true, "in": true, "is": true, "not": true,
	"==": true, "!=": true, "<": true, "<=": true, ">": true, ">=": true,
	"|": true, "^": true, "&": true, "<<": true, ">>": true, "+": true, "-": true,
	"*": true, "/": true, "//": true, "%": true, "@": true, "**": true,
}

func (p *xp) or() *cstOr { return p.orExpr(false) }

// endsBitwiseOr holds the operators a bitwise_or cannot take: boolean
// operators and comparisons (`not` of `not in`).
var endsBitwiseOr = map[string]bool{
	"and": true, "or": true, "not": true, "in": true, "is": true,
	"<": true, ">": true, "==": true, ">=": true, "<=": true, "!=": true,
}

// orExpr parses a disjunction, or only a bitwise_or when bitwiseOnly.
func (p *xp) orExpr(bitwiseOnly bool) *cstOr {
	o := &cstOr{Pos: p.here()}
	o.Head = p.operand()
	// extra depth of the next operand: powers nest to the right, the
	// right operands of and/or/comparisons sit in CPython's loop rules
	base := p.level
	pow, boolOp, cmp := len(o.Head.Prefix), 0, 0
	for {
		t := p.peek()
		if (t.Type != tokOp && t.Type != tokKeyword) || !binOps[t.Value] || bitwiseOnly && endsBitwiseOr[t.Value] {
			break
		}
		b := &cstBinary{Pos: p.here(), Op: t.Value}
		p.next()
		switch t.Value {
		case "not":
			if !p.is("in") {
				p.fail()
			}
			p.next()
			b.Op = "notin"
		case "is":
			if p.accept("not") {
				b.Op = "isnot"
			}
		}
		if !canStartOperand(p.peek()) {
			p.fail()
		}
		switch b.Op {
		case "**":
			pow += pegPower
		case "and", "or":
			pow, cmp, boolOp = 0, 0, pegBoolOp
		case "<", ">", "==", ">=", "<=", "!=", "in", "notin", "is", "isnot":
			pow, cmp = 0, pegCompare
		default:
			pow = 0
		}
		p.deeper(pow + boolOp + cmp)
		b.X = p.operand()
		p.level = base
		pow += len(b.X.Prefix)
		o.Tail = append(o.Tail, b)
	}
	o.EndPos = p.here()
	return o
}

func (p *xp) operand() *cstOperand {
	o := &cstOperand{Pos: p.here()}
	for {
		t := p.peek()
		if t.Type == tokOp && (t.Value == "-" || t.Value == "+" || t.Value == "~") || t.Type == tokKeyword && t.Value == "not" {
			o.Prefix = append(o.Prefix, &cstPrefix{Pos: p.here(), Op: t.Value})
			p.next()
			p.deeper(pegUnary)
			continue
		}
		break
	}
	o.Await = p.accept("await")
	o.Atom = p.atom()
	for {
		t := p.peek()
		if t.Type != tokOp {
			break
		}
		if t.Value != "(" && t.Value != "[" && t.Value != "." {
			break
		}
		tr := &cstTrailer{Pos: p.here()}
		switch t.Value {
		case "(":
			p.next()
			tr.Call = true
			if !p.is(")") {
				p.deeper(pegTrailer)
				tr.Args = p.args()
				p.level -= pegTrailer
			}
			p.expect(")")
		case "[":
			p.next()
			tr.Index = true
			p.deeper(pegTrailer)
			tr.Subs = p.subs()
			p.level -= pegTrailer
			p.expect("]")
		case ".":
			p.next()
			if p.peek().Type != tokName {
				p.fail()
			}
			tr.Attr = p.next().Value
		}
		tr.EndPos = p.here()
		o.Trailers = append(o.Trailers, tr)
	}
	p.level -= len(o.Prefix) * pegUnary
	o.EndPos = p.here()
	return o
}

func (p *xp) atom() *cstAtom {
	t := p.peek()
	a := &cstAtom{Pos: p.here()}
	if t.Type == tokOp && (t.Value == "(" || t.Value == "[" || t.Value == "{") {
		p.deeper(pegBracket)
		defer func() { p.level -= pegBracket }()
	}
	switch t.Type {
	case tokName:
		a.Kind, a.Text = atomName, p.next().Value
	case tokNumber:
		a.Kind, a.Text = atomNumber, p.next().Value
	case tokString, tokFString:
		for t := p.peek(); t.Type == tokString || t.Type == tokFString; t = p.peek() {
			a.Strs = append(a.Strs, &cstStr{Pos: p.here(), Val: t.Value})
			p.next()
		}
	case tokKeyword:
		switch t.Value {
		case "None", "True", "False":
			a.Kind, a.Text = atomConst, p.next().Value
		default:
			p.fail()
		}
	case tokOp:
		switch t.Value {
		case "...":
			a.Kind, a.Text = atomConst, p.next().Value
		case "(":
			p.next()
			a.Paren = true
			if p.is("yield") {
				a.PYield = p.rhs()
			} else if !p.is(")") {
				if !canStartStarTest(p.peek()) {
					p.fail()
				}
				a.PYield = &cstRHS{Pos: p.here()}
				a.PYield.List = p.bracketSeq(true, true)
				a.PYield.EndPos = p.here()
			}
			p.expect(")")
		case "[":
			p.next()
			a.Bracket = true
			if !p.is("]") {
				if !canStartStarTest(p.peek()) {
					p.fail()
				}
				a.List = p.bracketSeq(false, false)
			}
			p.expect("]")
		case "{":
			p.next()
			a.Brace = true
			if !p.is("}") {
				a.Dict = p.dictSet()
			}
			p.expect("}")
		default:
			p.fail()
		}
	default:
		p.fail()
	}
	a.EndPos = p.here()
	return a
}

func (p *xp) dictSet() *cstDictSet {
	d := &cstDictSet{}
	for {
		it := &cstDictItem{Pos: p.here()}
		switch {
		case p.accept("**"):
			it.DStar = p.bitwiseOr()
		case p.accept("*"):
			cp, last := p.lex.MakeCheckpoint(), p.last
			it.Star = p.bitwiseOr()
			if len(d.Items) == 0 && !p.is(",") && !p.is("}") {
				// maybe `{*a or b for x in y}`: as bracketSeq
				p.lex.LoadCheckpoint(cp)
				p.last = last
				it.Star = p.or()
				if !p.is("for") && !p.is("async") {
					p.lex.LoadCheckpoint(cp)
					p.last = last
					it.Star = p.bitwiseOr()
				}
			}
		default:
			if !canStartTest(p.peek()) {
				p.fail()
			}
			it.Key = p.test()
			if p.accept(":") {
				if !canStartTest(p.peek()) {
					p.fail()
				}
				it.Value = p.test()
			}
		}
		it.EndPos = p.here()
		d.Items = append(d.Items, it)
		if !p.accept(",") {
			break
		}
		if p.is("}") {
			d.Trailing = true
			break
		}
	}
	d.Comp = p.compFors()
	return d
}

func (p *xp) args() *cstArgs {
	a := &cstArgs{}
	for {
		arg := &cstArg{Pos: p.here()}
		switch {
		case p.accept("**"):
			arg.DStar = p.test()
		case p.accept("*"):
			arg.Star = p.test()
		default:
			t := p.peek()
			isKw := false
			if n := p.peek2(); n.Type == tokOp && n.Value == "=" {
				switch {
				case t.Type == tokName:
					isKw = true
				case t.Type == tokKeyword && (t.Value == "True" || t.Value == "False" || t.Value == "None"):
					start := p.posAt(arg.Pos)
					p.next()
					p.next()
					p.failMsg("cannot assign to "+t.Value, Span{start, p.lastEnd()})
				}
			}
			if isKw {
				arg.Kw = t.Value
				p.next()
				p.next()
			}
			if !canStartTest(p.peek()) {
				p.fail()
			}
			arg.X = p.test()
			arg.Comp = p.compFors()
			p.invalidKwarg(arg)
		}
		arg.EndPos = p.here()
		a.Items = append(a.Items, arg)
		if !p.accept(",") {
			break
		}
		if p.is(")") {
			a.Trailing = true
			break
		}
	}
	return a
}

// invalidKwarg raises CPython's invalid_kwarg errors for an argument
// just parsed: `f(x=1 for x in y)` and `f(a.b=1)`.
func (p *xp) invalidKwarg(arg *cstArg) {
	if arg.Kw != "" && len(arg.Comp) > 0 {
		start := p.posAt(arg.Pos)
		p.failMsg("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
			Span{start, Pos{start.Line, start.Col + int32(utf8.RuneCountInString(arg.Kw)) + 1}})
	}
	if arg.Kw == "" && len(arg.Comp) == 0 && arg.X.Walrus == "" && p.is("=") {
		start := p.exprStart(arg.Pos, p.here())
		p.next()
		p.failMsg(`expression cannot contain assignment, perhaps you meant "=="?`, Span{start, p.lastEnd()})
	}
}

// exprStart is where the AST node of the expression in tokens [from, to)
// starts: a parenthesized expression's node is the one inside, so
// redundant parentheses around it are skipped (not a tuple's, a
// generator's or an empty pair's, which belong to their node).
func (p *xp) exprStart(from, to tpos) Pos {
	tok := func(k tpos) *lexer.Token {
		r := lexer.RawCursor(k - p.base)
		return &p.lex.Range(r, r+1)[0]
	}
	for to-from > 2 && tok(from).Value == "(" && tok(from).Type == tokOp {
		depth, group := 0, true
		for k := from; k < to && group; k++ {
			t := tok(k)
			switch {
			case t.Type != tokOp && t.Type != tokKeyword:
			case t.Value == "(" || t.Value == "[" || t.Value == "{":
				depth++
			case t.Value == ")" || t.Value == "]" || t.Value == "}":
				depth--
				if depth == 0 && k != to-1 {
					group = false // the "(" closes before the end: `(a).b`
				}
			case depth == 1 && (t.Value == "," || t.Value == "for"):
				group = false
			}
		}
		if !group {
			break
		}
		from++
		to--
	}
	return p.posAt(from)
}

func (p *xp) subs() *cstSubs {
	s := &cstSubs{}
	for {
		s.Items = append(s.Items, p.sub())
		if !p.accept(",") {
			break
		}
		if p.is("]") {
			s.Trailing = true
			break
		}
	}
	return s
}

func (p *xp) sub() *cstSub {
	s := &cstSub{Pos: p.here()}
	opt := func() *cstTest {
		if canStartTest(p.peek()) {
			return p.test()
		}
		return nil
	}
	if p.accept(":") {
		s.LColon = true
		s.LUpper = opt()
		if p.accept(":") {
			s.LCol2 = true
			s.LStep = opt()
		}
		s.EndPos = p.here()
		return s
	}
	s.Star = p.accept("*")
	if !canStartTest(p.peek()) {
		p.fail()
	}
	s.Lower = p.test()
	if !s.Star && p.accept(":") {
		s.Colon = true
		s.Upper = opt()
		if p.accept(":") {
			s.Colon2 = true
			s.Step = opt()
		}
	}
	s.EndPos = p.here()
	return s
}
