package interp

// This file tests NewCode: every kind of compiler constant becomes the
// object a program sees, and nested bodies get their runtime facts.

import (
	"math/big"
	"testing"
)

func TestNewCodeConstants(t *testing.T) {
	src := "def f(a, b=(1, -2.5, 'x', None, True, ..., 123456789012345678901234567890)):\n    '''doc'''\n    return a\n"
	code := compileModule(t, src) // frame_slots_test.go
	var f *Code
	var defaults Tuple
	for _, k := range code.Consts {
		switch k := k.(type) {
		case *Code:
			f = k
		case Tuple:
			defaults = k
		}
	}
	if f == nil || defaults == nil {
		t.Fatalf("consts %v: no nested code or no defaults tuple", code.Consts)
	}
	big30, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	want := Tuple{Int(1), Float(-2.5), Str("x"), None, Bool(true), Ellipsis, MakeInt(big30)}
	if len(defaults) != len(want) {
		t.Fatalf("defaults %v, want %v", defaults, want)
	}
	for i := range want {
		if b, ok := want[i].(*BigInt); ok {
			if g, ok := defaults[i].(*BigInt); !ok || g.V.Cmp(&b.V) != 0 {
				t.Errorf("default %d: %#v, want %v", i, defaults[i], want[i])
			}
		} else if defaults[i] != want[i] {
			t.Errorf("default %d: %#v, want %#v", i, defaults[i], want[i])
		}
	}
	if f.Docstring != Str("doc") || code.Docstring != None {
		t.Errorf("docstrings %#v %#v", f.Docstring, code.Docstring)
	}
	if f.frameSize != len(f.Locals)+f.MaxStack || !f.plainCall || len(f.globalCache) != len(f.Names) {
		t.Errorf("runtime facts of f: frameSize %d plainCall %v", f.frameSize, f.plainCall)
	}
}
