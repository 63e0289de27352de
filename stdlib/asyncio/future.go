package asyncio

// This file defines Future, mirroring futures.Future (the _asyncio C
// version's messages): a result or exception slot plus done callbacks that
// are scheduled with call_soon, one handle each, in registration order.

import (
	"unsafe"

	"github.com/asyncscript/asyncscript/interp"
)

type futState uint8

const (
	statePending futState = iota
	stateCancelled
	stateFinished
)

func (s futState) String() string {
	switch s {
	case stateCancelled:
		return "CANCELLED"
	case stateFinished:
		return "FINISHED"
	}
	return "PENDING"
}

// callback is one done callback: a Python callable, a Go function or a
// task's wakeup (one not first: see Future.wakeFirst). Its address is its
// identity (for RemoveDoneCallback).
type callback struct {
	py   interp.Value      // Python callable (called with the future)
	fn   func(fut *Future) // Go callback
	repr func() string     // how a Go callback appears in reprs
	task *Task             // Task.__wakeup of this task
}

// Future is an asyncio Future (also the base of Task and of gather's
// _GatheringFuture).
//
// A pending task holds two Futures (its own and the one it awaits), so the
// struct is kept to 64 bytes: what most futures never use (a traceback,
// a cancel message, gather's state, tracing, more than one awaiter, a
// subclass) lives in *futRare, allocated the first time one of them is
// set.
type Future struct {
	// loop is the future's loop; it also gives the future's class (Type)
	// unless rare.cls says otherwise, so it is set on every future
	// reachable from Python (a sleep's future is not until its first
	// step, when it sets loop).
	loop   *EventLoop
	result interp.Value
	exc    *interp.Exception
	// cb0 is the first done callback; the others are in rare.cbMore
	// (most futures have one: the wakeup of the task awaiting it).
	// cb0 == nil implies no others (wakeFirst may still be set).
	cb0 *callback
	// awaitedBy is the first task awaiting this future (graph.go); the
	// others are in rare.awaitedMore.
	awaitedBy *Task
	rare      *futRare // nil until one of its fields is set
	state     futState
	logTB     bool
	blocking  bool // _asyncio_future_blocking
	reported  bool
	// isTask is set when this Future is a Task's (asTask).
	isTask bool
	// wakeFirst says the first done callback is the wakeup
	// (Task.__wakeup) of awaitedBy, before cb0: a task waiting for the
	// future, as almost every awaited future's first callback is, costs
	// no callback of its own. A wakeup added after another callback is a
	// callback{task}; discardAwaitedBy turns a wakeFirst into one before
	// it changes awaitedBy.
	wakeFirst bool
	// mustCancel is a Task's _must_cancel (here, in the Future's last
	// word, it keeps Task at 160 bytes).
	mustCancel bool
	// awaitedIn names the native coroutine waiting on this future
	// ("Event.wait"), for the deadlock report: 1 + its index in the
	// runtime's coroNames (Runtime.nameIndex), 0 when none did. An index
	// rather than the string keeps Future at 72 bytes.
	awaitedIn uint8
}

// futRare holds the fields of a Future that most futures never set.
type futRare struct {
	excTB        []interp.TraceEntry // traceback at set_exception (with_traceback on result())
	cancelMsg    interp.Value        // nil means None
	cancelledExc *interp.Exception
	gather       *gatherState // set for _GatheringFuture (cancel override)
	tr           *futTrace    // nil unless traced (tracehooks.go)
	awaitedMore  []*Task      // awaiters after awaitedBy (graph.go)
	taskTr       *taskTrace   // a traced Task's state (tracehooks.go)
	// coroObj is the coroutine object a Task's coro drives by send/throw
	// when it is not a native coroutine (coroobj.go).
	coroObj interp.Value
	// taskName is a Task's name once given, set or formatted (Task.Name).
	taskName interp.Value
	cbMore   []*callback // done callbacks after cb0
	// cls is the class of a future that is not of its loop's Future or
	// Task class (Type): a subclass made by the program, or gather's
	// _GatheringFuture. Nil means the default, which most futures are:
	// not storing it saves every Future a word.
	cls *interp.Class
}

// value is the Python object of fut: fut itself, or the Task embedding
// it.
func (fut *Future) value() interp.Value {
	if t := fut.asTask(); t != nil {
		return t
	}
	return fut
}

// asTask returns the Task whose Future fut is, nil for a plain Future.
func (fut *Future) asTask() *Task {
	if !fut.isTask {
		return nil
	}
	// Task embeds Future as its first field, and isTask is set only by
	// newTask on that embedded Future (no Future is copied out of a
	// Task), so fut points at the start of its Task: the conversion
	// yields a pointer to the same allocation, which the GC sees as it
	// saw fut. It saves a Future (and so every pending task and sleep)
	// a back pointer.
	return (*Task)(unsafe.Pointer(fut))
}

