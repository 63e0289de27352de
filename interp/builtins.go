package interp

// This file defines the builtins namespace: the table NewBuiltinsDict
// returns, and the functions in it that are not classes. Classes (int,
// str, list, range, enumerate, ...) are listed here but constructed by
// their own files' Class.New; the exception classes come from
// ExceptionClasses. Messages follow CPython 3.11 (see args.go).

import (
	"io"
	"math"
	"math/big"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// NewBuiltinsDict builds the builtins namespace for vm.
func NewBuiltinsDict(vm *VM) *Dict {
	d := NewDict()
	classes := []*Class{
		ObjectClass, TypeClass, IntClass, BoolClass, FloatClass, StrClass, TupleClass,
		ListClass, DictClass, SetClass, FrozenSetClass, RangeClass, SliceClass,
		EnumerateClass, ZipClass, MapClass, FilterClass, ReversedClass,
		PropertyClass, StaticMethodClass, ClassMethodClass, SuperClass,
		BytesClass, ByteArrayClass,
	}
	for _, c := range classes {
		d.SetStr(c.Name, c)
	}
	for _, c := range ExceptionClasses() {
		d.SetStr(c.Name, c)
	}
	for _, c := range WarningClasses() {
		d.SetStr(c.Name, c)
	}
	d.SetStr("EnvironmentError", OSError)
	d.SetStr("IOError", OSError)
	for name, fn := range builtinFuncs {
		b := NewBuiltin(name, fn)
		b.NoRetain = true // none of builtinFuncs keeps its args
		if name == "len" {
			b.Fast = fastLen // exec_callnative.go
		}
		d.SetStr(name, b)
	}
	d.SetStr("open", NewBuiltin("open", builtinOpen))
	d.SetStr("exit", &Quitter{Name: "exit", EOF: "Ctrl-D (i.e. EOF)"})
	d.SetStr("quit", &Quitter{Name: "quit", EOF: "Ctrl-D (i.e. EOF)"})
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("__debug__", True)
	d.SetStr("__name__", Str("builtins"))
	return d
}

var builtinFuncs map[string]NativeFunc

// setupBuiltinFuncs installs the builtin functions (print, len, ...) into the builtin classes; see universe.go.
func setupBuiltinFuncs() {
	builtinFuncs = map[string]NativeFunc{
		"print":      builtinPrint,
		"len":        builtinLen,
		"sorted":     builtinSorted,
		"sum":        builtinSum,
		"min":        func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return minMax(f, "min", CmpLt, args, kw) },
		"max":        func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return minMax(f, "max", CmpGt, args, kw) },
		"abs":        builtinAbs,
		"round":      builtinRound,
		"divmod":     builtinDivmod,
		"pow":        builtinPow,
		"any":        builtinAny,
		"all":        builtinAll,
		"isinstance": builtinIsinstance,
		"issubclass": builtinIssubclass,
		"repr":       builtinRepr,
		"ascii":      builtinASCII,
		"format":     builtinFormat,
		"iter":       builtinIter,
		"aiter":      builtinAiter,
		"anext":      builtinAnext,
		"next":       builtinNext,
		"hash":       builtinHash,
		"id":         builtinID,
		"ord":        builtinOrd,
		"chr":        builtinChr,
		"hex":        func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return intBase(f, "hex", 16, args, kw) },
		"oct":        func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return intBase(f, "oct", 8, args, kw) },
		"bin":        func(f *Fiber, args []Value, kw []KV) (Value, *Exception) { return intBase(f, "bin", 2, args, kw) },
		"getattr":    builtinGetattr,
		"setattr":    builtinSetattr,
		"hasattr":    builtinHasattr,
		"delattr":    builtinDelattr,
		"callable":   builtinCallable,
		"input":      builtinInput,
		"vars":       builtinVars,
		"globals":    builtinGlobals,
		"locals":     builtinLocals,
		"dir":        builtinDir,
	}
}

// ---- output ----

// Flusher is implemented by writers that buffer (the session's stdout).
type Flusher interface{ Flush() error }

// StreamWriter is implemented by stream objects (sys.stdout, sys.stderr)
// that print() may write to directly.
type StreamWriter interface{ Writer() io.Writer }

