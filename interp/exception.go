package interp

// This file defines the Exception type and the built-in exception
// hierarchy. An exception instance is an *Exception whatever its class, so
// user classes deriving from Exception produce *Exception values too. Their
// methods and attributes are in exception_methods.go, exception groups in
// exception_group.go, raise and except in exception_handling.go.

import "fmt"

// TraceEntry is one line of a traceback: the code and instruction that was
// executing in a frame the exception passed through.
type TraceEntry struct {
	Code *Code
	PC   int
}

// Exception is a raised or raisable exception object.
type Exception struct {
	Class           *Class
	Args            Tuple
	Dict            *Dict // user attributes; nil until set
	Cause           *Exception
	Context         *Exception
	SuppressContext bool
	// Traceback lists the frames the exception passed through, outermost
	// first (each unwound frame prepends its entry).
	Traceback []TraceEntry
	// Notes holds add_note() strings.
	Notes []string
	// Exceptions holds the members of an ExceptionGroup.
	Exceptions []*Exception
	// Message is the group message of an ExceptionGroup.
	Message string
	// Syntax is the parse/compile error behind a SyntaxError raised by
	// import or exec (its Format gives CPython's report).
	Syntax error
}

func (e *Exception) Type() *Class { return e.Class }

// Error makes *Exception usable as a Go error ("ValueError: msg").
func (e *Exception) Error() string {
	s := e.Class.Name
	if m := e.MessageText(); m != "" {
		s += ": " + m
	}
	return s
}

// MessageText is str(e) for exceptions whose args are plain values,
// without calling user code.
func (e *Exception) MessageText() string {
	if s, ok := unicodeErrorText(e); ok {
		return s
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if s, ok := e.Args[0].(Str); ok {
			return string(s)
		}
		return fmt.Sprint(e.Args[0])
	}
	return fmt.Sprint(e.Args)
}

// NewException makes an exception of class cls with the given args.
func NewException(cls *Class, args ...Value) *Exception {
	return &Exception{Class: cls, Args: Tuple(args)}
}

// Errorf makes an exception of class cls whose single argument is the
// formatted message.
func Errorf(cls *Class, format string, a ...any) *Exception {
	return &Exception{Class: cls, Args: Tuple{Str(fmt.Sprintf(format, a...))}}
}

// Matches reports whether e is an instance of cls.
func (e *Exception) Matches(cls *Class) bool { return e.Class.IsSubclass(cls) }

func newExcClass(name string, base *Class) *Class {
	c := newBuiltinClass(name, base)
	c.IsException = true
	return c
}

// The built-in exception hierarchy (the part of CPython's the subset uses).
var (
	BaseException       = newExcClass("BaseException", ObjectClass)
	SystemExit          = newExcClass("SystemExit", BaseException)
	KeyboardInterrupt   = newExcClass("KeyboardInterrupt", BaseException)
	GeneratorExit       = newExcClass("GeneratorExit", BaseException)
	BaseExceptionGroup  = newExcClass("BaseExceptionGroup", BaseException)
	Exception_          = newExcClass("Exception", BaseException)
	ExceptionGroup      = newExcClass("ExceptionGroup", BaseExceptionGroup) // also derives from Exception in CPython; see IsSubclass note in DESIGN
	StopIteration       = newExcClass("StopIteration", Exception_)
	StopAsyncIteration  = newExcClass("StopAsyncIteration", Exception_)
	ArithmeticError     = newExcClass("ArithmeticError", Exception_)
	ZeroDivisionError   = newExcClass("ZeroDivisionError", ArithmeticError)
	OverflowError       = newExcClass("OverflowError", ArithmeticError)
	AssertionError      = newExcClass("AssertionError", Exception_)
	AttributeError      = newExcClass("AttributeError", Exception_)
	BufferError         = newExcClass("BufferError", Exception_)
	EOFError            = newExcClass("EOFError", Exception_)
	ImportError         = newExcClass("ImportError", Exception_)
	ModuleNotFoundError = newExcClass("ModuleNotFoundError", ImportError)
	LookupError         = newExcClass("LookupError", Exception_)
	IndexError          = newExcClass("IndexError", LookupError)
	KeyError            = newExcClass("KeyError", LookupError)
	MemoryError         = newExcClass("MemoryError", Exception_)
	NameError           = newExcClass("NameError", Exception_)
	UnboundLocalError   = newExcClass("UnboundLocalError", NameError)
	OSError             = newExcClass("OSError", Exception_)
	FileExistsError     = newExcClass("FileExistsError", OSError)
	FileNotFoundError   = newExcClass("FileNotFoundError", OSError)
	IsADirectoryError   = newExcClass("IsADirectoryError", OSError)
	NotADirectoryError  = newExcClass("NotADirectoryError", OSError)
	PermissionError     = newExcClass("PermissionError", OSError)
	ConnectionError     = newExcClass("ConnectionError", OSError)
	BrokenPipeError     = newExcClass("BrokenPipeError", ConnectionError)
	TimeoutError        = newExcClass("TimeoutError", OSError)
	ReferenceError      = newExcClass("ReferenceError", Exception_)
	RuntimeError        = newExcClass("RuntimeError", Exception_)
	NotImplementedError = newExcClass("NotImplementedError", RuntimeError)
	RecursionError      = newExcClass("RecursionError", RuntimeError)
	SyntaxErrorClass    = newExcClass("SyntaxError", Exception_)
	IndentationError    = newExcClass("IndentationError", SyntaxErrorClass)
	TabError            = newExcClass("TabError", IndentationError)
	SystemError         = newExcClass("SystemError", Exception_)
	TypeError           = newExcClass("TypeError", Exception_)
	ValueError          = newExcClass("ValueError", Exception_)
	UnicodeError        = newExcClass("UnicodeError", ValueError)
	Warning_            = newExcClass("Warning", Exception_)
	UserWarning         = newExcClass("UserWarning", Warning_)
	DeprecationWarning  = newExcClass("DeprecationWarning", Warning_)
	RuntimeWarning      = newExcClass("RuntimeWarning", Warning_)
)

// The OSError subclasses of sockets and processes (asyncio streams and
// subprocesses raise them).
var (
	ConnectionAbortedError = newExcClass("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError = newExcClass("ConnectionRefusedError", ConnectionError)
	ConnectionResetError   = newExcClass("ConnectionResetError", ConnectionError)
	ProcessLookupError     = newExcClass("ProcessLookupError", OSError)
	ChildProcessError      = newExcClass("ChildProcessError", OSError)
)

// ExceptionClasses lists the built-in exception classes for the builtins
// module, in a stable order.
func ExceptionClasses() []*Class {
	return []*Class{BaseException, SystemExit, KeyboardInterrupt, GeneratorExit,
		BaseExceptionGroup, Exception_, ExceptionGroup, StopIteration, StopAsyncIteration,
		ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError,
		BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError,
		KeyError, MemoryError, NameError, UnboundLocalError, OSError, FileExistsError,
		FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError,
		ConnectionError, BrokenPipeError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
		RecursionError, SyntaxErrorClass, IndentationError, TabError, SystemError,
		TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning_, UserWarning, DeprecationWarning,
		RuntimeWarning, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
		ProcessLookupError, ChildProcessError}
}
