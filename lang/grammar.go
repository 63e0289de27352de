package lang

// This file defines the concrete syntax tree. Participle parses the
// statement structure from the struct tags below: which statement comes
// next (the cstStmt union), blocks (NEWLINE INDENT ... DEDENT) and the
// clauses of compound statements (elif/else, except/else/finally). The
// expressions inside them, simple-statement lines and the headers of
// for/with/def/class/except are participle.Parseable nodes written by hand
// (exprparse.go, simpleparse.go, headparse.go). The grammar accepts a
// superset of the language; lower.go folds it into the AST and rejects what
// CPython rejects (invalid targets, misplaced starred expressions, argument
// order).
//
// Grammar notes, for parse speed and for start-up time:
//   - participle is a backtracking reflection-based parser, so every
//     alternative tried costs; leading keywords are literals in the tag
//     (`'if' @@`) so that a failing alternative costs one token comparison;
//   - participle.Build lexes every tagged field's tag several times and
//     allocates a text/scanner per pass (about 10 KB and 10 µs per field),
//     and the build is on the critical path of start-up, so the grammar has
//     as few tagged fields as it can: statements are a union (no field per
//     alternative) and headers are single Parseable fields;
//   - the grammar needs one token of lookahead (the default).

import "github.com/alecthomas/participle/v2/lexer"

// cstStmt is one statement: a member of the union built by fileParser, in
// the order of stmtMembers.
type cstStmt interface{ cstStmtNode() }

func (*cstSimpleRun) cstStmtNode() {}
func (*cstIf) cstStmtNode()        {}
func (*cstWhile) cstStmtNode()     {}
func (*cstFor) cstStmtNode()       {}
func (*cstTry) cstStmtNode()       {}
func (*cstSuite) cstStmtNode()     {}
func (*cstDecorated) cstStmtNode() {}

// stmtMembers lists the cstStmt union in the order participle tries them.
var stmtMembers = []cstStmt{&cstSimpleRun{}, &cstIf{}, &cstWhile{}, &cstFor{}, &cstTry{}, &cstSuite{}, &cstDecorated{}}

// cstSuiteHead is the header of a cstSuite: a union of *cstWithHead,
// *cstDefHead and *cstClassHead, in that order.
type cstSuiteHead interface{ cstSuiteHeadNode() }

func (*cstWithHead) cstSuiteHeadNode()  {}
func (*cstDefHead) cstSuiteHeadNode()   {}
func (*cstClassHead) cstSuiteHeadNode() {}

var suiteHeadMembers = []cstSuiteHead{&cstWithHead{}, &cstDefHead{}, &cstClassHead{}}

// cstDefinition is the header of a decorated statement: a union of
// *cstDefHead and *cstClassHead.
type cstDefinition interface{ cstDefinitionNode() }

func (*cstDefHead) cstDefinitionNode()   {}
func (*cstClassHead) cstDefinitionNode() {}

var definitionMembers = []cstDefinition{&cstDefHead{}, &cstClassHead{}}

type cstFile struct {
	Stmts []cstStmt `parser:"@@*"`
}

type cstBlock struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Stmts  []cstStmt  `parser:"  Newline Indent @@+ Dedent"`
	Simple *cstSimple `parser:"| @@"`
}

type cstIf struct {
	Pos    lexer.Position
	EndPos lexer.Position
	First  *cstCond   `parser:"'if' @@"`
	Elifs  []*cstCond `parser:"( 'elif' @@ )*"`
	Else   *cstBlock  `parser:"( 'else' ':' @@ )?"`
}

// cstCond is the `test ":" block` of an if, elif or while clause.
type cstCond struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Test   *cstTest  `parser:"@@ ':'"`
	Body   *cstBlock `parser:"@@"`
}

type cstWhile struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Loop   *cstCond  `parser:"'while' @@"`
	Else   *cstBlock `parser:"( 'else' ':' @@ )?"`
}

type cstFor struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Head   *cstForHead `parser:"@@ ':'"`
	Body   *cstBlock   `parser:"@@"`
	Else   *cstBlock   `parser:"( 'else' ':' @@ )?"`
}

type cstTry struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Body     *cstBlock     `parser:"'try' ':' @@"`
	Handlers []*cstHandler `parser:"@@*"`
	Else     *cstBlock     `parser:"( 'else' ':' @@ )?"`
	Finally  *cstBlock     `parser:"( 'finally' ':' @@ )?"`
}

