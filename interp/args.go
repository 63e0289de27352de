package interp

// This file defines the argument binders of Go builtins and methods. Each
// produces the TypeError wording CPython uses for the same kind of
// function:
//
//   - UnpackArgs: builtins with keyword parameters (Argument Clinic in
//     CPython: round, pow, sorted's keywords, open, int, str, ...):
//     "round() missing required argument 'number' (pos 1)",
//     "round() takes at most 2 arguments (3 given)",
//     "'x' is an invalid keyword argument for print()".
//   - UnpackArgsPy: functions CPython writes in Python (most of asyncio,
//     json, functools, ...): "f() missing 1 required positional argument:
//     'x'", "f() takes 1 positional argument but 2 were given",
//     "f() got an unexpected keyword argument 'x'".
//   - UnpackPositional: positional-only builtins checked by count:
//     "divmod expected 2 arguments, got 1", "getattr expected at least 2
//     arguments, got 1"; keywords: "divmod() takes no keyword arguments".
//   - UnpackOne: one-argument builtins (METH_O): "len() takes exactly one
//     argument (2 given)".
//
// Parameters are given as name/pointer pairs. A name ending in "?" is
// optional (its pointer is left untouched when the argument is absent).
// The marker "/" (no pointer) makes the parameters before it
// positional-only; "*" makes the ones after it keyword-only. "*name"
// collects extra positional arguments (pointer *Tuple or *[]Value) and
// "**name" extra keyword arguments (pointer *[]KV).
//
// Pointer types and their conversions: *Value (any value), *int and
// *int64 (an int or an object with __index__), *float64 (int or float),
// *string and *Str (str), *bool (truth value), *Tuple, **List, **Dict,
// **Class, **Exception, *Iterator (anything iterable: GetIter).

import (
	"strconv"
	"strings"
)

// argParam describes one parameter of a spec. Its name is read from the
// caller's pairs (argSpec.name) rather than copied: nothing taken from
// pairs is stored, so the pointers in pairs do not escape and the
// caller's destination variables stay on its stack.
type argParam struct {
	at       int // index of the name in pairs; the pointer is at+1
	nameLen  int // the name without its "?"
	optional bool
	posOnly  bool
	kwOnly   bool
}

type argSpec struct {
	pairs   []any
	params  []argParam
	varargs int // index in pairs of the *args pointer (*Tuple or *[]Value), or -1
	varkw   int // index in pairs of the **kwargs pointer (*[]KV), or -1
	nPos    int // positional parameters (posonly + pos-or-kw)
	nPosO   int // positional-only parameters
	minPos  int // required positional parameters (leading)
}

// name is p's name, for comparisons.
func (s *argSpec) name(p argParam) string {
	n, _ := s.pairs[p.at].(string)
	return n[:p.nameLen]
}

// msgName is p's name copied for an error message, which keeps it.
func (s *argSpec) msgName(p argParam) string { return strings.Clone(s.name(p)) }

// dst is p's destination pointer.
func (s *argSpec) dst(p argParam) any { return s.pairs[p.at+1] }

// values returns the slice the params' values are bound in: buf (the
// caller's) when they fit.
func (s *argSpec) values(buf *[8]Value) []Value {
	if len(s.params) <= len(buf) {
		return buf[:len(s.params)]
	}
	return make([]Value, len(s.params))
}

// parseArgSpec reads pairs; buf is the caller's storage for the params.
func parseArgSpec(pairs []any, buf []argParam) argSpec {
	s := argSpec{pairs: pairs, params: buf[:0], varargs: -1, varkw: -1}
	kwOnly := false
	for i := 0; i < len(pairs); i++ {
		name, ok := pairs[i].(string)
		if !ok {
			panic("UnpackArgs: expected a parameter name at " + strconv.Itoa(i))
		}
		switch {
		case name == "/":
			for j := range s.params {
				s.params[j].posOnly = true
			}
			s.nPosO = len(s.params)
			continue
		case name == "*":
			kwOnly = true
			continue
		}
		if i+1 >= len(pairs) {
			panic("UnpackArgs: the last parameter has no pointer")
		}
		at := i
		i++
		if strings.HasPrefix(name, "**") {
			s.varkw = at + 1
			continue
		}
		if strings.HasPrefix(name, "*") {
			s.varargs = at + 1
			kwOnly = true
			continue
		}
		p := argParam{at: at, nameLen: len(name), kwOnly: kwOnly}
		if strings.HasSuffix(name, "?") {
			p.nameLen, p.optional = len(name)-1, true
		}
		if !kwOnly {
			s.nPos++
			if !p.optional && s.minPos == len(s.params) {
				s.minPos++
			}
		}
		s.params = append(s.params, p)
	}
	return s
}

