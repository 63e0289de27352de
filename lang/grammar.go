package lang

// This file defines the concrete syntax tree: participle struct-tag
// grammar of the asyncscript subset of Python 3.11. It accepts a superset
// of the language; lower.go folds it into the AST and rejects what CPython
// rejects (invalid targets, misplaced starred expressions, argument order).
//
// Grammar notes, all for parse speed (participle is a backtracking
// reflection-based parser, so every alternative tried costs):
//   - leading keywords sit outside the sub-structs (`'if' @@`) so that a
//     failing alternative costs one token comparison, not an allocation;
//   - binary operators form one flat tier (cstOr: operand (op operand)*)
//     that lower.go folds with Python's precedence table, instead of twelve
//     nested Head/Tail tiers (which would allocate twelve structs per atom);
//   - the grammar needs one token of lookahead (the default).

import "github.com/alecthomas/participle/v2/lexer"

type cstFile struct {
	Stmts []*cstStmt `parser:"@@*"`
}

type cstStmt struct {
	Pos       lexer.Position
	EndPos    lexer.Position
	Simple    *cstSimple    `parser:"  @@"`
	If        *cstIf        `parser:"| 'if' @@"`
	While     *cstWhile     `parser:"| 'while' @@"`
	For       *cstFor       `parser:"| 'for' @@"`
	Try       *cstTry       `parser:"| 'try' @@"`
	With      *cstWith      `parser:"| 'with' @@"`
	Def       *cstDef       `parser:"| 'def' @@"`
	Class     *cstClass     `parser:"| 'class' @@"`
	Decorated *cstDecorated `parser:"| (?= '@') @@"`
	Async     *cstAsync     `parser:"| 'async' @@"`
}

type cstBlock struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Stmts  []*cstStmt `parser:"  Newline Indent @@+ Dedent"`
	Simple *cstSimple `parser:"| @@"`
}

type cstIf struct {
	Test  *cstTest   `parser:"@@ ':'"`
	Body  *cstBlock  `parser:"@@"`
	Elifs []*cstElif `parser:"@@*"`
	Else  *cstBlock  `parser:"( 'else' ':' @@ )?"`
}

type cstElif struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Test   *cstTest  `parser:"'elif' @@ ':'"`
	Body   *cstBlock `parser:"@@"`
}

type cstWhile struct {
	Test *cstTest  `parser:"@@ ':'"`
	Body *cstBlock `parser:"@@"`
	Else *cstBlock `parser:"( 'else' ':' @@ )?"`
}

type cstFor struct {
	Target *cstTargets `parser:"@@"`
	Iter   *cstSeq     `parser:"'in' @@ ':'"`
	Body   *cstBlock   `parser:"@@"`
	Else   *cstBlock   `parser:"( 'else' ':' @@ )?"`
}

type cstTry struct {
	Body     *cstBlock     `parser:"':' @@"`
	Handlers []*cstHandler `parser:"@@*"`
	Else     *cstBlock     `parser:"( 'else' ':' @@ )?"`
	Finally  *cstBlock     `parser:"( 'finally' ':' @@ )?"`
}

type cstHandler struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Star   bool       `parser:"'except' @'*'?"`
	Type   *cstTest   `parser:"( @@"`
	More   []*cstTest `parser:"  ( ',' @@ )*"`
	Name   string     `parser:"  ( 'as' @Name )? )?"`
	Body   *cstBlock  `parser:"':' @@"`
}

type cstWith struct {
	Items []*cstWithItem `parser:"@@ ( ',' @@ )*"`
	Body  *cstBlock      `parser:"':' @@"`
}

type cstWithItem struct {
	Pos    lexer.Position
	EndPos lexer.Position
	X      *cstTest   `parser:"@@"`
	As     *cstTarget `parser:"( 'as' @@ )?"`
}

type cstDef struct {
	Pos     lexer.Position
	Name    string     `parser:"@Name"`
	Params  *cstParams `parser:"'(' @@? ')'"`
	Returns *cstTest   `parser:"( '->' @@ )?"`
	Body    *cstBlock  `parser:"':' @@"`
}

type cstParams struct {
	Items []*cstParam `parser:"@@ ( ',' @@ )* ','?"`
}

type cstParam struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	KwName  string   `parser:"( '**' @Name"`
	Star    bool     `parser:"| @'*'"`
	VarName string   `parser:"  @Name?"`
	Name    string   `parser:"| @Name"`
	Slash   bool     `parser:"| @'/' )"`
	Ann     *cstTest `parser:"( ':' @@ )?"`
	Default *cstTest `parser:"( '=' @@ )?"`
}

