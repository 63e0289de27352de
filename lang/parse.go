package lang

// This file defines Parse, the package entry point: source normalization,
// tokenizing, the participle parse, lowering, and the choice among
// competing errors in the order CPython reports them.

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Mode selects what Parse accepts.
type Mode int

const (
	// ModeFile parses a whole script (CPython's file input).
	ModeFile Mode = iota
	// ModeInteractive parses one REPL entry (a simple or compound statement).
	ModeInteractive
	// ModeEval parses a single expression (list); the Module's Body is one ExprStmt.
	ModeEval
)

// Warm builds the parser now (it is otherwise built on the first Parse).
// A command can call it on a goroutine at start-up so that the build
// overlaps with its other setup.
func Warm() { fileParser() }

var fileParser = sync.OnceValues(buildFileParser)

// buildFileParser builds participle's parser of the statement grammar.
func buildFileParser() (*participle.Parser[cstFile], error) {
	return participle.Build[cstFile](participle.Lexer(Lexer), participle.Union(stmtMembers...),
		participle.Union(suiteHeadMembers...), participle.Union(definitionMembers...))
}

// Parse parses src (named filename in errors and tracebacks). Errors are
// always *SyntaxError.
func Parse(filename string, src []byte, mode Mode) (*Module, error) {
	text := string(src)
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if mode == ModeEval {
		text = strings.TrimLeft(text, " \t")
	}
	file := NewFile(filename, []byte(text))
	ts := tokenize(file, text, 0, 1, 1)
	if ts.err != nil {
		addEOF(ts)
	}
	l := &lowerer{file: file, ts: ts}
	l.push(scopeModule, false)
	mod := &Module{File: file}
	var perr error
	if mode == ModeEval {
		var cst *cstSeq
		cst, perr = parseSeq(ts, pegEval)
		if perr == nil && ts.err == nil {
			x := l.seq(cst, false)
			mod.Body = []Stmt{&ExprStmt{Span: x.GetSpan(), X: x}}
		}
	} else if cst := parseFlat(ts); cst != nil {
		mod.Body = l.stmts(cst.Stmts)
	} else {
		var p *participle.Parser[cstFile]
		p, perr = fileParser()
		if perr != nil {
			return nil, perr // grammar bug: caught by tests
		}
		var cst *cstFile
		cst, perr = p.ParseFromLexer(peeking(ts.toks))
		if perr == nil && ts.err == nil {
			mod.Body = l.stmts(cst.Stmts)
		}
	}
	if perr != nil {
		return nil, chooseError(file, ts, perr)
	}
	if ts.err != nil {
		return nil, ts.err
	}
	if e := l.firstError(); e != nil {
		return nil, e
	}
	mod.HasTopLevelAwait = l.topAwait
	return mod, nil
}

// parseFlat parses, without participle, a file made only of simple
// statements (a single run of simple lines: no compound statement,
// decorator or indented block), as participle's parser would: the run is
// parsed by the same cstSimpleRun.Parse participle calls. It returns nil
// when the file is anything else (or the tokenizer failed); participle
// then parses it from the start. Building participle's parser (reflection
// over the grammar) costs more than the whole rest of a short script's
// start-up, and a flat script never needs it.
func parseFlat(ts *tokenStream) *cstFile {
	if ts.err != nil {
		return nil
	}
	lex := peeking(ts.toks)
	if lex.Peek().EOF() {
		return &cstFile{}
	}
	run := &cstSimpleRun{}
	if run.Parse(lex) != nil || !lex.Peek().EOF() {
		return nil
	}
	return &cstFile{Stmts: []cstStmt{run}}
}