// more returns fut's rare fields, allocating them on first use.
func (fut *Future) more() *futRare {
	if fut.rare == nil {
		fut.rare = &futRare{}
	}
	return fut.rare
}

// gatherState returns gather's state for a _GatheringFuture, else nil.
func (fut *Future) gatherState() *gatherState {
	if fut.rare == nil {
		return nil
	}
	return fut.rare.gather
}

// trace returns the tracing state of a traced future, else nil.
func (fut *Future) trace() *futTrace {
	if fut.rare == nil {
		return nil
	}
	return fut.rare.tr
}

// trace returns a traced task's tracing state, else nil.
func (t *Task) trace() *taskTrace {
	if t.rare == nil {
		return nil
	}
	return t.rare.taskTr
}

// cancelMsg is the message the future was cancelled with (nil: None).
func (fut *Future) cancelMsg() interp.Value {
	if fut.rare == nil {
		return nil
	}
	return fut.rare.cancelMsg
}

// Type is the future's class: rare.cls if set, else the loop's Future
// class, or Task class for a Task's Future.
func (fut *Future) Type() *interp.Class {
	if r := fut.rare; r != nil && r.cls != nil {
		return r.cls
	}
	if fut.isTask {
		return fut.loop.rt.classes().Task
	}
	return fut.loop.rt.classes().Future
}

// base returns the Future part of a Future or Task value.
func asFuture(v interp.Value) *Future {
	switch x := v.(type) {
	case *Future:
		return x
	case *Task:
		return &x.Future
	}
	return nil
}

// NewFuture makes a pending Future on loop ev (loop.create_future()).
func NewFuture(ev *EventLoop) *Future {
	return &Future{loop: ev}
}

// Done reports whether the future is finished or cancelled.
func (fut *Future) Done() bool { return fut.state != statePending }

// Cancelled reports whether the future was cancelled.
func (fut *Future) Cancelled() bool { return fut.state == stateCancelled }

// Cancel is fut.cancel(msg): Task.cancel for tasks, _GatheringFuture.cancel
// for gather's outer future, Future.cancel otherwise.
func (fut *Future) Cancel(msg interp.Value) bool {
	if t := fut.asTask(); t != nil {
		return t.cancel(msg)
	}
	if g := fut.gatherState(); g != nil {
		return g.cancel(fut, msg)
	}
	return fut.futCancel(msg)
}

// futCancel is Future.cancel itself.
func (fut *Future) futCancel(msg interp.Value) bool {
	fut.logTB = false
	if fut.state != statePending {
		return false
	}
	fut.state = stateCancelled
	if msg != nil || fut.rare != nil {
		fut.more().cancelMsg = msg
	}
	fut.scheduleCallbacks()
	return true
}

func (fut *Future) scheduleCallbacks() {
	if fut.loop.rt.tracer != nil {
		fut.loop.traceComplete(fut)
	}
	if fut.wakeFirst {
		fut.wakeFirst = false
		fut.loop.scheduleWakeup(fut.awaitedBy, fut)
	}
	cb0 := fut.cb0
	if cb0 == nil {
		return
	}
	if cb0.fn != nil && fut.loop.rt.tracer == nil {
		// a Go callback (gather's, for each child) stays in cb0 until it
		// runs, so scheduling it allocates nothing
		fut.loop.l.SoonRun((*cb0Runner)(fut))
	} else {
		fut.cb0 = nil
		fut.loop.scheduleCallback(cb0, fut)
	}
	if r := fut.rare; r != nil && len(r.cbMore) > 0 {
		more := r.cbMore
		r.cbMore = nil
		for _, cb := range more {
			fut.loop.scheduleCallback(cb, fut)
		}
	}
}

// cb0Runner is a done Future as the loop.Runner of its first done
// callback, a Go one, which scheduleCallbacks leaves in cb0 until then: a
// done future's cb0 is set only while that run is due.
type cb0Runner Future

func (r *cb0Runner) Run() {
	fut := (*Future)(r)
	cb := fut.cb0
	fut.cb0 = nil
	cb.fn(fut)
}

// callbacks returns the done callbacks in registration order (a new
// slice; a wakeFirst becomes a callback{task}); none once the future is
// done, as their runs are scheduled.
func (fut *Future) callbacks() []*callback {
	if fut.state != statePending {
		return nil
	}
	cbs := inlineFirst(fut.cb0, fut.rare, func(r *futRare) []*callback { return r.cbMore })
	if fut.wakeFirst {
		cbs = append([]*callback{{task: fut.awaitedBy}}, cbs...)
	}
	return cbs
}

