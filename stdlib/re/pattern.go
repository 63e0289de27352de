package re

// This file defines re.Pattern: its attributes, its repr, and the
// matching methods (match, search, fullmatch, findall, finditer, sub,
// subn, split), which the module-level functions share.

import (
	"fmt"
	"strings"
	"sync"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
	"github.com/asyncscript/asyncscript/stdlib/re/sre"
)

// Pattern is a compiled regular expression.
type Pattern struct {
	prog   *sre.Program
	source interp.Str
}

// PatternClass is re.Pattern.
var PatternClass = native.NewType("Pattern", "re", nil, nil)

func (*Pattern) Type() *interp.Class { return PatternClass }

// classesOnce fills in the classes' methods on first import.
var classesOnce sync.Once

func ensureClasses() {
	classesOnce.Do(func() {
		initFlagClass()
		initPatternClass()
		initMatchClass()
		initScannerClass()
	})
}

// reprFlagOrder is the order of flag names in a Pattern's repr (CPython's
// pattern_repr table).
var reprFlagOrder = []struct {
	name  string
	value int
}{
	{"re.TEMPLATE", sre.FlagTemplate}, {"re.IGNORECASE", sre.FlagIgnoreCase},
	{"re.LOCALE", sre.FlagLocale}, {"re.MULTILINE", sre.FlagMultiline},
	{"re.DOTALL", sre.FlagDotAll}, {"re.UNICODE", sre.FlagUnicode},
	{"re.VERBOSE", sre.FlagVerbose}, {"re.DEBUG", sre.FlagDebug}, {"re.ASCII", sre.FlagASCII},
}

func (p *Pattern) repr() string {
	r := interp.ReprStr(string(p.source))
	if rs := []rune(r); len(rs) > 200 {
		r = string(rs[:200])
	}
	flags := p.prog.Flags
	// UNICODE is implied for a str pattern: not shown unless asked for
	flags &^= sre.FlagUnicode
	if flags == 0 {
		return "re.compile(" + r + ")"
	}
	var parts []string
	for _, n := range reprFlagOrder {
		if flags&n.value != 0 {
			parts = append(parts, n.name)
			flags &^= n.value
		}
	}
	if flags != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", flags))
	}
	return "re.compile(" + r + ", " + strings.Join(parts, "|") + ")"
}

func selfPattern(args []interp.Value, name string) (*Pattern, *interp.Exception) {
	if len(args) > 0 {
		if p, ok := args[0].(*Pattern); ok {
			return p, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a 're.Pattern' object", name)
}

// method binds a Pattern method's arguments (params after self).
func method(name string, params []string, nreq int, fn func(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception)) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		p, err := selfPattern(args, name)
		if err != nil {
			return nil, err
		}
		vals := make([]interp.Value, len(params))
		if err := interp.UnpackArgs(name, args[1:], kw, interp.ArgPairs(params, nreq, vals)...); err != nil {
			return nil, err
		}
		return fn(f, p, vals)
	}
}

func initPatternClass() {
	window := []string{"string", "pos", "endpos"}
	PatternClass.AddMethods(map[string]interp.NativeFunc{
		"match":     method("match", window, 1, patMatchMode(matchAnchored)),
		"fullmatch": method("fullmatch", window, 1, patMatchMode(matchFull)),
		"search":    method("search", window, 1, patMatchMode(matchSearch)),
		"findall":   method("findall", window, 1, findall),
		"finditer":  method("finditer", window, 1, finditer),
		"sub":       method("sub", []string{"repl", "string", "count"}, 2, subFunc(false)),
		"subn":      method("subn", []string{"repl", "string", "count"}, 2, subFunc(true)),
		"split":     method("split", []string{"string", "maxsplit"}, 1, split),
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			p, err := selfPattern(args, "__repr__")
			if err != nil {
				return nil, err
			}
			return interp.Str(p.repr()), nil
		},
		"__eq__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			p, err := selfPattern(args, "__eq__")
			if err != nil || len(args) != 2 {
				return nil, err
			}
			q, ok := args[1].(*Pattern)
			if !ok {
				return interp.NotImplemented, nil
			}
			return interp.Bool(p == q || (p.source == q.source && p.prog.Flags == q.prog.Flags)), nil
		},
		"__hash__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			p, err := selfPattern(args, "__hash__")
			if err != nil {
				return nil, err
			}
			h, err := interp.Hash(f, p.source)
			if err != nil {
				return nil, err
			}
			return interp.Int(h ^ int64(p.prog.Flags)), nil
		},
	})
	native.SetGetattr(PatternClass, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		p, ok := self.(*Pattern)
		if !ok {
			return nil, false, nil
		}
		switch name {
		case "pattern":
			return p.source, true, nil
		case "flags":
			return interp.Int(p.prog.Flags), true, nil
		case "groups":
			return interp.Int(p.prog.Groups), true, nil
		case "groupindex":
			// Departure: CPython returns a read-only mappingproxy.
			d := interp.NewDict()
			for _, n := range p.prog.GroupNames {
				d.SetStr(n, interp.Int(p.prog.GroupIndex[n]))
			}
			return d, true, nil
		}
		return nil, false, nil
	})
}