// MayNeedParser reports whether parsing src may build participle's
// parser, that is whether src is possibly not flat (see parseFlat): it
// has a word that starts a compound statement, or an '@'. Words inside
// strings and comments count too, so the answer errs towards true. A
// command uses it to decide whether to Warm.
func MayNeedParser(src []byte) bool {
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '@':
			return true
		case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			j := i + 1
			for j < len(src) && (src[j] == '_' || 'a' <= src[j] && src[j] <= 'z' || 'A' <= src[j] && src[j] <= 'Z' || '0' <= src[j] && src[j] <= '9') {
				j++
			}
			if compoundKeywords[string(src[i:j])] {
				return true
			}
			i = j
			continue
		}
		i++
	}
	return false
}

// addEOF terminates a token stream cut short by a tokenizer error.
func addEOF(ts *tokenStream) {
	p := lexer.Position{Line: int(ts.err.Span.Start.Line), Column: int(ts.err.Span.Start.Col)}
	if n := len(ts.toks); n > 0 {
		last := ts.toks[n-1]
		p.Offset = last.Pos.Offset + len(last.Value)
		if e := ts.ends[n-1]; e.Line > int32(p.Line) || e.Line == int32(p.Line) && e.Col > int32(p.Column) {
			p.Line, p.Column = int(e.Line), int(e.Col)
		}
	}
	ts.toks = append(ts.toks, lexer.Token{Type: lexer.EOF, Pos: p})
	ts.ends = append(ts.ends, Pos{int32(p.Line), int32(p.Column)})
}

// chooseError picks between the parser's error and a tokenizer error, as
// CPython's _PyPegen_set_syntax_error does: a tokenizer error anywhere in
// the file wins, except over "unexpected indent"; an unclosed bracket wins
// when the parse failed on a later line or at the end of input.
func chooseError(file *File, ts *tokenStream, perr error) *SyntaxError {
	d := diagnose(file, ts, perr)
	if ts.err == nil {
		return d
	}
	if d.Kind == "IndentationError" && d.Msg == "unexpected indent" {
		return d
	}
	if d.Kind == pegMemoryError && ts.err.Span.Start.Line > d.Span.Start.Line {
		// CPython's parser stops there, before its tokenizer reaches the
		// later error
		return d
	}
	if ts.unclosedLine > 0 {
		var ute *participle.UnexpectedTokenError
		atEnd := errors.As(perr, &ute) && ute.Unexpected.EOF()
		if atEnd || ts.toks[failIndex(ts, perr)].Pos.Line > ts.unclosedLine {
			return ts.err
		}
		return d
	}
	return ts.err
}

// failIndex finds the index of the token a participle error points at.
func failIndex(ts *tokenStream, err error) int {
	var off int
	typ := lexer.TokenType(0)
	var ute *participle.UnexpectedTokenError
	var pe participle.Error
	switch {
	case errors.As(err, &ute):
		off, typ = ute.Unexpected.Pos.Offset, ute.Unexpected.Type
	case errors.As(err, &pe):
		off = pe.Position().Offset
	default:
		return len(ts.toks) - 1
	}
	first := -1
	for i, t := range ts.toks {
		if t.Pos.Offset == off {
			if first < 0 {
				first = i
			}
			if typ == 0 || t.Type == typ {
				return i
			}
		} else if t.Pos.Offset > off {
			break
		}
	}
	if first >= 0 {
		return first
	}
	return len(ts.toks) - 1
}

func tokSpanIn(ts *tokenStream, k int) Span {
	t := ts.toks[k]
	return Span{Pos{int32(t.Pos.Line), int32(t.Pos.Column)}, ts.ends[k]}
}

// tokSpan returns the span of token k (of the next real token when k is
// an indent or dedent).
func (l *lowerer) tokSpan(k tpos) Span {
	for int(k) < len(l.ts.toks)-1 && (l.ts.toks[k].Type == tokIndent || l.ts.toks[k].Type == tokDedent) {
		k++
	}
	if int(k) >= len(l.ts.toks) {
		return Span{l.at(k), l.at(k)}
	}
	return tokSpanIn(l.ts, int(k))
}

