package asyncio

// This file defines Queue, LifoQueue and PriorityQueue (queues.py): items,
// FIFO deques of getter/putter futures woken one at a time, and the
// unfinished-task count behind join().

import (
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Queue is asyncio.Queue and its LIFO and priority variants (by class).
type Queue struct {
	interp.AttrDict // attributes of instances of user subclasses
	cls             *interp.Class
	kind            queueKind
	maxsize         int
	maxsizeV        interp.Value
	items           []interp.Value // FIFO: items[head:]; LIFO: stack; priority: heap
	head            int
	getters         []*Future
	putters         []*Future
	unfinished      int
	finished        *Event
	ev              *EventLoop // _LoopBoundMixin
	dict            *interp.Dict
}

func (q *Queue) Type() *interp.Class { return q.cls }

// queueKind is the order a Queue keeps: the nearest of Queue, LifoQueue
// and PriorityQueue among its class's bases.
type queueKind uint8

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
)

// newQueue makes a queue of class cls (one of rt's queue classes or a
// subclass).
func newQueue(rt *Runtime, cls *interp.Class, maxsize int) *Queue {
	q := &Queue{cls: cls, maxsize: maxsize, maxsizeV: interp.Int(maxsize)}
	q.finished = &Event{cls: rt.classes().Event, value: true}
	for c, rc := cls, rt.classes(); c != nil; c = c.Base {
		if c == rc.LifoQueue {
			q.kind = lifoQueue
			break
		}
		if c == rc.PriorityQueue {
			q.kind = priorityQueue
			break
		}
		if c == rc.Queue {
			break
		}
	}
	return q
}

// getLoop is _LoopBoundMixin._get_loop.
func getLoop(bound **EventLoop, rt *Runtime, self interp.Value) (*EventLoop, *interp.Exception) {
	ev, err := rt.runningLoop()
	if err != nil {
		return nil, err
	}
	if *bound == nil {
		*bound = ev
	}
	if *bound != ev {
		return nil, interp.Errorf(interp.RuntimeError, "%s is bound to a different event loop", mustRepr(rt.thread(), self))
	}
	return ev, nil
}

// QSize is qsize().
func (q *Queue) QSize() int { return len(q.items) - q.head }

func (q *Queue) full() bool { return q.maxsize > 0 && q.QSize() >= q.maxsize }

func (q *Queue) putItem(f *interp.Fiber, v interp.Value) *interp.Exception {
	if q.kind == priorityQueue {
		return heapPush(f, &q.items, v)
	}
	q.items = append(q.items, v)
	return nil
}

func (q *Queue) getItem(f *interp.Fiber) (interp.Value, *interp.Exception) {
	switch q.kind {
	case lifoQueue:
		n := len(q.items) - 1
		v := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return v, nil
	case priorityQueue:
		return heapPop(f, &q.items)
	}
	v := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return v, nil
}

// wakeupNext is Queue._wakeup_next: pop waiters until one is not done and
// wake it.
func wakeupNext(waiters *[]*Future) {
	for len(*waiters) > 0 {
		w := (*waiters)[0]
		(*waiters)[0] = nil
		*waiters = (*waiters)[1:]
		if !w.Done() {
			w.SetResult(interp.None)
			break
		}
	}
}

func removeWaiter(waiters *[]*Future, w *Future) bool {
	for i, x := range *waiters {
		if x == w {
			copy((*waiters)[i:], (*waiters)[i+1:])
			(*waiters)[len(*waiters)-1] = nil
			*waiters = (*waiters)[:len(*waiters)-1]
			return true
		}
	}
	return false
}

func (q *Queue) putNowait(f *interp.Fiber, v interp.Value) *interp.Exception {
	if q.full() {
		return interp.NewException(QueueFull)
	}
	if err := q.putItem(f, v); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	wakeupNext(&q.getters)
	return nil
}

// putNowaitGo is put_nowait for Go callers (unbounded FIFO queues).
func (q *Queue) putNowaitGo(v interp.Value) { q.putNowait(nil, v) }

func (q *Queue) getNowait(f *interp.Fiber) (interp.Value, *interp.Exception) {
	if q.QSize() == 0 {
		return nil, interp.NewException(QueueEmpty)
	}
	v, err := q.getItem(f)
	if err != nil {
		return nil, err
	}
	wakeupNext(&q.putters)
	return v, nil
}

