// Package pylibhelp implements _pylib, the few operations the embedded
// Python-language modules (stdlib/pylib: copy, enum, dataclasses, ...)
// need from Go: allocating an instance of a class without running its
// __new__ or __init__ (what object.__new__(cls) does in CPython), the
// caller's frame, a built-in and a module by name (warnings), the exception being handled and CPython's
// traceback report (traceback).
package pylibhelp

import (
	"crypto/rand"
	"math/big"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
)

// Load makes the _pylib module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("_pylib")
	m.AddFuncs(map[string]interp.NativeFunc{
		"object_new":            objectNew,
		"caller":                caller,
		"handled_exception":     handledException,
		"format_exception":      formatException,
		"format_exception_only": formatExceptionOnly,
		"format_traceback":      formatTraceback,
		"function_kind":         functionKind,
		"signature_parts":       signatureParts,
		"random_bits":           randomBits,
		"builtin":               builtin,
		"import_module":         importModule,
	})
	return m, nil
}

// objectNew is object_new(cls): a new, empty instance of cls made by the
// nearest built-in constructor in its MRO, as object.__new__(cls) (or
// int.__new__(cls) ...) makes it; neither __new__ nor __init__ of a
// class written in Python runs.
func objectNew(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) < 1 {
		return nil, interp.Errorf(interp.TypeError, "object_new() needs a class")
	}
	cls, ok := args[0].(*interp.Class)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "object_new(X): X is not a type object (%s)", interp.TypeName(args[0]))
	}
	return interp.NewObject(f, cls, args[1:], kw)
}

// builtin is builtin(name): the built-in named name (what the builtins
// module's attribute would be; asyncscript has no builtins module), or
// AttributeError.
func builtin(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var name string
	if err := interp.UnpackArgsPy("builtin", args, kw, "name", &name); err != nil {
		return nil, err
	}
	if v, ok := f.VM.Builtins.GetStr(name); ok {
		return v, nil
	}
	return nil, interp.Errorf(interp.AttributeError, "module 'builtins' has no attribute '%s'", name)
}

// importModule is import_module(name): the module of that (possibly
// dotted) name, imported if need be (importlib.import_module).
func importModule(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var name string
	if err := interp.UnpackArgsPy("import_module", args, kw, "name", &name); err != nil {
		return nil, err
	}
	m, exc := f.VM.ImportModule(f, name)
	if exc != nil {
		return nil, exc
	}
	return m, nil
}

// caller is caller(depth): (filename, lineno, globals, source line, code
// name) of the
// frame depth levels above the Python function that calls it (1: that
// function's caller), or None past the outermost frame.
func caller(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	depth := 1
	if len(args) > 0 {
		if n, ok := args[0].(interp.Int); ok {
			depth = int(n)
		}
	}
	frames := f.Frames()
	i := len(frames) - 1 - depth
	if i < 0 || i >= len(frames) {
		return interp.None, nil
	}
	fr := frames[i]
	line := fr.Line()
	return interp.Tuple{interp.Str(fr.Filename()), interp.Int(line), fr.Globals(), interp.Str(fr.SourceLine(line)), interp.Str(fr.Code().Name)}, nil
}

// handledException is handled_exception(): the exception being handled
// (sys.exception()), or None.
func handledException(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if e := f.HandledException(); e != nil {
		return e, nil
	}
	return interp.None, nil
}

// formatException is format_exception(exc, chain=True): the report
// CPython prints for exc uncaught, traceback and chained exceptions
// included; with chain false only exc's own traceback and message.
func formatException(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) < 1 {
		return nil, interp.Errorf(interp.TypeError, "format_exception() needs an exception")
	}
	e, ok := args[0].(*interp.Exception)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "format_exception() argument must be an exception, not %s", interp.TypeName(args[0]))
	}
	chain := true
	if len(args) > 1 {
		chain = args[1] != interp.False
	}
	if !chain {
		c := *e
		c.Cause, c.Context = nil, nil
		e = &c
	}
	return interp.Str(interp.FormatException(f, e)), nil
}

