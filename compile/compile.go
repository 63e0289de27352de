package compile

// This file defines Compile and the code generator's machinery: compilation
// units (one per Code), instruction emission with labels, the static
// exception table and the final assembly (jump resolution, handler ranges,
// MaxStack by flow analysis).
//
// Codegen mirrors CPython 3.11's compile.c. Where CPython uses SETUP_*/
// POP_BLOCK pseudo-instructions and a later pass to build the exception
// table, we keep a persistent stack of active handlers while emitting:
// every instruction is tagged with the innermost handler active where it
// is emitted, so the table's ranges never overlap (each instruction has at
// most one handler). A label remembers the handler stack and the operand
// stack depth of the code that jumps to it; binding a label after
// unreachable code restores both, exactly as CPython's flow analysis
// propagates them along edges. Handler targets run under the handlers that
// were active outside their try (their own range does not cover them).
//
// The statement and expression visitors live in compile_stmt.go,
// compile_expr.go and compile_exc.go; opcode stack effects in
// stackeffect.go.
//
// Limits, as CPython 3.11's. The resolver counts one level per statement
// and per expression and fails past 3 × (recursion limit − call depth)
// levels (at most maxCompileDepth) with RecursionLimitError, CPython's
// RecursionError "maximum recursion depth exceeded during compilation";
// since the compiler walks the tree the resolver has walked, that bounds
// the Go recursion of both. Recursions that do not follow the tree's
// depth are loops (comprehension clauses) or bounded by coMaxBlocks (with
// items, unwinding). Cost is linear in the source: constant keys, tuple
// folding, qualified names and scope analysis avoid the per-level copies
// a direct transcription of CPython would make.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/lang"
)

// Options select how a module is compiled.
type Options struct {
	// Interactive compiles a REPL entry: expression statements at module
	// level print their value (PRINT_EXPR) instead of discarding it.
	Interactive bool
	// EchoLast compiles a notebook cell: only the last statement of the
	// module, when it is an expression statement, prints its value
	// (IPython's ast_node_interactivity='last_expr').
	EchoLast bool
	// NoFuse leaves out the superinstruction pass (codegen tests compare
	// the plain CPython-shaped bytecode).
	NoFuse bool
	// RecursionLimit (0: CPython's default, 1000) and CallDepth, the
	// Python call depth compilation starts at, set how deeply statements
	// and expressions may nest: 3 × (RecursionLimit − CallDepth) levels,
	// as CPython's compiler allows. Deeper programs fail with a
	// *RecursionLimitError.
	RecursionLimit int
	CallDepth      int

	// debug turns internal consistency checks (stack depths agreeing at
	// labels, no negative depth) into panics; the tests set it.
	debug bool
}

// defaultRecursionLimit is CPython's default sys.getrecursionlimit().
const defaultRecursionLimit = 1000

// Compile resolves and compiles a parsed module. Errors are
// *lang.SyntaxError, or *RecursionLimitError for a program nested too
// deeply (see Options.RecursionLimit).
//
// The module's code carries the compiler's warnings (Code.Warnings,
// warnings.go). With an error, code is nil, unless the compiler had found
// warnings before it: then code holds only those Warnings, to be issued
// before the error is reported, as CPython's compiler issues them while
// it goes.
func Compile(m *lang.Module, opts Options) (code *Code, err error) {
	var c *compiler
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(compileError); ok {
				code, err = nil, ce.err
				if c != nil && len(c.warnings) > 0 {
					code = &Code{Warnings: c.warnings}
				}
				return
			}
			panic(r)
		}
	}()
	scopes := resolveModule(m, opts)
	c = &compiler{file: m.File, opts: opts, scopes: scopes, foldedTuples: make(map[*lang.Tuple]any)}
	code = c.module(m)
	code.Warnings = c.warnings
	if !opts.NoFuse {
		fuse(code)
	}
	return code, nil
}

