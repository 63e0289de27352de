package interp

// This file defines the behaviour of exception objects: construction
// (BaseException.__new__/__init__ and the OSError and ExceptionGroup
// variants), str() and repr(), the special attributes (args, __cause__,
// __context__, __notes__, errno, code, value, ...). The Exception struct
// and the class hierarchy are declared in exception.go, exception groups
// in exception_group.go, raise and except in exception_handling.go.

import (
	"strconv"
	"strings"
)

// setupExceptions installs BaseException, OSError and the exception groups into the builtin classes; see universe.go.
func setupExceptions() {
	BaseException.New = excNew
	BaseException.AddMethods(map[string]NativeFunc{
		"__init__":       excInit,
		"__str__":        excStrMethod,
		"__repr__":       excReprMethod,
		"with_traceback": excWithTraceback,
		"add_note":       excAddNote,
	})
	KeyError.AddMethods(map[string]NativeFunc{"__str__": excStrMethod})
	OSError.New = osErrorNew
	OSError.AddMethods(map[string]NativeFunc{
		"__init__": osErrorInit,
		"__str__":  excStrMethod,
	})
	BaseExceptionGroup.New = groupNew
	BaseExceptionGroup.AddMethods(map[string]NativeFunc{
		"__init__": groupInit,
		"__str__":  excStrMethod,
		"derive":   groupDerive,
		"subgroup": groupSubgroup,
		"split":    groupSplit,
	})
}

// selfException checks that a method receiver is an exception.
func selfException(name string, args []Value) (*Exception, *Exception) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "descriptor '%s' of 'BaseException' object needs an argument", name)
	}
	e, ok := args[0].(*Exception)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'", name, TypeName(args[0]))
	}
	return e, nil
}

// hasBuiltinInit reports whether cls inherits __init__ from a built-in
// exception class (no user override).
func hasBuiltinInit(cls *Class) bool {
	m, ok := cls.Lookup("__init__")
	if !ok {
		return true
	}
	b, ok := m.(*Builtin)
	return ok && b.Of != nil && b.Of.BuiltinType
}

func noKeywords(cls *Class, kw []KV) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", cls.Name)
	}
	return nil
}

// excNew is BaseException.__new__: args become e.args. Keyword arguments
// are refused unless a user __init__ will take them.
func excNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if hasBuiltinInit(cls) {
		if err := noKeywords(cls, kw); err != nil {
			return nil, err
		}
	}
	return &Exception{Class: cls, Args: append(Tuple(nil), args...)}, nil
}

func excInit(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, err := selfException("__init__", args)
	if err != nil {
		return nil, err
	}
	if err := noKeywords(e.Class, kw); err != nil {
		return nil, err
	}
	e.Args = append(Tuple(nil), args[1:]...)
	return None, nil
}

func excStrMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, err := selfException("__str__", args)
	if err != nil {
		return nil, err
	}
	s, err := excStrNative(f, e)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func excReprMethod(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, err := selfException("__repr__", args)
	if err != nil {
		return nil, err
	}
	s, err := excReprNative(f, e)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func excWithTraceback(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, err := selfException("with_traceback", args)
	if err != nil {
		return nil, err
	}
	if len(args) != 2 || len(kw) > 0 {
		return nil, Errorf(TypeError, "BaseException.with_traceback() takes exactly one argument (%d given)", len(args)-1+len(kw))
	}
	if args[1] != None {
		return nil, Errorf(TypeError, "__traceback__ must be a traceback or None")
	}
	return e, nil
}

func excAddNote(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, err := selfException("add_note", args)
	if err != nil {
		return nil, err
	}
	if len(args) != 2 || len(kw) > 0 {
		return nil, Errorf(TypeError, "BaseException.add_note() takes exactly one argument (%d given)", len(args)-1+len(kw))
	}
	note, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "note must be a str, not '%s'", TypeName(args[1]))
	}
	notes := excNotesList(e)
	if notes == nil {
		return nil, Errorf(TypeError, "Cannot add note: __notes__ is not a list")
	}
	notes.Items = append(notes.Items, note)
	return None, nil
}

// excNotesList returns the __notes__ list of e, creating it (from the
// Go-side Notes) if needed; nil if __notes__ is set to a non-list.
func excNotesList(e *Exception) *List {
	if e.Dict != nil {
		if v, ok := e.Dict.GetStr("__notes__"); ok {
			l, _ := v.(*List)
			return l
		}
	} else {
		e.Dict = NewDict()
	}
	l := &List{}
	for _, n := range e.Notes {
		l.Items = append(l.Items, Str(n))
	}
	e.Notes = nil
	e.Dict.SetStr("__notes__", l)
	return l
}

