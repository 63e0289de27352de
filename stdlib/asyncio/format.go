package asyncio

// This file defines how asyncio objects print: Future/Task reprs (with
// reprlib's limits for results), callbacks as format_helpers shows them,
// tracebacks in logged errors, and the RuntimeWarning for coroutines that
// were never awaited.

import (
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

// cpythonAsyncio is where CPython's asyncio sources live on the machine the
// expectations were recorded on; reprs of asyncio's own callbacks and of
// tasks running asyncio's coroutines name files there.
const cpythonAsyncio = "/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/"

type reprer interface {
	Repr(f *interp.Fiber) (string, *interp.Exception)
}

// reprOf is repr(v), using our own Repr for asyncio types.
func reprOf(f *interp.Fiber, v interp.Value) (string, *interp.Exception) {
	switch x := v.(type) {
	case *Future, *Task, *HandleValue, *EventLoop, *Queue, *Lock, *Event, *Semaphore, *Condition, *TaskGroup, *Timeout:
		return x.(reprer).Repr(f)
	case *StreamReader, *StreamWriter, *Server, *TransportSocket, *TransportValue, *Process, *subprocTransport:
		return x.(reprer).Repr(f)
	}
	return interp.Repr(f, v)
}

func mustRepr(f *interp.Fiber, v interp.Value) string {
	s, err := reprOf(f, v)
	if err != nil {
		return "<" + interp.TypeName(v) + " object>"
	}
	return s
}

func strOf(f *interp.Fiber, v interp.Value) (string, *interp.Exception) {
	if s, ok := v.(interp.Str); ok {
		return string(s), nil
	}
	switch v.(type) {
	case *Future, *Task, *HandleValue, *EventLoop:
		return reprOf(f, v)
	}
	return interp.ToStr(f, v)
}

func joinInfo(info []string) string { return strings.Join(info, " ") }

// reprInfo is base_futures._future_repr_info.
func (fut *Future) reprInfo(f *interp.Fiber) ([]string, *interp.Exception) {
	info := []string{strings.ToLower(fut.state.String())}
	if fut.state == stateFinished {
		if fut.exc != nil {
			r, err := reprOf(f, fut.exc)
			if err != nil {
				return nil, err
			}
			info = append(info, "exception="+r)
		} else {
			r, err := limitedRepr(f, fut.result, 6)
			if err != nil {
				return nil, err
			}
			info = append(info, "result="+r)
		}
	}
	if cbs := fut.callbacks(); len(cbs) > 0 {
		n := len(cbs)
		cb := func(c *callback) string {
			if c.py != nil {
				return formatCallbackSource(f, c.py, nil)
			}
			if c.repr != nil {
				return c.repr()
			}
			if c.task != nil {
				return taskWakeupRepr()
			}
			return "<callback>"
		}
		var s string
		switch {
		case n == 1:
			s = cb(cbs[0])
		case n == 2:
			s = cb(cbs[0]) + ", " + cb(cbs[1])
		default:
			s = cb(cbs[0]) + ", <" + strconv.Itoa(n-2) + " more>, " + cb(cbs[n-1])
		}
		info = append(info, "cb=["+s+"]")
	}
	return info, nil
}

// limitedRepr is reprlib.repr (maxlevel 6, maxstring 30, maxlist 6,
// maxtuple 6, maxdict 4, maxset 6, maxlong 40, maxother 30).
func limitedRepr(f *interp.Fiber, v interp.Value, level int) (string, *interp.Exception) {
	iterable := func(items []interp.Value, left, right string, max int, trail bool) (string, *interp.Exception) {
		if len(items) == 0 {
			return left + right, nil
		}
		if level <= 0 {
			return left + "..." + right, nil
		}
		var parts []string
		for i, it := range items {
			if i >= max {
				parts = append(parts, "...")
				break
			}
			s, err := limitedRepr(f, it, level-1)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		s := strings.Join(parts, ", ")
		if trail && len(items) == 1 {
			s += ","
		}
		return left + s + right, nil
	}
	switch x := v.(type) {
	case interp.Str:
		s, err := interp.Repr(f, x)
		if err != nil {
			return "", err
		}
		return truncMiddle(s, 30), nil
	case interp.Int, *interp.BigInt:
		s, err := interp.Repr(f, x)
		if err != nil {
			return "", err
		}
		return truncMiddle(s, 40), nil
	case *interp.List:
		return iterable(x.Items, "[", "]", 6, false)
	case interp.Tuple:
		return iterable(x, "(", ")", 6, true)
	case *interp.Dict:
		if x.Len() == 0 {
			return "{}", nil
		}
		if level <= 0 {
			return "{...}", nil
		}
		var parts []string
		var err *interp.Exception
		n := 0
		x.Items(func(k, val interp.Value) bool {
			if n >= 4 {
				parts = append(parts, "...")
				return false
			}
			n++
			var ks, vs string
			if ks, err = limitedRepr(f, k, level-1); err != nil {
				return false
			}
			if vs, err = limitedRepr(f, val, level-1); err != nil {
				return false
			}
			parts = append(parts, ks+": "+vs)
			return true
		})
		if err != nil {
			return "", err
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	}
	s, err := reprOf(f, v)
	if err != nil {
		return "", err
	}
	return truncMiddle(s, 30), nil
}

func truncMiddle(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	i := (max - 3) / 2
	j := max - 3 - i
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

// formatCoro is coroutines._format_coroutine.
func formatCoro(c *interp.Coroutine) string {
	name := c.QualName()
	if name == "" {
		name = c.Name()
	}
	name += "()"
	if loc := c.Location(); loc != "" {
		return name + " " + loc
	}
	if w, ok := nativeCoroSites[c.Name()]; ok {
		if c.Done() {
			return name + " done, defined at " + cpythonAsyncio + w.file + ":" + strconv.Itoa(w.def)
		}
		line := w.def
		if c.Started() {
			line = w.await
		}
		return name + " running at " + cpythonAsyncio + w.file + ":" + strconv.Itoa(line)
	}
	return name
}

// nativeCoroSites locates asyncio's own coroutines in CPython's sources,
// for task reprs: definition line and the line of their main await.
var nativeCoroSites = map[string]struct {
	file       string
	def, await int
}{
	"sleep":     {"tasks.py", 637, 649},
	"wait":      {"tasks.py", 399, 428},
	"wait_for":  {"tasks.py", 436, 479},
	"to_thread": {"threads.py", 12, 25},
}

// callableName is __qualname__ (or __name__, or repr) of a callable.
func callableName(f *interp.Fiber, fn interp.Value) string {
	switch x := fn.(type) {
	case *interp.Function:
		return x.QualName
	case *interp.BoundMethod:
		return callableName(f, x.Func)
	case *interp.Builtin:
		if x.Of != nil {
			return x.Of.Name + "." + x.Name
		}
		return x.Name
	case *interp.Class:
		return x.QualName
	}
	return mustRepr(f, fn)
}

// formatCallbackSource is format_helpers._format_callback_source.
func formatCallbackSource(f *interp.Fiber, fn interp.Value, args []interp.Value) string {
	s := callableName(f, fn)
	if args != nil {
		parts := make([]string, len(args))
		for i, a := range args {
			r, err := limitedRepr(f, a, 6)
			if err != nil {
				r = "?"
			}
			parts[i] = r
		}
		s += "(" + strings.Join(parts, ", ") + ")"
	} else {
		s += "()"
	}
	src := fn
	if m, ok := fn.(*interp.BoundMethod); ok {
		src = m.Func
	}
	if fnc, ok := src.(*interp.Function); ok && fnc.Code != nil && fnc.Code.File != nil {
		s += " at " + fnc.Code.File.Name + ":" + strconv.Itoa(int(fnc.Code.FirstLine))
	}
	return s
}

func floatRepr(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		switch {
		case math.IsNaN(x):
			return "nan"
		case x > 0:
			return "inf"
		}
		return "-inf"
	}
	a := math.Abs(x)
	if a != 0 && (a < 1e-4 || a >= 1e16) {
		s := strconv.FormatFloat(x, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		if exp[0] == '+' {
			exp = exp[1:]
			if len(exp) < 2 {
				exp = "0" + exp
			}
			return mant + "e+" + exp
		}
		exp = exp[1:]
		if len(exp) < 2 {
			exp = "0" + exp
		}
		return mant + "e-" + exp
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// formatException renders a traceback as traceback.print_exception does.
func formatException(f *interp.Fiber, e *interp.Exception) string {
	return interp.FormatException(f, e)
}

// logError writes what asyncio's default exception handler logs: the
// message, then the exception's traceback.
func (rt *Runtime) logError(msg string, exc *interp.Exception) {
	w := rt.stderr()
	if w == nil {
		return
	}
	s := msg + "\n"
	if exc != nil {
		s += formatException(rt.thread(), exc)
	}
	io.WriteString(w, s)
}

// WarnUnawaited prints CPython's RuntimeWarning for a coroutine object
// that was dropped without being awaited, once per source location:
//
//	x.as:5: RuntimeWarning: coroutine 'f' was never awaited
//	  f()
//	RuntimeWarning: Enable tracemalloc to get the object allocation traceback
//
// The location is where the VM saw the coroutine dropped
// (file and line, when known); the source line is read from the
// file as linecache does ("sys:1" and no source line when unknown).
// The last line is warnings._formatwarnmsg_impl's hint for a warning with
// a source object while tracemalloc is not tracing. CPython leaves it out
// for the coroutines module teardown collects at exit (`import tracemalloc`
// fails then): here those a global of __main__ still holds; one nothing
// holds would have been collected, with the hint, while the program ran.
func (rt *Runtime) WarnUnawaited(c *interp.Coroutine, file string, line int) {
	loc, src := "sys:1", ""
	if file != "" {
		loc = file + ":" + strconv.Itoa(line)
		src = rt.sourceLine(file, line)
	}
	name := c.QualName()
	if name == "" {
		name = c.Name()
	}
	key := loc + "\x00" + name
	if rt.warned[key] {
		return
	}
	rt.warned[key] = true
	s := loc + ": RuntimeWarning: coroutine '" + name + "' was never awaited\n"
	if src != "" {
		s += "  " + src + "\n"
	}
	if !rt.vm.Finalizing() || !HeldByMain(rt.vm, c) {
		s += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
	}
	if w := rt.stderr(); w != nil {
		io.WriteString(w, s)
	}
}

// CacheSource puts the source of code that is in no file into the line
// cache (as IPython does for notebook cells), for the source lines of
// warnings.
func (rt *Runtime) CacheSource(file, src string) {
	if rt.sources == nil {
		rt.sources = map[string][]string{}
	}
	rt.sources[file] = strings.Split(src, "\n")
}

// sourceLine is linecache.getline(file, n).strip().
func (rt *Runtime) sourceLine(file string, n int) string {
	if rt.sources == nil {
		rt.sources = map[string][]string{}
	}
	lines, ok := rt.sources[file]
	if !ok {
		if b, err := os.ReadFile(file); err == nil {
			lines = strings.Split(string(b), "\n")
		}
		rt.sources[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// HeldByMain reports whether a global of __main__ holds c, directly or in
// a list, tuple, dict or instance it holds (two levels deep).
func HeldByMain(vm *interp.VM, c *interp.Coroutine) bool {
	m, ok := vm.Modules["__main__"]
	if !ok {
		return false
	}
	var holds func(v interp.Value, depth int) bool
	holdsAny := func(d *interp.Dict, depth int) bool {
		held := false
		d.Items(func(_, it interp.Value) bool {
			held = holds(it, depth)
			return !held
		})
		return held
	}
	holds = func(v interp.Value, depth int) bool {
		if v == interp.Value(c) {
			return true
		}
		if depth > 2 {
			return false
		}
		switch x := v.(type) {
		case *interp.List:
			for _, it := range x.Items {
				if holds(it, depth+1) {
					return true
				}
			}
		case interp.Tuple:
			for _, it := range x {
				if holds(it, depth+1) {
					return true
				}
			}
		case *interp.Dict:
			return holdsAny(x, depth+1)
		case *interp.Instance:
			held := false
			x.EachOwnAttr(func(_ string, it interp.Value) bool {
				held = holds(it, depth+1)
				return !held
			})
			return held
		}
		return false
	}
	return holdsAny(m.Globals, 0)
}
