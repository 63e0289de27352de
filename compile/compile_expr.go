package compile

// This file defines code generation for expressions: operators, boolean
// and comparison chains (with conditional-jump forms for tests), calls,
// displays with unpacking, f-strings, subscripts, lambdas, comprehensions
// and generator expressions, await and yield.

import (
	"math/big"

	"github.com/asyncscript/asyncscript/lang"
)

// stackUseGuideline bounds how many values a display or call pushes before
// switching to incremental building (CPython's STACK_USE_GUIDELINE).
const stackUseGuideline = 30

var binOps = map[string]BinOp{
	"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpTrueDiv, "//": OpFloorDiv, "%": OpMod,
	"**": OpPow, "@": OpMatMul, "<<": OpLShift, ">>": OpRShift, "&": OpAnd, "|": OpOr, "^": OpXor,
}

var cmpOps = map[string]CmpOp{
	"==": CmpEq, "!=": CmpNe, "<": CmpLt, "<=": CmpLe, ">": CmpGt, ">=": CmpGe,
}

func (c *compiler) exprs(es []lang.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *compiler) expr(e lang.Expr) {
	defer c.setSpan(e).restore()
	switch e := e.(type) {
	case *lang.Constant:
		c.loadConst(c.constValue(e))
	case *lang.Name:
		c.nameOp(e.Id, ctxLoad)
	case *lang.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == "or" {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.u.span = e.Span
				c.emitJump(op, end)
			}
		}
		c.bind(end)
	case *lang.NamedExpr:
		c.expr(e.Value)
		c.emit(COPY, 1)
		c.store(e.Target)
	case *lang.BinOp:
		op, ok := binOps[e.Op]
		if !ok {
			c.errorf(e.Span, "unknown operator %s", e.Op)
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, int(op))
	case *lang.UnaryOp:
		if v, ok := c.foldConst(e); ok {
			c.loadConst(v)
			return
		}
		if e.Op == "not" {
			c.noteNot(e) // warnings.go
		}
		c.expr(e.Operand)
		switch e.Op {
		case "not":
			c.emit(UNARY_NOT, 0)
		case "-":
			c.emit(UNARY_OP, int(UnaryNeg))
		case "+":
			c.emit(UNARY_OP, int(UnaryPos))
		case "~":
			c.emit(UNARY_OP, int(UnaryInvert))
		default:
			c.errorf(e.Span, "unknown unary operator %s", e.Op)
		}
	case *lang.Lambda:
		c.lambda(e)
	case *lang.IfExp:
		end, next := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next, false)
		c.expr(e.Body)
		c.emitJump(JUMP, end)
		c.bind(next)
		c.expr(e.Orelse)
		c.bind(end)
	case *lang.Dict:
		c.dict(e)
	case *lang.Set:
		c.sequence(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *lang.List:
		c.sequence(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
	case *lang.Tuple:
		if v, ok := c.foldConst(e); ok {
			c.loadConst(v)
			return
		}
		c.sequence(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	case *lang.ListComp:
		c.comprehension(e, listComp, e.Generators, e.Elt, nil)
	case *lang.SetComp:
		c.comprehension(e, setComp, e.Generators, e.Elt, nil)
	case *lang.DictComp:
		c.comprehension(e, dictComp, e.Generators, e.Key, e.Value)
	case *lang.GeneratorExp:
		c.comprehension(e, genExpr, e.Generators, e.Elt, nil)
	case *lang.Await:
		sc := c.u.sc
		if sc.kind != moduleScope {
			if sc.kind != functionScope {
				c.errorf(e.Span, "'await' outside function")
			}
			if !sc.isAsync && sc.comp == notComp {
				c.errorf(e.Span, "'await' outside async function")
			}
		}
		c.expr(e.Value)
		c.emit(GET_AWAITABLE, 0)
		c.emit(AWAIT, 0)
	case *lang.Yield:
		if c.u.sc.kind != functionScope {
			c.errorf(e.Span, "'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(None{})
		}
		c.emit(YIELD_VALUE, 0)
	case *lang.YieldFrom:
		sc := c.u.sc
		if sc.kind != functionScope {
			c.errorf(e.Span, "'yield' outside function")
		}
		if sc.isAsync {
			c.errorf(e.Span, "'yield from' inside async function")
		}
		c.expr(e.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.emit(YIELD_FROM, 0)
	case *lang.Compare:
		c.compare(e)
	case *lang.Call:
		c.call(e)
	case *lang.JoinedStr:
		c.joinedStr(e)
	case *lang.FormattedValue:
		c.formattedValue(e)
	case *lang.Attribute:
		c.expr(e.Value)
		c.emit(LOAD_ATTR, c.addName(mangle(c.u.private, e.Attr)))
	case *lang.Subscript:
		c.checkSubscript(e) // warnings.go
		c.expr(e.Value)
		c.expr(e.Slice)
		c.emit(BINARY_SUBSCR, 0)
	case *lang.Slice:
		n := 2
		c.exprOrNone(e.Lower)
		c.exprOrNone(e.Upper)
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		c.emit(BUILD_SLICE, n)
	case *lang.Starred:
		c.errorf(e.Span, "can't use starred expression here")
	default:
		c.errorf(e.GetSpan(), "unsupported expression %T", e)
	}
}

func (c *compiler) exprOrNone(e lang.Expr) {
	if e == nil {
		c.loadConst(None{})
	} else {
		c.expr(e)
	}
}

// foldConst evaluates constant tuples and negated numeric literals at
// compile time (CPython's AST optimizer does the same).
func (c *compiler) foldConst(e lang.Expr) (any, bool) {
	switch e := e.(type) {
	case *lang.Constant:
		if e.Imag {
			return nil, false
		}
		return c.constValue(e), true
	case *lang.Tuple:
		// each tuple is folded once: a tuple that does not fold is compiled
		// item by item, and folding its items again at every level of a
		// deep nest would be quadratic
		if v, ok := c.foldedTuples[e]; ok {
			return v, v != nil
		}
		t := make(Tuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := c.foldConst(x)
			if !ok {
				c.foldedTuples[e] = nil
				return nil, false
			}
			t[i] = v
		}
		c.foldedTuples[e] = t
		return t, true
	case *lang.UnaryOp:
		if e.Op != "-" {
			return nil, false
		}
		k, ok := e.Operand.(*lang.Constant)
		if !ok || k.Imag {
			return nil, false
		}
		switch v := c.constValue(k).(type) {
		case int64:
			if v == -v && v != 0 { // math.MinInt64 cannot be a positive literal
				return nil, false
			}
			return -v, true
		case *big.Int:
			return intConst(new(big.Int).Neg(v)), true
		case float64:
			return -v, true
		}
	}
	return nil, false
}

func constTruth(v any) bool {
	switch v := v.(type) {
	case None:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case string:
		return v != ""
	case Bytes:
		return v != ""
	case Tuple:
		return len(v) != 0
	}
	return true
}

// jumpIf emits a jump to target taken when bool(e) == cond, with the
// value consumed either way (CPython's compiler_jump_if).
func (c *compiler) jumpIf(e lang.Expr, target *label, cond bool) {
	defer c.setSpan(e).restore()
	switch e := e.(type) {
	case *lang.Constant:
		if !e.Imag {
			if constTruth(c.constValue(e)) == cond {
				c.emitJump(JUMP, target)
			}
			return
		}
	case *lang.UnaryOp:
		if e.Op == "not" {
			c.noteNot(e) // warnings.go
			c.jumpIf(e.Operand, target, !cond)
			return
		}
	case *lang.BoolOp:
		cond2 := e.Op == "or"
		next2 := target
		if cond2 != cond {
			next2 = c.newLabel()
		}
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.jumpIf(v, next2, cond2)
		}
		c.jumpIf(e.Values[n], target, cond)
		if next2 != target {
			c.bind(next2)
		}
		return
	case *lang.IfExp:
		end, next2 := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next2, false)
		c.jumpIf(e.Body, target, cond)
		c.emitJump(JUMP, end)
		c.bind(next2)
		c.jumpIf(e.Orelse, target, cond)
		c.bind(end)
		return
	case *lang.Compare:
		if n := len(e.Ops) - 1; n > 0 {
			c.checkCompare(e) // warnings.go
			cleanup := c.newLabel()
			c.expr(e.Left)
			for i := 0; i < n; i++ {
				c.expr(e.Comparators[i])
				c.emit(SWAP, 2)
				c.emit(COPY, 2)
				c.compareOp(e.Ops[i])
				c.emitJump(POP_JUMP_IF_FALSE, cleanup)
			}
			c.expr(e.Comparators[n])
			c.compareOp(e.Ops[n])
			if cond {
				c.emitJump(POP_JUMP_IF_TRUE, target)
			} else {
				c.emitJump(POP_JUMP_IF_FALSE, target)
			}
			end := c.newLabel()
			c.emitJump(JUMP, end)
			c.bind(cleanup)
			c.emit(POP_TOP, 0)
			if !cond {
				c.emitJump(JUMP, target)
			}
			c.bind(end)
			return
		}
	}
	c.expr(e)
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, target)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, target)
	}
}

