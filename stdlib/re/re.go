// Package re implements the re module over the sre engine: the module
// functions, Pattern and Match objects, the RegexFlag constants and
// re.error. This package only binds Python values to the engine (a thin
// layer, kept free of matching logic); stdlib/re/sre does the work.
//
// Departures from CPython, each also noted where it happens:
//   - there is no bytes type, so patterns and subjects are str only;
//   - Pattern.groupindex is a dict rather than a mappingproxy;
//   - RegexFlag values are not int instances (isinstance(re.I, int) is
//     False), though they mix with ints in arithmetic, comparison and
//     hashing, and the class prints as <class 're.RegexFlag'> (CPython's
//     enum metaclass shows <flag 'RegexFlag'>);
//   - re.DEBUG compiles without dumping the program, and re.template,
//     re.Scanner and Pattern.scanner are absent;
//   - see package sre for the engine's own (\N{name}, warnings, Unicode
//     version).
package re

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/re/sre"
)

// maxCache bounds the per-module cache of compiled patterns (CPython's
// _MAXCACHE); past it the oldest entry is dropped.
const maxCache = 512

type cacheKey struct {
	pattern string
	flags   int
}

// module is one imported re module: its compiled-pattern cache.
type module struct {
	cache map[cacheKey]*Pattern
	order []cacheKey
}

// Error is re.error. Shared by every VM, it is immutable (departure:
// CPython's, written in Python, takes new attributes).
var Error = func() *interp.Class {
	c := interp.NewClass("error", interp.Exception_, nil)
	c.Module = "re"
	c.QualName = "error"
	c.Immutable = true
	c.New = newError
	return c
}()

// newError constructs re.error(msg, pattern=None, pos=None) (or a
// subclass): the text gets the position (and line and column for a
// multi-line pattern), and the parts are kept as attributes.
func newError(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var msg, pattern, pos interp.Value
	if err := interp.UnpackArgsPy("error", args, kw, "msg", &msg, "pattern?", &pattern, "pos?", &pos); err != nil {
		return nil, err
	}
	exc := interp.NewException(cls)
	if pattern == nil {
		pattern = interp.None
	}
	if pos == nil {
		pos = interp.None
	}
	setErrorAttrs(exc, msg, pattern, pos)
	text := msg
	ps, isStr := pattern.(interp.Str)
	if n, isInt := pos.(interp.Int); isStr && isInt && n >= 0 {
		e := &sre.Error{Msg: string(fmtStr(f, msg)), Pattern: string(ps), Pos: int(n)}
		line, col := e.LineCol()
		exc.Dict.SetStr("lineno", interp.Int(line))
		exc.Dict.SetStr("colno", interp.Int(col))
		text = interp.Str(e.Error())
	}
	exc.Args = interp.Tuple{text}
	return exc, nil
}

func fmtStr(f *interp.Fiber, v interp.Value) interp.Str {
	s, err := interp.ToStr(f, v)
	if err != nil {
		return ""
	}
	return interp.Str(s)
}

func setErrorAttrs(exc *interp.Exception, msg, pattern, pos interp.Value) {
	if exc.Dict == nil {
		exc.Dict = interp.NewDict()
	}
	exc.Dict.SetStr("msg", msg)
	exc.Dict.SetStr("pattern", pattern)
	exc.Dict.SetStr("pos", pos)
	exc.Dict.SetStr("lineno", interp.None)
	exc.Dict.SetStr("colno", interp.None)
}

// raise converts an engine error to the Python exception it stands for.
func raise(e *sre.Error) *interp.Exception {
	switch e.Kind {
	case sre.ErrOverflow:
		return interp.Errorf(interp.OverflowError, "%s", e.Msg)
	case sre.ErrValue:
		return interp.Errorf(interp.ValueError, "%s", e.Msg)
	case sre.ErrIndex:
		return interp.Errorf(interp.IndexError, "%s", e.Msg)
	case sre.ErrRecursion:
		return interp.Errorf(interp.RecursionError, "%s", e.Msg)
	}
	exc := interp.NewException(Error, interp.Str(e.Error()))
	if e.Pos < 0 {
		setErrorAttrs(exc, interp.Str(e.Msg), interp.None, interp.None)
		return exc
	}
	setErrorAttrs(exc, interp.Str(e.Msg), interp.Str(e.Pattern), interp.Int(e.Pos))
	line, col := e.LineCol()
	exc.Dict.SetStr("lineno", interp.Int(line))
	exc.Dict.SetStr("colno", interp.Int(col))
	return exc
}

