package sre

import "errors"

// This file defines the matcher: a backtracking interpreter of the
// compiled program that mirrors Modules/_sre/sre_lib.h, so that captures,
// lastindex and the handling of empty iterations come out as CPython's.
//
// sre's SRE(match) recurses through "DO_JUMP" into sub-matches (a
// branch alternative, the tail after a repeat, an assertion body) and
// resumes after them. Here each such call pushes a frame on an explicit
// stack; when a frame returns, its parent resumes at the step recorded
// in the child's jump field. Go's own stack never grows with the input.

// jump kinds: where the parent resumes when a child frame returns.
const (
	jNone uint8 = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
	jPossRepeat1
	jPossRepeat2
	jAtomic
)

// frame is one activation of the matcher (sre's match_context).
// A frame lives as long as the match attempt it stands for, and a
// pattern like (a|b)* keeps one per iteration, so it is kept small: aux
// serves the two ops that need one more word, which never share a frame's
// lifetime (REPEAT_ONE ends its frame, POSSESSIVE_REPEAT is done with aux
// before it goes on).
type frame struct {
	pc, ptr   int
	count     int
	lastmark  int
	lastindex int
	aux       int // REPEAT_ONE: the literal that must follow; POSSESSIVE_REPEAT: where the last iteration started
	rep       *repeatCtx
	jump      uint8
	toplevel  bool
}

// repeatCtx is an active REPEAT (sre's SRE_REPEAT).
type repeatCtx struct {
	count   int
	pc      int // the REPEAT's skip word
	prev    *repeatCtx
	lastPtr int // where the last iteration started (-1: none)
}

// act is what the matcher does next with the current frame.
type act uint8

const (
	actNext    act = iota // go on dispatching at the frame's pc and ptr
	actCall               // run a child frame (st.callPC, st.callJump, st.callTop)
	actFail               // the frame fails
	actSucceed            // the frame succeeds
)

// PollEvery is how many matcher steps pass between calls of the poll hook.
const PollEvery = 1 << 12

// State matches one program against one string (sre's SRE_STATE); it is
// reused by the iterating operations (findall, sub, split, finditer).
type State struct {
	prog        *Program
	code        []int
	s           []rune
	start, end  int // where the next search starts, and endpos
	pos         int // the clamped pos argument
	ptr         int
	marks       []int // -1: not set
	lastmark    int
	lastindex   int
	repeat      *repeatCtx
	data        []int // saved marks and last_ptr values
	frames      []frame
	matchAll    bool
	mustAdvance bool
	done        bool

	callPC   int
	callJump uint8
	callTop  bool

	poll  func() error
	ticks int
	err   error
}

// NewState prepares to match prog against s between pos and endpos
// (clamped as CPython does). poll, when not nil, is called every few
// thousand steps; an error from it aborts the match and is returned.
func NewState(prog *Program, s []rune, pos, endpos int, poll func() error) *State {
	n := len(s)
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	st := &State{prog: prog, code: prog.code, s: s, start: pos, end: endpos, pos: pos, poll: poll}
	st.marks = make([]int, 2*prog.Groups)
	st.reset()
	return st
}

// Window is the clamped pos and endpos the state was made with.
func (st *State) Window() (pos, endpos int) { return st.pos, st.end }

func (st *State) reset() {
	st.lastmark, st.lastindex = -1, -1
	st.repeat = nil
	st.data = st.data[:0]
}

// Result is a successful match: Spans[g] is the span of group g (-1, -1
// when the group did not take part); LastIndex is -1 when no group
// closed.
type Result struct {
	Spans     [][2]int
	LastIndex int
}

// ErrWrongSpan is CPython's SystemError for a group that ends before it
// starts, which sre's mark handling can produce in rare nested repeats.
var ErrWrongSpan = errors.New("The span of capturing group is wrong, please report a bug for the re module.")