// ArgPairs builds the name/pointer pairs of UnpackArgs and UnpackArgsPy
// for a parameter list known only at run time (a namedtuple's fields, the
// windows of re's methods): names[i] binds to vals[i], the first nreq are
// required and the rest optional (their vals left nil when absent).
func ArgPairs(names []string, nreq int, vals []Value) []any {
	pairs := make([]any, 0, 2*len(names))
	for i, n := range names {
		if i >= nreq {
			n += "?"
		}
		pairs = append(pairs, n, &vals[i])
	}
	return pairs
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// UnpackArgs binds args and kw to the parameters in pairs with the
// messages of CPython's Argument Clinic builtins. fname is the bare name
// ("round"); "()" is added in messages.
func UnpackArgs(fname string, args []Value, kw []KV, pairs ...any) *Exception {
	var buf [8]argParam
	s := parseArgSpec(pairs, buf[:])
	nargs, nkw := len(args), len(kw)
	maxArgs := len(s.params)
	if s.varargs < 0 && s.varkw < 0 && nargs+nkw > maxArgs {
		k := ""
		if nargs == 0 {
			k = "keyword "
		}
		return Errorf(TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, maxArgs, k, plural(maxArgs), nargs+nkw)
	}
	if s.varargs < 0 && nargs > s.nPos {
		if s.nPos == 0 {
			return Errorf(TypeError, "%s() takes no positional arguments", fname)
		}
		q := "exactly"
		if s.minPos < s.nPos {
			q = "at most"
		}
		return Errorf(TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, q, s.nPos, plural(s.nPos), nargs)
	}
	minPosOnly := s.minPos
	if minPosOnly > s.nPosO {
		minPosOnly = s.nPosO
	}
	if nargs < minPosOnly {
		q := "exactly"
		if s.varargs >= 0 || minPosOnly < s.nPos {
			q = "at least"
		}
		return Errorf(TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, q, minPosOnly, plural(minPosOnly), nargs)
	}
	// fill the parameters (missing required ones are reported before
	// bad keywords, as CPython does), then check the keywords
	var vbuf [8]Value
	vals := s.values(&vbuf)
	for i, p := range s.params {
		if i < nargs && i < s.nPos {
			vals[i] = args[i]
			continue
		}
		if !p.posOnly {
			for _, k := range kw {
				if k.Name == s.name(p) {
					vals[i] = k.Value
				}
			}
		}
		if vals[i] == nil && !p.optional {
			if p.kwOnly {
				return Errorf(TypeError, "%s() missing required keyword-only argument '%s'", fname, s.msgName(p))
			}
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, s.msgName(p), i+1)
		}
	}
	var extraKw []KV
	for _, k := range kw {
		idx := -1
		for i, p := range s.params {
			if s.name(p) == k.Name && !p.posOnly {
				idx = i
				break
			}
		}
		if idx >= 0 && idx < nargs && idx < s.nPos {
			return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k.Name, idx+1)
		}
	}
	for _, k := range kw {
		idx := -1
		for i, p := range s.params {
			if s.name(p) == k.Name && !p.posOnly {
				idx = i
				break
			}
		}
		if idx < 0 {
			if s.varkw >= 0 {
				extraKw = append(extraKw, k)
				continue
			}
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k.Name, fname)
		}
	}
	for i, p := range s.params {
		if vals[i] == nil {
			continue
		}
		if err := convertArg(s.dst(p), vals[i], fname, s.name(p), p.posOnly, i); err != nil {
			return err
		}
	}
	return fillVar(&s, args, extraKw)
}

func fillVar(s *argSpec, args []Value, extraKw []KV) *Exception {
	if s.varargs >= 0 {
		var rest []Value
		if len(args) > s.nPos {
			rest = args[s.nPos:]
		}
		switch d := s.pairs[s.varargs].(type) {
		case *Tuple:
			*d = append(Tuple(nil), rest...)
		case *[]Value:
			*d = rest
		default:
			panic("UnpackArgs: *args pointer must be *Tuple or *[]Value")
		}
	}
	if s.varkw >= 0 {
		*(s.pairs[s.varkw].(*[]KV)) = extraKw
	}
	return nil
}

