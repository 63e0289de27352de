package interp

// This file defines FormatException, the text CPython 3.11 prints for an
// uncaught exception: the chain of causes and contexts, each traceback
// with its source lines and `^^^^` / `~~~^~~~` position marks, the
// exception line and its notes, and exception groups in their nested box
// format. It follows the C implementation (Python/pythonrun.c
// print_exception_recursive and Python/traceback.c tb_displayline), whose
// output differs in small ways from the traceback module.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang"
)

const (
	tbRecursiveCutoff = 3    // identical entries shown before "[Previous line repeated ...]"
	tbLimit           = 1000 // entries printed (the innermost ones), as sys.tracebacklimit's default
	maxGroupWidth     = 15
	maxGroupDepth     = 10

	causeMessage   = "The above exception was the direct cause of the following exception:\n"
	contextMessage = "During handling of the above exception, another exception occurred:\n"
)

// FormatException returns what CPython prints on stderr for the uncaught
// exception e, ending in a newline.
func FormatException(f *Fiber, e *Exception) string {
	p := &tbPrinter{f: f, seen: make(map[*Exception]bool)}
	p.exception(e)
	return p.b.String()
}

// FormatExceptionOnly returns the last line(s) of the report for e: the
// "Type: message" line and its notes (traceback.format_exception_only).
func FormatExceptionOnly(f *Fiber, e *Exception) string {
	p := &tbPrinter{f: f, seen: make(map[*Exception]bool)}
	p.message(e)
	p.notes(e)
	return p.b.String()
}

// FormatTraceback returns the "  File ..." lines for entries (no header).
func FormatTraceback(entries []TraceEntry) string {
	p := &tbPrinter{}
	p.entries(entries)
	return p.b.String()
}

// ExceptionTypeName is the exception's class name as the report shows it:
// qualified by its module unless that is builtins or __main__.
func ExceptionTypeName(c *Class) string {
	if c.Module != "builtins" && c.Module != "__main__" && c.Module != "" {
		return c.Module + "." + c.QualName
	}
	return c.QualName
}

type tbPrinter struct {
	f         *Fiber
	b         strings.Builder
	seen      map[*Exception]bool
	depth     int // exception group nesting
	needClose bool
}

// margin writes the indentation and "| " of the current group depth.
func (p *tbPrinter) margin() {
	p.marginWith("| ")
}

func (p *tbPrinter) marginWith(m string) {
	if p.depth == 0 {
		return
	}
	p.b.WriteString(strings.Repeat(" ", 2*p.depth))
	p.b.WriteString(m)
}

func (p *tbPrinter) exception(e *Exception) {
	p.chain(e)
	switch {
	case !e.Class.IsSubclass(BaseExceptionGroup) || len(e.Exceptions) == 0:
		p.single(e)
	case p.depth > maxGroupDepth:
		p.margin()
		p.b.WriteString("... (max_group_depth is " + strconv.Itoa(maxGroupDepth) + ")\n")
	default:
		p.group(e)
	}
}

// chain prints the cause or context of e (recursively) and the message
// joining it to e.
func (p *tbPrinter) chain(e *Exception) {
	p.seen[e] = true
	var next *Exception
	var msg string
	if e.Cause != nil {
		next, msg = e.Cause, causeMessage
	} else if !e.SuppressContext && e.Context != nil {
		next, msg = e.Context, contextMessage
	}
	if next == nil || p.seen[next] {
		return
	}
	needClose := p.needClose
	p.exception(next)
	p.needClose = needClose
	p.margin()
	p.b.WriteString("\n")
	p.margin()
	p.b.WriteString(msg)
	p.margin()
	p.b.WriteString("\n")
}

func (p *tbPrinter) single(e *Exception) {
	if len(e.Traceback) > 0 {
		hm := "| "
		header := "Traceback (most recent call last):\n"
		if e.Class.IsSubclass(BaseExceptionGroup) {
			header = "Exception Group Traceback (most recent call last):\n"
			if p.depth == 1 {
				hm = "+ "
			}
		}
		p.marginWith(hm)
		p.b.WriteString(header)
		p.entries(e.Traceback)
	}
	p.message(e)
	p.notes(e)
}

