package interp

// UnpackArgs* messages; every expected string was printed by python3 3.11
// for the CPython function named in the case (see the comment per group).

import "testing"

func vals(n int) []Value {
	out := make([]Value, n)
	for i := range out {
		out[i] = Int(i + 1)
	}
	return out
}

func kws(names ...string) []KV {
	out := make([]KV, len(names))
	for i, n := range names {
		out[i] = KV{Name: n, Value: Int(1)}
	}
	return out
}

func errText(e *Exception) string {
	if e == nil {
		return "ok"
	}
	s, err := ExceptionStr(&Fiber{}, e)
	if err != nil {
		return e.Error()
	}
	if s == "" {
		return ExceptionTypeName(e.Class)
	}
	return ExceptionTypeName(e.Class) + ": " + s
}

func TestUnpackArgsMessages(t *testing.T) {
	var a, b, c Value
	round := func(n int, kw ...string) *Exception {
		return UnpackArgs("round", vals(n), kws(kw...), "number", &a, "ndigits?", &b)
	}
	pow := func(n int, kw ...string) *Exception {
		return UnpackArgs("pow", vals(n), kws(kw...), "base", &a, "exp", &b, "mod?", &c)
	}
	sum := func(n int, kw ...string) *Exception {
		return UnpackArgs("sum", vals(n), kws(kw...), "iterable", &a, "/", "start?", &b)
	}
	enumerate := func(n int, kw ...string) *Exception {
		return UnpackArgs("enumerate", vals(n), kws(kw...), "iterable", &a, "start?", &b)
	}
	divmod := func(n int, kw ...string) *Exception {
		return UnpackPositional("divmod", vals(n), kws(kw...), 2, &a, &b)
	}
	getattr := func(n int) *Exception { return UnpackPositional("getattr", vals(n), nil, 2, &a, &b, &c) }
	input := func(n int) *Exception { return UnpackPositional("input", vals(n), nil, 0, &a) }
	sorted := func(n int) *Exception { return UnpackPositional("sorted", vals(n), nil, 1, &a) }
	length := func(n int, kw ...string) *Exception {
		_, err := UnpackOne("len", vals(n), kws(kw...))
		return err
	}
	cases := []struct {
		err  *Exception
		want string
	}{
		{round(0), "TypeError: round() missing required argument 'number' (pos 1)"},
		{round(3), "TypeError: round() takes at most 2 arguments (3 given)"},
		{round(0, "x"), "TypeError: round() missing required argument 'number' (pos 1)"},
		{round(1), "ok"},
		{round(0, "number", "ndigits"), "ok"},
		{pow(1), "TypeError: pow() missing required argument 'exp' (pos 2)"},
		{pow(4), "TypeError: pow() takes at most 3 arguments (4 given)"},
		{pow(0, "x"), "TypeError: pow() missing required argument 'base' (pos 1)"},
		{sum(0), "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{sum(3), "TypeError: sum() takes at most 2 arguments (3 given)"},
		{sum(1, "start", "x"), "TypeError: sum() takes at most 2 arguments (3 given)"},
		{sum(1, "start"), "ok"},
		{enumerate(3), "TypeError: enumerate() takes at most 2 arguments (3 given)"},
		{enumerate(1, "x"), "TypeError: 'x' is an invalid keyword argument for enumerate()"},
		{divmod(1), "TypeError: divmod expected 2 arguments, got 1"},
		{divmod(3), "TypeError: divmod expected 2 arguments, got 3"},
		{getattr(1), "TypeError: getattr expected at least 2 arguments, got 1"},
		{getattr(4), "TypeError: getattr expected at most 3 arguments, got 4"},
		{input(2), "TypeError: input expected at most 1 argument, got 2"},
		{sorted(0), "TypeError: sorted expected 1 argument, got 0"},
		{length(0), "TypeError: len() takes exactly one argument (0 given)"},
		{length(2), "TypeError: len() takes exactly one argument (2 given)"},
		{length(0, "obj"), "TypeError: len() takes no keyword arguments"},
		{UnpackPositional("range", nil, kws("x"), 1, &a, &b, &c), "TypeError: range() takes no keyword arguments"},
		{UnpackArgs("print", nil, kws("x"), "*args", new(Tuple), "sep?", &a, "end?", &b), "TypeError: 'x' is an invalid keyword argument for print()"},
		{UnpackArgs("open", nil, nil, "file", &a, "mode?", &b), "TypeError: open() missing required argument 'file' (pos 1)"},
		{UnpackArgs("str", vals(4), nil, "object?", &a, "encoding?", &b, "errors?", &c), "TypeError: str() takes at most 3 arguments (4 given)"},
	}
	for i, c := range cases {
		if got := errText(c.err); got != c.want {
			t.Errorf("case %d: got %q, want %q", i, got, c.want)
		}
	}
}

func TestUnpackArgsPyMessages(t *testing.T) {
	var a, b, c, d, e Value
	var rest Tuple
	var extra []KV
	// def f(a, b, c=1, *, d, e=2)
	f := func(n int, kw ...string) *Exception {
		return UnpackArgsPy("f", vals(n), kws(kw...), "a", &a, "b", &b, "c?", &c, "*", "d", &d, "e?", &e)
	}
	// def g(a, /, b)
	g := func(n int, kw ...string) *Exception {
		return UnpackArgsPy("g", vals(n), kws(kw...), "a", &a, "/", "b", &b)
	}
	// def h(x)
	h := func(n int, kw ...string) *Exception { return UnpackArgsPy("h", vals(n), kws(kw...), "x", &a) }
	// def v(a, *args, k, **kw)
	v := func(n int, kw ...string) *Exception {
		return UnpackArgsPy("v", vals(n), kws(kw...), "a", &a, "*args", &rest, "k", &b, "**kw", &extra)
	}
	cases := []struct {
		err  *Exception
		want string
	}{
		{f(0), "TypeError: f() missing 2 required positional arguments: 'a' and 'b'"},
		{f(1), "TypeError: f() missing 1 required positional argument: 'b'"},
		{f(2), "TypeError: f() missing 1 required keyword-only argument: 'd'"},
		{f(4), "TypeError: f() takes from 2 to 3 positional arguments but 4 were given"},
		{f(4, "d"), "TypeError: f() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given"},
		{f(5, "d", "e"), "TypeError: f() takes from 2 to 3 positional arguments but 5 positional arguments (and 2 keyword-only arguments) were given"},
		{f(2, "d", "z"), "TypeError: f() got an unexpected keyword argument 'z'"},
		{f(2, "b", "d"), "TypeError: f() got multiple values for argument 'b'"},
		{f(2, "d"), "ok"},
		{h(0), "TypeError: h() missing 1 required positional argument: 'x'"},
		{h(2), "TypeError: h() takes 1 positional argument but 2 were given"},
		{h(3), "TypeError: h() takes 1 positional argument but 3 were given"},
		{h(0, "y"), "TypeError: h() got an unexpected keyword argument 'y'"},
		{g(0, "a", "b"), "TypeError: g() got some positional-only arguments passed as keyword arguments: 'a'"},
		{g(1, "a", "b"), "TypeError: g() got some positional-only arguments passed as keyword arguments: 'a'"},
		{v(0), "TypeError: v() missing 1 required positional argument: 'a'"},
		{v(1), "TypeError: v() missing 1 required keyword-only argument: 'k'"},
		{v(3, "k", "z"), "ok"},
	}
	for i, c := range cases {
		if got := errText(c.err); got != c.want {
			t.Errorf("case %d: got %q, want %q", i, got, c.want)
		}
	}
	if err := v(3, "k", "z"); err != nil || len(rest) != 2 || len(extra) != 1 || extra[0].Name != "z" {
		t.Errorf("varargs binding: rest=%v extra=%v err=%v", rest, extra, err)
	}
	// three missing names use the Oxford comma
	if got := nameList([]string{"a", "b", "c"}); got != "'a', 'b', and 'c'" {
		t.Errorf("nameList: %q", got)
	}
}