func builtinPrint(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var sepV, endV, fileV, flushV Value = None, None, None, False
	for _, k := range kw {
		switch k.Name {
		case "sep":
			sepV = k.Value
		case "end":
			endV = k.Value
		case "file":
			fileV = k.Value
		case "flush":
			flushV = k.Value
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", k.Name)
		}
	}
	sep, end := " ", "\n"
	if sepV != None {
		s, ok := sepV.(Str)
		if !ok {
			return nil, Errorf(TypeError, "sep must be None or a string, not %s", TypeName(sepV))
		}
		sep = string(s)
	}
	if endV != None {
		s, ok := endV.(Str)
		if !ok {
			return nil, Errorf(TypeError, "end must be None or a string, not %s", TypeName(endV))
		}
		end = string(s)
	}
	if fileV == None {
		if m, ok := f.VM.Modules["sys"]; ok {
			if v, ok := m.Globals.GetStr("stdout"); ok && v == None {
				// builtin_print: sys.stdout set to None (redirect_stdout(None))
				return None, nil
			}
		}
		fileV = sysStdout(f.VM)
	}
	var w io.Writer
	var write Value
	switch x := fileV.(type) {
	case NoneType:
		w = f.VM.Stdout
	case StreamWriter:
		w = x.Writer()
	default:
		m, err := GetAttr(f, fileV, "write")
		if err != nil {
			return nil, err
		}
		write = m
	}
	// One write per piece, as CPython's print does: what a stream writes
	// out when depends on each write (a line-buffered stream writes at the
	// write holding the line end, a full chunk goes out before the write
	// that would overflow it), and an argument whose str() fails leaves
	// the pieces before it written.
	put := func(s string) *Exception {
		_, err := f.Call(write, []Value{Str(s)}, nil)
		return err
	}
	if w != nil {
		put = func(s string) *Exception {
			if _, err := io.WriteString(w, s); err != nil {
				return goIOError(err, "")
			}
			return nil
		}
	}
	for i, a := range args {
		if i > 0 {
			if err := put(sep); err != nil {
				return nil, err
			}
		}
		s, err := ToStr(f, a)
		if err != nil {
			return nil, err
		}
		if err := put(s); err != nil {
			return nil, err
		}
	}
	if err := put(end); err != nil {
		return nil, err
	}
	flush, err := Truth(f, flushV)
	if err != nil {
		return nil, err
	}
	if flush {
		if w != nil {
			if fl, ok := w.(Flusher); ok {
				if err := fl.Flush(); err != nil {
					return nil, goIOError(err, "")
				}
			}
		} else if m, err := GetAttr(f, fileV, "flush"); err == nil {
			if _, err := f.Call(m, nil, nil); err != nil {
				return nil, err
			}
		}
	}
	return None, nil
}

// input([prompt]) writes the prompt to stdout and reads a line from
// stdin, without its newline.
func builtinInput(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var prompt Value
	if err := UnpackPositional("input", args, kw, 0, &prompt); err != nil {
		return nil, err
	}
	if prompt != nil {
		s, err := ToStr(f, prompt)
		if err != nil {
			return nil, err
		}
		io.WriteString(f.VM.Stdout, s)
	}
	if fl, ok := f.VM.Stdout.(Flusher); ok {
		fl.Flush()
	}
	reacquire := releaseGIL(f.VM)
	line, err := readLine(f.VM.Stdin)
	reacquire()
	if !f.Worker {
		// a Ctrl-C while waiting for the line (the prompt's stdin ends
		// the read then) raises here, as the interrupted read does in CPython
		if exc := f.VM.TakeInterrupt(); exc != nil {
			return nil, exc
		}
	}
	if err != nil {
		if t, ok := f.VM.Stdin.(interface{ IsTerminal() bool }); ok && t.IsTerminal() && err.Matches(EOFError) {
			// CPython reads a terminal with PyOS_Readline, whose end of
			// file is a bare EOFError
			return nil, NewException(EOFError)
		}
		return nil, err
	}
	return Str(line), nil
}

