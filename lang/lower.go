package lang

// This file defines lowering: the CST of grammar.go becomes the AST of
// ast.go. Operator tiers are folded here (Python precedence, comparison
// chains, right-associative **), literals are decoded, and the syntactic
// checks a grammar cannot express are made (assignment targets, argument
// order, 'return' outside function, ...), with CPython's messages.

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

type scopeKind int

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunc
	scopeLambda
	scopeComp
)

type scope struct {
	kind     scopeKind
	async    bool
	loops    int
	hasYield bool
	retVal   *Span  // first `return value`, for async generators
	comp     string // for scopeComp: "list comprehension", ...
}

// Error priorities: parser errors beat symbol-table errors, which beat
// compiler errors, as in CPython's pipeline.
const (
	prioParser = iota
	prioSymtable
	prioCompiler
	nPrio
)

type lowerer struct {
	file     *File
	ts       *tokenStream
	errs     [nPrio]*SyntaxError
	scopes   []*scope
	topAwait bool
	parens   map[Expr]bool
}

func (l *lowerer) errorAt(prio int, sp Span, msg string) {
	if l.errs[prio] == nil {
		l.errs[prio] = &SyntaxError{File: l.file, Span: sp, Kind: "SyntaxError", Msg: msg}
	}
}

func (l *lowerer) firstError() *SyntaxError {
	for _, e := range l.errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func (l *lowerer) cur() *scope { return l.scopes[len(l.scopes)-1] }

func (l *lowerer) push(kind scopeKind, async bool) *scope {
	s := &scope{kind: kind, async: async}
	l.scopes = append(l.scopes, s)
	return s
}

func (l *lowerer) pop() { l.scopes = l.scopes[:len(l.scopes)-1] }

// fnScope returns the innermost function or lambda scope, or nil.
func (l *lowerer) fnScope() *scope {
	for i := len(l.scopes) - 1; i >= 0; i-- {
		if k := l.scopes[i].kind; k == scopeFunc || k == scopeLambda {
			return l.scopes[i]
		}
	}
	return nil
}

// ---- positions ----

func pos(p lexer.Position) Pos { return Pos{Line: int32(p.Line), Col: int32(p.Column)} }

// tpos is the index of a token in the token stream being lowered
// (l.ts.toks): the hand-written parsers record positions this way, 4
// bytes instead of a 40-byte lexer.Position per field, which kept the
// parse tree of a 1 MB file at several hundred MB.
type tpos int32

// tokIndex returns the index of the first token at or after byte offset off.
func (l *lowerer) tokIndex(off int) int {
	toks := l.ts.toks
	return sort.Search(len(toks), func(i int) bool { return toks[i].Pos.Offset >= off })
}

// tp converts a position participle recorded in a struct-tag node.
func (l *lowerer) tp(p lexer.Position) tpos { return tpos(l.tokIndex(p.Offset)) }

// at returns the start of token k.
func (l *lowerer) at(k tpos) Pos { return pos(l.tok(k).Pos) }

// tok returns token k, or the last (EOF) token when k is past the end.
func (l *lowerer) tok(k tpos) *lexer.Token {
	if int(k) >= len(l.ts.toks) {
		return &l.ts.toks[len(l.ts.toks)-1]
	}
	return &l.ts.toks[k]
}

// endOf returns the end of the last real token before token k (a node's
// EndPos is the index of the token following it).
func (l *lowerer) endOf(e tpos) Pos {
	k := int(e) - 1
	if k >= len(l.ts.toks) {
		k = len(l.ts.toks) - 1
	}
	for k > 0 {
		switch l.ts.toks[k].Type {
		case tokNewline, tokIndent, tokDedent, lexer.EOF:
			k--
			continue
		}
		break
	}
	if k < 0 {
		return l.at(e)
	}
	return l.ts.ends[k]
}

func (l *lowerer) span(p, e tpos) Span { return Span{l.at(p), l.endOf(e)} }

// spanOf is span for the positions of a struct-tag node.
func (l *lowerer) spanOf(p, e lexer.Position) Span { return l.span(l.tp(p), l.tp(e)) }

// prevTok returns the token just before token k.
func (l *lowerer) prevTok(k tpos) tpos {
	for int(k) < len(l.ts.toks) && (l.ts.toks[k].Type == tokIndent || l.ts.toks[k].Type == tokDedent) {
		k++
	}
	if k > 0 {
		return k - 1
	}
	return 0
}

func join(a, b Span) Span { return Span{a.Start, b.End} }

// ---- statements ----

func (l *lowerer) stmts(cs []cstStmt) []Stmt {
	out := make([]Stmt, 0, len(cs))
	for _, c := range cs {
		out = l.stmt(c, out)
	}
	return out
}

func (l *lowerer) block(b *cstBlock) []Stmt {
	if b == nil {
		return nil
	}
	if b.Simple != nil {
		return l.simple(b.Simple, nil)
	}
	return l.stmts(b.Stmts)
}

func (l *lowerer) loopBody(b *cstBlock) []Stmt {
	s := l.cur()
	s.loops++
	body := l.block(b)
	s.loops--
	return body
}

func (l *lowerer) stmt(c cstStmt, out []Stmt) []Stmt {
	switch c := c.(type) {
	case *cstSimpleRun:
		return c.lower(l, out)
	case *cstIf:
		return append(out, l.ifStmt(l.spanOf(c.Pos, c.EndPos), c.First, c.Elifs, c.Else))
	case *cstWhile:
		return append(out, &While{Span: l.spanOf(c.Pos, c.EndPos), Test: l.test(c.Loop.Test), Body: l.loopBody(c.Loop.Body), Orelse: l.block(c.Else)})
	case *cstFor:
		return append(out, l.forStmt(c))
	case *cstTry:
		return append(out, l.tryStmt(l.spanOf(c.Pos, c.EndPos), c))
	case *cstSuite:
		sp := l.spanOf(c.Pos, c.EndPos)
		switch h := c.Head.(type) {
		case *cstWithHead:
			return append(out, l.withStmt(sp, h, c.Body))
		case *cstDefHead:
			return append(out, l.funcDef(sp, h, c.Body, nil))
		case *cstClassHead:
			return append(out, l.classDef(sp, h, c.Body, nil))
		}
	case *cstDecorated:
		decos := make([]Expr, len(c.Decorators))
		for i, x := range c.Decorators {
			decos[i] = l.test(x)
		}
		// the definition's span starts at its keyword, after the decorators
		switch h := c.Head.(type) {
		case *cstDefHead:
			return append(out, l.funcDef(l.span(h.Pos, l.tp(c.EndPos)), h, c.Body, decos))
		case *cstClassHead:
			return append(out, l.classDef(l.span(h.Pos, l.tp(c.EndPos)), h, c.Body, decos))
		}
	}
	return out
}

// checkAsync validates an await / async for / async with placement.
func (l *lowerer) checkAsync(sp Span, msg string) {
	f := l.fnScope()
	if f == nil {
		l.topAwait = true
		return
	}
	if !f.async || f.kind == scopeLambda {
		l.errorAt(prioCompiler, sp, msg)
	}
}

func (l *lowerer) ifStmt(sp Span, c *cstCond, elifs []*cstCond, els *cstBlock) *If {
	n := &If{Span: sp, Test: l.test(c.Test), Body: l.block(c.Body)}
	if len(elifs) > 0 {
		e := elifs[0]
		kw := l.prevTok(l.tp(e.Pos)) // an elif's If starts at the keyword
		n.Orelse = []Stmt{l.ifStmt(Span{l.at(kw), sp.End}, e, elifs[1:], els)}
	} else {
		n.Orelse = l.block(els)
	}
	return n
}

func (l *lowerer) forStmt(f *cstFor) *For {
	n := &For{Span: l.spanOf(f.Pos, f.EndPos), IsAsync: f.Head.Async}
	if n.IsAsync {
		l.checkAsync(n.Span, "'async for' outside async function")
	}
	n.Target = l.targets(f.Head.Target)
	l.checkTarget(n.Target, "assign", false)
	n.Iter = l.seq(f.Head.Iter, false)
	n.Body = l.loopBody(f.Body)
	n.Orelse = l.block(f.Else)
	return n
}

func (l *lowerer) tryStmt(sp Span, t *cstTry) *Try {
	n := &Try{Span: sp, Body: l.block(t.Body)}
	for i, hc := range t.Handlers {
		hsp := l.spanOf(hc.Pos, hc.EndPos)
		h := hc.Head
		if h == nil {
			h = &cstExceptHead{}
		}
		if i == 0 {
			n.IsStar = h.Star
		} else if h.Star != n.IsStar {
			l.errorAt(prioParser, hsp, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		eh := &ExceptHandler{Span: hsp, Name: h.Name}
		if h.Type != nil {
			eh.Type = l.test(h.Type)
			if len(h.More) > 0 {
				last := l.test(h.More[len(h.More)-1])
				l.errorAt(prioParser, join(eh.Type.GetSpan(), last.GetSpan()), "multiple exception types must be parenthesized")
			}
		} else if h.Star {
			l.errorAt(prioParser, hsp, "expected one or more exception types")
		}
		if h.Type == nil && i < len(t.Handlers)-1 {
			l.errorAt(prioCompiler, hsp, "default 'except:' must be last")
		}
		eh.Body = l.block(hc.Body)
		n.Handlers = append(n.Handlers, eh)
	}
	n.Orelse = l.block(t.Else)
	n.Finalbody = l.block(t.Finally)
	if len(n.Handlers) == 0 && t.Finally == nil {
		end := n.Body[len(n.Body)-1].GetSpan().End
		if l.errs[prioParser] == nil {
			l.errs[prioParser] = &SyntaxError{File: l.file, Span: Span{Start: Pos{end.Line, 0}}, Kind: "SyntaxError",
				Msg: "expected 'except' or 'finally' block", NoCaret: true}
		}
	}
	return n
}

func (l *lowerer) withStmt(sp Span, w *cstWithHead, body *cstBlock) *With {
	n := &With{Span: sp, IsAsync: w.Async}
	if n.IsAsync {
		l.checkAsync(n.Span, "'async with' outside async function")
	}
	// `with (a as b, c as d):` parses as one parenthesized item.
	if len(w.Items) == 1 && w.Items[0].As == nil {
		if it := w.Items[0].X; it.Or != nil && it.IfTest == nil && it.Walrus == "" && len(it.Or.Tail) == 0 {
			op := it.Or.Head
			if len(op.Prefix) == 0 && !op.Await && len(op.Trailers) == 0 && op.Atom.Paren && op.Atom.PYield != nil &&
				!op.Atom.PYield.Yield && op.Atom.PYield.List != nil && len(op.Atom.PYield.List.Comp) == 0 && hasAs(op.Atom.PYield.List) {
				for _, st := range op.Atom.PYield.List.Items {
					x := l.test(st.X)
					item := &WithItem{Span: l.span(st.Pos, st.EndPos), ContextExpr: x}
					if st.As != nil {
						item.OptionalVars = l.target(st.As)
						l.checkTarget(item.OptionalVars, "assign", false)
					}
					n.Items = append(n.Items, item)
				}
				n.Body = l.block(body)
				return n
			}
		}
	}
	for _, it := range w.Items {
		item := &WithItem{Span: l.span(it.Pos, it.EndPos), ContextExpr: l.test(it.X)}
		if it.As != nil {
			item.OptionalVars = l.target(it.As)
			l.checkTarget(item.OptionalVars, "assign", false)
		}
		n.Items = append(n.Items, item)
	}
	n.Body = l.block(body)
	return n
}

func hasAs(s *cstSeq) bool {
	for _, it := range s.Items {
		if it.As != nil {
			return true
		}
	}
	return false
}

func (l *lowerer) funcDef(sp Span, d *cstDefHead, body *cstBlock, decos []Expr) *FunctionDef {
	async := d.Async
	n := &FunctionDef{Span: sp, Name: d.Name, Decorators: decos, IsAsync: async}
	n.Args = l.params(d.Params)
	if d.Returns != nil {
		n.Returns = l.test(d.Returns)
	}
	s := l.push(scopeFunc, async)
	n.Body = l.block(body)
	l.pop()
	if async && s.hasYield && s.retVal != nil {
		l.errorAt(prioSymtable, *s.retVal, "'return' with value in async generator")
	}
	n.Docstring = docstring(n.Body)
	return n
}

func (l *lowerer) classDef(sp Span, h *cstClassHead, body *cstBlock, decos []Expr) *ClassDef {
	n := &ClassDef{Span: sp, Name: h.Name, Decorators: decos}
	if h.Args != nil {
		call := l.call(nil, h.Args, Span{})
		n.Bases, n.Keywords = call.Args, call.Keywords
	}
	l.push(scopeClass, false)
	n.Body = l.block(body)
	l.pop()
	n.Docstring = docstring(n.Body)
	return n
}

func docstring(body []Stmt) *string {
	if len(body) == 0 {
		return nil
	}
	if es, ok := body[0].(*ExprStmt); ok {
		if c, ok := es.X.(*Constant); ok {
			if s, ok := c.Value.(string); ok {
				return &s
			}
		}
	}
	return nil
}

func (l *lowerer) params(ps *cstParams) *Arguments {
	a := &Arguments{}
	if ps == nil {
		return a
	}
	items := make([]paramItem, len(ps.Items))
	for i, p := range ps.Items {
		it := paramItem{sp: l.span(p.Pos, p.EndPos), kw: p.KwName, star: p.Star, varName: p.VarName, name: p.Name, slash: p.Slash}
		if p.Ann != nil {
			it.ann = l.test(p.Ann)
		}
		if p.Default != nil {
			it.def = l.test(p.Default)
		}
		items[i] = it
	}
	l.buildArgs(a, items)
	return a
}

type paramItem struct {
	sp                Span
	kw, varName, name string
	star, slash       bool
	ann, def          Expr
}

func (l *lowerer) buildArgs(a *Arguments, items []paramItem) {
	seenStar, seenDefault := false, false
	names := map[string]bool{}
	dup := func(name string, sp Span) {
		if names[name] {
			l.errorAt(prioSymtable, sp, fmt.Sprintf("duplicate argument '%s' in function definition", name))
		}
		names[name] = true
	}
	for i, it := range items {
		if a.Kwarg != nil {
			l.errorAt(prioParser, it.sp, "arguments cannot follow var-keyword argument")
			return
		}
		switch {
		case it.slash:
			if seenStar || i == 0 {
				l.errorAt(prioParser, it.sp, "invalid syntax")
			}
			// positional-only marker: the subset treats those as ordinary parameters.
		case it.kw != "":
			if it.def != nil {
				l.errorAt(prioParser, it.def.GetSpan(), "var-keyword argument cannot have default value")
			}
			dup(it.kw, it.sp)
			a.Kwarg = &Arg{Span: it.sp, Name: it.kw, Annotation: it.ann}
		case it.star:
			if seenStar {
				l.errorAt(prioParser, it.sp, "* argument may appear only once")
			}
			if it.def != nil {
				l.errorAt(prioParser, it.def.GetSpan(), "var-positional argument cannot have default value")
			}
			seenStar = true
			if it.varName != "" {
				dup(it.varName, it.sp)
				a.Vararg = &Arg{Span: it.sp, Name: it.varName, Annotation: it.ann}
			} else {
				if i == len(items)-1 || items[i+1].kw != "" {
					l.errorAt(prioParser, it.sp, "named arguments must follow bare *")
				}
			}
		default:
			dup(it.name, it.sp)
			arg := &Arg{Span: it.sp, Name: it.name, Annotation: it.ann}
			if seenStar {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, it.def)
			} else {
				if it.def != nil {
					seenDefault = true
					a.Defaults = append(a.Defaults, it.def)
				} else if seenDefault {
					l.errorAt(prioParser, Span{it.sp.Start, Pos{it.sp.Start.Line, it.sp.Start.Col + 1}}, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
			}
		}
	}
}

func (l *lowerer) simple(s *cstSimple, out []Stmt) []Stmt {
	for _, c := range s.Stmts {
		out = append(out, l.small(c))
	}
	return out
}

func (l *lowerer) small(c *cstSmall) Stmt {
	sp := l.span(c.Pos, c.EndPos)
	if c.Expr != nil {
		return l.exprStmt(sp, c.Expr)
	}
	switch {
	case c.Pass:
		return &Pass{Span: sp}
	case c.Break:
		if l.cur().loops == 0 {
			l.errorAt(prioCompiler, sp, "'break' outside loop")
		}
		return &Break{Span: sp}
	case c.Continue:
		if l.cur().loops == 0 {
			l.errorAt(prioCompiler, sp, "'continue' not properly in loop")
		}
		return &Continue{Span: sp}
	case c.Return:
		n := &Return{Span: sp}
		if c.RetVal != nil {
			n.Value = l.seq(c.RetVal, false)
		}
		if k := l.cur().kind; k != scopeFunc {
			l.errorAt(prioCompiler, sp, "'return' outside function")
		} else if n.Value != nil && l.cur().retVal == nil {
			l.cur().retVal = &sp
		}
		return n
	case c.Raise:
		n := &Raise{Span: sp}
		if c.RaiseExc != nil {
			n.Exc = l.test(c.RaiseExc)
		}
		if c.RaiseFrom != nil {
			n.Cause = l.test(c.RaiseFrom)
		}
		return n
	case c.Global != nil:
		return &Global{Span: sp, Names: c.Global}
	case c.Nonlocal != nil:
		if l.cur().kind == scopeModule {
			l.errorAt(prioSymtable, sp, "nonlocal declaration not allowed at module level")
		}
		return &Nonlocal{Span: sp, Names: c.Nonlocal}
	case c.DelExprs != nil:
		// only an invalid target can have parsed here
		x := l.seq(c.DelExprs, false)
		l.checkTarget(x, "delete", false)
		return &Delete{Span: sp, Targets: []Expr{x}}
	case c.Del != nil:
		n := &Delete{Span: sp}
		for _, t := range c.Del.Items {
			x := l.target(t)
			l.checkTarget(x, "delete", false)
			n.Targets = append(n.Targets, x)
		}
		return n
	case c.Assert != nil:
		n := &Assert{Span: sp, Test: l.test(c.Assert)}
		if c.AssertMsg != nil {
			n.Msg = l.test(c.AssertMsg)
		}
		return n
	case c.Import != nil:
		n := &Import{Span: sp}
		for _, d := range c.Import {
			n.Names = append(n.Names, &Alias{Span: l.span(d.Pos, d.EndPos), Name: strings.Join(d.Name, "."), AsName: d.As})
		}
		return n
	default: // c.From != nil
		f := c.From
		n := &ImportFrom{Span: sp, Module: strings.Join(f.Dots, "") + strings.Join(f.Module, ".")}
		if n.Module == "" {
			l.errorAt(prioParser, sp, "invalid syntax")
		}
		if f.Star {
			n.Names = []*Alias{{Span: sp, Name: "*"}}
		}
		for _, d := range append(f.Paren, f.Names...) {
			if len(d.Name) > 1 {
				l.errorAt(prioParser, l.span(d.Pos, d.EndPos), "invalid syntax")
			}
			n.Names = append(n.Names, &Alias{Span: l.span(d.Pos, d.EndPos), Name: strings.Join(d.Name, "."), AsName: d.As})
		}
		return n
	}
}

var augOps = map[string]string{"+=": "+", "-=": "-", "*=": "*", "/=": "/", "//=": "//", "%=": "%",
	"**=": "**", ">>=": ">>", "<<=": "<<", "&=": "&", "^=": "^", "|=": "|", "@=": "@"}

func (l *lowerer) exprStmt(sp Span, e *cstExprStmt) Stmt {
	first := l.rhs(e.First)
	switch {
	case e.AugOp != "":
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			l.errorAt(prioParser, first.GetSpan(), fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(first)))
		}
		return &AugAssign{Span: sp, Target: first, Op: augOps[e.AugOp], Value: l.rhs(e.AugVal)}
	case e.Ann != nil:
		n := &AnnAssign{Span: sp, Target: first, Annotation: l.test(e.Ann)}
		switch t := first.(type) {
		case *Name:
			n.Simple = !l.parens[t]
		case *Attribute, *Subscript:
		case *Tuple:
			l.errorAt(prioParser, first.GetSpan(), "only single target (not tuple) can be annotated")
		case *List:
			l.errorAt(prioParser, first.GetSpan(), "only single target (not list) can be annotated")
		default:
			l.errorAt(prioParser, first.GetSpan(), "illegal target for annotation")
		}
		if e.AnnVal != nil {
			n.Value = l.rhs(e.AnnVal)
		}
		return n
	case len(e.Assigns) > 0:
		n := &Assign{Span: sp}
		n.Targets = append(n.Targets, first)
		for _, r := range e.Assigns[:len(e.Assigns)-1] {
			n.Targets = append(n.Targets, l.rhs(r))
		}
		n.Value = l.rhs(e.Assigns[len(e.Assigns)-1])
		for i, t := range n.Targets {
			l.checkTarget(t, "assign", i == 0 && len(n.Targets) == 1)
		}
		return n
	}
	if t, ok := first.(*Starred); ok {
		l.errorAt(prioCompiler, t.Span, "can't use starred expression here")
	}
	return &ExprStmt{Span: sp, X: first}
}

// exprName is CPython's _PyPegen_get_expr_name.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	}
	return "expression"
}

// checkTarget validates an assignment (kind "assign") or deletion target.
// hint adds CPython's "here. Maybe you meant '=='" suffix (a single `=`
// whose left side is an operand-level expression).
func (l *lowerer) checkTarget(e Expr, kind string, hint bool) {
	l.checkTargetIn(e, kind, hint, false)
}

func (l *lowerer) checkTargetIn(e Expr, kind string, hint, inSeq bool) {
	switch t := e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Tuple, *List:
		var elts []Expr
		if tt, ok := t.(*Tuple); ok {
			elts = tt.Elts
		} else {
			elts = t.(*List).Elts
		}
		stars := 0
		for _, x := range elts {
			if _, ok := x.(*Starred); ok {
				stars++
				if stars == 2 && kind == "assign" {
					l.errorAt(prioCompiler, e.GetSpan(), "multiple starred expressions in assignment")
				}
			}
			l.checkTargetIn(x, kind, false, true)
		}
		return
	case *Starred:
		if kind == "delete" {
			l.errorAt(prioParser, t.Span, "cannot delete starred")
			return
		}
		if !inSeq {
			l.errorAt(prioCompiler, t.Span, "starred assignment target must be in a list or tuple")
		}
		l.checkTargetIn(t.Value, kind, false, false)
		return
	}
	verb := "assign to"
	if kind == "delete" {
		verb = "delete"
	}
	msg := fmt.Sprintf("cannot %s %s", verb, exprName(e))
	if hint && kind == "assign" && isOperandLevel(e) {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	l.errorAt(prioParser, e.GetSpan(), msg)
}

func isOperandLevel(e Expr) bool {
	switch t := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *GeneratorExp, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return t.Op != "not"
	case *Constant:
		switch t.Value.(type) {
		case nil, bool:
			return false
		}
	}
	return true
}

