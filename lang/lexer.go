package lang

// This file defines the tokenizer: an indentation-aware scanner that turns
// source text into participle tokens (Name, Keyword, Number, String,
// FString, Op, Newline, Indent, Dedent, EOF) and produces the CPython
// tokenizer's error messages.

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types. EOF is participle's lexer.EOF.
const (
	tokName lexer.TokenType = iota + 1
	tokKeyword
	tokNumber
	tokString
	tokFString
	tokOp
	tokNewline
	tokIndent
	tokDedent
)

var tokSymbols = map[string]lexer.TokenType{
	"EOF":     lexer.EOF,
	"Name":    tokName,
	"Keyword": tokKeyword,
	"Number":  tokNumber,
	"String":  tokString,
	"FString": tokFString,
	"Op":      tokOp,
	"Newline": tokNewline,
	"Indent":  tokIndent,
	"Dedent":  tokDedent,
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true, "class": true,
	"continue": true, "def": true, "del": true, "elif": true, "else": true,
	"except": true, "finally": true, "for": true, "from": true, "global": true,
	"if": true, "import": true, "in": true, "is": true, "lambda": true,
	"nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// Definition is the participle lexer.Definition for asyncscript source.
type Definition struct{}

// Lexer is the shared instance of Definition.
var Lexer lexer.Definition = Definition{}

// Symbols implements lexer.Definition.
func (Definition) Symbols() map[string]lexer.TokenType { return tokSymbols }

// Lex implements lexer.Definition.
func (d Definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexString implements lexer.StringDefinition.
func (Definition) LexString(filename string, src string) (lexer.Lexer, error) {
	ts := tokenize(NewFile(filename, []byte(src)), src, 0, 1, 1)
	if ts.err != nil {
		return nil, ts.err
	}
	return &sliceLexer{toks: ts.toks}, nil
}

type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (l *sliceLexer) Next() (lexer.Token, error) {
	if l.i >= len(l.toks) {
		return l.toks[len(l.toks)-1], nil
	}
	t := l.toks[l.i]
	l.i++
	return t, nil
}

type bracket struct {
	ch   byte
	line int
	col  int32
}

// tokenStream is the scanner's result: tokens, their end positions, and
// the first tokenizer error (tokens stop where it occurred).
type tokenStream struct {
	toks []lexer.Token
	ends []Pos
	err  *SyntaxError
	// unclosedLine is the line of the innermost unclosed bracket when err
	// is a "was never closed" error at end of input.
	unclosedLine int
	// base is the implicit bracket depth (1 for f-string fields).
	base int
}

type scanner struct {
	file      *File
	src       string
	i         int
	line      int
	lineStart int
	toks      []lexer.Token
	ends      []Pos
	brackets  []bracket
	indents   []int
	alts      []int
	err       *SyntaxError
	unclosed  int
	// colBase is added to columns on the first line (sub-lexing of
	// f-string fields).
	colBase int32
	firstLn int
	// base is the number of implicit brackets a sub-lexer starts in.
	base int
	// incremental column cache
	colLine, colOff int
	colVal          int32
	// badLine is the first line holding a NUL byte or invalid UTF-8 (0 if
	// none); badErr is the error CPython reports when it reads that line.
	badLine int
	badErr  *SyntaxError
}

// CPython's tokenizer limits (Parser/tokenizer.h): MAXLEVEL open brackets
// and MAXINDENT indentation levels (the indent stack, level 0 included).
const (
	maxBrackets = 200
	maxIndent   = 100
)

// tokenizeSub scans the text of an f-string field, located at line/col.
func tokenizeSub(file *File, src string, line int, col int32) *tokenStream {
	return tokenize(file, src, 1, line, col)
}

// tokenize scans src. depth > 0 starts inside an implicit bracket (used
// for f-string fields, whose text CPython parses as if parenthesized);
// line and col give the position of src[0] in the file.
func tokenize(file *File, src string, depth int, line int, col int32) *tokenStream {
	s := &scanner{file: file, src: src, line: line, indents: []int{0}, alts: []int{0},
		colBase: col - 1, firstLn: line, colLine: -1}
	// a guess of one token per four bytes, capped: the lexer stops at the
	// first error, so a huge file that fails early (a 200 MB file nested
	// past the indentation limit at line 101) must not pay for all of it
	guess := min(len(src)/4+4, 1<<16)
	s.toks = make([]lexer.Token, 0, guess)
	s.ends = make([]Pos, 0, guess)
	for k := 0; k < depth; k++ {
		s.brackets = append(s.brackets, bracket{ch: '(', line: line, col: col})
	}
	s.base = depth
	if depth == 0 {
		s.badLine, s.badErr = firstBadLine(file, src)
		if s.badLine == line {
			s.err = s.badErr
		}
	}
	s.run()
	return &tokenStream{toks: s.toks, ends: s.ends, err: s.err, unclosedLine: s.unclosed, base: depth}
}

func (s *scanner) col(off int) int32 {
	// columns are requested in increasing order within a line: count
	// code points incrementally from the last request.
	if s.colLine != s.lineStart || off < s.colOff {
		s.colLine, s.colOff, s.colVal = s.lineStart, s.lineStart, 1
	}
	if off > len(s.src) {
		off = len(s.src)
	}
	s.colVal += int32(utf8.RuneCountInString(s.src[s.colOff:off]))
	s.colOff = off
	c := s.colVal
	if s.line == s.firstLn {
		c += s.colBase
	}
	return c
}

func (s *scanner) pos(off int) lexer.Position {
	return lexer.Position{Offset: off, Line: s.line, Column: int(s.col(off))}
}

func (s *scanner) emit(typ lexer.TokenType, start int, startPos lexer.Position, val string) {
	s.push(lexer.Token{Type: typ, Value: val, Pos: startPos}, Pos{Line: int32(s.line), Col: s.col(s.i)})
}

// push appends a token and its end position. The slices double when
// full: append's gentler growth for large slices would copy a big file's
// tokens about five times over.
func (s *scanner) push(t lexer.Token, end Pos) {
	if len(s.toks) == cap(s.toks) {
		toks := make([]lexer.Token, len(s.toks), 2*cap(s.toks)+16)
		copy(toks, s.toks)
		s.toks = toks
		ends := make([]Pos, len(s.ends), cap(toks))
		copy(ends, s.ends)
		s.ends = ends
	}
	s.toks = append(s.toks, t)
	s.ends = append(s.ends, end)
}

func (s *scanner) fail(kind, msg string, line int, col int32, endCol int32) {
	if s.err == nil {
		s.err = &SyntaxError{File: s.file, Kind: kind, Msg: msg,
			Span: Span{Start: Pos{int32(line), col}, End: Pos{int32(line), endCol}}}
	}
}

func (s *scanner) lastType() lexer.TokenType {
	if len(s.toks) == 0 {
		return tokNewline
	}
	return s.toks[len(s.toks)-1].Type
}

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.i
	if s.line == s.badLine && s.err == nil {
		// CPython decodes and checks each line as its tokenizer reads it:
		// errors on earlier lines win, the rest of the file is not seen.
		s.err = s.badErr
	}
}

// firstBadLine finds the first line CPython's tokenizer refuses to read:
// one with invalid UTF-8 (which wins over a NUL byte on the same line) or
// a NUL byte. It returns that line and the error, or 0 and nil.
func firstBadLine(file *File, src string) (int, *SyntaxError) {
	nul := strings.IndexByte(src, 0)
	bad := -1
	if !utf8.ValidString(src) {
		for i := 0; i < len(src); {
			r, n := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && n == 1 {
				bad = i
				break
			}
			i += n
		}
	}
	if nul < 0 && bad < 0 {
		return 0, nil
	}
	lineOf := func(off int) (int, int) { // line number and line start
		return strings.Count(src[:off], "\n") + 1, strings.LastIndexByte(src[:off], '\n') + 1
	}
	if bad >= 0 {
		line, start := lineOf(bad)
		if nul < 0 || nul >= start {
			return line, &SyntaxError{File: file, Kind: "SyntaxError",
				Msg:  fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[bad], file.Name, line),
				Span: Span{Start: Pos{int32(line), 0}}, bare: true}
		}
	}
	line, start := lineOf(nul)
	// CPython shows the line as a C string: cut at the NUL.
	text := src[start:nul]
	return line, &SyntaxError{File: file, Kind: "SyntaxError", Msg: "source code cannot contain null bytes",
		Span: Span{Start: Pos{int32(line), 0}}, NoCaret: true, text: &text}
}

