// Package json implements the json module: dumps/dump with indent,
// sort_keys, separators, ensure_ascii, allow_nan, skipkeys and default=,
// and loads/load raising json.JSONDecodeError (a ValueError subclass)
// with CPython's messages and line/column/char positions.
package json

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Options are the dumps keyword arguments.
type Options struct {
	Indent       *string // nil: compact
	ItemSep      string
	KeySep       string
	SortKeys     bool
	EnsureASCII  bool
	AllowNaN     bool
	SkipKeys     bool
	Default      interp.Value // nil when absent
	CheckCircles bool
}

// DefaultOptions are dumps' defaults.
func DefaultOptions() Options {
	return Options{ItemSep: ", ", KeySep: ": ", EnsureASCII: true, AllowNaN: true, CheckCircles: true}
}

type encoder struct {
	f       *interp.Fiber
	opt     Options
	b       strings.Builder
	visited map[any]bool
}

// Dumps serialises v.
func Dumps(f *interp.Fiber, v interp.Value, opt Options) (string, *interp.Exception) {
	e := &encoder{f: f, opt: opt, visited: map[any]bool{}}
	if err := e.encode(v, 0); err != nil {
		return "", err
	}
	return e.b.String(), nil
}

// dictOf returns the dict behind dict-like values.
func dictOf(v interp.Value) (*interp.Dict, bool) {
	switch x := v.(type) {
	case *interp.Dict:
		return x, true
	case interface{ AsDict() *interp.Dict }:
		return x.AsDict(), true
	}
	return nil, false
}

