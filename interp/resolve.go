package interp

// This file defines the resolver: the scope analysis that runs before code
// generation, modelled on CPython 3.11's symtable.c.
//
// One pass over the AST builds a scope per module, function, lambda, class
// body and comprehension, recording for every name how it is used (bound,
// parameter, used, declared global or nonlocal). The walk reports the
// declaration errors CPython's symtable reports while walking (`name 'x' is
// used prior to global declaration`, ...). A second pass (analyze) then
// classifies every name of every scope, exactly as CPython's analyze_block:
//
//   - local: bound in a function scope (fast slot, LOAD_FAST);
//   - cell: local and captured by a nested scope (LOAD_DEREF);
//   - free: bound in an enclosing function scope (LOAD_DEREF; in a class
//     body LOAD_CLASSDEREF);
//   - global explicit (a `global` declaration) and global implicit (not bound
//     anywhere visible: globals, then builtins).
//
// Class bodies are invisible to nested scopes, except for the implicit
// `__class__` cell that a class body gets when a method mentions `super` or
// `__class__`. Comprehensions are function scopes with one parameter `.0`
// (the first iterable, evaluated in the enclosing scope); a walrus inside a
// comprehension binds in the nearest enclosing function or module scope.
//
// The result, per scope: Locals (parameters first, in the order code.go
// documents), CellVars and FreeVars (sorted, as CPython), and the flags the
// compiler needs (generator, coroutine, needs a __class__ cell).

import (
	"fmt"
	"sort"
	"strings"

	"github.com/asyncscript/asyncscript/lang"
)

type scopeKind uint8

const (
	moduleScope   scopeKind = iota
	functionScope           // def, async def, lambda, comprehension
	classScope
)

// compKind tells comprehension scopes apart.
type compKind uint8

const (
	notComp compKind = iota
	listComp
	setComp
	dictComp
	genExpr
)

func (k compKind) codeName() string {
	return [...]string{"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"}[k]
}

func (k compKind) description() string {
	return [...]string{"", "list comprehension", "set comprehension", "dict comprehension", "generator expression"}[k]
}

// Symbol flags (CPython's DEF_* and USE).
const (
	defGlobal    = 1 << iota // global statement
	defLocal                 // assigned, deleted, def/class name, for target...
	defParam                 // parameter
	defNonlocal              // nonlocal statement
	defUse                   // read
	defFreeClass             // free in a method, bound in the class body
	defImport                // bound by import
	defAnnot                 // annotated (x: int)
	defCompIter              // comprehension iteration variable

	defBound = defLocal | defParam | defImport
)

// varScope is the resolved kind of a name in one scope.
type varScope uint8

const (
	varUnknown varScope = iota
	varLocal
	varGlobalExplicit
	varGlobalImplicit
	varFree
	varCell
)

type symbol struct {
	flags int
	scope varScope
}

type directive struct {
	name string
	span lang.Span
}

// scope is the resolver's record of one code body.
type scope struct {
	kind       scopeKind
	name       string // def/class name, "<lambda>", "<listcomp>", "<module>"
	parent     *scope
	children   []*scope
	syms       map[string]*symbol
	order      []string // symbol names in first-seen order
	params     []string // parameter names in slot order
	directives []directive

	isAsync   bool // async def
	isLambda  bool
	comp      compKind
	generator bool // contains yield
	coroutine bool // contains await / async comprehension (comprehensions and module)

	argCount, kwOnlyCount int
	hasVarargs, hasKwargs bool

	needsClassClosure bool

	compIterExpr   int  // >0 while visiting a comprehension's iterable
	compIterTarget bool // visiting a comprehension's target

	// results of analysis
	locals   []string
	cellvars []string
	freevars []string
}

func (s *scope) lookup(name string) *symbol {
	return s.syms[name]
}

// isFunctionLike reports whether s is a def/async def/lambda (the scopes
// whose children's qualified names get ".<locals>").
func (s *scope) isFunctionLike() bool {
	return s.kind == functionScope && s.comp == notComp
}

// compileError carries a SyntaxError out of the resolver and compiler.
type compileError struct{ err *lang.SyntaxError }

type nameSet map[string]bool

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

func (s nameSet) clone() nameSet {
	if s == nil {
		return nil
	}
	n := make(nameSet, len(s))
	n.addAll(s)
	return n
}

type resolver struct {
	file    *lang.File
	cur     *scope
	private string // enclosing class name, for name mangling
	scopes  map[any]*scope
}

