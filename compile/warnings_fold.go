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
// MAX_COLLECTION_SIZE, MAX_TOTAL_ITEMS): foldSeq; and so does indexing
// one with an int in range: foldIndex.
//
// Only the result's kind and value matter here, and only for warnings:
// nothing this file computes reaches the generated code.

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang"
)

// folder answers, per node, whether the optimizer folds it and into
// what (constType, foldNumber, foldSeq). It remembers each answer: the
// questions recurse into the operands, and asking them afresh at every
// level of a nest like ((((1,)[0],)[0],)[0],) would cost 2^depth.
type folder struct {
	types map[lang.Expr]typeFold
	nums  map[lang.Expr]numFold
	seqs  map[lang.Expr]seqFold
}

type typeFold struct {
	typ string
	ok  bool
}

type numFold struct {
	n  numConst
	ok bool
}

type seqFold struct {
	typ           string
	length, items int
	ok            bool
}

// constType: see constTypeOf.
func (f *folder) constType(e lang.Expr) (string, bool) {
	r := remembered(&f.types, e, func() typeFold {
		t, ok := f.constTypeOf(e)
		return typeFold{t, ok}
	})
	return r.typ, r.ok
}

// foldNumber: see foldNumberOf.
func (f *folder) foldNumber(e lang.Expr) (numConst, bool) {
	r := remembered(&f.nums, e, func() numFold {
		n, ok := f.foldNumberOf(e)
		return numFold{n, ok}
	})
	return r.n, r.ok
}

// foldSeq: see foldSeqOf.
func (f *folder) foldSeq(e lang.Expr) (typ string, length, items int, ok bool) {
	r := remembered(&f.seqs, e, func() seqFold {
		typ, length, items, ok := f.foldSeqOf(e)
		return seqFold{typ, length, items, ok}
	})
	return r.typ, r.length, r.items, r.ok
}

// remembered is (*m)[e], computed by of the first time it is asked for.
func remembered[V any](m *map[lang.Expr]V, e lang.Expr, of func() V) V {
	if r, seen := (*m)[e]; seen {
		return r
	}
	r := of()
	if *m == nil {
		*m = make(map[lang.Expr]V)
	}
	(*m)[e] = r
	return r
}

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

// foldNumberOf is e folded into a number, or false when e is not one
// after CPython's constant folding.
func (f *folder) foldNumberOf(e lang.Expr) (numConst, bool) {
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
		x, ok := f.foldNumber(e.Operand)
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
	case *lang.Subscript:
		t, _, _, ok := f.foldIndex(e)
		if !ok {
			break
		}
		if items, isTuple := f.tupleItems(e.Value); isTuple {
			return f.foldNumber(items[f.tupleIndex(e, len(items))])
		}
		if t == "int" { // an item of a bytes constant
			b := e.Value.(*lang.Constant).Value.([]byte)
			return intNum(big.NewInt(int64(b[f.tupleIndex(e, len(b))]))), true
		}
	case *lang.BinOp:
		a, ok := f.foldNumber(e.Left)
		if !ok {
			return numConst{}, false
		}
		b, ok := f.foldNumber(e.Right)
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

// foldSeqOf is e folded into a str, bytes or tuple constant: its type
// name, its length and, for a tuple, how many items it holds counting
// those of nested tuples (ast_opt.c's check_complexity).
func (f *folder) foldSeqOf(e lang.Expr) (typ string, length, items int, ok bool) {
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
			if t, _, n, ok := f.foldSeq(x); ok && t == "tuple" {
				items += n
			} else if _, ok := f.constType(x); !ok {
				return "", 0, 0, false
			}
		}
		return "tuple", len(e.Elts), items, true
	case *lang.Subscript:
		if t, n, i, ok := f.foldIndex(e); ok && (t == "str" || t == "bytes" || t == "tuple") {
			return t, n, i, true
		}
	case *lang.BinOp:
		switch e.Op {
		case "+":
			t1, n1, i1, ok1 := f.foldSeq(e.Left)
			t2, n2, i2, ok2 := f.foldSeq(e.Right)
			if ok1 && ok2 && t1 == t2 {
				return t1, n1 + n2, i1 + i2, true
			}
		case "*":
			// the count is usually on the right: testing that side
			// first keeps a long chain a * b * c ... linear
			seq, count := e.Left, e.Right
			if _, ok := f.foldNumber(count); !ok {
				seq, count = count, seq
			}
			t, n, i, ok := f.foldSeq(seq)
			k, okk := f.foldNumber(count)
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

// foldIndex folds seq[i], a str, bytes or tuple constant indexed by an
// int constant in range (the optimizer's fold_subscr; a failing index
// leaves the subscript as it is). It returns the item's type name and,
// when the item is a str, bytes or tuple, its length and items as
// foldSeq does.
func (f *folder) foldIndex(e *lang.Subscript) (typ string, length, items int, ok bool) {
	t, n, _, ok := f.foldSeq(e.Value)
	if !ok || f.tupleIndex(e, n) < 0 {
		return "", 0, 0, false
	}
	switch t {
	case "str":
		return "str", 1, 0, true
	case "bytes":
		if _, isConst := e.Value.(*lang.Constant); isConst {
			return "int", 0, 0, true
		}
	case "tuple":
		items, _ := f.tupleItems(e.Value)
		item := items[f.tupleIndex(e, n)]
		if t, n, i, ok := f.foldSeq(item); ok {
			return t, n, i, true
		}
		if t, ok := f.constType(item); ok {
			return t, 0, 0, true
		}
	}
	return "", 0, 0, false
}

// tupleIndex is the index e's slice folds to, made non-negative, for a
// sequence of length n; -1 when it is not an int constant in range.
func (f *folder) tupleIndex(e *lang.Subscript, n int) int {
	k, ok := f.foldNumber(e.Slice)
	if !ok || (k.kind != 'i' && k.kind != 'b') || !k.i.IsInt64() {
		return -1
	}
	i := k.i.Int64()
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return -1
	}
	return int(i)
}

// tupleItems are the items of e, which foldSeq has folded into a tuple:
// the expressions of the displays it was made of.
func (f *folder) tupleItems(e lang.Expr) ([]lang.Expr, bool) {
	switch e := e.(type) {
	case *lang.Tuple:
		return e.Elts, true
	case *lang.Subscript:
		items, ok := f.tupleItems(e.Value)
		if !ok {
			return nil, false
		}
		return f.tupleItems(items[f.tupleIndex(e, len(items))])
	case *lang.BinOp:
		if e.Op == "+" {
			l, ok1 := f.tupleItems(e.Left)
			r, ok2 := f.tupleItems(e.Right)
			return append(append([]lang.Expr(nil), l...), r...), ok1 && ok2
		}
		// e.Op == "*": within maxFoldTupleLen items
		seq, count := e.Left, e.Right
		if _, ok := f.foldNumber(count); !ok {
			seq, count = count, seq
		}
		items, ok := f.tupleItems(seq)
		k, _ := f.foldNumber(count)
		var all []lang.Expr
		for j := int64(0); ok && j < k.i.Int64(); j++ {
			all = append(all, items...)
		}
		return all, ok
	}
	return nil, false
}
