package interp

// This file defines Code, the runtime form of a compiled body: the
// compiler's *compile.Code (instructions, names, spans, exception table)
// with its constants made objects once, and the caches and per-code facts
// the VM's fast paths use, which the compiler's output does not hold.

import (
	"math/big"

	"github.com/asyncscript/asyncscript/compile"
)

// Code is a compiled body ready to run. The compiler's Code is embedded
// by value, so the dispatch loop reaches Instrs, Names and Locals as
// directly as its own fields.
type Code struct {
	compile.Code
	// Consts are the compiler's constants as objects (shadowing
	// compile.Code.Consts); a nested body is a *Code.
	Consts    []Value
	Docstring Value // None or Str

	// globalCache[i] remembers where LOAD_GLOBAL found Names[i] (see
	// loadGlobal).
	globalCache []globalCacheEntry
	// attrCache[i] is the attribute inline cache of Names[i] (attrcache.go);
	// allocated on first use.
	attrCache []attrCacheEntry
	// frameSize is the slot count of a frame: the locals, then the
	// operand stack, exactly MaxStack deep (no instruction writes above
	// its final depth, see compile's maxStackDepth; the slots' exact len
	// makes any write past it panic rather than corrupt).
	frameSize int
	// plainCall is true when a call with exactly ArgCount positional
	// arguments binds them by a copy: no *args/**kwargs, keyword-only
	// parameters or cells, and the code is not a generator or coroutine.
	plainCall bool
}

// NewCode makes the runtime form of c and of every body nested in it.
func NewCode(c *compile.Code) *Code {
	code := &Code{
		Code:        *c,
		Consts:      make([]Value, len(c.Consts)),
		Docstring:   constObject(c.Docstring),
		frameSize:   len(c.Locals) + c.MaxStack,
		globalCache: make([]globalCacheEntry, len(c.Names)),
		plainCall: c.Flags&(compile.FlagVarargs|compile.FlagVarKeywords|compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) == 0 &&
			c.KwOnlyArgCount == 0 && len(c.CellVars)+len(c.FreeVars) == 0,
	}
	for i, k := range c.Consts {
		code.Consts[i] = constObject(k)
	}
	return code
}

// constObject is the object of a compiler constant (see compile.Code).
func constObject(k any) Value {
	switch k := k.(type) {
	case compile.None:
		return None
	case compile.Ellipsis:
		return Ellipsis
	case bool:
		return Bool(k)
	case int64:
		return Int(k)
	case *big.Int:
		return MakeInt(k)
	case float64:
		return Float(k)
	case string:
		return Str(k)
	case compile.Bytes:
		return Bytes(k)
	case compile.Tuple:
		t := make(Tuple, len(k))
		for i, x := range k {
			t[i] = constObject(x)
		}
		return t
	case *compile.Code:
		return NewCode(k)
	}
	panic("interp: not a compiler constant")
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