// ---- expressions ----

func (l *lowerer) rhs(r *cstRHS) Expr {
	if r.Yield {
		return l.yield(r)
	}
	return l.seq(r.List, false)
}

func (l *lowerer) yield(r *cstRHS) Expr {
	sp := l.span(r.Pos, r.EndPos)
	f := l.fnScope()
	if c := l.cur(); c.kind == scopeComp {
		l.errorAt(prioSymtable, sp, "'yield' inside "+c.comp)
	} else if f == nil || l.cur().kind == scopeClass {
		l.errorAt(prioCompiler, sp, "'yield' outside function")
	} else {
		f.hasYield = true
	}
	if r.YieldFrom != nil {
		if f != nil && f.async {
			l.errorAt(prioCompiler, sp, "'yield from' inside async function")
		}
		return &YieldFrom{Span: sp, Value: l.test(r.YieldFrom)}
	}
	n := &Yield{Span: sp}
	if r.YieldVal != nil {
		n.Value = l.seq(r.YieldVal, false)
	}
	return n
}

// seq lowers an expression list: one item without a trailing comma is
// that item, otherwise a tuple. paren marks a parenthesized list (and
// allows a generator expression).
func (l *lowerer) seq(s *cstSeq, paren bool) Expr {
	sp := l.span(s.Pos, s.EndPos)
	for _, it := range s.Items {
		if it.As != nil {
			l.errorAt(prioParser, l.tokSpan(l.prevTok(it.As.Pos)), "invalid syntax")
		}
	}
	if len(s.Comp) > 0 {
		if !paren {
			l.errorAt(prioParser, l.tokSpan(s.Comp[0].Pos), "invalid syntax")
		}
		l.push(scopeComp, false).comp = "generator expression"
		defer l.pop()
		elt := l.compElt(s)
		return &GeneratorExp{Span: sp, Elt: elt, Generators: l.comps(s.Comp, elt)}
	}
	if len(s.Items) == 1 && !s.Trailing {
		return l.starTest(s.Items[0])
	}
	t := &Tuple{Span: sp, Elts: make([]Expr, len(s.Items)), Parenthesized: paren}
	for i, it := range s.Items {
		t.Elts[i] = l.starTest(it)
	}
	return t
}

