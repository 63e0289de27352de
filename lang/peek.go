package lang

// This file builds participle's PeekingLexer over an existing token slice.

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/alecthomas/participle/v2/lexer"
)

// peeking returns a PeekingLexer reading toks, which must end with EOF.
//
// participle's only constructor, lexer.Upgrade, pulls tokens one at a
// time into a slice grown by append: for a 1 MB source (a million 64-byte
// tokens) that copies the tokens about five times, over 300 MB. The
// PeekingLexer's only state besides its cursors is that slice (and a map
// of elided types, of which we have none), so we set the slice directly.
// If a participle release renames the field, we fall back to Upgrade;
// TestPeekingShim fails then, so the shim gets updated rather than
// silently lost.
func peeking(toks []lexer.Token) *lexer.PeekingLexer {
	if pl, ok := peekingShim(toks); ok {
		return pl
	}
	pl, _ := lexer.Upgrade(&sliceLexer{toks: toks}) // sliceLexer never fails
	return pl
}

func peekingShim(toks []lexer.Token) (*lexer.PeekingLexer, bool) {
	off, ok := tokensField()
	if !ok {
		return nil, false
	}
	pl := &lexer.PeekingLexer{}
	// off is the offset of a []lexer.Token field inside *pl (checked by
	// tokensField), so this is an ordinary typed store into a live object.
	*(*[]lexer.Token)(unsafe.Add(unsafe.Pointer(pl), off)) = toks
	return pl, true
}

// tokensField finds PeekingLexer's token slice: the byte offset of its
// field "tokens", and whether there is such a field of type
// []lexer.Token. It reads the struct type once per process (a fact about
// the participle linked in, not state). Storing through the offset costs
// nothing; the former reflect.NewAt made reflect search the binary's
// types for the field's pointer type, 0.1 ms of every parse's start.
var tokensField = sync.OnceValues(func() (uintptr, bool) {
	f, ok := reflect.TypeFor[lexer.PeekingLexer]().FieldByName("tokens")
	if !ok || f.Type != reflect.TypeFor[[]lexer.Token]() {
		return 0, false
	}
	return f.Offset, true
})