// UnpackArgsPy binds arguments with the messages CPython gives for
// functions written in Python. fname is the function's qualified name.
func UnpackArgsPy(fname string, args []Value, kw []KV, pairs ...any) *Exception {
	var buf [8]argParam
	s := parseArgSpec(pairs, buf[:])
	nargs := len(args)
	var extraKw []KV
	var vbuf [8]Value
	vals := s.values(&vbuf)
	for i := 0; i < nargs && i < s.nPos; i++ {
		vals[i] = args[i]
	}
	// keywords first, as CPython binds them before counting positionals
	var posOnlyKw []string
	if s.varkw < 0 {
		for _, k := range kw {
			for _, p := range s.params {
				if p.posOnly && s.name(p) == k.Name {
					posOnlyKw = append(posOnlyKw, k.Name)
				}
			}
		}
	}
	for _, k := range kw {
		idx := -1
		for i, p := range s.params {
			if s.name(p) == k.Name && !p.posOnly {
				idx = i
				break
			}
		}
		if idx < 0 {
			if s.varkw >= 0 {
				extraKw = append(extraKw, k)
				continue
			}
			if len(posOnlyKw) > 0 {
				return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname, strings.Join(posOnlyKw, ", "))
			}
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
		}
		if vals[idx] != nil {
			return Errorf(TypeError, "%s() got multiple values for argument '%s'", fname, k.Name)
		}
		vals[idx] = k.Value
	}
	if s.varargs < 0 && nargs > s.nPos {
		kwGiven := 0
		for _, k := range kw {
			for _, p := range s.params {
				if p.kwOnly && s.name(p) == k.Name {
					kwGiven++
				}
			}
		}
		takes := strconv.Itoa(s.nPos)
		if s.minPos < s.nPos {
			takes = "from " + strconv.Itoa(s.minPos) + " to " + strconv.Itoa(s.nPos)
		}
		given := strconv.Itoa(nargs)
		verb := "were"
		if kwGiven > 0 {
			given += " positional argument" + plural(nargs) + " (and " + strconv.Itoa(kwGiven) + " keyword-only argument" + plural(kwGiven) + ")"
		} else if nargs == 1 {
			verb = "was"
		}
		return Errorf(TypeError, "%s() takes %s positional argument%s but %s %s given", fname, takes, plural(s.nPos), given, verb)
	}
	var missing, missingKw []string
	for i, p := range s.params {
		if vals[i] == nil && !p.optional {
			if p.kwOnly {
				missingKw = append(missingKw, s.msgName(p))
			} else {
				missing = append(missing, s.msgName(p))
			}
		}
	}
	if len(missing) > 0 {
		return Errorf(TypeError, "%s() missing %d required positional argument%s: %s", fname, len(missing), plural(len(missing)), nameList(missing))
	}
	if len(missingKw) > 0 {
		return Errorf(TypeError, "%s() missing %d required keyword-only argument%s: %s", fname, len(missingKw), plural(len(missingKw)), nameList(missingKw))
	}
	for i, p := range s.params {
		if vals[i] == nil {
			continue
		}
		if err := convertArg(s.dst(p), vals[i], fname, s.name(p), p.posOnly, i); err != nil {
			return err
		}
	}
	return fillVar(&s, args, extraKw)
}

// nameList formats 'a'; 'a' and 'b'; 'a', 'b', and 'c' as CPython does.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// UnpackPositional binds positional-only arguments checked by count, as
// CPython's builtins that take no keywords do: "divmod expected 2
// arguments, got 1". min is the number of required arguments; the rest
// of ptrs are optional.
func UnpackPositional(fname string, args []Value, kw []KV, min int, ptrs ...any) *Exception {
	if err := ArgsBetween(fname, args, kw, min, len(ptrs)); err != nil {
		return err
	}
	for i, v := range args {
		if err := convertArg(ptrs[i], v, fname, "", true, i); err != nil {
			return err
		}
	}
	return nil
}

// ArgsBetween checks the count of a C function's positional-only
// arguments without binding them: "log expected at least 1 argument, got
// 0", "divmod expected 2 arguments, got 1"; max < 0 means no upper bound.
// Keywords: "f() takes no keyword arguments".
func ArgsBetween(fname string, args []Value, kw []KV, min, max int) *Exception {
	if err := NoKwargs(fname, kw); err != nil {
		return err
	}
	if len(args) < min {
		q := "at least "
		if min == max {
			q = ""
		}
		return Errorf(TypeError, "%s expected %s%d argument%s, got %d", fname, q, min, plural(min), len(args))
	}
	if max >= 0 && len(args) > max {
		q := "at most "
		if min == max {
			q = ""
		}
		return Errorf(TypeError, "%s expected %s%d argument%s, got %d", fname, q, max, plural(max), len(args))
	}
	return nil
}

