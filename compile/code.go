package compile

// This file defines Code, the compiled form of a module, function, class
// body, lambda or comprehension, and the constants it holds. Code is plain
// data: the compiler's output, which interp turns once into its runtime
// form (interp.NewCode: constants become objects, inline caches and frame
// facts are added there).

import "github.com/asyncscript/asyncscript/lang"

// A constant (an element of Code.Consts) is one of:
//
//	None{}, Ellipsis{}, bool, int64, *big.Int (outside int64's range),
//	float64, string, Bytes, Tuple (of constants), *Code (a nested body).
//
// None and Ellipsis are their own types so that a nil constant is never
// valid.
type (
	None     struct{}
	Ellipsis struct{}
	Bytes    string // a bytes literal's raw bytes
	Tuple    []any
)

// CodeFlags describe how a code object runs.
type CodeFlags uint16

const (
	FlagGenerator      CodeFlags = 1 << iota // body contains yield
	FlagCoroutine                            // async def
	FlagAsyncGenerator                       // async def with yield
	FlagVarargs                              // has *args
	FlagVarKeywords                          // has **kwargs
	FlagTopLevelAwait                        // module code with top-level await: runs as a coroutine
	FlagClassBody                            // class body: names go to the namespace dict
	FlagModule                               // module / REPL chunk code (globals are the namespace)
)

// Handler is one entry of the static exception table: an exception raised
// at an instruction in [Start, End) pops the operand stack to Depth,
// pushes the instruction index as an Int if Lasti is set, pushes the
// exception and jumps to Target. The innermost (first matching, in table
// order) entry wins: the compiler emits inner ranges before outer ones.
type Handler struct {
	Start, End, Target, Depth int32
	Lasti                     bool
}

// Code is a compiled body.
type Code struct {
	Name      string // function name, "<module>", "<lambda>", "<listcomp>", class name
	QualName  string
	File      *lang.File
	FirstLine int32
	Flags     CodeFlags
	Instrs    []Instr
	Spans     []lang.Span // one per instruction: source range for tracebacks
	Consts    []any       // constants (see the list above); nested *Code objects appear here too
	Names     []string    // global, attribute and imported names
	// Locals are the local variable names; slots 0..NumParams-1 are the
	// parameters in order: positional, *args, keyword-only, **kwargs.
	Locals []string
	// CellVars are locals captured by inner functions; FreeVars are
	// variables captured from enclosing scopes. A frame's cells are
	// CellVars followed by FreeVars (LOAD_DEREF's index space).
	CellVars []string
	FreeVars []string
	// CellArgs[i] is the local slot of a parameter that is also CellVars[i]
	// (its value is moved into the cell at frame entry), or -1.
	CellArgs []int
	Handlers []Handler
	MaxStack int
	// Parameters.
	ArgCount       int // positional-or-keyword parameters
	KwOnlyArgCount int
	Docstring      any // None{} or string
	// Warnings, in a module's code only, are the compile-time warnings
	// to issue before it runs (warnings.go).
	Warnings []Warning
}

// Line returns the source line of instruction pc.
func (c *Code) Line(pc int) int {
	if pc >= 0 && pc < len(c.Spans) {
		return int(c.Spans[pc].Start.Line)
	}
	return int(c.FirstLine)
}
