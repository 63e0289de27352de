package lang

// This file defines Dump, a compact S-expression rendering of the AST used
// by tests (and handy when debugging the compiler).

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// dumper is the output of Dump with the current nesting depth.
type dumper struct {
	strings.Builder
	depth int
}

// maxDumpDepth bounds Dump's recursion: the parser accepts arbitrarily
// long left-nested chains (a.b.b.b..., 1+1+1..., f()()()...), as
// CPython's does; deeper nodes are shown as "...".
const maxDumpDepth = 10000

// Dump renders a module's statements, one per line.
func Dump(m *Module) string {
	var b dumper
	for i, s := range m.Body {
		if i > 0 {
			b.WriteByte('\n')
		}
		dumpNode(&b, s)
	}
	return b.String()
}

// DumpNode renders a single statement or expression.
func DumpNode(n Node) string {
	var b dumper
	dumpNode(&b, n)
	return b.String()
}

func dumpList[T Node](b *dumper, head string, xs []T) {
	b.WriteString("(" + head)
	for _, x := range xs {
		b.WriteByte(' ')
		dumpNode(b, x)
	}
	b.WriteByte(')')
}

func dumpOpt(b *dumper, n Node) {
	if n == nil || fmt.Sprint(n) == "<nil>" {
		b.WriteString("_")
		return
	}
	dumpNode(b, n)
}

func dumpArgs(b *dumper, a *Arguments) {
	b.WriteString("(")
	sep := ""
	arg := func(prefix string, x *Arg, def Expr) {
		b.WriteString(sep + prefix + x.Name)
		sep = " "
		if x.Annotation != nil {
			b.WriteString(":")
			dumpNode(b, x.Annotation)
		}
		if def != nil {
			b.WriteString("=")
			dumpNode(b, def)
		}
	}
	nd := len(a.Args) - len(a.Defaults)
	for i, x := range a.Args {
		var d Expr
		if i >= nd {
			d = a.Defaults[i-nd]
		}
		arg("", x, d)
	}
	if a.Vararg != nil {
		arg("*", a.Vararg, nil)
	} else if len(a.KwOnlyArgs) > 0 {
		b.WriteString(sep + "*")
		sep = " "
	}
	for i, x := range a.KwOnlyArgs {
		arg("", x, a.KwDefaults[i])
	}
	if a.Kwarg != nil {
		arg("**", a.Kwarg, nil)
	}
	b.WriteString(")")
}

func dumpBody(b *dumper, head string, body []Stmt) {
	if body == nil {
		return
	}
	b.WriteByte(' ')
	dumpList(b, head, body)
}

func dumpComps(b *dumper, gens []*Comprehension) {
	for _, g := range gens {
		b.WriteString(" (")
		if g.IsAsync {
			b.WriteString("async ")
		}
		b.WriteString("for ")
		dumpNode(b, g.Target)
		b.WriteByte(' ')
		dumpNode(b, g.Iter)
		for _, c := range g.Ifs {
			b.WriteString(" (if ")
			dumpNode(b, c)
			b.WriteString(")")
		}
		b.WriteString(")")
	}
}

