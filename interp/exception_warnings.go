package interp

// This file declares the built-in warning categories beyond Warning,
// UserWarning, DeprecationWarning and RuntimeWarning (exception.go), which
// the warnings module filters on, and IssueCompileWarnings.

import (
	"os"
	"strings"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/lang"
)

var (
	SyntaxWarning             = newExcClass("SyntaxWarning", Warning_)
	FutureWarning             = newExcClass("FutureWarning", Warning_)
	PendingDeprecationWarning = newExcClass("PendingDeprecationWarning", Warning_)
	ImportWarning             = newExcClass("ImportWarning", Warning_)
	UnicodeWarning            = newExcClass("UnicodeWarning", Warning_)
	BytesWarning              = newExcClass("BytesWarning", Warning_)
	ResourceWarning           = newExcClass("ResourceWarning", Warning_)
	EncodingWarning           = newExcClass("EncodingWarning", Warning_)
)

// WarningClasses lists the warning categories of this file, for the
// builtins module.
func WarningClasses() []*Class {
	return []*Class{SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning,
		UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning}
}

// IssueCompileWarnings issues the warnings the compiler found in a
// module's code (compile.Code.Warnings), as CPython's compiler does while
// it compiles: each through warnings.warn_explicit with the file name and
// line, no module and no registry (so the filters decide and a warning
// shows each time its code is compiled). Everything that compiles code to
// run calls it before running the code.
//
// When the filters turn a warning into an exception (-W error, or a
// filter set by the program before it compiles more code) and that
// exception is the SyntaxWarning, the compilation fails with a
// SyntaxError at the warning's location instead, as compile.c's
// compiler_warn does; the warnings after it are not issued.
func (f *Fiber) IssueCompileWarnings(ws []compile.Warning) *Exception {
	if len(ws) == 0 {
		return nil
	}
	mod, exc := f.VM.ImportModule(f, "warnings")
	if exc != nil {
		return exc
	}
	warn, exc := GetAttr(f, mod, "warn_explicit")
	if exc != nil {
		return exc
	}
	for _, w := range ws {
		cls := SyntaxWarning
		if c := warningClassNamed(w.Category); c != nil {
			cls = c
		}
		var kw []KV
		if line := cachedLine(w); line != "" {
			kw = []KV{{Name: "_line", Value: Str(line)}}
		}
		if _, exc := f.Call(warn, []Value{Str(w.Msg), cls, Str(w.File.Name), Int(int64(w.Span.Start.Line))}, kw); exc != nil {
			if exc.Matches(cls) {
				// CPython reads the error's source line from the file:
				// "<string>" and "<stdin>" show none
				noText := strings.HasPrefix(w.File.Name, "<")
				return SyntaxErrorException(&lang.SyntaxError{File: w.File, Span: w.Span, Kind: "SyntaxError", Msg: w.Msg, NoText: noText})
			}
			return exc
		}
	}
	return nil
}

// cachedLine is the source line of w when its code claims a file that is
// not on disk, as a notebook cell does ("/tmp/ipykernel_PID/N.py"):
// IPython keeps cells in linecache, so CPython's warning shows the line.
// Otherwise "": the warnings module reads a real file's line itself, and
// code in no file ("<string>", "<stdin>") has none.
func cachedLine(w compile.Warning) string {
	name := w.File.Name
	if strings.HasPrefix(name, "<") {
		return ""
	}
	if _, err := os.Stat(name); err == nil {
		return ""
	}
	return w.File.Line(int(w.Span.Start.Line))
}

// warningClassNamed returns the warning category of this file named name.
func warningClassNamed(name string) *Class {
	for _, c := range WarningClasses() {
		if c.Name == name {
			return c
		}
	}
	return nil
}