func (l *lowerer) compElt(s *cstSeq) Expr {
	if len(s.Items) > 1 || s.Trailing {
		first, last := s.Items[0], s.Items[len(s.Items)-1]
		l.errorAt(prioParser, Span{l.at(first.Pos), l.endOf(last.EndPos)}, "did you forget parentheses around the comprehension target?")
	}
	if s.Items[0].Star {
		l.errorAt(prioParser, l.span(s.Items[0].Pos, s.Items[0].EndPos), "iterable unpacking cannot be used in comprehension")
	}
	return l.test(s.Items[0].X)
}

func (l *lowerer) starTest(it *cstStarTest) Expr {
	x := l.test(it.X)
	if it.Star {
		return &Starred{Span: l.span(it.Pos, it.EndPos), Value: x}
	}
	return x
}

func (l *lowerer) comps(cs []*cstCompFor, elt Expr) []*Comprehension {
	out := make([]*Comprehension, len(cs))
	for i, c := range cs {
		n := &Comprehension{Span: l.span(c.Pos, c.EndPos), IsAsync: c.Async}
		n.Target = l.targets(c.Target)
		l.checkTarget(n.Target, "assign", false)
		n.Iter = l.or(c.Iter)
		for _, x := range c.Ifs {
			n.Ifs = append(n.Ifs, l.or(x))
		}
		if c.Async {
			f := l.fnScope()
			if f == nil {
				l.topAwait = true
			} else if !f.async {
				l.errorAt(prioCompiler, n.Span, "asynchronous comprehension outside of an asynchronous function")
			}
		}
		out[i] = n
	}
	return out
}