func (st *State) result() (*Result, error) {
	r := &Result{Spans: make([][2]int, st.prog.Groups+1), LastIndex: st.lastindex}
	r.Spans[0] = [2]int{st.start, st.ptr}
	for g := 1; g <= st.prog.Groups; g++ {
		j := 2 * (g - 1)
		if j+1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j+1] >= 0 {
			if st.marks[j] > st.marks[j+1] {
				return nil, ErrWrongSpan
			}
			r.Spans[g] = [2]int{st.marks[j], st.marks[j+1]}
		} else {
			r.Spans[g] = [2]int{-1, -1}
		}
	}
	return r, nil
}

// Match anchors the pattern at pos (fullmatch also at endpos).
func (st *State) Match(full bool) (*Result, error) {
	st.reset()
	st.ptr = st.start
	st.matchAll = full
	ok, err := st.run(0, true)
	if err != nil || !ok {
		return nil, err
	}
	return st.result()
}

// Search finds the first match at or after pos.
func (st *State) Search() (*Result, error) {
	st.reset()
	ok, err := st.search()
	if err != nil || !ok {
		return nil, err
	}
	return st.result()
}

// Next finds the next match of an iteration (findall, finditer, sub,
// split): after an empty match the next one must not be empty at the
// same place. It returns nil at the end.
func (st *State) Next() (*Result, error) {
	if st.done || st.start > st.end {
		st.done = true
		return nil, nil
	}
	st.reset()
	ok, err := st.search()
	if err != nil || !ok {
		st.done = true
		return nil, err
	}
	r, err := st.result()
	if err != nil {
		st.done = true
		return nil, err
	}
	st.mustAdvance = st.ptr == st.start
	st.start = st.ptr
	return r, nil
}

