package compile

// This file defines code generation for exception handling, following
// CPython 3.11's zero-cost scheme: try/except, try/finally, try/except*,
// with and async with, raise and assert.
//
// Handler conventions (see Handler in code.go): a "finally" handler
// (setupHandler lasti=false) receives [.. exc]; a "cleanup" handler
// (lasti=true) receives [.. lasti exc]. PUSH_EXC_INFO turns exc into
// prev_exc exc; every path out of a handler pops prev_exc with POP_EXCEPT.
// A handler's own code runs under the handlers active outside its try:
// the cleanup block `COPY 3; POP_EXCEPT; RERAISE 1` restores the previously
// handled exception when a handler body raises.

import "github.com/asyncscript/asyncscript/lang"

func (c *compiler) raise(s *lang.Raise) {
	n := 0
	if s.Exc != nil {
		c.expr(s.Exc)
		n++
		if s.Cause != nil {
			c.expr(s.Cause)
			n++
		}
	}
	c.u.span = s.Span
	c.emit(RAISE_VARARGS, n)
}

func (c *compiler) assert(s *lang.Assert) {
	c.checkAssert(s) // warnings.go
	end := c.newLabel()
	c.jumpIf(s.Test, end, true)
	// CPython 3.11 locates the failure at the test expression
	testSpan := s.Test.GetSpan()
	c.u.span = testSpan
	c.emit(LOAD_ASSERTION_ERROR, 0)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.u.span = testSpan
		c.emit(CALL, 0) // [AssertionError, msg]: AssertionError(msg)
	}
	c.emit(RAISE_VARARGS, 1)
	c.bind(end)
}

// popExceptAndReraise is the cleanup handler body: [prev lasti exc].
func (c *compiler) popExceptAndReraise() {
	c.emit(COPY, 3)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 1)
}

func (c *compiler) try(s *lang.Try) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(s)
	} else if s.IsStar {
		c.tryStarExcept(s)
	} else {
		c.tryExcept(s)
	}
}

func (c *compiler) tryFinally(s *lang.Try) {
	end, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	span := s.Span
	// try block
	c.setupHandler(end, false, 0)
	c.pushFblock(&fblock{kind: fbFinallyTry, finalbody: s.Finalbody})
	if len(s.Handlers) > 0 {
		if s.IsStar {
			c.tryStarExcept(s)
		} else {
			c.tryExcept(s)
		}
	} else {
		c.stmts(s.Body)
	}
	c.popBlock()
	c.popFblock()
	c.stmts(s.Finalbody)
	c.u.span = span
	if c.u.reachable {
		c.emitJump(JUMP, exit)
	}
	// finally block, exceptional path: [exc]
	c.bind(end)
	c.setupHandler(cleanup, true, 0)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(&fblock{kind: fbFinallyEnd})
	c.stmts(s.Finalbody)
	c.popFblock()
	c.u.span = span
	c.emit(RERAISE, 0)
	c.popBlock()
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(exit)
}

