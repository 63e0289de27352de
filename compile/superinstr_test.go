package compile

import (
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/lang"
)

// TestFuse checks that the superinstruction pass fuses the pairs it knows
// and leaves each pair's second instruction in place.
func TestFuse(t *testing.T) {
	src := "def f(n, m):\n    if n < 2:\n        return n\n    m += 1\n    return g(n - 1, m, 2) + m.x\n"
	m, err := lang.Parse("t.as", []byte(src), lang.ModeFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compile(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	dis := c.Disassemble()
	for _, want := range []string{"LOAD_FAST_LOAD_CONST", "COMPARE_JUMP_IF_FALSE", "PUSH_NULL_LOAD_GLOBAL", "BINARY_OP_STORE_FAST",
		"LOAD_FAST_CONST_COMPARE_JUMP", "LOAD_FAST_CONST_BINARY_OP", "LOAD_FAST_RETURN", "LOAD_FAST_LOAD_ATTR"} {
		if !strings.Contains(dis, want) {
			t.Errorf("no %s in\n%s", want, dis)
		}
	}
	if !strings.Contains(dis, "POP_JUMP_IF_FALSE") {
		t.Errorf("second instruction of a fused pair was removed:\n%s", dis)
	}
}

// TestFuseCalls checks which calls of a global become CALL_GLOBAL_1: one
// positional argument that is a local, a constant or `local op const`,
// and nothing else.
func TestFuseCalls(t *testing.T) {
	for _, tc := range []struct {
		src   string
		fused bool
	}{
		{"def f(n):\n    return f(n - 1)\n", true},
		{"def f(n):\n    return f(n)\n", true},
		{"def f(n):\n    return f(1)\n", true},
		{"def f(n):\n    return f(n + 2)\n", true},
		{"def f(n):\n    return f(n * 2)\n", false},
		{"def f(n):\n    return f(n, 1)\n", false},
		{"def f(n):\n    return f(n=n)\n", false},
		{"def f(n):\n    return f(n + n)\n", false},
		{"def f(n):\n    return f(-n)\n", false},
		{"def f(n):\n    return f()\n", false},
		{"def f(n):\n    n -= 1\n    return f(n)\n", true},
		{"def f(n):\n    return f(g(n))\n", true}, // the inner call
	} {
		m, err := lang.Parse("t.as", []byte(tc.src), lang.ModeFile)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Compile(m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		dis := c.Consts[0].(*Code).Disassemble()
		if strings.Contains(dis, "CALL_GLOBAL_1") != tc.fused || !strings.Contains(dis, "LOAD_GLOBAL") {
			t.Errorf("%q: fused should be %v (the LOAD_GLOBAL kept):\n%s", tc.src, tc.fused, dis)
		}
	}
}
