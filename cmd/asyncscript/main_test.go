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
		{[]string{"--trace", "-u", "prog.as"}, []string{"prog.as"}, true},
		{[]string{"-u", "--clock=virtual", "--timeline", "t.svg", "-E", "prog.as"}, []string{"prog.as"}, true},
	} {
		o, rest, err := parseOptions(c.args)
		unbuffered := o.unbuffered
		if err != nil || !reflect.DeepEqual(rest, c.rest) || unbuffered != c.unbuffered {
			t.Errorf("options(%q) = %q, %v; want %q, %v", c.args, rest, unbuffered, c.rest, c.unbuffered)
		}
	}
	t.Setenv("PYTHONUNBUFFERED", "1")
	if o, _, _ := parseOptions([]string{"prog.as"}); !o.unbuffered {
		t.Error("PYTHONUNBUFFERED=1 does not make the streams unbuffered")
	}
	if o, _, _ := parseOptions([]string{"-E", "prog.as"}); o.unbuffered {
		t.Error("-E does not ignore PYTHONUNBUFFERED")
	}
}

// TestOptionsMixed: session and tracing options mix with -u/-E in any
// order; a malformed one is a usage error.
func TestOptionsMixed(t *testing.T) {
	o, rest, err := parseOptions([]string{"--trace", "--clock", "virtual", "-u", "--no-deadlock-check", "--trace-file=t.json", "-c", "pass"})
	want := options{unbuffered: true, virtualClock: true, noDeadlockCheck: true, trace: traceOpts{live: true, chrome: "t.json"}}
	if err != nil || !reflect.DeepEqual(o, want) || !reflect.DeepEqual(rest, []string{"-c", "pass"}) {
		t.Errorf("parseOptions = %+v, %q, %v; want %+v", o, rest, err, want)
	}
	for _, bad := range [][]string{{"--clock=fast", "p.as"}, {"--timeline", "t.png", "p.as"}, {"--trace=1"}, {"--trace-file"}} {
		if _, _, err := parseOptions(bad); err == nil {
			t.Errorf("parseOptions(%q): no usage error", bad)
		}
	}
}

// TestOptionsOfPython: -q, -i, -W (accepted), -m and -- as python3 takes
// them.
func TestOptionsOfPython(t *testing.T) {
	for _, c := range []struct {
		args, rest     []string
		quiet, inspect bool
		warnings       []string
	}{
		{[]string{"-q"}, []string{}, true, false, nil},
		{[]string{"-iq", "prog.as", "a"}, []string{"prog.as", "a"}, true, true, nil},
		{[]string{"-W", "ignore", "-Wdefault", "-c", "pass"}, []string{"-c", "pass"}, false, false, []string{"ignore", "default"}},
		{[]string{"-m", "asyncio", "-q"}, []string{"-m", "asyncio", "-q"}, false, false, nil},
		{[]string{"-qmasyncio"}, []string{"-m", "asyncio"}, true, false, nil},
		{[]string{"--", "-c"}, []string{"-c"}, false, false, nil},
		{[]string{"-i", "--", "-x.as"}, []string{"-x.as"}, false, true, nil},
	} {
		o, rest, err := parseOptions(c.args)
		if err != nil || !reflect.DeepEqual(rest, c.rest) || o.quiet != c.quiet || o.inspect != c.inspect || !reflect.DeepEqual(o.warnings, c.warnings) {
			t.Errorf("options(%q) = %+v, %q, %v", c.args, o, rest, err)
		}
	}
	for _, bad := range [][]string{{"-W"}, {"-m"}} {
		if _, _, err := parseOptions(bad); err == nil || err.Error() != "Argument expected for the "+bad[0]+" option" {
			t.Errorf("parseOptions(%q): %v", bad, err)
		}
	}
}