func (s *scanner) lineRunes() int32 {
	e := strings.IndexByte(s.src[s.lineStart:], '\n')
	if e < 0 {
		e = len(s.src) - s.lineStart
	}
	return int32(utf8.RuneCountInString(strings.TrimRight(s.src[s.lineStart:s.lineStart+e], "\r")))
}

func (s *scanner) run() {
	atLineStart := len(s.brackets) == 0
	for s.err == nil {
		if atLineStart && len(s.brackets) == 0 {
			atLineStart = false
			if !s.indentation() {
				atLineStart = true
				continue
			}
		}
		// skip whitespace
		for s.i < len(s.src) {
			c := s.src[s.i]
			if c == ' ' || c == '\t' || c == '\f' || c == '\r' {
				s.i++
				continue
			}
			break
		}
		if s.i >= len(s.src) {
			s.eof()
			return
		}
		c := s.src[s.i]
		start := s.i
		switch {
		case c == '#':
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
		case c == '\n':
			if len(s.brackets) == 0 {
				if s.lastType() != tokNewline {
					p := s.pos(s.i)
					s.i++
					s.push(lexer.Token{Type: tokNewline, Value: "\n", Pos: p}, Pos{int32(p.Line), int32(p.Column) + 1})
				} else {
					s.i++
				}
				s.newline()
				atLineStart = true
			} else {
				s.i++
				s.newline()
			}
		case c == '\\':
			j := s.i + 1
			if j < len(s.src) && s.src[j] == '\r' {
				j++
			}
			if j >= len(s.src) {
				s.fail("SyntaxError", "unexpected EOF while parsing", s.line, s.col(s.i)+1, 0)
				s.err.incomplete = true
				return
			}
			if s.src[j] != '\n' {
				s.fail("SyntaxError", "unexpected character after line continuation character", s.line, s.col(s.i)+1, 0)
				return
			}
			s.i = j + 1
			s.newline()
			if s.i >= len(s.src) {
				s.fail("SyntaxError", "unexpected EOF while parsing", s.line, 1, 0)
				s.err.incomplete = true
				return
			}
		case c >= '0' && c <= '9' || c == '.' && s.i+1 < len(s.src) && isDigit(s.src[s.i+1]):
			s.number()
		case c == '"' || c == '\'':
			s.str(start, false)
		case c < utf8.RuneSelf && (c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf:
			s.name()
		default:
			s.op()
		}
	}
}

// indentation measures the indentation of a new logical line and emits
// Indent/Dedent tokens. It returns false when the line is blank or a
// comment (and has been consumed).
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	j := s.i
	for j < len(s.src) {
		switch s.src[j] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		case '\r':
		default:
			goto done
		}
		j++
	}
