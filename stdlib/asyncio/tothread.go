package asyncio

// This file defines the default executor (run_in_executor(None, ...)) and
// to_thread: the function runs on a worker goroutine that holds vm.GIL
// while it runs interpreted code (blocking builtins release it), and the
// result comes back through loop.Post, as concurrent.futures +
// wrap_future + call_soon_threadsafe do in CPython. Workers are capped at
// min(32, NumCPU+4), ThreadPoolExecutor's default. Each Runtime (each VM)
// has its own executor, made on first use; its idle workers end when the
// Session is closed (Forget).

import (
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// executor is a FIFO job queue served by up to max worker goroutines.
type executor struct {
	mu      sync.Mutex
	jobs    []func(*native.ThreadInfo)
	workers int
	idle    int
	max     int
	cond    *sync.Cond
	stopped bool // workers end once the queue is empty
}

func newExecutor() *executor {
	e := &executor{max: min(32, runtime.NumCPU()+4)}
	e.cond = sync.NewCond(&e.mu)
	return e
}

func (e *executor) submit(job func(*native.ThreadInfo)) {
	e.mu.Lock()
	e.jobs = append(e.jobs, job)
	if e.idle > 0 {
		// Claim one idle worker now, so that two submits in a row wake
		// two workers (a second Signal to the same waiter would be lost).
		e.idle--
		e.cond.Signal()
	} else if e.workers < e.max {
		e.workers++
		go e.work(e.workers - 1)
	}
	e.mu.Unlock()
}

// work serves jobs as the executor's thread number i, named as
// ThreadPoolExecutor(thread_name_prefix="asyncio") names its threads.
func (e *executor) work(i int) {
	info := &native.ThreadInfo{Ident: native.WorkerThreadIdent(i), Name: "asyncio_" + strconv.Itoa(i)}
	e.mu.Lock()
	for {
		for len(e.jobs) == 0 {
			if e.stopped {
				e.workers--
				e.mu.Unlock()
				return
			}
			e.idle++ // the submit or stop that wakes us decrements it
			e.cond.Wait()
		}
		job := e.jobs[0]
		e.jobs[0] = nil
		e.jobs = e.jobs[1:]
		e.mu.Unlock()
		job(info)
		e.mu.Lock()
	}
}

// stop lets the workers end once the jobs queued so far are done (as
// ThreadPoolExecutor.shutdown(wait=False)); a later submit starts a
// worker again.
func (e *executor) stop() {
	e.mu.Lock()
	e.stopped = true
	e.idle = 0
	e.cond.Broadcast()
	e.mu.Unlock()
}

// executor returns the runtime's default executor, making it on first use.
func (rt *Runtime) executor() *executor {
	if rt.exec == nil {
		rt.exec = newExecutor()
	}
	return rt.exec
}

// stopExecutor ends the default executor's idle workers (Session.Close).
func (rt *Runtime) stopExecutor() {
	if rt.exec != nil {
		rt.exec.stop()
		rt.exec = nil
	}
}

// runInExecutor is loop.run_in_executor(None, fn, *args) (with keyword
// arguments for to_thread's functools.partial).
func (ev *EventLoop) runInExecutor(fn interp.Value, args []interp.Value, kw []interp.KV) *Future {
	fut := NewFuture(ev)
	if ev.rt.tracer != nil {
		traceThread(fut, fn)
	}
	vm := ev.rt.vm
	release := ev.l.Hold()
	ev.executorJobs++
	ev.executorUsed = true
	cancelled := false
	fut.AddDoneCallback(func(f *Future) {
		if f.Cancelled() {
			cancelled = true
		}
	}, func() string {
		return "_chain_future.<locals>._call_check_cancel() at " + cpythonAsyncio + "futures.py:387"
	})
	ev.rt.executor().submit(func(info *native.ThreadInfo) {
		res, exc := callInWorker(vm, info, fn, args, kw)
		ev.l.Post(func() {
			release()
			ev.executorJobs--
			if !cancelled && !fut.Done() {
				if exc != nil {
					fut.SetException(exc)
				} else {
					if res == nil {
						res = interp.None
					}
					fut.SetResult(res)
				}
			}
			if ev.executorJobs == 0 {
				ws := ev.executorIdle
				ev.executorIdle = nil
				for _, w := range ws {
					w()
				}
			}
		})
	})
	return fut
}

// shutdownExecutorCoro is loop.shutdown_default_executor(): wait for the
// executor's jobs when it was used.
func (ev *EventLoop) shutdownExecutorCoro() *interp.Coroutine {
	var fut *Future
	return newCoro("BaseEventLoop.shutdown_default_executor", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if fut == nil {
			if !ev.executorUsed {
				return interp.None, nil, true, nil
			}
			fut = NewFuture(ev)
			done := func() { ev.l.CallSoon(func() { releaseWaiter(fut) }) }
			if ev.executorJobs == 0 {
				done()
			} else {
				ev.executorIdle = append(ev.executorIdle, done)
			}
			send, throw = interp.None, nil
		}
		_, y, pending, exc := awaitFut(fut, send, throw)
		if pending {
			return nil, y, false, nil
		}
		return interp.None, nil, exc == nil, exc
	})
}

// toThreadFunc is asyncio.to_thread(func, /, *args, **kwargs).
func (rt *Runtime) toThreadFunc(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if len(args) == 0 {
		return nil, interp.Errorf(interp.TypeError, "to_thread() missing 1 required positional argument: 'func'")
	}
	fn := args[0]
	fargs := append([]interp.Value(nil), args[1:]...)
	fkw := append([]interp.KV(nil), kw...)
	var fut *Future
	return newCoro("to_thread", func(f *interp.Fiber, send interp.Value, throw *interp.Exception) (interp.Value, interp.Value, bool, *interp.Exception) {
		if fut == nil {
			ev, err := rt.runningLoop()
			if err != nil {
				return nil, nil, false, err
			}
			fut = ev.runInExecutor(fn, fargs, fkw)
			send, throw = interp.None, nil
		}
		res, y, pending, exc := awaitFut(fut, send, throw)
		if pending {
			return nil, y, false, nil
		}
		return res, nil, exc == nil, exc
	}), nil
}

// callInWorker runs fn on a worker goroutine holding the GIL. A Go panic
// (an interpreter bug) must not kill the process from a goroutine the
// session cannot see: it becomes a SystemError for the awaiting task.
func callInWorker(vm *interp.VM, info *native.ThreadInfo, fn interp.Value, args []interp.Value, kw []interp.KV) (res interp.Value, exc *interp.Exception) {
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	defer func() {
		r := recover()
		if d, ok := r.(*Deadlock); ok {
			// asyncio.run in a worker thread deadlocked: its report becomes
			// the error the awaiting task sees.
			res, exc = nil, interp.Errorf(interp.RuntimeError, "%s", strings.TrimSuffix(d.Report, "\n"))
		} else if r != nil {
			res, exc = nil, interp.Errorf(interp.SystemError, "internal error in worker thread: %v", r)
		}
	}()
	worker := vm.NewThread()
	worker.Worker = true
	worker.Thread = info
	return worker.Call(fn, args, kw)
}
