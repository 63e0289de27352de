package sre

// This file defines the parse tree (nodes and sequences, with their
// widths), the flag bits, and Error, the bad-pattern error.

import (
	"fmt"
	"strings"
)

// Flag bits, as CPython's re.RegexFlag.
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256
)

const (
	typeFlags   = FlagASCII | FlagLocale | FlagUnicode
	globalFlags = FlagDebug | FlagTemplate
)

// MaxRepeat is sre's MAXREPEAT: a repeat bound meaning "no upper limit".
const MaxRepeat = 1<<32 - 1

// MaxGroups is sre's MAXGROUPS.
const MaxGroups = 1<<30 - 1

// maxWidth saturates pattern widths (CPython's MAXWIDTH, 1 << 64).
const maxWidth = int64(1) << 62

// ErrKind is the Python exception class an Error stands for.
type ErrKind uint8

const (
	ErrPattern   ErrKind = iota // re.error
	ErrOverflow                 // OverflowError
	ErrValue                    // ValueError
	ErrIndex                    // IndexError
	ErrRecursion                // RecursionError
)

// maxNesting bounds the nesting of groups. CPython's parser recurses
// through two Python frames per group and meets the recursion limit at
// about 495 nested groups when called from module level; the same bound
// here keeps the parser's and compiler's Go recursion shallow.
const maxNesting = 2 * 495

// Error is a bad pattern or template: re.error (or the other Python
// exception Kind names) with CPython's message and position.
type Error struct {
	Kind    ErrKind
	Msg     string // without the position
	Pattern string // the pattern or template; meaningful when Pos >= 0
	Pos     int    // code-point index, -1 when none
}

// Error is the exception's text: "msg at position N", plus the line and
// column when the pattern spans lines.
func (e *Error) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	msg := fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
	if strings.ContainsRune(e.Pattern, '\n') {
		line, col := e.LineCol()
		msg = fmt.Sprintf("%s (line %d, column %d)", msg, line, col)
	}
	return msg
}

// LineCol is the 1-based line and column of Pos.
func (e *Error) LineCol() (line, col int) {
	rs := []rune(e.Pattern)
	line, last := 1, -1
	for i := 0; i < e.Pos && i < len(rs); i++ {
		if rs[i] == '\n' {
			line++
			last = i
		}
	}
	return line, e.Pos - last
}

// op is a node kind (sre's opcodes at the parse stage).
type op uint8

const (
	opLiteral op = iota + 1
	opNotLiteral
	opAny
	opIn
	opAt
	opBranch
	opSubpattern
	opAtomicGroup
	opMaxRepeat
	opMinRepeat
	opPossessiveRepeat
	opGroupref
	opGrouprefExists
	opAssert
	opAssertNot
	opCategory // only inside a set
	opRange    // only inside a set
	opNegate   // only inside a set
)

// atCode is an anchor.
type atCode uint8

const (
	atBeginning atCode = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atUniBoundary // the compiler's Unicode flavours of \b and \B
	atUniNonBoundary
)

// setItem is one member of a character set.
type setItem struct {
	op     op // opLiteral, opRange, opCategory or opNegate
	lo, hi rune
	cat    category
}

// node is one element of a parsed pattern.
type node struct {
	op       op
	c        rune      // opLiteral, opNotLiteral
	set      []setItem // opIn
	at       atCode
	min, max int64 // repeats
	body     *seq  // repeats, subpattern, atomic group, assertions
	group    int   // opSubpattern (0: none), opGroupref, opGrouprefExists
	addFlags int   // opSubpattern
	delFlags int
	alts     []*seq // opBranch
	yes, no  *seq   // opGrouprefExists (no may be nil)
	behind   bool   // assertions: look-behind
}

// seq is a sequence of nodes (CPython's SubPattern).
type seq struct {
	st       *parseState
	items    []*node
	lo, hi   int64
	hasWidth bool
}

func (s *seq) add(n *node) { s.items = append(s.items, n) }

func addW(a, b int64) int64 {
	if a+b > maxWidth {
		return maxWidth
	}
	return a + b
}

func mulW(a, b int64) int64 {
	if a != 0 && b > maxWidth/a {
		return maxWidth
	}
	return a * b
}

// width is the minimum and maximum length the sequence can match.
func (s *seq) width() (int64, int64) {
	if s.hasWidth {
		return s.lo, s.hi
	}
	var lo, hi int64
	for _, n := range s.items {
		switch n.op {
		case opBranch:
			i, j := maxWidth, int64(0)
			for _, a := range n.alts {
				l, h := a.width()
				i = min(i, l)
				j = max(j, h)
			}
			lo, hi = addW(lo, i), addW(hi, j)
		case opAtomicGroup, opSubpattern:
			l, h := n.body.width()
			lo, hi = addW(lo, l), addW(hi, h)
		case opMaxRepeat, opMinRepeat, opPossessiveRepeat:
			l, h := n.body.width()
			lo = addW(lo, mulW(l, n.min))
			if n.max == MaxRepeat && h != 0 {
				hi = maxWidth
			} else {
				hi = addW(hi, mulW(h, n.max))
			}
		case opAny, opIn, opLiteral, opNotLiteral, opCategory:
			lo, hi = addW(lo, 1), addW(hi, 1)
		case opGroupref:
			w := s.st.groupWidths[n.group]
			lo, hi = addW(lo, w.lo), addW(hi, w.hi)
		case opGrouprefExists:
			i, j := n.yes.width()
			if n.no != nil {
				l, h := n.no.width()
				i, j = min(i, l), max(j, h)
			} else {
				i = 0
			}
			lo, hi = addW(lo, i), addW(hi, j)
		}
	}
	s.lo, s.hi, s.hasWidth = lo, hi, true
	return lo, hi
}
