package re

// This file defines re.Match: group access by number or name, spans,
// expand, the attributes (string, re, pos, endpos, lastindex, lastgroup,
// regs) and the repr <re.Match object; span=(0, 3), match='abc'>.

import (
	"fmt"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
	"github.com/asyncscript/asyncscript/stdlib/re/sre"
)

// Match is the result of a successful match.
type Match struct {
	p           *Pattern
	str         interp.Str
	rs          []rune
	res         *sre.Result
	pos, endpos int
}

// MatchClass is re.Match.
var MatchClass = native.NewType("Match", "re", nil, nil)

func (*Match) Type() *interp.Class { return MatchClass }

func newMatch(p *Pattern, str interp.Str, rs []rune, res *sre.Result, st *sre.State) *Match {
	pos, endpos := st.Window()
	return &Match{p: p, str: str, rs: rs, res: res, pos: pos, endpos: endpos}
}

func selfMatch(args []interp.Value, name string) (*Match, *interp.Exception) {
	if len(args) > 0 {
		if m, ok := args[0].(*Match); ok {
			return m, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a 're.Match' object", name)
}

// index resolves a group given by number or name ("no such group").
func (m *Match) index(g interp.Value) (int, *interp.Exception) {
	switch x := g.(type) {
	case interp.Int, interp.Bool:
		n, _ := native.Index(nil, x)
		if n >= 0 && n <= int64(m.p.prog.Groups) {
			return int(n), nil
		}
	case interp.Str:
		if n, ok := m.p.prog.GroupIndex[string(x)]; ok {
			return n, nil
		}
	}
	return 0, interp.Errorf(interp.IndexError, "no such group")
}

// group is the text of group g, or def when it did not take part.
func (m *Match) group(g int, def interp.Value) interp.Value {
	if v := groupStr(m.rs, m.res, g); v != nil {
		return v
	}
	return def
}

func (m *Match) repr() (string, *interp.Exception) {
	sp := m.res.Spans[0]
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", sp[0], sp[1], interp.ReprStr(string(m.rs[sp[0]:sp[1]]))), nil
}

// matchMethod wraps a Match method taking an optional group argument.
func spanMethod(name string, fn func(sp [2]int) interp.Value) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		m, err := selfMatch(args, name)
		if err != nil {
			return nil, err
		}
		if err := interp.ArgsBetween(name, args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		g := 0
		if len(args) == 2 {
			if g, err = m.index(args[1]); err != nil {
				return nil, err
			}
		}
		return fn(m.res.Spans[g]), nil
	}
}

func (m *Match) expand(tmpl interp.Value) (interp.Value, *interp.Exception) {
	s, ok := tmpl.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "decoding to str: need a bytes-like object, %s found", interp.TypeName(tmpl))
	}
	t, e := sre.ParseTemplate(string(s), m.p.prog)
	if e != nil {
		return nil, raise(e)
	}
	return interp.Str(t.Expand(func(g int) string {
		if v := groupStr(m.rs, m.res, g); v != nil {
			return string(v.(interp.Str))
		}
		return ""
	})), nil
}

func initMatchClass() {
	MatchClass.AddMethods(map[string]interp.NativeFunc{
		"group": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			m, err := selfMatch(args, "group")
			if err != nil {
				return nil, err
			}
			if err := interp.NoKwargs("group", kw); err != nil {
				return nil, err
			}
			gs := args[1:]
			if len(gs) == 0 {
				return m.group(0, interp.None), nil
			}
			out := make(interp.Tuple, len(gs))
			for i, g := range gs {
				n, err := m.index(g)
				if err != nil {
					return nil, err
				}
				out[i] = m.group(n, interp.None)
			}
			if len(out) == 1 {
				return out[0], nil
			}
			return out, nil
		},
		"__getitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			m, err := selfMatch(args, "__getitem__")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("__getitem__", args[1:], kw, 1); err != nil {
				return nil, err
			}
			n, err := m.index(args[1])
			if err != nil {
				return nil, err
			}
			return m.group(n, interp.None), nil
		},
		"groups": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			m, err := selfMatch(args, "groups")
			if err != nil {
				return nil, err
			}
			var def interp.Value
			if err := interp.UnpackArgs("groups", args[1:], kw, "default?", &def); err != nil {
				return nil, err
			}
			if def == nil {
				def = interp.None
			}
			out := make(interp.Tuple, m.p.prog.Groups)
			for i := range out {
				out[i] = m.group(i+1, def)
			}
			return out, nil
		},
		"groupdict": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			m, err := selfMatch(args, "groupdict")
			if err != nil {
				return nil, err
			}
			var def interp.Value
			if err := interp.UnpackArgs("groupdict", args[1:], kw, "default?", &def); err != nil {
				return nil, err
			}
			if def == nil {
				def = interp.None
			}
			d := interp.NewDict()
			for _, n := range m.p.prog.GroupNames {
				d.SetStr(n, m.group(m.p.prog.GroupIndex[n], def))
			}
			return d, nil
		},
		"start": spanMethod("start", func(sp [2]int) interp.Value { return interp.Int(sp[0]) }),
		"end":   spanMethod("end", func(sp [2]int) interp.Value { return interp.Int(sp[1]) }),
		"span": spanMethod("span", func(sp [2]int) interp.Value {
			return interp.Tuple{interp.Int(sp[0]), interp.Int(sp[1])}
		}),
		"expand": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			m, err := selfMatch(args, "expand")
			if err != nil {
				return nil, err
			}
			var tmpl interp.Value
			if err := interp.UnpackArgs("expand", args[1:], kw, "template", &tmpl); err != nil {
				return nil, err
			}
			return m.expand(tmpl)
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			m, err := selfMatch(args, "__repr__")
			if err != nil {
				return nil, err
			}
			s, err := m.repr()
			return interp.Str(s), err
		},
	})
	native.SetGetattr(MatchClass, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		m, ok := self.(*Match)
		if !ok {
			return nil, false, nil
		}
		switch name {
		case "string":
			return m.str, true, nil
		case "re":
			return m.p, true, nil
		case "pos":
			return interp.Int(m.pos), true, nil
		case "endpos":
			return interp.Int(m.endpos), true, nil
		case "lastindex":
			if m.res.LastIndex < 0 {
				return interp.None, true, nil
			}
			return interp.Int(m.res.LastIndex), true, nil
		case "lastgroup":
			if m.res.LastIndex < 0 {
				return interp.None, true, nil
			}
			if n := m.p.prog.GroupName(m.res.LastIndex); n != "" {
				return interp.Str(n), true, nil
			}
			return interp.None, true, nil
		case "regs":
			out := make(interp.Tuple, len(m.res.Spans))
			for i, sp := range m.res.Spans {
				out[i] = interp.Tuple{interp.Int(sp[0]), interp.Int(sp[1])}
			}
			return out, true, nil
		}
		return nil, false, nil
	})
}
