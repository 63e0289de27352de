package interp

// Exception objects and builtins called from Go. Expected strings were
// printed by python3 3.11 for the equivalent Python expressions (given in
// the comments).

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func excTestFiber() *Fiber {
	vm := NewVM()
	return vm.NewThread()
}

func mustNew(t *testing.T, f *Fiber, cls *Class, args ...Value) *Exception {
	t.Helper()
	v, err := cls.Constructor()(f, cls, args, nil)
	if err != nil {
		t.Fatalf("%s(...): %v", cls.Name, err)
	}
	return v.(*Exception)
}

func reprOf(t *testing.T, f *Fiber, v Value) string {
	t.Helper()
	s, err := Repr(f, v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

func callMethod(t *testing.T, f *Fiber, v Value, name string, args ...Value) Value {
	t.Helper()
	m, err := GetAttr(f, v, name)
	if err != nil {
		t.Fatalf("getattr %s: %v", name, err)
	}
	r, err := f.Call(m, args, nil)
	if err != nil {
		t.Fatalf("%s(): %v", name, err)
	}
	return r
}

func TestExceptionBasics(t *testing.T) {
	f := excTestFiber()
	e := mustNew(t, f, ValueError, Str("x"), Int(1))
	// ValueError("x", 1): repr, str, args
	if got := reprOf(t, f, e); got != "ValueError('x', 1)" {
		t.Errorf("repr: %s", got)
	}
	if s, _ := ExceptionStr(f, e); s != "('x', 1)" {
		t.Errorf("str: %s", s)
	}
	// KeyError('k'): str is the key's repr
	if s, _ := ExceptionStr(f, mustNew(t, f, KeyError, Str("k"))); s != "'k'" {
		t.Errorf("KeyError str: %s", s)
	}
	// OSError(2, 'No such file or directory', 'x') is a FileNotFoundError
	o := mustNew(t, f, OSError, Int(2), Str("No such file or directory"), Str("x"))
	if o.Class != FileNotFoundError {
		t.Errorf("class %s", o.Class.Name)
	}
	if s, _ := ExceptionStr(f, o); s != "[Errno 2] No such file or directory: 'x'" {
		t.Errorf("OSError str: %s", s)
	}
	if got := reprOf(t, f, o); got != "FileNotFoundError(2, 'No such file or directory')" {
		t.Errorf("OSError repr: %s", got)
	}
	if v, _ := ExceptionGetAttr(f, o, "errno"); v != Int(2) {
		t.Errorf("errno %v", v)
	}
	// OSError(17, 'exists', 'f', None, 'g')
	o2 := mustNew(t, f, OSError, Int(17), Str("exists"), Str("f"), None, Str("g"))
	if s, _ := ExceptionStr(f, o2); s != "[Errno 17] exists: 'f' -> 'g'" || o2.Class != FileExistsError {
		t.Errorf("OSError2 str: %s %s", s, o2.Class.Name)
	}
	// SystemExit(1, 2).code, StopIteration().value
	if v, _ := ExceptionGetAttr(f, mustNew(t, f, SystemExit, Int(1), Int(2)), "code"); reprOf(t, f, v) != "(1, 2)" {
		t.Errorf("code %v", v)
	}
	if v, _ := ExceptionGetAttr(f, mustNew(t, f, StopIteration), "value"); v != None {
		t.Errorf("value %v", v)
	}
	// ValueError(x=1)
	if _, err := ValueError.Constructor()(f, ValueError, nil, []KV{{"x", Int(1)}}); errText(err) != "TypeError: ValueError() takes no keyword arguments" {
		t.Errorf("kw: %s", errText(err))
	}
	// add_note
	callMethod(t, f, e, "add_note", Str("n1"))
	if v, _ := ExceptionGetAttr(f, e, "__notes__"); reprOf(t, f, v) != "['n1']" {
		t.Errorf("notes %v", v)
	}
	if _, err := f.Call(mustAttr(t, f, e, "add_note"), []Value{Int(1)}, nil); errText(err) != "TypeError: note must be a str, not 'int'" {
		t.Errorf("add_note(1): %s", errText(err))
	}
}

func mustAttr(t *testing.T, f *Fiber, v Value, name string) Value {
	t.Helper()
	m, err := GetAttr(f, v, name)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestExceptionGroups(t *testing.T) {
	f := excTestFiber()
	mk := func(cls *Class, msg string, excs ...Value) (*Exception, *Exception) {
		v, err := cls.Constructor()(f, cls, []Value{Str(msg), NewList(excs)}, nil)
		if err != nil {
			return nil, err
		}
		return v.(*Exception), nil
	}
	v1 := mustNew(t, f, ValueError, Int(1))
	t2 := mustNew(t, f, TypeError, Int(2))
	eg, err := mk(ExceptionGroup, "m", v1, t2)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := ExceptionStr(f, eg); s != "m (2 sub-exceptions)" {
		t.Errorf("str %s", s)
	}
	if got := reprOf(t, f, eg); got != "ExceptionGroup('m', [ValueError(1), TypeError(2)])" {
		t.Errorf("repr %s", got)
	}
	// eg.split(ValueError)
	if got := reprOf(t, f, callMethod(t, f, eg, "split", ValueError)); got != "(ExceptionGroup('m', [ValueError(1)]), ExceptionGroup('m', [TypeError(2)]))" {
		t.Errorf("split: %s", got)
	}
	// eg.split(OSError)
	if got := reprOf(t, f, callMethod(t, f, eg, "split", OSError)); got != "(None, ExceptionGroup('m', [ValueError(1), TypeError(2)]))" {
		t.Errorf("split none: %s", got)
	}
	// eg.subgroup(BaseException) is eg
	if callMethod(t, f, eg, "subgroup", BaseException) != Value(eg) {
		t.Errorf("subgroup(BaseException) is not eg")
	}
	// predicate
	isType := NewBuiltin("pred", func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		return Bool(args[0].(*Exception).Class == TypeError), nil
	})
	if got := reprOf(t, f, callMethod(t, f, eg, "split", isType)); got != "(ExceptionGroup('m', [TypeError(2)]), ExceptionGroup('m', [ValueError(1)]))" {
		t.Errorf("split pred: %s", got)
	}
	// nesting is preserved
	inner, _ := mk(ExceptionGroup, "inner", mustNew(t, f, TypeError, Str("b")), mustNew(t, f, ValueError, Str("c")))
	outer, _ := mk(ExceptionGroup, "outer", mustNew(t, f, ValueError, Str("a")), inner, mustNew(t, f, KeyError, Str("d")))
	if got := reprOf(t, f, callMethod(t, f, outer, "split", ValueError)); got != "(ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('c')])]), ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b')]), KeyError('d')]))" {
		t.Errorf("nested split: %s", got)
	}
	if got := reprOf(t, f, callMethod(t, f, outer, "subgroup", Tuple{TypeError, KeyError})); got != "ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b')]), KeyError('d')])" {
		t.Errorf("nested subgroup: %s", got)
	}
	// BaseExceptionGroup of Exceptions becomes ExceptionGroup; with a
	// BaseException it stays, and split separates them
	b, _ := mk(BaseExceptionGroup, "b", mustNew(t, f, KeyboardInterrupt), mustNew(t, f, ValueError))
	if got := reprOf(t, f, callMethod(t, f, b, "split", Exception_)); got != "(ExceptionGroup('b', [ValueError()]), BaseExceptionGroup('b', [KeyboardInterrupt()]))" {
		t.Errorf("base split: %s", got)
	}
	if g, _ := mk(BaseExceptionGroup, "x", mustNew(t, f, ValueError)); g.Class != ExceptionGroup {
		t.Errorf("promotion: %s", g.Class.Name)
	}
	// constructor errors
	errs := []struct {
		err  *Exception
		want string
	}{
		{func() *Exception { _, e := mk(ExceptionGroup, "a"); return e }(), "ValueError: second argument (exceptions) must be a non-empty sequence"},
		{func() *Exception { _, e := mk(ExceptionGroup, "a", Int(1)); return e }(), "ValueError: Item 0 of second argument (exceptions) is not an exception"},
		{func() *Exception { _, e := mk(ExceptionGroup, "a", mustNew(t, f, KeyboardInterrupt)); return e }(), "TypeError: Cannot nest BaseExceptions in an ExceptionGroup"},
		{func() *Exception {
			_, e := ExceptionGroup.Constructor()(f, ExceptionGroup, []Value{Str("a")}, nil)
			return e
		}(), "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)"},
		{func() *Exception {
			_, e := ExceptionGroup.Constructor()(f, ExceptionGroup, []Value{Int(1), NewList(nil)}, nil)
			return e
		}(), "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int"},
		{func() *Exception {
			_, e := ExceptionGroup.Constructor()(f, ExceptionGroup, []Value{Str("a"), Int(1)}, nil)
			return e
		}(), "TypeError: second argument (exceptions) must be a sequence"},
		{func() *Exception { _, e := f.Call(mustAttr(t, f, eg, "split"), []Value{Int(1)}, nil); return e }(), "TypeError: expected a function, exception type or tuple of exception types"},
	}
	for i, c := range errs {
		if got := errText(c.err); got != c.want {
			t.Errorf("error %d: got %q, want %q", i, got, c.want)
		}
	}
	// user subclass: Cannot nest BaseExceptions in 'MyEG'
	my := NewClass("MyEG", ExceptionGroup, nil)
	if _, e := mk(my, "a", mustNew(t, f, KeyboardInterrupt)); errText(e) != "TypeError: Cannot nest BaseExceptions in 'MyEG'" {
		t.Errorf("MyEG: %s", errText(e))
	}
}

func callBuiltin(f *Fiber, name string, args []Value, kw []KV) (Value, *Exception) {
	fn, _ := f.VM.Builtins.GetStr(name)
	return f.Call(fn, args, kw)
}

func TestBuiltinsFromGo(t *testing.T) {
	f := excTestFiber()
	var out bytes.Buffer
	f.VM.Stdout = &out
	// print(1, 2, sep='-', end='!\n'); print('a', file=None)
	callBuiltin(f, "print", []Value{Int(1), Int(2)}, []KV{{"sep", Str("-")}, {"end", Str("!\n")}})
	callBuiltin(f, "print", []Value{Str("a")}, []KV{{"file", None}})
	if out.String() != "1-2!\na\n" {
		t.Errorf("print: %q", out.String())
	}
	cases := []struct {
		name string
		args []Value
		kw   []KV
		want string
	}{
		{"pow", []Value{Int(2), Int(-1), Int(5)}, nil, "3"},
		{"pow", []Value{Int(2), Int(3), Int(-5)}, nil, "-2"},
		{"pow", []Value{Int(2), Int(-1), Int(4)}, nil, "ValueError: base is not invertible for the given modulus"},
		{"pow", []Value{Float(2), Int(3), Int(5)}, nil, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"min", []Value{Int(1), Int(2)}, []KV{{"default", Int(3)}}, "TypeError: Cannot specify a default for min() with multiple positional arguments"},
		{"max", []Value{NewList(nil)}, nil, "ValueError: max() arg is an empty sequence"},
		{"min", []Value{NewList([]Value{Int(3), Int(1)})}, []KV{{"default", Int(0)}}, "1"},
		{"max", []Value{Int(1), Str("a")}, nil, "TypeError: '>' not supported between instances of 'str' and 'int'"},
		{"max", []Value{Str("abc")}, nil, "'c'"},
		{"ord", []Value{Str("")}, nil, "TypeError: ord() expected a character, but string of length 0 found"},
		{"ord", []Value{Int(1)}, nil, "TypeError: ord() expected string of length 1, but int found"},
		{"chr", []Value{Int(-1)}, nil, "ValueError: chr() arg not in range(0x110000)"},
		{"chr", []Value{Float(1.5)}, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"hex", []Value{True}, nil, "'0x1'"},
		{"oct", []Value{Int(-8)}, nil, "'-0o10'"},
		{"isinstance", []Value{Int(1), Tuple{StrClass, Tuple{IntClass}}}, nil, "True"},
		{"isinstance", []Value{True, IntClass}, nil, "True"},
		{"isinstance", []Value{Int(1), Int(1)}, nil, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"issubclass", []Value{BoolClass, Tuple{StrClass, IntClass}}, nil, "True"},
		{"issubclass", []Value{Int(1), IntClass}, nil, "TypeError: issubclass() arg 1 must be a class"},
		{"getattr", []Value{Int(1), Str("x"), Int(5)}, nil, "5"},
		{"getattr", []Value{Int(1), Int(2)}, nil, "TypeError: attribute name must be string, not 'int'"},
		{"sorted", []Value{NewList([]Value{Int(3), Int(1), Int(2)})}, []KV{{"reverse", Int(1)}}, "[3, 2, 1]"},
		{"sorted", []Value{NewList([]Value{Int(3)})}, []KV{{"reverse", Str("x")}}, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"sorted", []Value{NewList(nil)}, []KV{{"x", Int(1)}}, "TypeError: 'x' is an invalid keyword argument for sort()"},
		{"sum", []Value{NewList([]Value{NewList([]Value{Int(1)}), NewList([]Value{Int(2)})}), NewList(nil)}, nil, "[1, 2]"},
		{"sum", []Value{NewList([]Value{Int(1)}), Str("a")}, nil, "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{"divmod", []Value{Int(7), Int(-2)}, nil, "(-4, -1)"},
		{"divmod", []Value{Str("a"), Int(1)}, nil, "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
		{"round", []Value{Float(2.675), Int(2)}, nil, "2.67"},
		{"all", []Value{NewList(nil)}, nil, "True"},
		{"any", []Value{NewList(nil)}, nil, "False"},
		{"next", []Value{NewList(nil)}, nil, "TypeError: 'list' object is not an iterator"},
		{"iter", []Value{Int(1), Int(2)}, nil, "TypeError: iter(v, w): v must be callable"},
		{"format", []Value{Int(1), Int(1)}, nil, "TypeError: format() argument 2 must be str, not int"},
		{"vars", []Value{Int(1)}, nil, "TypeError: vars() argument must have __dict__ attribute"},
		{"exit", []Value{Int(1), Int(2)}, nil, "TypeError: Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given"},
		{"repr", []Value{mustBuiltin(f, "exit")}, nil, "'Use exit() or Ctrl-D (i.e. EOF) to exit'"},
		{"repr", []Value{mustBuiltin(f, "len")}, nil, "'<built-in function len>'"},
		{"open", []Value{Str("/nonexistent/x")}, nil, "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'"},
		{"open", []Value{Str("/tmp")}, nil, "IsADirectoryError: [Errno 21] Is a directory: '/tmp'"},
		{"open", []Value{Str("x"), Str("q")}, nil, "ValueError: invalid mode: 'q'"},
		{"open", []Value{Str("x"), Str("rw")}, nil, "ValueError: must have exactly one of create/read/write/append mode"},
		{"open", []Value{Float(1.5)}, nil, "TypeError: expected str, bytes or os.PathLike object, not float"},
		{"open", []Value{Str("x")}, []KV{{"foo", Int(1)}}, "TypeError: 'foo' is an invalid keyword argument for open()"},
	}
	for _, c := range cases {
		v, err := callBuiltin(f, c.name, c.args, c.kw)
		got := errText(err)
		if err == nil {
			got = reprOf(t, f, v)
		}
		if got != c.want {
			t.Errorf("%s%v: got %q, want %q", c.name, c.args, got, c.want)
		}
	}
	// exit(3) raises SystemExit(3)
	if _, err := callBuiltin(f, "exit", []Value{Int(3)}, nil); err == nil || err.Class != SystemExit || reprOf(t, f, err) != "SystemExit(3)" {
		t.Errorf("exit: %v", err)
	}
}

func mustBuiltin(f *Fiber, name string) Value {
	v, _ := f.VM.Builtins.GetStr(name)
	return v
}

func TestOpenReadWrite(t *testing.T) {
	f := excTestFiber()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	fh, err := callBuiltin(f, "open", []Value{Str(path), Str("w")}, []KV{{"encoding", Str("utf-8")}})
	if err != nil {
		t.Fatal(err)
	}
	// repr(open(p, 'w', encoding='utf-8'))
	if got := reprOf(t, f, fh); got != "<_io.TextIOWrapper name='"+path+"' mode='w' encoding='utf-8'>" {
		t.Errorf("repr %s", got)
	}
	if n := callMethod(t, f, fh, "write", Str("héllo\nworld\r\nlast")); n != Int(17) {
		t.Errorf("write returned %v", n)
	}
	if _, err := f.Call(mustAttr(t, f, fh, "read"), nil, nil); errText(err) != "io.UnsupportedOperation: not readable" {
		t.Errorf("read on w: %s", errText(err))
	}
	callMethod(t, f, fh, "__exit__", None, None, None)
	if c, _ := GetAttr(f, fh, "closed"); c != True {
		t.Errorf("closed %v", c)
	}
	if _, err := f.Call(mustAttr(t, f, fh, "write"), []Value{Str("x")}, nil); errText(err) != "ValueError: I/O operation on closed file." {
		t.Errorf("write closed: %s", errText(err))
	}
	rd, _ := callBuiltin(f, "open", []Value{Str(path)}, nil)
	if got := reprOf(t, f, callMethod(t, f, rd, "readline")); got != "'héllo\\n'" {
		t.Errorf("readline %s", got)
	}
	if got := reprOf(t, f, callMethod(t, f, rd, "readlines")); got != "['world\\n', 'last']" {
		t.Errorf("readlines %s", got)
	}
	if got := reprOf(t, f, callMethod(t, f, rd, "read")); got != "''" {
		t.Errorf("read at EOF %s", got)
	}
	callMethod(t, f, rd, "close")
	rd2, _ := callBuiltin(f, "open", []Value{Str(path), Str("r")}, nil)
	var lines []string
	it := rd2.(Iterator)
	for {
		v, ok, err := it.Next(f)
		if err != nil || !ok {
			break
		}
		lines = append(lines, string(v.(Str)))
	}
	if strings.Join(lines, "|") != "héllo\n|world\n|last" {
		t.Errorf("iteration %q", lines)
	}
	// mode 'x' on an existing file
	if _, err := callBuiltin(f, "open", []Value{Str(path), Str("x")}, nil); errText(err) != "FileExistsError: [Errno 17] File exists: '"+path+"'" {
		t.Errorf("x mode: %s", errText(err))
	}
	// append
	ap, _ := callBuiltin(f, "open", []Value{Str(path), Str("a")}, nil)
	callMethod(t, f, ap, "write", Str("!"))
	callMethod(t, f, ap, "close")
	data, _ := os.ReadFile(path)
	if string(data) != "héllo\nworld\r\nlast!" {
		t.Errorf("file content %q", data)
	}
}