// subject checks the string argument and returns it with its code points.
func subject(v interp.Value) (interp.Str, []rune, *interp.Exception) {
	s, ok := interp.NativeValue(v).(interp.Str) // a str subclass matches as its string
	if !ok {
		return "", nil, interp.Errorf(interp.TypeError, "expected string or bytes-like object, got '%s'", interp.TypeName(v))
	}
	return s, []rune(string(s)), nil
}

// window reads the optional pos and endpos arguments.
func window(f *interp.Fiber, pos, endpos interp.Value, n int) (int, int, *interp.Exception) {
	lo, hi := 0, n
	if pos != nil {
		v, err := native.Index(f, pos)
		if err != nil {
			return 0, 0, err
		}
		lo = clampIndex(v)
	}
	if endpos != nil {
		v, err := native.Index(f, endpos)
		if err != nil {
			return 0, 0, err
		}
		hi = clampIndex(v)
	}
	return lo, hi, nil
}

func clampIndex(v int64) int {
	const limit = 1 << 40
	return int(min(max(v, -limit), limit))
}

func arg(args []interp.Value, i int) interp.Value {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// newState prepares the engine for one operation, with a poll hook that
// lets Ctrl-C (and a sandbox's step limit) stop a runaway match.
// windowState reads the subject, pos and endpos arguments of a method
// (args[0..2]) and makes the matching state over that window.
func windowState(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Str, []rune, *sre.State, *interp.Exception) {
	str, rs, err := subject(args[0])
	if err != nil {
		return "", nil, nil, err
	}
	pos, endpos, err := window(f, arg(args, 1), arg(args, 2), len(rs))
	if err != nil {
		return "", nil, nil, err
	}
	return str, rs, newState(f, p, rs, pos, endpos), nil
}

func newState(f *interp.Fiber, p *Pattern, s []rune, pos, endpos int) *sre.State {
	vm := f.VM
	var polls int64
	poll := func() error {
		polls++
		// a matcher step counts as one of the VM's steps, which bounds
		// both time and the matcher's backtracking stacks in a sandbox
		if vm.StepLimit > 0 && polls*sre.PollEvery > vm.StepLimit {
			return interp.Errorf(interp.RuntimeError, "step limit exceeded")
		}
		if !f.Worker {
			if exc := vm.TakeInterrupt(); exc != nil {
				return exc
			}
		}
		return nil
	}
	return sre.NewState(p.prog, s, pos, endpos, poll)
}

// engineErr converts an error of the engine's poll hook back.
func engineErr(err error) *interp.Exception {
	if exc, ok := err.(*interp.Exception); ok {
		return exc
	}
	if err == sre.ErrWrongSpan {
		return interp.Errorf(interp.SystemError, "%s", err.Error())
	}
	return interp.Errorf(interp.RuntimeError, "%v", err)
}

type matchMode int

const (
	matchAnchored matchMode = iota
	matchFull
	matchSearch
)

// patMatchMode implements match, fullmatch and search; args are string,
// pos and endpos.
func patMatchMode(mode matchMode) func(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception) {
	return func(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception) {
		str, rs, st, err := windowState(f, p, args)
		if err != nil {
			return nil, err
		}
		var res *sre.Result
		var e error
		if mode == matchSearch {
			res, e = st.Search()
		} else {
			res, e = st.Match(mode == matchFull)
		}
		if e != nil {
			return nil, engineErr(e)
		}
		if res == nil {
			return interp.None, nil
		}
		return newMatch(p, str, rs, res, st), nil
	}
}

// groupStr is the text of group g of a match (nil when it did not take part).
func groupStr(rs []rune, res *sre.Result, g int) interp.Value {
	sp := res.Spans[g]
	if sp[0] < 0 || sp[0] > sp[1] || sp[1] > len(rs) {
		return nil
	}
	return interp.Str(string(rs[sp[0]:sp[1]]))
}

func findall(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception) {
	_, rs, st, err := windowState(f, p, args)
	if err != nil {
		return nil, err
	}
	var out []interp.Value
	for {
		res, e := st.Next()
		if e != nil {
			return nil, engineErr(e)
		}
		if res == nil {
			break
		}
		item := func(g int) interp.Value {
			if v := groupStr(rs, res, g); v != nil {
				return v
			}
			return interp.Str("")
		}
		switch p.prog.Groups {
		case 0:
			out = append(out, item(0))
		case 1:
			out = append(out, item(1))
		default:
			t := make(interp.Tuple, p.prog.Groups)
			for g := range t {
				t[g] = item(g + 1)
			}
			out = append(out, t)
		}
	}
	return interp.NewList(out), nil
}

// scanner is the iterator finditer returns (CPython's callable_iterator
// over a scanner's search method).
type scanner struct {
	p   *Pattern
	str interp.Str
	rs  []rune
	st  *sre.State
}

var scannerClass = native.NewType("callable_iterator", "builtins", nil, nil)

func (*scanner) Type() *interp.Class { return scannerClass }

func (sc *scanner) Next(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
	res, e := sc.st.Next()
	if e != nil {
		return nil, false, engineErr(e)
	}
	if res == nil {
		return nil, false, nil
	}
	return newMatch(sc.p, sc.str, sc.rs, res, sc.st), true, nil
}

func initScannerClass() {
	scannerClass.AddMethods(map[string]interp.NativeFunc{
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return args[0], nil
		},
		"__next__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			sc, ok := args[0].(*scanner)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "expected a callable_iterator")
			}
			v, ok, err := sc.Next(f)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, interp.NewException(interp.StopIteration)
			}
			return v, nil
		},
	})
}

