package lang

// This file builds participle's PeekingLexer over an existing token slice.

import (
	"reflect"
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
	pl := &lexer.PeekingLexer{}
	f := reflect.ValueOf(pl).Elem().FieldByName("tokens")
	if !f.IsValid() || f.Type() != reflect.TypeOf(toks) {
		return nil, false
	}
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(toks))
	return pl, true
}
