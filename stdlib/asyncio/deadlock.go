package asyncio

// This file defines the deadlock report, an extension beyond CPython.
//
// When run_until_complete's future is pending and the loop finds nothing
// that could ever run again (no ready handle, no timer, no Hold for a
// thread or I/O, nothing posted), CPython's loop waits in select() forever.
// asyncscript stops the program instead, with a report of what each
// pending task waits for and where, unless Runtime.WaitOnDeadlock is set
// (asyncscript --no-deadlock-check), in which case it waits forever too,
// for the one thing that can still come: a Ctrl-C.
//
// A program that is merely slow never gets here: a sleep is a timer, and
// to_thread/run_in_executor hold the loop (loop.Hold) until they post.

import (
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

// Deadlock is the panic value with which run_until_complete stops a
// deadlocked program. Nothing of the program runs after it (no finally
// block, no task cancellation: CPython would be waiting); Session
// recovers it, prints Report to stderr and ends the run with status 1.
type Deadlock struct {
	Report string
}

func (d *Deadlock) Error() string { return d.Report }

// deadlockReport describes why main, the future run_until_complete waits
// for, can never complete: one entry per pending task of the loop, in
// creation order, then the circles of tasks waiting on each other.
//
//	asyncscript: deadlock: every task is waiting, and nothing is left that could wake one
//	(no callback is ready, no timer is set, no thread or I/O is pending).
//	  Task 'Task-1' main() waits for Task 'Task-2' at x.as:12
//	      await t
//	  ...
func (ev *EventLoop) deadlockReport(main *Future) string {
	var b strings.Builder
	b.WriteString("asyncscript: deadlock: every task is waiting, and nothing is left that could wake one\n")
	b.WriteString("(no callback is ready, no timer is set, no thread or I/O is pending).\n")
	tasks := ev.allTasks()
	if main.asTask() == nil {
		b.WriteString("  run_until_complete() waits for " + describeAwaited(main) + "\n")
	}
	for _, t := range tasks {
		b.WriteString("  " + taskTitle(t) + " waits for " + describeAwaited(t.waiter()))
		b.WriteString(ev.whereWaiting(t))
	}
	for _, circle := range waitCircles(tasks) {
		names := make([]string, len(circle))
		for i, t := range circle {
			names[i] = taskName(t)
		}
		b.WriteString("Tasks " + strings.Join(names, " -> ") + " -> " + names[0] +
			" wait for each other in a circle: none of them can finish first.\n")
	}
	b.WriteString("CPython would wait here forever; asyncscript stops (--no-deadlock-check waits as CPython does).\n")
	return b.String()
}

// taskName is the task's name as asyncio shows it: 'Task-2'.
func taskName(t *Task) string {
	if s, ok := t.Name().(interp.Str); ok {
		return "'" + string(s) + "'"
	}
	return "'?'"
}

// taskTitle is "Task 'Task-2' worker()".
func taskTitle(t *Task) string {
	name := t.Coro().QualName()
	if name == "" {
		name = t.Coro().Name()
	}
	return "Task " + taskName(t) + " " + name + "()"
}

// describeAwaited says in words what a task (or run_until_complete) is
// waiting on.
func describeAwaited(fut *Future) string {
	switch {
	case fut == nil:
		return "nothing it could be woken from"
	case fut.isTask:
		return "Task " + taskName(fut.asTask())
	case fut.gatherState() != nil:
		var parts []string
		for _, c := range fut.gatherState().children {
			if !c.Done() {
				parts = append(parts, describeAwaited(c))
			}
		}
		return "asyncio.gather() of " + strings.Join(parts, ", ")
	case fut.awaitedIn != 0:
		name := fut.loop.rt.coroNames[fut.awaitedIn-1]
		if !strings.Contains(name, ".") {
			name = "asyncio." + name
		}
		return name + "()"
	}
	return "a Future that nothing completes"
}

// whereWaiting is " at FILE:LINE[, in f()]\n" plus the source line, for
// the innermost frame of t's suspended coroutine (just "\n" when t runs a
// native coroutine, which has no frames).
func (ev *EventLoop) whereWaiting(t *Task) string {
	frames := t.fiber.Frames()
	if len(frames) == 0 {
		return "\n"
	}
	fr := frames[len(frames)-1]
	code, line := fr.Code(), fr.Line()
	s := " at " + code.File.Name + ":" + strconv.Itoa(line)
	if len(frames) > 1 {
		s += ", in " + code.QualName + "()"
	}
	s += "\n"
	if src := ev.rt.sourceLine(code.File.Name, line); src != "" {
		s += "      " + src + "\n"
	}
	return s
}

// waitCircles finds the circles among tasks that wait for each other
// (directly or through gather), each once, starting from its first task
// in creation order.
func waitCircles(tasks []*Task) [][]*Task {
	waitsFor := func(t *Task) []*Task {
		fut := t.waiter()
		switch {
		case fut == nil:
			return nil
		case fut.isTask:
			return []*Task{fut.asTask()}
		case fut.gatherState() != nil:
			var ts []*Task
			for _, c := range fut.gatherState().children {
				if ct := c.asTask(); ct != nil && !c.Done() {
					ts = append(ts, ct)
				}
			}
			return ts
		}
		return nil
	}
	var circles [][]*Task
	seen := map[*Task]bool{} // tasks already in a reported circle
	for _, start := range tasks {
		if seen[start] {
			continue
		}
		// depth-first search for a path from start back to start
		var path []*Task
		visited := map[*Task]bool{}
		var walk func(t *Task) bool
		walk = func(t *Task) bool {
			path = append(path, t)
			for _, next := range waitsFor(t) {
				if next == start {
					return true
				}
				if !visited[next] && !seen[next] {
					visited[next] = true
					if walk(next) {
						return true
					}
				}
			}
			path = path[:len(path)-1]
			return false
		}
		if walk(start) {
			for _, t := range path {
				seen[t] = true
			}
			circles = append(circles, path)
		}
	}
	return circles
}
