package compile

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
	// qualname is the scope's __qualname__ (see setQualnames); outerPrivate
	// is the class name mangling private names where the scope is defined.
	qualname     string
	outerPrivate string
}

func (s *scope) lookup(name string) *symbol {
	return s.syms[name]
}

// isFunctionLike reports whether s is a def/async def/lambda (the scopes
// whose children's qualified names get ".<locals>").
func (s *scope) isFunctionLike() bool {
	return s.kind == functionScope && s.comp == notComp
}

// compileError carries a SyntaxError or a *RecursionLimitError out of the
// resolver and compiler.
type compileError struct{ err error }

// RecursionLimitError is the error Compile returns for a program nested
// deeper than the compiler's recursion budget; it stands for CPython's
// RecursionError "maximum recursion depth exceeded during compilation".
type RecursionLimitError struct{}

func (*RecursionLimitError) Error() string {
	return "maximum recursion depth exceeded during compilation"
}

// compilerStackFrameScale is CPython's COMPILER_STACK_FRAME_SCALE: its AST
// optimizer and symbol table allow 3 levels of AST nesting per level of the
// Python recursion limit, starting from 3 × the current call depth.
const compilerStackFrameScale = 3

// maxCompileDepth caps the levels that budget allows whatever the
// recursion limit, which keeps the Go stack of compilation under about
// 64 MB. (CPython has
// no such cap: under sys.setrecursionlimit(10**6), compiling a chain of
// 200,000 attribute accesses overflows its C stack.)
const maxCompileDepth = 50_000

type nameSet map[string]bool

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

type resolver struct {
	file    *lang.File
	cur     *scope
	private string // enclosing class name, for name mangling
	scopes  map[any]*scope

	// depth counts the statements and expressions being visited, one level
	// each, as CPython's symtable and AST optimizer count them; past
	// maxDepth the walk stops with a RecursionLimitError. This is the one
	// bound on the Go recursion of compilation: the compiler walks the same
	// tree the resolver has walked, so its recursion is bounded too.
	depth, maxDepth int
	// walkErr is the first declaration error met during the walk. CPython
	// finds it in its symbol table pass, which runs after the AST optimizer
	// has checked the nesting of the whole tree: a RecursionError anywhere
	// in the program wins, so the walk goes on to the end before reporting.
	walkErr error
	walking bool
}

// resolveModule builds and analyzes the scopes of m. The result maps each
// scope-creating node (the *lang.Module, *lang.FunctionDef, *lang.ClassDef,
// *lang.Lambda and comprehension nodes) to its scope. Errors are raised by
// panicking with compileError.
//
// opts.RecursionLimit and opts.CallDepth set the nesting budget as in
// CPython: 3 × (limit − depth) levels of statements and expressions.
func resolveModule(m *lang.Module, opts Options) map[any]*scope {
	r := &resolver{file: m.File, scopes: make(map[any]*scope)}
	limit := opts.RecursionLimit
	if limit <= 0 {
		limit = defaultRecursionLimit
	}
	r.depth = compilerStackFrameScale * opts.CallDepth
	r.maxDepth = min(compilerStackFrameScale*limit, r.depth+maxCompileDepth)
	top := r.enter(moduleScope, "<module>", m)
	r.walking = true
	r.stmts(m.Body)
	r.walking = false
	if r.walkErr != nil {
		panic(compileError{r.walkErr})
	}
	r.exit()
	r.analyzeBlock(top, nil, nameSet{})
	r.finish(top)
	setQualnames(top)
	return r.scopes
}

// errorf reports a SyntaxError: at once during analysis, at the end of the
// walk during the walk (see walkErr; the walk may go on after the error).
func (r *resolver) errorf(sp lang.Span, format string, args ...any) {
	err := &lang.SyntaxError{File: r.file, Span: sp, Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...)}
	if !r.walking {
		panic(compileError{err})
	}
	if r.walkErr == nil {
		r.walkErr = err
	}
}

// descend enters one level of statement or expression nesting; the caller
// decrements r.depth when it leaves.
func (r *resolver) descend() {
	r.depth++
	if r.depth > r.maxDepth {
		panic(compileError{&RecursionLimitError{}})
	}
}

func (r *resolver) enter(kind scopeKind, name string, node any) *scope {
	s := &scope{kind: kind, name: name, parent: r.cur, syms: make(map[string]*symbol), outerPrivate: r.private}
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
	r.descend()
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
		r.annotations(s.Args, s.Returns)
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
	r.depth--
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

// annotations visits the parameter and return annotations of a def, in the
// enclosing scope as CPython's symtable does (the compiler does not
// evaluate them; see TARGET.md).
func (r *resolver) annotations(a *lang.Arguments, returns lang.Expr) {
	if a != nil {
		for _, p := range a.Args {
			r.expr(p.Annotation)
		}
		if a.Vararg != nil {
			r.expr(a.Vararg.Annotation)
		}
		for _, p := range a.KwOnlyArgs {
			r.expr(p.Annotation)
		}
		if a.Kwarg != nil {
			r.expr(a.Kwarg.Annotation)
		}
	}
	r.expr(returns)
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
	switch e.(type) {
	case *lang.Name, *lang.Tuple, *lang.List, *lang.Starred:
	default:
		r.expr(e)
		return
	}
	r.descend()
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
	}
	r.depth--
}

