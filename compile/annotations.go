package compile

// This file compiles annotations as CPython 3.11 does: a def's parameter
// and return annotations are evaluated when the def runs and stored in
// the function's __annotations__ dict; annotated names at module and
// class level go into the namespace's __annotations__ dict, made at the
// start of a body that has any (SETUP_ANNOTATIONS). Under `from
// __future__ import annotations` (PEP 563) every annotation is kept as
// the string ast.unparse would give instead of being evaluated.

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/lang"
)

// futureFeatures are the names `from __future__ import` accepts (all
// mandatory in 3.11 except annotations, which changes compilation).
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// checkFuture validates the module's __future__ imports (they must come
// first, after the docstring, and name known features) and reports
// whether `annotations` is among them.
func (c *compiler) checkFuture(body []lang.Stmt) bool {
	annotations := false
	leading := true
	for i, s := range body {
		imp, ok := s.(*lang.ImportFrom)
		if i == 0 {
			if _, isDoc := docstring(body); isDoc {
				continue
			}
		}
		if !ok || imp.Module != "__future__" {
			leading = false
			continue
		}
		if !leading {
			c.errorf(imp.Span, "from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range imp.Names {
			switch {
			case a.Name == "braces":
				c.errorf(imp.Span, "not a chance")
			case a.Name == "annotations":
				annotations = true
			case !futureFeatures[a.Name]:
				c.errorf(imp.Span, "future feature %s is not defined", a.Name)
			}
		}
	}
	return annotations
}

// isFutureImport reports whether s is `from __future__ import ...`, a
// directive to the compiler: it binds no name here (CPython also binds
// the feature objects, which programs do not use).
func isFutureImport(s *lang.ImportFrom) bool { return s.Module == "__future__" }

// annotationValue pushes an annotation: its value, or under PEP 563 its
// source as a string.
func (c *compiler) annotationValue(e lang.Expr) {
	if c.futureAnnotations {
		c.loadConst(unparse(e))
		return
	}
	c.expr(e)
}

// emitFuncAnnotations sets __annotations__ on the function on top of the
// stack when the def has any annotation (the stack is left as it was).
func (c *compiler) emitFuncAnnotations(a *lang.Arguments, returns lang.Expr) {
	type ann struct {
		name string
		e    lang.Expr
	}
	var anns []ann
	add := func(p *lang.Arg) {
		if p != nil && p.Annotation != nil {
			anns = append(anns, ann{mangle(c.u.private, p.Name), p.Annotation})
		}
	}
	if a != nil {
		for _, p := range a.Args {
			add(p)
		}
		add(a.Vararg)
		for _, p := range a.KwOnlyArgs {
			add(p)
		}
		add(a.Kwarg)
	}
	if returns != nil {
		anns = append(anns, ann{"return", returns})
	}
	if len(anns) == 0 {
		return
	}
	c.emit(COPY, 1)
	for _, x := range anns {
		c.loadConst(x.name)
		c.annotationValue(x.e)
	}
	c.emit(BUILD_MAP, len(anns))
	c.emit(SWAP, 2)
	c.emit(STORE_ATTR, c.addName("__annotations__"))
}

// setupAnnotations makes the namespace's __annotations__ dict when a
// module or class body annotates a name (CPython's find_ann: also inside
// if, for, while, try and with blocks, not in nested defs or classes).
func (c *compiler) setupAnnotations(body []lang.Stmt) {
	if !findAnn(body) {
		return
	}
	c.emit(BUILD_MAP, 0)
	c.nameOp("__annotations__", ctxStore)
}

func findAnn(body []lang.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *lang.AnnAssign:
			return true
		case *lang.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *lang.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *lang.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *lang.With:
			if findAnn(s.Body) {
				return true
			}
		case *lang.Try:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// unparse renders an annotation expression as ast.unparse does (the
// forms annotations use).
func unparse(e lang.Expr) string {
	var sb strings.Builder
	unparseTo(&sb, e, false)
	return sb.String()
}

func unparseTo(sb *strings.Builder, e lang.Expr, inSubscript bool) {
	list := func(elts []lang.Expr) {
		for i, x := range elts {
			if i > 0 {
				sb.WriteString(", ")
			}
			unparseTo(sb, x, false)
		}
	}
	switch e := e.(type) {
	case *lang.Name:
		sb.WriteString(e.Id)
	case *lang.Attribute:
		unparseTo(sb, e.Value, false)
		sb.WriteString("." + e.Attr)
	case *lang.Subscript:
		unparseTo(sb, e.Value, false)
		sb.WriteString("[")
		unparseTo(sb, e.Slice, true)
		sb.WriteString("]")
	case *lang.Tuple:
		if inSubscript && len(e.Elts) > 0 {
			list(e.Elts)
			return
		}
		sb.WriteString("(")
		list(e.Elts)
		if len(e.Elts) == 1 {
			sb.WriteString(",")
		}
		sb.WriteString(")")
	case *lang.List:
		sb.WriteString("[")
		list(e.Elts)
		sb.WriteString("]")
	case *lang.BinOp:
		unparseTo(sb, e.Left, false)
		sb.WriteString(" " + e.Op + " ")
		unparseTo(sb, e.Right, false)
	case *lang.UnaryOp:
		sb.WriteString(e.Op)
		if e.Op == "not" {
			sb.WriteString(" ")
		}
		unparseTo(sb, e.Operand, false)
	case *lang.Call:
		unparseTo(sb, e.Func, false)
		sb.WriteString("(")
		list(e.Args)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				sb.WriteString(", ")
			}
			if k.Arg == "" {
				sb.WriteString("**")
			} else {
				sb.WriteString(k.Arg + "=")
			}
			unparseTo(sb, k.Value, false)
		}
		sb.WriteString(")")
	case *lang.Starred:
		sb.WriteString("*")
		unparseTo(sb, e.Value, false)
	case *lang.Constant:
		switch v := e.Value.(type) {
		case nil:
			sb.WriteString("None")
		case bool:
			if v {
				sb.WriteString("True")
			} else {
				sb.WriteString("False")
			}
		case string:
			sb.WriteString(pyStrRepr(v))
		case int64:
			sb.WriteString(strconv.FormatInt(v, 10))
		case *big.Int:
			sb.WriteString(v.String())
		case float64:
			sb.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		default:
			sb.WriteString("...")
		}
	default:
		sb.WriteString("...")
	}
}

// pyStrRepr is repr() of a str: single quotes unless the text has a
// single quote and no double quote.
func pyStrRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteByte(q)
	for _, r := range s {
		switch {
		case r == '\\':
			sb.WriteString(`\\`)
		case r == rune(q):
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			sb.WriteString(`\x` + strconv.FormatInt(int64(r)+0x100, 16)[1:])
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}