// resolveModule builds and analyzes the scopes of m. The result maps each
// scope-creating node (the *lang.Module, *lang.FunctionDef, *lang.ClassDef,
// *lang.Lambda and comprehension nodes) to its scope. Errors are raised by
// panicking with compileError.
func resolveModule(m *lang.Module) map[any]*scope {
	r := &resolver{file: m.File, scopes: make(map[any]*scope)}
	top := r.enter(moduleScope, "<module>", m)
	r.stmts(m.Body)
	r.exit()
	r.analyzeBlock(top, nil, nameSet{}, nameSet{})
	r.finish(top)
	return r.scopes
}

func (r *resolver) errorf(sp lang.Span, format string, args ...any) {
	panic(compileError{&lang.SyntaxError{File: r.file, Span: sp, Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...)}})
}

func (r *resolver) enter(kind scopeKind, name string, node any) *scope {
	s := &scope{kind: kind, name: name, parent: r.cur, syms: make(map[string]*symbol)}
	if r.cur != nil {
		r.cur.children = append(r.cur.children, s)
		s.compIterExpr = r.cur.compIterExpr
	}
	r.scopes[node] = s
	r.cur = s
	return s
}

func (r *resolver) exit() { r.cur = r.cur.parent }

// mangle implements CPython's private name mangling: inside class C, a
// name __x (not ending in __, without dots) becomes _C__x.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (r *resolver) addDef(name string, flag int, sp lang.Span) {
	r.addDefIn(r.cur, name, flag, sp)
}

func (r *resolver) addDefIn(s *scope, name string, flag int, sp lang.Span) {
	name = mangle(r.private, name)
	sym := s.syms[name]
	if sym == nil {
		sym = &symbol{}
		s.syms[name] = sym
		s.order = append(s.order, name)
	}
	if flag&defParam != 0 {
		if sym.flags&defParam != 0 {
			r.errorf(sp, "duplicate argument '%s' in function definition", name)
		}
		s.params = append(s.params, name)
	}
	if s.compIterTarget && flag&defLocal != 0 {
		if sym.flags&(defGlobal|defNonlocal) != 0 {
			r.errorf(sp, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		flag |= defCompIter
	}
	sym.flags |= flag
}

func (r *resolver) flagsOf(name string) int {
	if sym := r.cur.syms[mangle(r.private, name)]; sym != nil {
		return sym.flags
	}
	return 0
}

// ---- statements ----

func (r *resolver) stmts(body []lang.Stmt) {
	for _, s := range body {
		r.stmt(s)
	}
}

func (r *resolver) stmt(s lang.Stmt) {
	switch s := s.(type) {
	case *lang.ExprStmt:
		r.expr(s.X)
	case *lang.Assign:
		for _, t := range s.Targets {
			r.target(t)
		}
		r.expr(s.Value)
	case *lang.AugAssign:
		r.target(s.Target)
		r.expr(s.Value)
	case *lang.AnnAssign:
		if n, ok := s.Target.(*lang.Name); ok {
			cur := r.flagsOf(n.Id)
			if cur&(defGlobal|defNonlocal) != 0 && r.cur.kind != moduleScope && s.Simple {
				if cur&defGlobal != 0 {
					r.errorf(s.Span, "annotated name '%s' can't be global", n.Id)
				}
				r.errorf(s.Span, "annotated name '%s' can't be nonlocal", n.Id)
			}
			if s.Simple {
				r.addDef(n.Id, defAnnot|defLocal, n.Span)
			} else if s.Value != nil {
				r.addDef(n.Id, defLocal, n.Span)
			}
		} else {
			r.target(s.Target)
		}
		r.expr(s.Annotation)
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *lang.FunctionDef:
		r.addDef(s.Name, defLocal, s.Span)
		r.defaults(s.Args)
		r.exprs(s.Decorators)
		sc := r.enter(functionScope, s.Name, s)
		sc.isAsync = s.IsAsync
		r.params(s.Args)
		r.stmts(s.Body)
		r.exit()
	case *lang.ClassDef:
		r.addDef(s.Name, defLocal, s.Span)
		r.exprs(s.Bases)
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		r.exprs(s.Decorators)
		r.enter(classScope, s.Name, s)
		saved := r.private
		r.private = s.Name
		r.stmts(s.Body)
		r.private = saved
		r.exit()
	case *lang.Return:
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *lang.Delete:
		for _, t := range s.Targets {
			r.target(t)
		}
	case *lang.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *lang.While:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *lang.For:
		r.target(s.Target)
		r.expr(s.Iter)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
		if s.IsAsync {
			r.cur.coroutine = true
		}
	case *lang.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				r.target(it.OptionalVars)
			}
		}
		r.stmts(s.Body)
		if s.IsAsync {
			r.cur.coroutine = true
		}
	case *lang.Raise:
		if s.Exc != nil {
			r.expr(s.Exc)
		}
		if s.Cause != nil {
			r.expr(s.Cause)
		}
	case *lang.Try:
		r.stmts(s.Body)
		r.stmts(s.Orelse)
		for _, h := range s.Handlers {
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != "" {
				r.addDef(h.Name, defLocal, h.Span)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.Finalbody)
	case *lang.Assert:
		r.expr(s.Test)
		if s.Msg != nil {
			r.expr(s.Msg)
		}
	case *lang.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
			}
			r.addDef(name, defImport, a.Span)
		}
	case *lang.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if r.cur.kind != moduleScope {
					r.errorf(a.Span, "import * only allowed at module level")
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			r.addDef(name, defImport, a.Span)
		}
	case *lang.Global:
		for _, name := range s.Names {
			cur := r.flagsOf(name)
			if cur&(defParam|defLocal|defUse|defAnnot) != 0 {
				switch {
				case cur&defParam != 0:
					r.errorf(s.Span, "name '%s' is parameter and global", name)
				case cur&defUse != 0:
					r.errorf(s.Span, "name '%s' is used prior to global declaration", name)
				case cur&defAnnot != 0:
					r.errorf(s.Span, "annotated name '%s' can't be global", name)
				default:
					r.errorf(s.Span, "name '%s' is assigned to before global declaration", name)
				}
			}
			r.addDef(name, defGlobal, s.Span)
			r.cur.directives = append(r.cur.directives, directive{mangle(r.private, name), s.Span})
		}
	case *lang.Nonlocal:
		for _, name := range s.Names {
			cur := r.flagsOf(name)
			if cur&(defParam|defLocal|defUse|defAnnot) != 0 {
				switch {
				case cur&defParam != 0:
					r.errorf(s.Span, "name '%s' is parameter and nonlocal", name)
				case cur&defUse != 0:
					r.errorf(s.Span, "name '%s' is used prior to nonlocal declaration", name)
				case cur&defAnnot != 0:
					r.errorf(s.Span, "annotated name '%s' can't be nonlocal", name)
				default:
					r.errorf(s.Span, "name '%s' is assigned to before nonlocal declaration", name)
				}
			}
			r.addDef(name, defNonlocal, s.Span)
			r.cur.directives = append(r.cur.directives, directive{mangle(r.private, name), s.Span})
		}
	case *lang.Pass, *lang.Break, *lang.Continue:
	}
}

