package compile

// This file holds the compiler's SyntaxWarnings: the checks CPython 3.11's
// compiler (Python/compile.c: check_compare, check_caller,
// check_subscripter, check_index, compiler_assert) makes on code that is
// valid but almost certainly a mistake, such as `x is 1` or a missing
// comma in `[(1, 2) (3, 4)]`.
//
// The compiler cannot issue a warning itself (compile does not import
// interp): it records each one, in the order CPython's compiler meets
// them, in Code.Warnings of the module's code, and whoever runs the code
// issues them through the warnings machinery before running it
// (interp.(*Fiber).IssueCompileWarnings). A warning's location is the node
// CPython's compiler is at when it warns: the comparison, the call, the
// subscript or the assert statement.
//
// CPython checks the AST after its optimizer has folded constants, so an
// operand "is a constant" when the optimizer turns it into one: literals,
// tuples of constants, unary operators, arithmetic on constants and
// indexing them. constType below says which expressions fold and to what
// type (warnings_fold.go has the arithmetic).

import (
	"fmt"
	"math/big"

	"github.com/asyncscript/asyncscript/lang"
)

// Warning is one compile-time warning: its category (the name of a
// built-in warning class), message and the source range it is about.
type Warning struct {
	Category string
	Msg      string
	File     *lang.File
	Span     lang.Span
}

// warn records a SyntaxWarning at sp.
func (c *compiler) warn(sp lang.Span, format string, args ...any) {
	c.warnings = append(c.warnings, Warning{Category: "SyntaxWarning", Msg: fmt.Sprintf(format, args...), File: c.file, Span: sp})
}