// releaseGIL lets other goroutines run interpreted code while this one
// blocks in a system call (CPython releases the GIL in input()). It
// returns the function that takes the GIL back. When the GIL is not held
// (plain scripts that never took it) both are no-ops.
func releaseGIL(vm *VM) (reacquire func()) {
	if vm.GIL.TryLock() {
		vm.GIL.Unlock()
		return func() {}
	}
	vm.GIL.Unlock()
	return vm.GIL.Lock
}

// readLine reads one line byte by byte (no read-ahead, so other readers
// of the same stdin see the rest).
func readLine(r io.Reader) (string, *Exception) {
	if r == nil {
		return "", Errorf(EOFError, "EOF when reading a line")
	}
	var buf []byte
	var one [1]byte
	br, isByteReader := r.(io.ByteReader)
	for {
		var c byte
		var err error
		if isByteReader {
			c, err = br.ReadByte()
		} else {
			var n int
			n, err = r.Read(one[:])
			if n == 1 {
				c, err = one[0], nil
			} else if err == nil {
				continue
			}
		}
		if err != nil {
			if len(buf) == 0 {
				return "", Errorf(EOFError, "EOF when reading a line")
			}
			break
		}
		if c == '\n' {
			break
		}
		buf = append(buf, c)
	}
	s := string(buf)
	return strings.TrimSuffix(s, "\r"), nil
}

// ---- sequences and iteration ----

func builtinLen(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) == 0 {
		// the commonest receivers, without the unpacking and Len's search
		if r := fastLen(f, args); r != nil { // exec_callnative.go
			return r, nil
		}
	}
	v, err := UnpackOne("len", args, kw)
	if err != nil {
		return nil, err
	}
	n, err := Len(f, v)
	if err != nil {
		return nil, err
	}
	return MakeSmallInt(int64(n)), nil
}

func builtinSorted(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	var key, reverse Value = None, False
	if err := UnpackArgs("sort", nil, kw, "*", "key?", &key, "reverse?", &reverse); err != nil {
		return nil, err
	}
	items, err := ToList(f, args[0])
	if err != nil {
		return nil, err
	}
	items = append([]Value(nil), items...)
	rev, err := AsIndex(f, reverse)
	if err != nil {
		return nil, err
	}
	if key == None {
		key = nil
	}
	if err := SortValues(f, items, key, rev != 0); err != nil {
		return nil, err
	}
	return NewList(items), nil
}