func (r *resolver) expr(e lang.Expr) {
	if e == nil {
		return
	}
	r.descend()
	switch e := e.(type) {
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
	r.depth--
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

// boundSet is the set of names bound in the enclosing function scopes that a
// scope's analysis sees (CPython's `bound`). CPython copies the set for
// every child scope, which costs the number of enclosing locals per child;
// here a scope only adds a layer holding its own locals (true) and the
// names its global declarations hide (false), so building the sets is
// linear in the program. nil is the module's (there is none).
type boundSet struct {
	names  nameSet
	parent *boundSet
}

func (b *boundSet) has(name string) bool {
	for ; b != nil; b = b.parent {
		if v, ok := b.names[name]; ok {
			return v
		}
	}
	return false
}

// with returns b extended by names (b itself when there are none).
func (b *boundSet) with(names nameSet) *boundSet {
	if len(names) == 0 && b != nil {
		return b
	}
	return &boundSet{names: names, parent: b}
}

// analyzeName classifies one name of s (CPython's analyze_name). It
// reports whether a global declaration hides the name from the bound set
// that s passes on.
//
// CPython also tracks the names declared global in enclosing scopes, to
// tell two flavours of implicit global apart that compile alike; that set
// is left out.
func (r *resolver) analyzeName(s *scope, name string, bound *boundSet, local, free nameSet) (hide bool) {
	sym := s.syms[name]
	flags := sym.flags
	if flags&defGlobal != 0 {
		if flags&defNonlocal != 0 {
			r.errorAtDirective(s, name, "name '%s' is nonlocal and global")
		}
		sym.scope = varGlobalExplicit
		return bound.has(name)
	}
	if flags&defNonlocal != 0 {
		if bound == nil {
			r.errorAtDirective(s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound.has(name) {
			r.errorAtDirective(s, name, "no binding for nonlocal '%s' found")
		}
		sym.scope = varFree
		free[name] = true
		return false
	}
	if flags&defBound != 0 {
		sym.scope = varLocal
		local[name] = true
		return false
	}
	if bound.has(name) {
		sym.scope = varFree
		free[name] = true
		return false
	}
	sym.scope = varGlobalImplicit
	return false
}

// analyzeBlock classifies the names of s and its children (CPython's
// analyze_block); free receives the free names of s.
func (r *resolver) analyzeBlock(s *scope, bound *boundSet, free nameSet) {
	local := nameSet{}
	// a class body passes on the bound set it was given, before its own
	// global declarations, plus __class__
	newBound := bound.with(nil)
	if s.kind == classScope {
		newBound = newBound.with(nameSet{"__class__": true})
	}
	var hidden nameSet
	for _, name := range s.order {
		if r.analyzeName(s, name, bound, local, free) {
			if hidden == nil {
				hidden = nameSet{}
			}
			hidden[name] = false
		}
	}
	if hidden != nil {
		bound = bound.with(hidden)
	}
	switch s.kind {
	case functionScope:
		newBound = bound.with(local)
	case moduleScope:
		newBound = bound.with(nil)
	}
	newFree := nameSet{}
	for _, child := range s.children {
		childFree := nameSet{}
		r.analyzeBlock(child, newBound, childFree)
		newFree.addAll(childFree)
	}
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
		if bound != nil && !bound.has(name) {
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

// extendsParent reports whether the qualified name of s is its parent's
// followed by a separator and its name, and returns that separator
// (CPython's compiler_set_qualname): ".<locals>." below a def or lambda,
// "." below a class or comprehension. A scope defined at module level, or
// a def or class whose name the enclosing scope declares global, is
// qualified by its name alone.
func (s *scope) extendsParent() (sep string, ok bool) {
	p := s.parent
	if p == nil || p.kind == moduleScope {
		return "", false
	}
	if s.kind == classScope || s.isFunctionLike() && !s.isLambda {
		if sym := p.lookup(mangle(s.outerPrivate, s.name)); sym != nil && sym.scope == varGlobalExplicit {
			return "", false
		}
	}
	if p.isFunctionLike() {
		return ".<locals>.", true
	}
	return ".", true
}

// setQualnames sets the qualified name of every scope below top. Built one
// by one, the names of a chain of n nested scopes would take memory
// quadratic in n (each repeats its parent's); here each chain of scopes
// that extend their parents is spelled once, for its deepest scope, and
// the others take prefixes of that string.
func setQualnames(top *scope) {
	stack := append([]*scope(nil), top.children...)
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for i := len(s.children) - 1; i >= 0; i-- {
			stack = append(stack, s.children[i])
		}
		if s.qualname != "" {
			continue // set as a prefix of a descendant's
		}
		// follow first children down while they extend their parent
		chain := []*scope{s}
		for d := s; len(d.children) > 0; {
			c := d.children[0]
			if _, ok := c.extendsParent(); !ok {
				break
			}
			chain = append(chain, c)
			d = c
		}
		var b strings.Builder
		ends := make([]int, len(chain))
		for i, c := range chain {
			if sep, ok := c.extendsParent(); ok {
				if i == 0 {
					b.WriteString(c.parent.qualname)
				}
				b.WriteString(sep)
			}
			b.WriteString(c.name)
			ends[i] = b.Len()
		}
		full := b.String()
		for i, c := range chain {
			c.qualname = full[:ends[i]]
		}
	}
}