func (l *lowerer) targets(t *cstTargets) Expr {
	if len(t.Items) == 1 && !t.Trailing {
		return l.target(t.Items[0])
	}
	tu := &Tuple{Span: l.span(t.Pos, t.EndPos), Elts: make([]Expr, len(t.Items))}
	for i, x := range t.Items {
		tu.Elts[i] = l.target(x)
	}
	return tu
}

func (l *lowerer) target(t *cstTarget) Expr {
	x := l.operand(t.X)
	if t.Star {
		return &Starred{Span: l.span(t.Pos, t.EndPos), Value: x}
	}
	return x
}

func (l *lowerer) test(t *cstTest) Expr {
	sp := l.span(t.Pos, t.EndPos)
	if t.Lambda != nil {
		n := &Lambda{Span: sp, Args: l.params(t.Lambda.Params)}
		l.push(scopeLambda, false)
		n.Body = l.test(t.Lambda.Body)
		l.pop()
		return n
	}
	x := l.or(t.Or)
	if t.IfTest != nil {
		x = &IfExp{Span: Span{x.GetSpan().Start, sp.End}, Body: x, Test: l.or(t.IfTest), Orelse: l.test(t.Else)}
	}
	if t.Walrus != "" {
		st := l.at(t.Pos)
		name := &Name{Span: Span{st, Pos{st.Line, st.Col + int32(len([]rune(t.Walrus)))}}, Id: t.Walrus}
		return &NamedExpr{Span: sp, Target: name, Value: x}
	}
	return x
}

