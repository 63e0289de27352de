package compile

// This file defines code generation for statements other than the
// exception-related ones (compile_exc.go): assignments, control flow,
// loops, function and class definitions, imports, and the unwinding of
// nested blocks by return, break and continue (CPython's
// compiler_unwind_fblock_stack).

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang"
)

func (c *compiler) stmts(body []lang.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s lang.Stmt) {
	defer c.setSpan(s).restore()
	switch s := s.(type) {
	case *lang.ExprStmt:
		c.exprStmt(s)
	case *lang.Assign:
		c.assign(s)
	case *lang.AugAssign:
		c.augAssign(s)
	case *lang.AnnAssign:
		c.annAssign(s)
	case *lang.FunctionDef:
		c.functionDef(s)
	case *lang.ClassDef:
		c.classDef(s)
	case *lang.Return:
		c.returnStmt(s)
	case *lang.Delete:
		for _, t := range s.Targets {
			c.delete(t)
		}
	case *lang.If:
		c.ifStmt(s)
	case *lang.While:
		c.whileStmt(s)
	case *lang.For:
		if s.IsAsync {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *lang.With:
		c.with(s, 0)
	case *lang.Raise:
		c.raise(s)
	case *lang.Try:
		c.try(s)
	case *lang.Assert:
		c.assert(s)
	case *lang.Import:
		c.importStmt(s)
	case *lang.ImportFrom:
		c.importFrom(s)
	case *lang.Break:
		c.breakStmt(s)
	case *lang.Continue:
		c.continueStmt(s)
	case *lang.Global, *lang.Nonlocal, *lang.Pass:
	default:
		c.errorf(s.GetSpan(), "unsupported statement %T", s)
	}
}

func (c *compiler) exprStmt(s *lang.ExprStmt) {
	if (c.opts.Interactive && c.u.sc.kind == moduleScope) || (s == c.echo && s != nil) {
		c.expr(s.X)
		c.emit(PRINT_EXPR, 0)
		return
	}
	if _, ok := s.X.(*lang.Constant); ok {
		return // a constant statement (docstring-like) has no effect
	}
	c.expr(s.X)
	c.emit(POP_TOP, 0)
}

func (c *compiler) assign(s *lang.Assign) {
	// a, b = b, a: swap on the stack instead of building a tuple
	if len(s.Targets) == 1 {
		if c.swapAssign(s.Targets[0], s.Value) {
			for _, t := range targetElts(s.Targets[0]) {
				c.store(t)
			}
			return
		}
	}
	c.expr(s.Value)
	for i, t := range s.Targets {
		if i < len(s.Targets)-1 {
			c.emit(COPY, 1)
		}
		c.store(t)
	}
}

func targetElts(t lang.Expr) []lang.Expr {
	switch t := t.(type) {
	case *lang.Tuple:
		return t.Elts
	case *lang.List:
		return t.Elts
	}
	return nil
}

// swapAssign handles `a, b = x, y` (2 or 3 plain elements on both sides)
// by pushing the values and reordering them, as CPython's peephole pass
// turns BUILD_TUPLE n; UNPACK_SEQUENCE n into SWAP.
func (c *compiler) swapAssign(target, value lang.Expr) bool {
	te := targetElts(target)
	vt, ok := value.(*lang.Tuple)
	if !ok || len(te) != len(vt.Elts) || len(te) < 2 || len(te) > 3 {
		return false
	}
	for i := range te {
		if _, ok := te[i].(*lang.Starred); ok {
			return false
		}
		if _, ok := vt.Elts[i].(*lang.Starred); ok {
			return false
		}
	}
	for _, e := range vt.Elts {
		c.expr(e)
	}
	c.emit(SWAP, len(te))
	return true
}

func (c *compiler) augAssign(s *lang.AugAssign) {
	op, ok := binOps[s.Op]
	if !ok {
		c.errorf(s.Span, "unknown operator %s", s.Op)
	}
	switch t := s.Target.(type) {
	case *lang.Name:
		c.nameOp(t.Id, ctxLoad)
		c.expr(s.Value)
		c.emit(BINARY_OP, int(op)|0x80)
		c.nameOp(t.Id, ctxStore)
	case *lang.Attribute:
		c.expr(t.Value)
		saved := c.setSpan(t)
		c.emit(COPY, 1)
		c.emit(LOAD_ATTR, c.addName(mangle(c.u.private, t.Attr)))
		saved.restore()
		c.expr(s.Value)
		c.emit(BINARY_OP, int(op)|0x80)
		saved = c.setSpan(t)
		c.emit(SWAP, 2)
		c.emit(STORE_ATTR, c.addName(mangle(c.u.private, t.Attr)))
		saved.restore()
	case *lang.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		saved := c.setSpan(t)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.emit(BINARY_SUBSCR, 0)
		saved.restore()
		c.expr(s.Value)
		c.emit(BINARY_OP, int(op)|0x80)
		saved = c.setSpan(t)
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
		saved.restore()
	default:
		c.errorf(s.Target.GetSpan(), "'%s' is an illegal expression for augmented assignment", exprKindName(s.Target))
	}
}

func (c *compiler) annAssign(s *lang.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	// Annotations are evaluated at module and class level, where CPython
	// evaluates them, and a plain name's is stored in __annotations__
	// (annotations.go); never in function bodies.
	if k := c.u.sc.kind; k == moduleScope || k == classScope {
		if n, ok := s.Target.(*lang.Name); ok && s.Simple {
			c.annotationValue(s.Annotation)
			c.nameOp("__annotations__", ctxLoad)
			c.loadConst(mangle(c.u.private, n.Id))
			c.emit(STORE_SUBSCR, 0)
		} else if !c.futureAnnotations {
			c.expr(s.Annotation)
			c.emit(POP_TOP, 0)
		}
	}
}

// store emits the assignment of the value on top of the stack to target t.
func (c *compiler) store(t lang.Expr) {
	defer c.setSpan(t).restore()
	switch t := t.(type) {
	case *lang.Name:
		c.nameOp(t.Id, ctxStore)
	case *lang.Attribute:
		c.expr(t.Value)
		c.u.span = t.Span
		c.emit(STORE_ATTR, c.addName(mangle(c.u.private, t.Attr)))
	case *lang.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.u.span = t.Span
		c.emit(STORE_SUBSCR, 0)
	case *lang.Tuple:
		c.unpack(t.Elts)
	case *lang.List:
		c.unpack(t.Elts)
	case *lang.Starred:
		c.errorf(t.Span, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t.GetSpan(), "cannot assign to %s", exprKindName(t))
	}
}

func (c *compiler) unpack(elts []lang.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*lang.Starred); ok {
			if star >= 0 {
				c.errorf(e.GetSpan(), "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star >= 0 {
		before, after := star, len(elts)-star-1
		if before >= 1<<8 || after >= 1<<16 {
			c.errorf(elts[star].GetSpan(), "too many expressions in star-unpacking assignment")
		}
		c.emit(UNPACK_EX, before|after<<8)
	} else {
		c.emit(UNPACK_SEQUENCE, len(elts))
	}
	for _, e := range elts {
		if s, ok := e.(*lang.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) delete(t lang.Expr) {
	defer c.setSpan(t).restore()
	switch t := t.(type) {
	case *lang.Name:
		c.nameOp(t.Id, ctxDel)
	case *lang.Attribute:
		c.expr(t.Value)
		c.u.span = t.Span
		c.emit(DELETE_ATTR, c.addName(mangle(c.u.private, t.Attr)))
	case *lang.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.u.span = t.Span
		c.emit(DELETE_SUBSCR, 0)
	case *lang.Tuple:
		for _, e := range t.Elts {
			c.delete(e)
		}
	case *lang.List:
		for _, e := range t.Elts {
			c.delete(e)
		}
	default:
		c.errorf(t.GetSpan(), "cannot delete %s", exprKindName(t))
	}
}

// ---- control flow ----

func (c *compiler) ifStmt(s *lang.If) {
	end := c.newLabel()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newLabel()
	}
	c.jumpIf(s.Test, next, false)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		if c.u.reachable {
			c.emitJump(JUMP, end)
		}
		c.bind(next)
		c.stmts(s.Orelse)
	}
	c.bind(end)
}

func (c *compiler) whileStmt(s *lang.While) {
	loop, end, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(loop)
	c.pushFblock(&fblock{kind: fbWhileLoop, start: loop, exit: end})
	w := len(c.warnings)
	c.jumpIf(s.Test, anchor, false)
	testWarnings := c.warnings[w:len(c.warnings):len(c.warnings)]
	c.stmts(s.Body)
	// CPython compiles the test a second time here (the jump back to the
	// body), and so warns about it again
	c.warnings = append(c.warnings, testWarnings...)
	c.u.span = s.Span
	if c.u.reachable {
		c.emitJump(JUMP, loop)
	}
	c.popFblock()
	c.bind(anchor)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) forStmt(s *lang.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.pushFblock(&fblock{kind: fbForLoop, start: start, exit: end})
	c.expr(s.Iter)
	c.u.span = s.Span
	c.emit(GET_ITER, 0)
	c.bind(start)
	c.emitJump(FOR_ITER, cleanup)
	c.store(s.Target)
	c.stmts(s.Body)
	c.u.span = s.Span
	if c.u.reachable {
		c.emitJump(JUMP, start)
	}
	c.bind(cleanup)
	c.popFblock()
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) asyncFor(s *lang.For) {
	c.checkAsync(s.Span, "'async for' outside async function")
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.u.span = s.Span
	c.emit(GET_AITER, 0)
	c.bind(start)
	c.pushFblock(&fblock{kind: fbForLoop, start: start, exit: end})
	c.setupHandler(except, false, 0)
	c.emit(GET_ANEXT, 0)
	c.emit(AWAIT, 0)
	c.popBlock()
	c.store(s.Target)
	c.stmts(s.Body)
	c.u.span = s.Span
	if c.u.reachable {
		c.emitJump(JUMP, start)
	}
	c.popFblock()
	c.bind(except)
	c.u.span = s.Iter.GetSpan()
	c.emit(END_ASYNC_FOR, 0)
	c.u.span = s.Span
	c.stmts(s.Orelse)
	c.bind(end)
}

// checkAsync reports msg unless the current scope may await: an async
// function, or module code (top-level await).
func (c *compiler) checkAsync(sp lang.Span, msg string) {
	sc := c.u.sc
	if sc.kind == moduleScope || sc.kind == functionScope && sc.isAsync {
		return
	}
	c.errorf(sp, "%s", msg)
}

func isConstant(e lang.Expr) bool {
	_, ok := e.(*lang.Constant)
	return ok
}

func (c *compiler) returnStmt(s *lang.Return) {
	sc := c.u.sc
	if sc.kind != functionScope {
		c.errorf(s.Span, "'return' outside function")
	}
	if s.Value != nil && sc.isAsync && sc.generator {
		c.errorf(s.Span, "'return' with value in async generator")
	}
	preserve := s.Value != nil && !isConstant(s.Value)
	if preserve {
		c.expr(s.Value)
	} else if s.Value != nil {
		c.u.span = s.Value.GetSpan() // as CPython: the unwinding is located at the constant
	}
	saved := c.u.htop
	c.unwindFblockStack(preserve, nil)
	if s.Value == nil {
		c.loadConst(None{})
	} else if !preserve {
		c.loadConst(c.constValue(s.Value.(*lang.Constant)))
	}
	c.emit(RETURN_VALUE, 0)
	c.u.htop = saved
}

func (c *compiler) breakStmt(s *lang.Break) {
	saved := c.u.htop
	var loop *fblock
	c.unwindFblockStack(false, &loop)
	if loop == nil {
		c.errorf(s.Span, "'break' outside loop")
	}
	c.unwindFblock(loop, false)
	c.emitJump(JUMP, loop.exit)
	c.u.htop = saved
}

func (c *compiler) continueStmt(s *lang.Continue) {
	saved := c.u.htop
	var loop *fblock
	c.unwindFblockStack(false, &loop)
	if loop == nil {
		c.errorf(s.Span, "'continue' not properly in loop")
	}
	c.emitJump(JUMP, loop.start)
	c.u.htop = saved
}

// unwindFblockStack emits the cleanup of every block from the innermost
// outwards, stopping at the innermost loop when loop is non-nil (it is
// then set to that loop). preserve keeps the value on top of the stack
// (a return value) above the cleanup.
func (c *compiler) unwindFblockStack(preserve bool, loop **fblock) {
	u := c.u
	if len(u.fblocks) == 0 {
		return
	}
	top := u.fblocks[len(u.fblocks)-1]
	if top.kind == fbExceptionGroupHandler {
		c.errorf(u.span, "'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if loop != nil && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		*loop = top
		return
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	c.unwindFblock(top, preserve)
	c.unwindFblockStack(preserve, loop)
	u.fblocks = append(u.fblocks, top)
}

func (c *compiler) unwindFblock(f *fblock, preserve bool) {
	switch f.kind {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	case fbTryExcept:
		c.popBlock()
	case fbFinallyTry:
		c.popBlock()
		if preserve {
			c.pushFblock(&fblock{kind: fbPopValue})
		}
		span := c.u.span
		c.stmts(f.finalbody)
		c.u.span = span
		if preserve {
			c.popFblock()
		}
	case fbFinallyEnd:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0) // exc
		if preserve {
			c.emit(SWAP, 2)
		}
		c.popBlock()
		c.emit(POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		span := c.u.span
		c.u.span = f.span
		c.popBlock()
		if preserve {
			c.emit(SWAP, 2)
		}
		c.callExitWithNones()
		if f.kind == fbAsyncWith {
			c.emit(GET_AWAITABLE, 2)
			c.emit(AWAIT, 0)
		}
		c.emit(POP_TOP, 0)
		c.u.span = span
	case fbHandlerCleanup:
		if f.name != "" {
			c.popBlock()
		}
		if preserve {
			c.emit(SWAP, 2)
		}
		c.popBlock()
		c.emit(POP_EXCEPT, 0)
		if f.name != "" {
			c.loadConst(None{})
			c.nameOp(f.name, ctxStore)
			c.nameOp(f.name, ctxDel)
		}
	case fbPopValue:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	}
}

// ---- functions and classes ----

// makeClosureTuple pushes the closure tuple of a function whose scope is
// sc (LOAD_CLOSURE of each free variable, BUILD_TUPLE) and returns the
// MAKE_FUNCTION flag for it. MAKE_FUNCTION's stack, bottom to top, is
// [defaults] [kwdefaults] [closure] code, as CPython's.
func (c *compiler) makeClosureTuple(sc *scope) int {
	if len(sc.freevars) == 0 {
		return 0
	}
	u := c.u
	for _, name := range sc.freevars {
		idx, ok := u.cellIdx[name]
		if !ok {
			panic("compile: no cell for free variable " + name + " in " + u.code.QualName)
		}
		c.emit(LOAD_CLOSURE, idx)
	}
	c.emit(BUILD_TUPLE, len(sc.freevars))
	return 8
}

// emitDefaults pushes the defaults tuple and the kwdefaults dict of a
// function and returns the MAKE_FUNCTION flags for them.
func (c *compiler) emitDefaults(a *lang.Arguments) int {
	if a == nil {
		return 0
	}
	flags := 0
	if len(a.Defaults) > 0 {
		c.sequence(a.Defaults, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
		flags |= 1
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d == nil {
			continue
		}
		c.loadConst(mangle(c.u.private, a.KwOnlyArgs[i].Name))
		c.expr(d)
		n++
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
		flags |= 2
	}
	return flags
}

func (c *compiler) functionFlags(sc *scope, code *Code) {
	if sc.isAsync {
		if sc.generator {
			code.Flags |= FlagAsyncGenerator
		} else {
			code.Flags |= FlagCoroutine
		}
	} else if sc.generator {
		code.Flags |= FlagGenerator
	}
	if sc.hasVarargs {
		code.Flags |= FlagVarargs
	}
	if sc.hasKwargs {
		code.Flags |= FlagVarKeywords
	}
	code.ArgCount = sc.argCount
	code.KwOnlyArgCount = sc.kwOnlyCount
}

func (c *compiler) functionDef(s *lang.FunctionDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	sc := c.scopes[s]
	firstLine := s.Span.Start.Line
	if len(s.Decorators) > 0 {
		firstLine = s.Decorators[0].GetSpan().Start.Line
	}
	flags := c.emitDefaults(s.Args)
	flags |= c.makeClosureTuple(sc)

	c.enterUnit(sc, s.Name, sc.qualname, firstLine, s.Span)
	c.functionFlags(sc, c.u.code)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.u.code.Docstring = doc
		body = body[1:]
	} else if s.Docstring != nil {
		c.u.code.Docstring = *s.Docstring
	}
	c.stmts(body)
	if c.u.reachable {
		c.loadConst(None{})
		c.emit(RETURN_VALUE, 0)
	}
	code := c.exitUnit()

	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
	c.emitFuncAnnotations(s.Args, s.Returns)
	c.applyDecorators(s.Decorators)
	c.nameOp(s.Name, ctxStore)
}

// applyDecorators calls the decorators pushed before the function or
// class, innermost first: [deco, obj] CALL 0 calls deco(obj) (CALL's
// "method, self" form).
func (c *compiler) applyDecorators(decos []lang.Expr) {
	for i := len(decos) - 1; i >= 0; i-- {
		saved := c.setSpan(decos[i])
		c.emit(CALL, 0)
		saved.restore()
	}
}

func (c *compiler) classDef(s *lang.ClassDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	sc := c.scopes[s]
	firstLine := s.Span.Start.Line
	if len(s.Decorators) > 0 {
		firstLine = s.Decorators[0].GetSpan().Start.Line
	}
	qual := sc.qualname
	c.enterUnit(sc, s.Name, qual, firstLine, s.Span)
	u := c.u
	u.private = s.Name
	u.code.Flags |= FlagClassBody
	c.nameOp("__name__", ctxLoad)
	c.nameOp("__module__", ctxStore)
	c.loadConst(qual)
	c.nameOp("__qualname__", ctxStore)
	body := s.Body
	if doc, ok := docstring(body); ok {
		saved := c.setSpan(body[0])
		c.loadConst(doc)
		c.nameOp("__doc__", ctxStore)
		saved.restore()
		u.code.Docstring = doc
		body = body[1:]
	}
	c.setupAnnotations(body)
	c.stmts(body)
	u.span = s.Span
	if sc.needsClassClosure {
		c.emit(LOAD_CLOSURE, u.cellIdx["__class__"])
		c.emit(COPY, 1)
		c.nameOp("__classcell__", ctxStore)
	} else {
		c.loadConst(None{})
	}
	c.emit(RETURN_VALUE, 0)
	code := c.exitUnit()

	c.emit(PUSH_NULL, 0)
	c.emit(LOAD_BUILD_CLASS, 0)
	flags := c.makeClosureTuple(sc)
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
	c.loadConst(s.Name)
	c.callHelper(s.Span, 2, s.Bases, s.Keywords)
	c.applyDecorators(s.Decorators)
	c.u.span = s.Span
	c.nameOp(s.Name, ctxStore)
}

// ---- imports ----

// importStmt: IMPORT_NAME pushes the top-level package of a dotted name;
// `import a.b as c` walks down with IMPORT_FROM (CPython's
// compiler_import_as).
func (c *compiler) importStmt(s *lang.Import) {
	for _, a := range s.Names {
		saved := c.setSpan(s) // CPython locates imports at the statement
		c.emit(IMPORT_NAME, c.addName(a.Name))
		if a.AsName != "" {
			parts := strings.Split(a.Name, ".")
			if len(parts) > 1 {
				c.importDescend(parts[1:])
				c.nameOp(a.AsName, ctxStore)
				c.emit(POP_TOP, 0)
			} else {
				c.nameOp(a.AsName, ctxStore)
			}
		} else {
			top, _, _ := strings.Cut(a.Name, ".")
			c.nameOp(top, ctxStore)
		}
		saved.restore()
	}
}

// importDescend replaces the package on top of the stack by its
// submodule parts[0].parts[1]..., leaving the package below the final
// module: pkg -- pkg sub.
func (c *compiler) importDescend(parts []string) {
	for i, p := range parts {
		c.emit(IMPORT_FROM, c.addName(p))
		if i < len(parts)-1 {
			c.emit(SWAP, 2)
			c.emit(POP_TOP, 0)
		}
	}
}

// importFrom: `from a.b import x` is IMPORT_NAME a.b (the top package),
// IMPORT_FROM b to reach the module, then IMPORT_FROM x per name.
func (c *compiler) importFrom(s *lang.ImportFrom) {
	if isFutureImport(s) && c.u.sc.kind == moduleScope {
		return // a compiler directive (annotations.go)
	}
	c.emit(IMPORT_NAME, c.addName(s.Module))
	if parts := strings.Split(s.Module, "."); len(parts) > 1 {
		c.importDescend(parts[1:])
		c.emit(SWAP, 2)
		c.emit(POP_TOP, 0)
	}
	for i, a := range s.Names {
		if i == 0 && a.Name == "*" {
			if c.u.sc.kind != moduleScope {
				c.errorf(s.Span, "import * only allowed at module level")
			}
			c.emit(IMPORT_STAR, 0)
			return
		}
		saved := c.setSpan(a)
		c.emit(IMPORT_FROM, c.addName(a.Name))
		name := a.AsName
		if name == "" {
			name = a.Name
		}
		c.nameOp(name, ctxStore)
		saved.restore()
	}
	c.emit(POP_TOP, 0)
}