// checkCompare warns about an identity test ("is", "is not") with an
// operand that is a constant other than None, True, False and Ellipsis:
// at most once per comparison, for the first such operator.
func (c *compiler) checkCompare(e *lang.Compare) {
	left := c.fold.isArgOK(e.Left)
	for i, op := range e.Ops {
		right := c.fold.isArgOK(e.Comparators[i])
		if (op == "is" || op == "is not") && (!left || !right) {
			if c.negated[e] {
				op = map[string]string{"is": "is not", "is not": "is"}[op]
			}
			if op == "is" {
				c.warn(e.Span, `"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(e.Span, `"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// noteNot sees `not` applied to e's operand. CPython's optimizer turns
// `not (a is b)` into `a is not b` and `not (a is not b)` into `a is b`
// (innermost first, so each `not` of a chain flips the operator again):
// the comparison's warning names the operator it has become. The
// outermost `not` of a chain is seen first and records the result.
func (c *compiler) noteNot(e *lang.UnaryOp) {
	if c.innerNots[e] {
		return // the chain's outermost `not` has seen it
	}
	flip := true
	operand := e.Operand
	for {
		u, ok := operand.(*lang.UnaryOp)
		if !ok || u.Op != "not" {
			break
		}
		if c.innerNots == nil {
			c.innerNots = make(map[*lang.UnaryOp]bool)
		}
		c.innerNots[u] = true // each `not` is walked over once
		flip, operand = !flip, u.Operand
	}
	cmp, ok := operand.(*lang.Compare)
	if !ok || len(cmp.Ops) != 1 || (cmp.Ops[0] != "is" && cmp.Ops[0] != "is not") {
		return
	}
	if c.negated == nil {
		c.negated = make(map[*lang.Compare]bool)
	}
	c.negated[cmp] = flip
}

// isArgOK reports whether e may be an operand of "is": anything but a
// constant, or one of the singleton constants.
func (f *folder) isArgOK(e lang.Expr) bool {
	t, ok := f.constType(e)
	return !ok || t == "NoneType" || t == "bool" || t == "ellipsis"
}

// checkCaller warns about calling a constant or a display.
func (c *compiler) checkCaller(e *lang.Call) {
	switch e.Func.(type) {
	case *lang.Constant, *lang.Tuple, *lang.List, *lang.ListComp, *lang.Dict, *lang.DictComp,
		*lang.Set, *lang.SetComp, *lang.GeneratorExp, *lang.JoinedStr, *lang.FormattedValue,
		*lang.UnaryOp, *lang.BinOp, *lang.Subscript: // the last three when they fold into a constant
		if t, ok := c.fold.inferType(e.Func); ok {
			c.warn(e.Span, "'%s' object is not callable; perhaps you missed a comma?", t)
		}
	}
}

// checkSubscript warns about subscripting (loading) something that cannot
// be subscripted, or a sequence with an index that is a constant of the
// wrong type.
func (c *compiler) checkSubscript(e *lang.Subscript) {
	vt, vok := c.fold.inferType(e.Value)
	if !vok {
		return
	}
	_, isConst := c.fold.constType(e.Value)
	switch e.Value.(type) {
	case *lang.Set, *lang.SetComp, *lang.GeneratorExp, *lang.Lambda:
		c.warn(e.Span, "'%s' object is not subscriptable; perhaps you missed a comma?", vt)
		return
	}
	if isConst {
		switch vt {
		case "NoneType", "ellipsis", "int", "bool", "float", "complex":
			c.warn(e.Span, "'%s' object is not subscriptable; perhaps you missed a comma?", vt)
			return
		}
	}
	it, ok := c.fold.inferType(e.Slice)
	if !ok || it == "int" || it == "bool" {
		return
	}
	if isConst {
		if vt != "str" && vt != "bytes" && vt != "tuple" {
			return
		}
	} else {
		switch e.Value.(type) {
		case *lang.Tuple, *lang.List, *lang.ListComp, *lang.JoinedStr, *lang.FormattedValue:
		default:
			return
		}
	}
	c.warn(e.Span, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", vt, it)
}

// checkAssert warns about asserting a non-empty tuple, which is always
// true.
func (c *compiler) checkAssert(s *lang.Assert) {
	if t, ok := s.Test.(*lang.Tuple); ok && len(t.Elts) > 0 {
		c.warn(s.Span, "assertion is always true, perhaps remove parentheses?")
	}
}

// inferType is CPython's infer_type: the type name of what e evaluates
// to when the node's kind alone tells it (ok false otherwise).
func (f *folder) inferType(e lang.Expr) (string, bool) {
	if t, ok := f.constType(e); ok {
		return t, true
	}
	switch e.(type) {
	case *lang.Tuple:
		return "tuple", true
	case *lang.List, *lang.ListComp:
		return "list", true
	case *lang.Dict, *lang.DictComp:
		return "dict", true
	case *lang.Set, *lang.SetComp:
		return "set", true
	case *lang.GeneratorExp:
		return "generator", true
	case *lang.Lambda:
		return "function", true
	case *lang.JoinedStr, *lang.FormattedValue:
		return "str", true
	}
	return "", false
}

// constTypeOf reports whether CPython's AST optimizer folds e into a
// constant, and the constant's type name. It follows the optimizer's
// rules where they decide the type; an expression whose folding depends
// on values beyond that (a huge power, a failing operation) counts as not
// folded, so such code only ever misses a warning.
func (f *folder) constTypeOf(e lang.Expr) (string, bool) {
	switch e := e.(type) {
	case *lang.Constant:
		if e.Imag {
			return "complex", true
		}
		switch e.Value.(type) {
		case nil:
			return "NoneType", true
		case bool:
			return "bool", true
		case int64, int, *big.Int:
			return "int", true
		case float64:
			return "float", true
		case string:
			return "str", true
		case []byte:
			return "bytes", true
		case lang.EllipsisType:
			return "ellipsis", true
		}
	case *lang.Tuple:
		for _, x := range e.Elts {
			if _, ok := f.constType(x); !ok {
				return "", false
			}
		}
		return "tuple", true
	case *lang.UnaryOp, *lang.BinOp, *lang.Subscript:
		if n, ok := f.foldNumber(e); ok { // warnings_fold.go
			return n.typeName(), true
		}
		if u, ok := e.(*lang.UnaryOp); ok && u.Op == "not" {
			if _, ok := f.constType(u.Operand); ok {
				return "bool", true
			}
		}
		if t, _, _, ok := f.foldSeq(e); ok { // warnings_fold.go
			return t, true
		}
	}
	return "", false
}