func (st *State) search() (bool, error) {
	ptr, end := st.start, st.end
	if ptr > end {
		return false, nil
	}
	st.ptr = ptr
	ok, err := st.run(0, true)
	st.mustAdvance = false
	if err != nil || ok {
		return ok, err
	}
	if st.code[0] == cAt && (st.code[1] == int(atBeginning) || st.code[1] == int(atBeginningString)) {
		return false, nil
	}
	// positions where a first single-character instruction cannot match
	// are skipped without starting the matcher (CPython scans for a
	// literal prefix or a first-character set instead)
	single := false
	switch st.code[0] {
	case cLiteral, cNotLiteral, cLiteralIgnore, cNotLiteralIgnore, cIn, cInIgnore:
		single = true
	}
	for ptr < end {
		ptr++
		if single {
			for ptr < end && !st.one(0, st.s[ptr]) {
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
		}
		st.reset()
		st.start, st.ptr = ptr, ptr
		if ok, err := st.run(0, false); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

func (st *State) markPush(lastmark int) {
	if lastmark >= 0 {
		st.data = append(st.data, st.marks[:lastmark+1]...)
	}
}

func (st *State) markPop(lastmark int, discard bool) {
	if lastmark >= 0 {
		n := len(st.data) - (lastmark + 1)
		copy(st.marks, st.data[n:])
		if discard {
			st.data = st.data[:n]
		}
	}
}

func (st *State) markDiscard(lastmark int) {
	if lastmark >= 0 {
		st.data = st.data[:len(st.data)-(lastmark+1)]
	}
}

func (st *State) dataPop() int {
	v := st.data[len(st.data)-1]
	st.data = st.data[:len(st.data)-1]
	return v
}

func (st *State) saveLastmark(fr *frame)    { fr.lastmark, fr.lastindex = st.lastmark, st.lastindex }
func (st *State) restoreLastmark(fr *frame) { st.lastmark, st.lastindex = fr.lastmark, fr.lastindex }

// call asks for a child frame at pc starting at st.ptr.
func (st *State) call(jump uint8, pc int, top bool) act {
	st.callJump, st.callPC, st.callTop = jump, pc, top
	return actCall
}

// run matches the program from pc at st.ptr; on success st.ptr is the
// end of the match.
func (st *State) run(pc int, toplevel bool) (bool, error) {
	st.frames = append(st.frames[:0], frame{pc: pc, ptr: st.ptr, toplevel: toplevel, jump: jNone})
	a := actNext
	for {
		fr := &st.frames[len(st.frames)-1]
		switch a {
		case actNext:
			a = st.step(fr)
		case actCall:
			st.frames = append(st.frames, frame{pc: st.callPC, ptr: st.ptr, jump: st.callJump, toplevel: st.callTop})
			a = actNext
		default:
			if st.err != nil {
				err := st.err
				st.err = nil
				return false, err
			}
			ret := a == actSucceed
			jump := fr.jump
			st.frames = st.frames[:len(st.frames)-1]
			if len(st.frames) == 0 {
				return ret, nil
			}
			a = st.resume(&st.frames[len(st.frames)-1], jump, ret)
		}
	}
}

func (st *State) tick() bool {
	st.ticks++
	if st.ticks&(PollEvery-1) == 0 && st.poll != nil {
		if err := st.poll(); err != nil {
			st.err = err
			return false
		}
	}
	return true
}

func (st *State) at(ptr int, code atCode) bool {
	s, end := st.s, st.end
	switch code {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return (end-ptr == 1 && s[ptr] == '\n') || ptr == end
	case atEndLine:
		return ptr == end || (ptr < len(s) && s[ptr] == '\n')
	case atEndString:
		return ptr == end
	case atBoundary, atNonBoundary, atUniBoundary, atUniNonBoundary:
		if end == 0 {
			return false
		}
		word := isASCIIWord
		if code == atUniBoundary || code == atUniNonBoundary {
			word = isUniWord
		}
		that := ptr > 0 && word(s[ptr-1])
		this := ptr < end && word(s[ptr])
		if code == atBoundary || code == atUniBoundary {
			return this != that
		}
		return this == that
	}
	return false
}

// one reports whether the single-character item at pc matches ch.
func (st *State) one(pc int, ch rune) bool {
	code := st.code
	switch code[pc] {
	case cLiteral:
		return ch == rune(code[pc+1])
	case cNotLiteral:
		return ch != rune(code[pc+1])
	case cLiteralIgnore:
		return caseMode(code[pc+1]).lower(ch) == rune(code[pc+2])
	case cNotLiteralIgnore:
		return caseMode(code[pc+1]).lower(ch) != rune(code[pc+2])
	case cAny:
		return ch != '\n'
	case cAnyAll:
		return true
	case cIn:
		return st.prog.sets[code[pc+2]].has(ch)
	case cInIgnore:
		return st.prog.sets[code[pc+2]].has(caseMode(code[pc+3]).lower(ch))
	}
	return false
}

// count is how many times (at most maxCount) the single-character item
// at pc matches from ptr on (sre's SRE(count)).
func (st *State) count(pc, ptr, maxCount int) int {
	end := st.end
	if maxCount < end-ptr && maxCount != MaxRepeat {
		end = ptr + maxCount
	}
	if st.code[pc] == cAnyAll {
		return end - ptr
	}
	i := ptr
	for i < end && st.one(pc, st.s[i]) {
		i++
	}
	return i - ptr
}

// step dispatches the frame's instructions until it calls, fails or
// succeeds.
func (st *State) step(fr *frame) act {
	code, s, end := st.code, st.s, st.end
	pc, ptr := fr.pc, fr.ptr
	for {
		if !st.tick() {
			return actFail
		}
		switch code[pc] {
		case cMark:
			i := code[pc+1]
			if i&1 != 0 {
				st.lastindex = i/2 + 1
			}
			if i > st.lastmark {
				for j := st.lastmark + 1; j < i; j++ {
					st.marks[j] = -1
				}
				st.lastmark = i
			}
			st.marks[i] = ptr
			pc += 2
		case cLiteral, cNotLiteral, cAny, cAnyAll:
			if ptr >= end || !st.one(pc, s[ptr]) {
				return actFail
			}
			ptr++
			if code[pc] == cLiteral || code[pc] == cNotLiteral {
				pc += 2
			} else {
				pc++
			}
		case cLiteralIgnore, cNotLiteralIgnore:
			if ptr >= end || !st.one(pc, s[ptr]) {
				return actFail
			}
			ptr++
			pc += 3
		case cIn, cInIgnore:
			if ptr >= end || !st.one(pc, s[ptr]) {
				return actFail
			}
			ptr++
			pc += 1 + code[pc+1]
		case cSuccess:
			if fr.toplevel && ((st.matchAll && ptr != end) || (st.mustAdvance && ptr == st.start)) {
				return actFail
			}
			st.ptr = ptr
			return actSucceed
		case cFailure:
			return actFail
		case cAt:
			if !st.at(ptr, atCode(code[pc+1])) {
				return actFail
			}
			pc += 2
		case cJump:
			pc += 1 + code[pc+1]
		case cBranch:
			fr.pc, fr.ptr = pc+1, ptr
			st.saveLastmark(fr)
			if st.repeat != nil {
				st.markPush(fr.lastmark)
			}
			return st.branchTry(fr)
		case cRepeatOne, cMinRepeatOne, cPossRepeatOne:
			fr.pc, fr.ptr = pc, ptr
			a, next, nptr := st.repeatOne(fr)
			if a != actNext {
				return a
			}
			pc, ptr = next, nptr
		case cRepeat:
			fr.pc, fr.ptr = pc, ptr
			fr.rep = &repeatCtx{count: -1, pc: pc + 1, prev: st.repeat, lastPtr: -1}
			st.repeat = fr.rep
			st.ptr = ptr
			return st.call(jRepeat, pc+1+code[pc+1], fr.toplevel)
		case cMaxUntil:
			fr.pc, fr.ptr = pc, ptr
			return st.maxUntil(fr)
		case cMinUntil:
			fr.pc, fr.ptr = pc, ptr
			return st.minUntil(fr)
		case cPossRepeat:
			fr.pc, fr.ptr = pc, ptr
			st.ptr = ptr
			fr.count = 0
			return st.possRepeatMin(fr)
		case cAtomic:
			fr.pc, fr.ptr = pc, ptr
			st.ptr = ptr
			return st.call(jAtomic, pc+2, false)
		case cGroupref, cGrouprefIgnore:
			mode, g := caseExact, code[pc+1]
			if code[pc] == cGrouprefIgnore {
				mode, g = caseMode(code[pc+1]), code[pc+2]
			}
			ref := 2 * g
			if ref >= st.lastmark {
				return actFail
			}
			p, e := st.marks[ref], st.marks[ref+1]
			if p < 0 || e < 0 || e < p {
				return actFail
			}
			for ; p < e; p++ {
				if ptr >= end || mode.lower(s[ptr]) != mode.lower(s[p]) {
					return actFail
				}
				ptr++
			}
			if mode == caseExact {
				pc += 2
			} else {
				pc += 3
			}
		case cGrouprefExists:
			ref := 2 * code[pc+1]
			if ref >= st.lastmark || st.marks[ref] < 0 || st.marks[ref+1] < 0 || st.marks[ref+1] < st.marks[ref] {
				pc = pc + 1 + code[pc+2]
			} else {
				pc += 3
			}
		case cAssert:
			back := code[pc+2]
			if ptr < back {
				return actFail
			}
			fr.pc, fr.ptr = pc, ptr
			st.ptr = ptr - back
			return st.call(jAssert, pc+3, false)
		case cAssertNot:
			back := code[pc+2]
			if ptr >= back {
				fr.pc, fr.ptr = pc, ptr
				st.ptr = ptr - back
				st.saveLastmark(fr)
				if st.repeat != nil {
					st.markPush(fr.lastmark)
				}
				return st.call(jAssertNot, pc+3, false)
			}
			pc += 1 + code[pc+1]
		default:
			return actFail
		}
	}
}

// resume continues frame fr after a child of kind jump returned ret.
func (st *State) resume(fr *frame, jump uint8, ret bool) act {
	code := st.code
	switch jump {
	case jBranch:
		if ret {
			if st.repeat != nil {
				st.markDiscard(fr.lastmark)
			}
			return actSucceed
		}
		if st.repeat != nil {
			st.markPop(fr.lastmark, false)
		}
		st.restoreLastmark(fr)
		fr.pc += code[fr.pc]
		return st.branchTry(fr)
	case jRepeatOne1, jRepeatOne2, jMinRepeatOne:
		if ret {
			if st.repeat != nil {
				st.markDiscard(fr.lastmark)
			}
			return actSucceed
		}
		if st.repeat != nil {
			st.markPop(fr.lastmark, false)
		}
		st.restoreLastmark(fr)
		if jump == jMinRepeatOne {
			st.ptr = fr.ptr
			if st.count(fr.pc+4, fr.ptr, 1) == 0 {
				return st.repeatOneGiveUp(fr)
			}
			fr.ptr++
			fr.count++
			return st.minRepeatOneTry(fr)
		}
		fr.ptr--
		fr.count--
		return st.repeatOneTry(fr, jump)
	case jRepeat:
		st.repeat = fr.rep.prev
		if ret {
			return actSucceed
		}
		return actFail
	case jMaxUntil1, jMinUntil1:
		if ret {
			return actSucceed
		}
		fr.rep.count = fr.count - 1
		st.ptr = fr.ptr
		return actFail
	case jMaxUntil2:
		fr.rep.lastPtr = st.dataPop()
		if ret {
			st.markDiscard(fr.lastmark)
			return actSucceed
		}
		st.markPop(fr.lastmark, true)
		st.restoreLastmark(fr)
		fr.rep.count = fr.count - 1
		st.ptr = fr.ptr
		return st.maxUntilTail(fr)
	case jMaxUntil3:
		st.repeat = fr.rep
		if ret {
			return actSucceed
		}
		st.ptr = fr.ptr
		return actFail
	case jMinUntil2:
		tailRepeat := st.repeat
		st.repeat = fr.rep
		if ret {
			if tailRepeat != nil {
				st.markDiscard(fr.lastmark)
			}
			return actSucceed
		}
		if tailRepeat != nil {
			st.markPop(fr.lastmark, true)
		}
		st.restoreLastmark(fr)
		st.ptr = fr.ptr
		rep := fr.rep
		max := code[rep.pc+2]
		if (fr.count >= max && max != MaxRepeat) || st.ptr == rep.lastPtr {
			return actFail
		}
		rep.count = fr.count
		st.data = append(st.data, rep.lastPtr)
		rep.lastPtr = st.ptr
		return st.call(jMinUntil3, rep.pc+3, fr.toplevel)
	case jMinUntil3:
		fr.rep.lastPtr = st.dataPop()
		if ret {
			return actSucceed
		}
		fr.rep.count = fr.count - 1
		st.ptr = fr.ptr
		return actFail
	case jPossRepeat1:
		if !ret {
			st.ptr = fr.ptr
			return actFail
		}
		fr.count++
		return st.possRepeatMin(fr)
	case jPossRepeat2:
		if ret {
			st.markDiscard(fr.lastmark)
			fr.count++
			return st.possRepeatMore(fr)
		}
		st.markPop(fr.lastmark, true)
		st.restoreLastmark(fr)
		st.ptr = fr.aux
		return st.possRepeatTail(fr)
	case jAtomic:
		if !ret {
			st.ptr = fr.ptr
			return actFail
		}
		fr.pc = fr.pc + 1 + code[fr.pc+1]
		fr.ptr = st.ptr
		return actNext
	case jAssert:
		if !ret {
			return actFail
		}
		fr.pc = fr.pc + 1 + code[fr.pc+1]
		return actNext
	case jAssertNot:
		if ret {
			if st.repeat != nil {
				st.markDiscard(fr.lastmark)
			}
			return actFail
		}
		if st.repeat != nil {
			st.markPop(fr.lastmark, true)
		}
		st.restoreLastmark(fr)
		fr.pc = fr.pc + 1 + code[fr.pc+1]
		return actNext
	}
	return actFail
}

// branchTry runs the alternative whose skip word is at fr.pc.
func (st *State) branchTry(fr *frame) act {
	if st.code[fr.pc] == 0 {
		if st.repeat != nil {
			st.markDiscard(fr.lastmark)
		}
		return actFail
	}
	st.ptr = fr.ptr
	return st.call(jBranch, fr.pc+1, fr.toplevel)
}

// repeatOne starts a single-character repeat; for the possessive form
// it may go on in the same frame (actNext with the tail's pc and ptr).
func (st *State) repeatOne(fr *frame) (act, int, int) {
	code := st.code
	pc, ptr := fr.pc, fr.ptr
	lo, hi := code[pc+2], code[pc+3]
	tail := pc + 1 + code[pc+1]
	switch code[pc] {
	case cRepeatOne:
		if lo > st.end-ptr {
			return actFail, 0, 0
		}
		st.ptr = ptr
		fr.count = st.count(pc+4, ptr, hi)
		fr.ptr = ptr + fr.count
		if fr.count < lo {
			return actFail, 0, 0
		}
		if code[tail] == cSuccess && fr.ptr == st.end && !(fr.toplevel && st.mustAdvance && fr.ptr == st.start) {
			st.ptr = fr.ptr
			return actSucceed, 0, 0
		}
		st.saveLastmark(fr)
		if st.repeat != nil {
			st.markPush(fr.lastmark)
		}
		if code[tail] == cLiteral {
			fr.aux = code[tail+1]
			return st.repeatOneTry(fr, jRepeatOne1), 0, 0
		}
		return st.repeatOneTry(fr, jRepeatOne2), 0, 0
	case cMinRepeatOne:
		if lo > st.end-ptr {
			return actFail, 0, 0
		}
		st.ptr = ptr
		fr.count = 0
		if lo != 0 {
			n := st.count(pc+4, ptr, lo)
			if n < lo {
				return actFail, 0, 0
			}
			fr.count = n
			fr.ptr = ptr + n
		}
		if code[tail] == cSuccess && !(fr.toplevel && ((st.matchAll && fr.ptr != st.end) || (st.mustAdvance && fr.ptr == st.start))) {
			st.ptr = fr.ptr
			return actSucceed, 0, 0
		}
		st.saveLastmark(fr)
		if st.repeat != nil {
			st.markPush(fr.lastmark)
		}
		return st.minRepeatOneTry(fr), 0, 0
	default: // cPossRepeatOne
		if ptr+lo > st.end {
			return actFail, 0, 0
		}
		st.ptr = ptr
		n := st.count(pc+4, ptr, hi)
		ptr += n
		if n < lo {
			return actFail, 0, 0
		}
		if code[tail] == cSuccess && ptr == st.end && !(fr.toplevel && st.mustAdvance && ptr == st.start) {
			st.ptr = ptr
			return actSucceed, 0, 0
		}
		return actNext, tail, ptr
	}
}

// repeatOneTry tries the tail of a greedy single-character repeat after
// fr.count items, giving items back one at a time.
func (st *State) repeatOneTry(fr *frame, jump uint8) act {
	code := st.code
	lo := code[fr.pc+2]
	tail := fr.pc + 1 + code[fr.pc+1]
	if jump == jRepeatOne1 {
		// the tail starts with a literal: skip positions where it cannot match
		for fr.count >= lo && (fr.ptr >= st.end || st.s[fr.ptr] != rune(fr.aux)) {
			fr.ptr--
			fr.count--
		}
	}
	if fr.count < lo {
		return st.repeatOneGiveUp(fr)
	}
	st.ptr = fr.ptr
	return st.call(jump, tail, fr.toplevel)
}

func (st *State) repeatOneGiveUp(fr *frame) act {
	if st.repeat != nil {
		st.markDiscard(fr.lastmark)
	}
	return actFail
}

// minRepeatOneTry tries the tail of a lazy single-character repeat.
func (st *State) minRepeatOneTry(fr *frame) act {
	hi := st.code[fr.pc+3]
	if hi != MaxRepeat && fr.count > hi {
		return st.repeatOneGiveUp(fr)
	}
	st.ptr = fr.ptr
	return st.call(jMinRepeatOne, fr.pc+1+st.code[fr.pc+1], fr.toplevel)
}

func (st *State) maxUntil(fr *frame) act {
	rep := st.repeat
	if rep == nil {
		return actFail
	}
	fr.rep = rep
	st.ptr = fr.ptr
	fr.count = rep.count + 1
	lo, hi := st.code[rep.pc+1], st.code[rep.pc+2]
	if fr.count < lo {
		rep.count = fr.count
		return st.call(jMaxUntil1, rep.pc+3, fr.toplevel)
	}
	if (fr.count < hi || hi == MaxRepeat) && st.ptr != rep.lastPtr {
		// we may have enough matches, but if we can match another item, do so
		rep.count = fr.count
		st.saveLastmark(fr)
		st.markPush(fr.lastmark)
		st.data = append(st.data, rep.lastPtr)
		rep.lastPtr = st.ptr
		return st.call(jMaxUntil2, rep.pc+3, fr.toplevel)
	}
	return st.maxUntilTail(fr)
}

// maxUntilTail matches what follows a greedy repeat.
func (st *State) maxUntilTail(fr *frame) act {
	st.repeat = fr.rep.prev
	return st.call(jMaxUntil3, fr.pc+1, fr.toplevel)
}

func (st *State) minUntil(fr *frame) act {
	rep := st.repeat
	if rep == nil {
		return actFail
	}
	fr.rep = rep
	st.ptr = fr.ptr
	fr.count = rep.count + 1
	if fr.count < st.code[rep.pc+1] {
		rep.count = fr.count
		return st.call(jMinUntil1, rep.pc+3, fr.toplevel)
	}
	// see if the tail matches
	st.repeat = rep.prev
	st.saveLastmark(fr)
	if st.repeat != nil {
		st.markPush(fr.lastmark)
	}
	return st.call(jMinUntil2, fr.pc+1, fr.toplevel)
}

// possRepeatMin matches the required iterations of a possessive repeat.
func (st *State) possRepeatMin(fr *frame) act {
	if fr.count < st.code[fr.pc+2] {
		return st.call(jPossRepeat1, fr.pc+4, false)
	}
	fr.aux = -1
	return st.possRepeatMore(fr)
}

// possRepeatMore matches further iterations, never giving any back.
func (st *State) possRepeatMore(fr *frame) act {
	hi := st.code[fr.pc+3]
	if (fr.count < hi || hi == MaxRepeat) && st.ptr != fr.aux {
		st.saveLastmark(fr)
		st.markPush(fr.lastmark)
		fr.aux = st.ptr
		return st.call(jPossRepeat2, fr.pc+4, false)
	}
	return st.possRepeatTail(fr)
}

func (st *State) possRepeatTail(fr *frame) act {
	skip := fr.pc + 1
	fr.pc = skip + st.code[skip] + 1
	fr.ptr = st.ptr
	return actNext
}