// defaults visits parameter defaults (evaluated in the enclosing scope).
func (r *resolver) defaults(a *lang.Arguments) {
	if a == nil {
		return
	}
	r.exprs(a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			r.expr(d)
		}
	}
}

// params declares the parameters of the current scope in slot order:
// positional, *args, keyword-only, **kwargs.
func (r *resolver) params(a *lang.Arguments) {
	if a == nil {
		return
	}
	s := r.cur
	for _, p := range a.Args {
		r.addDef(p.Name, defParam, p.Span)
	}
	s.argCount = len(a.Args)
	if a.Vararg != nil {
		r.addDef(a.Vararg.Name, defParam, a.Vararg.Span)
		s.hasVarargs = true
	}
	for _, p := range a.KwOnlyArgs {
		r.addDef(p.Name, defParam, p.Span)
	}
	s.kwOnlyCount = len(a.KwOnlyArgs)
	if a.Kwarg != nil {
		r.addDef(a.Kwarg.Name, defParam, a.Kwarg.Span)
		s.hasKwargs = true
	}
}

// ---- expressions ----

func (r *resolver) exprs(es []lang.Expr) {
	for _, e := range es {
		r.expr(e)
	}
}

// target visits an assignment or deletion target.
func (r *resolver) target(e lang.Expr) {
	switch e := e.(type) {
	case *lang.Name:
		r.addDef(e.Id, defLocal, e.Span)
	case *lang.Tuple:
		for _, x := range e.Elts {
			r.target(x)
		}
	case *lang.List:
		for _, x := range e.Elts {
			r.target(x)
		}
	case *lang.Starred:
		r.target(e.Value)
	default:
		r.expr(e)
	}
}