type compiler struct {
	// extendFlag is or-ed into LIST_EXTEND's argument while building the
	// positional arguments of a call (ExtendForCall), so a failure can
	// name the function as CPython does.
	extendFlag int
	file       *lang.File
	opts       Options
	scopes     map[any]*scope
	u          *unit
	// foldedTuples caches foldConst's result per tuple (nil: not constant).
	foldedTuples map[*lang.Tuple]any
	// echo is the expression statement whose value is printed under
	// Options.EchoLast.
	echo *lang.ExprStmt
	// futureAnnotations is set by `from __future__ import annotations`
	// (annotations.go).
	futureAnnotations bool
	// warnings are the SyntaxWarnings found so far; negated holds the
	// comparisons CPython's optimizer negates and innerNots the `not`s
	// below the first of a chain (warnings.go).
	warnings  []Warning
	negated   map[*lang.Compare]bool
	innerNots map[*lang.UnaryOp]bool
	fold      folder
}

// label is a jump target. pc is -1 until bound. When known is set, depth
// and htop are the operand stack depth and handler stack at the label.
type label struct {
	pc    int
	known bool
	depth int
	htop  *hnode
}

// handlerBlock is one try region's handler: where to go and to what
// depth the operand stack is cut back.
type handlerBlock struct {
	target *label
	depth  int
	lasti  bool
}

// hnode is a persistent stack of active handlers.
type hnode struct {
	h    *handlerBlock
	next *hnode
}

type instr struct {
	op      Opcode
	arg     int
	target  *label
	span    lang.Span
	handler *handlerBlock
}

// fblock kinds: the statically nested blocks that return/break/continue
// must unwind (CPython's fblocktype).
type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

type fblock struct {
	kind        fblockKind
	start, exit *label      // loops: continue and break targets
	finalbody   []lang.Stmt // fbFinallyTry
	name        string      // fbHandlerCleanup: the `as` name, "" if none
	span        lang.Span   // fbWith/fbAsyncWith: the with statement
}

// unit is the compilation state of one Code.
type unit struct {
	parent    *unit
	sc        *scope
	code      *Code
	instrs    []instr
	consts    map[string]int
	names     map[string]int
	localIdx  map[string]int
	cellIdx   map[string]int
	fblocks   []*fblock
	htop      *hnode
	depth     int
	reachable bool
	span      lang.Span
	private   string
	awaits    bool // emitted an await-like instruction (module: top-level await)
}

func (c *compiler) errorf(sp lang.Span, format string, args ...any) {
	panic(compileError{&lang.SyntaxError{File: c.file, Span: sp, Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...)}})
}

// enterUnit starts compiling the body of scope sc.
func (c *compiler) enterUnit(sc *scope, name, qualname string, firstLine int32, span lang.Span) {
	u := &unit{
		parent:    c.u,
		sc:        sc,
		consts:    make(map[string]int),
		names:     make(map[string]int),
		localIdx:  make(map[string]int),
		cellIdx:   make(map[string]int),
		reachable: true,
		span:      span,
	}
	if c.u != nil {
		u.private = c.u.private
	}
	code := &Code{Name: name, QualName: qualname, File: c.file, FirstLine: firstLine, Docstring: None{}}
	code.Locals = sc.locals
	code.CellVars = sc.cellvars
	code.FreeVars = sc.freevars
	for i, n := range sc.locals {
		u.localIdx[n] = i
	}
	for i, n := range sc.cellvars {
		u.cellIdx[n] = i
	}
	for i, n := range sc.freevars {
		if _, ok := u.cellIdx[n]; !ok {
			u.cellIdx[n] = len(sc.cellvars) + i
		}
	}
	if len(sc.cellvars) > 0 {
		code.CellArgs = make([]int, len(sc.cellvars))
		for i, n := range sc.cellvars {
			code.CellArgs[i] = -1
			for j, p := range sc.params {
				if p == n {
					code.CellArgs[i] = j
				}
			}
		}
	}
	u.code = code
	c.u = u
}

// exitUnit assembles the current unit and returns to its parent.
func (c *compiler) exitUnit() *Code {
	u := c.u
	code := u.code
	c.assemble(u)
	c.u = u.parent
	return code
}

// ---- emission ----

