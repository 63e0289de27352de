package asyncio

// This file implements asyncio's call graph introspection, a documented
// extension beyond 3.11: CPython 3.14's capture_call_graph,
// format_call_graph and print_call_graph (Lib/asyncio/graph.py), and the
// "awaited by" links they follow (futures.future_add_to_awaited_by).
//
// Departures from CPython 3.14, on purpose:
//
//   - asyncio's own coroutines (sleep, Queue.get, TaskGroup.__aexit__...)
//     are Go code here, not Python frames, so they never appear in a call
//     stack: where CPython shows "File '.../asyncio/tasks.py', line 702,
//     in async sleep()" above the user's frame, asyncscript shows only the
//     user's frames.
//   - print_call_graph's own frame is never listed (CPython 3.14.0 listed
//     it by mistake, gh-156327; the fix and the documentation agree).
//   - "awaited by" is kept in the order the links were made; CPython keeps
//     a set, whose order follows object addresses.
//   - Frames and code objects are small stand-ins with the attributes the
//     graph functions use: f_code, f_lineno; co_filename, co_name,
//     co_qualname, co_firstlineno. They are snapshots: a CPython frame is
//     live, and its f_lineno moves on as the frame runs.
//
// It also writes the task dump asyncscript prints on SIGQUIT (DumpTasks).