type cstHandler struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Head   *cstExceptHead `parser:"'except' @@? ':'"`
	Body   *cstBlock      `parser:"@@"`
}

// cstSuite is a with, def or class statement: its header and its block.
type cstSuite struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Head   cstSuiteHead `parser:"@@ ':'"`
	Body   *cstBlock    `parser:"@@"`
}

type cstDecorated struct {
	Pos        lexer.Position
	EndPos     lexer.Position
	Decorators []*cstTest    `parser:"( '@' @@ Newline )+"`
	Head       cstDefinition `parser:"@@ ':'"`
	Body       *cstBlock     `parser:"@@"`
}

// The headers below are parsed by headparse.go.

// cstForHead is `["async"] "for" targets "in" seq`.
type cstForHead struct {
	Async  bool
	Target *cstTargets
	Iter   *cstSeq
}

// cstExceptHead is `["*"] [test {"," test} ["as" Name]]` after "except".
type cstExceptHead struct {
	Star bool
	Type *cstTest
	More []*cstTest
	Name string
}

// cstWithHead is `["async"] "with" item {"," item}`.
type cstWithHead struct {
	Pos   tpos
	Async bool
	Items []*cstWithItem
}

type cstWithItem struct {
	Pos    tpos
	EndPos tpos
	X      *cstTest
	As     *cstTarget
}

// cstDefHead is `["async"] "def" Name "(" [params] ")" ["->" test]`.
type cstDefHead struct {
	Pos     tpos
	Async   bool
	Name    string
	Params  *cstParams
	Returns *cstTest
}

// cstClassHead is `"class" Name ["(" [args] ")"]`.
type cstClassHead struct {
	Pos   tpos
	Name  string
	Paren bool
	Args  *cstArgs
}

// cstSimpleRun is consecutive simple-statement lines of one block. It is
// one member of the statement union, so
// participle's per-statement bookkeeping (branches, reflection) is paid
// once per run rather than once per line, which dominated the parse of
// long flat files. It keeps the parse trees of its first keptLines lines
// only: the lowering parses the rest again (tokens Rest to End), one line
// at a time, lowering each before the next, so that the CST of a long run
// never exists at once (it was most of the memory of a large flat file),
// while ordinary code is parsed once.
type cstSimpleRun struct {
	Rest  tpos
	End   tpos
	Lines []*cstSimple
}

// keptLines bounds the lines of a run kept by the parse (see cstSimpleRun).
const keptLines = 64

type cstSimple struct {
	Pos    tpos
	EndPos tpos
	Stmts  []*cstSmall
	one    [1]*cstSmall // Stmts' first backing array (see cstSeq.one)
}

// cstSmall is one small statement: an expression statement (Expr) or a
// keyword statement (the fields of cstKwStmt, which is nil for an
// expression statement: most lines are, and the keyword fields would
// triple the size of each).
type cstSmall struct {
	Pos    tpos
	EndPos tpos
	Expr   *cstExprStmt
	*cstKwStmt
}

type cstKwStmt struct {
	Pass      bool
	Break     bool
	Continue  bool
	Return    bool
	Raise     bool
	RetVal    *cstSeq
	RaiseExc  *cstTest
	RaiseFrom *cstTest
	Global    []string
	Nonlocal  []string
	Del       *cstTargets
	DelExprs  *cstSeq // `del a or b`: not targets, kept for the error
	Assert    *cstTest
	AssertMsg *cstTest
	Import    []*cstDotted
	From      *cstFrom
}

type cstDotted struct {
	Pos    tpos
	EndPos tpos
	Name   []string
	As     string
}

type cstFrom struct {
	Dots   []string
	Module []string
	Star   bool
	Paren  []*cstDotted
	Names  []*cstDotted
}

// cstExprStmt is built by exprparse.go:
//
//	exprStmt = rhs ( augop rhs | ":" test [ "=" rhs ] | { "=" rhs } ) .
type cstExprStmt struct {
	Pos     tpos
	EndPos  tpos
	First   *cstRHS
	AugOp   string
	AugVal  *cstRHS
	Ann     *cstTest
	AnnVal  *cstRHS
	Assigns []*cstRHS
	one     [1]*cstRHS // Assigns' first backing array (see cstSeq.one)
}

// cstRHS is a yield expression or an expression list.
type cstRHS struct {
	Pos       tpos
	EndPos    tpos
	Yield     bool
	YieldFrom *cstTest
	YieldVal  *cstSeq
	List      *cstSeq
}