func (r *resolver) expr(e lang.Expr) {
	switch e := e.(type) {
	case nil:
	case *lang.Name:
		r.addDef(e.Id, defUse, e.Span)
		if r.cur.kind == functionScope && e.Id == "super" {
			r.addDef("__class__", defUse, e.Span)
		}
	case *lang.BoolOp:
		r.exprs(e.Values)
	case *lang.NamedExpr:
		if r.cur.compIterExpr > 0 {
			r.errorf(e.Span, "assignment expression cannot be used in a comprehension iterable expression")
		}
		if r.cur.comp != notComp {
			r.extendNamedExprScope(e.Target)
		}
		r.expr(e.Value)
		r.target(e.Target)
	case *lang.BinOp:
		r.expr(e.Left)
		r.expr(e.Right)
	case *lang.UnaryOp:
		r.expr(e.Operand)
	case *lang.Lambda:
		r.defaults(e.Args)
		sc := r.enter(functionScope, "<lambda>", e)
		sc.isLambda = true
		r.params(e.Args)
		r.expr(e.Body)
		r.exit()
	case *lang.IfExp:
		r.expr(e.Test)
		r.expr(e.Body)
		r.expr(e.Orelse)
	case *lang.Dict:
		for i, k := range e.Keys {
			if k != nil {
				r.expr(k)
			}
			r.expr(e.Values[i])
		}
	case *lang.Set:
		r.exprs(e.Elts)
	case *lang.ListComp:
		r.comprehension(e, listComp, e.Generators, e.Elt, nil)
	case *lang.SetComp:
		r.comprehension(e, setComp, e.Generators, e.Elt, nil)
	case *lang.DictComp:
		r.comprehension(e, dictComp, e.Generators, e.Key, e.Value)
	case *lang.GeneratorExp:
		r.comprehension(e, genExpr, e.Generators, e.Elt, nil)
	case *lang.Await:
		r.expr(e.Value)
		r.cur.coroutine = true
	case *lang.Yield:
		if e.Value != nil {
			r.expr(e.Value)
		}
		r.yield(e.Span)
	case *lang.YieldFrom:
		r.expr(e.Value)
		r.yield(e.Span)
	case *lang.Compare:
		r.expr(e.Left)
		r.exprs(e.Comparators)
	case *lang.Call:
		r.expr(e.Func)
		r.exprs(e.Args)
		for _, k := range e.Keywords {
			r.expr(k.Value)
		}
	case *lang.Constant:
	case *lang.JoinedStr:
		r.exprs(e.Values)
	case *lang.FormattedValue:
		r.expr(e.Value)
		if e.FormatSpec != nil {
			r.expr(e.FormatSpec)
		}
	case *lang.Attribute:
		r.expr(e.Value)
	case *lang.Subscript:
		r.expr(e.Value)
		r.expr(e.Slice)
	case *lang.Starred:
		r.expr(e.Value)
	case *lang.List:
		r.exprs(e.Elts)
	case *lang.Tuple:
		r.exprs(e.Elts)
	case *lang.Slice:
		r.expr(e.Lower)
		r.expr(e.Upper)
		r.expr(e.Step)
	}
}

func (r *resolver) yield(sp lang.Span) {
	s := r.cur
	if s.comp != notComp {
		r.errorf(sp, "'yield' inside %s", s.comp.description())
	}
	s.generator = true
}

