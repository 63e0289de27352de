package interp

// This file holds CALL's shortcut for the few built-in functions that
// loops call most, the ones CPython 3.11 specialises CALL for
// (CALL_NO_KW_LEN, CALL_NO_KW_LIST_APPEND, CALL_NO_KW_ISINSTANCE): len(x)
// and list.append(x) called with positional arguments only, and a few
// more that text-processing loops call per line or per word:
// dict.get(key[, default]) with a str key (the counting idiom),
// s.split(), s.strip() and sep.join(list). Such a
// Builtin carries a FastFunc besides its Fn; CALL tries it first and,
// when it returns nil, goes on with the general path, which does the same
// work or raises the error. A FastFunc therefore never raises and has no
// effect when it returns nil; it receives the arguments (self first for a
// method found by LOAD_METHOD) as a window of the caller's stack, which it
// must not keep.
//
// What the shortcut saves over callBuiltinDirect is the general CALL's
// bookkeeping: the keyword-names check and reset, the type switches for
// bound methods, Python functions and classes, and the native-call depth
// count (none of these functions calls back into Python code).

// FastFunc is a built-in function's shortcut: its result, or nil when it
// does not apply to args.
type FastFunc func(f *Fiber, args []Value) Value

// fastLen is len(x) for the exact built-in containers and str (also
// builtinLen's first step).
func fastLen(f *Fiber, args []Value) Value {
	if len(args) != 1 {
		return nil
	}
	switch x := args[0].(type) {
	case *List:
		return MakeSmallInt(int64(len(x.Items)))
	case Str:
		return MakeSmallInt(int64(strLen(x)))
	case Tuple:
		return MakeSmallInt(int64(len(x)))
	case *Dict:
		return MakeSmallInt(int64(x.Len()))
	}
	return nil
}

// fastListAppend is list.append(l, x) for an exact list whose growth the
// memory guard allows (checkGrow; else listAppend raises). listAppend
// itself starts with it.
func fastListAppend(f *Fiber, args []Value) Value {
	if len(args) != 2 {
		return nil
	}
	l, ok := args[0].(*List)
	if !ok || f.checkGrow(l.Items) != nil {
		return nil
	}
	l.Items = append(l.Items, args[1])
	return None
}

// fastDictGet is dict.get(d, key[, default]) for an exact dict and a Str
// key, the counting idiom's `counts.get(w, 0)`. A key not found among the
// Str keys is missing only when the dict holds no other keys (an instance
// of a str subclass may equal it); else the general path looks. dictGet
// itself starts with it.
func fastDictGet(f *Fiber, args []Value) Value {
	if len(args) != 2 && len(args) != 3 {
		return nil
	}
	d, ok := args[0].(*Dict)
	if !ok {
		return nil
	}
	s, ok := args[1].(Str)
	if !ok {
		return nil
	}
	if i, ok := d.strFind(string(s)); ok {
		return d.entries[i].value
	}
	if d.nonStr != 0 {
		return nil
	}
	if len(args) == 3 {
		return args[2]
	}
	return None
}

// fastStrSplit is s.split() for a Str s (strSplitMethod's whitespace
// split, which raises nothing).
func fastStrSplit(f *Fiber, args []Value) Value {
	if s, ok := onlyStr(args); ok {
		return strsToList(splitWhitespace(string(s), -1))
	}
	return nil
}

// fastStrStrip is s.strip() for a Str s (strStripper's no-argument case).
func fastStrStrip(f *Fiber, args []Value) Value {
	if s, ok := onlyStr(args); ok {
		return stripSpace(args[0], string(s), true, true)
	}
	return nil
}

// onlyStr returns the Str that args holds when it holds just that (a str
// method's receiver, called with no arguments).
func onlyStr(args []Value) (Str, bool) {
	if len(args) != 1 {
		return "", false
	}
	s, ok := args[0].(Str)
	return s, ok
}

// fastStrJoin is sep.join(items) for a Str sep and a list or tuple, whose
// items are read without side effects; an item that is no str, or a
// result past the memory budget, leaves the error to the general path.
func fastStrJoin(f *Fiber, args []Value) Value {
	if len(args) != 2 {
		return nil
	}
	sep, ok := args[0].(Str)
	if !ok {
		return nil
	}
	switch args[1].(type) {
	case *List, Tuple:
		if r, err := StrJoin(f, sep, args[1]); err == nil {
			return r
		}
	}
	return nil
}