var blockNames = map[string]string{
	"if": "'if' statement", "elif": "'elif' statement", "else": "'else' statement",
	"while": "'while' statement", "for": "'for' statement", "try": "'try' statement",
	"except": "'except' statement", "finally": "'finally' statement", "with": "'with' statement",
	"def": "function definition", "class": "class definition",
}

// diagnose turns a participle error into CPython's message for the
// situation around the failing token (the second, "invalid_*" pass of
// CPython's parser, approximated on the token stream).
func diagnose(file *File, ts *tokenStream, err error) *SyntaxError {
	var xe *xpError
	if errors.As(err, &xe) {
		if xe.kind == pegMemoryError {
			return &SyntaxError{File: file, Span: tokSpanIn(ts, failIndex(ts, err)), Kind: pegMemoryError, bare: true}
		}
		return &SyntaxError{File: file, Span: xe.sp, Kind: "SyntaxError", Msg: xe.msg}
	}
	toks := ts.toks
	f := failIndex(ts, err)
	t := toks[f]
	sp := tokSpanIn(ts, f)
	mk := func(kind, msg string, sp Span) *SyntaxError {
		return &SyntaxError{File: file, Span: sp, Kind: kind, Msg: msg}
	}
	if t.Type == tokIndent {
		e := mk("IndentationError", "unexpected indent", sp)
		e.NoCaret = true
		return e
	}
	// Start of the logical line containing token i.
	lineStart := func(i int) int {
		for i > 0 {
			switch toks[i-1].Type {
			case tokNewline, tokIndent, tokDedent:
				return i
			}
			i--
		}
		return 0
	}
	header := func(i int) (string, int) { // block keyword of the line holding token i
		s := lineStart(i)
		k := toks[s]
		if k.Type == tokKeyword && k.Value == "async" && s+1 < len(toks) {
			k = toks[s+1]
			switch k.Value {
			case "def":
				return "function definition", s
			case "for", "with":
				return blockNames[k.Value], s // CPython names them without "async"
			}
			return "", s
		}
		if k.Type != tokKeyword {
			return "", s
		}
		if k.Value == "except" && s+1 < len(toks) && toks[s+1].Value == "*" {
			return "'except*' statement", s
		}
		return blockNames[k.Value], s
	}
	// A block header followed by a line that is not indented.
	if f >= 2 && toks[f-1].Type == tokNewline && toks[f-2].Type == tokOp && toks[f-2].Value == ":" {
		if name, s := header(f - 2); name != "" {
			e := mk("IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", name, toks[s].Pos.Line), Span{sp.Start, Pos{}})
			if t.EOF() || t.Type == tokDedent {
				e.incomplete = true
			}
			return e
		}
	}
	// A block header missing its colon.
	if name, s := header(f); name != "" && name != "'async def' statement" {
		kw := toks[s].Value
		if kw == "async" {
			kw = toks[s+1].Value
		}
		colonAt := t.Type == tokNewline
		switch kw {
		case "try", "finally", "else":
			colonAt = f == s+1 || kw == "else" && toks[s].Value == "else" && f == s+1
		case "def":
			// after the parameters: `def f(x) y:`, `def f(x) -> :`, `def f(x) -> int y:`
			if c := closingParen(toks, s); c >= 0 && f > c && (f == c+1 || toks[f-1].Value == "->" || endsExpr(toks[f-1])) {
				colonAt = true
				if toks[f-1].Value == "->" {
					sp = tokSpanIn(ts, f-1) // CPython points at the arrow
				}
				if t.Type != tokNewline && !t.EOF() {
					return mk("SyntaxError", "expected ':'", sp)
				}
			}
		}
		if colonAt && !hasColon(toks, s, f) {
			return mk("SyntaxError", "expected ':'", Span{sp.Start, Pos{}})
		}
	}
	// `print "x"`, `exec code`: CPython's invalid_legacy_expression (a
	// print or exec name starting an expression, followed by expressions
	// instead of a call).
	if f > 0 && toks[f-1].Type == tokName && (toks[f-1].Value == "print" || toks[f-1].Value == "exec") &&
		t.Value != "(" && startsExpr(t) && startsExpressionAt(toks, f-1) {
		if end, ok := starExpressionsEnd(ts, f); ok {
			name := toks[f-1].Value
			return mk("SyntaxError", fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name),
				Span{tokSpanIn(ts, f-1).Start, end})
		}
	}
	// Two expressions side by side inside brackets (but not two parameter
	// names of a def: CPython's hint is for expressions).
	if f > 0 && depthAt(toks, f)+ts.base > 0 && endsExpr(toks[f-1]) && startsExpr(t) && !afterParamName(toks, f) {
		if end, ok := exprEnd(ts, f); ok {
			start := disjunctionStart(toks, f-1)
			return mk("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", Span{tokSpanIn(ts, start).Start, end})
		}
	}
	if t.Type == tokNewline || t.EOF() || t.Type == tokDedent {
		sp.End = Pos{}
	}
	return mk("SyntaxError", "invalid syntax", sp)
}