// Binary operator precedence (higher binds tighter); `not` is 3 and the
// unary arithmetic operators 11, between * and **.
var binPrec = map[string]int{
	"or": 1, "and": 2,
	"in": 4, "notin": 4, "is": 4, "isnot": 4, "<": 4, "<=": 4, ">": 4, ">=": 4, "==": 4, "!=": 4,
	"|": 5, "^": 6, "&": 7, "<<": 8, ">>": 8, "+": 9, "-": 9,
	"*": 10, "/": 10, "//": 10, "%": 10, "@": 10, "**": 12,
}

const (
	precNot   = 3
	precCmp   = 4
	precUnary = 11
	precPow   = 12
)

type flat struct {
	ops  []*cstOperand
	bins []*cstBinary
	k, p int // next operand, next prefix within it
}

func (l *lowerer) or(o *cstOr) Expr {
	if len(o.Tail) == 0 && len(o.Head.Prefix) == 0 {
		return l.operand(o.Head)
	}
	f := &flat{ops: make([]*cstOperand, 0, len(o.Tail)+1), bins: o.Tail}
	f.ops = append(f.ops, o.Head)
	for _, b := range o.Tail {
		f.ops = append(f.ops, b.X)
	}
	x, _ := l.climb(f, 0)
	return x
}

