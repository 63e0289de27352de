package main

import (
	"reflect"
	"testing"
)

// TestOptions: the interpreter options before the program, alone or
// grouped as python3 accepts them (python3 -uc CODE, -Eu FILE).
func TestOptions(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "")
	for _, c := range []struct {
		args, rest []string
		unbuffered bool
	}{
		{[]string{"prog.as", "-u"}, []string{"prog.as", "-u"}, false},
		{[]string{"-u", "prog.as"}, []string{"prog.as"}, true},
		{[]string{"-uc", "pass", "-u"}, []string{"-c", "pass", "-u"}, true},
		{[]string{"-E", "-c", "pass"}, []string{"-c", "pass"}, false},
		{[]string{"-Eu", "-"}, []string{"-"}, true},
		{[]string{"-ux"}, []string{"-ux"}, false},
		{[]string{"--help"}, []string{"--help"}, false},
		{nil, nil, false},
	} {
		rest, unbuffered := options(c.args)
		if !reflect.DeepEqual(rest, c.rest) || unbuffered != c.unbuffered {
			t.Errorf("options(%q) = %q, %v; want %q, %v", c.args, rest, unbuffered, c.rest, c.unbuffered)
		}
	}
	t.Setenv("PYTHONUNBUFFERED", "1")
	if _, unbuffered := options([]string{"prog.as"}); !unbuffered {
		t.Error("PYTHONUNBUFFERED=1 does not make the streams unbuffered")
	}
	if _, unbuffered := options([]string{"-E", "prog.as"}); unbuffered {
		t.Error("-E does not ignore PYTHONUNBUFFERED")
	}
}