// queueOp is one Queue.put(item) or Queue.get() call: the coroutine
// object, its state and its first waiter future in one allocation (a
// pipeline of queues makes two per item per queue). Its body is the
// `while full()/empty(): waiter = create_future(); append; try: await
// waiter except: cancel, remove, maybe wake next; raise` loop of
// queues.py, then put_nowait or get_nowait.
type queueOp struct {
	co   interp.Coroutine
	q    *Queue
	rt   *Runtime
	item interp.Value // put's item
	// w is the waiter being awaited (nil between waits): fut the first
	// time, a new Future after that, as the earlier one may still be
	// referenced (a task's repr, the awaited-by graph).
	w       *Future
	fut     Future
	put     bool
	usedFut bool
	nativeState
}

func (q *Queue) newOp(rt *Runtime, put bool, item interp.Value) *interp.Coroutine {
	op := &queueOp{q: q, rt: rt, item: item, put: put}
	interp.InitNativeCoroutine(&op.co, op.name(), op)
	return &op.co
}

func (q *Queue) putCoro(rt *Runtime, item interp.Value) *interp.Coroutine {
	return q.newOp(rt, true, item)
}

func (q *Queue) getCoro(rt *Runtime) *interp.Coroutine { return q.newOp(rt, false, nil) }

func (op *queueOp) name() string {
	if op.put {
		return "Queue.put"
	}
	return "Queue.get"
}

func (*queueOp) Type() *interp.Class { return interp.CoroutineClass }

// CoroutineName implements interp.CoroutineNamer.
func (op *queueOp) CoroutineName() string { return op.name() }

func (op *queueOp) Await(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	return drive(&op.nativeState, op.name(), op, f, send, throw)
}

// blocked is the loop's condition: full() for put, empty() for get.
func (op *queueOp) blocked() bool {
	if op.put {
		return op.q.full()
	}
	return op.q.QSize() == 0
}

func (op *queueOp) stepOnce(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
	q := op.q
	waiters := &q.getters
	if op.put {
		waiters = &q.putters
	}
	for {
		w := op.w
		if w == nil {
			if !op.blocked() {
				if op.put {
					err := q.putNowait(f, op.item)
					return interp.None, nil, err == nil, err
				}
				v, err := q.getNowait(f)
				return v, nil, err == nil, err
			}
			ev, err := getLoop(&q.ev, op.rt, q)
			if err != nil {
				return nil, nil, false, err
			}
			if !op.usedFut {
				op.usedFut = true
				op.fut = Future{loop: ev}
				w = &op.fut
			} else {
				w = NewFuture(ev)
			}
			op.w = w
			*waiters = append(*waiters, w)
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(w, send, throw)
		if pending {
			return nil, y, false, nil
		}
		if exc != nil {
			w.Cancel(interp.None)
			removeWaiter(waiters, w)
			if !op.blocked() && !w.Cancelled() {
				wakeupNext(waiters)
			}
			return nil, nil, false, exc
		}
		op.w = nil
	}
}

func queueSelf(args []interp.Value) (*Queue, *interp.Exception) {
	if len(args) > 0 {
		if q, ok := args[0].(*Queue); ok {
			return q, nil
		}
	}
	return nil, interp.Errorf(interp.TypeError, "descriptor requires a 'Queue' object")
}

func queueMethods() map[string]interp.NativeFunc {
	// The methods are hot (queue_pipeline): a call with exactly the
	// parameters positionally skips the binder, which is only there for
	// the error messages of other calls.
	m0 := func(name string, fn func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception)) interp.NativeFunc {
		qual := "Queue." + name
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			q, err := queueSelf(args)
			if err != nil {
				return nil, err
			}
			if len(args) != 1 || len(kw) != 0 {
				var recv interp.Value
				if err := interp.UnpackArgsPy(qual, args, kw, "self", &recv); err != nil {
					return nil, err
				}
			}
			return fn(f, q)
		}
	}
	m1 := func(name, arg string, fn func(f *interp.Fiber, q *Queue, v interp.Value) (interp.Value, *interp.Exception)) interp.NativeFunc {
		qual := "Queue." + name
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			q, err := queueSelf(args)
			if err != nil {
				return nil, err
			}
			if len(args) == 2 && len(kw) == 0 {
				return fn(f, q, args[1])
			}
			var recv, v interp.Value
			if err := interp.UnpackArgsPy(qual, args, kw, "self", &recv, arg, &v); err != nil {
				return nil, err
			}
			return fn(f, q, v)
		}
	}
	return map[string]interp.NativeFunc{
		"qsize": m0("qsize", func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception) { return interp.Int(q.QSize()), nil }),
		"empty": m0("empty", func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception) {
			return interp.Bool(q.QSize() == 0), nil
		}),
		"full": m0("full", func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception) { return interp.Bool(q.full()), nil }),
		"put_nowait": m1("put_nowait", "item", func(f *interp.Fiber, q *Queue, v interp.Value) (interp.Value, *interp.Exception) {
			if err := q.putNowait(f, v); err != nil {
				return nil, err
			}
			return interp.None, nil
		}),
		"get_nowait": m0("get_nowait", func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception) { return q.getNowait(f) }),
		"put": m1("put", "item", func(f *interp.Fiber, q *Queue, v interp.Value) (interp.Value, *interp.Exception) {
			return q.putCoro(Get(f.VM), v), nil
		}),
		"get": m0("get", func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception) {
			return q.getCoro(Get(f.VM)), nil
		}),
		"task_done": m0("task_done", func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception) {
			if q.unfinished <= 0 {
				return nil, interp.Errorf(interp.ValueError, "task_done() called too many times")
			}
			q.unfinished--
			if q.unfinished == 0 {
				q.finished.set()
			}
			return interp.None, nil
		}),
		"join": m0("join", func(f *interp.Fiber, q *Queue) (interp.Value, *interp.Exception) {
			rt := Get(f.VM)
			var w *interp.Coroutine
			var sub *subAwait
			return newCoro("Queue.join", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
				if w == nil {
					if q.unfinished == 0 {
						return interp.None, nil, true, nil
					}
					w = q.finished.waitCoro(rt)
					sub = &subAwait{fiber: f.VM.NewFiber(w)}
					send, throw = interp.None, nil
				}
				_, y, pending, exc := sub.step(send, throw)
				if pending {
					return nil, y, false, nil
				}
				return interp.None, nil, exc == nil, exc
			}), nil
		}),
		"__repr__": reprMethod,
		"__str__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			q, err := queueSelf(args)
			if err != nil {
				return nil, err
			}
			s, err := q.format(f)
			if err != nil {
				return nil, err
			}
			return interp.Str("<" + q.cls.Name + " " + s + ">"), nil
		},
	}
}