func (c *compiler) emit(op Opcode, arg int) {
	u := c.u
	if !u.reachable {
		return // dead code: nothing can jump here (see bind)
	}
	var h *handlerBlock
	if u.htop != nil {
		h = u.htop.h
	}
	if len(u.instrs) == cap(u.instrs) {
		// double: append grows large slices by 1.25×, which for a module of
		// a million instructions allocates five times its final size
		grown := make([]instr, len(u.instrs), max(8, 2*cap(u.instrs)))
		copy(grown, u.instrs)
		u.instrs = grown
	}
	u.instrs = append(u.instrs, instr{op: op, arg: arg, span: u.span, handler: h})
	u.depth += stackEffect(op, arg, false)
	if u.depth < 0 && c.opts.debug {
		panic(fmt.Sprintf("compile: negative stack depth after %v in %s", op, u.code.QualName))
	}
	if isTerminator(op) {
		u.reachable = false
	}
	switch op {
	case AWAIT, GET_AITER, BEFORE_ASYNC_WITH:
		u.awaits = true
	}
}

func (c *compiler) emitJump(op Opcode, l *label) {
	u := c.u
	if !u.reachable {
		return
	}
	c.recordLabel(l, u.depth+stackEffect(op, 0, true), u.htop)
	c.emit(op, 0)
	u.instrs[len(u.instrs)-1].target = l
}

func (c *compiler) newLabel() *label { return &label{pc: -1} }

func (c *compiler) recordLabel(l *label, depth int, htop *hnode) {
	if !l.known {
		l.known, l.depth, l.htop = true, depth, htop
		return
	}
	if c.opts.debug && (l.depth != depth || l.htop != htop) {
		panic(fmt.Sprintf("compile: inconsistent state at label in %s: depth %d vs %d, handlers %p vs %p", c.u.code.QualName, l.depth, depth, l.htop, htop))
	}
}

// bind places l at the next instruction. Code after an unconditional
// jump, return or raise stays unreachable (and is not emitted) until a
// label that some reachable jump or handler targets is bound: in
// structured code nothing can jump backwards into such dead code.
func (c *compiler) bind(l *label) {
	u := c.u
	l.pc = len(u.instrs)
	if u.reachable {
		c.recordLabel(l, u.depth, u.htop)
	} else if l.known {
		u.depth, u.htop, u.reachable = l.depth, l.htop, true
	}
}

// setupHandler opens a try region whose exceptions go to target (CPython's
// SETUP_FINALLY: lasti false; SETUP_CLEANUP and SETUP_WITH: lasti true).
// The handler cuts the stack back to the current depth plus adjust.
func (c *compiler) setupHandler(target *label, lasti bool, adjust int) {
	u := c.u
	h := &handlerBlock{target: target, depth: u.depth + adjust, lasti: lasti}
	if u.reachable {
		d := h.depth + 1
		if lasti {
			d++
		}
		c.recordLabel(target, d, u.htop)
	}
	u.htop = &hnode{h: h, next: u.htop}
}

// popBlock closes the innermost try region (CPython's POP_BLOCK).
func (c *compiler) popBlock() {
	if c.u.htop != nil {
		c.u.htop = c.u.htop.next
	}
}

// coMaxBlocks is CPython's CO_MAXBLOCKS, the most blocks that may be
// statically nested in one code object (it also bounds the recursion of
// unwindFblockStack and of with statements, one level per item).
const coMaxBlocks = 20