// ExceptionNotes returns the notes printed after an exception's message:
// the __notes__ attribute when set (a list or tuple), else e.Notes. ok is
// false when __notes__ is set to something that is not a sequence (the
// printer then shows its repr).
func ExceptionNotes(e *Exception) (notes []Value, raw Value, ok bool) {
	if e.Dict != nil {
		if v, found := e.Dict.GetStr("__notes__"); found {
			switch l := v.(type) {
			case *List:
				return l.Items, nil, true
			case Tuple:
				return l, nil, true
			}
			return nil, v, false
		}
	}
	for _, n := range e.Notes {
		notes = append(notes, Str(n))
	}
	return notes, nil, true
}

// ExceptionStr is str(e), calling a user __str__ override if the class has
// one.
func ExceptionStr(f *Fiber, e *Exception) (string, *Exception) {
	if m, ok := e.Class.Lookup("__str__"); ok {
		if b, ok := m.(*Builtin); !ok || b.Of == nil || !b.Of.IsException || !b.Of.BuiltinType {
			r, err := f.Call(m, []Value{e}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", Errorf(TypeError, "__str__ returned non-string (type %s)", TypeName(r))
			}
			return string(s), nil
		}
	}
	return excStrNative(f, e)
}

// ExceptionRepr is repr(e), calling a user __repr__ override if the class
// has one.
func ExceptionRepr(f *Fiber, e *Exception) (string, *Exception) {
	if m, ok := e.Class.Lookup("__repr__"); ok {
		if b, ok := m.(*Builtin); !ok || b.Of == nil || !b.Of.IsException || !b.Of.BuiltinType {
			r, err := f.Call(m, []Value{e}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", Errorf(TypeError, "__repr__ returned non-string (type %s)", TypeName(r))
			}
			return string(s), nil
		}
	}
	return excReprNative(f, e)
}

// Repr implements the repr hook for exceptions.
func (e *Exception) Repr(f *Fiber) (string, *Exception) { return ExceptionRepr(f, e) }

// Str implements the str hook for exceptions.
func (e *Exception) Str(f *Fiber) (string, *Exception) { return ExceptionStr(f, e) }

// excStrNative is the built-in __str__ of e's nearest built-in class.
func excStrNative(f *Fiber, e *Exception) (string, *Exception) {
	if s, ok := unicodeErrorText(e); ok {
		return s, nil
	}
	switch {
	case e.Class.IsSubclass(BaseExceptionGroup):
		n := len(e.Exceptions)
		s := "s"
		if n == 1 {
			s = ""
		}
		return e.Message + " (" + strconv.Itoa(n) + " sub-exception" + s + ")", nil
	case e.Class.IsSubclass(KeyError):
		if len(e.Args) == 1 {
			return Repr(f, e.Args[0])
		}
	case e.Class.IsSubclass(OSError):
		errno, hasErrno := excDictGet(e, "errno")
		strerror, hasStrerror := excDictGet(e, "strerror")
		filename, hasFilename := excDictGet(e, "filename")
		filename2, hasFilename2 := excDictGet(e, "filename2")
		if hasFilename && filename != None {
			es, err := ToStr(f, errno)
			if err != nil {
				return "", err
			}
			ss, err := ToStr(f, strerror)
			if err != nil {
				return "", err
			}
			fs, err := Repr(f, filename)
			if err != nil {
				return "", err
			}
			out := "[Errno " + es + "] " + ss + ": " + fs
			if hasFilename2 && filename2 != None {
				f2, err := Repr(f, filename2)
				if err != nil {
					return "", err
				}
				out += " -> " + f2
			}
			return out, nil
		}
		if hasErrno && hasStrerror && errno != None && strerror != None {
			es, err := ToStr(f, errno)
			if err != nil {
				return "", err
			}
			ss, err := ToStr(f, strerror)
			if err != nil {
				return "", err
			}
			return "[Errno " + es + "] " + ss, nil
		}
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		if s, ok := e.Args[0].(Str); ok {
			return string(s), nil
		}
		return ToStr(f, e.Args[0])
	}
	return Repr(f, e.Args)
}

// excReprNative is BaseException.__repr__: Name(args...).
func excReprNative(f *Fiber, e *Exception) (string, *Exception) {
	var b strings.Builder
	b.WriteString(e.Class.Name)
	b.WriteByte('(')
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(f, a)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(')')
	return b.String(), nil
}

func excDictGet(e *Exception, name string) (Value, bool) {
	if e.Dict == nil {
		return nil, false
	}
	return e.Dict.GetStr(name)
}

func excDictSet(e *Exception, name string, v Value) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, v)
}

// ---- OSError ----