import (
	"fmt"
	"io"
	"strings"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// The set of tasks awaiting a future (_asyncio_awaited_by): the first one
// is kept in Future.awaitedBy, as most futures have at most one; the rest
// in Future.rare.awaitedMore, to keep every Future small.

// addAwaitedBy is futures.future_add_to_awaited_by(fut, waiter).
func (fut *Future) addAwaitedBy(t *Task) {
	if fut.awaitedBy == t {
		return
	}
	if r := fut.rare; r != nil {
		for _, x := range r.awaitedMore {
			if x == t {
				return
			}
		}
	}
	if fut.awaitedBy == nil {
		fut.awaitedBy = t
		return
	}
	r := fut.more()
	r.awaitedMore = append(r.awaitedMore, t)
}

// discardAwaitedBy is futures.future_discard_from_awaited_by(fut, waiter).
func (fut *Future) discardAwaitedBy(t *Task) {
	if fut.wakeFirst && fut.awaitedBy == t {
		// t's wakeup stays a done callback
		fut.setCallbacks(fut.callbacks())
	}
	r := fut.rare
	if fut.awaitedBy == t {
		fut.awaitedBy = nil
		if r != nil && len(r.awaitedMore) > 0 {
			fut.awaitedBy = r.awaitedMore[0]
			r.awaitedMore = r.awaitedMore[1:]
		}
		return
	}
	if r == nil {
		return
	}
	for i, x := range r.awaitedMore {
		if x == t {
			r.awaitedMore = append(r.awaitedMore[:i], r.awaitedMore[i+1:]...)
			return
		}
	}
}

func (fut *Future) awaiters() []*Task {
	return inlineFirst(fut.awaitedBy, fut.rare, func(r *futRare) []*Task { return r.awaitedMore })
}

// graphFrame is one entry of a call stack.
type graphFrame struct {
	fr   *interp.Frame
	line int
}

// futureGraph is a FutureCallGraph before it becomes Python objects.
type futureGraph struct {
	fut       *Future
	stack     []graphFrame // innermost first
	awaitedBy []*futureGraph
}

// frameLine is where a suspended (or not yet started) frame is.
func frameLine(fr *interp.Frame) int {
	if !fr.Started() {
		return int(fr.Code().FirstLine)
	}
	return fr.Line()
}

// applyLimit keeps the entries limit asks for from a stack listed
// outermost first: the first limit if positive, the last -limit if
// negative, none if zero (graph.py's slicing).
func applyLimit(stack []graphFrame, limit *int) []graphFrame {
	if limit == nil {
		return stack
	}
	switch n := *limit; {
	case n == 0:
		return nil
	case n > 0 && n < len(stack):
		return stack[:n]
	case n < 0 && -n < len(stack):
		return stack[len(stack)+n:]
	}
	return stack
}

func reversed(s []graphFrame) []graphFrame {
	out := make([]graphFrame, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}

// buildGraph is _build_graph_for_future: the frames of the coroutine
// chain of a suspended task (its fiber holds exactly those frames while
// it waits), and the graphs of the tasks awaiting it. seen stops cycles
// (a task awaiting itself through a chain), which CPython would recurse
// into without end.
func buildGraph(fut *Future, limit *int, seen map[*Future]bool) *futureGraph {
	g := &futureGraph{fut: fut}
	if seen[fut] {
		return g
	}
	seen[fut] = true
	defer delete(seen, fut)
	if t := fut.asTask(); t != nil && !t.Done() {
		var stack []graphFrame
		for _, fr := range t.fiber.Frames() {
			stack = append(stack, graphFrame{fr, frameLine(fr)})
		}
		g.stack = reversed(applyLimit(stack, limit))
	}
	for _, w := range fut.awaiters() {
		g.awaitedBy = append(g.awaitedBy, buildGraph(&w.Future, limit, seen))
	}
	return g
}

// captureGraph is capture_call_graph(future, depth=depth, limit=limit)
// called from fiber f. A nil graph means there is nothing to show (no
// current task).
func (rt *Runtime) captureGraph(f *interp.Fiber, futV interp.Value, depth int, limit *int) (*futureGraph, *interp.Exception) {
	ev := rt.ev
	var fut *Future
	if futV != nil && futV != interp.None {
		fut = asFuture(futV)
		if fut == nil {
			r, _ := reprOf(f, futV)
			return nil, interp.Errorf(interp.TypeError, "%s object does not appear to be compatible with asyncio.Future", r)
		}
		if ev == nil || ev.current == nil || fut != &ev.current.Future {
			return buildGraph(fut, limit, map[*Future]bool{}), nil
		}
	} else {
		if ev == nil {
			return nil, interp.Errorf(interp.RuntimeError, "capture_call_graph() is called outside of a running event loop and no *future* to introspect was provided")
		}
		if ev.current == nil {
			return nil, nil
		}
		fut = &ev.current.Future
	}
	// the current task: walk the running fiber from the caller's frame
	// (depth 1) down to the task's coroutine
	g := &futureGraph{fut: fut}
	if limit == nil || *limit != 0 {
		frames := f.Frames()
		var stack []graphFrame
		for i := len(frames) - depth; i >= 0; i-- {
			stack = append(stack, graphFrame{frames[i], frames[i].Line()})
		}
		if limit != nil {
			// stack is innermost first here: graph.py trims it with
			// call_stack[:-limit] / [-limit:]
			switch n := *limit; {
			case n < 0 && -n < len(stack):
				stack = stack[:-n]
			case n > 0 && n < len(stack):
				stack = stack[len(stack)-n:]
			}
		}
		g.stack = stack
	}
	seen := map[*Future]bool{fut: true}
	for _, w := range fut.awaiters() {
		g.awaitedBy = append(g.awaitedBy, buildGraph(&w.Future, limit, seen))
	}
	return g, nil
}

// frameText is how format_call_graph shows a frame:
// "File 'prog.as', line 4, in async test()".
func frameText(e graphFrame) string {
	code := e.fr.Code()
	file, _ := interp.Repr(nil, interp.Str(code.File.Name))
	tag := ""
	switch {
	case code.Flags&compile.FlagAsyncGenerator != 0:
		tag = "async generator "
	case code.Flags&compile.FlagCoroutine != 0:
		tag = "async "
	case code.Flags&compile.FlagGenerator != 0:
		tag = "generator "
	}
	return fmt.Sprintf("File %s, line %d, in %s%s()", file, e.line, tag, code.QualName)
}

// render is format_call_graph's render_level.
func (g *futureGraph) render(b *strings.Builder, level int) {
	indent := strings.Repeat("    ", level)
	line := func(s string) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(indent + s)
	}
	if t := g.fut.asTask(); t != nil {
		name, _ := interp.Repr(nil, t.Name())
		line("* Task(name=" + name + ", id=" + interp.AddressOf(g.fut.value()) + ")")
	} else {
		line("* Future(id=" + interp.AddressOf(g.fut.value()) + ")")
	}
	if len(g.stack) > 0 {
		line("  + Call stack:")
		for _, e := range g.stack {
			line("  |   " + frameText(e))
		}
	}
	if len(g.awaitedBy) > 0 {
		line("  + Awaited by:")
		for _, a := range g.awaitedBy {
			a.render(b, level+1)
		}
	}
}

// graphArgs binds (future=None, /, *, depth=1, limit=None) and the file
// of print_call_graph.
func graphArgs(name string, args []interp.Value, kw []interp.KV, withFile bool) (fut, file interp.Value, depth int, limit *int, err *interp.Exception) {
	if len(args) > 1 {
		return nil, nil, 0, nil, interp.Errorf(interp.TypeError, "%s() takes from 0 to 1 positional arguments but %d were given", name, len(args))
	}
	if len(args) == 1 {
		fut = args[0]
	}
	depth = 1
	for _, a := range kw {
		switch {
		case a.Name == "depth":
			d, e := native.Index(nil, a.Value)
			if e != nil {
				return nil, nil, 0, nil, e
			}
			depth = int(d)
		case a.Name == "limit":
			if a.Value != interp.None {
				l, e := native.Index(nil, a.Value)
				if e != nil {
					return nil, nil, 0, nil, e
				}
				n := int(l)
				limit = &n
			}
		case a.Name == "file" && withFile:
			file = a.Value
		default:
			return nil, nil, 0, nil, interp.Errorf(interp.TypeError, "%s() got an unexpected keyword argument '%s'", name, a.Name)
		}
	}
	if depth < 1 {
		depth = 1
	}
	return fut, file, depth, limit, nil
}

func (rt *Runtime) formatCallGraph(f *interp.Fiber, name string, args []interp.Value, kw []interp.KV, withFile bool) (string, interp.Value, *interp.Exception) {
	fut, file, depth, limit, err := graphArgs(name, args, kw, withFile)
	if err != nil {
		return "", nil, err
	}
	g, err := rt.captureGraph(f, fut, depth, limit)
	if err != nil || g == nil {
		return "", file, err
	}
	var b strings.Builder
	g.render(&b, 0)
	return b.String(), file, nil
}

func (rt *Runtime) graphFuncs() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"format_call_graph": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, _, err := rt.formatCallGraph(f, "format_call_graph", args, kw, false)
			if err != nil {
				return nil, err
			}
			return interp.Str(s), nil
		},
		"print_call_graph": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			s, file, err := rt.formatCallGraph(f, "print_call_graph", args, kw, true)
			if err != nil {
				return nil, err
			}
			pr, ok := f.VM.Builtins.GetStr("print")
			if !ok {
				return nil, interp.Errorf(interp.RuntimeError, "no print")
			}
			var pkw []interp.KV
			if file != nil {
				pkw = []interp.KV{{Name: "file", Value: file}}
			}
			if _, err := f.Call(pr, []interp.Value{interp.Str(s)}, pkw); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"capture_call_graph": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, _, depth, limit, err := graphArgs("capture_call_graph", args, kw, false)
			if err != nil {
				return nil, err
			}
			g, err := rt.captureGraph(f, fut, depth, limit)
			if err != nil {
				return nil, err
			}
			if g == nil {
				return interp.None, nil
			}
			return g.value(), nil
		},
	}
}

