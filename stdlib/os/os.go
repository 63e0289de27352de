// Package os implements the os module (environment, working directory,
// directory and file operations with CPython's OSError subclasses) and
// its os.path submodule (LoadPath), which follows posixpath.
package os

import (
	"os"
	"runtime"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// pathArg reads a str path argument.
func pathArg(fname string, v interp.Value) (string, *interp.Exception) {
	if s, ok := v.(interp.Str); ok {
		return string(s), nil
	}
	return "", interp.Errorf(interp.TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, interp.TypeName(v))
}

func fn1(name string, do func(path string) error) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var p interp.Value
		if err := interp.UnpackArgs(name, args, kw, "path", &p); err != nil {
			return nil, err
		}
		path, err := pathArg(name, p)
		if err != nil {
			return nil, err
		}
		if e := do(path); e != nil {
			return nil, native.OSError(e, path, "")
		}
		return interp.None, nil
	}
}

// Load builds the os module (and registers nothing else: os.path is its
// own loader, LoadPath, set here as the attribute path).
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("os")
	pathMod, ok := vm.Modules["os.path"]
	if !ok {
		var err *interp.Exception
		if pathMod, err = LoadPath(vm); err != nil {
			return nil, err
		}
		vm.Modules["os.path"] = pathMod
	}
	m.Set("path", pathMod)
	m.Set("sep", interp.Str("/"))
	m.Set("altsep", interp.None)
	m.Set("extsep", interp.Str("."))
	m.Set("pathsep", interp.Str(":"))
	m.Set("linesep", interp.Str("\n"))
	m.Set("curdir", interp.Str("."))
	m.Set("pardir", interp.Str(".."))
	m.Set("devnull", interp.Str("/dev/null"))
	m.Set("name", interp.Str("posix"))
	env := interp.NewDict()
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env.SetStr(k, interp.Str(v))
		}
	}
	m.Set("environ", env)
	m.AddFuncs(map[string]interp.NativeFunc{
		"fspath": fspath,
		"getenv": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var key, def interp.Value
			if err := interp.UnpackArgsPy("getenv", args, kw, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			k, ok := key.(interp.Str)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "str expected, not %s", interp.TypeName(key))
			}
			if v, ok := env.GetStr(string(k)); ok {
				return v, nil
			}
			if def == nil {
				return interp.None, nil
			}
			return def, nil
		},
		"putenv": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("putenv", args, kw, 2); err != nil {
				return nil, err
			}
			k, ok1 := args[0].(interp.Str)
			v, ok2 := args[1].(interp.Str)
			if !ok1 || !ok2 {
				return nil, interp.Errorf(interp.TypeError, "str expected")
			}
			os.Setenv(string(k), string(v))
			return interp.None, nil
		},
		"getcwd": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("getcwd", args, kw, 0); err != nil {
				return nil, err
			}
			d, err := os.Getwd()
			if err != nil {
				return nil, native.OSError(err, "", "")
			}
			return interp.Str(d), nil
		},
		"chdir": fn1("chdir", os.Chdir),
		"getpid": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Int(os.Getpid()), nil
		},
		"getppid": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Int(os.Getppid()), nil
		},
		"cpu_count": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Int(runtime.NumCPU()), nil
		},
		"listdir": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var p interp.Value
			if err := interp.UnpackArgs("listdir", args, kw, "path?", &p); err != nil {
				return nil, err
			}
			path := "."
			if p != nil && p != interp.None {
				var err *interp.Exception
				if path, err = pathArg("listdir", p); err != nil {
					return nil, err
				}
			}
			dir, err := os.Open(path)
			if err != nil {
				return nil, native.OSError(err, path, "")
			}
			defer dir.Close()
			names, err := dir.Readdirnames(-1)
			if err != nil {
				return nil, native.OSError(err, path, "")
			}
			out := &interp.List{Items: make([]interp.Value, len(names))}
			for i, n := range names {
				out.Items[i] = interp.Str(n)
			}
			return out, nil
		},
		"stat":   statFunc("stat", true),
		"lstat":  statFunc("lstat", false),
		"mkfifo": mkfifo,
		"remove": fn1("remove", removeFile),
		"unlink": fn1("unlink", removeFile),
		"rmdir":  fn1("rmdir", removeDir),
		"mkdir": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var p, mode interp.Value
			if err := interp.UnpackArgs("mkdir", args, kw, "path", &p, "mode?", &mode); err != nil {
				return nil, err
			}
			path, err := pathArg("mkdir", p)
			if err != nil {
				return nil, err
			}
			perm := os.FileMode(0o777)
			if mode != nil {
				n, err := native.Index(f, mode)
				if err != nil {
					return nil, err
				}
				perm = os.FileMode(n)
			}
			if e := os.Mkdir(path, perm); e != nil {
				return nil, native.OSError(e, path, "")
			}
			return interp.None, nil
		},
		"makedirs": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var p, mode, existOK interp.Value
			if err := interp.UnpackArgsPy("makedirs", args, kw, "name", &p, "mode?", &mode, "exist_ok?", &existOK); err != nil {
				return nil, err
			}
			path, err := pathArg("makedirs", p)
			if err != nil {
				return nil, err
			}
			perm := os.FileMode(0o777)
			if mode != nil {
				n, err := native.Index(f, mode)
				if err != nil {
					return nil, err
				}
				perm = os.FileMode(n)
			}
			ok := false
			if existOK != nil {
				if ok, err = interp.Truth(f, existOK); err != nil {
					return nil, err
				}
			}
			if st, e := os.Stat(path); e == nil {
				if !ok || !st.IsDir() {
					return nil, native.NewOSError(17, "File exists", path, "")
				}
				return interp.None, nil
			}
			if e := os.MkdirAll(path, perm); e != nil {
				return nil, native.OSError(e, path, "")
			}
			return interp.None, nil
		},
		"rename":  rename("rename"),
		"replace": rename("replace"),
	})
	return m, nil
}

func removeFile(path string) error {
	st, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if st.IsDir() {
		return &os.PathError{Op: "unlink", Path: path, Err: errIsDir}
	}
	return os.Remove(path)
}

func removeDir(path string) error {
	st, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return &os.PathError{Op: "rmdir", Path: path, Err: errNotDir}
	}
	return os.Remove(path)
}

func rename(name string) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var a, b interp.Value
		if err := interp.UnpackArgs(name, args, kw, "src", &a, "dst", &b); err != nil {
			return nil, err
		}
		src, err := pathArg(name, a)
		if err != nil {
			return nil, err
		}
		dst, err := pathArg(name, b)
		if err != nil {
			return nil, err
		}
		if e := os.Rename(src, dst); e != nil {
			return nil, native.OSError(e, src, dst)
		}
		return interp.None, nil
	}
}

// fspath is os.fspath(path) (CPython's PyOS_FSPath): str and bytes as
// they are, else what the type's __fspath__ returns, which must be one of
// them.
func fspath(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var p interp.Value
	if err := interp.UnpackArgsPy("fspath", args, kw, "path", &p); err != nil {
		return nil, err
	}
	switch p.(type) {
	case interp.Str, interp.Bytes:
		return p, nil
	}
	m, ok := p.Type().Lookup("__fspath__")
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(p))
	}
	r, err := f.Call(m, []interp.Value{p}, nil)
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case interp.Str, interp.Bytes:
		return r, nil
	}
	return nil, interp.Errorf(interp.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", interp.TypeName(p), interp.TypeName(r))
}
