package os

// This file defines os.stat and os.lstat, their result os.stat_result, and
// os.mkfifo. A stat_result is a 10-item sequence (mode, ino, dev, nlink, uid, gid, size and the three
// times as whole seconds) whose attributes st_atime, st_mtime and
// st_ctime are floats, with st_*_ns, st_blksize, st_blocks and st_rdev
// besides (CPython's posixmodule.c).

import (
	"os"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// StatResult is an os.stat_result.
type StatResult struct {
	items                 [10]int64 // the sequence: times in whole seconds
	ns                    [3]int64  // atime, mtime, ctime in nanoseconds
	blksize, blocks, rdev int64
}

var statFields = [10]string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"}

// StatResultClass is the class os.stat_result.
var StatResultClass = func() *interp.Class {
	c := native.NewType("stat_result", "os", interp.ObjectClass, map[string]interp.NativeFunc{
		"__len__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.Int(10), nil
		},
		"__getitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("__getitem__", args[1:], kw, 1); err != nil {
				return nil, err
			}
			return interp.GetItem(f, args[0].(*StatResult).tuple(), args[1])
		},
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return interp.GetIter(f, args[0].(*StatResult).tuple())
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s := args[0].(*StatResult)
			var b strings.Builder
			b.WriteString("os.stat_result(")
			for i, name := range statFields {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(name + "=" + strconv.FormatInt(s.items[i], 10))
			}
			b.WriteString(")")
			return interp.Str(b.String()), nil
		},
	})
	native.SetGetattr(c, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		s := self.(*StatResult)
		switch name {
		case "st_atime", "st_mtime", "st_ctime":
			k := map[string]int{"st_atime": 0, "st_mtime": 1, "st_ctime": 2}[name]
			return interp.Float(float64(s.ns[k]) / 1e9), true, nil
		case "st_atime_ns", "st_mtime_ns", "st_ctime_ns":
			k := map[string]int{"st_atime_ns": 0, "st_mtime_ns": 1, "st_ctime_ns": 2}[name]
			return interp.Int(s.ns[k]), true, nil
		case "st_blksize":
			return interp.Int(s.blksize), true, nil
		case "st_blocks":
			return interp.Int(s.blocks), true, nil
		case "st_rdev":
			return interp.Int(s.rdev), true, nil
		}
		for i, n := range statFields {
			if n == name {
				return interp.Int(s.items[i]), true, nil
			}
		}
		return nil, false, nil
	})
	return c
}()

func (*StatResult) Type() *interp.Class { return StatResultClass }

func (s *StatResult) tuple() interp.Tuple {
	t := make(interp.Tuple, 10)
	for i, v := range s.items {
		t[i] = interp.Int(v)
	}
	return t
}

// newStatResult fills a stat_result from a file's information.
func newStatResult(fi os.FileInfo) *StatResult {
	s := &StatResult{}
	s.items[6] = fi.Size()
	if !fillFromSys(s, fi) { // stat_linux.go, stat_other.go

		s.ns = [3]int64{fi.ModTime().UnixNano(), fi.ModTime().UnixNano(), fi.ModTime().UnixNano()}
	}
	for k := 0; k < 3; k++ {
		s.items[7+k] = floorDiv(s.ns[k], 1e9)
	}
	return s
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// statFunc is os.stat(path, *, dir_fd=None, follow_symlinks=True) (and
// os.lstat, which never follows).
func statFunc(name string, follow bool) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var p, dirFd interp.Value
		var followV interp.Value = interp.True
		if err := interp.UnpackArgs(name, args, kw, "path", &p, "*", "dir_fd?", &dirFd, "follow_symlinks?", &followV); err != nil {
			return nil, err
		}
		path, err := pathArg(name, p)
		if err != nil {
			return nil, err
		}
		fl, err := interp.Truth(f, followV)
		if err != nil {
			return nil, err
		}
		var fi os.FileInfo
		var e error
		if follow && fl {
			fi, e = os.Stat(path)
		} else {
			fi, e = os.Lstat(path)
		}
		if e != nil {
			return nil, native.OSError(e, path, "")
		}
		return newStatResult(fi), nil
	}
}
