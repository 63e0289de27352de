// Package sys implements the sys module: argv, exit, the standard
// streams (whose write goes to the VM's current Stdout/Stderr), version
// information, platform, maxsize, path, modules and the recursion limit.
//
// Stream implements Writer() io.Writer so print(file=sys.stderr) can
// write directly without calling back into the write method.
package sys

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Version strings reported by sys (those of the CPython the project
// mirrors).
const (
	Version = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"
	Micro   = 7
)

// VersionInfo is the sys.version_info record class.
var VersionInfo = native.NewRecord("version_info", "sys",
	[]string{"major", "minor", "micro", "releaselevel", "serial"}, "sys.version_info").Shared()

// StreamClass is the class of sys.stdout/stderr/stdin.
var StreamClass = native.NewType("TextIOWrapper", "_io", nil, nil)

// Stream is one of the standard streams.
type Stream struct {
	vm   *interp.VM
	name string // "<stdout>", "<stderr>", "<stdin>"
	mode string
	in   *bufio.Reader
}

func (*Stream) Type() *interp.Class { return StreamClass }

// Writer returns the Go writer the stream currently writes to.
func (s *Stream) Writer() io.Writer {
	switch s.name {
	case "<stdout>":
		return s.vm.Stdout
	case "<stderr>":
		return s.vm.Stderr
	}
	return io.Discard
}

func (s *Stream) reader() *bufio.Reader {
	if s.in == nil {
		s.in = bufio.NewReaderSize(s.vm.Stdin, 1)
	}
	return s.in
}

func self(args []interp.Value, name string) (*Stream, *interp.Exception) {
	if len(args) == 0 {
		return nil, interp.Errorf(interp.TypeError, "descriptor '%s' needs an argument", name)
	}
	s, ok := args[0].(*Stream)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_io.TextIOWrapper' object but received a '%s'", name, interp.TypeName(args[0]))
	}
	return s, nil
}

// classesOnce guards setupStream: the stream class is completed on the
// first import of sys, once per process (it is immutable afterwards).
var classesOnce sync.Once

// setupStream installs the methods of sys.stdout, stderr and stdin's class.
func setupStream() {
	StreamClass.AddMethods(map[string]interp.NativeFunc{
		"write": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args, "write")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("write", args[1:], kw, 1); err != nil {
				return nil, err
			}
			str, ok := args[1].(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "write() argument must be str, not %s", interp.TypeName(args[1]))
			}
			if s.name == "<stdin>" {
				return nil, interp.Errorf(interp.OSError, "not writable")
			}
			if _, err := io.WriteString(s.Writer(), string(str)); err != nil {
				return nil, interp.OSErrorFromGo(err, "")
			}
			return interp.Int(utf8.RuneCountInString(string(str))), nil
		},
		"writelines": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args, "writelines")
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("writelines", args[1:], kw, 1); err != nil {
				return nil, err
			}
			return interp.None, interp.Iterate(f, args[1], func(v interp.Value) (bool, *interp.Exception) {
				str, ok := v.(interp.Str)
				if !ok {
					return false, interp.Errorf(interp.TypeError, "write() argument must be str, not %s", interp.TypeName(v))
				}
				if _, err := io.WriteString(s.Writer(), string(str)); err != nil {
					return false, interp.OSErrorFromGo(err, "")
				}
				return true, nil
			})
		},
		"flush": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args, "flush")
			if err != nil {
				return nil, err
			}
			if fl, ok := s.Writer().(interface{ Flush() error }); ok {
				if err := fl.Flush(); err != nil {
					return nil, interp.OSErrorFromGo(err, "")
				}
			} else if fl, ok := s.Writer().(interface{ Sync() error }); ok && s.Writer() != os.Stdout && s.Writer() != os.Stderr {
				fl.Sync()
			}
			return interp.None, nil
		},
		"readline": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args, "readline")
			if err != nil {
				return nil, err
			}
			s.vm.GIL.Unlock()
			line, _ := s.reader().ReadString('\n')
			s.vm.GIL.Lock()
			return interp.Str(line), nil
		},
		"read": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args, "read")
			if err != nil {
				return nil, err
			}
			s.vm.GIL.Unlock()
			b, _ := io.ReadAll(s.reader())
			s.vm.GIL.Lock()
			return interp.Str(b), nil
		},
		"isatty": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.False, nil
		},
		"fileno": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args, "fileno")
			if err != nil {
				return nil, err
			}
			switch s.name {
			case "<stdin>":
				return interp.Int(0), nil
			case "<stdout>":
				return interp.Int(1), nil
			}
			return interp.Int(2), nil
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, err := self(args, "__repr__")
			if err != nil {
				return nil, err
			}
			return interp.Str(StreamRepr(s.name, s.mode)), nil
		},
	})
	native.SetGetattr(StreamClass, func(f *interp.Fiber, v interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		return v.(*Stream).Attr(f, name)
	})
}