func cmpOp(op string) string {
	switch op {
	case "notin":
		return "not in"
	case "isnot":
		return "is not"
	}
	return op
}

// climb parses operators of precedence min and above by precedence
// climbing. Besides the node it returns the node's outer span: a
// parenthesized operand's own node spans only what is inside the
// parentheses (as in CPython's AST), but an operator node built on it
// starts or ends at the parenthesis, so `(y+z)%j` spans from "(" and its
// traceback anchors its operator correctly.
func (l *lowerer) climb(f *flat, min int) (Expr, Span) {
	left, outer := l.nud(f, min)
	for f.k-1 < len(f.bins) {
		b := f.bins[f.k-1]
		prec := binPrec[b.Op]
		if prec < min {
			break
		}
		var last Span
		switch {
		case prec == precCmp:
			c := &Compare{Left: left}
			for f.k-1 < len(f.bins) && binPrec[f.bins[f.k-1].Op] == precCmp {
				c.Ops = append(c.Ops, cmpOp(f.bins[f.k-1].Op))
				var x Expr
				x, last = l.climb(f, precCmp+1)
				c.Comparators = append(c.Comparators, x)
			}
			left = c
		case b.Op == "or" || b.Op == "and":
			bo := &BoolOp{Op: b.Op, Values: []Expr{left}}
			for f.k-1 < len(f.bins) && f.bins[f.k-1].Op == b.Op {
				var x Expr
				x, last = l.climb(f, prec+1)
				bo.Values = append(bo.Values, x)
			}
			left = bo
		default:
			rprec := prec + 1
			if b.Op == "**" {
				rprec = precPow
			}
			var right Expr
			right, last = l.climb(f, rprec)
			left = &BinOp{Left: left, Op: b.Op, Right: right}
		}
		outer = join(outer, last)
		setSpan(left, outer)
	}
	return left, outer
}

// setSpan sets the span of a node climb built.
func setSpan(x Expr, sp Span) {
	switch n := x.(type) {
	case *Compare:
		n.Span = sp
	case *BoolOp:
		n.Span = sp
	case *BinOp:
		n.Span = sp
	}
}