// cstSeq is a comma-separated list of (starred) expressions, optionally
// followed by a comprehension: the contents of (), [], a return value, an
// expression statement.
type cstSeq struct {
	Pos    tpos
	EndPos tpos
	Items  []*cstStarTest
	// one is the first backing array of Items: most lists have one item,
	// and an allocation saved per expression counts in a large file.
	one      [1]*cstStarTest
	Trailing bool
	Comp     []*cstCompFor
}

type cstStarTest struct {
	Pos    tpos
	EndPos tpos
	Star   bool
	X      *cstTest
	As     *cstTarget // only valid in a parenthesized with
}

type cstCompFor struct {
	Pos    tpos
	EndPos tpos
	Async  bool
	Target *cstTargets
	Iter   *cstOr
	Ifs    []*cstOr
}

type cstTargets struct {
	Pos      tpos
	EndPos   tpos
	Items    []*cstTarget
	Trailing bool
}

type cstTarget struct {
	Pos    tpos
	EndPos tpos
	Star   bool
	X      *cstOperand
}

// cstTest is a lambda, or an optionally walrus-named flat operator
// expression with an optional conditional.
type cstTest struct {
	Pos    tpos
	EndPos tpos
	Lambda *cstLambda
	Walrus string
	Or     *cstOr
	IfTest *cstOr
	Else   *cstTest
}

type cstLambda struct {
	Params *cstParams
	Body   *cstTest
}

// cstParams is the parameter list of a def or a lambda (only a def's
// parameters have annotations).
type cstParams struct {
	Items []*cstParam
}

type cstParam struct {
	Pos     tpos
	EndPos  tpos
	KwName  string
	Star    bool
	VarName string
	Name    string
	Ann     *cstTest
	Default *cstTest
	Slash   bool
}

// cstOr is a flat sequence of operands and binary operators (boolean,
// comparison, bitwise, arithmetic); lower.go applies precedence.
type cstOr struct {
	Pos    tpos
	EndPos tpos
	Head   *cstOperand
	Tail   []*cstBinary
}

type cstBinary struct {
	Pos tpos
	Op  string
	X   *cstOperand
}

// cstOperand is prefix operators, an optional await, an atom and its
// trailers (calls, subscripts, attributes).
type cstOperand struct {
	Pos      tpos
	EndPos   tpos
	Prefix   []*cstPrefix
	Await    bool
	Atom     *cstAtom
	Trailers []*cstTrailer
}

type cstPrefix struct {
	Pos tpos
	Op  string
}

type cstAtom struct {
	Pos     tpos
	EndPos  tpos
	Kind    atomKind // of Text
	Paren   bool
	Bracket bool
	Brace   bool
	Text    string // a Name, Number or constant (None, True, False, ...)
	Strs    []*cstStr
	PYield  *cstRHS
	List    *cstSeq
	Dict    *cstDictSet
}

type atomKind uint8

const (
	atomOther  atomKind = iota // strings or a bracket
	atomName                   // Text is the name
	atomNumber                 // Text is the number literal
	atomConst                  // Text is None, True, False or ...
)

type cstStr struct {
	Pos tpos
	Val string
}

type cstDictSet struct {
	Items    []*cstDictItem
	Trailing bool
	Comp     []*cstCompFor
}

type cstDictItem struct {
	Pos    tpos
	EndPos tpos
	DStar  *cstOr
	Star   *cstOr
	Key    *cstTest
	Value  *cstTest
}

type cstTrailer struct {
	Pos    tpos
	EndPos tpos
	Call   bool
	Args   *cstArgs
	Index  bool
	Subs   *cstSubs
	Attr   string
}

type cstArgs struct {
	Items    []*cstArg
	Trailing bool
}

type cstArg struct {
	Pos    tpos
	EndPos tpos
	DStar  *cstTest
	Star   *cstTest
	Kw     string
	X      *cstTest
	Comp   []*cstCompFor
}

type cstSubs struct {
	Items    []*cstSub
	Trailing bool
}

type cstSub struct {
	Pos    tpos
	EndPos tpos
	Star   bool
	Lower  *cstTest
	Colon  bool
	Upper  *cstTest
	Colon2 bool
	Step   *cstTest
	LColon bool
	LUpper *cstTest
	LCol2  bool
	LStep  *cstTest
}