// Attr serves the data attributes (interp.HasAttrs).
func (s *Stream) Attr(f *interp.Fiber, name string) (interp.Value, bool, *interp.Exception) {
	{
		switch name {
		case "name":
			return interp.Str(s.name), true, nil
		case "mode":
			return interp.Str(s.mode), true, nil
		case "encoding":
			return interp.Str("utf-8"), true, nil
		case "closed":
			return interp.False, true, nil
		}
		return nil, false, nil
	}
}

// Load builds the sys module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	classesOnce.Do(setupStream)
	m := interp.NewModule("sys")
	argv := &interp.List{}
	for _, a := range vm.Argv {
		argv.Items = append(argv.Items, interp.Str(a))
	}
	if len(argv.Items) == 0 {
		argv.Items = append(argv.Items, interp.Str(""))
	}
	m.Set("argv", argv)
	warnoptions := &interp.List{}
	for _, o := range vm.WarnOptions {
		warnoptions.Items = append(warnoptions.Items, interp.Str(o))
	}
	m.Set("warnoptions", warnoptions)
	m.Set("orig_argv", &interp.List{Items: append([]interp.Value{interp.Str("python3")}, argv.Items...)})
	stdout := &Stream{vm: vm, name: "<stdout>", mode: "w"}
	stderr := &Stream{vm: vm, name: "<stderr>", mode: "w"}
	stdin := &Stream{vm: vm, name: "<stdin>", mode: "r"}
	m.Set("stdout", stdout)
	m.Set("stderr", stderr)
	m.Set("stdin", stdin)
	m.Set("__stdout__", stdout)
	m.Set("__stderr__", stderr)
	m.Set("__stdin__", stdin)
	m.Set("version", interp.Str(Version))
	m.Set("version_info", VersionInfo.Make(VersionInfo.Class, []interp.Value{interp.Int(3), interp.Int(11), interp.Int(Micro), interp.Str("final"), interp.Int(0)}))
	m.Set("hexversion", interp.Int(0x030b00f0|Micro<<8))
	m.Set("api_version", interp.Int(1013))
	m.Set("platform", interp.Str(platform()))
	m.Set("byteorder", interp.Str("little"))
	m.Set("maxsize", interp.Int(1<<63-1))
	m.Set("maxunicode", interp.Int(0x10ffff))
	m.Set("executable", interp.Str(executable()))
	m.Set("prefix", interp.Str("/usr"))
	m.Set("copyright", interp.Str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."))
	path := &interp.List{}
	if len(vm.Argv) > 0 && vm.Argv[0] != "" && vm.Argv[0] != "-c" {
		dir, err := filepath.Abs(filepath.Dir(vm.Argv[0]))
		if err == nil {
			path.Items = append(path.Items, interp.Str(dir))
		}
	} else {
		path.Items = append(path.Items, interp.Str(""))
	}
	m.Set("path", path)
	mods := interp.NewDict()
	for name, mod := range vm.Modules {
		mods.SetStr(name, mod)
	}
	mods.SetStr("sys", m)
	m.Set("modules", mods)
	builtinNames := interp.Tuple{}
	for _, n := range []string{"builtins", "sys", "time", "math", "itertools"} {
		builtinNames = append(builtinNames, interp.Str(n))
	}
	m.Set("builtin_module_names", builtinNames)
	m.AddFuncs(excInfoFuncs())
	m.AddFuncs(map[string]interp.NativeFunc{
		"exit": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ArgsBetween("exit", args, kw, 0, 1); err != nil {
				return nil, err
			}
			// CPython raises the status as the exception value: None
			// makes a SystemExit with no args
			if len(args) == 1 && args[0] == interp.None {
				args = nil
			}
			return nil, interp.NewException(interp.SystemExit, args...)
		},
		"getrecursionlimit": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("getrecursionlimit", args, kw, 0); err != nil {
				return nil, err
			}
			return interp.Int(vm.RecursionLimit), nil
		},
		"setrecursionlimit": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("setrecursionlimit", args, kw, 1); err != nil {
				return nil, err
			}
			if _, ok := args[0].(interp.Float); ok {
				return nil, interp.Errorf(interp.TypeError, "'float' object cannot be interpreted as an integer")
			}
			n, err := native.Index(f, args[0])
			if err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, interp.Errorf(interp.ValueError, "recursion limit must be greater or equal than 1")
			}
			vm.RecursionLimit = int(n)
			return interp.None, nil
		},
		"getdefaultencoding": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Str("utf-8"), nil
		},
		"getfilesystemencoding": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Str("utf-8"), nil
		},
		"intern": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("intern", args, kw, 1); err != nil {
				return nil, err
			}
			if _, ok := args[0].(interp.Str); !ok {
				return nil, interp.Errorf(interp.TypeError, "intern() argument must be str, not %s", interp.TypeName(args[0]))
			}
			return args[0], nil
		},
	})
	return m, nil
}

func platform() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "darwin", "linux", "freebsd", "openbsd", "netbsd", "aix":
		return runtime.GOOS
	}
	return strings.ToLower(runtime.GOOS)
}

func executable() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	return p
}
