package compile

// This file folds arithmetic on numeric constants the way CPython 3.11's
// AST optimizer (Python/ast_opt.c) does, for the SyntaxWarnings
// (warnings.go): whether `x is 2 ** 8` or `(10 / 4)()` compares or calls
// a constant depends on whether the optimizer folded the operation, which
// it does unless the operation fails (division by zero, a negative shift,
// a float overflow) or its integer result would pass the optimizer's size
// limit (MAX_INT_SIZE, 128 bits, checked before computing * ** <<).
//
// Sums and repetitions of strings, bytes and tuples fold too, the
// repetitions below the optimizer's size limits (MAX_STR_SIZE,
// MAX_COLLECTION_SIZE, MAX_TOTAL_ITEMS): foldSeq.
//
// Only the result's kind and value matter here, and only for warnings:
// nothing this file computes reaches the generated code.

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang"
)

// ast_opt.c's limits on what folding may build.
const (
	maxFoldIntBits   = 128  // MAX_INT_SIZE: bits of an int result of * ** <<
	maxFoldStrLen    = 4096 // MAX_STR_SIZE: a repeated str or bytes
	maxFoldTupleLen  = 256  // MAX_COLLECTION_SIZE: a repeated tuple
	maxFoldItemCount = 1024 // MAX_TOTAL_ITEMS: items of a repeated tuple, nested ones too
)

// numConst is a folded bool, int, float or complex constant.
type numConst struct {
	kind byte // 'b' bool, 'i' int, 'f' float, 'c' complex (no value: it folds no further)
	i    *big.Int
	f    float64
}

func (n numConst) typeName() string {
	switch n.kind {
	case 'b':
		return "bool"
	case 'i':
		return "int"
	case 'c':
		return "complex"
	}
	return "float"
}

// float is n as a float, false when an int is too large for one
// (CPython's OverflowError).
func (n numConst) float() (float64, bool) {
	if n.kind == 'f' {
		return n.f, true
	}
	f, _ := new(big.Float).SetInt(n.i).Float64()
	return f, !math.IsInf(f, 0)
}

func intNum(i *big.Int) numConst { return numConst{kind: 'i', i: i} }

func boolNum(b bool) numConst {
	return numConst{kind: 'b', i: big.NewInt(int64(b2i(b)))}
}

// foldNumber is e folded into a number, or false when e is not one
// after CPython's constant folding.
func foldNumber(e lang.Expr) (numConst, bool) {
	switch e := e.(type) {
	case *lang.Constant:
		if e.Imag {
			return numConst{}, false
		}
		switch v := e.Value.(type) {
		case bool:
			return boolNum(v), true
		case int64:
			return intNum(big.NewInt(v)), true
		case int:
			return intNum(big.NewInt(int64(v))), true
		case *big.Int:
			return intNum(v), true
		case float64:
			return numConst{kind: 'f', f: v}, true
		}
	case *lang.UnaryOp:
		x, ok := foldNumber(e.Operand)
		if !ok || x.kind == 'c' {
			return numConst{}, false
		}
		switch e.Op {
		case "not":
			if x.kind == 'f' {
				return boolNum(x.f == 0), true
			}
			return boolNum(x.i.Sign() == 0), true
		case "-", "+":
			if x.kind == 'f' {
				if e.Op == "-" {
					x.f = -x.f
				}
				return x, true
			}
			if e.Op == "-" {
				return intNum(new(big.Int).Neg(x.i)), true
			}
			return intNum(x.i), true
		case "~":
			if x.kind != 'f' {
				return intNum(new(big.Int).Not(x.i)), true
			}
		}
	case *lang.BinOp:
		a, ok := foldNumber(e.Left)
		if !ok {
			return numConst{}, false
		}
		b, ok := foldNumber(e.Right)
		if !ok || a.kind == 'c' || b.kind == 'c' {
			return numConst{}, false
		}
		if a.kind == 'f' || b.kind == 'f' || e.Op == "/" {
			return foldFloatOp(e.Op, a, b)
		}
		return foldIntOp(e.Op, a, b)
	}
	return numConst{}, false
}