func (p *tbPrinter) group(e *Exception) {
	top := p.depth == 0
	if top {
		p.depth++
	}
	p.single(e)
	n := len(e.Exceptions)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		p.b.WriteString(strings.Repeat(" ", 2*p.depth))
		if i == 0 {
			p.b.WriteString("+-")
		} else {
			p.b.WriteString("  ")
		}
		p.b.WriteString("+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			p.exception(e.Exceptions[i])
		} else {
			rem := len(e.Exceptions) - maxGroupWidth
			p.margin()
			p.b.WriteString("and " + strconv.Itoa(rem) + " more exception")
			if rem > 1 {
				p.b.WriteString("s")
			}
			p.b.WriteString("\n")
		}
		if last && p.needClose {
			p.b.WriteString(strings.Repeat(" ", 2*p.depth))
			p.b.WriteString("+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// message writes "Type: str(e)" (just "Type" when str(e) is empty).
func (p *tbPrinter) message(e *Exception) {
	p.margin()
	p.b.WriteString(ExceptionTypeName(e.Class))
	s, err := p.str(e)
	if err != nil {
		p.b.WriteString(": <exception str() failed>")
	} else if s != "" {
		p.b.WriteString(": ")
		p.b.WriteString(s)
	}
	p.b.WriteString("\n")
}

func (p *tbPrinter) str(e *Exception) (string, *Exception) {
	if p.f == nil {
		return e.MessageText(), nil
	}
	return ExceptionStr(p.f, e)
}

func (p *tbPrinter) notes(e *Exception) {
	notes, raw, ok := ExceptionNotes(e)
	if !ok {
		p.margin()
		s := "<__notes__ repr() failed>"
		if p.f != nil {
			if r, err := Repr(p.f, raw); err == nil {
				s = r
			}
		}
		p.b.WriteString(s + "\n")
		return
	}
	for _, n := range notes {
		var s string
		var err *Exception
		if str, ok := n.(Str); ok {
			s = string(str)
		} else if p.f != nil {
			s, err = ToStr(p.f, n)
		} else {
			err = &Exception{}
		}
		if err != nil {
			p.b.WriteString("<note str() failed>\n")
			continue
		}
		for _, line := range splitLinesKeep(s) {
			p.margin()
			p.b.WriteString(line)
		}
		p.b.WriteString("\n")
	}
}

// splitLinesKeep is str.splitlines(keepends=True) for the common line
// boundaries.
func splitLinesKeep(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
		if i < 0 {
			out = append(out, s)
			break
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		end := i + w
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// entries writes the traceback entries, collapsing runs of identical
// ones and keeping only the innermost tbLimit.
func (p *tbPrinter) entries(tb []TraceEntry) {
	if len(tb) > tbLimit {
		tb = tb[len(tb)-tbLimit:]
	}
	var lastFile, lastName string
	lastLine := -1
	count := 0
	for _, t := range tb {
		file, name, line := entryWhere(t)
		if lastLine == -1 || file != lastFile || line != lastLine || name != lastName {
			if count > tbRecursiveCutoff {
				p.repeated(count)
			}
			lastFile, lastLine, lastName = file, line, name
			count = 0
		}
		count++
		if count <= tbRecursiveCutoff {
			p.entry(t, file, name, line)
		}
	}
	if count > tbRecursiveCutoff {
		p.repeated(count)
	}
}

func (p *tbPrinter) repeated(count int) {
	count -= tbRecursiveCutoff
	p.margin()
	p.b.WriteString("  [Previous line repeated " + strconv.Itoa(count) + " more time")
	if count > 1 {
		p.b.WriteString("s")
	}
	p.b.WriteString("]\n")
}

func entryWhere(t TraceEntry) (file, name string, line int) {
	c := t.Code
	if c == nil {
		return "<unknown>", "<unknown>", 0
	}
	file = "<unknown>"
	if c.File != nil {
		file = c.File.Name
	}
	return file, c.Name, c.Line(t.PC)
}

func (p *tbPrinter) entry(t TraceEntry, file, name string, lineno int) {
	p.margin()
	p.b.WriteString("  File \"" + file + "\", line " + strconv.Itoa(lineno) + ", in " + name + "\n")
	c := t.Code
	if c == nil || c.File == nil || strings.HasPrefix(c.File.Name, "<") {
		// CPython cannot reread "<stdin>" or "<string>" code: no source line
		return
	}
	line := c.File.Line(lineno)
	// strip the indentation (spaces, tabs and form feeds) as CPython does;
	// trailing whitespace stays.
	indent := 0
	for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f') {
		indent++
	}
	if indent == len(line) {
		return
	}
	p.margin()
	p.b.WriteString("    ")
	p.b.WriteString(line[indent:])
	p.b.WriteString("\n")
	if t.PC < 0 || t.PC >= len(c.Spans) {
		return
	}
	if marks := caretLine(line, c.Spans[t.PC], lineno); marks != "" {
		p.margin()
		p.b.WriteString(marks)
		p.b.WriteString("\n")
	}
}

// caretLine returns the "    ~~~^^^~~~" line for source line `line`
// (with its indentation) and the instruction span sp, or "" when CPython
// prints none (no position, or the mark would cover the whole line).
func caretLine(line string, sp lang.Span, lineno int) string {
	if sp.Start.Line != int32(lineno) || sp.Start.Col < 1 || sp.End.Line < sp.Start.Line || sp.End.Col < 1 {
		return ""
	}
	runes := []rune(line)
	indent := 0
	for indent < len(runes) && (runes[indent] == ' ' || runes[indent] == '\t' || runes[indent] == '\f') {
		indent++
	}
	start := int(sp.Start.Col) - 1
	end := int(sp.End.Col) - 1
	if start > len(runes) {
		return ""
	}
	var a anchors
	haveAnchors := false
	if sp.End.Line == sp.Start.Line {
		if end > len(runes) {
			end = len(runes)
		}
		if end <= start {
			return ""
		}
		a, haveAnchors = extractAnchors(runes[start:end])
	} else {
		// a multi-line expression is marked up to the line's last
		// non-whitespace character
		end = len(runes)
		for end > 0 && isASCIISpace(runes[end-1]) {
			end--
		}
		if end <= start {
			return ""
		}
	}
	if end-start == len(runes)-indent && !haveAnchors {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(repeat(" ", displayWidth(runes[:start])-indent))
	seg := runes[start:end]
	if haveAnchors {
		le, rs := min(a.leftEnd, len(seg)), min(a.rightStart, len(seg))
		l := displayWidth(seg[:le])
		r := displayWidth(seg[:rs])
		total := displayWidth(seg)
		b.WriteString(repeat(a.primary, l))
		b.WriteString(repeat(a.secondary, r-l))
		b.WriteString(repeat(a.primary, total-r))
	} else {
		b.WriteString(repeat("^", displayWidth(seg)))
	}
	return b.String()
}

// repeat is strings.Repeat that treats a negative count as zero.
func repeat(s string, n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(s, n)
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// displayWidth counts columns as CPython's traceback does: East Asian
// wide and fullwidth characters take two.
func displayWidth(rs []rune) int {
	w := 0
	for _, r := range rs {
		if isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// wideRanges are the East Asian Width W and F ranges (unicodedata
// east_asian_width in "WF"), coarsely.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
	{0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
	{0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
	{0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
	{0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
	{0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
	{0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
	{0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
	{0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
	{0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
	{0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
	{0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
	{0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
	{0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
	{0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC},
	{0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
	{0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}

func isWide(r rune) bool {
	if r < 0x1100 {
		return false
	}
	lo, hi := 0, len(wideRanges)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < wideRanges[m][0]:
			hi = m
		case r > wideRanges[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// anchors split a marked segment into primary and secondary ranges:
// [0, leftEnd) and [rightStart, len) use primary, the middle secondary
// (rune indexes into the segment).
type anchors struct {
	leftEnd, rightStart int
	primary, secondary  string
}

// segTok is a token of a source segment re-read for anchors.
type segTok struct {
	kind       byte // 'n' name/keyword, '0' number, 's' string, 'o' operator, '(' open, ')' close
	start, end int  // rune offsets
	text       string
	match      int // for brackets: index of the matching bracket token
	depth      int // bracket depth outside this token
}

// extractAnchors does what CPython's traceback does by re-parsing the
// marked segment: a segment that is a binary operation gets `~` under the
// operands and `^` under the operator; a subscript gets `~` under the
// value and `^` under the brackets. ok is false for anything else.
func extractAnchors(seg []rune) (anchors, bool) {
	toks, ok := segTokens(seg)
	if !ok || len(toks) == 0 {
		return anchors{}, false
	}
	// only a single expression statement is considered
	if toks[0].kind == 'n' && segStmtKeywords[toks[0].text] {
		return anchors{}, false
	}
	opIdx, opLevel := -1, 99
	for i, t := range toks {
		if t.depth != 0 {
			continue
		}
		switch t.kind {
		case 'n':
			if segExprKeywords[t.text] {
				return anchors{}, false
			}
		case 'o':
			lvl, isOp := segBinLevels[t.text]
			if !isOp {
				if t.text == "." || t.text == "~" {
					continue
				}
				return anchors{}, false // comparison, assignment, comma, colon...
			}
			if t.text == "+" || t.text == "-" {
				if i == 0 || !segOperandEnd(toks[i-1]) {
					continue // unary
				}
			} else if i == 0 {
				return anchors{}, false // starred
			}
			if lvl < opLevel || (lvl == opLevel && lvl != 8) {
				opIdx, opLevel = i, lvl
			}
		}
	}
	startsUnary := toks[0].kind == 'o' && (toks[0].text == "-" || toks[0].text == "+" || toks[0].text == "~")
	if opIdx > 0 && opIdx < len(toks)-1 {
		if opLevel == 8 && startsUnary {
			return anchors{}, false
		}
		_, le := segStrip(toks, 0, opIdx-1)
		rs, _ := segStrip(toks, opIdx+1, len(toks)-1)
		leftEnd, rightStart := toks[le].end, toks[rs].start
		for i := leftEnd; i < rightStart; i++ {
			if unicodeSpace(seg[i]) {
				continue
			}
			l, r := i, i+1
			if i+1 < rightStart && !unicodeSpace(seg[i+1]) {
				r++
			}
			if i+1 < rightStart && seg[i] == ')' {
				continue
			}
			return anchors{leftEnd: l, rightStart: r, primary: "~", secondary: "^"}, true
		}
		return anchors{}, false
	}
	if opIdx >= 0 || startsUnary || (toks[0].kind == 'n' && toks[0].text == "await") {
		return anchors{}, false
	}
	// subscript: the segment is a primary ending in a [...] trailer
	last := len(toks) - 1
	if toks[last].kind != ')' || toks[last].text != "]" {
		return anchors{}, false
	}
	lb := toks[last].match
	if lb <= 0 || !segOperandEnd(toks[lb-1]) || lb+1 > last-1 {
		return anchors{}, false
	}
	_, ve := segStrip(toks, 0, lb-1)
	_, se := segStrip(toks, lb+1, last-1)
	left := toks[ve].end
	for left < len(seg) && seg[left] != '[' {
		left++
	}
	right := toks[se].end + 1
	for right < len(seg) && seg[right] != ']' {
		right++
	}
	if right < len(seg) {
		right++
	}
	return anchors{leftEnd: left, rightStart: right, primary: "~", secondary: "^"}, true
}

func unicodeSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

var segBinLevels = map[string]int{
	"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
	"*": 6, "@": 6, "/": 6, "//": 6, "%": 6, "**": 8,
}

var segStmtKeywords = map[string]bool{
	"raise": true, "return": true, "assert": true, "del": true, "pass": true, "import": true,
	"from": true, "global": true, "nonlocal": true, "break": true, "continue": true, "with": true,
	"while": true, "def": true, "class": true, "try": true, "except": true, "finally": true,
	"elif": true, "else": true, "for": true, "if": true, "async": true,
}

var segExprKeywords = map[string]bool{
	"lambda": true, "if": true, "else": true, "or": true, "and": true, "not": true, "in": true,
	"is": true, "for": true, "yield": true, "async": true,
}

// segOperandEnd reports whether t can end an operand (so a following +
// or - is binary and a following [ is a subscript).
func segOperandEnd(t segTok) bool {
	switch t.kind {
	case '0', 's':
		return true
	case ')':
		return true
	case 'n':
		return !segExprKeywords[t.text] && !segStmtKeywords[t.text] && t.text != "await"
	}
	return false
}

// segStrip removes the parentheses enclosing the whole token range
// [i, j] (a parenthesized expression's node excludes them; tuples and
// generator expressions keep theirs) and returns the new range.
func segStrip(toks []segTok, i, j int) (int, int) {
	for i < j && toks[i].kind == '(' && toks[i].text == "(" && toks[i].match == j {
		inner := toks[i].depth + 1
		plain := i+1 <= j-1
		for k := i + 1; k < j && plain; k++ {
			t := toks[k]
			if t.depth == inner && ((t.kind == 'o' && t.text == ",") || (t.kind == 'n' && (t.text == "for" || t.text == "yield"))) {
				plain = false
			}
		}
		if !plain {
			break
		}
		i, j = i+1, j-1
	}
	return i, j
}

var segOps3 = []string{"**=", "//=", ">>=", "<<=", "..."}
var segOps2 = []string{"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="}

// segTokens splits a segment into tokens with bracket depths; ok is false
// when it cannot be a complete expression (unbalanced brackets,
// unterminated strings, stray characters).
func segTokens(seg []rune) ([]segTok, bool) {
	var toks []segTok
	var stack []int
	n := len(seg)
	for i := 0; i < n; {
		c := seg[i]
		switch {
		case unicodeSpace(c):
			i++
			continue
		case c == '\\' && i+1 < n && seg[i+1] == '\n':
			i += 2
			continue
		case c == '#':
			i = n
			continue
		}
		t := segTok{start: i, depth: len(stack)}
		switch {
		case isSegNameStart(c):
			j := i
			for j < n && (isSegNameStart(seg[j]) || (seg[j] >= '0' && seg[j] <= '9')) {
				j++
			}
			if j < n && (seg[j] == '\'' || seg[j] == '"') && j-i <= 2 && isStrPrefix(string(seg[i:j])) {
				end, ok := segString(seg, j)
				if !ok {
					return nil, false
				}
				t.kind, t.end = 's', end
			} else {
				t.kind, t.end, t.text = 'n', j, string(seg[i:j])
			}
		case c == '\'' || c == '"':
			end, ok := segString(seg, i)
			if !ok {
				return nil, false
			}
			t.kind, t.end = 's', end
		case (c >= '0' && c <= '9') || (c == '.' && i+1 < n && seg[i+1] >= '0' && seg[i+1] <= '9'):
			j := i
			hex := c == '0' && i+1 < n && (seg[i+1] == 'x' || seg[i+1] == 'X')
			for j < n {
				d := seg[j]
				if (d >= '0' && d <= '9') || d == '.' || d == '_' || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') {
					j++
					if !hex && (d == 'e' || d == 'E') && j < n && (seg[j] == '+' || seg[j] == '-') {
						j++
					}
					continue
				}
				break
			}
			t.kind, t.end = '0', j
		case c == '(' || c == '[' || c == '{':
			t.kind, t.end, t.text = '(', i+1, string(c)
			stack = append(stack, len(toks))
		case c == ')' || c == ']' || c == '}':
			if len(stack) == 0 {
				return nil, false
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if want := map[rune]string{')': "(", ']': "[", '}': "{"}[c]; toks[o].text != want {
				return nil, false
			}
			t.kind, t.end, t.text, t.depth = ')', i+1, string(c), len(stack)
			t.match = o
			toks[o].match = len(toks)
		default:
			rest := string(seg[i:min(i+3, n)])
			op := ""
			for _, cand := range segOps3 {
				if strings.HasPrefix(rest, cand) {
					op = cand
					break
				}
			}
			if op == "" {
				for _, cand := range segOps2 {
					if strings.HasPrefix(rest, cand) {
						op = cand
						break
					}
				}
			}
			if op == "" {
				if !strings.ContainsRune("+-*/%@&|^~<>=.,:;!", c) {
					return nil, false
				}
				op = string(c)
			}
			t.kind, t.end, t.text = 'o', i+len([]rune(op)), op
		}
		toks = append(toks, t)
		i = t.end
	}
	if len(stack) != 0 {
		return nil, false
	}
	return toks, true
}

func isSegNameStart(c rune) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
}

func isStrPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// segString returns the end of the string literal whose quote is at i.
func segString(seg []rune, i int) (int, bool) {
	q := seg[i]
	n := len(seg)
	triple := i+2 < n && seg[i+1] == q && seg[i+2] == q
	j := i + 1
	if triple {
		j = i + 3
	}
	for j < n {
		switch {
		case seg[j] == '\\':
			j += 2
		case triple && seg[j] == q && j+2 < n && seg[j+1] == q && seg[j+2] == q:
			return j + 3, true
		case !triple && seg[j] == q:
			return j + 1, true
		case !triple && seg[j] == '\n':
			return 0, false
		default:
			j++
		}
	}
	return 0, false
}
