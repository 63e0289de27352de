package compile

// This file defines Code.Disassemble: a readable listing of a code object,
// one instruction per line ("   3 LOAD_FAST 0 (x)"), its exception table,
// then the listings of the code objects among its constants. Codegen tests
// compare these listings.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Disassemble returns the listing of c and, recursively, of the code
// objects in its constants.
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.disassemble(&b)
	return b.String()
}

func (c *Code) disassemble(b *strings.Builder) {
	for pc, in := range c.Instrs {
		op, arg := in.Op(), in.Arg()
		if op == LIST_EXTEND && arg&ExtendForCall != 0 {
			arg &^= ExtendForCall // shown as CPython's operand; argInfo notes the flag
		}
		fmt.Fprintf(b, "%4d %s", pc, op)
		if opcodes[op].hasArg {
			fmt.Fprintf(b, " %d", arg)
			if ann := c.argInfo(op, arg); ann != "" {
				fmt.Fprintf(b, " (%s)", ann)
			}
		}
		b.WriteByte('\n')
	}
	if len(c.Handlers) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, h := range c.Handlers {
			fmt.Fprintf(b, "  %d to %d -> %d [%d]", h.Start, h.End, h.Target, h.Depth)
			if h.Lasti {
				b.WriteString(" lasti")
			}
			b.WriteByte('\n')
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			fmt.Fprintf(b, "\nDisassembly of <code %s>:\n", sub.QualName)
			sub.disassemble(b)
		}
	}
}

func (c *Code) argInfo(op Opcode, arg int) string {
	at := func(list []string, i int) string {
		if i >= 0 && i < len(list) {
			return list[i]
		}
		return "?"
	}
	switch op {
	case LOAD_CONST, KW_NAMES, LOAD_CONST_RETURN:
		if arg < len(c.Consts) {
			return constRepr(c.Consts[arg])
		}
		return "?"
	case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_FAST_LOAD_ATTR, LOAD_FAST_STORE_ATTR:
		return at(c.Locals, arg)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		if arg < len(c.CellVars) {
			return c.CellVars[arg]
		}
		return at(c.FreeVars, arg-len(c.CellVars))
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return at(c.Names, arg)
	case BINARY_OP:
		if i := arg & 0x7f; i < len(BinOpSymbols) {
			if arg&0x80 != 0 {
				return BinOpSymbols[i] + "="
			}
			return BinOpSymbols[i]
		}
	case COMPARE_OP:
		if arg < 6 {
			return [...]string{"==", "!=", "<", "<=", ">", ">="}[arg]
		}
	case UNARY_OP:
		if arg < 3 {
			return [...]string{"-", "+", "~"}[arg]
		}
	case IS_OP:
		return [...]string{"is", "is not"}[arg&1]
	case CONTAINS_OP:
		return [...]string{"in", "not in"}[arg&1]
	}
	return ""
}

// constRepr renders a constant roughly as Python's repr would.
func constRepr(v any) string {
	switch v := v.(type) {
	case None:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		f := v
		switch {
		case math.IsInf(f, 1):
			return "inf"
		case math.IsInf(f, -1):
			return "-inf"
		case math.IsNaN(f):
			return "nan"
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eIn") {
			s += ".0"
		}
		return s
	case string:
		return quoteStr(v)
	case Bytes:
		return "b" + strconv.Quote(string(v))
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case Ellipsis:
		return "Ellipsis"
	case *Code:
		return "<code " + v.QualName + ">"
	}
	return fmt.Sprintf("%v", v)
}

func quoteStr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) && r != ' ':
			if r <= 0xffff {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
