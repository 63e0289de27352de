package lang

// This file defines the abstract syntax tree: the stable, embeddable result
// of Parse. It mirrors CPython's ast module closely (same node names where
// possible) so that the compiler can follow CPython's own codegen choices.
// Every node carries a Span; the compiler copies spans into per-instruction
// position tables for tracebacks.

// Pos is a 1-based line and 1-based column (in code points, as CPython's
// caret placement counts them for the source line).
type Pos struct{ Line, Col int32 }

// Span is the half-open source range [Start, End) of a node.
type Span struct{ Start, End Pos }

// Node is implemented by every AST node.
type Node interface{ GetSpan() Span }

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Module is the root of a parsed file, REPL entry or eval string.
type Module struct {
	File *File
	Body []Stmt
	// HasTopLevelAwait is set when an await, async for or async with
	// appears outside any function (allowed in scripts and the REPL).
	HasTopLevelAwait bool
}

// ---- statements ----

type (
	// ExprStmt is an expression evaluated for its effect.
	ExprStmt struct {
		Span
		X Expr
	}
	// Assign is `t1 = t2 = value` (Targets in source order).
	Assign struct {
		Span
		Targets []Expr // Name, Attribute, Subscript, Tuple, List, Starred inside Tuple/List
		Value   Expr
	}
	// AugAssign is `target op= value`; Op is the binary operator ("+", "//", ...).
	AugAssign struct {
		Span
		Target Expr
		Op     string
		Value  Expr
	}
	// AnnAssign is `target: annotation [= value]`.
	AnnAssign struct {
		Span
		Target     Expr
		Annotation Expr
		Value      Expr // may be nil
		Simple     bool // target is a plain name, not in parentheses
	}
	// FunctionDef is `def` or `async def`.
	FunctionDef struct {
		Span
		Name       string
		Args       *Arguments
		Body       []Stmt
		Decorators []Expr
		Returns    Expr // may be nil
		IsAsync    bool
		// Docstring is the first statement's string constant, if any.
		Docstring *string
	}
	// ClassDef is `class Name(bases, kw=...)`.
	ClassDef struct {
		Span
		Name       string
		Bases      []Expr
		Keywords   []*Keyword
		Body       []Stmt
		Decorators []Expr
		Docstring  *string
	}
	Return struct {
		Span
		Value Expr // may be nil
	}
	Delete struct {
		Span
		Targets []Expr
	}
	If struct {
		Span
		Test   Expr
		Body   []Stmt
		Orelse []Stmt // an elif is a single nested *If here
	}
	While struct {
		Span
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	For struct {
		Span
		Target  Expr
		Iter    Expr
		Body    []Stmt
		Orelse  []Stmt
		IsAsync bool
	}
	With struct {
		Span
		Items   []*WithItem
		Body    []Stmt
		IsAsync bool
	}
	Raise struct {
		Span
		Exc   Expr // nil for bare raise
		Cause Expr // nil unless `from`
	}
	Try struct {
		Span
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
		IsStar    bool // try/except*
	}
	Assert struct {
		Span
		Test Expr
		Msg  Expr // may be nil
	}
	Import struct {
		Span
		Names []*Alias // `import a.b as c`: Name "a.b", AsName "c"
	}
	ImportFrom struct {
		Span
		Module string   // dotted; no relative imports
		Names  []*Alias // Name "*" for star import
	}
	Global struct {
		Span
		Names []string
	}
	Nonlocal struct {
		Span
		Names []string
	}
	Pass     struct{ Span }
	Break    struct{ Span }
	Continue struct{ Span }
)

// ---- expressions ----

type (
	// BoolOp is `a and b and c` / `a or b` (Op "and" or "or"), flattened.
	BoolOp struct {
		Span
		Op     string
		Values []Expr
	}
	// NamedExpr is the walrus `target := value`.
	NamedExpr struct {
		Span
		Target *Name
		Value  Expr
	}
	// BinOp: Op is one of + - * / // % ** @ << >> & | ^
	BinOp struct {
		Span
		Left  Expr
		Op    string
		Right Expr
	}
	// UnaryOp: Op is "not", "-", "+" or "~".
	UnaryOp struct {
		Span
		Op      string
		Operand Expr
	}
	Lambda struct {
		Span
		Args *Arguments
		Body Expr
	}
	IfExp struct {
		Span
		Test, Body, Orelse Expr
	}
	// Dict literal; a nil key means `**value` unpacking.
	Dict struct {
		Span
		Keys   []Expr
		Values []Expr
	}
	Set struct {
		Span
		Elts []Expr
	}
	ListComp struct {
		Span
		Elt        Expr
		Generators []*Comprehension
	}
	SetComp struct {
		Span
		Elt        Expr
		Generators []*Comprehension
	}
	DictComp struct {
		Span
		Key, Value Expr
		Generators []*Comprehension
	}
	GeneratorExp struct {
		Span
		Elt        Expr
		Generators []*Comprehension
	}
	Await struct {
		Span
		Value Expr
	}
	Yield struct {
		Span
		Value Expr // may be nil
	}
	YieldFrom struct {
		Span
		Value Expr
	}
	// Compare is a comparison chain: Left Ops[0] Comparators[0] Ops[1] ...
	// Ops are "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in".
	Compare struct {
		Span
		Left        Expr
		Ops         []string
		Comparators []Expr
	}
	Call struct {
		Span
		Func     Expr
		Args     []Expr     // may contain *Starred for *args
		Keywords []*Keyword // Arg "" means **kwargs
	}
	// Constant is None, True, False, Ellipsis, an int, float, or str literal.
	// Value holds: nil (None), bool, *big.Int or int64 (int), float64, string,
	// EllipsisType{} ; adjacent string literals are already concatenated.
	Constant struct {
		Span
		Value any
		// Imag is true for an imaginary literal (unsupported beyond lexing).
		Imag bool
	}
	// JoinedStr is an f-string (possibly concatenated with plain strings).
	JoinedStr struct {
		Span
		Values []Expr // *Constant (string) and *FormattedValue
	}
	// FormattedValue is one `{expr!conv:spec}` field of an f-string.
	// For `{x=}` the parser emits a Constant "x=" before it and sets
	// Conversion to 'r' when no conversion or spec was given, as CPython.
	FormattedValue struct {
		Span
		Value      Expr
		Conversion rune       // 0, 's', 'r' or 'a'
		FormatSpec *JoinedStr // may be nil; may itself contain fields
	}
	Attribute struct {
		Span
		Value Expr
		Attr  string
	}
	Subscript struct {
		Span
		Value Expr
		Slice Expr // *Slice, a Tuple of indexes/slices, or any expression
	}
	Starred struct {
		Span
		Value Expr
	}
	Name struct {
		Span
		Id string
	}
	List struct {
		Span
		Elts []Expr
	}
	Tuple struct {
		Span
		Elts []Expr
		// Parenthesized is true when written with parentheses.
		Parenthesized bool
	}
	Slice struct {
		Span
		Lower, Upper, Step Expr // each may be nil
	}
)

// EllipsisType is the Constant value of `...`.
type EllipsisType struct{}

// ---- helper nodes ----

// Arguments is a parameter list (CPython's ast.arguments, minus
// positional-only parameters which the subset does not include).
type Arguments struct {
	Args       []*Arg // positional-or-keyword
	Defaults   []Expr // defaults for the last len(Defaults) of Args
	Vararg     *Arg   // *args; nil if absent
	KwOnlyArgs []*Arg
	KwDefaults []Expr // same length as KwOnlyArgs; nil entry = required
	Kwarg      *Arg   // **kwargs; nil if absent
}

type Arg struct {
	Span
	Name       string
	Annotation Expr // may be nil
}

// Keyword is `name=value` in a call or class header; Arg "" is `**value`.
type Keyword struct {
	Span
	Arg   string
	Value Expr
}

type Alias struct {
	Span
	Name   string
	AsName string // "" if absent
}

type WithItem struct {
	Span
	ContextExpr  Expr
	OptionalVars Expr // may be nil
}

type ExceptHandler struct {
	Span
	Type Expr   // nil for bare except
	Name string // "" if no `as`
	Body []Stmt
}

type Comprehension struct {
	Span
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// GetSpan returns the node's source range.
func (s Span) GetSpan() Span { return s }

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