// errnoClasses maps errno values to the OSError subclass CPython picks
// when OSError itself is called with that errno.
var errnoClasses = map[int64]*Class{
	1:   PermissionError, // EPERM
	2:   FileNotFoundError,
	13:  PermissionError, // EACCES
	17:  FileExistsError,
	20:  NotADirectoryError,
	21:  IsADirectoryError,
	32:  BrokenPipeError, // EPIPE
	110: TimeoutError,    // ETIMEDOUT

	3:   ProcessLookupError,     // ESRCH
	10:  ChildProcessError,      // ECHILD
	103: ConnectionAbortedError, // ECONNABORTED
	104: ConnectionResetError,   // ECONNRESET
	111: ConnectionRefusedError, // ECONNREFUSED
}

func osErrorNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if hasBuiltinInit(cls) {
		if err := noKeywords(cls, kw); err != nil {
			return nil, err
		}
	}
	if cls == OSError && len(args) >= 2 && len(args) <= 5 {
		if n, ok := args[0].(Int); ok {
			if sub, ok := errnoClasses[int64(n)]; ok {
				cls = sub
			}
		}
	}
	e := &Exception{Class: cls}
	osErrorSetArgs(e, args)
	return e, nil
}

func osErrorSetArgs(e *Exception, args []Value) {
	e.Args = append(Tuple(nil), args...)
	if len(args) < 2 || len(args) > 5 {
		return
	}
	excDictSet(e, "errno", args[0])
	excDictSet(e, "strerror", args[1])
	if len(args) >= 3 && args[2] != None {
		excDictSet(e, "filename", args[2])
		if len(args) == 5 {
			excDictSet(e, "filename2", args[4])
		}
		e.Args = e.Args[:2]
	}
}

func osErrorInit(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, err := selfException("__init__", args)
	if err != nil {
		return nil, err
	}
	if err := noKeywords(e.Class, kw); err != nil {
		return nil, err
	}
	osErrorSetArgs(e, args[1:])
	return None, nil
}

// NewOSError makes the OSError subclass CPython raises for errno, with
// str "[Errno N] strerror: 'filename'" (filename omitted when "").
func NewOSError(errno int, strerror, filename string) *Exception {
	cls := OSError
	if sub, ok := errnoClasses[int64(errno)]; ok {
		cls = sub
	}
	args := []Value{Int(errno), Str(strerror)}
	if filename != "" {
		args = append(args, Str(filename))
	}
	e := &Exception{Class: cls}
	osErrorSetArgs(e, args)
	return e
}

// ---- attributes ----

// ExceptionGetAttr returns the special attributes of an exception (args,
// __cause__, __context__, __suppress_context__, __traceback__, __notes__,
// __dict__, and per class errno/strerror/filename, code, value, message,
// exceptions) and its instance attributes. ok is false when name is none
// of these: attr.go then looks on the class (methods) and raises
// AttributeError.
func ExceptionGetAttr(f *Fiber, e *Exception, name string) (Value, bool) {
	switch name {
	case "args":
		return e.Args, true
	case "__cause__":
		if e.Cause == nil {
			return None, true
		}
		return e.Cause, true
	case "__context__":
		if e.Context == nil {
			return None, true
		}
		return e.Context, true
	case "__suppress_context__":
		return Bool(e.SuppressContext), true
	case "__traceback__":
		return None, true
	case "__dict__":
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return e.Dict, true
	case "__notes__":
		if v, ok := excDictGet(e, name); ok {
			return v, true
		}
		if len(e.Notes) > 0 {
			return excNotesList(e), true
		}
		return nil, false
	}
	if v, ok := excDictGet(e, name); ok {
		return v, true
	}
	switch name {
	case "errno", "strerror", "filename", "filename2":
		if e.Class.IsSubclass(OSError) {
			return None, true
		}
	case "code":
		if e.Class.IsSubclass(SystemExit) {
			switch len(e.Args) {
			case 0:
				return None, true
			case 1:
				return e.Args[0], true
			}
			return e.Args, true
		}
	case "value":
		if e.Class.IsSubclass(StopIteration) || e.Class.IsSubclass(StopAsyncIteration) {
			if len(e.Args) == 0 {
				return None, true
			}
			return e.Args[0], true
		}
	case "message":
		if e.Class.IsSubclass(BaseExceptionGroup) {
			return Str(e.Message), true
		}
	case "exceptions":
		if e.Class.IsSubclass(BaseExceptionGroup) {
			out := make(Tuple, len(e.Exceptions))
			for i, x := range e.Exceptions {
				out[i] = x
			}
			return out, true
		}
	}
	return nil, false
}