// ExactArgs checks that a C function got exactly n positional arguments,
// with the wording CPython uses for that arity: NoArgs's for 0,
// UnpackOne's (METH_O) for 1, ArgsBetween's for more.
func ExactArgs(fname string, args []Value, kw []KV, n int) *Exception {
	switch n {
	case 0:
		return NoArgs(fname, args, kw)
	case 1:
		_, err := UnpackOne(fname, args, kw)
		return err
	}
	return ArgsBetween(fname, args, kw, n, n)
}

// NoKwargs raises "f() takes no keyword arguments" when kw is not empty.
func NoKwargs(fname string, kw []KV) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// UnpackOne returns the single argument of a one-argument builtin.
func UnpackOne(fname string, args []Value, kw []KV) (Value, *Exception) {
	if err := NoKwargs(fname, kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return args[0], nil
}

// NoArgs checks that a method got no arguments besides its receiver
// (args excludes the receiver): "f() takes no arguments (1 given)".
func NoArgs(fname string, args []Value, kw []KV) *Exception {
	if err := NoKwargs(fname, kw); err != nil {
		return err
	}
	if len(args) > 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}

func badArg(fname, name string, posOnly bool, i int, want string, v Value) *Exception {
	where := "argument " + strconv.Itoa(i+1)
	if !posOnly && name != "" {
		where = "argument '" + strings.Clone(name) + "'"
	}
	return Errorf(TypeError, "%s() %s must be %s, not %s", fname, where, want, TypeName(v))
}

// AsIndex converts an int-like value (int, bool, __index__) to a Go int,
// with CPython's messages.
func AsIndex(f *Fiber, v Value) (int, *Exception) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	case *Instance:
		if f != nil {
			r, ok, err := CallDunder(f, v, "__index__")
			if err != nil {
				return 0, err
			}
			if ok {
				switch n := r.(type) {
				case Int, Bool, *BigInt:
					return AsIndex(f, n)
				}
				return 0, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
			}
		}
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// AsFloat converts an int or float to a Go float64.
func AsFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case *BigInt:
		fl, _ := x.V.Float64()
		return fl, true
	}
	return 0, false
}

func convertArg(dst any, v Value, fname, name string, posOnly bool, i int) *Exception {
	switch d := dst.(type) {
	case *Value:
		*d = v
	case *int:
		n, err := AsIndex(nil, v)
		if err != nil {
			return err
		}
		*d = n
	case *int64:
		n, err := AsIndex(nil, v)
		if err != nil {
			return err
		}
		*d = int64(n)
	case *float64:
		x, ok := AsFloat(v)
		if !ok {
			return badArg(fname, name, posOnly, i, "real number", v)
		}
		*d = x
	case *string:
		s, ok := v.(Str)
		if !ok {
			return badArg(fname, name, posOnly, i, "str", v)
		}
		*d = string(s)
	case *Str:
		s, ok := v.(Str)
		if !ok {
			return badArg(fname, name, posOnly, i, "str", v)
		}
		*d = s
	case *bool:
		// user objects with __bool__ or __len__ need a fiber: bind them
		// to a *Value and call Truth.
		if inst, ok := v.(*Instance); ok {
			_, hasBool := inst.Class.Lookup("__bool__")
			_, hasLen := inst.Class.Lookup("__len__")
			if hasBool || hasLen {
				return Errorf(SystemError, "%s(): parameter '%s' must be bound to *Value to call __bool__", fname, strings.Clone(name))
			}
			*d = true
			return nil
		}
		t, err := Truth(nil, v)
		if err != nil {
			return err
		}
		*d = t
	case *Tuple:
		t, ok := v.(Tuple)
		if !ok {
			return badArg(fname, name, posOnly, i, "tuple", v)
		}
		*d = t
	case **List:
		l, ok := v.(*List)
		if !ok {
			return badArg(fname, name, posOnly, i, "list", v)
		}
		*d = l
	case **Dict:
		m, ok := v.(*Dict)
		if !ok {
			return badArg(fname, name, posOnly, i, "dict", v)
		}
		*d = m
	case **Class:
		c, ok := v.(*Class)
		if !ok {
			return badArg(fname, name, posOnly, i, "type", v)
		}
		*d = c
	case **Exception:
		e, ok := v.(*Exception)
		if !ok {
			return badArg(fname, name, posOnly, i, "BaseException", v)
		}
		*d = e
	default:
		panic("UnpackArgs: unsupported pointer type for parameter " + strconv.Itoa(i+1))
	}
	return nil
}