// nud consumes the next operand (or one of its prefix operators) and
// returns it with its outer span (see climb).
func (l *lowerer) nud(f *flat, min int) (Expr, Span) {
	op := f.ops[f.k]
	if f.p < len(op.Prefix) {
		pre := op.Prefix[f.p]
		f.p++
		start := l.at(pre.Pos)
		if pre.Op == "not" {
			if min > precNot && !(f.p >= 2 && op.Prefix[f.p-2].Op == "not") {
				l.errorAt(prioParser, Span{start, Pos{start.Line, start.Col + 3}}, "invalid syntax")
			}
			x, xo := l.climb(f, precCmp)
			sp := Span{start, xo.End}
			return &UnaryOp{Span: sp, Op: "not", Operand: x}, sp
		}
		x, xo := l.climb(f, precPow)
		sp := Span{start, xo.End}
		return &UnaryOp{Span: sp, Op: pre.Op, Operand: x}, sp
	}
	f.p = 0
	f.k++
	// a bare operand: its prefixes were consumed above
	save := op.Prefix
	op.Prefix = nil
	x := l.operand(op)
	op.Prefix = save
	outer := x.GetSpan()
	if op.Atom.Paren && len(op.Trailers) == 0 && !op.Await {
		outer = l.span(op.Atom.Pos, op.Atom.EndPos)
	}
	return x, outer
}

func (l *lowerer) operand(o *cstOperand) Expr {
	if len(o.Prefix) > 0 {
		f := &flat{ops: []*cstOperand{o}}
		x, _ := l.climb(f, 0)
		return x
	}
	x := l.atom(o.Atom)
	start := x.GetSpan().Start
	if o.Atom.Paren {
		start = l.at(o.Atom.Pos)
	}
	for _, t := range o.Trailers {
		sp := Span{start, l.endOf(t.EndPos)}
		switch {
		case t.Call:
			x = l.call(x, t.Args, sp)
		case t.Index:
			x = &Subscript{Span: sp, Value: x, Slice: l.subs(t.Subs)}
		default:
			x = &Attribute{Span: sp, Value: x, Attr: t.Attr}
		}
	}
	if o.Await {
		sp := l.span(o.Pos, o.EndPos)
		l.checkAsync(sp, "'await' outside async function")
		x = &Await{Span: sp, Value: x}
	}
	return x
}

func (l *lowerer) call(fn Expr, args *cstArgs, sp Span) *Call {
	n := &Call{Span: sp, Func: fn}
	if args == nil {
		return n
	}
	seenKw, seenDStar := false, false
	kwNames := map[string]bool{}
	for _, a := range args.Items {
		asp := l.span(a.Pos, a.EndPos)
		one := Span{asp.Start, Pos{}}
		switch {
		case a.DStar != nil:
			seenDStar = true
			n.Keywords = append(n.Keywords, &Keyword{Span: asp, Value: l.test(a.DStar)})
		case a.Star != nil:
			if seenDStar {
				l.errorAt(prioParser, one, "iterable argument unpacking follows keyword argument unpacking")
			}
			n.Args = append(n.Args, &Starred{Span: asp, Value: l.test(a.Star)})
		case a.Kw != "":
			seenKw = true
			if kwNames[a.Kw] {
				l.errorAt(prioCompiler, asp, "keyword argument repeated: "+a.Kw)
			}
			kwNames[a.Kw] = true
			x := l.test(a.X)
			if len(a.Comp) > 0 {
				l.errorAt(prioParser, asp, "invalid syntax")
			}
			n.Keywords = append(n.Keywords, &Keyword{Span: asp, Arg: a.Kw, Value: x})
		default:
			if len(a.Comp) > 0 {
				l.push(scopeComp, false).comp = "generator expression"
			}
			x := l.test(a.X)
			if len(a.Comp) > 0 {
				gsp := Span{x.GetSpan().Start, l.endOf(a.EndPos)}
				if len(args.Items) > 1 || args.Trailing {
					l.errorAt(prioParser, gsp, "Generator expression must be parenthesized")
				}
				x = &GeneratorExp{Span: gsp, Elt: x, Generators: l.comps(a.Comp, x)}
				l.pop()
			}
			after := Span{asp.End, Pos{}}
			if seenDStar {
				l.errorAt(prioParser, after, "positional argument follows keyword argument unpacking")
			} else if seenKw {
				l.errorAt(prioParser, after, "positional argument follows keyword argument")
			}
			n.Args = append(n.Args, x)
		}
	}
	return n
}

func (l *lowerer) subs(s *cstSubs) Expr {
	if len(s.Items) == 1 && !s.Trailing && !s.Items[0].Star {
		return l.sub(s.Items[0])
	}
	// a[*b] is a[(*b,)] (PEP 646, Python 3.11)
	t := &Tuple{Span: l.span(s.Items[0].Pos, s.Items[len(s.Items)-1].EndPos), Elts: make([]Expr, len(s.Items))}
	for i, x := range s.Items {
		t.Elts[i] = l.sub(x)
	}
	return t
}

func (l *lowerer) sub(s *cstSub) Expr {
	sp := l.span(s.Pos, s.EndPos)
	opt := func(t *cstTest) Expr {
		if t == nil {
			return nil
		}
		return l.test(t)
	}
	if s.LColon {
		return &Slice{Span: sp, Upper: opt(s.LUpper), Step: opt(s.LStep)}
	}
	lower := l.test(s.Lower)
	if s.Star {
		if s.Colon {
			l.errorAt(prioParser, sp, "invalid syntax")
		}
		return &Starred{Span: sp, Value: lower}
	}
	if !s.Colon {
		return lower
	}
	return &Slice{Span: sp, Lower: lower, Upper: opt(s.Upper), Step: opt(s.Step)}
}