done:
	if j >= len(s.src) {
		s.i = j
		return true // eof handles the rest
	}
	if c := s.src[j]; c == '#' || c == '\n' {
		for j < len(s.src) && s.src[j] != '\n' {
			j++
		}
		if j >= len(s.src) {
			s.i = j
			return true // eof handles the rest
		}
		s.i = j + 1
		s.newline()
		return false
	}
	s.i = j
	top := s.indents[len(s.indents)-1]
	atop := s.alts[len(s.alts)-1]
	p := s.pos(j)
	switch {
	case col > top:
		if alt <= atop {
			s.tabError()
			return true
		}
		if len(s.indents) >= maxIndent {
			s.fail("IndentationError", "too many levels of indentation", s.line, 0, 0)
			s.err.NoCaret = true
			return true
		}
		s.indents = append(s.indents, col)
		s.alts = append(s.alts, alt)
		s.push(lexer.Token{Type: tokIndent, Pos: p}, Pos{int32(p.Line), int32(p.Column)})
	case col == top:
		if alt != atop {
			s.tabError()
		}
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.alts = s.alts[:len(s.alts)-1]
			s.push(lexer.Token{Type: tokDedent, Pos: p}, Pos{int32(p.Line), int32(p.Column)})
		}
		if col != s.indents[len(s.indents)-1] {
			n := s.lineRunes() + 1
			s.fail("IndentationError", "unindent does not match any outer indentation level", s.line, n, 0)
			return true
		}
		if alt != s.alts[len(s.alts)-1] {
			s.tabError()
		}
	}
	return true
}

func (s *scanner) tabError() {
	s.fail("TabError", "inconsistent use of tabs and spaces in indentation", s.line, s.lineRunes()+1, 0)
}

func (s *scanner) eof() {
	if n := len(s.brackets); n > s.base {
		b := s.brackets[n-1]
		s.fail("SyntaxError", fmt.Sprintf("'%c' was never closed", b.ch), b.line, b.col, 0)
		s.err.incomplete = true
		s.unclosed = b.line
		return
	}
	p := s.pos(s.i)
	if s.base > 0 {
		s.push(lexer.Token{Type: lexer.EOF, Pos: p}, Pos{int32(p.Line), int32(p.Column)})
		return
	}
	if s.lastType() != tokNewline && len(s.toks) > 0 {
		s.push(lexer.Token{Type: tokNewline, Value: "", Pos: p}, Pos{int32(p.Line), int32(p.Column) + 1})
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.push(lexer.Token{Type: tokDedent, Pos: p}, Pos{int32(p.Line), int32(p.Column)})
	}
	s.push(lexer.Token{Type: lexer.EOF, Pos: p}, Pos{int32(p.Line), int32(p.Column)})
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentRune(r rune, first bool) bool {
	if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r) {
		return true
	}
	if first {
		return false
	}
	return unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)
}