// Python-visible stand-ins: FutureCallGraph, FrameCallGraphEntry, frame
// and code objects (classes.go), as plain instances with attributes.
func instance(cls *interp.Class, attrs ...any) *interp.Instance {
	inst := interp.NewInstance(cls)
	for i := 0; i+1 < len(attrs); i += 2 {
		inst.SetOwnAttr(attrs[i].(string), attrs[i+1].(interp.Value))
	}
	return inst
}

func (g *futureGraph) value() interp.Value {
	cls := g.fut.loop.rt.classes()
	stack := make(interp.Tuple, len(g.stack))
	for i, e := range g.stack {
		code := e.fr.Code()
		co := instance(cls.code, "co_filename", interp.Str(code.File.Name), "co_name", interp.Str(code.Name),
			"co_qualname", interp.Str(code.QualName), "co_firstlineno", interp.Int(code.FirstLine))
		fr := instance(cls.frame, "f_code", co, "f_lineno", interp.Int(e.line))
		stack[i] = instance(cls.FrameCallGraphEntry, "frame", fr)
	}
	by := make(interp.Tuple, len(g.awaitedBy))
	for i, a := range g.awaitedBy {
		by[i] = a.value()
	}
	return instance(cls.FutureCallGraph, "future", g.fut.value(), "call_stack", stack, "awaited_by", by)
}