// inlineFirst returns first followed by the rest that more finds in r (if
// r is not nil), as a new slice; nil when first is nil. It reads the lists
// a Future keeps with their first element inline and the others in
// futRare (done callbacks, awaiting tasks).
func inlineFirst[T any](first *T, r *futRare, more func(*futRare) []*T) []*T {
	if first == nil {
		return nil
	}
	out := []*T{first}
	if r != nil {
		out = append(out, more(r)...)
	}
	return out
}

// setCallbacks replaces the done callbacks of a pending future by cbs (a
// done one has none: callbacks).
func (fut *Future) setCallbacks(cbs []*callback) {
	if fut.state != statePending {
		return
	}
	fut.cb0, fut.wakeFirst = nil, false
	if fut.rare != nil {
		fut.rare.cbMore = nil
	}
	if len(cbs) > 0 {
		fut.cb0 = cbs[0]
		if len(cbs) > 1 {
			fut.more().cbMore = cbs[1:]
		}
	}
}

// SetResult completes the future with v.
func (fut *Future) SetResult(v interp.Value) *interp.Exception {
	if fut.state != statePending {
		return interp.Errorf(InvalidStateError, "invalid state")
	}
	fut.result = v
	fut.state = stateFinished
	fut.scheduleCallbacks()
	return nil
}

