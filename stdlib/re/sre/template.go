package sre

// This file defines replacement templates (the repl string of sub and
// Match.expand), parsed as CPython's _parser.parse_template does: \1,
// \g<name>, \g<0>, octal escapes and the usual character escapes.

import (
	"fmt"
	"strconv"
	"strings"
)

// Template is a parsed replacement string: literal text and group
// references, in order.
type Template struct {
	parts []templatePart
}

type templatePart struct {
	text  string
	group int // -1 for literal text
}

// Literal returns the replacement text when the template refers to no
// group.
func (t *Template) Literal() (string, bool) {
	var b strings.Builder
	for _, p := range t.parts {
		if p.group >= 0 {
			return "", false
		}
		b.WriteString(p.text)
	}
	return b.String(), true
}

// Expand builds the replacement; group returns the text of a group ("" for
// a group that did not take part).
func (t *Template) Expand(group func(int) string) string {
	var b strings.Builder
	for _, p := range t.parts {
		if p.group >= 0 {
			b.WriteString(group(p.group))
		} else {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// ParseTemplate parses repl for a pattern with the given groups.
func ParseTemplate(repl string, prog *Program) (*Template, *Error) {
	s, err := newTokenizer(repl)
	if err != nil {
		return nil, err
	}
	t := &Template{}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			t.parts = append(t.parts, templatePart{text: lit.String(), group: -1})
			lit.Reset()
		}
	}
	addGroup := func(index int64, offset int) *Error {
		if index > int64(prog.Groups) {
			return s.error(fmt.Sprintf("invalid group reference %d", index), offset)
		}
		flush()
		t.parts = append(t.parts, templatePart{group: int(index)})
		return nil
	}
	for {
		this, err := s.get()
		if err != nil {
			return nil, err
		}
		if this == "" {
			break
		}
		if this[0] != '\\' {
			lit.WriteString(this)
			continue
		}
		c := []rune(this)[1]
		switch {
		case c == 'g':
			ok, err := s.match("<")
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, s.error("missing <", 0)
			}
			name, err := s.getUntil(">", "group name")
			if err != nil {
				return nil, err
			}
			var index int64
			if isIdentifier(name) {
				g, ok := prog.GroupIndex[name]
				if !ok {
					return nil, &Error{Kind: ErrIndex, Msg: "unknown group name " + pyRepr(name), Pos: -1}
				}
				index = int64(g)
			} else {
				v, ok := pyInt(name)
				if !ok || v < 0 {
					return nil, s.error("bad character in group name "+pyRepr(name), runeLen(name)+1)
				}
				if v >= MaxGroups {
					return nil, s.error(fmt.Sprintf("invalid group reference %d", v), runeLen(name)+1)
				}
				index = v
			}
			if err := addGroup(index, runeLen(name)+1); err != nil {
				return nil, err
			}
		case c == '0':
			for i := 0; i < 2 && isOctTok(s.next); i++ {
				d, err := s.get()
				if err != nil {
					return nil, err
				}
				this += d
			}
			v, _ := strconv.ParseInt(this[1:], 8, 32)
			lit.WriteRune(rune(v & 0xff))
		case c >= '1' && c <= '9':
			isOctal := false
			if isDigitTok(s.next) {
				d, err := s.get()
				if err != nil {
					return nil, err
				}
				this += d
				if c <= '7' && this[2] <= '7' && isOctTok(s.next) {
					d, err := s.get()
					if err != nil {
						return nil, err
					}
					this += d
					isOctal = true
					v, _ := strconv.ParseInt(this[1:], 8, 32)
					if v > 0o377 {
						return nil, s.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", this), len(this))
					}
					lit.WriteRune(rune(v))
				}
			}
			if !isOctal {
				v, _ := strconv.ParseInt(this[1:], 10, 32)
				if err := addGroup(v, len(this)-1); err != nil {
					return nil, err
				}
			}
		default:
			if r, ok := escapes[this]; ok {
				lit.WriteRune(r)
			} else if isASCIILetter(string(c)) {
				return nil, s.error("bad escape "+this, runeLen(this))
			} else {
				lit.WriteString(this)
			}
		}
	}
	flush()
	return t, nil
}
