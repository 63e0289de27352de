package lang

// This file defines f-string parsing. As in CPython 3.11 an f-string is
// one token; here its literal parts and `{expr!conv:spec}` fields are
// split, and each field's expression is tokenized and parsed by a
// sub-parser positioned at the field's place in the file.

import (
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// fcursor maps byte indexes of an f-string body to file positions,
// advancing monotonically.
type fcursor struct {
	body      string
	idx       int
	line, col int32
	off       int
}

func (c *fcursor) at(i int) (Pos, int) {
	if i < c.idx { // restart (rare: only on errors)
		panic("fcursor moved backwards")
	}
	for c.idx < i && c.idx < len(c.body) {
		ch := c.body[c.idx]
		if ch == '\n' {
			c.line++
			c.col = 1
		} else if ch < 0x80 || ch >= 0xC0 {
			c.col++
		}
		c.idx++
		c.off++
	}
	return Pos{c.line, c.col}, c.off
}

type fparser struct {
	l      *lowerer
	tok    *cstStr
	raw    bool
	body   string
	cur    fcursor
	endSp  Span // error location: the end of the token
	failed bool
}

func (l *lowerer) fstring(t *cstStr) []Expr {
	raw, _, _, body, prefixLen := strParts(t.Val)
	tsp := l.tokSpan(t.Pos)
	at := l.tok(t.Pos).Pos
	p := &fparser{l: l, tok: t, raw: raw, body: body,
		cur:   fcursor{body: body, line: int32(at.Line), col: int32(at.Column) + int32(prefixLen), off: at.Offset + prefixLen},
		endSp: Span{tsp.End, tsp.End}}
	parts, _ := p.parts(0, 0)
	if p.failed {
		return nil
	}
	return parts
}

func (p *fparser) fail(msg string) {
	if !p.failed {
		p.failed = true
		p.l.errorAt(prioParser, p.endSp, msg)
	}
}

// parts parses literal text and fields from body[i:] until the end, or
// (inside a format spec, level > 0) until an unmatched '}'.
func (p *fparser) parts(i, level int) ([]Expr, int) {
	var out []Expr
	var lit strings.Builder
	litStart := -1
	flush := func(end int) {
		if litStart < 0 {
			return
		}
		s := lit.String()
		if !p.raw {
			var msg string
			s, msg = decodeEscapes(s, false)
			if msg != "" {
				p.fail(msg)
			}
		}
		if s != "" {
			start, _ := p.cur.at(litStart)
			stop, _ := p.cur.at(end)
			out = append(out, &Constant{Span: Span{start, stop}, Value: s})
		}
		lit.Reset()
		litStart = -1
	}
	body := p.body
	for i < len(body) && !p.failed {
		c := body[i]
		if c == '\\' && !p.raw && i+1 < len(body) {
			if litStart < 0 {
				litStart = i
			}
			if body[i+1] == 'N' && i+2 < len(body) && body[i+2] == '{' {
				j := strings.IndexByte(body[i:], '}')
				if j < 0 {
					j = len(body) - i - 1
				}
				lit.WriteString(body[i : i+j+1])
				i += j + 1
				continue
			}
			lit.WriteString(body[i : i+2])
			i += 2
			continue
		}
		if c == '{' || c == '}' {
			if level == 0 && i+1 < len(body) && body[i+1] == c {
				if litStart < 0 {
					litStart = i
				}
				lit.WriteByte(c)
				i += 2
				continue
			}
			if c == '}' {
				if level == 0 {
					p.fail("f-string: single '}' is not allowed")
					return out, i
				}
				flush(i)
				return out, i
			}
			flush(i)
			var fv []Expr
			fv, i = p.field(i+1, level)
			out = append(out, fv...)
			continue
		}
		if litStart < 0 {
			litStart = i
		}
		lit.WriteByte(c)
		i++
	}
	flush(i)
	return out, i
}

// field parses one replacement field; i is just after its '{'.
func (p *fparser) field(i, level int) ([]Expr, int) {
	if level >= 2 {
		p.fail("f-string: expressions nested too deeply")
		return nil, len(p.body)
	}
	body := p.body
	start := i
	var stack []byte
	var quote string
	for ; i < len(body); i++ {
		c := body[i]
		if quote != "" {
			if strings.HasPrefix(body[i:], quote) {
				i += len(quote) - 1
				quote = ""
			}
			continue
		}
		if c == '\\' {
			p.fail("f-string expression part cannot include a backslash")
			return nil, len(body)
		}
		if c == '\'' || c == '"' {
			if i+2 < len(body) && body[i+1] == c && body[i+2] == c {
				quote = body[i : i+3]
				i += 2
			} else {
				quote = body[i : i+1]
			}
			continue
		}
		if c == '[' || c == '(' || c == '{' {
			stack = append(stack, c)
			continue
		}
		if c == '#' {
			p.fail("f-string expression part cannot include '#'")
			return nil, len(body)
		}
		if len(stack) == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>') {
			if i+1 < len(body) {
				n := body[i+1]
				if (c == '!' || c == '=' || c == '<' || c == '>') && n == '=' {
					i++
					continue
				}
			}
			if c == '<' || c == '>' {
				continue
			}
			break
		}
		if c == ']' || c == ')' || c == '}' {
			if len(stack) == 0 {
				p.fail("f-string: unmatched '" + string(c) + "'")
				return nil, len(body)
			}
			open := stack[len(stack)-1]
			if open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}' {
				p.fail("f-string: closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(open) + "'")
				return nil, len(body)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if quote != "" {
		p.fail("f-string: unterminated string")
		return nil, len(body)
	}
	if i >= len(body) {
		if len(stack) > 0 {
			p.fail("f-string: unmatched '" + string(stack[len(stack)-1]) + "'")
		} else {
			p.fail("f-string: expecting '}'")
		}
		return nil, len(body)
	}
	exprText := body[start:i]
	if strings.TrimSpace(exprText) == "" {
		p.fail("f-string: empty expression not allowed")
		return nil, len(body)
	}
	exprPos, exprOff := p.cur.at(start)
	x := p.l.subExpr(exprText, exprPos, exprOff)
	if x == nil {
		p.failed = true
		return nil, len(body)
	}
	var out []Expr
	fv := &FormattedValue{Value: x}
	debug := false
	if body[i] == '=' {
		i++
		for i < len(body) && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\f' || body[i] == '\r') {
			i++
		}
		debug = true
		sp, _ := p.cur.at(start)
		out = append(out, &Constant{Span: Span{sp, sp}, Value: body[start:i]})
	}
	if i < len(body) && body[i] == '!' {
		i++
		if i >= len(body) {
			p.fail("f-string: expecting '}'")
			return nil, len(body)
		}
		switch body[i] {
		case 's', 'r', 'a':
			fv.Conversion = rune(body[i])
		default:
			p.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
			return nil, len(body)
		}
		i++
	}
	if i < len(body) && body[i] == ':' {
		specStart, _ := p.cur.at(i + 1)
		var spec []Expr
		spec, i = p.parts(i+1, level+1)
		if p.failed {
			return nil, len(body)
		}
		end, _ := p.cur.at(i)
		fv.FormatSpec = &JoinedStr{Span: Span{specStart, end}, Values: spec}
	}
	if i >= len(body) || body[i] != '}' {
		p.fail("f-string: expecting '}'")
		return nil, len(body)
	}
	i++
	if debug && fv.Conversion == 0 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.Span = Span{x.GetSpan().Start, x.GetSpan().End}
	return append(out, fv), i
}

// subExpr tokenizes and parses the text of an f-string field located at
// pos/off in the file, and lowers it. Errors are recorded CPython-style:
// "f-string: ..." against the text "(expr)".
func (l *lowerer) subExpr(text string, at Pos, off int) Expr {
	ts := tokenizeSub(l.file, text, int(at.Line), at.Col)
	fail := func(e *SyntaxError) {
		if e.bare { // MemoryError: nothing to locate
			if l.errs[prioParser] == nil {
				l.errs[prioParser] = e
			}
			return
		}
		if e.Span.Start.Line == at.Line {
			shift := at.Col - 2
			e.Span.Start.Col -= shift
			if e.Span.End.Line == at.Line && e.Span.End.Col > 0 {
				e.Span.End.Col -= shift
			}
		}
		line := "(" + text + ")"
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		e.text = &line
		// CPython's tokenizer reports its nesting limit unprefixed
		if !strings.HasPrefix(e.Msg, "f-string") && e.Msg != "too many nested parentheses" {
			e.Msg = "f-string: " + e.Msg
		}
		if l.errs[prioParser] == nil {
			l.errs[prioParser] = e
		}
	}
	if ts.err != nil {
		fail(ts.err)
		return nil
	}
	var cst *cstSeq
	var yield *cstRHS // the group's other alternative: `f"{yield}"`
	var err error
	if len(ts.toks) > 0 && isYield(&ts.toks[0]) {
		yield, err = parseYieldField(ts, pegFString)
	} else {
		cst, err = parseSeq(ts, pegFString)
	}
	if err != nil {
		fail(diagnose(l.file, ts, err))
		return nil
	}
	saved := l.ts
	l.ts = ts
	defer func() { l.ts = saved }()
	if yield != nil {
		return l.yield(yield)
	}
	if it := cst.Items[0]; it.Star && len(cst.Items) == 1 && !cst.Trailing && len(cst.Comp) == 0 {
		// the group's rule, invalid_group, is a parser error
		fail(&SyntaxError{File: l.file, Span: l.span(it.Pos, it.EndPos), Kind: "SyntaxError", Msg: "cannot use starred expression here"})
		return nil
	}
	// a parser error found while lowering (say, "iterable unpacking
	// cannot be used in comprehension") is the field's too
	before := l.errs[prioParser]
	x := l.seq(cst, len(cst.Comp) > 0) // `{a for a in b}` is a generator expression
	if e := l.errs[prioParser]; before == nil && e != nil {
		l.errs[prioParser] = nil
		fail(e)
	}
	return x
}

// parseSeq parses a whole token stream as one expression list (an
// f-string field, or Eval mode input), allowing a final Newline. level is
// the modelled CPython parser depth at the start (see pegMaxStack).
func parseSeq(ts *tokenStream, level int) (*cstSeq, error) {
	pl := peeking(ts.toks)
	var cst cstSeq
	err := run(pl, canStartStarTest, func(p *xp) {
		p.level = level
		// CPython 3.11 parses a field as "(" + text + ")", a group
		cst = *p.starRetry(false, func() bool {
			t := p.peek()
			return t.EOF() || t.Type == tokNewline
		})
	})
	if err = atFieldEnd(pl, err); err != nil {
		return nil, err
	}
	return &cst, nil
}

// parseYieldField parses an f-string field that is a yield expression
// (a group's "(" yield_expr ")"), allowing a final Newline.
func parseYieldField(ts *tokenStream, level int) (*cstRHS, error) {
	pl := peeking(ts.toks)
	var r *cstRHS
	err := run(pl, isYield, func(p *xp) {
		p.level = level
		r = p.rhs()
	})
	if err = atFieldEnd(pl, err); err != nil {
		return nil, err
	}
	return r, nil
}

// atFieldEnd is the end of parseSeq and parseYieldField: the parser's
// error, else an error unless only a Newline is left.
func atFieldEnd(pl *lexer.PeekingLexer, err error) error {
	if err != nil {
		if err == participle.NextMatch {
			err = &participle.UnexpectedTokenError{Unexpected: *pl.Peek()}
		}
		return err
	}
	if t := pl.Peek(); t.Type == tokNewline {
		pl.Next()
	}
	if t := pl.Peek(); !t.EOF() {
		return &participle.UnexpectedTokenError{Unexpected: *t}
	}
	return nil
}