// SetException completes the future with exception e.
func (fut *Future) SetException(e *interp.Exception) *interp.Exception {
	if fut.state != statePending {
		return interp.Errorf(InvalidStateError, "invalid state")
	}
	if e.Matches(interp.StopIteration) {
		return interp.Errorf(interp.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	fut.exc = e
	if e.Traceback != nil || fut.rare != nil {
		fut.more().excTB = e.Traceback
	}
	fut.state = stateFinished
	fut.scheduleCallbacks()
	fut.logTB = true
	fut.loop.noteException(fut)
	return nil
}

// makeCancelledError is Future._make_cancelled_error.
func (fut *Future) makeCancelledError() *interp.Exception {
	if r := fut.rare; r != nil && r.cancelledExc != nil {
		e := r.cancelledExc
		r.cancelledExc = nil
		return e
	}
	msg := fut.cancelMsg()
	if msg == nil || msg == interp.None {
		return interp.NewException(CancelledError)
	}
	return interp.NewException(CancelledError, msg)
}

// getResult is Future.result().
func (fut *Future) getResult() (interp.Value, *interp.Exception) {
	switch fut.state {
	case stateCancelled:
		return nil, fut.makeCancelledError()
	case statePending:
		return nil, interp.Errorf(InvalidStateError, "Result is not set.")
	}
	fut.logTB = false
	if fut.exc != nil {
		var tb []interp.TraceEntry
		if fut.rare != nil {
			tb = fut.rare.excTB
		}
		fut.exc.Traceback = tb
		return nil, fut.exc
	}
	return fut.result, nil
}

// getException is Future.exception(); nil exception means None.
func (fut *Future) getException() (*interp.Exception, *interp.Exception) {
	switch fut.state {
	case stateCancelled:
		return nil, fut.makeCancelledError()
	case statePending:
		return nil, interp.Errorf(InvalidStateError, "Exception is not set.")
	}
	fut.logTB = false
	return fut.exc, nil
}

// addCallback registers cb (call_soon at once if already done).
func (fut *Future) addCallback(cb *callback) {
	if fut.state != statePending {
		fut.loop.scheduleCallback(cb, fut)
		return
	}
	if fut.cb0 == nil {
		fut.cb0 = cb
		return
	}
	r := fut.more()
	r.cbMore = append(r.cbMore, cb)
}

// addWakeup registers t's wakeup (Task.__wakeup) as a done callback: as
// wakeFirst when it is the first and t is awaitedBy (addAwaitedBy just
// made it so), else as a callback of its own.
func (fut *Future) addWakeup(t *Task) {
	if fut.state == statePending && !fut.wakeFirst && fut.cb0 == nil && fut.awaitedBy == t {
		fut.wakeFirst = true
		return
	}
	fut.addCallback(&callback{task: t})
}

// AddDoneCallback registers a Go done callback and returns a token for
// RemoveDoneCallback.
func (fut *Future) AddDoneCallback(fn func(*Future), repr func() string) *callback {
	cb := &callback{fn: fn, repr: repr}
	fut.addCallback(cb)
	return cb
}

// RemoveDoneCallback removes a Go callback added by AddDoneCallback.
func (fut *Future) RemoveDoneCallback(cb *callback) int {
	n := 0
	cbs := fut.callbacks()
	keep := cbs[:0]
	for _, c := range cbs {
		if c == cb {
			n++
			continue
		}
		keep = append(keep, c)
	}
	fut.setCallbacks(keep)
	return n
}

// Await implements `await fut` (Future.__await__).
func (fut *Future) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	res, y, pending, exc := awaitFut(fut, send, throw)
	if pending {
		return nil, y, false, nil
	}
	if exc != nil {
		return nil, nil, false, exc
	}
	return res, nil, true, nil
}

// Python methods shared by Future and Task (receiver args[0] is either).

func futSelf(name string, args []interp.Value) (*Future, *interp.Exception) {
	if len(args) > 0 {
		if fut := asFuture(args[0]); fut != nil {
			return fut, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '_asyncio.Future' object", name)
}

func futureMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"result": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("result", args)
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("Future.result", args[1:], kw, 0); err != nil {
				return nil, err
			}
			return fut.getResult()
		},
		"exception": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("exception", args)
			if err != nil {
				return nil, err
			}
			e, err := fut.getException()
			if err != nil {
				return nil, err
			}
			if e == nil {
				return interp.None, nil
			}
			return e, nil
		},
		"done": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("done", args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(fut.Done()), nil
		},
		"cancelled": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("cancelled", args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(fut.Cancelled()), nil
		},
		"cancel": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("cancel", args)
			if err != nil {
				return nil, err
			}
			var msg interp.Value
			if err := interp.UnpackArgs("cancel", args[1:], kw, "msg?", &msg); err != nil {
				return nil, err
			}
			if msg == nil {
				msg = interp.None
			}
			return interp.Bool(fut.Cancel(msg)), nil
		},
		"add_done_callback": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("add_done_callback", args)
			if err != nil {
				return nil, err
			}
			var fn, ctx interp.Value
			if err := interp.UnpackArgs("add_done_callback", args[1:], kw, "fn", &fn, "/", "*", "context?", &ctx); err != nil {
				return nil, err
			}
			fut.addCallback(&callback{py: fn})
			return interp.None, nil
		},
		"remove_done_callback": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("remove_done_callback", args)
			if err != nil {
				return nil, err
			}
			if err := interp.ExactArgs("Future.remove_done_callback", args[1:], kw, 1); err != nil {
				return nil, err
			}
			n := 0
			cbs := fut.callbacks()
			keep := make([]*callback, 0, len(cbs))
			for _, c := range cbs {
				if c.py != nil {
					eq := c.py == args[1]
					if !eq {
						var err *interp.Exception
						if eq, err = interp.Equal(f, c.py, args[1]); err != nil {
							return nil, err
						}
					}
					if eq {
						n++
						continue
					}
				}
				keep = append(keep, c)
			}
			fut.setCallbacks(keep)
			return interp.Int(n), nil
		},
		"set_result": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("set_result", args)
			if err != nil {
				return nil, err
			}
			if fut.asTask() != nil {
				return nil, interp.Errorf(interp.RuntimeError, "Task does not support set_result operation")
			}
			if err := interp.ExactArgs("Future.set_result", args[1:], kw, 1); err != nil {
				return nil, err
			}
			if err := fut.SetResult(args[1]); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"set_exception": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("set_exception", args)
			if err != nil {
				return nil, err
			}
			if fut.asTask() != nil {
				return nil, interp.Errorf(interp.RuntimeError, "Task does not support set_exception operation")
			}
			if err := interp.ExactArgs("Future.set_exception", args[1:], kw, 1); err != nil {
				return nil, err
			}
			if fut.state != statePending {
				return nil, interp.Errorf(InvalidStateError, "invalid state")
			}
			e, err := toException(f, args[1])
			if err != nil {
				return nil, err
			}
			if err := fut.SetException(e); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"get_loop": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			fut, err := futSelf("get_loop", args)
			if err != nil {
				return nil, err
			}
			return fut.loop, nil
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) == 0 {
				return nil, interp.Errorf(interp.TypeError, "__repr__ needs an argument")
			}
			s, err := reprOf(f, args[0])
			if err != nil {
				return nil, err
			}
			return interp.Str(s), nil
		},
	}
}

// toException accepts an exception instance or class (instantiated with no
// arguments), as set_exception and throw do.
func toException(f *interp.Fiber, v interp.Value) (*interp.Exception, *interp.Exception) {
	switch x := v.(type) {
	case *interp.Exception:
		return x, nil
	case *interp.Class:
		if x.IsException {
			r, err := f.Call(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*interp.Exception); ok {
				return e, nil
			}
		}
	}
	return nil, interp.Errorf(interp.TypeError, "exceptions must derive from BaseException")
}

// Repr is repr(fut): <Future pending cb=[...]>.
func (fut *Future) Repr(f *interp.Fiber) (string, *interp.Exception) {
	info, err := fut.reprInfo(f)
	if err != nil {
		return "", err
	}
	return "<" + fut.Type().Name + " " + joinInfo(info) + ">", nil
}
