package sre

// This file defines the compiler from the parse tree to the program the
// matcher runs. The program is a flat []int laid out as CPython's
// Lib/re/_compiler.py lays out sre code (an opcode, then its arguments;
// <skip> words give the distance to the instruction after a block), so
// that the matcher can mirror sre_lib.h. Character sets live in a side
// table. CPython's INFO block and literal-prefix search are left out:
// they speed searching up without changing any result.

import "fmt"

// Program opcodes. Layouts (as in sre):
//
//	cLiteral c / cNotLiteral c
//	cLiteralIgnore mode c / cNotLiteralIgnore mode c   (c lowercased)
//	cIn skip set / cInIgnore skip set mode              (tests mode.lower(ch))
//	cAny / cAnyAll / cAt code / cMark i / cSuccess / cFailure
//	cBranch (skip alternative cJump skip)... 0
//	cRepeatOne|cMinRepeatOne|cPossRepeatOne skip min max item cSuccess tail
//	cRepeat skip min max body cMaxUntil|cMinUntil tail
//	cPossRepeat skip min max body cSuccess tail
//	cAtomic skip body cSuccess tail
//	cAssert|cAssertNot skip back body cSuccess tail
//	cGroupref g / cGrouprefIgnore mode g / cGrouprefExists g skip yes [cJump skip no]
const (
	cFailure = iota
	cSuccess
	cAny
	cAnyAll
	cAssert
	cAssertNot
	cAt
	cBranch
	cGroupref
	cGrouprefIgnore
	cGrouprefExists
	cIn
	cInIgnore
	cJump
	cLiteral
	cNotLiteral
	cLiteralIgnore
	cNotLiteralIgnore
	cMark
	cMaxUntil
	cMinUntil
	cRepeat
	cRepeatOne
	cMinRepeatOne
	cPossRepeatOne
	cPossRepeat
	cAtomic
)

// charSet is a compiled character set: ch is a member when it is in bmp
// (lowercased BMP members of an IGNORECASE set) or matches an item; the
// set matches members, or non-members when negate is set.
type charSet struct {
	items  []setItem
	bmp    []uint64 // 65536 bits, or nil
	negate bool
}

// opRangeUniIgnore is a set item for an IGNORECASE range beyond the BMP:
// it holds ch (already lowercased) or its uppercase.
const opRangeUniIgnore = opNegate + 1

func (cs *charSet) has(ch rune) bool {
	if cs.bmp != nil && ch < 0x10000 && cs.bmp[ch>>6]&(1<<(uint(ch)&63)) != 0 {
		return !cs.negate
	}
	for _, it := range cs.items {
		switch it.op {
		case opLiteral:
			if ch == it.lo {
				return !cs.negate
			}
		case opRange:
			if it.lo <= ch && ch <= it.hi {
				return !cs.negate
			}
		case opRangeUniIgnore:
			if it.lo <= ch && ch <= it.hi {
				return !cs.negate
			}
			if u := upperUni(ch); it.lo <= u && u <= it.hi {
				return !cs.negate
			}
		case opCategory:
			if it.cat.has(ch) {
				return !cs.negate
			}
		}
	}
	return cs.negate
}

// Program is a compiled pattern.
type Program struct {
	Pattern    string
	Flags      int            // with the inline global flags and UNICODE
	Groups     int            // capturing groups
	GroupIndex map[string]int // group name -> number
	GroupNames []string       // names in definition order
	code       []int
	sets       []*charSet
}

// GroupName is the name of group g ("" when unnamed).
func (p *Program) GroupName(g int) string {
	for _, n := range p.GroupNames {
		if p.GroupIndex[n] == g {
			return n
		}
	}
	return ""
}

type compiler struct {
	code []int
	sets []*charSet
}

func (c *compiler) emit(v ...int) { c.code = append(c.code, v...) }

// hole emits a placeholder skip word and returns its position.
func (c *compiler) hole() int {
	c.code = append(c.code, 0)
	return len(c.code) - 1
}

// fill sets the skip word at pos to reach the end of the code plus extra.
func (c *compiler) fill(pos, extra int) { c.code[pos] = len(c.code) - pos + extra }

func combineFlags(flags, add, del int) int {
	if add&typeFlags != 0 {
		flags &^= typeFlags
	}
	return (flags | add) &^ del
}

func modeOf(flags int) caseMode {
	if flags&FlagIgnoreCase == 0 {
		return caseExact
	}
	if flags&FlagUnicode != 0 {
		return caseUni
	}
	return caseASCII
}