type cstClass struct {
	Pos   lexer.Position
	Name  string    `parser:"@Name"`
	Paren bool      `parser:"( @'('"`
	Args  *cstArgs  `parser:"  @@? ')' )?"`
	Body  *cstBlock `parser:"':' @@"`
}

type cstDecorated struct {
	Decorators []*cstTest `parser:"( '@' @@ Newline )+"`
	Async      bool       `parser:"@'async'?"`
	Def        *cstDef    `parser:"( 'def' @@"`
	Class      *cstClass  `parser:"| 'class' @@ )"`
}

type cstAsync struct {
	Def  *cstDef  `parser:"  'def' @@"`
	For  *cstFor  `parser:"| 'for' @@"`
	With *cstWith `parser:"| 'with' @@"`
}

type cstSimple struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Stmts  []*cstSmall
}

type cstSmall struct {
	Pos       lexer.Position
	EndPos    lexer.Position
	Expr      *cstExprStmt
	Pass      bool
	Break     bool
	Continue  bool
	Return    bool
	RetVal    *cstSeq
	Raise     bool
	RaiseExc  *cstTest
	RaiseFrom *cstTest
	Global    []string
	Nonlocal  []string
	Del       *cstTargets
	Assert    *cstTest
	AssertMsg *cstTest
	Import    []*cstDotted
	From      *cstFrom
}

type cstDotted struct {
	Pos    lexer.Position
	EndPos lexer.Position
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
	Pos     lexer.Position
	EndPos  lexer.Position
	First   *cstRHS
	AugOp   string
	AugVal  *cstRHS
	Ann     *cstTest
	AnnVal  *cstRHS
	Assigns []*cstRHS
}

// cstRHS is a yield expression or an expression list.
type cstRHS struct {
	Pos       lexer.Position
	EndPos    lexer.Position
	Yield     bool
	YieldFrom *cstTest
	YieldVal  *cstSeq
	List      *cstSeq
}

// cstSeq is a comma-separated list of (starred) expressions, optionally
// followed by a comprehension: the contents of (), [], a return value, an
// expression statement.
type cstSeq struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Items    []*cstStarTest
	Trailing bool
	Comp     []*cstCompFor
}

type cstStarTest struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Star   bool
	X      *cstTest
	As     *cstTarget // only valid in a parenthesized with
}

type cstCompFor struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Async  bool
	Target *cstTargets
	Iter   *cstOr
	Ifs    []*cstOr
}

type cstTargets struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Items    []*cstTarget
	Trailing bool
}

type cstTarget struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Star   bool
	X      *cstOperand
}

// cstTest is a lambda, or an optionally walrus-named flat operator
// expression with an optional conditional.
type cstTest struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Lambda *cstLambda
	Walrus string
	Or     *cstOr
	IfTest *cstOr
	Else   *cstTest
}

type cstLambda struct {
	Params *cstLParams
	Body   *cstTest
}

type cstLParams struct {
	Items []*cstLParam
}

type cstLParam struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	KwName  string
	Star    bool
	VarName string
	Name    string
	Default *cstTest
	Slash   bool
}

// cstOr is a flat sequence of operands and binary operators (boolean,
// comparison, bitwise, arithmetic); lower.go applies precedence.
type cstOr struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Head   *cstOperand
	Tail   []*cstBinary
}

type cstBinary struct {
	Pos lexer.Position
	Op  string
	X   *cstOperand
}

// cstOperand is prefix operators, an optional await, an atom and its
// trailers (calls, subscripts, attributes).
type cstOperand struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Prefix   []*cstPrefix
	Await    bool
	Atom     *cstAtom
	Trailers []*cstTrailer
}

type cstPrefix struct {
	Pos lexer.Position
	Op  string
}

type cstAtom struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	Name    string
	Number  string
	Strs    []*cstStr
	Const   string
	Paren   bool
	PYield  *cstRHS
	Bracket bool
	List    *cstSeq
	Brace   bool
	Dict    *cstDictSet
}

type cstStr struct {
	Pos lexer.Position
	Val string
}

type cstDictSet struct {
	Items    []*cstDictItem
	Trailing bool
	Comp     []*cstCompFor
}

type cstDictItem struct {
	Pos    lexer.Position
	EndPos lexer.Position
	DStar  *cstOr
	Star   *cstOr
	Key    *cstTest
	Value  *cstTest
}

type cstTrailer struct {
	Pos    lexer.Position
	EndPos lexer.Position
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
	Pos    lexer.Position
	EndPos lexer.Position
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
	Pos    lexer.Position
	EndPos lexer.Position
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