func (c *compiler) compareOp(op string) {
	switch op {
	case "is":
		c.emit(IS_OP, 0)
	case "is not":
		c.emit(IS_OP, 1)
	case "in":
		c.emit(CONTAINS_OP, 0)
	case "not in":
		c.emit(CONTAINS_OP, 1)
	default:
		k, ok := cmpOps[op]
		if !ok {
			c.errorf(c.u.span, "unknown comparison %s", op)
		}
		c.emit(COMPARE_OP, int(k))
	}
}

func (c *compiler) compare(e *lang.Compare) {
	c.checkCompare(e) // warnings.go
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.expr(e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n; i++ {
		c.expr(e.Comparators[i])
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.compareOp(e.Ops[i])
		c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.expr(e.Comparators[n])
	c.compareOp(e.Ops[n])
	c.emitJump(JUMP, end)
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

// ---- displays ----

// sequence builds a list, set or tuple from elts, which may contain
// *starred items, with pushed values already on the stack that become its
// first items (CPython's starunpack_helper). Tuples are built as lists
// and converted with LIST_TO_TUPLE when incremental building is needed.
func (c *compiler) sequence(elts []lang.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	n := len(elts)
	if n > 2 {
		consts := make(Tuple, n)
		allConst := true
		for i, e := range elts {
			v, ok := c.foldConst(e)
			if !ok {
				allConst = false
				break
			}
			consts[i] = v
		}
		if allConst {
			if tuple && pushed == 0 {
				c.loadConst(consts)
				return
			}
			c.emit(build, pushed)
			c.loadConst(consts)
			c.emit(extend, 1|c.extendFlag)
			if tuple {
				c.emit(LIST_TO_TUPLE, 0)
			}
			return
		}
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*lang.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		c.exprs(elts)
		if tuple {
			c.emit(BUILD_TUPLE, n+pushed)
		} else {
			c.emit(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.emit(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*lang.Starred); ok {
			if !built {
				c.emit(build, i+pushed)
				built = true
			}
			c.expr(s.Value)
			c.emit(extend, 1|c.extendFlag)
		} else {
			c.expr(e)
			if built {
				c.emit(add, 1)
			}
		}
	}
	if tuple {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

// subdict builds a dict from the (non-unpacking) items [begin, end).
func (c *compiler) subdict(e *lang.Dict, begin, end int) {
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
	}
	c.emit(BUILD_MAP, end-begin)
}

func (c *compiler) dict(e *lang.Dict) {
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil { // **mapping
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.emit(DICT_UPDATE, 1)
				}
				haveDict, elements = true, 0
			}
			if !haveDict {
				c.emit(BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.emit(DICT_UPDATE, 1)
			}
			haveDict, elements = true, 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.emit(DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.emit(BUILD_MAP, 0)
	}
}

// ---- f-strings ----

func (c *compiler) joinedStr(e *lang.JoinedStr) {
	for _, v := range e.Values {
		c.expr(v)
	}
	if len(e.Values) != 1 {
		c.emit(BUILD_STRING, len(e.Values))
	}
}

func (c *compiler) formattedValue(e *lang.FormattedValue) {
	c.expr(e.Value)
	arg := 0
	switch e.Conversion {
	case 's':
		arg = 1
	case 'r':
		arg = 2
	case 'a':
		arg = 3
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		arg |= 4
	}
	c.emit(FORMAT_VALUE, arg)
}

// ---- calls ----

func (c *compiler) call(e *lang.Call) {
	c.checkCaller(e) // warnings.go
	if attr, ok := e.Func.(*lang.Attribute); ok && c.simpleCall(e.Args, e.Keywords) &&
		len(e.Args)+len(e.Keywords)+b2i(len(e.Keywords) > 0) < stackUseGuideline {
		c.expr(attr.Value)
		c.u.span = attr.Span
		c.emit(LOAD_METHOD, c.addName(mangle(c.u.private, attr.Attr)))
		c.exprs(e.Args)
		c.keywordValues(e.Keywords)
		c.u.span = e.Span
		c.emitKwNames(e.Keywords)
		c.emit(CALL, len(e.Args)+len(e.Keywords))
		return
	}
	c.emit(PUSH_NULL, 0)
	c.expr(e.Func)
	c.callHelper(e.Span, 0, e.Args, e.Keywords)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// simpleCall reports whether a call has no *args and no **kwargs.
func (c *compiler) simpleCall(args []lang.Expr, kws []*lang.Keyword) bool {
	for _, a := range args {
		if _, ok := a.(*lang.Starred); ok {
			return false
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			return false
		}
	}
	return true
}

func (c *compiler) keywordValues(kws []*lang.Keyword) {
	for _, k := range kws {
		c.expr(k.Value)
	}
}

func (c *compiler) emitKwNames(kws []*lang.Keyword) {
	if len(kws) == 0 {
		return
	}
	names := make(Tuple, len(kws))
	for i, k := range kws {
		names[i] = k.Arg
	}
	c.emit(KW_NAMES, c.addConst(names))
}

// callHelper emits the arguments and the call of a callable already on
// the stack (after its NULL), with n positional arguments already pushed.
func (c *compiler) callHelper(span lang.Span, n int, args []lang.Expr, kws []*lang.Keyword) {
	seen := map[string]bool{}
	for _, k := range kws {
		if k.Arg != "" {
			if seen[k.Arg] {
				c.errorf(k.Span, "keyword argument repeated: %s", k.Arg)
			}
			seen[k.Arg] = true
		}
	}
	if c.simpleCall(args, kws) && len(args)+2*len(kws) <= stackUseGuideline {
		c.exprs(args)
		c.keywordValues(kws)
		c.u.span = span
		c.emitKwNames(kws)
		c.emit(CALL, n+len(args)+len(kws))
		return
	}
	// CALL_FUNCTION_EX: NULL func args_tuple [kwargs_dict]
	c.extendFlag = ExtendForCall
	c.sequence(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	c.extendFlag = 0
	if len(kws) > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(kws[i-nseen : i])
					if haveDict {
						c.emit(DICT_MERGE, 1)
					}
					haveDict, nseen = true, 0
				}
				if !haveDict {
					c.emit(BUILD_MAP, 0)
					haveDict = true
				}
				c.expr(k.Value)
				c.emit(DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(kws[len(kws)-nseen:])
			if haveDict {
				c.emit(DICT_MERGE, 1)
			}
		}
	}
	c.u.span = span
	c.emit(CALL_FUNCTION_EX, b2i(len(kws) > 0))
}

func (c *compiler) subkwargs(kws []*lang.Keyword) {
	for _, k := range kws {
		c.loadConst(k.Arg)
		c.expr(k.Value)
	}
	c.emit(BUILD_MAP, len(kws))
}

// ---- lambdas and comprehensions ----

func (c *compiler) lambda(e *lang.Lambda) {
	sc := c.scopes[e]
	flags := c.emitDefaults(e.Args)
	flags |= c.makeClosureTuple(sc)
	c.enterUnit(sc, "<lambda>", sc.qualname, e.Span.Start.Line, e.Span)
	c.functionFlags(sc, c.u.code)
	c.expr(e.Body)
	c.emit(RETURN_VALUE, 0)
	code := c.exitUnit()
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) comprehension(e lang.Expr, kind compKind, gens []*lang.Comprehension, elt, val lang.Expr) {
	sc := c.scopes[e]
	isAsync := sc.coroutine
	outer := c.u.sc
	if isAsync && kind != genExpr && !(outer.kind == functionScope && (outer.isAsync || outer.comp != notComp)) && outer.kind != moduleScope {
		c.errorf(e.GetSpan(), "asynchronous comprehension outside of an asynchronous function")
	}
	span := e.GetSpan()
	c.enterUnit(sc, kind.codeName(), sc.qualname, span.Start.Line, span)
	code := c.u.code
	code.ArgCount = 1
	switch {
	case kind == genExpr && isAsync:
		code.Flags |= FlagAsyncGenerator
	case kind == genExpr:
		code.Flags |= FlagGenerator
	case isAsync:
		code.Flags |= FlagCoroutine
	}
	switch kind {
	case listComp:
		c.emit(BUILD_LIST, 0)
	case setComp:
		c.emit(BUILD_SET, 0)
	case dictComp:
		c.emit(BUILD_MAP, 0)
	}
	c.compGenerators(gens, elt, val, kind)
	c.u.span = span
	if kind != genExpr {
		c.emit(RETURN_VALUE, 0)
	} else {
		c.loadConst(None{})
		c.emit(RETURN_VALUE, 0)
	}
	code = c.exitUnit()

	c.emit(PUSH_NULL, 0)
	flags := c.makeClosureTuple(sc)
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
	c.expr(gens[0].Iter)
	c.u.span = span
	if gens[0].IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL, 1)
	if isAsync && kind != genExpr {
		c.emit(GET_AWAITABLE, 0)
		c.emit(AWAIT, 0)
	}
}

// compGenerators emits the nested loops of gens, outermost first, with the
// element innermost (CPython's compiler_comprehension_generator, which
// recurses once per `for` clause; the clauses of one comprehension are not
// nested in the source, so here the headers and footers are emitted by two
// loops and Go's recursion does not grow with their number).
func (c *compiler) compGenerators(gens []*lang.Comprehension, elt, val lang.Expr, kind compKind) {
	type loop struct{ start, ifCleanup, anchor *label }
	loops := make([]loop, len(gens))
	saved := c.u.span
	for i, g := range gens {
		l := loop{c.newLabel(), c.newLabel(), c.newLabel()}
		loops[i] = l
		c.u.span = g.Span
		if i == 0 {
			c.emit(LOAD_FAST, 0) // .0
		} else {
			c.expr(g.Iter)
			c.u.span = g.Span
			if g.IsAsync {
				c.emit(GET_AITER, 0)
			} else {
				c.emit(GET_ITER, 0)
			}
		}
		c.bind(l.start)
		if g.IsAsync {
			c.pushFblock(&fblock{kind: fbAsyncComprehensionGenerator})
			c.setupHandler(l.anchor, false, 0)
			c.emit(GET_ANEXT, 0)
			c.emit(AWAIT, 0)
			c.popBlock()
		} else {
			c.emitJump(FOR_ITER, l.anchor)
		}
		c.store(g.Target)
		for _, cond := range g.Ifs {
			c.jumpIf(cond, l.ifCleanup, false)
		}
	}
	// the result sits below one iterator per loop
	depth := len(gens)
	switch kind {
	case genExpr:
		c.expr(elt)
		c.emit(YIELD_VALUE, 0)
		c.emit(POP_TOP, 0)
	case listComp:
		c.expr(elt)
		c.emit(LIST_APPEND, depth+1)
	case setComp:
		c.expr(elt)
		c.emit(SET_ADD, depth+1)
	case dictComp:
		c.expr(elt)
		c.expr(val)
		c.emit(MAP_ADD, depth+1)
	}
	for i := len(gens) - 1; i >= 0; i-- {
		g, l := gens[i], loops[i]
		c.bind(l.ifCleanup)
		c.u.span = g.Span
		c.emitJump(JUMP, l.start)
		if g.IsAsync {
			c.popFblock()
			c.bind(l.anchor)
			c.emit(END_ASYNC_FOR, 0)
		} else {
			c.bind(l.anchor)
		}
	}
	c.u.span = saved
}

// exprKindName names an expression for "cannot assign to ..." messages.
func exprKindName(e lang.Expr) string {
	switch e := e.(type) {
	case *lang.Call:
		return "function call"
	case *lang.Constant:
		return "literal"
	case *lang.BinOp, *lang.UnaryOp:
		return "expression"
	case *lang.BoolOp:
		return "expression"
	case *lang.Compare:
		return "comparison"
	case *lang.Lambda:
		return "lambda"
	case *lang.IfExp:
		return "conditional expression"
	case *lang.NamedExpr:
		return "named expression"
	case *lang.Await:
		return "await expression"
	case *lang.Yield, *lang.YieldFrom:
		return "yield expression"
	case *lang.JoinedStr:
		return "f-string expression"
	case *lang.Dict:
		return "dict literal"
	case *lang.Set:
		return "set display"
	case *lang.ListComp:
		return "list comprehension"
	case *lang.SetComp:
		return "set comprehension"
	case *lang.DictComp:
		return "dict comprehension"
	case *lang.GeneratorExp:
		return "generator expression"
	case *lang.Tuple:
		return "tuple"
	case *lang.List:
		return "list"
	case *lang.Starred:
		return "starred"
	case *lang.Attribute:
		return "attribute"
	case *lang.Subscript:
		return "subscript"
	case *lang.Name:
		return "name"
	default:
		_ = e
		return "expression"
	}
}