func dumpNode(b *dumper, n Node) {
	if b.depth >= maxDumpDepth {
		b.WriteString("...")
		return
	}
	b.depth++
	defer func() { b.depth-- }()
	switch n := n.(type) {
	case *ExprStmt:
		dumpNode(b, n.X)
	case *Assign:
		b.WriteString("(=")
		for _, t := range n.Targets {
			b.WriteByte(' ')
			dumpNode(b, t)
		}
		b.WriteByte(' ')
		dumpNode(b, n.Value)
		b.WriteByte(')')
	case *AugAssign:
		b.WriteString("(" + n.Op + "= ")
		dumpNode(b, n.Target)
		b.WriteByte(' ')
		dumpNode(b, n.Value)
		b.WriteByte(')')
	case *AnnAssign:
		b.WriteString("(ann ")
		dumpNode(b, n.Target)
		b.WriteByte(' ')
		dumpNode(b, n.Annotation)
		b.WriteByte(' ')
		dumpOpt(b, n.Value)
		if n.Simple {
			b.WriteString(" simple")
		}
		b.WriteByte(')')
	case *FunctionDef:
		b.WriteString("(")
		if n.IsAsync {
			b.WriteString("async ")
		}
		b.WriteString("def " + n.Name + " ")
		dumpArgs(b, n.Args)
		if n.Returns != nil {
			b.WriteString(" -> ")
			dumpNode(b, n.Returns)
		}
		if len(n.Decorators) > 0 {
			b.WriteByte(' ')
			dumpList(b, "@", n.Decorators)
		}
		if n.Docstring != nil {
			b.WriteString(" doc=" + strconv.Quote(*n.Docstring))
		}
		dumpBody(b, "body", n.Body)
		b.WriteByte(')')
	case *ClassDef:
		b.WriteString("(class " + n.Name)
		for _, x := range n.Bases {
			b.WriteByte(' ')
			dumpNode(b, x)
		}
		for _, k := range n.Keywords {
			if k.Arg == "" {
				b.WriteString(" **")
			} else {
				b.WriteString(" " + k.Arg + "=")
			}
			dumpNode(b, k.Value)
		}
		if len(n.Decorators) > 0 {
			b.WriteByte(' ')
			dumpList(b, "@", n.Decorators)
		}
		if n.Docstring != nil {
			b.WriteString(" doc=" + strconv.Quote(*n.Docstring))
		}
		dumpBody(b, "body", n.Body)
		b.WriteByte(')')
	case *Return:
		b.WriteString("(return ")
		dumpOpt(b, n.Value)
		b.WriteByte(')')
	case *Delete:
		dumpList(b, "del", n.Targets)
	case *If:
		b.WriteString("(if ")
		dumpNode(b, n.Test)
		dumpBody(b, "then", n.Body)
		dumpBody(b, "else", n.Orelse)
		b.WriteByte(')')
	case *While:
		b.WriteString("(while ")
		dumpNode(b, n.Test)
		dumpBody(b, "do", n.Body)
		dumpBody(b, "else", n.Orelse)
		b.WriteByte(')')
	case *For:
		b.WriteString("(")
		if n.IsAsync {
			b.WriteString("async ")
		}
		b.WriteString("for ")
		dumpNode(b, n.Target)
		b.WriteByte(' ')
		dumpNode(b, n.Iter)
		dumpBody(b, "do", n.Body)
		dumpBody(b, "else", n.Orelse)
		b.WriteByte(')')
	case *With:
		b.WriteString("(")
		if n.IsAsync {
			b.WriteString("async ")
		}
		b.WriteString("with")
		for _, it := range n.Items {
			b.WriteByte(' ')
			dumpNode(b, it.ContextExpr)
			if it.OptionalVars != nil {
				b.WriteString(" as ")
				dumpNode(b, it.OptionalVars)
			}
		}
		dumpBody(b, "do", n.Body)
		b.WriteByte(')')
	case *Raise:
		b.WriteString("(raise ")
		dumpOpt(b, n.Exc)
		b.WriteByte(' ')
		dumpOpt(b, n.Cause)
		b.WriteByte(')')
	case *Try:
		b.WriteString("(try")
		if n.IsStar {
			b.WriteString("*")
		}
		dumpBody(b, "do", n.Body)
		for _, h := range n.Handlers {
			b.WriteString(" (except ")
			dumpOpt(b, h.Type)
			if h.Name != "" {
				b.WriteString(" as " + h.Name)
			}
			dumpBody(b, "do", h.Body)
			b.WriteString(")")
		}
		dumpBody(b, "else", n.Orelse)
		dumpBody(b, "finally", n.Finalbody)
		b.WriteByte(')')
	case *Assert:
		b.WriteString("(assert ")
		dumpNode(b, n.Test)
		b.WriteByte(' ')
		dumpOpt(b, n.Msg)
		b.WriteByte(')')
	case *Import:
		b.WriteString("(import")
		for _, a := range n.Names {
			b.WriteString(" " + a.Name)
			if a.AsName != "" {
				b.WriteString(" as " + a.AsName)
			}
		}
		b.WriteByte(')')
	case *ImportFrom:
		b.WriteString("(from " + n.Module + " import")
		for _, a := range n.Names {
			b.WriteString(" " + a.Name)
			if a.AsName != "" {
				b.WriteString(" as " + a.AsName)
			}
		}
		b.WriteByte(')')
	case *Global:
		b.WriteString("(global " + strings.Join(n.Names, " ") + ")")
	case *Nonlocal:
		b.WriteString("(nonlocal " + strings.Join(n.Names, " ") + ")")
	case *Pass:
		b.WriteString("pass")
	case *Break:
		b.WriteString("break")
	case *Continue:
		b.WriteString("continue")

	case *BoolOp:
		dumpList(b, n.Op, n.Values)
	case *NamedExpr:
		b.WriteString("(:= " + n.Target.Id + " ")
		dumpNode(b, n.Value)
		b.WriteByte(')')
	case *BinOp:
		b.WriteString("(" + n.Op + " ")
		dumpNode(b, n.Left)
		b.WriteByte(' ')
		dumpNode(b, n.Right)
		b.WriteByte(')')
	case *UnaryOp:
		op := n.Op
		if op != "not" {
			op = "u" + op
		}
		b.WriteString("(" + op + " ")
		dumpNode(b, n.Operand)
		b.WriteByte(')')
	case *Lambda:
		b.WriteString("(lambda ")
		dumpArgs(b, n.Args)
		b.WriteByte(' ')
		dumpNode(b, n.Body)
		b.WriteByte(')')
	case *IfExp:
		b.WriteString("(ifexp ")
		dumpNode(b, n.Test)
		b.WriteByte(' ')
		dumpNode(b, n.Body)
		b.WriteByte(' ')
		dumpNode(b, n.Orelse)
		b.WriteByte(')')
	case *Dict:
		b.WriteString("(dict")
		for i, k := range n.Keys {
			b.WriteByte(' ')
			if k == nil {
				b.WriteString("**")
			} else {
				dumpNode(b, k)
				b.WriteByte(':')
			}
			dumpNode(b, n.Values[i])
		}
		b.WriteByte(')')
	case *Set:
		dumpList(b, "set", n.Elts)
	case *ListComp:
		b.WriteString("(listcomp ")
		dumpNode(b, n.Elt)
		dumpComps(b, n.Generators)
		b.WriteByte(')')
	case *SetComp:
		b.WriteString("(setcomp ")
		dumpNode(b, n.Elt)
		dumpComps(b, n.Generators)
		b.WriteByte(')')
	case *DictComp:
		b.WriteString("(dictcomp ")
		dumpNode(b, n.Key)
		b.WriteByte(':')
		dumpNode(b, n.Value)
		dumpComps(b, n.Generators)
		b.WriteByte(')')
	case *GeneratorExp:
		b.WriteString("(genexp ")
		dumpNode(b, n.Elt)
		dumpComps(b, n.Generators)
		b.WriteByte(')')
	case *Await:
		b.WriteString("(await ")
		dumpNode(b, n.Value)
		b.WriteByte(')')
	case *Yield:
		b.WriteString("(yield ")
		dumpOpt(b, n.Value)
		b.WriteByte(')')
	case *YieldFrom:
		b.WriteString("(yieldfrom ")
		dumpNode(b, n.Value)
		b.WriteByte(')')
	case *Compare:
		b.WriteString("(cmp ")
		dumpNode(b, n.Left)
		for i, op := range n.Ops {
			b.WriteString(" " + op + " ")
			dumpNode(b, n.Comparators[i])
		}
		b.WriteByte(')')
	case *Call:
		b.WriteString("(call ")
		dumpNode(b, n.Func)
		for _, a := range n.Args {
			b.WriteByte(' ')
			dumpNode(b, a)
		}
		for _, k := range n.Keywords {
			if k.Arg == "" {
				b.WriteString(" **")
			} else {
				b.WriteString(" " + k.Arg + "=")
			}
			dumpNode(b, k.Value)
		}
		b.WriteByte(')')
	case *Constant:
		switch v := n.Value.(type) {
		case nil:
			b.WriteString("None")
		case bool:
			if v {
				b.WriteString("True")
			} else {
				b.WriteString("False")
			}
		case EllipsisType:
			b.WriteString("...")
		case int64:
			b.WriteString(strconv.FormatInt(v, 10))
		case *big.Int:
			b.WriteString(v.String() + "L")
		case float64:
			s := strconv.FormatFloat(v, 'g', -1, 64)
			if !strings.ContainsAny(s, ".eIN") {
				s += ".0"
			}
			b.WriteString(s)
		case string:
			b.WriteString(strconv.Quote(v))
		case []byte:
			b.WriteString("b" + strconv.Quote(string(v)))
		default:
			fmt.Fprintf(b, "%v", v)
		}
		if n.Imag {
			b.WriteString("j")
		}
	case *JoinedStr:
		dumpList(b, "f", n.Values)
	case *FormattedValue:
		b.WriteString("(fv ")
		dumpNode(b, n.Value)
		if n.Conversion != 0 {
			b.WriteString(" !" + string(n.Conversion))
		}
		if n.FormatSpec != nil {
			b.WriteString(" ")
			dumpNode(b, n.FormatSpec)
		}
		b.WriteByte(')')
	case *Attribute:
		b.WriteString("(. ")
		dumpNode(b, n.Value)
		b.WriteString(" " + n.Attr + ")")
	case *Subscript:
		b.WriteString("([] ")
		dumpNode(b, n.Value)
		b.WriteByte(' ')
		dumpNode(b, n.Slice)
		b.WriteByte(')')
	case *Starred:
		b.WriteString("*")
		dumpNode(b, n.Value)
	case *Name:
		b.WriteString(n.Id)
	case *List:
		dumpList(b, "list", n.Elts)
	case *Tuple:
		dumpList(b, "tuple", n.Elts)
	case *Slice:
		b.WriteString("(: ")
		dumpOpt(b, n.Lower)
		b.WriteByte(' ')
		dumpOpt(b, n.Upper)
		b.WriteByte(' ')
		dumpOpt(b, n.Step)
		b.WriteByte(')')
	default:
		fmt.Fprintf(b, "<%T>", n)
	}
}
