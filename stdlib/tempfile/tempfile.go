// Package tempfile implements the tempfile module: gettempdir, mkdtemp,
// mkstemp (returning a fd-less placeholder 0) and gettempprefix.
package tempfile

import (
	"os"
	"path/filepath"
	"sync"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

var (
	keepMu sync.Mutex
	keep   []*os.File
)

// TempDir is tempfile.gettempdir(): $TMPDIR, $TEMP, $TMP, else /tmp.
func TempDir() string {
	for _, k := range []string{"TMPDIR", "TEMP", "TMP"} {
		if d := os.Getenv(k); d != "" {
			if abs, err := filepath.Abs(d); err == nil {
				return abs
			}
			return d
		}
	}
	return "/tmp"
}

func strOpt(fname string, v interp.Value, def string) (string, *interp.Exception) {
	if v == nil || v == interp.None {
		return def, nil
	}
	s, ok := v.(interp.Str)
	if !ok {
		return "", interp.Errorf(interp.TypeError, "%s: expected str, not %s", fname, interp.TypeName(v))
	}
	return string(s), nil
}

// Load builds the tempfile module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	m := interp.NewModule("tempfile")
	m.Set("tempdir", interp.None)
	m.AddFuncs(map[string]interp.NativeFunc{
		"gettempdir": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("gettempdir", args, kw, 0); err != nil {
				return nil, err
			}
			return interp.Str(TempDir()), nil
		},
		"gettempprefix": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Str("tmp"), nil
		},
		"mkdtemp": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var sv, pv, dv interp.Value
			if err := interp.UnpackArgsPy("mkdtemp", args, kw, "suffix?", &sv, "prefix?", &pv, "dir?", &dv); err != nil {
				return nil, err
			}
			suffix, err := strOpt("mkdtemp", sv, "")
			if err != nil {
				return nil, err
			}
			prefix, err := strOpt("mkdtemp", pv, "tmp")
			if err != nil {
				return nil, err
			}
			dir, err := strOpt("mkdtemp", dv, TempDir())
			if err != nil {
				return nil, err
			}
			p, e := os.MkdirTemp(dir, prefix+"*"+suffix)
			if e != nil {
				return nil, native.OSError(e, dir, "")
			}
			if abs, e := filepath.Abs(p); e == nil {
				p = abs
			}
			return interp.Str(p), nil
		},
		"mkstemp": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			var sv, pv, dv, tv interp.Value
			if err := interp.UnpackArgsPy("mkstemp", args, kw, "suffix?", &sv, "prefix?", &pv, "dir?", &dv, "text?", &tv); err != nil {
				return nil, err
			}
			suffix, err := strOpt("mkstemp", sv, "")
			if err != nil {
				return nil, err
			}
			prefix, err := strOpt("mkstemp", pv, "tmp")
			if err != nil {
				return nil, err
			}
			dir, err := strOpt("mkstemp", dv, TempDir())
			if err != nil {
				return nil, err
			}
			fh, e := os.CreateTemp(dir, prefix+"*"+suffix)
			if e != nil {
				return nil, native.OSError(e, dir, "")
			}
			name := fh.Name()
			fd := int(fh.Fd())
			// The descriptor stays open for the program, as with CPython.
			keepMu.Lock()
			keep = append(keep, fh)
			keepMu.Unlock()
			if abs, e := filepath.Abs(name); e == nil {
				name = abs
			}
			return interp.Tuple{interp.Int(fd), interp.Str(name)}, nil
		},
	})
	return m, nil
}
