package sre

// This file defines the character predicates and case mappings the
// matcher uses: CPython's sre categories (\d \s \w, in their ASCII and
// Unicode flavours), line breaks, and the simple lower/upper mappings
// behind IGNORECASE.
//
// Departure from CPython: the Unicode tables are Go's (unicode.Version,
// 15.0 for go1.26) where CPython 3.11 uses Unicode 14.0, so characters
// assigned in 15.0 are letters/digits here and unassigned there.

import "unicode"

// category is a character class usable inside a set: sre's CATEGORY codes.
type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
)

// uniCategory is the Unicode flavour of an ASCII category (the compiler
// switches to it when the UNICODE flag is on).
func uniCategory(c category) category {
	if c < catUniDigit {
		return c + catUniDigit
	}
	return c
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIISpace(r rune) bool {
	return r == ' ' || (r >= '\t' && r <= '\r')
}

func isASCIIAlpha(r rune) bool { return (r|0x20) >= 'a' && (r|0x20) <= 'z' }

func isASCIIWord(r rune) bool {
	return r < 128 && (isASCIIAlpha(r) || isASCIIDigit(r) || r == '_')
}

// isUniDigit is str.isdecimal for one character.
func isUniDigit(r rune) bool { return unicode.Is(unicode.Nd, r) }

// isUniSpace is str.isspace: White_Space plus the ASCII separators
// \x1c-\x1f, which Python counts as whitespace.
func isUniSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// isUniWord is sre's Unicode word character: str.isalnum() or '_'.
func isUniWord(r rune) bool {
	if r < 128 {
		return isASCIIWord(r)
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Nd, unicode.Nl, unicode.No)
}

func (c category) has(r rune) bool {
	switch c {
	case catDigit:
		return isASCIIDigit(r)
	case catNotDigit:
		return !isASCIIDigit(r)
	case catSpace:
		return isASCIISpace(r)
	case catNotSpace:
		return !isASCIISpace(r)
	case catWord:
		return isASCIIWord(r)
	case catNotWord:
		return !isASCIIWord(r)
	case catUniDigit:
		return isUniDigit(r)
	case catUniNotDigit:
		return !isUniDigit(r)
	case catUniSpace:
		return isUniSpace(r)
	case catUniNotSpace:
		return !isUniSpace(r)
	case catUniWord:
		return isUniWord(r)
	case catUniNotWord:
		return !isUniWord(r)
	}
	return false
}

func lowerASCII(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

func isCasedASCII(r rune) bool { return r < 128 && isASCIIAlpha(r) }

// lowerUni and upperUni are the case mappings sre uses: the simple
// mappings, except that a character whose uppercase is several
// characters (ß -> SS) maps to the first of them.
func lowerUni(r rune) rune { return unicode.ToLower(r) }

func upperUni(r rune) rune {
	if u, ok := specialUpper[r]; ok {
		return u
	}
	return unicode.ToUpper(r)
}

func isCasedUni(r rune) bool { return r != lowerUni(r) || r != upperUni(r) }

// caseMode says how a compiled op treats case.
type caseMode uint8

const (
	caseExact caseMode = iota
	caseASCII          // IGNORECASE with ASCII
	caseUni            // IGNORECASE with Unicode
)

func (m caseMode) lower(r rune) rune {
	switch m {
	case caseASCII:
		return lowerASCII(r)
	case caseUni:
		return lowerUni(r)
	}
	return r
}

func (m caseMode) isCased(r rune) bool {
	switch m {
	case caseASCII:
		return isCasedASCII(r)
	case caseUni:
		return isCasedUni(r)
	}
	return false
}
