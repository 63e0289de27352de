package tracing

// This file writes a Timeline in the Chrome Trace Event format (the JSON
// object form), which Perfetto (ui.perfetto.dev) and chrome://tracing
// open: one track (tid) per task, named as asyncio names it, complete
// ("X") events for its running, waiting and late slices, an instant
// event where it ends, and flow arrows for wake-ups.

import (
	"bufio"
	"encoding/json"
	"io"
	"time"
)

type chromeEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"`
	Dur  *float64       `json:"dur,omitempty"`
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	ID   int            `json:"id,omitempty"`
	S    string         `json:"s,omitempty"`
	Bp   string         `json:"bp,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

func micros(t time.Duration) float64 { return float64(t.Nanoseconds()) / 1e3 }

// WriteChrome writes the timeline as a Chrome Trace Event JSON document.
func (tl *Timeline) WriteChrome(out io.Writer) error {
	var evs []chromeEvent
	evs = append(evs, chromeEvent{Name: "process_name", Ph: "M", Pid: 1, Args: map[string]any{"name": "asyncio event loop"}})
	names := map[int]string{}
	for i, r := range tl.Rows {
		names[r.Task] = r.Name
		evs = append(evs,
			chromeEvent{Name: "thread_name", Ph: "M", Pid: 1, Tid: r.Task, Args: map[string]any{"name": r.Name}},
			chromeEvent{Name: "thread_sort_index", Ph: "M", Pid: 1, Tid: r.Task, Args: map[string]any{"sort_index": i}})
	}
	for _, r := range tl.Rows {
		for _, s := range r.Slices {
			dur := micros(s.End - s.Start)
			e := chromeEvent{Ph: "X", Ts: micros(s.Start), Dur: &dur, Pid: 1, Tid: r.Task, Cat: s.Kind.String()}
			switch s.Kind {
			case Pending:
				e.Name = "pending"
			case Running:
				e.Name = "run"
				if r.Call != "" {
					e.Args = map[string]any{"coro": r.Call}
				}
			case Waiting:
				e.Name = "await " + s.Label
			case Late:
				e.Name = "ready, loop busy"
			}
			evs = append(evs, e)
		}
		if r.End != Create {
			e := chromeEvent{Name: r.End.String(), Ph: "i", S: "t", Ts: micros(r.Ended), Pid: 1, Tid: r.Task}
			if r.Result != "" {
				e.Args = map[string]any{"result": r.Result}
			}
			evs = append(evs, e)
		}
	}
	for i, a := range tl.Arrows {
		evs = append(evs,
			chromeEvent{Name: "wake", Cat: "wake", Ph: "s", Ts: micros(a.Ready), Pid: 1, Tid: a.From, ID: i + 1},
			chromeEvent{Name: "wake", Cat: "wake", Ph: "f", Bp: "e", Ts: micros(a.At), Pid: 1, Tid: a.To, ID: i + 1})
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	if err := enc.Encode(map[string]any{"traceEvents": evs, "displayTimeUnit": "ms"}); err != nil {
		return err
	}
	return w.Flush()
}
