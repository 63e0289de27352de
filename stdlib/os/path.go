package os

// This file defines os.path, following CPython's posixpath exactly for
// the string functions (join, split, splitext, normpath, ...).

import (
	"os"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Join is posixpath.join.
func Join(a string, p ...string) string {
	path := a
	for _, b := range p {
		if strings.HasPrefix(b, "/") {
			path = b
		} else if path == "" || strings.HasSuffix(path, "/") {
			path += b
		} else {
			path += "/" + b
		}
	}
	return path
}

// Split is posixpath.split.
func Split(p string) (string, string) {
	i := strings.LastIndex(p, "/") + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// SplitExt is posixpath.splitext.
func SplitExt(p string) (string, string) {
	sep := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// NormPath is posixpath.normpath.
func NormPath(path string) string {
	if path == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(path, "/") {
		initial = 1
		if strings.HasPrefix(path, "//") && !strings.HasPrefix(path, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(path, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

// AbsPath is posixpath.abspath.
func AbsPath(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, _ := os.Getwd()
		p = Join(cwd, p)
	}
	return NormPath(p)
}

func relPath(path, start string) (string, *interp.Exception) {
	if path == "" {
		return "", interp.Errorf(interp.ValueError, "no path specified")
	}
	split := func(p string) []string {
		var out []string
		for _, c := range strings.Split(AbsPath(p), "/") {
			if c != "" {
				out = append(out, c)
			}
		}
		return out
	}
	s, p := split(start), split(path)
	i := 0
	for i < len(s) && i < len(p) && s[i] == p[i] {
		i++
	}
	var rel []string
	for j := i; j < len(s); j++ {
		rel = append(rel, "..")
	}
	rel = append(rel, p[i:]...)
	if len(rel) == 0 {
		return ".", nil
	}
	return Join(rel[0], rel[1:]...), nil
}

func strFn(name string, fn func(string) interp.Value) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs(name, args, kw, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(interp.Str)
		if !ok {
			return nil, interp.Errorf(interp.TypeError, "expected str, bytes or os.PathLike object, not %s", interp.TypeName(args[0]))
		}
		return fn(string(s)), nil
	}
}

func statFn(name string, fn func(os.FileInfo) bool, follow bool) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs(name, args, kw, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(interp.Str)
		if !ok {
			if _, isInt := args[0].(interp.Int); isInt || args[0] == interp.None {
				return interp.False, nil
			}
			return nil, interp.Errorf(interp.TypeError, "stat: path should be string, bytes, os.PathLike or integer, not %s", interp.TypeName(args[0]))
		}
		var st os.FileInfo
		var err error
		if follow {
			st, err = os.Stat(string(s))
		} else {
			st, err = os.Lstat(string(s))
		}
		if err != nil {
			return interp.False, nil
		}
		return interp.Bool(fn(st)), nil
	}
}

func statValue(name string, fn func(os.FileInfo) interp.Value) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs(name, args, kw, 1); err != nil {
			return nil, err
		}
		p, err := pathArg("stat", args[0])
		if err != nil {
			return nil, err
		}
		st, e := os.Stat(p)
		if e != nil {
			return nil, native.OSError(e, p, "")
		}
		return fn(st), nil
	}
}

// LoadPath builds the os.path module.
func LoadPath(vm *interp.VM) (*interp.Module, *interp.Exception) {
	if m, ok := vm.Modules["os.path"]; ok {
		return m, nil
	}
	m := interp.NewModule("posixpath")
	m.Set("sep", interp.Str("/"))
	m.Set("curdir", interp.Str("."))
	m.Set("pardir", interp.Str(".."))
	m.Set("extsep", interp.Str("."))
	m.Set("pathsep", interp.Str(":"))
	m.Set("devnull", interp.Str("/dev/null"))
	m.AddFuncs(map[string]interp.NativeFunc{
		"join": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.NoKwargs("join", kw); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				return nil, interp.Errorf(interp.TypeError, "join() missing 1 required positional argument: 'a'")
			}
			parts := make([]string, len(args))
			for i, a := range args {
				s, ok := a.(interp.Str)
				if !ok {
					return nil, interp.Errorf(interp.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", interp.TypeName(a))
				}
				parts[i] = string(s)
			}
			return interp.Str(Join(parts[0], parts[1:]...)), nil
		},
		"split": strFn("split", func(p string) interp.Value {
			h, t := Split(p)
			return interp.Tuple{interp.Str(h), interp.Str(t)}
		}),
		"splitext": strFn("splitext", func(p string) interp.Value {
			r, e := SplitExt(p)
			return interp.Tuple{interp.Str(r), interp.Str(e)}
		}),
		"basename": strFn("basename", func(p string) interp.Value { _, t := Split(p); return interp.Str(t) }),
		"dirname":  strFn("dirname", func(p string) interp.Value { h, _ := Split(p); return interp.Str(h) }),
		"normpath": strFn("normpath", func(p string) interp.Value { return interp.Str(NormPath(p)) }),
		"abspath":  strFn("abspath", func(p string) interp.Value { return interp.Str(AbsPath(p)) }),
		"realpath": strFn("realpath", func(p string) interp.Value {
			a := AbsPath(p)
			if r, err := evalSymlinks(a); err == nil {
				return interp.Str(r)
			}
			return interp.Str(a)
		}),
		"isabs": strFn("isabs", func(p string) interp.Value { return interp.Bool(strings.HasPrefix(p, "/")) }),
		"expanduser": strFn("expanduser", func(p string) interp.Value {
			if p == "~" || strings.HasPrefix(p, "~/") {
				home := os.Getenv("HOME")
				home = strings.TrimRight(home, "/")
				out := home + p[1:]
				if out == "" {
					out = "/"
				}
				return interp.Str(out)
			}
			return interp.Str(p)
		}),
		"exists":  statFn("exists", func(os.FileInfo) bool { return true }, true),
		"lexists": statFn("lexists", func(os.FileInfo) bool { return true }, false),
		"isfile":  statFn("isfile", func(st os.FileInfo) bool { return st.Mode().IsRegular() }, true),
		"isdir":   statFn("isdir", func(st os.FileInfo) bool { return st.IsDir() }, true),
		"islink":  statFn("islink", func(st os.FileInfo) bool { return st.Mode()&os.ModeSymlink != 0 }, false),
		"getsize": statValue("getsize", func(st os.FileInfo) interp.Value { return interp.Int(st.Size()) }),
		"getmtime": statValue("getmtime", func(st os.FileInfo) interp.Value {
			return interp.Float(float64(st.ModTime().UnixNano()) / 1e9)
		}),
		"relpath": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var p, s interp.Value
			if err := interp.UnpackArgsPy("relpath", args, kw, "path", &p, "start?", &s); err != nil {
				return nil, err
			}
			path, err := pathArg("relpath", p)
			if err != nil {
				return nil, err
			}
			start := "."
			if s != nil && s != interp.None {
				if start, err = pathArg("relpath", s); err != nil {
					return nil, err
				}
			}
			r, err := relPath(path, start)
			if err != nil {
				return nil, err
			}
			return interp.Str(r), nil
		},
	})
	return m, nil
}