func finditer(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception) {
	str, rs, st, err := windowState(f, p, args)
	if err != nil {
		return nil, err
	}
	return &scanner{p: p, str: str, rs: rs, st: st}, nil
}

// count reads a count or maxsplit argument (0 when absent).
func count(f *interp.Fiber, v interp.Value) (int64, *interp.Exception) {
	if v == nil {
		return 0, nil
	}
	return native.Index(f, v)
}

// subFunc implements sub and subn; args are repl, string and count.
func subFunc(withCount bool) func(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception) {
	return func(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception) {
		repl := args[0]
		str, rs, err := subject(args[1])
		if err != nil {
			return nil, err
		}
		limit, err := count(f, arg(args, 2))
		if err != nil {
			return nil, err
		}
		var tmpl *sre.Template
		literal, isLiteral := "", false
		callable := false
		switch r := repl.(type) {
		case interp.Str:
			if !strings.ContainsRune(string(r), '\\') {
				literal, isLiteral = string(r), true
			} else {
				t, e := sre.ParseTemplate(string(r), p.prog)
				if e != nil {
					return nil, raise(e)
				}
				tmpl = t
				literal, isLiteral = t.Literal()
			}
		default:
			if !interp.Callable(repl) {
				return nil, interp.Errorf(interp.TypeError, "decoding to str: need a bytes-like object, %s found", interp.TypeName(repl))
			}
			callable = true
		}
		st := newState(f, p, rs, 0, len(rs))
		// pieces collects the output as CPython's list does, so that a bad
		// replacement is reported with its index in that list
		var pieces []interp.Value
		last, n := 0, int64(0)
		for limit == 0 || n < limit {
			res, e := st.Next()
			if e != nil {
				return nil, engineErr(e)
			}
			if res == nil {
				break
			}
			b, e2 := res.Spans[0][0], res.Spans[0][1]
			if last < b {
				pieces = append(pieces, interp.Str(string(rs[last:b])))
			}
			switch {
			case callable:
				m := newMatch(p, str, rs, res, st)
				v, err := f.Call(repl, []interp.Value{m}, nil)
				if err != nil {
					return nil, err
				}
				if v != interp.None {
					pieces = append(pieces, v)
				}
			case isLiteral:
				pieces = append(pieces, interp.Str(literal))
			default:
				pieces = append(pieces, interp.Str(tmpl.Expand(func(g int) string {
					if v := groupStr(rs, res, g); v != nil {
						return string(v.(interp.Str))
					}
					return ""
				})))
			}
			last = e2
			n++
		}
		if last < len(rs) {
			pieces = append(pieces, interp.Str(string(rs[last:])))
		}
		var b strings.Builder
		for i, v := range pieces {
			s, ok := v.(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "sequence item %d: expected str instance, %s found", i, interp.TypeName(v))
			}
			b.WriteString(string(s))
		}
		out := interp.Value(interp.Str(b.String()))
		if n == 0 {
			out = str
		}
		if withCount {
			return interp.Tuple{out, interp.Int(n)}, nil
		}
		return out, nil
	}
}

func split(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception) {
	_, rs, err := subject(args[0])
	if err != nil {
		return nil, err
	}
	maxsplit, err := count(f, arg(args, 1))
	if err != nil {
		return nil, err
	}
	var out []interp.Value
	if maxsplit < 0 {
		return interp.NewList([]interp.Value{interp.Str(string(rs))}), nil
	}
	st := newState(f, p, rs, 0, len(rs))
	last, n := 0, int64(0)
	for maxsplit == 0 || n < maxsplit {
		res, e := st.Next()
		if e != nil {
			return nil, engineErr(e)
		}
		if res == nil {
			break
		}
		out = append(out, interp.Str(string(rs[last:res.Spans[0][0]])))
		for g := 1; g <= p.prog.Groups; g++ {
			if v := groupStr(rs, res, g); v != nil {
				out = append(out, v)
			} else {
				out = append(out, interp.None)
			}
		}
		n++
		last = res.Spans[0][1]
	}
	out = append(out, interp.Str(string(rs[last:])))
	return interp.NewList(out), nil
}