// FloatRepr is float.__repr__ as json uses it.
func FloatRepr(x float64, allowNaN bool) (string, *interp.Exception) {
	switch {
	case math.IsNaN(x):
		if !allowNaN {
			return "", interp.Errorf(interp.ValueError, "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(x, 1):
		if !allowNaN {
			return "", interp.Errorf(interp.ValueError, "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(x, -1):
		if !allowNaN {
			return "", interp.Errorf(interp.ValueError, "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return interp.FloatRepr(x), nil
}

func intString(v interp.Value) string {
	switch x := v.(type) {
	case interp.Int:
		return strconv.FormatInt(int64(x), 10)
	case *interp.BigInt:
		return x.V.String()
	}
	return ""
}

// room makes room for n more bytes of output, asking the memory budget
// first when the buffer has to grow (to twice its size and n).
func (e *encoder) room(n int) *interp.Exception {
	if e.b.Len()+n <= e.b.Cap() {
		return nil
	}
	if err := e.f.CheckAlloc(2*int64(e.b.Cap()) + int64(n)); err != nil {
		return err
	}
	e.b.Grow(n)
	return nil
}

// newline starts a line indented level times. The output of a deep value
// grows with the square of its depth, so each line asks the memory budget
// first.
func (e *encoder) newline(level int) *interp.Exception {
	if e.opt.Indent == nil {
		return nil
	}
	if err := e.room(1 + level*len(*e.opt.Indent)); err != nil {
		return err
	}
	e.b.WriteByte('\n')
	for i := 0; i < level; i++ {
		e.b.WriteString(*e.opt.Indent)
	}
	return nil
}

func (e *encoder) enter(key any) *interp.Exception {
	if !e.opt.CheckCircles {
		return nil
	}
	if e.visited[key] {
		return interp.Errorf(interp.ValueError, "Circular reference detected")
	}
	e.visited[key] = true
	return nil
}

func (e *encoder) leave(key any) {
	if e.opt.CheckCircles {
		delete(e.visited, key)
	}
}

func (e *encoder) encode(v interp.Value, level int) *interp.Exception {
	v = interp.NativeValue(v) // subclasses of list, dict, str, int... as their base
	switch x := v.(type) {
	case interp.NoneType:
		e.b.WriteString("null")
		return nil
	case interp.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case interp.Int, *interp.BigInt:
		e.b.WriteString(intString(x))
		return nil
	case interp.Float:
		s, err := FloatRepr(float64(x), e.opt.AllowNaN)
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	case interp.Str:
		e.b.WriteString(Quote(string(x), e.opt.EnsureASCII))
		return nil
	}
	// containers and default= results count one level each against the
	// recursion limit: CPython's C encoder says "while encoding a JSON
	// object"; with indent CPython runs the pure-Python encoder, whose
	// nested generators overflow "while calling a Python object"
	where := "while encoding a JSON object"
	if e.opt.Indent != nil {
		where = "while calling a Python object"
	}
	if err := e.f.EnterNested(where); err != nil {
		return err
	}
	defer e.f.LeaveNested()
	switch x := v.(type) {
	case *interp.List:
		if err := e.enter(x); err != nil {
			return err
		}
		defer e.leave(x)
		return e.array(x.Items, level)
	case interp.Tuple:
		return e.array(x, level)
	}
	if d, ok := dictOf(v); ok {
		if err := e.enter(d); err != nil {
			return err
		}
		defer e.leave(d)
		return e.object(d, level)
	}
	if rec, ok := native.RecordOf(v); ok {
		return e.array(rec.Items(v), level)
	}
	if e.opt.Default != nil && e.opt.Default != interp.None {
		if err := e.enter(v); err != nil {
			return err
		}
		defer e.leave(v)
		r, err := e.f.Call(e.opt.Default, []interp.Value{v}, nil)
		if err != nil {
			return err
		}
		return e.encode(r, level)
	}
	return interp.Errorf(interp.TypeError, "Object of type %s is not JSON serializable", interp.TypeName(v))
}

func (e *encoder) array(items []interp.Value, level int) *interp.Exception {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	e.b.WriteByte('[')
	if err := e.newline(level + 1); err != nil {
		return err
	}
	for i := 0; i < len(items); i++ {
		if i > 0 {
			e.b.WriteString(e.opt.ItemSep)
			if err := e.newline(level + 1); err != nil {
				return err
			}
		}
		if err := e.room(64); err != nil {
			return err
		}
		if err := e.encode(items[i], level+1); err != nil {
			return err
		}
	}
	if err := e.newline(level); err != nil {
		return err
	}
	e.b.WriteByte(']')
	return nil
}

func (e *encoder) key(k interp.Value) (string, bool, *interp.Exception) {
	k = interp.NativeValue(k)
	switch x := k.(type) {
	case interp.Str:
		return string(x), true, nil
	case interp.Float:
		s, err := FloatRepr(float64(x), e.opt.AllowNaN)
		return s, true, err
	case interp.Bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case interp.NoneType:
		return "null", true, nil
	case interp.Int, *interp.BigInt:
		return intString(x), true, nil
	}
	if e.opt.SkipKeys {
		return "", false, nil
	}
	return "", false, interp.Errorf(interp.TypeError, "keys must be str, int, float, bool or None, not %s", interp.TypeName(k))
}

func (e *encoder) object(d *interp.Dict, level int) *interp.Exception {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return nil
	}
	type kv struct {
		k interp.Value
		v interp.Value
	}
	var items []kv
	d.Items(func(k, v interp.Value) bool {
		items = append(items, kv{k, v})
		return true
	})
	if e.opt.SortKeys {
		var serr *interp.Exception
		sort.SliceStable(items, func(i, j int) bool {
			a, aok := items[i].k.(interp.Str)
			b, bok := items[j].k.(interp.Str)
			if aok && bok {
				return a < b
			}
			lt, err := interp.Less(e.f, items[i].k, items[j].k)
			if err != nil && serr == nil {
				serr = err
			}
			return lt
		})
		if serr != nil {
			return serr
		}
	}
	e.b.WriteByte('{')
	if err := e.newline(level + 1); err != nil {
		return err
	}
	first := true
	for _, it := range items {
		ks, ok, err := e.key(it.k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.opt.ItemSep)
			if err := e.newline(level + 1); err != nil {
				return err
			}
		}
		first = false
		if err := e.room(64); err != nil {
			return err
		}
		e.b.WriteString(Quote(ks, e.opt.EnsureASCII))
		e.b.WriteString(e.opt.KeySep)
		if err := e.encode(it.v, level+1); err != nil {
			return err
		}
	}
	if err := e.newline(level); err != nil {
		return err
	}
	e.b.WriteByte('}')
	return nil
}

const hexDigits = "0123456789abcdef"

func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	b.WriteByte(hexDigits[(r>>12)&0xf])
	b.WriteByte(hexDigits[(r>>8)&0xf])
	b.WriteByte(hexDigits[(r>>4)&0xf])
	b.WriteByte(hexDigits[r&0xf])
}

// Quote is json's string encoder (ensure_ascii selects py_encode_basestring_ascii).
func Quote(s string, ascii bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				writeU(&b, r)
			case ascii && r > 0x7e:
				if r >= 0x10000 {
					r -= 0x10000
					writeU(&b, 0xd800|((r>>10)&0x3ff))
					writeU(&b, 0xdc00|(r&0x3ff))
				} else {
					writeU(&b, r)
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// parseDumpsKw reads dumps' keyword arguments.
func parseDumpsKw(f *interp.Fiber, kw []interp.KV) (Options, *interp.Exception) {
	opt := DefaultOptions()
	var sepsGiven bool
	var indent interp.Value
	for _, p := range kw {
		switch p.Name {
		case "indent":
			indent = p.Value
		case "sort_keys", "ensure_ascii", "allow_nan", "skipkeys", "check_circular":
			t, err := interp.Truth(f, p.Value)
			if err != nil {
				return opt, err
			}
			switch p.Name {
			case "sort_keys":
				opt.SortKeys = t
			case "ensure_ascii":
				opt.EnsureASCII = t
			case "allow_nan":
				opt.AllowNaN = t
			case "skipkeys":
				opt.SkipKeys = t
			case "check_circular":
				opt.CheckCircles = t
			}
		case "separators":
			if p.Value == interp.None {
				continue
			}
			items, err := interp.ToList(f, p.Value)
			if err != nil {
				return opt, err
			}
			if len(items) != 2 {
				return opt, interp.Errorf(interp.ValueError, "too many values to unpack (expected 2)")
			}
			a, ok1 := items[0].(interp.Str)
			b, ok2 := items[1].(interp.Str)
			if !ok1 || !ok2 {
				return opt, interp.Errorf(interp.TypeError, "make_encoder() argument 6 must be str, not %s", interp.TypeName(items[0]))
			}
			opt.ItemSep, opt.KeySep = string(a), string(b)
			sepsGiven = true
		case "default":
			opt.Default = p.Value
		case "cls":
			if p.Value != interp.None {
				return opt, interp.Errorf(interp.TypeError, "custom JSONEncoder classes are not supported")
			}
		default:
			return opt, interp.Errorf(interp.TypeError, "dumps() got an unexpected keyword argument '%s'", p.Name)
		}
	}
	if indent != nil && indent != interp.None {
		var s string
		switch x := indent.(type) {
		case interp.Str:
			s = string(x)
		default:
			n, err := native.Index(f, indent)
			if err != nil {
				return opt, interp.Errorf(interp.TypeError, "can't multiply sequence by non-int of type '%s'", interp.TypeName(indent))
			}
			if n > 0 {
				s = strings.Repeat(" ", int(n))
			}
		}
		opt.Indent = &s
		if !sepsGiven {
			opt.ItemSep = ","
		}
	}
	return opt, nil
}