func (c *compiler) tryExcept(s *lang.Try) {
	except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	span := s.Span
	c.setupHandler(except, false, 0)
	c.pushFblock(&fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.popBlock()
	c.stmts(s.Orelse)
	c.u.span = span
	if c.u.reachable {
		c.emitJump(JUMP, end)
	}

	c.bind(except) // [exc]
	c.setupHandler(cleanup, true, 0)
	c.emit(PUSH_EXC_INFO, 0) // [prev exc]
	c.pushFblock(&fblock{kind: fbExceptionHandler})
	for i, h := range s.Handlers {
		c.u.span = h.Span
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.errorf(h.Span, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.u.span = h.Span
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanupEnd := c.newLabel()
			c.nameOp(h.Name, ctxStore) // [prev]
			c.setupHandler(cleanupEnd, true, 0)
			c.pushFblock(&fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFblock()
			c.u.span = h.Span
			c.popBlock()
			c.popBlock()
			if c.u.reachable {
				c.emit(POP_EXCEPT, 0)
				c.loadConst(None{})
				c.nameOp(h.Name, ctxStore)
				c.nameOp(h.Name, ctxDel)
				c.emitJump(JUMP, end)
			}
			c.bind(cleanupEnd) // [prev lasti exc]
			c.loadConst(None{})
			c.nameOp(h.Name, ctxStore)
			c.nameOp(h.Name, ctxDel)
			c.emit(RERAISE, 1)
		} else {
			c.emit(POP_TOP, 0) // [prev]
			c.pushFblock(&fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock()
			c.u.span = h.Span
			c.popBlock()
			if c.u.reachable {
				c.emit(POP_EXCEPT, 0)
				c.emitJump(JUMP, end)
			}
		}
		c.bind(next)
	}
	c.popFblock()
	c.u.span = span
	c.emit(RERAISE, 0) // no handler matched: [prev exc]
	c.popBlock()
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

// jumpIfNone emits `COPY 1; LOAD_CONST None; IS_OP; POP_JUMP_IF_TRUE`
// (CPython's POP_JUMP_IF_NONE / _NOT_NONE on a copy of the top).
func (c *compiler) jumpIfNone(target *label, none bool) {
	c.emit(COPY, 1)
	c.loadConst(None{})
	if none {
		c.emit(IS_OP, 0)
	} else {
		c.emit(IS_OP, 1)
	}
	c.emitJump(POP_JUMP_IF_TRUE, target)
}

// tryStarExcept compiles try/except* (CPython's compiler_try_star_except).
// Stack in the handlers: [prev orig list rest]: orig is the raised group,
// list collects what the handler bodies raised, rest is what is still
// unmatched (None when everything matched).
func (c *compiler) tryStarExcept(s *lang.Try) {
	except, orelse, end, cleanup, reraiseStar := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	span := s.Span
	c.setupHandler(except, false, 0)
	c.pushFblock(&fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.popBlock()
	c.u.span = span
	if c.u.reachable {
		c.emitJump(JUMP, orelse)
	}

	c.bind(except) // [exc]
	c.setupHandler(cleanup, true, 0)
	c.emit(PUSH_EXC_INFO, 0) // [prev exc]
	c.pushFblock(&fblock{kind: fbExceptionGroupHandler})
	n := len(s.Handlers)
	for i, h := range s.Handlers {
		c.u.span = h.Span
		afterBody := c.newLabel()
		exceptWithError := c.newLabel()
		noMatch := c.newLabel()
		if i == 0 {
			c.emit(COPY, 1)       // [prev orig exc]
			c.emit(BUILD_LIST, 0) // [prev orig exc list]
			c.emit(SWAP, 2)       // [prev orig list exc]
		}
		if h.Type != nil {
			c.expr(h.Type)
			c.u.span = h.Span
			c.emit(CHECK_EG_MATCH, 0) // [prev orig list rest match]
			c.jumpIfNone(noMatch, true)
		}
		cleanupEnd := c.newLabel()
		if h.Name != "" {
			c.nameOp(h.Name, ctxStore)
		} else {
			c.emit(POP_TOP, 0)
		}
		// [prev orig list rest]
		c.setupHandler(cleanupEnd, true, 0)
		c.pushFblock(&fblock{kind: fbHandlerCleanup, name: h.Name})
		c.stmts(h.Body)
		c.popFblock()
		c.u.span = h.Span
		c.popBlock()
		if c.u.reachable {
			if h.Name != "" {
				c.loadConst(None{})
				c.nameOp(h.Name, ctxStore)
				c.nameOp(h.Name, ctxDel)
			}
			c.emitJump(JUMP, afterBody)
		}
		c.bind(cleanupEnd) // [prev orig list rest lasti exc]
		if h.Name != "" {
			c.loadConst(None{})
			c.nameOp(h.Name, ctxStore)
			c.nameOp(h.Name, ctxDel)
		}
		c.emit(LIST_APPEND, 3) // exc raised in the body joins the list
		c.emit(POP_TOP, 0)     // lasti
		c.emitJump(JUMP, exceptWithError)

		c.bind(afterBody)
		c.emit(NOP, 0)
		c.emitJump(JUMP, exceptWithError)

		c.bind(noMatch) // [prev orig list rest None]
		c.emit(POP_TOP, 0)

		c.bind(exceptWithError) // [prev orig list rest]
		if i == n-1 {
			c.emit(LIST_APPEND, 1) // the unhandled rest (may be None)
			c.emitJump(JUMP, reraiseStar)
		}
	}
	c.popFblock()
	c.u.span = span
	reraise := c.newLabel()
	c.bind(reraiseStar) // [prev orig list]
	c.emit(PREP_RERAISE_STAR, 0)
	c.jumpIfNone(reraise, false)
	// nothing to re-raise: [prev None]
	c.emit(POP_TOP, 0)
	c.popBlock()
	c.emit(POP_EXCEPT, 0)
	c.emitJump(JUMP, end)
	c.bind(reraise) // [prev exc], still under cleanup
	c.popBlock()
	c.emit(SWAP, 2)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

// callExitWithNones calls the __exit__ below the stack top as
// exit(None, None, None): [exit None None None] CALL 2.
func (c *compiler) callExitWithNones() {
	c.loadConst(None{})
	c.loadConst(None{})
	c.loadConst(None{})
	c.emit(CALL, 2)
}

// with compiles items[pos:] of a with statement (one item per nesting
// level, as CPython's compiler_with / compiler_async_with).
func (c *compiler) with(s *lang.With, pos int) {
	if pos == 0 && s.IsAsync {
		c.checkAsync(s.Span, "'async with' outside async function")
	}
	item := s.Items[pos]
	final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.u.span = s.Span
	kind := fbWith
	if s.IsAsync {
		kind = fbAsyncWith
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.emit(GET_AWAITABLE, 1)
		c.emit(AWAIT, 0)
	} else {
		c.emit(BEFORE_WITH, 0)
	}
	// [exit res]: the handler cuts back to [exit]
	c.setupHandler(final, true, -1)
	c.pushFblock(&fblock{kind: kind, span: s.Span})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.with(s, pos+1)
	}
	c.u.span = s.Span
	c.popBlock()
	c.popFblock()
	if c.u.reachable {
		c.callExitWithNones()
		if s.IsAsync {
			c.emit(GET_AWAITABLE, 2)
			c.emit(AWAIT, 0)
		}
		c.emit(POP_TOP, 0)
		c.emitJump(JUMP, exit)
	}
	// exceptional exit: [exit lasti exc]
	c.bind(final)
	c.setupHandler(cleanup, true, 0)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	if s.IsAsync {
		c.emit(GET_AWAITABLE, 2)
		c.emit(AWAIT, 0)
	}
	c.withExceptFinish(cleanup)
	c.bind(exit)
}

// withExceptFinish: [exit lasti prev exc res] -> suppress or re-raise.
func (c *compiler) withExceptFinish(cleanup *label) {
	suppress := c.newLabel()
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 2)
	saved := c.u.htop
	c.popBlock()
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.u.htop = saved
	c.bind(suppress)
	c.emit(POP_TOP, 0) // exc
	c.popBlock()
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0) // lasti
	c.emit(POP_TOP, 0) // exit
}