func (s *scanner) name() {
	start := s.i
	p := s.pos(start)
	for s.i < len(s.src) {
		c := s.src[s.i]
		if c < utf8.RuneSelf {
			if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				s.i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s.src[s.i:])
		if !isIdentRune(r, s.i == start) {
			if s.i == start {
				s.invalidChar(r)
				return
			}
			break
		}
		s.i += n
	}
	word := s.src[start:s.i]
	if s.i < len(s.src) && (s.src[s.i] == '"' || s.src[s.i] == '\'') && len(word) <= 2 {
		switch strings.ToLower(word) {
		case "r", "u", "b", "br", "rb", "f", "fr", "rf":
			s.str(start, true)
			return
		}
	}
	if keywords[word] {
		s.emit(tokKeyword, start, p, word)
	} else {
		s.emit(tokName, start, p, word)
	}
}

func (s *scanner) invalidChar(r rune) {
	if r == utf8.RuneError {
		s.fail("SyntaxError", "invalid character in identifier", s.line, s.col(s.i), 0)
		return
	}
	if !unicode.IsPrint(r) {
		s.fail("SyntaxError", fmt.Sprintf("invalid non-printable character U+%04X", r), s.line, s.col(s.i), 0)
		return
	}
	s.fail("SyntaxError", fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), s.line, s.col(s.i), 0)
}

// str scans a string literal starting at start (prefix included when
// hasPrefix); s.i is at the opening quote.
func (s *scanner) str(start int, hasPrefix bool) {
	p := s.pos(start)
	startLine := s.line
	typ := tokString
	if hasPrefix && strings.ContainsAny(s.src[start:s.i], "fF") {
		typ = tokFString
	}
	q := s.src[s.i]
	triple := s.i+2 < len(s.src) && s.src[s.i+1] == q && s.src[s.i+2] == q
	if triple {
		s.i += 3
	} else {
		s.i++
	}
	for {
		if s.i >= len(s.src) {
			if triple {
				n := s.line
				if strings.HasSuffix(s.src, "\n") && s.lineStart == len(s.src) && n > startLine {
					n--
				}
				s.fail("SyntaxError", fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", n), startLine, int32(p.Column), 0)
				s.err.incomplete = true
			} else {
				s.fail("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", s.line), startLine, int32(p.Column), 0)
			}
			return
		}
		c := s.src[s.i]
		switch c {
		case '\\':
			s.i++
			if s.i < len(s.src) {
				if s.src[s.i] == '\n' {
					s.i++
					s.newline()
				} else if s.src[s.i] == '\r' && s.i+1 < len(s.src) && s.src[s.i+1] == '\n' {
					s.i += 2
					s.newline()
				} else {
					s.i++
				}
			}
			continue
		case '\n':
			if !triple {
				s.fail("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", s.line), startLine, int32(p.Column), 0)
				return
			}
			s.i++
			s.newline()
			continue
		case q:
			if !triple {
				s.i++
				s.emit(typ, start, p, s.src[start:s.i])
				return
			}
			if s.i+2 < len(s.src) && s.src[s.i+1] == q && s.src[s.i+2] == q {
				s.i += 3
				s.emit(typ, start, p, s.src[start:s.i])
				return
			}
		}
		s.i++
	}
}

var ops3 = []string{"**=", "//=", ">>=", "<<=", "..."}
var ops2 = []string{"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="}