func (l *lowerer) atom(a *cstAtom) Expr {
	sp := l.span(a.Pos, a.EndPos)
	switch {
	case a.Kind == atomName:
		return &Name{Span: sp, Id: a.Text}
	case a.Kind == atomNumber:
		return l.number(sp, a.Text)
	case len(a.Strs) > 0:
		return l.strings(sp, a.Strs)
	case a.Kind == atomConst:
		var v any
		switch a.Text {
		case "True":
			v = true
		case "False":
			v = false
		case "...":
			v = EllipsisType{}
		}
		return &Constant{Span: sp, Value: v}
	case a.Paren:
		if a.PYield == nil {
			return &Tuple{Span: sp, Parenthesized: true}
		}
		if a.PYield.Yield {
			return l.yield(a.PYield)
		}
		s := a.PYield.List
		if len(s.Items) == 1 && !s.Trailing && len(s.Comp) == 0 {
			x := l.starTest(s.Items[0])
			if st, ok := x.(*Starred); ok {
				l.errorAt(prioCompiler, st.Span, "cannot use starred expression here")
			}
			if l.parens == nil {
				l.parens = map[Expr]bool{}
			}
			l.parens[x] = true
			return x
		}
		x := l.seq(s, true)
		if g, ok := x.(*GeneratorExp); ok {
			g.Span = sp
		} else if t, ok := x.(*Tuple); ok {
			t.Span = sp
		}
		return x
	case a.Bracket:
		if a.List == nil {
			return &List{Span: sp}
		}
		s := a.List
		if len(s.Comp) > 0 {
			l.push(scopeComp, false).comp = "list comprehension"
			defer l.pop()
			elt := l.compElt(s)
			return &ListComp{Span: sp, Elt: elt, Generators: l.comps(s.Comp, elt)}
		}
		n := &List{Span: sp, Elts: make([]Expr, len(s.Items))}
		for i, it := range s.Items {
			if it.As != nil {
				l.errorAt(prioParser, l.tokSpan(l.prevTok(it.As.Pos)), "invalid syntax")
			}
			n.Elts[i] = l.starTest(it)
		}
		return n
	default:
		return l.dictSet(sp, a.Dict)
	}
}

func (l *lowerer) dictSet(sp Span, d *cstDictSet) Expr {
	if d == nil {
		return &Dict{Span: sp}
	}
	isDict := d.Items[0].DStar != nil || d.Items[0].Value != nil
	if len(d.Comp) > 0 {
		first := d.Items[0]
		s := l.push(scopeComp, false)
		defer l.pop()
		s.comp = "set comprehension"
		if first.Value != nil {
			s.comp = "dict comprehension"
		}
		if len(d.Items) > 1 || d.Trailing {
			l.errorAt(prioParser, l.span(first.Pos, d.Items[len(d.Items)-1].EndPos), "did you forget parentheses around the comprehension target?")
		}
		switch {
		case first.DStar != nil:
			l.errorAt(prioParser, l.span(first.Pos, first.EndPos), "dict unpacking cannot be used in dict comprehension")
			return &Dict{Span: sp}
		case first.Star != nil:
			l.errorAt(prioParser, l.span(first.Pos, first.EndPos), "iterable unpacking cannot be used in comprehension")
			return &Set{Span: sp}
		case first.Value != nil:
			k, v := l.test(first.Key), l.test(first.Value)
			return &DictComp{Span: sp, Key: k, Value: v, Generators: l.comps(d.Comp, k)}
		default:
			elt := l.test(first.Key)
			return &SetComp{Span: sp, Elt: elt, Generators: l.comps(d.Comp, elt)}
		}
	}
	if isDict {
		n := &Dict{Span: sp}
		for _, it := range d.Items {
			switch {
			case it.DStar != nil:
				n.Keys = append(n.Keys, nil)
				n.Values = append(n.Values, l.or(it.DStar))
			case it.Value != nil:
				n.Keys = append(n.Keys, l.test(it.Key))
				n.Values = append(n.Values, l.test(it.Value))
			default:
				isp := l.span(it.Pos, it.EndPos)
				if it.Star != nil {
					l.errorAt(prioParser, isp, "invalid syntax")
				} else {
					l.errorAt(prioParser, Span{isp.Start, Pos{}}, "':' expected after dictionary key")
				}
			}
		}
		return n
	}
	n := &Set{Span: sp}
	for _, it := range d.Items {
		switch {
		case it.Star != nil:
			n.Elts = append(n.Elts, &Starred{Span: l.span(it.Pos, it.EndPos), Value: l.or(it.Star)})
		case it.Key != nil && it.Value == nil:
			n.Elts = append(n.Elts, l.test(it.Key))
		default:
			l.errorAt(prioParser, l.span(it.Pos, it.EndPos), "invalid syntax")
		}
	}
	return n
}

// number decodes an int, float or imaginary literal.
func (l *lowerer) number(sp Span, text string) Expr {
	s := strings.ReplaceAll(text, "_", "")
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return &Constant{Span: sp, Value: f, Imag: true}
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, digits = 16, s[2:]
		case 'o':
			base, digits = 8, s[2:]
		case 'b':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			// out of range: CPython gives inf
			if strings.ContainsAny(s, "eE") && !strings.Contains(s, "e-") && !strings.Contains(s, "E-") {
				f = inf
			}
		}
		return &Constant{Span: sp, Value: f}
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return &Constant{Span: sp, Value: v}
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		b = new(big.Int)
	}
	return &Constant{Span: sp, Value: b}
}
