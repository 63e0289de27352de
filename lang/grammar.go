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

// cstEval is the root for Eval mode: an expression list and newlines.
type cstEval struct {
	X *cstSeq `parser:"@@ Newline?"`
}

type cstStmt struct {
	Pos       lexer.Position
	EndPos    lexer.Position
	If        *cstIf        `parser:"  'if' @@"`
	While     *cstWhile     `parser:"| 'while' @@"`
	For       *cstFor       `parser:"| 'for' @@"`
	Try       *cstTry       `parser:"| 'try' @@"`
	With      *cstWith      `parser:"| 'with' @@"`
	Def       *cstDef       `parser:"| 'def' @@"`
	Class     *cstClass     `parser:"| 'class' @@"`
	Decorated *cstDecorated `parser:"| (?= '@') @@"`
	Async     *cstAsync     `parser:"| 'async' @@"`
	Simple    *cstSimple    `parser:"| @@"`
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
	KwName  string   `parser:"  '**' @Name"`
	Star    bool     `parser:"| @'*'"`
	VarName string   `parser:"  @Name?"`
	Name    string   `parser:"| @Name"`
	Ann     *cstTest `parser:"( ':' @@ )?"`
	Default *cstTest `parser:"( '=' @@ )?"`
	Slash   bool     `parser:"| @'/'"`
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
	Stmts  []*cstSmall `parser:"@@ ( ';' @@ )* ';'? Newline"`
}

type cstSmall struct {
	Pos       lexer.Position
	EndPos    lexer.Position
	Pass      bool         `parser:"  @'pass'"`
	Break     bool         `parser:"| @'break'"`
	Continue  bool         `parser:"| @'continue'"`
	Return    bool         `parser:"| @'return'"`
	RetVal    *cstSeq      `parser:"  @@?"`
	Raise     bool         `parser:"| @'raise'"`
	RaiseExc  *cstTest     `parser:"  ( @@"`
	RaiseFrom *cstTest     `parser:"    ( 'from' @@ )? )?"`
	Global    []string     `parser:"| 'global' @Name ( ',' @Name )*"`
	Nonlocal  []string     `parser:"| 'nonlocal' @Name ( ',' @Name )*"`
	Del       *cstTargets  `parser:"| 'del' @@"`
	Assert    *cstTest     `parser:"| 'assert' @@"`
	AssertMsg *cstTest     `parser:"  ( ',' @@ )?"`
	Import    []*cstDotted `parser:"| 'import' @@ ( ',' @@ )*"`
	From      *cstFrom     `parser:"| 'from' @@"`
	Expr      *cstExprStmt `parser:"| @@"`
}

type cstDotted struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Name   []string `parser:"@Name ( '.' @Name )*"`
	As     string   `parser:"( 'as' @Name )?"`
}

type cstFrom struct {
	Dots   []string     `parser:"@( '.' | '...' )*"`
	Module []string     `parser:"( @Name ( '.' @Name )* )?"`
	Star   bool         `parser:"'import' ( @'*'"`
	Paren  []*cstDotted `parser:"| '(' @@ ( ',' @@ )* ','? ')'"`
	Names  []*cstDotted `parser:"| @@ ( ',' @@ )* )"`
}

type cstExprStmt struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	First   *cstRHS   `parser:"@@"`
	AugOp   string    `parser:"( @( '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | '>>=' | '<<=' | '&=' | '^=' | '|=' | '@=' )"`
	AugVal  *cstRHS   `parser:"  @@"`
	Ann     *cstTest  `parser:"| ':' @@"`
	AnnVal  *cstRHS   `parser:"  ( '=' @@ )?"`
	Assigns []*cstRHS `parser:"| ( '=' @@ )+ )?"`
}

// cstRHS is a yield expression or an expression list.
type cstRHS struct {
	Pos       lexer.Position
	EndPos    lexer.Position
	Yield     bool     `parser:"  @'yield'"`
	YieldFrom *cstTest `parser:"  ( 'from' @@"`
	YieldVal  *cstSeq  `parser:"  | @@ )?"`
	List      *cstSeq  `parser:"| @@"`
}

// cstSeq is a comma-separated list of (starred) expressions, optionally
// followed by a comprehension: the contents of (), [], a return value, an
// expression statement.
type cstSeq struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Items    []*cstStarTest `parser:"@@ ( ',' @@ )*"`
	Trailing bool           `parser:"@','?"`
	Comp     []*cstCompFor  `parser:"@@*"`
}

type cstStarTest struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Star   bool       `parser:"@'*'?"`
	X      *cstTest   `parser:"@@"`
	As     *cstTarget `parser:"( 'as' @@ )?"` // only valid in a parenthesized with
}

type cstCompFor struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Async  bool        `parser:"@'async'?"`
	Target *cstTargets `parser:"'for' @@"`
	Iter   *cstOr      `parser:"'in' @@"`
	Ifs    []*cstOr    `parser:"( 'if' @@ )*"`
}

type cstTargets struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Items    []*cstTarget `parser:"@@ ( ',' @@ )*"`
	Trailing bool         `parser:"@','?"`
}