// extendNamedExprScope makes a walrus target inside a comprehension bind in
// the nearest enclosing function or module scope (CPython's
// symtable_extend_namedexpr_scope).
func (r *resolver) extendNamedExprScope(t *lang.Name) {
	name := mangle(r.private, t.Id)
	for s := r.cur; s != nil; s = s.parent {
		if s.comp != notComp {
			if sym := s.syms[name]; sym != nil && sym.flags&defCompIter != 0 {
				r.errorf(t.Span, "assignment expression cannot rebind comprehension iteration variable '%s'", t.Id)
			}
			continue
		}
		switch s.kind {
		case functionScope:
			if sym := s.syms[name]; sym != nil && sym.flags&defGlobal != 0 {
				r.addDef(t.Id, defGlobal, t.Span)
			} else {
				r.addDef(t.Id, defNonlocal, t.Span)
			}
			r.cur.directives = append(r.cur.directives, directive{name, t.Span})
			r.addDefIn(s, t.Id, defLocal, t.Span)
			return
		case moduleScope:
			r.addDef(t.Id, defGlobal, t.Span)
			r.cur.directives = append(r.cur.directives, directive{name, t.Span})
			r.addDefIn(s, t.Id, defGlobal, t.Span)
			return
		case classScope:
			r.errorf(t.Span, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

func (r *resolver) comprehension(node lang.Expr, kind compKind, gens []*lang.Comprehension, elt, value lang.Expr) {
	if len(gens) == 0 {
		return
	}
	outer := gens[0]
	r.cur.compIterExpr++
	r.expr(outer.Iter)
	r.cur.compIterExpr--
	sc := r.enter(functionScope, kind.codeName(), node)
	sc.comp = kind
	if outer.IsAsync {
		sc.coroutine = true
	}
	r.addDef(".0", defParam, outer.Span)
	sc.argCount = 1
	sc.compIterTarget = true
	r.target(outer.Target)
	sc.compIterTarget = false
	r.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		sc.compIterTarget = true
		r.target(g.Target)
		sc.compIterTarget = false
		sc.compIterExpr++
		r.expr(g.Iter)
		sc.compIterExpr--
		r.exprs(g.Ifs)
		if g.IsAsync {
			sc.coroutine = true
		}
	}
	if value != nil {
		r.expr(value)
	}
	r.expr(elt)
	if kind == genExpr {
		sc.generator = true
	}
	isAsync := sc.coroutine && kind != genExpr
	r.exit()
	if isAsync {
		r.cur.coroutine = true
	}
}

// ---- analysis (CPython's analyze_block) ----

func (r *resolver) errorAtDirective(s *scope, name, format string) {
	for _, d := range s.directives {
		if d.name == name {
			r.errorf(d.span, format, name)
		}
	}
	r.errorf(lang.Span{}, format, name)
}

func (r *resolver) analyzeName(s *scope, name string, bound, local, free, global nameSet) {
	sym := s.syms[name]
	flags := sym.flags
	if flags&defGlobal != 0 {
		if flags&defNonlocal != 0 {
			r.errorAtDirective(s, name, "name '%s' is nonlocal and global")
		}
		sym.scope = varGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
		return
	}
	if flags&defNonlocal != 0 {
		if bound == nil {
			r.errorAtDirective(s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			r.errorAtDirective(s, name, "no binding for nonlocal '%s' found")
		}
		sym.scope = varFree
		free[name] = true
		return
	}
	if flags&defBound != 0 {
		sym.scope = varLocal
		local[name] = true
		delete(global, name)
		return
	}
	if bound != nil && bound[name] {
		sym.scope = varFree
		free[name] = true
		return
	}
	sym.scope = varGlobalImplicit
}

func (r *resolver) analyzeBlock(s *scope, bound, free, global nameSet) {
	local := nameSet{}
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}
	if s.kind == classScope {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range s.order {
		r.analyzeName(s, name, bound, local, free, global)
	}
	if s.kind != classScope {
		if s.kind == functionScope {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
	}
	allFree := nameSet{}
	for _, child := range s.children {
		childFree := nameSet{}
		r.analyzeBlock(child, newBound.clone(), childFree, newGlobal.clone())
		allFree.addAll(childFree)
	}
	newFree.addAll(allFree)
	switch s.kind {
	case functionScope:
		for name, sym := range s.syms {
			if sym.scope == varLocal && newFree[name] {
				sym.scope = varCell
				delete(newFree, name)
			}
		}
	case classScope:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.needsClassClosure = true
		}
	}
	// update_symbols: record free variables of children not resolved here
	names := make([]string, 0, len(newFree))
	for name := range newFree {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if sym := s.syms[name]; sym != nil {
			if s.kind == classScope && sym.flags&(defBound|defGlobal) != 0 {
				sym.flags |= defFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		s.syms[name] = &symbol{scope: varFree}
		s.order = append(s.order, name)
	}
	free.addAll(newFree)
}

// finish computes Locals, CellVars and FreeVars for s and its children.
func (r *resolver) finish(s *scope) {
	if s.kind == functionScope {
		s.locals = append(s.locals, s.params...)
		isParam := make(map[string]bool, len(s.params))
		for _, p := range s.params {
			isParam[p] = true
		}
		for _, name := range s.order {
			if s.syms[name].scope == varLocal && !isParam[name] {
				s.locals = append(s.locals, name)
			}
		}
	}
	for _, name := range s.order {
		sym := s.syms[name]
		switch {
		case sym.scope == varCell:
			s.cellvars = append(s.cellvars, name)
		case sym.scope == varFree || sym.flags&defFreeClass != 0:
			s.freevars = append(s.freevars, name)
		}
	}
	sort.Strings(s.cellvars)
	sort.Strings(s.freevars)
	if s.needsClassClosure {
		s.cellvars = []string{"__class__"}
	}
	for _, c := range s.children {
		r.finish(c)
	}
}