// isSimple reports whether a repeated body is one character wide (sre's
// _simple), so the single-character repeat opcodes apply.
func isSimple(s *seq) bool {
	if len(s.items) != 1 {
		return false
	}
	n := s.items[0]
	if n.op == opSubpattern {
		return n.group == 0 && isSimple(n.body)
	}
	return n.op == opLiteral || n.op == opNotLiteral || n.op == opAny || n.op == opIn
}

var repeatNames = map[op]string{opMaxRepeat: "MAX_REPEAT", opMinRepeat: "MIN_REPEAT", opPossessiveRepeat: "POSSESSIVE_REPEAT"}

func (c *compiler) compile(s *seq, flags int) *Error {
	mode := modeOf(flags)
	for _, n := range s.items {
		switch n.op {
		case opLiteral, opNotLiteral:
			c.literal(n.op == opNotLiteral, n.c, mode)
		case opIn:
			c.set(n.set, flags)
		case opAny:
			if flags&FlagDotAll != 0 {
				c.emit(cAnyAll)
			} else {
				c.emit(cAny)
			}
		case opMaxRepeat, opMinRepeat, opPossessiveRepeat:
			if flags&FlagTemplate != 0 {
				return &Error{Msg: "internal: unsupported template operator " + repeatNames[n.op], Pos: -1}
			}
			simple := isSimple(n.body)
			var opc, until int
			switch {
			case simple && n.op == opMaxRepeat:
				opc, until = cRepeatOne, cSuccess
			case simple && n.op == opMinRepeat:
				opc, until = cMinRepeatOne, cSuccess
			case simple:
				opc, until = cPossRepeatOne, cSuccess
			case n.op == opMaxRepeat:
				opc, until = cRepeat, cMaxUntil
			case n.op == opMinRepeat:
				opc, until = cRepeat, cMinUntil
			default:
				opc, until = cPossRepeat, cSuccess
			}
			c.emit(opc)
			skip := c.hole()
			c.emit(int(n.min), int(n.max))
			if err := c.compile(n.body, flags); err != nil {
				return err
			}
			if simple {
				c.emit(until)
				c.fill(skip, 0)
			} else {
				c.fill(skip, 0)
				c.emit(until)
			}
		case opSubpattern:
			if n.group != 0 {
				c.emit(cMark, (n.group-1)*2)
			}
			if err := c.compile(n.body, combineFlags(flags, n.addFlags, n.delFlags)); err != nil {
				return err
			}
			if n.group != 0 {
				c.emit(cMark, (n.group-1)*2+1)
			}
		case opAtomicGroup:
			c.emit(cAtomic)
			skip := c.hole()
			if err := c.compile(n.body, flags); err != nil {
				return err
			}
			c.emit(cSuccess)
			c.fill(skip, 0)
		case opAssert, opAssertNot:
			if n.op == opAssert {
				c.emit(cAssert)
			} else {
				c.emit(cAssertNot)
			}
			skip := c.hole()
			back := int64(0)
			if n.behind {
				lo, hi := n.body.width()
				if lo > MaxRepeat {
					return &Error{Msg: "looks too much behind", Pos: -1}
				}
				if lo != hi {
					return &Error{Msg: "look-behind requires fixed-width pattern", Pos: -1}
				}
				back = lo
			}
			c.emit(int(back))
			if err := c.compile(n.body, flags); err != nil {
				return err
			}
			c.emit(cSuccess)
			c.fill(skip, 0)
		case opAt:
			at := n.at
			if flags&FlagMultiline != 0 {
				switch at {
				case atBeginning:
					at = atBeginningLine
				case atEnd:
					at = atEndLine
				}
			}
			if flags&FlagUnicode != 0 {
				switch at {
				case atBoundary:
					at = atUniBoundary
				case atNonBoundary:
					at = atUniNonBoundary
				}
			}
			c.emit(cAt, int(at))
		case opBranch:
			c.emit(cBranch)
			var tails []int
			for _, alt := range n.alts {
				skip := c.hole()
				if err := c.compile(alt, flags); err != nil {
					return err
				}
				c.emit(cJump)
				tails = append(tails, c.hole())
				c.fill(skip, 0)
			}
			c.emit(cFailure)
			for _, t := range tails {
				c.fill(t, 0)
			}
		case opGroupref:
			if mode == caseExact {
				c.emit(cGroupref, n.group-1)
			} else {
				c.emit(cGrouprefIgnore, int(mode), n.group-1)
			}
		case opGrouprefExists:
			c.emit(cGrouprefExists, n.group-1)
			skipYes := c.hole()
			if err := c.compile(n.yes, flags); err != nil {
				return err
			}
			if n.no != nil {
				c.emit(cJump)
				skipNo := c.hole()
				c.fill(skipYes, 1)
				if err := c.compile(n.no, flags); err != nil {
					return err
				}
				c.fill(skipNo, 0)
			} else {
				c.fill(skipYes, 1)
			}
		default:
			return &Error{Msg: fmt.Sprintf("internal: unsupported operand type %d", n.op), Pos: -1}
		}
	}
	return nil
}