// closingParen returns the index of the ")" closing the first "(" after
// token s, or -1.
func closingParen(toks []lexer.Token, s int) int {
	depth := 0
	for i := s; i < len(toks); i++ {
		if toks[i].Type != tokOp {
			continue
		}
		switch toks[i].Value {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// afterParamName reports whether token f follows a bare parameter name in
// a def's parameter list: `def f(a, b c)`.
func afterParamName(toks []lexer.Token, f int) bool {
	if f < 2 || toks[f-1].Type != tokName {
		return false
	}
	switch toks[f-2].Value {
	case "(", ",", "*", "**":
	default:
		return false
	}
	// the innermost open bracket must be the "(" after `def NAME`
	depth := 0
	for i := f - 1; i >= 0; i-- {
		if toks[i].Type != tokOp {
			continue
		}
		switch toks[i].Value {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			if depth > 0 {
				depth--
				continue
			}
			return toks[i].Value == "(" && i >= 2 && toks[i-1].Type == tokName && isKeyword(&toks[i-2], "def")
		}
	}
	return false
}

func hasColon(toks []lexer.Token, s, f int) bool {
	depth := 0
	for i := s; i < f; i++ {
		switch toks[i].Value {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case ":":
			if depth == 0 && toks[i].Type == tokOp {
				return true
			}
		}
	}
	return false
}

func depthAt(toks []lexer.Token, f int) int {
	depth := 0
	for i := 0; i < f; i++ {
		if toks[i].Type != tokOp {
			continue
		}
		switch toks[i].Value {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		}
	}
	return depth
}

func endsExpr(t lexer.Token) bool {
	switch t.Type {
	case tokName, tokNumber, tokString, tokFString:
		return true
	case tokKeyword:
		return t.Value == "None" || t.Value == "True" || t.Value == "False"
	case tokOp:
		return t.Value == ")" || t.Value == "]" || t.Value == "}" || t.Value == "..."
	}
	return false
}

func startsExpr(t lexer.Token) bool {
	switch t.Type {
	case tokName, tokNumber, tokString, tokFString:
		return true
	case tokKeyword:
		switch t.Value {
		case "None", "True", "False", "lambda", "not", "await":
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

// startsExpressionAt reports whether an expression can begin at token i:
// at the start of a statement, or after a token that an expression
// follows (an assignment, an opening bracket, a comma, a colon, return).
func startsExpressionAt(toks []lexer.Token, i int) bool {
	if i == 0 {
		return true
	}
	prev := toks[i-1]
	switch prev.Type {
	case tokNewline, tokIndent, tokDedent:
		return true
	case tokKeyword:
		return prev.Value == "return"
	case tokOp:
		switch prev.Value {
		case "==", "<=", ">=", "!=":
			return false
		case "(", "[", "{", ",", ";", ":":
			return true
		}
		return strings.HasSuffix(prev.Value, "=")
	}
	return false
}

// starExpressionsEnd parses comma-separated expressions (a trailing comma
// included) starting at token f and returns their end.
func starExpressionsEnd(ts *tokenStream, f int) (Pos, bool) {
	var end Pos
	for i := f; i < len(ts.toks); {
		pl := peeking(ts.toks[i:])
		if err := run(pl, canStartTest, func(p *xp) { p.test() }); err != nil {
			return Pos{}, false
		}
		n := pl.Cursor()
		if n == 0 {
			return Pos{}, false
		}
		i += n
		end = ts.ends[i-1]
		if i >= len(ts.toks) || ts.toks[i].Type != tokOp || ts.toks[i].Value != "," {
			break
		}
		end = ts.ends[i]
		i++
		if i >= len(ts.toks) || !startsExpr(ts.toks[i]) {
			break
		}
	}
	return end, true
}

// exprEnd parses an expression starting at token f and returns its end.
func exprEnd(ts *tokenStream, f int) (Pos, bool) {
	pl := peeking(ts.toks[f:])
	if err := run(pl, canStartTest, func(p *xp) { p.test() }); err != nil {
		return Pos{}, false
	}
	n := pl.Cursor()
	if n == 0 {
		return Pos{}, false
	}
	return ts.ends[f+n-1], true
}

// disjunctionStart walks back from token i (the end of an expression) to
// the first token of the operator expression it ends.
func disjunctionStart(toks []lexer.Token, i int) int {
	for {
		start := primaryStart(toks, i)
		for start > 0 && isPrefix(toks[start-1]) && !(start >= 2 && endsExpr(toks[start-2])) {
			start--
		}
		if start >= 2 && isBinaryOp(toks[start-1]) && endsExpr(toks[start-2]) {
			i = start - 2
			continue
		}
		if start >= 3 && (toks[start-1].Value == "in" || toks[start-1].Value == "not") &&
			(toks[start-2].Value == "not" || toks[start-2].Value == "is") && endsExpr(toks[start-3]) {
			i = start - 3
			continue
		}
		return start
	}
}

func isPrefix(t lexer.Token) bool {
	if t.Type == tokOp {
		return t.Value == "-" || t.Value == "+" || t.Value == "~"
	}
	return t.Type == tokKeyword && (t.Value == "not" || t.Value == "await")
}

// primaryStart walks back over an atom and its trailers ending at token i.
func primaryStart(toks []lexer.Token, i int) int {
	for {
		t := toks[i]
		s := i
		switch {
		case t.Type == tokOp && (t.Value == ")" || t.Value == "]" || t.Value == "}"):
			depth := 0
			for s = i; s > 0; s-- {
				if toks[s].Type != tokOp {
					continue
				}
				v := toks[s].Value
				if v == ")" || v == "]" || v == "}" {
					depth++
				} else if v == "(" || v == "[" || v == "{" {
					depth--
					if depth == 0 {
						break
					}
				}
			}
		case t.Type == tokString || t.Type == tokFString:
			for s > 0 && (toks[s-1].Type == tokString || toks[s-1].Type == tokFString) {
				s--
			}
		}
		if s > 0 && toks[s].Type == tokOp && (toks[s].Value == "(" || toks[s].Value == "[") && endsExpr(toks[s-1]) {
			i = s - 1
			continue
		}
		if s > 1 && toks[s-1].Type == tokOp && toks[s-1].Value == "." && endsExpr(toks[s-2]) {
			i = s - 2
			continue
		}
		return s
	}
}

func isBinaryOp(t lexer.Token) bool {
	if t.Type == tokKeyword {
		switch t.Value {
		case "and", "or", "in", "is", "not":
			return true
		}
		return false
	}
	if t.Type != tokOp {
		return false
	}
	_, ok := binPrec[t.Value]
	return ok
}