func builtinSum(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var iterable Value
	var start Value = Int(0)
	if err := UnpackArgs("sum", args, kw, "iterable", &iterable, "/", "start?", &start); err != nil {
		return nil, err
	}
	switch start.(type) {
	case Str:
		return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case Bytes:
		return nil, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	case *ByteArray:
		return nil, Errorf(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	acc := start
	err := Iterate(f, iterable, func(x Value) (bool, *Exception) {
		r, err := Binary(f, OpAdd, acc, x, false)
		if err != nil {
			return false, err
		}
		acc = r
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// minMax is min() and max(): op is CmpLt for min, CmpGt for max.
func minMax(f *Fiber, name string, op CmpOp, args []Value, kw []KV) (Value, *Exception) {
	var key, def Value
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "default":
			def = k.Value
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k.Name, name)
		}
	}
	if len(args) == 0 {
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if key == None {
		key = nil
	}
	var items Value
	if len(args) == 1 {
		items = args[0]
	} else {
		if def != nil {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = Tuple(args)
	}
	var best, bestKey Value
	err := Iterate(f, items, func(x Value) (bool, *Exception) {
		k := x
		if key != nil {
			r, err := f.Call(key, []Value{x}, nil)
			if err != nil {
				return false, err
			}
			k = r
		}
		if best == nil {
			best, bestKey = x, k
			return true, nil
		}
		r, err := Compare(f, op, k, bestKey)
		if err != nil {
			return false, err
		}
		better, err := Truth(f, r)
		if err != nil {
			return false, err
		}
		if better {
			best, bestKey = x, k
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if def != nil {
			return def, nil
		}
		return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

func builtinAny(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("any", args, kw)
	if err != nil {
		return nil, err
	}
	found := false
	err = Iterate(f, v, func(x Value) (bool, *Exception) {
		t, err := Truth(f, x)
		if err != nil {
			return false, err
		}
		found = t
		return !t, nil
	})
	if err != nil {
		return nil, err
	}
	return Bool(found), nil
}

func builtinAll(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("all", args, kw)
	if err != nil {
		return nil, err
	}
	all := true
	err = Iterate(f, v, func(x Value) (bool, *Exception) {
		t, err := Truth(f, x)
		if err != nil {
			return false, err
		}
		all = t
		return t, nil
	})
	if err != nil {
		return nil, err
	}
	return Bool(all), nil
}

func builtinIter(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, sentinel Value
	if err := UnpackPositional("iter", args, kw, 1, &v, &sentinel); err != nil {
		return nil, err
	}
	if sentinel == nil {
		return IterValue(f, v)
	}
	if !Callable(v) {
		return nil, Errorf(TypeError, "iter(v, w): v must be callable")
	}
	return NewCallableIterator(v, sentinel), nil
}

func builtinNext(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var it, def Value
	if err := UnpackPositional("next", args, kw, 1, &it, &def); err != nil {
		return nil, err
	}
	_, goIter := it.(Iterator)
	_, hasNext := it.Type().Lookup("__next__")
	if !goIter && !hasNext {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	if def == nil && hasNext {
		// the iterator's own StopIteration (a generator's carries its
		// return value) propagates unchanged
		r, _, err := CallDunder(f, it, "__next__")
		return r, err
	}
	v, ok, err := Next(f, it)
	if err != nil {
		return nil, err
	}
	if !ok {
		if def != nil {
			return def, nil
		}
		return nil, NewException(StopIteration)
	}
	return v, nil
}

// ---- numbers ----

func builtinAbs(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("abs", args, kw)
	if err != nil {
		return nil, err
	}
	return Abs(f, v)
}

func builtinRound(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var x, nd Value
	if err := UnpackArgs("round", args, kw, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	return Round(f, x, nd)
}

func builtinDivmod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var a, b Value
	if err := UnpackPositional("divmod", args, kw, 2, &a, &b); err != nil {
		return nil, err
	}
	if r, ok, err := DivMod(a, b); ok || err != nil {
		return r, err
	}
	if r, ok, err := CallDunder(f, a, "__divmod__", b); err != nil {
		return nil, err
	} else if ok && r != NotImplemented {
		return r, nil
	}
	if a.Type() != b.Type() {
		if r, ok, err := CallDunder(f, b, "__rdivmod__", a); err != nil {
			return nil, err
		} else if ok && r != NotImplemented {
			return r, nil
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}

func builtinPow(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var base, exp, mod Value
	if err := UnpackArgs("pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == nil || mod == None {
		return Binary(f, OpPow, base, exp, false)
	}
	if !isIntValue(base) || !isIntValue(exp) || !isIntValue(mod) {
		if r, ok, err := CallDunder(f, base, "__pow__", exp, mod); err != nil {
			return nil, err
		} else if ok && r != NotImplemented && !base.Type().BuiltinType {
			return r, nil
		}
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	b, e, m := bigOf(base), bigOf(exp), bigOf(mod)
	if m.Sign() == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	absM := new(big.Int).Abs(m)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, absM), absM)
		if inv == nil {
			return nil, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		b = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(b, absM), e, absM)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return MakeInt(r), nil
}

func isIntValue(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

func bigOf(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return new(big.Int).Set(&x.V)
	}
	return new(big.Int)
}

func builtinHash(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("hash", args, kw)
	if err != nil {
		return nil, err
	}
	// a one-argument C builtin: CPython's call counts one level
	if err := f.EnterNested("while calling a Python object"); err != nil {
		return nil, err
	}
	h, err := Hash(f, v)
	f.LeaveNested()
	if err != nil {
		return nil, err
	}
	return Int(h), nil
}

func builtinID(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("id", args, kw)
	if err != nil {
		return nil, err
	}
	return Int(idOf(v)), nil
}

// idOf is id(v): the object's address for heap objects; for values Go
// holds unboxed (ints, floats, strs, bools) a number derived from the
// value, so equal small values share an id and different ones do not.
func idOf(v Value) int64 {
	const base = 0x7f0000000000
	switch x := v.(type) {
	case Int:
		return base + 0x100000000 + int64(x)*32
	case Float:
		return base + 0x200000000 + int64(math.Float64bits(float64(x))>>20)*32
	case Bool:
		if x {
			return base + 0x300000020
		}
		return base + 0x300000000
	case Str:
		if len(x) == 0 {
			return base + 0x300000040
		}
		return int64(uintptr(unsafe.Pointer(unsafe.StringData(string(x)))))
	}
	return int64(IdentityAddr(v))
}

func builtinOrd(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("ord", args, kw)
	if err != nil {
		return nil, err
	}
	s, ok := v.(Str)
	if !ok {
		if b, isBytes := bytesOf(v); isBytes {
			if len(b) != 1 {
				return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(b))
			}
			return Int(b[0]), nil
		}
		return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", TypeName(v))
	}
	if len(s) == 1 { // one byte of UTF-8: ASCII
		return MakeSmallInt(int64(s[0])), nil
	}
	if r, n := utf8.DecodeRuneInString(string(s)); n == len(s) && n > 0 {
		return MakeSmallInt(int64(r)), nil
	}
	return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", utf8.RuneCountInString(string(s)))
}

func builtinChr(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("chr", args, kw)
	if err != nil {
		return nil, err
	}
	n, err := Index(f, v)
	if err != nil {
		return nil, err
	}
	i, ok := n.(Int)
	if !ok || i < -1<<31 || i >= 1<<31 {
		return nil, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	if i < 0 || i > 0x10FFFF {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return Str(string(rune(i))), nil
}

func intBase(f *Fiber, name string, base int, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne(name, args, kw)
	if err != nil {
		return nil, err
	}
	n, err := Index(f, v)
	if err != nil {
		return nil, err
	}
	return Str(IntFormatBase(n, base)), nil
}

// ---- objects and classes ----

// classInfoMatch is CPython's object_recursive_isinstance and
// object_issubclass over isinstance's second argument: a class, or a
// tuple (nested) of them tried in order until one matches. Each tuple
// level counts against the recursion limit (" in __instancecheck__"), and
// an item that is not a class is an error only when it is reached.
func classInfoMatch(f *Fiber, ci Value, match func(*Class) (bool, *Exception), where, errMsg string) (bool, *Exception) {
	switch x := ci.(type) {
	case *Class:
		return match(x)
	case Tuple:
		for _, it := range x {
			if err := f.EnterNested(where); err != nil {
				return false, err
			}
			ok, err := classInfoMatch(f, it, match, where, errMsg)
			f.LeaveNested()
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "%s", errMsg)
}

// userClassCheck calls the __instancecheck__ or __subclasscheck__ (name)
// that cls's metaclass defines in Python, if any, on x; ok is false when
// there is none (CPython looks the checker up on type(cls), and a class
// whose type is exactly type has none).
func userClassCheck(f *Fiber, cls *Class, name string, x Value) (r, ok bool, err *Exception) {
	meta := cls.Type()
	if meta == TypeClass {
		return false, false, nil
	}
	chk, found := userMethod(meta, name)
	if !found {
		return false, false, nil
	}
	if err := f.EnterNested("in " + name); err != nil {
		return false, true, err
	}
	res, err := f.Call(chk, []Value{cls, x}, nil)
	f.LeaveNested()
	if err != nil {
		return false, true, err
	}
	r, err = truth(f, res)
	return r, true, err
}

func builtinIsinstance(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, ci Value
	if err := UnpackPositional("isinstance", args, kw, 2, &v, &ci); err != nil {
		return nil, err
	}
	ok, err := classInfoMatch(f, ci, func(c *Class) (bool, *Exception) {
		if v.Type() == c {
			return true, nil
		}
		if r, ok, err := userClassCheck(f, c, "__instancecheck__", v); ok {
			return r, err
		}
		if IsInstance(v, c) {
			return true, nil
		}
		return virtualSubclass(f, v.Type(), c)
	}, "in __instancecheck__", "isinstance() arg 2 must be a type, a tuple of types, or a union")
	if err != nil {
		return nil, err
	}
	return Bool(ok), nil
}

func builtinIssubclass(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, ci Value
	if err := UnpackPositional("issubclass", args, kw, 2, &v, &ci); err != nil {
		return nil, err
	}
	c, ok := v.(*Class)
	if !ok {
		return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
	}
	ok, err := classInfoMatch(f, ci, func(k *Class) (bool, *Exception) {
		if r, ok, err := userClassCheck(f, k, "__subclasscheck__", c); ok {
			return r, err
		}
		if c.IsSubclass(k) {
			return true, nil
		}
		return virtualSubclass(f, c, k)
	}, "in __subclasscheck__", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	if err != nil {
		return nil, err
	}
	return Bool(ok), nil
}

func builtinRepr(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("repr", args, kw)
	if err != nil {
		return nil, err
	}
	// a one-argument C builtin: CPython's call counts one level
	if err := f.EnterNested("while calling a Python object"); err != nil {
		return nil, err
	}
	s, err := Repr(f, v)
	f.LeaveNested()
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func builtinASCII(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("ascii", args, kw)
	if err != nil {
		return nil, err
	}
	s, err := ASCII(f, v)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func builtinFormat(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, spec Value
	if err := UnpackPositional("format", args, kw, 1, &v, &spec); err != nil {
		return nil, err
	}
	sp := ""
	if spec != nil {
		s, ok := spec.(Str)
		if !ok {
			return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", TypeName(spec))
		}
		sp = string(s)
	}
	s, err := Format(f, v, sp)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func attrName(v Value) (string, *Exception) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(v))
	}
	return string(s), nil
}

func builtinGetattr(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, n, def Value
	if err := UnpackPositional("getattr", args, kw, 2, &v, &n, &def); err != nil {
		return nil, err
	}
	name, err := attrName(n)
	if err != nil {
		return nil, err
	}
	r, err := GetAttr(f, v, name)
	if err != nil && def != nil && err.Matches(AttributeError) {
		return def, nil
	}
	return r, err
}

func builtinSetattr(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, n, x Value
	if err := UnpackPositional("setattr", args, kw, 3, &v, &n, &x); err != nil {
		return nil, err
	}
	name, err := attrName(n)
	if err != nil {
		return nil, err
	}
	if err := SetAttr(f, v, name, x); err != nil {
		return nil, err
	}
	return None, nil
}

func builtinHasattr(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, n Value
	if err := UnpackPositional("hasattr", args, kw, 2, &v, &n); err != nil {
		return nil, err
	}
	name, err := attrName(n)
	if err != nil {
		return nil, err
	}
	_, err = GetAttr(f, v, name)
	if err != nil {
		if err.Matches(AttributeError) {
			return False, nil
		}
		return nil, err
	}
	return True, nil
}

func builtinDelattr(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v, n Value
	if err := UnpackPositional("delattr", args, kw, 2, &v, &n); err != nil {
		return nil, err
	}
	name, err := attrName(n)
	if err != nil {
		return nil, err
	}
	if err := DelAttr(f, v, name); err != nil {
		return nil, err
	}
	return None, nil
}

func builtinCallable(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("callable", args, kw)
	if err != nil {
		return nil, err
	}
	return Bool(Callable(v)), nil
}

// callVMBuiltin calls a builtin the VM installs (locals), for vars() and
// dir() without arguments.
func callVMBuiltin(f *Fiber, name string) (Value, *Exception) {
	if fn, ok := f.VM.Builtins.GetStr(name); ok {
		return f.Call(fn, nil, nil)
	}
	if name == "locals" {
		return frameLocals(callerFrame(f)), nil
	}
	return nil, Errorf(RuntimeError, "%s() is not available here", name)
}

func builtinVars(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v Value
	if err := UnpackPositional("vars", args, kw, 0, &v); err != nil {
		return nil, err
	}
	if v == nil {
		return callVMBuiltin(f, "locals")
	}
	d, err := GetAttr(f, v, "__dict__")
	if err != nil {
		if err.Matches(AttributeError) {
			return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}

// objectDunders are the attribute names every object has (dir() lists
// them).
var objectDunders = []string{"__class__", "__delattr__", "__dir__", "__doc__", "__eq__",
	"__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
	"__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
	"__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__"}

func builtinDir(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	var v Value
	if err := UnpackPositional("dir", args, kw, 0, &v); err != nil {
		return nil, err
	}
	if v == nil {
		l, err := callVMBuiltin(f, "locals")
		if err != nil {
			return nil, err
		}
		d, ok := l.(*Dict)
		if !ok {
			return NewList(nil), nil
		}
		return sortedNames(d.Keys(), nil), nil
	}
	if m, err := GetAttr(f, v, "__dir__"); err == nil {
		if b, ok := m.(*Builtin); !ok || b.Of == nil || !b.Of.BuiltinType {
			r, err := f.Call(m, nil, nil)
			if err != nil {
				return nil, err
			}
			items, err := ToList(f, r)
			if err != nil {
				return nil, err
			}
			l := NewList(append([]Value(nil), items...))
			if err := SortValues(f, l.Items, nil, false); err != nil {
				return nil, err
			}
			return l, nil
		}
	}
	seen := map[string]bool{}
	var names []Value
	add := func(k Value) {
		if s, ok := k.(Str); ok && !seen[string(s)] {
			seen[string(s)] = true
			names = append(names, s)
		}
	}
	addClass := func(c *Class) {
		for _, k := range c.MRO {
			if names := builtinDirNames(k); names != nil {
				// a built-in type lists what CPython's does (dir_table.go)
				for _, n := range names {
					add(Str(n))
				}
				continue
			}
			for name := range k.Dict {
				add(Str(name))
			}
		}
		if c.Base != nil || c == ObjectClass {
			for _, n := range objectDunders {
				add(Str(n))
			}
		}
	}
	switch x := v.(type) {
	case *Module:
		for _, k := range x.Globals.Keys() {
			add(k)
		}
		return sortedNames(names, nil), nil
	case *Class:
		addClass(x)
		for _, n := range []string{"__dict__", "__module__", "__weakref__"} {
			if !x.BuiltinType {
				add(Str(n))
			}
		}
		return sortedNames(names, nil), nil
	case *Instance:
		for _, k := range x.OwnAttrNames() {
			add(k)
		}
		for _, n := range []string{"__dict__", "__module__", "__weakref__"} {
			add(Str(n))
		}
	case *Exception:
		if x.Dict != nil {
			for _, k := range x.Dict.Keys() {
				add(k)
			}
		}
		for _, n := range []string{"__cause__", "__context__", "__dict__", "__setstate__",
			"__suppress_context__", "__traceback__", "add_note", "args", "with_traceback"} {
			add(Str(n))
		}
	}
	addClass(v.Type())
	return sortedNames(names, nil), nil
}

func sortedNames(keys []Value, _ any) *List {
	names := make([]string, 0, len(keys))
	for _, k := range keys {
		if s, ok := k.(Str); ok {
			names = append(names, string(s))
		}
	}
	sort.Strings(names)
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = Str(n)
	}
	return NewList(items)
}

// ---- exit / quit ----

// QuitterClass is the class of the exit and quit objects.
var QuitterClass = func() *Class {
	c := newBuiltinClass("Quitter", ObjectClass)
	c.Module = "_sitebuiltins"
	c.BuiltinType = true
	return c
}()

// Quitter is exit / quit: calling it raises SystemExit.
type Quitter struct{ Name, EOF string }

func (*Quitter) Type() *Class { return QuitterClass }

// Repr implements the repr hook: "Use exit() or Ctrl-D (i.e. EOF) to exit".
func (q *Quitter) Repr(f *Fiber) (string, *Exception) {
	return "Use " + q.Name + "() or " + q.EOF + " to exit", nil
}

// setupQuitter installs the exit and quit objects' class into the builtin classes; see universe.go.
func setupQuitter() {
	QuitterClass.AddMethods(map[string]NativeFunc{
		"__call__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			var self Value
			var code Value = None
			if err := UnpackArgsPy("Quitter.__call__", args, kw, "self", &self, "code?", &code); err != nil {
				return nil, err
			}
			return nil, NewException(SystemExit, code)
		},
		"__repr__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) == 0 {
				return nil, Errorf(TypeError, "Quitter.__repr__() missing 1 required positional argument: 'self'")
			}
			if q, ok := args[0].(*Quitter); ok {
				s, _ := q.Repr(f)
				return Str(s), nil
			}
			return Str(""), nil
		},
	})
}
