package interp

// This file tests that a frame's slots are exactly its locals and its
// operand stack, MaxStack deep, however the frame was made: no slot to
// spare means that an instruction writing above the compiler's MaxStack
// hits the slice bound and panics (the golden runner makes that a test
// failure, PanicsAreBugs), so every golden program, and
// testdata/stack_depth.as's instructions at the top of their frames in
// particular, checks compile's stack depths at run time at no cost.

import (
	"testing"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/lang"
)

// compileModule compiles src and returns the runtime code of the module.
func compileModule(t *testing.T, src string) *Code {
	t.Helper()
	m, err := lang.Parse("t.as", []byte(src), lang.ModeFile)
	if err != nil {
		t.Fatal(err)
	}
	cc, err := compile.Compile(m, compile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return NewCode(cc)
}

// codeOf compiles src and returns the runtime code of its function name.
func codeOf(t *testing.T, src, name string) *Code {
	t.Helper()
	for _, k := range compileModule(t, src).Consts {
		if c, ok := k.(*Code); ok && c.Name == name {
			return c
		}
	}
	t.Fatalf("no function %s", name)
	return nil
}

func TestFrameSlotsExact(t *testing.T) {
	src := "def big(a, b):\n    return [a, b, (a, b, [a, b, (a, b)])]\ndef small(a):\n    return a\n"
	big, small := codeOf(t, src, "big"), codeOf(t, src, "small")
	if big.frameSize <= small.frameSize {
		t.Fatalf("frame sizes big %d, small %d", big.frameSize, small.frameSize)
	}
	f := NewVM().NewThread()
	g := NewDict()
	bigFn := &Function{Code: big, Globals: g, Name: "big"}
	smallFn := &Function{Code: small, Globals: g, Name: "small"}
	check := func(how string, fr *Frame, c *Code) {
		t.Helper()
		if want := len(c.Locals) + c.MaxStack; len(fr.slots) != want {
			t.Errorf("%s: %d slots for %s, want %d (locals %d + MaxStack %d)", how, len(fr.slots), c.Name, want, len(c.Locals), c.MaxStack)
		}
	}
	fr := f.callFrame(bigFn)
	check("new frame", fr, big)
	f.releaseFrame(fr)
	// the pooled frame is big enough for small, which gets a shorter slice
	fr = f.callFrame(smallFn)
	check("reused frame", fr, small)
	f.releaseFrame(fr)
	fr = f.callFrame(bigFn)
	check("reused again", fr, big)

	// a frame with cells: they follow the slots, up to the cap (Frame.cell)
	closure := codeOf(t, "def outer(a):\n    b = 1\n    def inner():\n        return a + b\n    return inner\n", "outer")
	fr = f.callFrame(&Function{Code: closure, Globals: g, Name: "outer"})
	check("frame with cells", fr, closure)
	if nc := len(closure.CellVars); nc != 2 || cap(fr.slots)-len(fr.slots) != nc || fr.cell(0) == fr.cell(1) {
		t.Errorf("%d cells, %d slots past len", nc, cap(fr.slots)-len(fr.slots))
	}
}
