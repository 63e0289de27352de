package sre

// This file defines the tokenizer the parser and the template parser read
// patterns with (CPython's _parser.Tokenizer), and the small Python-like
// helpers they share: str.isidentifier, repr() and int() of a str.

import (
	"fmt"
	"strings"
	"unicode"
)

// tokenizer is CPython's _parser.Tokenizer over code points; next is the
// coming token ("" at the end): one character, or a backslash and the
// character after it.
type tokenizer struct {
	pattern string
	s       []rune
	index   int
	next    string
}

func newTokenizer(pattern string) (*tokenizer, *Error) {
	t := &tokenizer{pattern: pattern, s: []rune(pattern)}
	return t, t.advance()
}

func (t *tokenizer) advance() *Error {
	i := t.index
	if i >= len(t.s) {
		t.next = ""
		return nil
	}
	c := t.s[i]
	if c == '\\' {
		i++
		if i >= len(t.s) {
			return &Error{Msg: "bad escape (end of pattern)", Pattern: t.pattern, Pos: len(t.s) - 1}
		}
		t.index = i + 1
		t.next = string([]rune{c, t.s[i]})
		return nil
	}
	t.index = i + 1
	t.next = string(c)
	return nil
}

func (t *tokenizer) match(c string) (bool, *Error) {
	if c == t.next {
		return true, t.advance()
	}
	return false, nil
}

// get returns the current token and moves on ("" at the end).
func (t *tokenizer) get() (string, *Error) {
	this := t.next
	return this, t.advance()
}

func (t *tokenizer) getWhile(n int, set func(string) bool) (string, *Error) {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if t.next == "" || !set(t.next) {
			break
		}
		b.WriteString(t.next)
		if err := t.advance(); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

func (t *tokenizer) getUntil(term, name string) (string, *Error) {
	var result []rune
	for {
		c := t.next
		if err := t.advance(); err != nil {
			return "", err
		}
		if c == "" {
			if len(result) == 0 {
				return "", t.error("missing "+name, 0)
			}
			return "", t.error(fmt.Sprintf("missing %s, unterminated name", term), len(result))
		}
		if c == term {
			if len(result) == 0 {
				return "", t.error("missing "+name, 1)
			}
			break
		}
		result = append(result, []rune(c)...)
	}
	return string(result), nil
}

func runeLen(s string) int { return len([]rune(s)) }

func (t *tokenizer) tell() int { return t.index - runeLen(t.next) }

func (t *tokenizer) seek(i int) *Error {
	t.index = i
	return t.advance()
}

func (t *tokenizer) error(msg string, offset int) *Error {
	return &Error{Msg: msg, Pattern: t.pattern, Pos: t.tell() - offset}
}

func (t *tokenizer) checkGroupName(name string, offset int) *Error {
	if !isIdentifier(name) {
		return t.error("bad character in group name "+pyRepr(name), runeLen(name)+offset)
	}
	return nil
}

// isIdentifier approximates str.isidentifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
		if i == 0 && !start {
			return false
		}
		if !start && !unicode.In(r, unicode.Nd, unicode.Mn, unicode.Mc, unicode.Pc) {
			return false
		}
	}
	return true
}

// pyRepr is repr() of a str, for error messages: the twin of
// interp.ReprStr, which this package cannot import (the engine is kept
// free of the interpreter).
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x80 || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// pyInt parses a string as int() would (decimal digits of any script,
// surrounding whitespace, a sign, single underscores between digits).
func pyInt(s string) (int64, bool) {
	s = strings.TrimFunc(s, isUniSpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	var n int64
	prevDigit := false
	for _, r := range s {
		if r == '_' {
			if !prevDigit {
				return 0, false
			}
			prevDigit = false
			continue
		}
		if !unicode.Is(unicode.Nd, r) {
			return 0, false
		}
		d := digitValue(r)
		if n > (1<<62)/10 {
			n = 1 << 62 // saturate: far beyond any group number
		} else {
			n = n*10 + int64(d)
		}
		prevDigit = true
	}
	if !prevDigit {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// digitValue is the value of a decimal digit of any script: Unicode
// lays decimal digits out in runs of ten, 0 to 9, so it is the distance
// from the start of the run of digits modulo ten.
func digitValue(r rune) int {
	z := r
	for unicode.Is(unicode.Nd, z-1) {
		z--
	}
	return int(r-z) % 10
}

func isDigitTok(s string) bool { return len(s) == 1 && s[0] >= '0' && s[0] <= '9' }
func isOctTok(s string) bool   { return len(s) == 1 && s[0] >= '0' && s[0] <= '7' }
func isHexTok(s string) bool {
	return len(s) == 1 && strings.ContainsRune("0123456789abcdefABCDEF", rune(s[0]))
}
func isASCIILetter(c string) bool { return len(c) == 1 && isASCIIAlpha(rune(c[0])) }
