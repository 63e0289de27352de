package interp

// This file defines Code, the compiled form of a module, function, class
// body, lambda or comprehension.

import "github.com/asyncscript/asyncscript/lang"

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
	Consts    []Value     // constants; nested *Code objects appear here too
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
	Docstring      Value // None or Str

	// globalCache[i] remembers where LOAD_GLOBAL found Names[i] (see
	// loadGlobal); allocated on first use.
	globalCache []globalCacheEntry
	// attrCache[i] is the attribute inline cache of Names[i] (attrcache.go).
	attrCache []attrCacheEntry

	// Set by prepare once codegen is done:
	// frameSize is the slot count of a frame (locals, stack, spare).
	frameSize int
	// plainCall is true when a call with exactly ArgCount positional
	// arguments binds them by a copy: no *args/**kwargs, keyword-only
	// parameters or cells, and the code is not a generator or coroutine.
	plainCall bool
}

// prepare fills in the per-code facts the VM's fast paths use, for c and
// every nested code object.
func prepare(c *Code) {
	for _, k := range c.Consts {
		if nested, ok := k.(*Code); ok {
			prepare(nested)
		}
	}
	c.frameSize = len(c.Locals) + c.MaxStack + 1
	c.plainCall = c.Flags&(FlagVarargs|FlagVarKeywords|FlagGenerator|FlagCoroutine|FlagAsyncGenerator) == 0 &&
		c.KwOnlyArgCount == 0 && len(c.CellVars)+len(c.FreeVars) == 0
	c.globalCache = make([]globalCacheEntry, len(c.Names))
}

// globalCacheEntry is LOAD_GLOBAL's inline cache: the dict entry holding
// the name in the globals (or builtins), valid while neither dict has
// gained or lost keys (their Version) since it was filled; only such
// changes move entries.
type globalCacheEntry struct {
	globals    *Dict
	gver, bver uint64
	entry      *dictEntry
}

func (*Code) Type() *Class { return CodeClass }

// CodeClass is the class of code objects.
var CodeClass = newBuiltinClass("code", ObjectClass)

// Line returns the source line of instruction pc.
func (c *Code) Line(pc int) int {
	if pc >= 0 && pc < len(c.Spans) {
		return int(c.Spans[pc].Start.Line)
	}
	return int(c.FirstLine)
}