func (c *compiler) literal(not bool, ch rune, mode caseMode) {
	if mode == caseExact || !mode.isCased(ch) {
		if not {
			c.emit(cNotLiteral, int(ch))
		} else {
			c.emit(cLiteral, int(ch))
		}
		return
	}
	lo := mode.lower(ch)
	if fix, ok := extraCases[lo]; ok && mode == caseUni {
		cs := &charSet{negate: not, items: []setItem{{op: opLiteral, lo: lo}}}
		for _, k := range fix {
			cs.items = append(cs.items, setItem{op: opLiteral, lo: k})
		}
		c.sets = append(c.sets, cs)
		c.emit(cInIgnore, 3, len(c.sets)-1, int(mode))
		return
	}
	if not {
		c.emit(cNotLiteralIgnore, int(mode), int(lo))
	} else {
		c.emit(cLiteralIgnore, int(mode), int(lo))
	}
}

// set compiles a character set. Under IGNORECASE the BMP members are
// stored lowercased (with their extra cases) and ch is lowercased before
// the test, as CPython's _optimize_charset arranges; a set without any
// cased member is tested as is.
func (c *compiler) set(items []setItem, flags int) {
	mode := modeOf(flags)
	cs := &charSet{}
	hasCased := false
	for _, it := range items {
		switch it.op {
		case opNegate:
			cs.negate = true
			continue
		case opCategory:
			if flags&FlagUnicode != 0 {
				it.cat = uniCategory(it.cat)
			}
			cs.items = append(cs.items, it)
			continue
		}
		if mode == caseExact {
			cs.items = append(cs.items, it)
			continue
		}
		if cs.bmp == nil {
			cs.bmp = make([]uint64, 1024)
		}
		hi := it.lo
		if it.op == opRange {
			hi = it.hi
		}
		for r := it.lo; r <= hi && r < 0x10000; r++ {
			l := mode.lower(r)
			if l >= 0x10000 {
				break
			}
			cs.bmp[l>>6] |= 1 << (uint(l) & 63)
			if mode == caseUni {
				for _, k := range extraCases[l] {
					cs.bmp[k>>6] |= 1 << (uint(k) & 63)
				}
			}
			if !hasCased && mode.isCased(r) {
				hasCased = true
			}
		}
		if hi >= 0x10000 {
			// beyond the BMP: CPython keeps the item (a range tests ch
			// and its uppercase) and counts the set as cased
			hasCased = true
			if it.op == opRange {
				it.op = opRangeUniIgnore
			}
			cs.items = append(cs.items, it)
		}
	}
	c.sets = append(c.sets, cs)
	if mode != caseExact && hasCased {
		c.emit(cInIgnore, 3, len(c.sets)-1, int(mode))
		return
	}
	if mode != caseExact {
		// no cased member: test ch itself against the original members
		cs.bmp = nil
		cs.items = cs.items[:0]
		for _, it := range items {
			switch it.op {
			case opNegate:
			case opCategory:
				if flags&FlagUnicode != 0 {
					it.cat = uniCategory(it.cat)
				}
				cs.items = append(cs.items, it)
			default:
				cs.items = append(cs.items, it)
			}
		}
	}
	c.emit(cIn, 2, len(c.sets)-1)
}

// Compile parses and compiles pattern.
func Compile(pattern string, flags int) (*Program, *Error) {
	p, st, err := parse(pattern, flags)
	if err != nil {
		return nil, err
	}
	flags |= st.flags
	c := &compiler{}
	if err := c.compile(p, flags); err != nil {
		return nil, err
	}
	c.emit(cSuccess)
	gi := make(map[string]int, len(st.groupNames))
	for _, n := range st.groupNames {
		gi[n] = st.groupDict[n]
	}
	return &Program{Pattern: pattern, Flags: flags, Groups: st.groups() - 1, GroupIndex: gi,
		GroupNames: st.groupNames, code: c.code, sets: c.sets}, nil
}
