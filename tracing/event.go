package tracing

// This file defines the recorded events and the Recorder that collects
// them (and writes the --trace lines as they happen).

import (
	"fmt"
	"io"
	"time"
)

// Kind is what happened to a task.
type Kind uint8

const (
	// Create: the task was made. Detail is its coroutine call, e.g.
	// "say('First', 2)"; Peer is the task that created it (0: none).
	Create Kind = iota
	// Start: the task's first step began. Detail is its coroutine call.
	Start
	// Resume: a later step began. Ready is when the task became ready to
	// run (its timer was due or what it awaited finished); Peer is the
	// task whose completion woke it (0: a timer or a callback).
	Resume
	// Await: the step ended with the task suspended. Detail says on what
	// ("sleep(2)", "Queue.get()", "gather(3)", a task's name); Peer is the
	// awaited task, if it is one.
	Await
	// Done: the task returned; Detail is the repr of its result.
	Done
	// Failed: the task raised; Detail is the exception, e.g. "ValueError('x')".
	Failed
	// Cancelled: the task ended cancelled.
	Cancelled
)

var kindWords = [...]string{"create", "start", "resume", "await", "done", "failed", "cancelled"}

func (k Kind) String() string {
	if int(k) < len(kindWords) {
		return kindWords[k]
	}
	return "?"
}

// Event is one scheduling event.
type Event struct {
	Time   time.Duration // when, on the recording's time line
	Kind   Kind
	Task   int    // the task's serial number in the recording, from 1
	Name   string // the task's name at that moment (Task-2, or its own)
	Detail string
	Peer   int
	Ready  time.Duration // Resume only
}

// Line is the --trace text of the event: "2.001 Task-2 resume".
func (e Event) Line(names func(task int) string) string {
	s := fmt.Sprintf("%.3f %s %s", e.Time.Seconds(), e.Name, e.Kind)
	switch e.Kind {
	case Create:
		if e.Peer != 0 {
			s += " by " + names(e.Peer)
		}
	case Start, Await:
		s += " " + e.Detail
	case Resume:
		if e.Peer != 0 {
			s += " <- " + names(e.Peer)
		}
	case Done, Failed:
		s += " -> " + e.Detail
	}
	return s
}

// Recorder collects the events of one interpreter (it is not shared:
// each Session has its own). It is used from the goroutine running the
// loop only.
type Recorder struct {
	// Live, when set, receives each event's Line as it is recorded
	// (except Create events).
	Live io.Writer

	events []Event
	names  []string // latest name of each task, by serial-1
	clock  any      // identity of the loop clock of the last event
	base   time.Duration
	last   time.Duration
}

// NewTask gives the next task serial number.
func (r *Recorder) NewTask(name string) int {
	r.names = append(r.names, name)
	return len(r.names)
}

// Add records e, whose Time and Ready are times of the loop identified
// by clock (any comparable value, e.g. the *loop.Loop).
func (r *Recorder) Add(clock any, e Event) {
	if clock != r.clock {
		if r.clock != nil {
			r.base = r.last - e.Time
		}
		r.clock = clock
	}
	e.Time += r.base
	if e.Kind == Resume {
		e.Ready += r.base
		if e.Ready > e.Time {
			e.Ready = e.Time
		}
	}
	if e.Time < r.last {
		e.Time = r.last // never backwards, whatever the clocks do
	}
	r.last = e.Time
	if e.Task >= 1 && e.Task <= len(r.names) {
		r.names[e.Task-1] = e.Name
	}
	r.events = append(r.events, e)
	// creation is not printed: the task is often renamed right after
	// (create_task(..., name=...)), and its start line shows its coroutine
	if r.Live != nil && e.Kind != Create {
		fmt.Fprintln(r.Live, e.Line(r.Name))
	}
}

// Name is the latest name of task serial n.
func (r *Recorder) Name(n int) string {
	if n >= 1 && n <= len(r.names) {
		return r.names[n-1]
	}
	return "?"
}

// Events returns the events recorded so far (do not modify them).
func (r *Recorder) Events() []Event { return r.events }