// formatExceptionOnly is format_exception_only(exc): its "Type: message"
// line(s).
func formatExceptionOnly(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) < 1 {
		return nil, interp.Errorf(interp.TypeError, "format_exception_only() needs an exception")
	}
	e, ok := args[0].(*interp.Exception)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "format_exception_only() argument must be an exception, not %s", interp.TypeName(args[0]))
	}
	return interp.Str(interp.FormatExceptionOnly(f, e)), nil
}

// formatTraceback is format_traceback(exc): the "  File ..." lines of
// exc's traceback.
func formatTraceback(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) < 1 {
		return nil, interp.Errorf(interp.TypeError, "format_traceback() needs an exception")
	}
	e, ok := args[0].(*interp.Exception)
	if !ok {
		return interp.Str(""), nil
	}
	return interp.Str(interp.FormatTraceback(e.Traceback)), nil
}

// functionKind is function_kind(fn): "coroutine", "generator",
// "async_generator" or "function" for a function written in the language
// (through bound methods), None for anything else.
func functionKind(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "function_kind() takes one argument")
	}
	fn := args[0]
	if m, ok := fn.(*interp.BoundMethod); ok {
		fn = m.Func
	}
	fv, ok := fn.(*interp.Function)
	if !ok {
		return interp.None, nil
	}
	switch fl := fv.Code.Flags; {
	case fl&compile.FlagAsyncGenerator != 0:
		return interp.Str("async_generator"), nil
	case fl&compile.FlagCoroutine != 0:
		return interp.Str("coroutine"), nil
	case fl&compile.FlagGenerator != 0:
		return interp.Str("generator"), nil
	}
	return interp.Str("function"), nil
}

// signatureParts is signature_parts(fn): the parameters of a function
// written in the language as (positional names, *args name or None,
// keyword-only names, **kwargs name or None, defaults, kw defaults), or
// None for anything else.
func signatureParts(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "signature_parts() takes one argument")
	}
	fv, ok := args[0].(*interp.Function)
	if !ok {
		return interp.None, nil
	}
	c := fv.Code
	names := c.Locals
	i := 0
	take := func(n int) []interp.Value {
		out := make([]interp.Value, 0, n)
		for ; n > 0 && i < len(names); n-- {
			out = append(out, interp.Str(names[i]))
			i++
		}
		return out
	}
	pos := take(c.ArgCount)
	var varargs, varkw interp.Value = interp.None, interp.None
	if c.Flags&compile.FlagVarargs != 0 {
		varargs = take(1)[0]
	}
	kwonly := take(c.KwOnlyArgCount)
	if c.Flags&compile.FlagVarKeywords != 0 {
		varkw = take(1)[0]
	}
	var kwd interp.Value = interp.None
	if fv.KwDefaults != nil {
		kwd = fv.KwDefaults
	}
	defaults := fv.Defaults
	if defaults == nil {
		defaults = interp.Tuple{}
	}
	return interp.Tuple{interp.NewList(pos), varargs, interp.NewList(kwonly), varkw, defaults, kwd}, nil
}

// randomBits is random_bits(n): an int of n bits from the operating
// system's random source (os.urandom, for uuid4).
func randomBits(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeError, "random_bits() takes one argument")
	}
	n, ok := args[0].(interp.Int)
	if !ok || n < 0 || n > 1<<16 {
		return nil, interp.Errorf(interp.ValueError, "random_bits() needs a bit count")
	}
	buf := make([]byte, (int(n)+7)/8)
	if _, err := rand.Read(buf); err != nil {
		return nil, interp.Errorf(interp.OSError, "%s", err)
	}
	v := new(big.Int).SetBytes(buf)
	v.Rsh(v, uint(len(buf)*8-int(n)))
	return interp.MakeInt(v), nil
}
