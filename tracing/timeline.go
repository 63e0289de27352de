package tracing

// This file turns events into a Timeline: what each task did when.

import "time"

// SliceKind is what a task was doing during a slice.
type SliceKind uint8

const (
	// Pending: created, not started yet (waiting for its first turn).
	Pending SliceKind = iota
	// Running: one step of the task, holding the loop.
	Running
	// Waiting: suspended on an await; Label says on what.
	Waiting
	// Late: ready to run (its timer was due, or what it awaited had
	// finished) but the loop was busy running something else.
	Late
)

var sliceWords = [...]string{"pending", "running", "waiting", "late"}

func (k SliceKind) String() string { return sliceWords[k] }

// LateThreshold is the shortest wait between being ready (or created)
// and running that Build shows as a Late (or Pending) slice: below it, the
// gap is the ordinary cost of a loop iteration.
const LateThreshold = 5 * time.Millisecond

// Slice is an interval of a task's life.
type Slice struct {
	Start, End time.Duration
	Kind       SliceKind
	Label      string // Waiting: what is awaited; Late: the task that kept the loop busy
}

// Row is one task.
type Row struct {
	Task    int
	Name    string
	Call    string // the coroutine call, e.g. say('First', 2)
	Parent  int    // the task that created it, 0 if none
	Created time.Duration
	Ended   time.Duration // when it finished; the end of the recording if it did not
	End     Kind          // Done, Failed or Cancelled; Create if it never finished
	Result  string        // Done: result repr; Failed: the exception
	Slices  []Slice
}

// Arrow is a wake-up: task From finished (or completed what To awaited)
// at time Ready, and To resumed at At.
type Arrow struct {
	From, To  int
	Ready, At time.Duration
}

// Timeline is the whole picture: rows in creation order (the main task
// first), arrows in time order, and the time of the last event.
type Timeline struct {
	Rows   []Row
	Arrows []Arrow
	End    time.Duration
}

// Build makes the Timeline of events (as recorded by a Recorder).
func Build(events []Event) *Timeline {
	tl := &Timeline{}
	index := map[int]int{} // task serial -> row index
	open := func(r *Row, at time.Duration, k SliceKind, label string) {
		r.Slices = append(r.Slices, Slice{Start: at, End: at, Kind: k, Label: label})
	}
	// the last slice of a live task is the open one
	closeAt := func(r *Row, at time.Duration) {
		if n := len(r.Slices); n > 0 && r.Slices[n-1].Start <= at {
			r.Slices[n-1].End = at
		}
	}
	for _, e := range events {
		if e.Time > tl.End {
			tl.End = e.Time
		}
		i, ok := index[e.Task]
		if !ok {
			i = len(tl.Rows)
			index[e.Task] = i
			tl.Rows = append(tl.Rows, Row{Task: e.Task, Created: e.Time, Ended: -1})
			open(&tl.Rows[i], e.Time, Pending, "")
		}
		r := &tl.Rows[i]
		r.Name = e.Name
		switch e.Kind {
		case Create:
			r.Call, r.Parent = e.Detail, e.Peer
		case Start:
			if r.Call == "" {
				r.Call = e.Detail
			}
			closeAt(r, e.Time)
			open(r, e.Time, Running, "")
		case Resume:
			ready := e.Ready
			if e.Time-ready < LateThreshold {
				ready = e.Time
			}
			closeAt(r, ready)
			if ready < e.Time {
				open(r, ready, Late, "")
				closeAt(r, e.Time)
			}
			open(r, e.Time, Running, "")
			if e.Peer != 0 {
				tl.Arrows = append(tl.Arrows, Arrow{From: e.Peer, To: e.Task, Ready: e.Ready, At: e.Time})
			}
		case Await:
			closeAt(r, e.Time)
			open(r, e.Time, Waiting, e.Detail)
		case Done, Failed, Cancelled:
			closeAt(r, e.Time)
			r.Ended, r.End, r.Result = e.Time, e.Kind, e.Detail
		}
	}
	for i := range tl.Rows {
		r := &tl.Rows[i]
		if r.Ended < 0 {
			r.Ended, r.End = tl.End, Create
			closeAt(r, tl.End)
		}
		// a task that started within LateThreshold of its creation was
		// not kept waiting: no pending slice
		if len(r.Slices) > 1 && r.Slices[0].Kind == Pending && r.Slices[0].End-r.Slices[0].Start < LateThreshold {
			r.Slices = r.Slices[1:]
		}
	}
	tl.nameBusy()
	return tl
}

// nameBusy labels each Late slice with the task that ran longest while
// it lasted: the one that kept the loop busy.
func (tl *Timeline) nameBusy() {
	for i := range tl.Rows {
		for j := range tl.Rows[i].Slices {
			late := &tl.Rows[i].Slices[j]
			if late.Kind != Late {
				continue
			}
			best, bestLen := "", time.Duration(0)
			for k := range tl.Rows {
				if k == i {
					continue
				}
				for _, s := range tl.Rows[k].Slices {
					if s.Kind != Running {
						continue
					}
					if n := min(s.End, late.End) - max(s.Start, late.Start); n > bestLen {
						best, bestLen = tl.Rows[k].Name, n
					}
				}
			}
			late.Label = best
		}
	}
}
