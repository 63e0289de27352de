package interp

// This file holds the small operations the dispatch loop delegates:
// unpacking, identity, set/dict building, raising, exception matching,
// except* support, and the context-manager protocol.

import (
	"math"
	"math/bits"
	"strings"
	"unsafe"
)

// unboundLocal is CPython's error for reading local slot i before assignment.
func unboundLocal(code *Code, i int) *Exception {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Locals[i])
}

// nameNotDefined is CPython's error for an unknown global or name.
func nameNotDefined(name string) *Exception {
	return Errorf(NameError, "name '%s' is not defined", name)
}

func (f *Fiber) unboundDeref(code *Code, i int) *Exception {
	name := cellName(code, i)
	if i < len(code.CellVars) {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name) // a cell, not a slot
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func cellName(code *Code, i int) string {
	if i < len(code.CellVars) {
		return code.CellVars[i]
	}
	return code.FreeVars[i-len(code.CellVars)]
}

// Is implements the `is` operator.
func Is(a, b Value) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || unsafe.SliceData(x) == unsafe.SliceData(y))
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Float:
		y, ok := b.(Float)
		return ok && x == y
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case *BigInt:
		return a == b
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

func buildSet(f *Fiber, items []Value) (Value, *Exception) {
	s, err := SetClass.New(f, SetClass, nil, nil)
	if err != nil {
		return nil, err
	}
	for _, v := range items {
		if err := setAdd(f, s, v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func setAdd(f *Fiber, s, v Value) *Exception {
	_, _, err := CallDunder(f, s, "add", v)
	return err
}

// listExtendFrom is LIST_EXTEND: ListExtend with the message CPython
// gives for a non-iterable after * in a display or a call.
func listExtendFrom(f *Fiber, l *List, src Value) *Exception {
	err := ListExtend(f, l, src)
	if err != nil && err.Matches(TypeError) && !Callable(src) {
		if _, ok := src.Type().Lookup("__iter__"); !ok {
			return Errorf(TypeError, "Value after * must be an iterable, not %s", TypeName(src))
		}
	}
	return err
}

func iterateInto(f *Fiber, src Value, fn func(Value) *Exception) *Exception {
	return Iterate(f, src, func(v Value) (bool, *Exception) {
		if err := fn(v); err != nil {
			return false, err
		}
		return true, nil
	})
}

// dictMerge implements DICT_UPDATE (callee nil) and DICT_MERGE, which
// builds a call's **kwargs for callee.
func (f *Fiber) dictMerge(d *Dict, src Value, callee Value) *Exception {
	isCall := callee != nil
	if s, ok := src.(*Dict); ok {
		var err *Exception
		s.Items(func(k, v Value) bool {
			if isCall {
				if _, ok := k.(Str); !ok {
					err = Errorf(TypeError, "keywords must be strings")
					return false
				}
				if _, dup := d.GetStr(string(k.(Str))); dup {
					err = Errorf(TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(callee), k.(Str))
					return false
				}
			}
			err = d.Set(f, k, v)
			return err == nil
		})
		return err
	}
	keysM, ok := src.Type().Lookup("keys")
	if !ok {
		if isCall {
			return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(callee), TypeName(src))
		}
		return Errorf(TypeError, "'%s' object is not a mapping", TypeName(src))
	}
	keys, err := f.Call(keysM, []Value{src}, nil)
	if err != nil {
		return err
	}
	return Iterate(f, keys, func(k Value) (bool, *Exception) {
		v, err := GetItem(f, src, k)
		if err != nil {
			return false, err
		}
		return true, d.Set(f, k, v)
	})
}

// unpackN unpacks v into exactly n items (after < 0) or into before
// items, a starred list and after items.
func unpackN(f *Fiber, v Value, before, after int) ([]Value, *Exception) {
	var items []Value
	switch x := v.(type) {
	case Tuple:
		items = x
	case *List:
		items = x.Items
	default:
		if _, err := GetIter(f, v); err != nil {
			if err.Matches(TypeError) && strings.HasSuffix(err.MessageText(), "is not iterable") {
				return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(v))
			}
			return nil, err
		}
		if after < 0 {
			// stop early on too many values, as CPython does
			it, err := GetIter(f, v)
			if err != nil {
				return nil, err
			}
			for len(items) <= before {
				x, ok, err := Next(f, it)
				if err != nil {
					return nil, err
				}
				if !ok {
					break
				}
				items = append(items, x)
			}
		} else {
			var err *Exception
			items, err = ToList(f, v)
			if err != nil {
				return nil, err
			}
		}
	}
	if after < 0 {
		n := before
		if len(items) < n {
			return nil, Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		if len(items) > n {
			return nil, Errorf(ValueError, "too many values to unpack (expected %d)", n)
		}
		return items, nil
	}
	if len(items) < before+after {
		return nil, Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Value, 0, before+after+1)
	out = append(out, items[:before]...)
	mid := make([]Value, len(items)-before-after)
	copy(mid, items[before:len(items)-after])
	out = append(out, &List{Items: mid})
	out = append(out, items[len(items)-after:]...)
	return out, nil
}

// makeRaisable turns the operand of raise into an exception instance.
func makeRaisable(f *Fiber, v Value) (*Exception, *Exception) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Class:
		if x.IsException {
			r, err := f.Call(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
		}
	}
	return nil, Errorf(TypeError, "exceptions must derive from BaseException")
}

// exceptionMatches implements CHECK_EXC_MATCH.
func exceptionMatches(exc *Exception, typ Value) (bool, *Exception) {
	switch t := typ.(type) {
	case *Class:
		if !t.IsException {
			break
		}
		return exc.Matches(t), nil
	case Tuple:
		for _, x := range t {
			ok, err := exceptionMatches(exc, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// egMatch implements CHECK_EG_MATCH: split exc into (rest, match).
func (f *Fiber) egMatch(excV, typ Value) (Value, Value, *Exception) {
	exc := excV.(*Exception)
	if t, ok := typ.(*Class); ok && t.IsSubclass(BaseExceptionGroup) {
		return nil, nil, Errorf(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	matchFn := func(e *Exception) bool { ok, _ := exceptionMatches(e, typ); return ok }
	if _, err := exceptionMatches(exc, typ); err != nil {
		return nil, nil, err
	}
	if exc.Exceptions == nil && !exc.Class.IsSubclass(BaseExceptionGroup) {
		if matchFn(exc) {
			g := newGroup(ExceptionGroup, "", []*Exception{exc})
			if !exc.Class.IsSubclass(Exception_) {
				g.Class = BaseExceptionGroup
			}
			g.Traceback = exc.Traceback
			return None, g, nil
		}
		return exc, None, nil
	}
	match, rest := egSplit(exc, matchFn)
	var m, r Value = None, None
	if match != nil {
		m = match
	}
	if rest != nil {
		r = rest
	}
	return r, m, nil
}

// newGroup builds an exception group object.
func newGroup(cls *Class, msg string, excs []*Exception) *Exception {
	t := make(Tuple, len(excs))
	for i, e := range excs {
		t[i] = e
	}
	return &Exception{Class: cls, Args: Tuple{Str(msg), &List{Items: []Value(t)}}, Message: msg, Exceptions: excs}
}

// deriveGroup makes a group like g (same class, message, traceback) with
// other members.
func deriveGroup(g *Exception, excs []*Exception) *Exception {
	n := newGroup(g.Class, g.Message, excs)
	n.Traceback, n.Cause, n.Context, n.Notes = g.Traceback, g.Cause, g.Context, g.Notes
	return n
}

// egSplit partitions a group's leaves by match, keeping the nesting.
func egSplit(g *Exception, match func(*Exception) bool) (m, rest *Exception) {
	if match(g) {
		return g, nil
	}
	if g.Exceptions == nil {
		return nil, g
	}
	var ms, rs []*Exception
	for _, e := range g.Exceptions {
		a, b := egSplit(e, match)
		if a != nil {
			ms = append(ms, a)
		}
		if b != nil {
			rs = append(rs, b)
		}
	}
	if ms != nil {
		m = deriveGroup(g, ms)
	}
	if rs != nil {
		rest = deriveGroup(g, rs)
	}
	return m, rest
}

func leaves(e *Exception, out map[*Exception]bool) {
	if e.Exceptions == nil {
		out[e] = true
		return
	}
	for _, x := range e.Exceptions {
		leaves(x, out)
	}
}

// prepReraiseStar implements PREP_RERAISE_STAR: combine the exceptions
// raised and re-raised by except* clauses into what propagates.
func prepReraiseStar(f *Fiber, origV Value, excs *List) (Value, *Exception) {
	orig, ok := origV.(*Exception)
	if !ok {
		return None, nil
	}
	if orig.Exceptions == nil && !orig.Class.IsSubclass(BaseExceptionGroup) {
		// a naked exception was caught (and wrapped for matching): only one
		// clause ran, so what it raised, if anything, propagates as is
		for _, v := range excs.Items {
			if e, ok := v.(*Exception); ok {
				return e, nil
			}
		}
		return None, nil
	}
	origLeaves := map[*Exception]bool{}
	leaves(orig, origLeaves)
	var raised []*Exception
	keep := map[*Exception]bool{}
	for _, v := range excs.Items {
		e, ok := v.(*Exception)
		if !ok {
			continue
		}
		ls := map[*Exception]bool{}
		leaves(e, ls)
		reraised := true
		for l := range ls {
			if !origLeaves[l] {
				reraised = false
				break
			}
		}
		if reraised {
			for l := range ls {
				keep[l] = true
			}
		} else {
			raised = append(raised, e)
		}
	}
	var reraisedEG *Exception
	if len(keep) > 0 {
		reraisedEG, _ = egSplit(orig, func(e *Exception) bool { return e.Exceptions == nil && keep[e] })
	}
	if len(raised) == 0 {
		if reraisedEG == nil {
			return None, nil
		}
		return reraisedEG, nil
	}
	all := raised
	if reraisedEG != nil {
		all = append(all, reraisedEG)
	}
	if len(all) == 1 {
		return all[0], nil // CPython re-raises a lone survivor bare
	}
	cls := ExceptionGroup
	for _, e := range all {
		if !e.Class.IsSubclass(Exception_) {
			cls = BaseExceptionGroup
		}
	}
	return newGroup(cls, "", all), nil
}

// beforeWith implements BEFORE_WITH (async=false: __enter__/__exit__) and
// BEFORE_ASYNC_WITH (async=true: __aenter__/__aexit__): it returns the
// bound exit method and the result of calling enter (for async with, an
// awaitable the compiler awaits next).
func (f *Fiber) beforeWith(mgr Value, async bool) (Value, Value, *Exception) {
	cls := mgr.Type()
	enterName, exitName, what := "__enter__", "__exit__", "context manager"
	if async {
		enterName, exitName, what = "__aenter__", "__aexit__", "asynchronous context manager"
	}
	enter, ok1 := cls.Lookup(enterName)
	exit, ok2 := cls.Lookup(exitName)
	if !ok1 || !ok2 {
		if ok1 {
			return nil, nil, Errorf(TypeError, "'%s' object does not support the %s protocol (missed %s method)", cls.Name, what, exitName)
		}
		return nil, nil, Errorf(TypeError, "'%s' object does not support the %s protocol", cls.Name, what)
	}
	boundExit, err := bindClassAttr(f, exit, mgr)
	if err != nil {
		return nil, nil, err
	}
	res, err := f.Call(enter, []Value{mgr}, nil)
	if err != nil {
		return nil, nil, err
	}
	return boundExit, res, nil
}

// global is LOAD_GLOBAL: Names[i] from globals, else builtins, through
// the code's inline cache (this fast path is small enough to inline);
// nil means the name is not defined.
func (f *Fiber) global(code *Code, globals *Dict, i int) Value {
	if ce := &code.globalCache[i]; ce.globals == globals && ce.gver == globals.Version && ce.bver == f.VM.Builtins.Version {
		return ce.entry.value
	}
	return f.loadGlobal(code, globals, i)
}

// loadGlobal is global's slow path: look the name up and refill the cache.
func (f *Fiber) loadGlobal(code *Code, globals *Dict, i int) Value {
	builtins := f.VM.Builtins
	if code.globalCache == nil { // code not made by Compile
		code.globalCache = make([]globalCacheEntry, len(code.Names))
	}
	ce := &code.globalCache[i]
	name := code.Names[i]
	if idx, ok := globals.strFind(name); ok {
		*ce = globalCacheEntry{globals: globals, gver: globals.Version, bver: builtins.Version, entry: &globals.entries[idx]}
		return ce.entry.value
	}
	if idx, ok := builtins.strFind(name); ok {
		*ce = globalCacheEntry{globals: globals, gver: globals.Version, bver: builtins.Version, entry: &builtins.entries[idx]}
		return ce.entry.value
	}
	return nil
}

// intFastOp is BINARY_OP's fast path for two small ints: the common
// operators whose result is again an int64, with Python's floor
// semantics for // and %. nil means "take the general path" (overflow,
// division by zero, other operators).
func intFastOp(op BinOp, x, y int64) Value {
	switch op {
	case OpAdd:
		if s := x + y; (s > x) == (y > 0) {
			return MakeSmallInt(s)
		}
	case OpSub:
		if s := x - y; (s < x) == (y > 0) {
			return MakeSmallInt(s)
		}
	case OpMul:
		if hi, lo := bits.Mul64(uint64(absInt(x)), uint64(absInt(y))); hi == 0 && lo < 1<<63 && x != math.MinInt64 && y != math.MinInt64 {
			p := int64(lo)
			if (x < 0) != (y < 0) {
				p = -p
			}
			return MakeSmallInt(p)
		}
	case OpMod:
		if y > 0 {
			m := x % y
			if m < 0 {
				m += y
			}
			return MakeSmallInt(m)
		}
	case OpFloorDiv:
		if y > 0 {
			q := x / y
			if x%y != 0 && x < 0 {
				q--
			}
			return MakeSmallInt(q)
		}
	case OpAnd:
		return MakeSmallInt(x & y)
	case OpOr:
		return MakeSmallInt(x | y)
	case OpXor:
		return MakeSmallInt(x ^ y)
	}
	return nil
}

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// funcDesc names a callable in call errors as CPython's
// _PyObject_FunctionStr does: "__main__.f()", "__main__.A.m()", "print()".
func funcDesc(v Value) string {
	qualified := func(module Value, qualname string) string {
		if m, ok := module.(Str); ok && m != "builtins" {
			return string(m) + "." + qualname + "()"
		}
		return qualname + "()"
	}
	switch x := v.(type) {
	case *Function:
		return qualified(x.Module, x.QualName)
	case *Builtin:
		if x.Of != nil {
			return x.Of.Name + "." + x.Name + "()"
		}
		return x.Name + "()"
	case *BoundMethod:
		return funcDesc(x.Func)
	case *Class:
		return qualified(Str(x.Module), x.QualName)
	}
	return TypeName(v) + " object"
}