func (s *scanner) op() {
	start := s.i
	p := s.pos(start)
	rest := s.src[s.i:]
	for _, o := range ops3 {
		if strings.HasPrefix(rest, o) {
			s.i += 3
			s.emit(tokOp, start, p, o)
			return
		}
	}
	for _, o := range ops2 {
		if strings.HasPrefix(rest, o) {
			s.i += 2
			s.emit(tokOp, start, p, o)
			return
		}
	}
	c := s.src[s.i]
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= maxBrackets { // an f-string field's implicit bracket counts
			s.fail("SyntaxError", "too many nested parentheses", s.line, s.col(s.i), 0)
			return
		}
		s.brackets = append(s.brackets, bracket{ch: c, line: s.line, col: s.col(s.i)})
	case ')', ']', '}':
		if len(s.brackets) <= s.base {
			s.fail("SyntaxError", fmt.Sprintf("unmatched '%c'", c), s.line, s.col(s.i), 0)
			return
		}
		b := s.brackets[len(s.brackets)-1]
		if b.ch == '(' && c != ')' || b.ch == '[' && c != ']' || b.ch == '{' && c != '}' {
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, b.ch)
			if b.line != s.line {
				msg += fmt.Sprintf(" on line %d", b.line)
			}
			s.fail("SyntaxError", msg, s.line, s.col(s.i), 0)
			return
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
	}
	r, n := utf8.DecodeRuneInString(rest)
	if r >= utf8.RuneSelf || r == utf8.RuneError && n == 1 || r < ' ' || r == 0x7f {
		s.invalidChar(r)
		return
	}
	s.i += n
	s.emit(tokOp, start, p, rest[:n])
}

// number scans an int, float or imaginary literal with CPython's checks.
func (s *scanner) number() {
	start := s.i
	p := s.pos(start)
	src := s.src
	digits := func(ok func(byte) bool) bool { // digits with single underscores
		if s.i >= len(src) || !ok(src[s.i]) {
			return false
		}
		for s.i < len(src) {
			if ok(src[s.i]) {
				s.i++
			} else if src[s.i] == '_' && s.i+1 < len(src) && ok(src[s.i+1]) {
				s.i += 2
			} else {
				break
			}
		}
		return true
	}
	kind := "decimal"
	if src[s.i] == '0' && s.i+1 < len(src) && strings.IndexByte("xXoObB", src[s.i+1]) >= 0 {
		var ok func(byte) bool
		switch src[s.i+1] | 0x20 {
		case 'x':
			kind = "hexadecimal"
			ok = func(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
		case 'o':
			kind = "octal"
			ok = func(c byte) bool { return c >= '0' && c <= '7' }
		default:
			kind = "binary"
			ok = func(c byte) bool { return c == '0' || c == '1' }
		}
		s.i += 2
		if s.i < len(src) && src[s.i] == '_' {
			s.i++
		}
		if !digits(ok) {
			if s.i < len(src) && isDigit(src[s.i]) {
				s.fail("SyntaxError", fmt.Sprintf("invalid digit '%c' in %s literal", src[s.i], kind), s.line, s.col(s.i), 0)
				return
			}
			s.fail("SyntaxError", fmt.Sprintf("invalid %s literal", kind), s.line, s.col(s.i-1), 0)
			return
		}
		if s.i < len(src) && isDigit(src[s.i]) {
			s.fail("SyntaxError", fmt.Sprintf("invalid digit '%c' in %s literal", src[s.i], kind), s.line, s.col(s.i), 0)
			return
		}
	} else {
		isFloat := false
		if src[s.i] != '.' {
			digits(isDigit)
		}
		intEnd := s.i
		if s.i < len(src) && src[s.i] == '.' {
			isFloat = true
			s.i++
			if s.i < len(src) && isDigit(src[s.i]) {
				digits(isDigit)
			}
		}
		if s.i < len(src) && src[s.i]|0x20 == 'e' {
			save := s.i
			s.i++
			if s.i < len(src) && (src[s.i] == '+' || src[s.i] == '-') {
				s.i++
			}
			if !digits(isDigit) {
				if s.i < len(src) && isKeywordStart(src[save:]) {
					s.i = save
				} else {
					s.fail("SyntaxError", "invalid decimal literal", s.line, int32(p.Column), 0)
					return
				}
			} else {
				isFloat = true
			}
		}
		if s.i < len(src) && src[s.i]|0x20 == 'j' {
			s.i++
			isFloat = true
		}
		if !isFloat && src[start] == '0' && strings.Trim(src[start:intEnd], "0_") != "" {
			s.fail("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", s.line, int32(p.Column), 0)
			return
		}
		if s.i < len(src) && src[s.i] == '_' {
			s.fail("SyntaxError", "invalid decimal literal", s.line, s.col(s.i), 0)
			return
		}
	}
	if s.i < len(src) {
		c := src[s.i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			if !isKeywordStart(src[s.i:]) {
				s.fail("SyntaxError", fmt.Sprintf("invalid %s literal", kind), s.line, s.col(s.i), 0)
				return
			}
		}
	}
	s.emit(tokNumber, start, p, src[start:s.i])
}

// isKeywordStart reports whether rest begins with one of the keywords
// CPython tolerates directly after a number (with a warning), e.g. 1if.
func isKeywordStart(rest string) bool {
	for _, k := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(rest, k) {
			return true
		}
	}
	return false
}