func (q *Queue) format(f *interp.Fiber) (string, *interp.Exception) {
	var b strings.Builder
	ms, err := reprOf(f, q.maxsizeV)
	if err != nil {
		return "", err
	}
	b.WriteString("maxsize=" + ms)
	if q.QSize() > 0 {
		items := append([]interp.Value(nil), q.items[q.head:]...)
		s, err := reprOf(f, &interp.List{Items: items})
		if err != nil {
			return "", err
		}
		b.WriteString(" _queue=" + s)
	}
	if len(q.getters) > 0 {
		b.WriteString(" _getters[" + strconv.Itoa(len(q.getters)) + "]")
	}
	if len(q.putters) > 0 {
		b.WriteString(" _putters[" + strconv.Itoa(len(q.putters)) + "]")
	}
	if q.unfinished > 0 {
		b.WriteString(" tasks=" + strconv.Itoa(q.unfinished))
	}
	return b.String(), nil
}

// Repr is <Queue at 0x... maxsize=0 ...>.
func (q *Queue) Repr(f *interp.Fiber) (string, *interp.Exception) {
	s, err := q.format(f)
	if err != nil {
		return "", err
	}
	return "<" + q.cls.Name + " at " + interp.AddressOf(q) + " " + s + ">", nil
}

func newQueueFunc(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var ms interp.Value
	if err := interp.UnpackArgsPy("Queue.__init__", withSelf(cls, args), kw, "self", new(interp.Value), "maxsize?", &ms); err != nil {
		return nil, err
	}
	n := 0
	if ms != nil {
		v, err := native.Index(f, ms)
		if err != nil {
			return nil, err
		}
		n = int(v)
	}
	q := newQueue(Get(f.VM), cls, n)
	if ms != nil {
		q.maxsizeV = ms
	}
	return q, nil
}

// heapq's sift algorithms with Python's < (interp.Less), so equal
// priorities come out as CPython's heapq gives them.
func heapPush(f *interp.Fiber, h *[]interp.Value, v interp.Value) *interp.Exception {
	*h = append(*h, v)
	return siftDown(f, *h, 0, len(*h)-1)
}

func siftDown(f *interp.Fiber, h []interp.Value, start, pos int) *interp.Exception {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		lt, err := interp.Less(f, item, h[parent])
		if err != nil {
			h[pos] = item
			return err
		}
		if !lt {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
	return nil
}

func heapPop(f *interp.Fiber, h *[]interp.Value) (interp.Value, *interp.Exception) {
	s := *h
	last := s[len(s)-1]
	s[len(s)-1] = nil
	s = s[:len(s)-1]
	*h = s
	if len(s) == 0 {
		return last, nil
	}
	ret := s[0]
	s[0] = last
	return ret, siftUp(f, s, 0)
}

func siftUp(f *interp.Fiber, h []interp.Value, pos int) *interp.Exception {
	end := len(h)
	start := pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			lt, err := interp.Less(f, h[child], h[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	return siftDown(f, h, start, pos)
}
