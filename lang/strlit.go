package lang

// This file defines string literal decoding: prefixes, quotes, escape
// sequences, and the concatenation of adjacent literals.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

var inf = math.Inf(1)

// strParts splits a literal token into its prefix flags and body.
func strParts(tok string) (raw, bytes, fstr bool, body string, quoteLen int) {
	i := 0
	for i < len(tok) && tok[i] != '\'' && tok[i] != '"' {
		switch tok[i] | 0x20 {
		case 'r':
			raw = true
		case 'b':
			bytes = true
		case 'f':
			fstr = true
		}
		i++
	}
	q := tok[i:]
	quoteLen = 1
	if len(q) >= 6 && q[1] == q[0] && q[2] == q[0] {
		quoteLen = 3
	}
	body = q[quoteLen : len(q)-quoteLen]
	return raw, bytes, fstr, body, i + quoteLen
}

// decodeEscapes interprets backslash escapes of a non-raw literal body.
// For bytes, each resulting rune < 256 stands for one byte.
func decodeEscapes(body string, bytes bool) (string, string) {
	if strings.IndexByte(body, '\\') < 0 {
		return body, ""
	}
	var b strings.Builder
	b.Grow(len(body))
	put := func(r rune) {
		if bytes {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			if bytes {
				b.WriteByte(c)
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		if i+1 >= len(body) {
			b.WriteByte('\\')
			i++
			continue
		}
		e := body[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\':
			b.WriteByte('\\')
		case '\'':
			b.WriteByte('\'')
		case '"':
			b.WriteByte('"')
		case 'a':
			b.WriteByte('\a')
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
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + rune(body[i]-'0')
				i++
			}
			if bytes {
				v &= 0xff
			}
			put(v)
		case 'x', 'u', 'U':
			n := 2
			if !bytes && e == 'u' {
				n = 4
			} else if !bytes && e == 'U' {
				n = 8
			} else if e != 'x' {
				b.WriteByte('\\')
				b.WriteByte(e)
				continue
			}
			// the escape ends at the first character that is not a hex
			// digit (CPython reports the span up to it)
			j := i
			for j < len(body) && j < i+n && isHexDigit(body[j]) {
				j++
			}
			if j < i+n {
				return "", truncatedEscape(e, bytes, i-2, j)
			}
			v, err := strconv.ParseUint(body[i:i+n], 16, 32)
			if err != nil {
				return "", truncatedEscape(e, bytes, i-2, j)
			}
			if v > utf8.MaxRune {
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", i-2, i+n-1)
			}
			i += n
			put(rune(v))
		case 'N':
			if !bytes {
				// \N{name}: the span is the whole escape; without a
				// closing brace, to the end of the literal
				if i >= len(body) || body[i] != '{' {
					return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", i-2, i-1)
				}
				k := strings.IndexByte(body[i:], '}')
				if k < 0 {
					return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", i-2, len(body)-1)
				}
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name", i-2, i+k)
			}
			b.WriteByte('\\')
			b.WriteByte(e)
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), ""
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}

func truncatedEscape(e byte, bytes bool, from, to int) string {
	kind := map[byte]string{'x': "\\xXX", 'u': "\\uXXXX", 'U': "\\UXXXXXXXX"}[e]
	if bytes {
		return fmt.Sprintf("(value error) invalid \\x escape at position %d", from)
	}
	return fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", from, to-1, kind)
}

// strings lowers adjacent string tokens: one Constant (str or bytes) or,
// when an f-string is among them, a JoinedStr.
func (l *lowerer) strings(sp Span, toks []*cstStr) Expr {
	anyF, anyBytes, allBytes := false, false, true
	for _, t := range toks {
		_, b, f, _, _ := strParts(t.Val)
		anyF = anyF || f
		anyBytes = anyBytes || b
		allBytes = allBytes && b
	}
	if anyBytes && !allBytes {
		l.errorAt(prioParser, Span{sp.End, Pos{}}, "cannot mix bytes and nonbytes literals")
		return &Constant{Span: sp, Value: ""}
	}
	if !anyF {
		var b strings.Builder
		for _, t := range toks {
			b.WriteString(l.literalValue(t, toks))
		}
		if allBytes {
			return &Constant{Span: sp, Value: []byte(b.String())}
		}
		return &Constant{Span: sp, Value: b.String()}
	}
	js := &JoinedStr{Span: sp}
	var lit strings.Builder
	litStart := sp
	flush := func() {
		if lit.Len() > 0 {
			js.Values = append(js.Values, &Constant{Span: litStart, Value: lit.String()})
			lit.Reset()
		}
	}
	for _, t := range toks {
		_, _, f, _, _ := strParts(t.Val)
		if !f {
			if lit.Len() == 0 {
				litStart = l.tokSpan(t.Pos)
			}
			lit.WriteString(l.literalValue(t, toks))
			continue
		}
		for _, part := range l.fstring(t) {
			if c, ok := part.(*Constant); ok {
				if lit.Len() == 0 {
					litStart = c.Span
				}
				lit.WriteString(c.Value.(string))
				continue
			}
			flush()
			js.Values = append(js.Values, part)
		}
	}
	flush()
	return js
}

// literalValue decodes one non-f string token.
//
// An escape error is reported, as CPython's parser does, at the token
// that follows the literals toks (t is one of them): the parser decodes
// the string once it has read past it.
func (l *lowerer) literalValue(t *cstStr, toks []*cstStr) string {
	raw, bytes, _, body, _ := strParts(t.Val)
	if bytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				l.errorAt(prioParser, l.byteSpan(t.Pos), "bytes can only contain ASCII literal characters")
				return ""
			}
		}
	}
	if raw {
		return body
	}
	v, msg := decodeEscapes(body, bytes)
	if msg != "" {
		l.errorAt(prioParser, l.tokSpan(toks[len(toks)-1].Pos+1), msg)
	}
	return v
}

// byteSpan is the span of token k as CPython 3.11 reports a bytes literal
// with a non-ASCII character: its columns count bytes, not characters (a
// token on one line; a longer one keeps its span).
func (l *lowerer) byteSpan(k tpos) Span {
	sp := l.tokSpan(k)
	if int(k) >= len(l.ts.toks) || sp.Start.Line != sp.End.Line || l.file == nil {
		return sp
	}
	tok := l.ts.toks[k]
	off := tok.Pos.Offset
	src := l.file.Src
	if off > len(src) {
		return sp
	}
	lineStart := strings.LastIndexByte(string(src[:off]), '\n') + 1
	extra := int32(off-lineStart) - int32(utf8.RuneCount(src[lineStart:off]))
	sp.Start.Col += extra
	sp.End.Col = sp.Start.Col + int32(len(tok.Value))
	return sp
}
