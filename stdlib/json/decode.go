package json

// This file defines the decoder: a recursive-descent scanner over code
// points mirroring CPython's json.scanner/json.decoder, including the
// error messages and positions of JSONDecodeError.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/asyncscript/asyncscript/interp"
)

// JSONDecodeError is json.JSONDecodeError (a ValueError subclass). Shared
// by every VM, it is immutable (departure: CPython's, written in Python,
// takes new attributes).
var JSONDecodeError = func() *interp.Class {
	c := interp.NewClass("JSONDecodeError", interp.ValueError, nil)
	c.Module = "json.decoder"
	c.QualName = "JSONDecodeError"
	c.Immutable = true
	return c
}()

type decoder struct {
	f   *interp.Fiber // counts nesting against the recursion limit (nil: no limit)
	s   []rune
	doc string
}

// decodeError builds JSONDecodeError(msg, doc, pos).
func (d *decoder) err(msg string, pos int) *interp.Exception {
	lineno := 1
	last := -1
	for i := 0; i < pos && i < len(d.s); i++ {
		if d.s[i] == '\n' {
			lineno++
			last = i
		}
	}
	colno := pos - last
	text := msg + ": line " + strconv.Itoa(lineno) + " column " + strconv.Itoa(colno) + " (char " + strconv.Itoa(pos) + ")"
	e := interp.NewException(JSONDecodeError, interp.Str(text))
	e.Dict = interp.NewDict()
	e.Dict.SetStr("msg", interp.Str(msg))
	e.Dict.SetStr("doc", interp.Str(d.doc))
	e.Dict.SetStr("pos", interp.Int(pos))
	e.Dict.SetStr("lineno", interp.Int(lineno))
	e.Dict.SetStr("colno", interp.Int(colno))
	return e
}

func isWS(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func (d *decoder) ws(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

// Loads parses a JSON document. Each nested array or object counts one
// level against f's recursion limit, as CPython's C scanner does.
func Loads(f *interp.Fiber, s string) (interp.Value, *interp.Exception) {
	d := &decoder{f: f, s: []rune(s), doc: s}
	i := d.ws(0)
	v, end, err := d.value(i)
	if err != nil {
		return nil, err
	}
	end = d.ws(end)
	if end != len(d.s) {
		return nil, d.err("Extra data", end)
	}
	return v, nil
}

func (d *decoder) hasPrefix(i int, p string) bool {
	if i+len(p) > len(d.s) {
		return false
	}
	return string(d.s[i:i+len(p)]) == p
}

func (d *decoder) value(i int) (interp.Value, int, *interp.Exception) {
	if i >= len(d.s) {
		return nil, i, d.err("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		return s, end, err
	case c == '{':
		if err := d.f.EnterNested("while decoding a JSON object from a unicode string"); err != nil {
			return nil, i, err
		}
		defer d.f.LeaveNested()
		return d.object(i + 1)
	case c == '[':
		if err := d.f.EnterNested("while decoding a JSON array from a unicode string"); err != nil {
			return nil, i, err
		}
		defer d.f.LeaveNested()
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return interp.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return interp.True, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return interp.False, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return interp.Float(math.NaN()), i + 3, nil
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return interp.Float(math.Inf(1)), i + 8, nil
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return interp.Float(math.Inf(-1)), i + 9, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return nil, i, d.err("Expecting value", i)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (d *decoder) number(i int) (interp.Value, int, *interp.Exception) {
	start := i
	if d.s[i] == '-' {
		i++
	}
	if i >= len(d.s) || !isDigit(d.s[i]) {
		return nil, start, d.err("Expecting value", start)
	}
	if d.s[i] == '0' {
		i++
	} else {
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && isDigit(d.s[i+1]) {
		isFloat = true
		i += 2
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && isDigit(d.s[j]) {
			for j < len(d.s) && isDigit(d.s[j]) {
				j++
			}
			i = j
			isFloat = true
		}
	}
	text := string(d.s[start:i])
	if isFloat {
		x, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(x, 0) {
			return nil, start, d.err("Expecting value", start)
		}
		return interp.Float(x), i, nil
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return interp.Int(n), i, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return interp.MakeInt(b), i, nil
}

func hex4(rs []rune) (rune, bool) {
	if len(rs) < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(rs[:4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

// str parses a string whose opening quote is at i-1.
func (d *decoder) str(i int) (interp.Value, int, *interp.Exception) {
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(d.s) {
			return nil, i, d.err("Unterminated string starting at", begin)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return interp.Str(b.String()), i + 1, nil
		case c == '\\':
			if i+1 >= len(d.s) {
				return nil, i, d.err("Unterminated string starting at", begin)
			}
			esc := d.s[i+1]
			switch esc {
			case '"', '\\', '/':
				b.WriteRune(esc)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := hex4(d.s[i+2:])
				if !ok {
					return nil, i, d.err("Invalid \\uXXXX escape", i+1)
				}
				i += 4
				if r >= 0xd800 && r <= 0xdbff && i+2 < len(d.s) && d.s[i+2] == '\\' && i+3 < len(d.s) && d.s[i+3] == 'u' {
					if r2, ok := hex4(d.s[i+4:]); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
						r = utf16.DecodeRune(r, r2)
						i += 6
					}
				}
				b.WriteRune(r)
			default:
				return nil, i, d.err("Invalid \\escape", i)
			}
			i += 2
		case c < 0x20:
			return nil, i, d.err("Invalid control character at", i)
		default:
			b.WriteRune(c)
			i++
		}
	}
}

func (d *decoder) object(i int) (interp.Value, int, *interp.Exception) {
	obj := interp.NewDict()
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == '}' {
		return obj, i + 1, nil
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, i, d.err("Expecting property name enclosed in double quotes", i)
		}
		k, end, err := d.str(i + 1)
		if err != nil {
			return nil, end, err
		}
		i = d.ws(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, i, d.err("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return nil, end, err
		}
		obj.SetStr(string(k.(interp.Str)), v)
		i = d.ws(end)
		if i < len(d.s) && d.s[i] == '}' {
			return obj, i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, i, d.err("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *decoder) array(i int) (interp.Value, int, *interp.Exception) {
	out := &interp.List{}
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == ']' {
		return out, i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return nil, end, err
		}
		out.Items = append(out.Items, v)
		i = d.ws(end)
		if i < len(d.s) && d.s[i] == ']' {
			return out, i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, i, d.err("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}