// foldIntOp folds an operation on two ints (or bools).
func foldIntOp(op string, a, b numConst) (numConst, bool) {
	x, y := a.i, b.i
	r := new(big.Int)
	switch op {
	case "+":
		return intNum(r.Add(x, y)), true
	case "-":
		return intNum(r.Sub(x, y)), true
	case "*":
		if x.Sign() != 0 && y.Sign() != 0 && x.BitLen()+y.BitLen() > maxFoldIntBits {
			return numConst{}, false
		}
		return intNum(r.Mul(x, y)), true
	case "//", "%":
		if y.Sign() == 0 {
			return numConst{}, false // ZeroDivisionError
		}
		q, m := new(big.Int).DivMod(x, y, r) // Euclidean: fix up to floor division
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == "//" {
			return intNum(q), true
		}
		return intNum(m), true
	case "**":
		switch {
		case y.Sign() < 0:
			if x.Sign() == 0 {
				return numConst{}, false // ZeroDivisionError
			}
			fx, ok1 := a.float()
			fy, ok2 := b.float()
			if !ok1 || !ok2 {
				return numConst{}, false
			}
			return foldFloatOp("**", numConst{kind: 'f', f: fx}, numConst{kind: 'f', f: fy})
		case x.Sign() != 0 && y.Sign() > 0:
			if !y.IsInt64() || int64(x.BitLen()) > maxFoldIntBits/y.Int64() {
				return numConst{}, false
			}
		}
		return intNum(r.Exp(x, y, nil)), true
	case "<<", ">>":
		if y.Sign() < 0 {
			return numConst{}, false // ValueError: negative shift count
		}
		if op == ">>" {
			if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
				if x.Sign() < 0 {
					return intNum(big.NewInt(-1)), true
				}
				return intNum(r), true
			}
			return intNum(r.Rsh(x, uint(y.Int64()))), true
		}
		if x.Sign() != 0 && y.Sign() != 0 && (!y.IsInt64() || y.Int64() > maxFoldIntBits ||
			int64(x.BitLen()) > maxFoldIntBits-y.Int64()) {
			return numConst{}, false
		}
		if x.Sign() == 0 {
			return intNum(r), true
		}
		return intNum(r.Lsh(x, uint(y.Int64()))), true
	case "&", "|", "^":
		switch op {
		case "&":
			r.And(x, y)
		case "|":
			r.Or(x, y)
		default:
			r.Xor(x, y)
		}
		if a.kind == 'b' && b.kind == 'b' {
			return numConst{kind: 'b', i: r}, true
		}
		return intNum(r), true
	}
	return numConst{}, false // @
}

// foldFloatOp folds an operation with a float operand, or int / int.
func foldFloatOp(op string, a, b numConst) (numConst, bool) {
	x, ok1 := a.float()
	y, ok2 := b.float()
	if !ok1 || !ok2 {
		return numConst{}, false
	}
	var r float64
	switch op {
	case "+":
		r = x + y
	case "-":
		r = x - y
	case "*":
		r = x * y
	case "/", "//", "%":
		if y == 0 {
			return numConst{}, false // ZeroDivisionError
		}
		switch op {
		case "/":
			r = x / y
		case "//":
			r = math.Floor(x / y)
		default:
			r = math.Mod(x, y)
			if r != 0 && (r < 0) != (y < 0) {
				r += y
			}
		}
	case "**":
		if x == 0 && y < 0 {
			return numConst{}, false // ZeroDivisionError
		}
		if x < 0 && y != math.Trunc(y) {
			return numConst{kind: 'c'}, true // (-8) ** 0.5 is complex
		}
		r = math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return numConst{}, false // OverflowError
		}
	default:
		return numConst{}, false // <<, >>, &, |, ^, @ on floats: TypeError
	}
	return numConst{kind: 'f', f: r}, true
}

// foldSeq is e folded into a str, bytes or tuple constant: its type
// name, its length and, for a tuple, how many items it holds counting
// those of nested tuples (ast_opt.c's check_complexity).
func foldSeq(e lang.Expr) (typ string, length, items int, ok bool) {
	switch e := e.(type) {
	case *lang.Constant:
		switch v := e.Value.(type) {
		case string:
			return "str", utf8.RuneCountInString(v), 0, true
		case []byte:
			return "bytes", len(v), 0, true
		}
	case *lang.Tuple:
		items = len(e.Elts)
		for _, x := range e.Elts {
			if t, _, n, ok := foldSeq(x); ok && t == "tuple" {
				items += n
			} else if _, ok := constType(x); !ok {
				return "", 0, 0, false
			}
		}
		return "tuple", len(e.Elts), items, true
	case *lang.BinOp:
		switch e.Op {
		case "+":
			t1, n1, i1, ok1 := foldSeq(e.Left)
			t2, n2, i2, ok2 := foldSeq(e.Right)
			if ok1 && ok2 && t1 == t2 {
				return t1, n1 + n2, i1 + i2, true
			}
		case "*":
			seq, count := e.Left, e.Right
			if _, ok := foldNumber(seq); ok {
				seq, count = count, seq
			}
			t, n, i, ok := foldSeq(seq)
			k, okk := foldNumber(count)
			if !ok || !okk || k.kind == 'f' || k.kind == 'c' {
				return "", 0, 0, false
			}
			if n == 0 {
				return t, 0, 0, true
			}
			limit := maxFoldStrLen
			if t == "tuple" {
				limit = maxFoldTupleLen
			}
			if !k.i.IsInt64() || k.i.Sign() < 0 || k.i.Int64() > int64(limit/n) {
				return "", 0, 0, false
			}
			times := int(k.i.Int64())
			if t == "tuple" && times != 0 && i > maxFoldItemCount/times {
				return "", 0, 0, false
			}
			return t, n * times, i * times, true
		}
	}
	return "", 0, 0, false
}