// ExceptionSetAttr sets an attribute of an exception, validating the
// special ones as CPython does.
func ExceptionSetAttr(f *Fiber, e *Exception, name string, v Value) *Exception {
	switch name {
	case "args":
		items, err := iterToSlice(f, v)
		if err != nil {
			return err
		}
		e.Args = Tuple(items)
		return nil
	case "__cause__":
		if v == None {
			e.Cause = nil
		} else if x, ok := v.(*Exception); ok {
			e.Cause = x
		} else {
			return Errorf(TypeError, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	case "__context__":
		if v == None {
			e.Context = nil
		} else if x, ok := v.(*Exception); ok {
			e.Context = x
		} else {
			return Errorf(TypeError, "exception context must be None or derive from BaseException")
		}
		return nil
	case "__suppress_context__":
		t, err := Truth(f, v)
		if err != nil {
			return err
		}
		e.SuppressContext = t
		return nil
	case "__traceback__":
		if v != None {
			return Errorf(TypeError, "__traceback__ must be a traceback or None")
		}
		e.Traceback = nil
		return nil
	case "__dict__":
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		e.Dict = d
		return nil
	case "__notes__":
		e.Notes = nil
	case "message", "exceptions":
		if e.Class.IsSubclass(BaseExceptionGroup) {
			return Errorf(AttributeError, "readonly attribute")
		}
	}
	excDictSet(e, name, v)
	return nil
}

// ExceptionDelAttr deletes an instance attribute of an exception.
func ExceptionDelAttr(f *Fiber, e *Exception, name string) *Exception {
	switch name {
	case "args", "__cause__", "__context__", "__suppress_context__", "__traceback__":
		return Errorf(TypeError, "%s may not be deleted", name)
	case "__notes__":
		e.Notes = nil
	}
	if e.Dict != nil && e.Dict.DelStr(name) {
		return nil
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", e.Class.Name, name)
}

// iterToSlice collects the items of any iterable.
func iterToSlice(f *Fiber, v Value) ([]Value, *Exception) {
	switch x := v.(type) {
	case Tuple:
		return append([]Value(nil), x...), nil
	case *List:
		return append([]Value(nil), x.Items...), nil
	}
	it, err := GetIter(f, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, ok, err := it.Next(f)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

func exceptionArgs(e *Exception) Tuple {
	if len(e.Args) == 0 && e.Class.IsSubclass(BaseExceptionGroup) && e.Exceptions != nil {
		items := make([]Value, len(e.Exceptions))
		for i, x := range e.Exceptions {
			items[i] = x
		}
		return Tuple{Str(e.Message), &List{Items: items}}
	}
	return e.Args
}

// exceptionRepr is BaseException.__repr__: ValueError('x').
func exceptionRepr(f *Fiber, e *Exception) (string, *Exception) {
	args := exceptionArgs(e)
	if len(args) == 1 {
		s, err := repr(f, args[0])
		if err != nil {
			return "", err
		}
		return e.Class.Name + "(" + s + ")", nil
	}
	s, err := reprItems(f, "(", args, ")")
	if err != nil {
		return "", err
	}
	return e.Class.Name + s, nil
}

// exceptionStr is BaseException.__str__ (with KeyError's, OSError's and
// ExceptionGroup's variants).
func exceptionStr(f *Fiber, e *Exception) (string, *Exception) {
	if e.Class.IsSubclass(BaseExceptionGroup) && (e.Exceptions != nil || len(e.Args) == 2) {
		msg := e.Message
		n := len(e.Exceptions)
		if len(e.Args) == 2 {
			if s, ok := e.Args[0].(Str); ok {
				msg = string(s)
			}
			if l, ok := e.Args[1].(*List); ok && e.Exceptions == nil {
				n = len(l.Items)
			}
		}
		plural := "s"
		if n == 1 {
			plural = ""
		}
		return msg + " (" + strconv.Itoa(n) + " sub-exception" + plural + ")", nil
	}
	args := e.Args
	if e.Class.IsSubclass(OSError) && len(args) >= 2 && len(args) <= 3 {
		if errno, ok := args[0].(Int); ok {
			msg, err := toStr(f, args[1])
			if err != nil {
				return "", err
			}
			s := "[Errno " + strconv.FormatInt(int64(errno), 10) + "] " + msg
			var filename Value
			if len(args) == 3 {
				filename = args[2]
			} else if e.Dict != nil {
				if fn, ok := e.Dict.GetStr("filename"); ok && fn != None {
					filename = fn
				}
			}
			if filename != nil {
				fs, err := repr(f, filename)
				if err != nil {
					return "", err
				}
				s += ": " + fs
			}
			return s, nil
		}
	}
	if s, ok := unicodeErrorText(e); ok {
		return s, nil
	}
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if e.Class.IsSubclass(KeyError) {
			return repr(f, args[0])
		}
		return toStr(f, args[0])
	}
	return repr(f, args)
}