// DumpTasks writes every task of the running loop as a tree, the way
// asyncscript answers SIGQUIT (Ctrl-\): the tasks nobody awaits are the
// roots; under each task, what it waits on, its call stack, and the tasks
// that it awaits. The caller holds vm.GIL. Nothing is run: no repr of
// user objects is called.
func (rt *Runtime) DumpTasks(w io.Writer) {
	ev := rt.ev
	if ev == nil {
		fmt.Fprintln(w, "asyncscript: no running event loop")
		return
	}
	tasks := ev.allTasks()
	fmt.Fprintf(w, "asyncscript: %d task%s at loop time %.3f s\n", len(tasks), plural(len(tasks)), ev.l.Time().Seconds())
	// children[t] are the tasks t awaits (the inverse of awaited by)
	children := map[*Task][]*Task{}
	awaited := map[*Task]bool{}
	for _, t := range tasks {
		for _, p := range t.awaiters() {
			children[p] = append(children[p], t)
			awaited[t] = true
		}
	}
	shown := map[*Task]bool{}
	var show func(t *Task, prefix string, last bool, root bool)
	show = func(t *Task, prefix string, last bool, root bool) {
		branch, next := "├── ", "│   "
		if last {
			branch, next = "└── ", "    "
		}
		if root {
			branch, next = "", ""
		}
		name, _ := interp.Repr(nil, t.Name())
		state := "waiting on " + dumpWaitText(t)
		if t == ev.current {
			state = "running"
		}
		fmt.Fprintf(w, "%s* Task(name=%s, id=%s) %s\n", prefix+branch, name, interp.AddressOf(t), state)
		inner := prefix + next
		if shown[t] {
			fmt.Fprintf(w, "%s  (shown above)\n", inner)
			return
		}
		shown[t] = true
		if t != ev.current {
			frames := t.fiber.Frames()
			for i := len(frames) - 1; i >= 0; i-- {
				fmt.Fprintf(w, "%s  | %s\n", inner, frameText(graphFrame{frames[i], frameLine(frames[i])}))
			}
		}
		kids := children[t]
		for i, c := range kids {
			show(c, inner+"  ", i == len(kids)-1, false)
		}
	}
	for _, t := range tasks {
		if !awaited[t] {
			show(t, "", true, true)
		}
	}
	for _, t := range tasks {
		if !shown[t] { // only in cycles of awaits
			show(t, "", true, true)
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// dumpWaitText says what a suspended task waits on, for DumpTasks.
func dumpWaitText(t *Task) string {
	if t.waiter() == nil {
		if !t.fiber.Coroutine().Started() {
			return "its first turn"
		}
		return "its next turn"
	}
	what, _ := waitLabel(t)
	return what
}
