// Package tracing records what an asyncio event loop does with its tasks
// and shows it: as one text line per event (--trace), as a Chrome Trace
// Event file that Perfetto and chrome://tracing open (--trace-file), and
// as a Gantt chart in SVG or self-contained HTML (--timeline).
//
// The package knows nothing of the interpreter. stdlib/asyncio
// (tracehooks.go) calls a Recorder when a task is created, starts or
// resumes a step, suspends on an await, and finishes, with already
// formatted details, such as the coroutine call "say('First', 2)" or the
// awaited "sleep(2)"; a runtime without a Recorder pays one pointer test
// per hook.
//
// The pieces:
//
//   - event.go: Event, Recorder and the text lines of --trace.
//   - timeline.go: Build turns the events into a Timeline: one Row per
//     task with its running, waiting and "ready but the loop was busy"
//     slices, and the wake-up arrows between tasks.
//   - svg.go: the Gantt chart (WriteSVG, WriteHTML).
//   - chrome.go: the Chrome Trace Event JSON (WriteChrome).
//
// Times are the loop's clock (real, fake or virtual), in the loop's
// origin. A program that runs several loops one after the other (two
// asyncio.run calls) gets one continuous time line: each new loop's time
// starts where the previous recording ended.
package tracing
