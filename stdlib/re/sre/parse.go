package sre

// This file defines the pattern parser: it turns a pattern string into a
// tree of nodes, following CPython's Lib/re/_parser.py step for step so
// that the same patterns are accepted and bad ones fail with the same
// message at the same position.
//
// Departures: \N{name} escapes are rejected as "undefined character
// name" (there is no Unicode name table here), and the FutureWarning /
// DeprecationWarning CPython prints for doubtful patterns are not issued.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type groupWidth struct {
	lo, hi int64
	closed bool
}

// parseState is CPython's _parser.State.
type parseState struct {
	flags            int
	groupNames       []string // in definition order
	groupDict        map[string]int
	groupWidths      []groupWidth // index 0 is the whole match
	lookbehindGroups int          // -1: not inside a look-behind
	grouprefPos      map[int]int
	grouprefOrder    []int
}

func (st *parseState) groups() int { return len(st.groupWidths) }

func (st *parseState) openGroup(name string, named bool) (int, string) {
	gid := st.groups()
	st.groupWidths = append(st.groupWidths, groupWidth{})
	if st.groups() > MaxGroups {
		return 0, "too many groups"
	}
	if named {
		if ogid, ok := st.groupDict[name]; ok {
			return 0, fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyRepr(name), gid, ogid)
		}
		st.groupDict[name] = gid
		st.groupNames = append(st.groupNames, name)
	}
	return gid, ""
}

func (st *parseState) closeGroup(gid int, p *seq) {
	lo, hi := p.width()
	st.groupWidths[gid] = groupWidth{lo, hi, true}
}

func (st *parseState) checkGroup(gid int) bool {
	return gid < st.groups() && st.groupWidths[gid].closed
}