type cstTarget struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Star   bool        `parser:"@'*'?"`
	X      *cstOperand `parser:"@@"`
}

// cstTest is a lambda, or an optionally walrus-named flat operator
// expression with an optional conditional.
type cstTest struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Lambda *cstLambda `parser:"  'lambda' @@"`
	Walrus string     `parser:"| ( @Name ':=' )?"`
	Or     *cstOr     `parser:"  @@"`
	IfTest *cstOr     `parser:"  ( 'if' @@"`
	Else   *cstTest   `parser:"    'else' @@ )?"`
}

type cstLambda struct {
	Params *cstLParams `parser:"@@?"`
	Body   *cstTest    `parser:"':' @@"`
}

type cstLParams struct {
	Items []*cstLParam `parser:"@@ ( ',' @@ )* ','?"`
}

type cstLParam struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	KwName  string   `parser:"  '**' @Name"`
	Star    bool     `parser:"| @'*'"`
	VarName string   `parser:"  @Name?"`
	Name    string   `parser:"| @Name"`
	Default *cstTest `parser:"  ( '=' @@ )?"`
	Slash   bool     `parser:"| @'/'"`
}

// cstOr is a flat sequence of operands and binary operators (boolean,
// comparison, bitwise, arithmetic); lower.go applies precedence.
type cstOr struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Head   *cstOperand  `parser:"@@"`
	Tail   []*cstBinary `parser:"@@*"`
}

type cstBinary struct {
	Pos lexer.Position
	Op  string      `parser:"@( 'or' | 'and' | 'not' 'in' | 'is' 'not'? | 'in' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '/' | '//' | '%' | '@' | '**' )"`
	X   *cstOperand `parser:"@@"`
}

// cstOperand is prefix operators, an optional await, an atom and its
// trailers (calls, subscripts, attributes).
type cstOperand struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Prefix   []*cstPrefix  `parser:"@@*"`
	Await    bool          `parser:"@'await'?"`
	Atom     *cstAtom      `parser:"@@"`
	Trailers []*cstTrailer `parser:"@@*"`
}

type cstPrefix struct {
	Pos lexer.Position
	Op  string `parser:"@( '-' | '+' | '~' | 'not' )"`
}

type cstAtom struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	Name    string      `parser:"  @Name"`
	Number  string      `parser:"| @Number"`
	Strs    []*cstStr   `parser:"| @@+"`
	Const   string      `parser:"| @( 'None' | 'True' | 'False' | '...' )"`
	Paren   bool        `parser:"| @'('"`
	PYield  *cstRHS     `parser:"  @@? ')'"`
	Bracket bool        `parser:"| @'['"`
	List    *cstSeq     `parser:"  @@? ']'"`
	Brace   bool        `parser:"| @'{'"`
	Dict    *cstDictSet `parser:"  @@? '}'"`
}

type cstStr struct {
	Pos lexer.Position
	Val string `parser:"@( String | FString )"`
}

type cstDictSet struct {
	Items    []*cstDictItem `parser:"@@ ( ',' @@ )*"`
	Trailing bool           `parser:"@','?"`
	Comp     []*cstCompFor  `parser:"@@*"`
}

type cstDictItem struct {
	Pos    lexer.Position
	EndPos lexer.Position
	DStar  *cstOr   `parser:"  '**' @@"`
	Star   *cstOr   `parser:"| '*' @@"`
	Key    *cstTest `parser:"| @@"`
	Value  *cstTest `parser:"  ( ':' @@ )?"`
}

type cstTrailer struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Call   bool     `parser:"  @'('"`
	Args   *cstArgs `parser:"  @@? ')'"`
	Index  bool     `parser:"| @'['"`
	Subs   *cstSubs `parser:"  @@ ']'"`
	Attr   string   `parser:"| '.' @Name"`
}

type cstArgs struct {
	Items    []*cstArg `parser:"@@ ( ',' @@ )*"`
	Trailing bool      `parser:"@','?"`
}

type cstArg struct {
	Pos    lexer.Position
	EndPos lexer.Position
	DStar  *cstTest      `parser:"  '**' @@"`
	Star   *cstTest      `parser:"| '*' @@"`
	Kw     string        `parser:"| ( @Name '=' )?"`
	X      *cstTest      `parser:"  @@"`
	Comp   []*cstCompFor `parser:"  @@*"`
}

type cstSubs struct {
	Items    []*cstSub `parser:"@@ ( ',' @@ )*"`
	Trailing bool      `parser:"@','?"`
}

type cstSub struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Star   bool     `parser:"  ( @'*'?"`
	Lower  *cstTest `parser:"    @@"`
	Colon  bool     `parser:"    ( @':'"`
	Upper  *cstTest `parser:"      @@?"`
	Colon2 bool     `parser:"      ( @':'"`
	Step   *cstTest `parser:"        @@? )? )? )"`
	LColon bool     `parser:"| @':'"`
	LUpper *cstTest `parser:"  @@?"`
	LCol2  bool     `parser:"  ( @':'"`
	LStep  *cstTest `parser:"    @@? )?"`
}
