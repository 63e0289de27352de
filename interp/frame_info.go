package interp

// This file exposes what the warnings, traceback and sys modules read
// from the running program: the exception being handled (sys.exc_info)
// and, per frame, its globals, file name and current source line
// (warnings.warn's stacklevel); and sys.stdout as the program set it,
// which print() writes to.

// HandledException is the exception the innermost except block of f is
// handling, or nil (sys.exception()).
func (f *Fiber) HandledException() *Exception { return f.handledException() }

// Globals is the frame's global namespace.
func (fr *Frame) Globals() *Dict { return fr.globals }

// Filename is the name of the file the frame's code came from.
func (fr *Frame) Filename() string {
	if fr.code.File == nil {
		return ""
	}
	return fr.code.File.Name
}

// SourceLine is line n of the file the frame's code came from ("" when
// unknown).
func (fr *Frame) SourceLine(n int) string {
	if fr.code.File == nil {
		return ""
	}
	return fr.code.File.Line(n)
}

// sysStdout is sys.stdout when the program has imported sys (and maybe
// replaced it, as contextlib.redirect_stdout does), else None: print()
// without file= writes there, as CPython's does.
func sysStdout(vm *VM) Value {
	m, ok := vm.Modules["sys"]
	if !ok {
		return None
	}
	if v, ok := m.Globals.GetStr("stdout"); ok {
		return v
	}
	return None
}