func (st *parseState) checkLookbehindGroup(gid int, src *tokenizer) *Error {
	if st.lookbehindGroups >= 0 {
		if !st.checkGroup(gid) {
			return src.error("cannot refer to an open group", 0)
		}
		if gid >= st.lookbehindGroups {
			return src.error("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
	return nil
}

var escapes = map[string]rune{
	`\a`: '\a', `\b`: '\b', `\f`: '\f', `\n`: '\n', `\r`: '\r', `\t`: '\t', `\v`: '\v', `\\`: '\\',
}

var categoryEscapes = map[string]category{
	`\d`: catDigit, `\D`: catNotDigit, `\s`: catSpace, `\S`: catNotSpace, `\w`: catWord, `\W`: catNotWord,
}

var atEscapes = map[string]atCode{
	`\A`: atBeginningString, `\b`: atBoundary, `\B`: atNonBoundary, `\Z`: atEndString,
}

// flagLetters maps the inline flag letters to flags.
var flagLetters = map[string]int{
	"i": FlagIgnoreCase, "L": FlagLocale, "m": FlagMultiline, "s": FlagDotAll,
	"x": FlagVerbose, "a": FlagASCII, "t": FlagTemplate, "u": FlagUnicode,
}

// numericEscape handles \x, \u and \U (shared by both escape contexts);
// ok is false when escape is not one of them.
func numericEscape(src *tokenizer, escape string) (r rune, ok bool, err *Error) {
	var n int
	switch escape[1] {
	case 'x':
		n = 2
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		return 0, false, nil
	}
	digits, err := src.getWhile(n, isHexTok)
	if err != nil {
		return 0, true, err
	}
	escape += digits
	if len(digits) != n {
		return 0, true, src.error("incomplete escape "+escape, len(escape))
	}
	v, _ := strconv.ParseUint(digits, 16, 32)
	if v > unicode.MaxRune {
		return 0, true, src.error("bad escape "+escape, len(escape))
	}
	return rune(v), true, nil
}

func namedEscape(src *tokenizer) *Error {
	ok, err := src.match("{")
	if err != nil {
		return err
	}
	if !ok {
		return src.error("missing {", 0)
	}
	name, err := src.getUntil("}", "character name")
	if err != nil {
		return err
	}
	return src.error("undefined character name "+pyRepr(name), runeLen(name)+len(`\N{}`))
}

// classEscape handles an escape inside a character set.
func classEscape(src *tokenizer, escape string) (setItem, *Error) {
	if c, ok := escapes[escape]; ok {
		return setItem{op: opLiteral, lo: c}, nil
	}
	if c, ok := categoryEscapes[escape]; ok {
		return setItem{op: opCategory, cat: c}, nil
	}
	if r, ok, err := numericEscape(src, escape); ok {
		return setItem{op: opLiteral, lo: r}, err
	}
	c := []rune(escape)[1]
	switch {
	case c == 'N':
		return setItem{}, namedEscape(src)
	case c >= '0' && c <= '7':
		digits, err := src.getWhile(2, isOctTok)
		if err != nil {
			return setItem{}, err
		}
		escape += digits
		v, _ := strconv.ParseInt(escape[1:], 8, 32)
		if v > 0o377 {
			return setItem{}, src.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", escape), runeLen(escape))
		}
		return setItem{op: opLiteral, lo: rune(v)}, nil
	case c == '8' || c == '9':
	default:
		if isASCIILetter(string(c)) {
			return setItem{}, src.error("bad escape "+escape, runeLen(escape))
		}
		return setItem{op: opLiteral, lo: c}, nil
	}
	return setItem{}, src.error("bad escape "+escape, runeLen(escape))
}

// escape handles an escape outside a character set.
func parseEscape(src *tokenizer, escape string, st *parseState) (*node, *Error) {
	if a, ok := atEscapes[escape]; ok {
		return &node{op: opAt, at: a}, nil
	}
	if c, ok := categoryEscapes[escape]; ok {
		return &node{op: opIn, set: []setItem{{op: opCategory, cat: c}}}, nil
	}
	if c, ok := escapes[escape]; ok {
		return &node{op: opLiteral, c: c}, nil
	}
	if r, ok, err := numericEscape(src, escape); ok {
		return &node{op: opLiteral, c: r}, err
	}
	c := []rune(escape)[1]
	switch {
	case c == 'N':
		return nil, namedEscape(src)
	case c == '0':
		digits, err := src.getWhile(2, isOctTok)
		if err != nil {
			return nil, err
		}
		v, _ := strconv.ParseInt("0"+digits, 8, 32)
		return &node{op: opLiteral, c: rune(v)}, nil
	case c >= '1' && c <= '9':
		// octal escape *or* decimal group reference
		if isDigitTok(src.next) {
			d, err := src.get()
			if err != nil {
				return nil, err
			}
			escape += d
			if escape[1] <= '7' && escape[2] <= '7' && isOctTok(src.next) {
				d, err := src.get()
				if err != nil {
					return nil, err
				}
				escape += d
				v, _ := strconv.ParseInt(escape[1:], 8, 32)
				if v > 0o377 {
					return nil, src.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", escape), len(escape))
				}
				return &node{op: opLiteral, c: rune(v)}, nil
			}
		}
		group, _ := strconv.Atoi(escape[1:])
		if group < st.groups() {
			if !st.checkGroup(group) {
				return nil, src.error("cannot refer to an open group", len(escape))
			}
			if err := st.checkLookbehindGroup(group, src); err != nil {
				return nil, err
			}
			return &node{op: opGroupref, group: group}, nil
		}
		return nil, src.error(fmt.Sprintf("invalid group reference %d", group), len(escape)-1)
	default:
		if isASCIILetter(string(c)) {
			return nil, src.error("bad escape "+escape, runeLen(escape))
		}
		return &node{op: opLiteral, c: c}, nil
	}
}

func setEqual(a, b []setItem) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sameNode is Python's == on two (op, av) tuples: sub-patterns compare by
// identity, so only the simple nodes can be equal.
func sameNode(a, b *node) bool {
	if a == b {
		return true
	}
	if a.op != b.op {
		return false
	}
	switch a.op {
	case opLiteral, opNotLiteral:
		return a.c == b.c
	case opAny:
		return true
	case opAt:
		return a.at == b.at
	case opGroupref:
		return a.group == b.group
	case opIn:
		return setEqual(a.set, b.set)
	}
	return false
}

func uniqSet(items []setItem) []setItem {
	var out []setItem
	for _, it := range items {
		dup := false
		for _, o := range out {
			if o == it {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}

// parseSub parses an alternation a|b|c.
func parseSub(src *tokenizer, st *parseState, verbose bool, nested int) (*seq, *Error) {
	if nested > maxNesting {
		return nil, &Error{Kind: ErrRecursion, Msg: "maximum recursion depth exceeded", Pos: -1}
	}
	var items []*seq
	for {
		p, err := parseSeq(src, st, verbose, nested+1, nested == 0 && len(items) == 0)
		if err != nil {
			return nil, err
		}
		items = append(items, p)
		ok, err := src.match("|")
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if nested == 0 {
			verbose = st.flags&FlagVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0], nil
	}
	sub := &seq{st: st}
	// move a common prefix out of the branches
	for {
		var prefix *node
		common := true
		for _, it := range items {
			if len(it.items) == 0 {
				common = false
				break
			}
			if prefix == nil {
				prefix = it.items[0]
			} else if !sameNode(it.items[0], prefix) {
				common = false
				break
			}
		}
		if !common {
			break
		}
		for _, it := range items {
			it.items = it.items[1:]
		}
		sub.add(prefix)
	}
	// a branch of single characters is a set
	var set []setItem
	isSet := true
	for _, it := range items {
		if len(it.items) != 1 {
			isSet = false
			break
		}
		n := it.items[0]
		if n.op == opLiteral {
			set = append(set, setItem{op: opLiteral, lo: n.c})
		} else if n.op == opIn && n.set[0].op != opNegate {
			set = append(set, n.set...)
		} else {
			isSet = false
			break
		}
	}
	if isSet {
		sub.add(&node{op: opIn, set: uniqSet(set)})
		return sub, nil
	}
	sub.add(&node{op: opBranch, alts: items})
	return sub, nil
}

func isWhitespaceTok(s string) bool {
	return len(s) == 1 && strings.ContainsRune(" \t\n\r\v\f", rune(s[0]))
}

const specialChars = ".\\[{()*+?^$|"

// parseSeq parses a sequence without top-level alternation (CPython's
// _parse).
func parseSeq(src *tokenizer, st *parseState, verbose bool, nested int, first bool) (*seq, *Error) {
	sub := &seq{st: st}
	for {
		this := src.next
		if this == "" || this == "|" || this == ")" {
			break
		}
		if err := src.advance(); err != nil {
			return nil, err
		}
		if verbose {
			if isWhitespaceTok(this) {
				continue
			}
			if this == "#" {
				for {
					t, err := src.get()
					if err != nil {
						return nil, err
					}
					if t == "" || t == "\n" {
						break
					}
				}
				continue
			}
		}
		switch {
		case this[0] == '\\':
			n, err := parseEscape(src, this, st)
			if err != nil {
				return nil, err
			}
			sub.add(n)
		case !strings.Contains(specialChars, this):
			sub.add(&node{op: opLiteral, c: []rune(this)[0]})
		case this == "[":
			n, err := parseSet(src)
			if err != nil {
				return nil, err
			}
			sub.add(n)
		case strings.Contains("*+?{", this):
			if err := parseRepeat(src, sub, this); err != nil {
				return nil, err
			}
		case this == ".":
			sub.add(&node{op: opAny})
		case this == "(":
			n, global, err := parseGroup(src, st, sub, verbose, nested, first)
			if err != nil {
				return nil, err
			}
			if global {
				verbose = st.flags&FlagVerbose != 0
			}
			if n != nil {
				sub.add(n)
			}
		case this == "^":
			sub.add(&node{op: opAt, at: atBeginning})
		case this == "$":
			sub.add(&node{op: opAt, at: atEnd})
		}
	}
	// unpack non-capturing groups
	for i := len(sub.items) - 1; i >= 0; i-- {
		n := sub.items[i]
		if n.op == opSubpattern && n.group == 0 && n.addFlags == 0 && n.delFlags == 0 {
			rest := append([]*node{}, sub.items[i+1:]...)
			sub.items = append(append(sub.items[:i], n.body.items...), rest...)
		}
	}
	return sub, nil
}

func parseSet(src *tokenizer) (*node, *Error) {
	here := src.tell() - 1
	var set []setItem
	negate, err := src.match("^")
	if err != nil {
		return nil, err
	}
	for {
		this, err := src.get()
		if err != nil {
			return nil, err
		}
		if this == "" {
			return nil, src.error("unterminated character set", src.tell()-here)
		}
		if this == "]" && len(set) > 0 {
			break
		}
		var code1 setItem
		if this[0] == '\\' {
			if code1, err = classEscape(src, this); err != nil {
				return nil, err
			}
		} else {
			code1 = setItem{op: opLiteral, lo: []rune(this)[0]}
		}
		isRange, err := src.match("-")
		if err != nil {
			return nil, err
		}
		if !isRange {
			set = append(set, code1)
			continue
		}
		that, err := src.get()
		if err != nil {
			return nil, err
		}
		if that == "" {
			return nil, src.error("unterminated character set", src.tell()-here)
		}
		if that == "]" {
			set = append(set, code1, setItem{op: opLiteral, lo: '-'})
			break
		}
		var code2 setItem
		if that[0] == '\\' {
			if code2, err = classEscape(src, that); err != nil {
				return nil, err
			}
		} else {
			code2 = setItem{op: opLiteral, lo: []rune(that)[0]}
		}
		if code1.op != opLiteral || code2.op != opLiteral || code2.lo < code1.lo {
			msg := fmt.Sprintf("bad character range %s-%s", this, that)
			return nil, src.error(msg, runeLen(this)+1+runeLen(that))
		}
		set = append(set, setItem{op: opRange, lo: code1.lo, hi: code2.lo})
	}
	set = uniqSet(set)
	if len(set) == 1 && set[0].op == opLiteral {
		if negate {
			return &node{op: opNotLiteral, c: set[0].lo}, nil
		}
		return &node{op: opLiteral, c: set[0].lo}, nil
	}
	if negate {
		set = append([]setItem{{op: opNegate}}, set...)
	}
	return &node{op: opIn, set: set}, nil
}

func isRepeat(o op) bool { return o == opMaxRepeat || o == opMinRepeat || o == opPossessiveRepeat }

// parseRepeat turns the last item of sub into a repeat; this is the
// quantifier token just read.
func parseRepeat(src *tokenizer, sub *seq, this string) *Error {
	here := src.tell()
	var lo, hi int64
	switch this {
	case "?":
		lo, hi = 0, 1
	case "*":
		lo, hi = 0, MaxRepeat
	case "+":
		lo, hi = 1, MaxRepeat
	case "{":
		if src.next == "}" {
			sub.add(&node{op: opLiteral, c: '{'})
			return nil
		}
		lo, hi = 0, MaxRepeat
		var los, his string
		for isDigitTok(src.next) {
			d, err := src.get()
			if err != nil {
				return err
			}
			los += d
		}
		comma, err := src.match(",")
		if err != nil {
			return err
		}
		if comma {
			for isDigitTok(src.next) {
				d, err := src.get()
				if err != nil {
					return err
				}
				his += d
			}
		} else {
			his = los
		}
		closed, err := src.match("}")
		if err != nil {
			return err
		}
		if !closed {
			sub.add(&node{op: opLiteral, c: '{'})
			return src.seek(here)
		}
		if los != "" {
			v, err := strconv.ParseInt(los, 10, 64)
			if err != nil || v >= MaxRepeat {
				return &Error{Kind: ErrOverflow, Msg: "the repetition number is too large", Pos: -1}
			}
			lo = v
		}
		if his != "" {
			v, err := strconv.ParseInt(his, 10, 64)
			if err != nil || v >= MaxRepeat {
				return &Error{Kind: ErrOverflow, Msg: "the repetition number is too large", Pos: -1}
			}
			hi = v
			if hi < lo {
				return src.error("min repeat greater than max repeat", src.tell()-here)
			}
		}
	}
	var item *node
	if len(sub.items) > 0 {
		item = sub.items[len(sub.items)-1]
	}
	if item == nil || item.op == opAt {
		return src.error("nothing to repeat", src.tell()-here+len(this))
	}
	if isRepeat(item.op) {
		return src.error("multiple repeat", src.tell()-here+len(this))
	}
	body := &seq{st: sub.st, items: []*node{item}}
	if item.op == opSubpattern && item.group == 0 && item.addFlags == 0 && item.delFlags == 0 {
		body = item.body
	}
	kind := opMaxRepeat
	if ok, err := src.match("?"); err != nil {
		return err
	} else if ok {
		kind = opMinRepeat
	} else if ok, err := src.match("+"); err != nil {
		return err
	} else if ok {
		kind = opPossessiveRepeat
	}
	sub.items[len(sub.items)-1] = &node{op: kind, min: lo, max: hi, body: body}
	return nil
}

// parseGroup parses what follows "(": a group, an extension, or inline
// flags (then it returns a nil node).
func parseGroup(src *tokenizer, st *parseState, sub *seq, verbose bool, nested int, first bool) (*node, bool, *Error) {
	start := src.tell() - 1
	capture, atomic := true, false
	name, named := "", false
	addFlags, delFlags := 0, 0
	unterminated := func() *Error { return src.error("missing ), unterminated subpattern", src.tell()-start) }
	q, err := src.match("?")
	if err != nil {
		return nil, false, err
	}
	if q {
		char, err := src.get()
		if err != nil {
			return nil, false, err
		}
		switch {
		case char == "":
			return nil, false, src.error("unexpected end of pattern", 0)
		case char == "P":
			if ok, err := src.match("<"); err != nil {
				return nil, false, err
			} else if ok {
				if name, err = src.getUntil(">", "group name"); err != nil {
					return nil, false, err
				}
				if err := src.checkGroupName(name, 1); err != nil {
					return nil, false, err
				}
				named = true
			} else if ok, err := src.match("="); err != nil {
				return nil, false, err
			} else if ok {
				name, err := src.getUntil(")", "group name")
				if err != nil {
					return nil, false, err
				}
				if err := src.checkGroupName(name, 1); err != nil {
					return nil, false, err
				}
				gid, ok := st.groupDict[name]
				if !ok {
					return nil, false, src.error("unknown group name "+pyRepr(name), runeLen(name)+1)
				}
				if !st.checkGroup(gid) {
					return nil, false, src.error("cannot refer to an open group", runeLen(name)+1)
				}
				if err := st.checkLookbehindGroup(gid, src); err != nil {
					return nil, false, err
				}
				return &node{op: opGroupref, group: gid}, false, nil
			} else {
				char, err := src.get()
				if err != nil {
					return nil, false, err
				}
				if char == "" {
					return nil, false, src.error("unexpected end of pattern", 0)
				}
				return nil, false, src.error("unknown extension ?P"+char, runeLen(char)+2)
			}
		case char == ":":
			capture = false
		case char == "#":
			for {
				if src.next == "" {
					return nil, false, src.error("missing ), unterminated comment", src.tell()-start)
				}
				t, err := src.get()
				if err != nil {
					return nil, false, err
				}
				if t == ")" {
					break
				}
			}
			return nil, false, nil
		case char == "=" || char == "!" || char == "<":
			behind := false
			saved := st.lookbehindGroups
			if char == "<" {
				if char, err = src.get(); err != nil {
					return nil, false, err
				}
				if char == "" {
					return nil, false, src.error("unexpected end of pattern", 0)
				}
				if char != "=" && char != "!" {
					return nil, false, src.error("unknown extension ?<"+char, runeLen(char)+2)
				}
				behind = true
				if saved < 0 {
					st.lookbehindGroups = st.groups()
				}
			}
			p, err := parseSub(src, st, verbose, nested+1)
			if err != nil {
				return nil, false, err
			}
			if behind && saved < 0 {
				st.lookbehindGroups = -1
			}
			if ok, err := src.match(")"); err != nil {
				return nil, false, err
			} else if !ok {
				return nil, false, unterminated()
			}
			kind := opAssert
			if char == "!" {
				kind = opAssertNot
			}
			return &node{op: kind, body: p, behind: behind}, false, nil
		case char == "(":
			n, err := parseConditional(src, st, verbose, nested, start)
			return n, false, err
		case char == ">":
			capture, atomic = false, true
		case flagLetters[char] != 0 || char == "-":
			add, del, global, err := parseFlags(src, st, char)
			if err != nil {
				return nil, false, err
			}
			if global {
				if !first || len(sub.items) > 0 {
					return nil, false, src.error("global flags not at the start of the expression", src.tell()-start)
				}
				return nil, true, nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			return nil, false, src.error("unknown extension ?"+char, runeLen(char)+1)
		}
	}
	group := 0
	if capture {
		gid, msg := st.openGroup(name, named)
		if msg != "" {
			return nil, false, src.error(msg, runeLen(name)+1)
		}
		group = gid
	}
	subVerbose := (verbose || addFlags&FlagVerbose != 0) && delFlags&FlagVerbose == 0
	p, err := parseSub(src, st, subVerbose, nested+1)
	if err != nil {
		return nil, false, err
	}
	if ok, err := src.match(")"); err != nil {
		return nil, false, err
	} else if !ok {
		return nil, false, unterminated()
	}
	if group != 0 {
		st.closeGroup(group, p)
	}
	if atomic {
		return &node{op: opAtomicGroup, body: p}, false, nil
	}
	return &node{op: opSubpattern, group: group, addFlags: addFlags, delFlags: delFlags, body: p}, false, nil
}

func parseConditional(src *tokenizer, st *parseState, verbose bool, nested, start int) (*node, *Error) {
	condName, err := src.getUntil(")", "group name")
	if err != nil {
		return nil, err
	}
	var condGroup int
	if isIdentifier(condName) {
		gid, ok := st.groupDict[condName]
		if !ok {
			return nil, src.error("unknown group name "+pyRepr(condName), runeLen(condName)+1)
		}
		condGroup = gid
	} else {
		v, ok := pyInt(condName)
		if !ok || v < 0 {
			return nil, src.error("bad character in group name "+pyRepr(condName), runeLen(condName)+1)
		}
		if v == 0 {
			return nil, src.error("bad group number", runeLen(condName)+1)
		}
		if v >= MaxGroups {
			return nil, src.error(fmt.Sprintf("invalid group reference %d", v), runeLen(condName)+1)
		}
		condGroup = int(v)
		if _, seen := st.grouprefPos[condGroup]; !seen {
			st.grouprefPos[condGroup] = src.tell() - runeLen(condName) - 1
			st.grouprefOrder = append(st.grouprefOrder, condGroup)
		}
	}
	if err := st.checkLookbehindGroup(condGroup, src); err != nil {
		return nil, err
	}
	yes, err := parseSeq(src, st, verbose, nested+1, false)
	if err != nil {
		return nil, err
	}
	var no *seq
	if ok, err := src.match("|"); err != nil {
		return nil, err
	} else if ok {
		if no, err = parseSeq(src, st, verbose, nested+1, false); err != nil {
			return nil, err
		}
		if src.next == "|" {
			return nil, src.error("conditional backref with more than two branches", 0)
		}
	}
	if ok, err := src.match(")"); err != nil {
		return nil, err
	} else if !ok {
		return nil, src.error("missing ), unterminated subpattern", src.tell()-start)
	}
	return &node{op: opGrouprefExists, group: condGroup, yes: yes, no: no}, nil
}

// parseFlags parses inline flags after "(?"; global is true for "(?i)"
// (the flags then apply to the whole pattern).
func parseFlags(src *tokenizer, st *parseState, char string) (add, del int, global bool, err *Error) {
	if char != "-" {
		for {
			flag := flagLetters[char]
			if char == "L" {
				return 0, 0, false, src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				return 0, 0, false, src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			if char, err = src.get(); err != nil {
				return
			}
			if char == "" {
				return 0, 0, false, src.error("missing -, : or )", 0)
			}
			if char == ")" || char == "-" || char == ":" {
				break
			}
			if flagLetters[char] == 0 {
				msg := "missing -, : or )"
				if isAlphaTok(char) {
					msg = "unknown flag"
				}
				return 0, 0, false, src.error(msg, runeLen(char))
			}
		}
	}
	if char == ")" {
		st.flags |= add
		return 0, 0, true, nil
	}
	if add&globalFlags != 0 {
		return 0, 0, false, src.error("bad inline flags: cannot turn on global flag", 1)
	}
	if char == "-" {
		if char, err = src.get(); err != nil {
			return
		}
		if char == "" {
			return 0, 0, false, src.error("missing flag", 0)
		}
		if flagLetters[char] == 0 {
			msg := "missing flag"
			if isAlphaTok(char) {
				msg = "unknown flag"
			}
			return 0, 0, false, src.error(msg, runeLen(char))
		}
		for {
			flag := flagLetters[char]
			if flag&typeFlags != 0 {
				return 0, 0, false, src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			if char, err = src.get(); err != nil {
				return
			}
			if char == "" {
				return 0, 0, false, src.error("missing :", 0)
			}
			if char == ":" {
				break
			}
			if flagLetters[char] == 0 {
				msg := "missing :"
				if isAlphaTok(char) {
					msg = "unknown flag"
				}
				return 0, 0, false, src.error(msg, runeLen(char))
			}
		}
	}
	if del&globalFlags != 0 {
		return 0, 0, false, src.error("bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		return 0, 0, false, src.error("bad inline flags: flag turned on and off", 1)
	}
	return add, del, false, nil
}

// isAlphaTok is str.isalpha for a token.
func isAlphaTok(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// parse parses pattern with the given flags.
func parse(pattern string, flags int) (*seq, *parseState, *Error) {
	src, err := newTokenizer(pattern)
	if err != nil {
		return nil, nil, err
	}
	st := &parseState{flags: flags, groupDict: map[string]int{}, groupWidths: []groupWidth{{}},
		lookbehindGroups: -1, grouprefPos: map[int]int{}}
	p, err := parseSub(src, st, flags&FlagVerbose != 0, 0)
	if err != nil {
		return nil, nil, err
	}
	// fix_flags: a str pattern is Unicode unless ASCII
	if st.flags&FlagLocale != 0 {
		return nil, nil, &Error{Kind: ErrValue, Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
	}
	if st.flags&FlagASCII == 0 {
		st.flags |= FlagUnicode
	} else if st.flags&FlagUnicode != 0 {
		return nil, nil, &Error{Kind: ErrValue, Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	if src.next != "" {
		return nil, nil, src.error("unbalanced parenthesis", 0)
	}
	for _, g := range st.grouprefOrder {
		if g >= st.groups() {
			return nil, nil, &Error{Msg: fmt.Sprintf("invalid group reference %d", g), Pattern: pattern, Pos: st.grouprefPos[g]}
		}
	}
	return p, st, nil
}