func (c *compiler) pushFblock(f *fblock) {
	if len(c.u.fblocks) >= coMaxBlocks {
		c.errorf(c.u.span, "too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, f)
}

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// setSpan makes n's span the span of the instructions emitted until the
// returned savedSpan's restore puts the previous one back. (A value, not a
// closure: `defer c.setSpan(e).restore()` runs once per node and must not
// allocate.)
func (c *compiler) setSpan(n lang.Node) savedSpan {
	u := c.u
	saved := savedSpan{u, u.span}
	u.span = n.GetSpan()
	return saved
}

type savedSpan struct {
	u    *unit
	span lang.Span
}

func (s savedSpan) restore() { s.u.span = s.span }

// ---- constants and names ----

// constKey returns the key under which a constant is shared within one
// code object, "" for values that are never shared (code objects). As
// CPython's _PyCode_ConstantKey it tells apart values that compare equal
// but differ in type or sign (1, 1.0, True; 0.0, -0.0). The encoding is
// self-delimiting (numbers end in ';', strings carry their length), so a
// tuple's key is its items' keys between parentheses, built in one buffer:
// the cost is linear in the size of the constant.
func constKey(v any) string {
	var b strings.Builder
	if !writeConstKey(&b, v) {
		return ""
	}
	return b.String()
}

func writeConstKey(b *strings.Builder, v any) bool {
	switch v := v.(type) {
	case None:
		b.WriteByte('N')
	case bool:
		if v {
			b.WriteByte('T')
		} else {
			b.WriteByte('F')
		}
	case int64:
		b.WriteByte('i')
		b.WriteString(strconv.FormatInt(v, 10))
		b.WriteByte(';')
	case *big.Int:
		b.WriteByte('I')
		b.WriteString(v.String())
		b.WriteByte(';')
	case float64:
		b.WriteByte('f')
		b.WriteString(strconv.FormatUint(math.Float64bits(v), 16))
		b.WriteByte(';')
	case string:
		b.WriteByte('s')
		b.WriteString(strconv.Itoa(len(v)))
		b.WriteByte(':')
		b.WriteString(v)
	case Bytes:
		b.WriteByte('b')
		b.WriteString(strconv.Itoa(len(v)))
		b.WriteByte(':')
		b.WriteString(string(v))
	case Ellipsis:
		b.WriteByte('E')
	case Tuple:
		b.WriteByte('(')
		for _, x := range v {
			if !writeConstKey(b, x) {
				return false
			}
		}
		b.WriteByte(')')
	default:
		return false // not shared (code objects)
	}
	return true
}

func (c *compiler) addConst(v any) int {
	u := c.u
	k := constKey(v)
	if k != "" {
		if i, ok := u.consts[k]; ok {
			return i
		}
	}
	i := len(u.code.Consts)
	u.code.Consts = append(u.code.Consts, v)
	if k != "" {
		u.consts[k] = i
	}
	return i
}

func (c *compiler) loadConst(v any) { c.emit(LOAD_CONST, c.addConst(v)) }

func (c *compiler) addName(name string) int {
	u := c.u
	if i, ok := u.names[name]; ok {
		return i
	}
	i := len(u.code.Names)
	u.code.Names = append(u.code.Names, name)
	u.names[name] = i
	return i
}

// constValue converts a lang.Constant value to a constant (see Code).
func (c *compiler) constValue(e *lang.Constant) any {
	if e.Imag {
		c.errorf(e.Span, "imaginary literals are not supported")
	}
	switch v := e.Value.(type) {
	case nil:
		return None{}
	case bool:
		return v
	case int64:
		return v
	case int:
		return int64(v)
	case *big.Int:
		return intConst(v)
	case float64:
		return v
	case string:
		return v
	case []byte:
		return Bytes(v)
	case lang.EllipsisType:
		return Ellipsis{}
	}
	c.errorf(e.Span, "unsupported constant %T", e.Value)
	return nil
}

// intConst is the constant of an integer: an int64 when it fits (as the
// runtime's small-int representation), else a *big.Int.
func intConst(v *big.Int) any {
	if v.IsInt64() {
		return v.Int64()
	}
	return v
}

// ---- names ----

type nameCtx uint8

const (
	ctxLoad nameCtx = iota
	ctxStore
	ctxDel
)

// nameOp emits the load, store or delete of a variable (CPython's
// compiler_nameop).
func (c *compiler) nameOp(name string, ctx nameCtx) {
	u := c.u
	name = mangle(u.private, name)
	sc := u.sc
	vs := varUnknown
	if sym := sc.lookup(name); sym != nil {
		vs = sym.scope
	}
	if sc.kind == moduleScope {
		c.emit([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], c.addName(name))
		return
	}
	switch vs {
	case varFree, varCell:
		op := [...]Opcode{LOAD_DEREF, STORE_DEREF, DELETE_DEREF}[ctx]
		if ctx == ctxLoad && sc.kind == classScope {
			op = LOAD_CLASSDEREF
		}
		c.emit(op, u.cellIdx[name])
		return
	case varLocal:
		if sc.kind == functionScope {
			c.emit([...]Opcode{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], u.localIdx[name])
			return
		}
	case varGlobalImplicit:
		if sc.kind == functionScope {
			c.emit([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], c.addName(name))
			return
		}
	case varGlobalExplicit:
		c.emit([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], c.addName(name))
		return
	}
	c.emit([...]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx], c.addName(name))
}

// ---- module ----

func (c *compiler) module(m *lang.Module) *Code {
	sc := c.scopes[m]
	c.enterUnit(sc, "<module>", "<module>", 1, lang.Span{Start: lang.Pos{Line: 1, Col: 1}, End: lang.Pos{Line: 1, Col: 1}})
	u := c.u
	u.code.Flags |= FlagModule
	body := m.Body
	if c.opts.EchoLast && len(body) > 0 {
		c.echo, _ = body[len(body)-1].(*lang.ExprStmt)
	}
	c.futureAnnotations = c.checkFuture(body)
	if !c.opts.Interactive && !c.opts.EchoLast {
		if doc, ok := docstring(body); ok {
			saved := c.setSpan(body[0])
			c.loadConst(doc)
			c.nameOp("__doc__", ctxStore)
			saved.restore()
			u.code.Docstring = doc
			body = body[1:]
		}
	}
	c.setupAnnotations(body)
	c.stmts(body)
	if u.reachable {
		c.loadConst(None{})
		c.emit(RETURN_VALUE, 0)
	}
	if m.HasTopLevelAwait || u.awaits {
		u.code.Flags |= FlagTopLevelAwait
	}
	return c.exitUnit()
}

// docstring returns the docstring of a body: its first statement when that
// is a string constant.
func docstring(body []lang.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	es, ok := body[0].(*lang.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := es.X.(*lang.Constant)
	if !ok || k.Imag {
		return "", false
	}
	s, ok := k.Value.(string)
	return s, ok
}

// ---- assembly ----

func (c *compiler) assemble(u *unit) {
	code := u.code
	n := len(u.instrs)
	code.Instrs = make([]Instr, n)
	code.Spans = make([]lang.Span, n)
	for i, in := range u.instrs {
		arg := in.arg
		if in.target != nil {
			if in.target.pc < 0 {
				panic("compile: unbound label in " + code.QualName)
			}
			arg = in.target.pc
		}
		if arg < 0 || arg >= 1<<24 {
			c.errorf(in.span, "too many constants, names or instructions")
		}
		code.Instrs[i] = MakeInstr(in.op, arg)
		code.Spans[i] = in.span
	}
	var cur *handlerBlock
	start := 0
	for i := 0; i <= n; i++ {
		var h *handlerBlock
		if i < n {
			h = u.instrs[i].handler
		}
		if h == cur {
			continue
		}
		if cur != nil {
			code.Handlers = append(code.Handlers, Handler{
				Start: int32(start), End: int32(i), Target: int32(cur.target.pc),
				Depth: int32(cur.depth), Lasti: cur.lasti,
			})
		}
		cur, start = h, i
	}
	code.MaxStack = maxStackDepth(u.instrs, code.QualName, c.opts.debug)
}

// maxStackDepth computes the largest operand stack depth reachable from
// the first instruction, following fall-through, jump and exception edges.
func maxStackDepth(instrs []instr, name string, debug bool) int {
	n := len(instrs)
	if n == 0 {
		return 0
	}
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	push := func(pc, d int) {
		if pc >= n {
			if debug {
				panic("compile: code falls off the end in " + name)
			}
			return
		}
		if depth[pc] < 0 {
			depth[pc] = d
			work = append(work, pc)
		} else if depth[pc] != d && debug {
			panic(fmt.Sprintf("compile: stack depth %d vs %d at %d in %s", depth[pc], d, pc, name))
		}
	}
	push(0, 0)
	maxd := 0
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		in := instrs[pc]
		if h := in.handler; h != nil {
			hd := h.depth + 1
			if h.lasti {
				hd++
			}
			push(h.target.pc, hd)
			maxd = max(maxd, hd)
		}
		if in.target != nil {
			jd := d + stackEffect(in.op, in.arg, true)
			maxd = max(maxd, jd)
			push(in.target.pc, jd)
		}
		nd := d + stackEffect(in.op, in.arg, false)
		if nd < 0 && debug {
			panic(fmt.Sprintf("compile: negative stack depth at %d (%v) in %s", pc, in.op, name))
		}
		maxd = max(maxd, d, nd)
		if !isTerminator(in.op) {
			push(pc+1, nd)
		}
	}
	return maxd
}