// compile is re._compile: a cached compile of a str, or a Pattern as is.
func (m *module) compile(f *interp.Fiber, pattern, flags interp.Value) (*Pattern, *interp.Exception) {
	fl := 0
	if flags != nil {
		v, err := flagValue(flags)
		if err != nil {
			return nil, err
		}
		fl = v
	}
	if p, ok := pattern.(*Pattern); ok {
		if fl != 0 {
			return nil, interp.Errorf(interp.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	s, ok := pattern.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "first argument must be string or compiled pattern")
	}
	key := cacheKey{string(s), fl}
	if p, ok := m.cache[key]; ok {
		return p, nil
	}
	prog, err := sre.Compile(string(s), fl)
	if err != nil {
		return nil, raise(err)
	}
	p := &Pattern{prog: prog, source: s}
	if fl&sre.FlagDebug == 0 {
		if len(m.order) >= maxCache {
			delete(m.cache, m.order[0])
			m.order = m.order[1:]
		}
		m.cache[key] = p
		m.order = append(m.order, key)
	}
	return p, nil
}

// moduleFunc binds a module-level function that compiles its first
// argument and forwards the rest to a Pattern method.
func (m *module) moduleFunc(name string, params []string, nreq int, method func(f *interp.Fiber, p *Pattern, args []interp.Value) (interp.Value, *interp.Exception)) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		vals := make([]interp.Value, len(params))
		if err := interp.UnpackArgsPy(name, args, kw, interp.ArgPairs(params, nreq, vals)...); err != nil {
			return nil, err
		}
		p, err := m.compile(f, vals[0], vals[len(vals)-1])
		if err != nil {
			return nil, err
		}
		return method(f, p, vals[1:len(vals)-1])
	}
}

func escape(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var pat interp.Value
	if err := interp.UnpackArgsPy("escape", args, kw, "pattern", &pat); err != nil {
		return nil, err
	}
	s, ok := pat.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "decoding to str: need a bytes-like object, %s found", interp.TypeName(pat))
	}
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	out := make([]rune, 0, len(s))
	for _, r := range string(s) {
		for i := 0; i < len(special); i++ {
			if rune(special[i]) == r {
				out = append(out, '\\')
				break
			}
		}
		out = append(out, r)
	}
	return interp.Str(string(out)), nil
}

// Load builds the re module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	ensureClasses()
	m := &module{cache: map[cacheKey]*Pattern{}}
	mod := interp.NewModule("re")
	withFlags := func(params ...string) []string { return append(params, "flags") }
	mod.AddFuncs(map[string]interp.NativeFunc{
		"compile": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var pat, flags interp.Value
			if err := interp.UnpackArgsPy("compile", args, kw, "pattern", &pat, "flags?", &flags); err != nil {
				return nil, err
			}
			return m.compile(f, pat, flags)
		},
		"match":     m.moduleFunc("match", withFlags("pattern", "string"), 2, patMatchMode(matchAnchored)),
		"fullmatch": m.moduleFunc("fullmatch", withFlags("pattern", "string"), 2, patMatchMode(matchFull)),
		"search":    m.moduleFunc("search", withFlags("pattern", "string"), 2, patMatchMode(matchSearch)),
		"findall":   m.moduleFunc("findall", withFlags("pattern", "string"), 2, findall),
		"finditer":  m.moduleFunc("finditer", withFlags("pattern", "string"), 2, finditer),
		"sub":       m.moduleFunc("sub", withFlags("pattern", "repl", "string", "count"), 3, subFunc(false)),
		"subn":      m.moduleFunc("subn", withFlags("pattern", "repl", "string", "count"), 3, subFunc(true)),
		"split":     m.moduleFunc("split", withFlags("pattern", "string", "maxsplit"), 2, split),
		"escape":    escape,
		"purge": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.UnpackArgsPy("purge", args, kw); err != nil {
				return nil, err
			}
			m.cache = map[cacheKey]*Pattern{}
			m.order = nil
			return interp.None, nil
		},
	})
	mod.Set("error", Error)
	mod.Set("Pattern", PatternClass)
	mod.Set("Match", MatchClass)
	mod.Set("RegexFlag", FlagClass)
	for _, fl := range flagNames {
		mod.Set(fl.name, Flag(fl.value))
		if fl.short != "" {
			mod.Set(fl.short, Flag(fl.value))
		}
	}
	mod.Set("NOFLAG", Flag(0))
	return mod, nil
}
