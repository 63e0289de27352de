package httpcore

// This file defines Client, the object behind one aiohttp TCPConnector,
// requests.Session or httpx client: fetch starts a request on a goroutine
// when the connection limits allow it (else it waits in a FIFO queue, as
// BaseConnector.connect's waiters do) and returns an asyncio Future that
// the goroutine completes through loop.Post; fetch_sync blocks the caller
// with the GIL released, as a CPython socket call does.

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/loop"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// ClientClass is _httpcore.Client.
var ClientClass = native.NewType("Client", "_httpcore", nil, nil)

// Client is one connection pool with aiohttp's limits. Its fields other
// than tr, hc and wg belong to the goroutine holding the GIL.
type Client struct {
	tr *http.Transport
	hc *http.Client
	wg sync.WaitGroup // goroutines in flight

	limit, limitPerHost int
	acquired            int
	acquiredHost        map[string]int
	waiters             []*call // FIFO, all hosts
	running             map[*call]struct{}
	closed              bool
	used                bool // a request was made (a connection may be open)
}

// call is one fetch on the loop.
type call struct {
	key     string
	rq      *request
	fut     *asyncio.Future
	ev      *asyncio.EventLoop
	cancel  context.CancelFunc
	started bool
	// deadline and timer: a queued request with a total timeout fails
	// when it expires (aiohttp's total covers waiting for a connection).
	deadline time.Duration
	timer    *loop.Handle
}

func (c *Client) Type() *interp.Class { return ClientClass }

// NewClient makes a client allowing limit requests at once (0: no limit),
// and limitPerHost to one host:port (0: no limit).
func NewClient(limit, limitPerHost int) *Client {
	idle := max(limit, limitPerHost, 100)
	tr := newTransport(idle)
	c := &Client{tr: tr, limit: limit, limitPerHost: limitPerHost,
		acquiredHost: map[string]int{}, running: map[*call]struct{}{}}
	c.hc = &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return c
}

// available is BaseConnector._available_connections(key).
func (c *Client) available(key string) int {
	if c.limit > 0 {
		avail := c.limit - c.acquired
		if c.limitPerHost > 0 && avail > 0 {
			avail = min(avail, c.limitPerHost-c.acquiredHost[key])
		}
		return avail
	}
	if c.limitPerHost > 0 {
		return c.limitPerHost - c.acquiredHost[key]
	}
	return 1
}

func (c *Client) hasWaiters(key string) bool {
	for _, w := range c.waiters {
		if w.key == key {
			return true
		}
	}
	return false
}

// fetch starts rq (or queues it) and returns the Future of its Response.
func (c *Client) fetch(ev *asyncio.EventLoop, rq *request) *asyncio.Future {
	fut := asyncio.NewFuture(ev)
	if c.closed {
		fut.SetException(interp.Errorf(interp.RuntimeError, "Session is closed"))
		return fut
	}
	cl := &call{key: hostKey(rq.url), rq: rq, fut: fut, ev: ev}
	fut.AddDoneCallback(func(f *asyncio.Future) {
		if f.Cancelled() {
			c.abort(cl)
		}
	}, func() string { return "Client.fetch.<locals>.abort()" })
	if c.available(cl.key) <= 0 || c.hasWaiters(cl.key) {
		c.waiters = append(c.waiters, cl)
		if rq.total > 0 {
			l := ev.Loop()
			cl.deadline = l.Time() + rq.total
			cl.timer = l.CallLater(rq.total, func() {
				if !cl.started && !cl.fut.Done() {
					c.abort(cl)
					cl.fut.SetResult(newResponse(&result{err: "total"}))
				}
			})
		}
	} else {
		c.start(cl)
	}
	return fut
}

// start runs cl on a goroutine; its result comes back through the inbox.
func (c *Client) start(cl *call) {
	cl.started = true
	c.used = true
	if cl.timer != nil {
		cl.timer.Cancel()
		cl.rq.total = max(cl.deadline-cl.ev.Loop().Time(), time.Nanosecond)
	}
	c.acquired++
	c.acquiredHost[cl.key]++
	c.running[cl] = struct{}{}
	ctx, cancel := context.WithCancel(context.Background())
	cl.cancel = cancel
	l := cl.ev.Loop()
	release := l.Hold()
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		res := c.do(ctx, cl.rq)
		cancel()
		l.Post(func() {
			release()
			c.finish(cl, res)
		})
	}()
}

// finish gives back cl's connection slot, wakes waiters and settles the
// Future (unless it was cancelled meanwhile).
func (c *Client) finish(cl *call, res *result) {
	if _, ok := c.running[cl]; ok {
		delete(c.running, cl)
		c.acquired--
		if c.acquiredHost[cl.key]--; c.acquiredHost[cl.key] <= 0 {
			delete(c.acquiredHost, cl.key)
		}
	}
	c.releaseWaiters()
	if !cl.fut.Done() {
		if res.err == "cancelled" {
			// Not by its awaiter: the client was closed under it, and its
			// connection with it, as the server closing it would.
			res = &result{err: "disconnected", host: res.host, port: res.port}
		}
		cl.fut.SetResult(newResponse(res))
	}
}

// releaseWaiters is BaseConnector._release_waiter: start the first
// waiters, in order, whose host has a free slot.
func (c *Client) releaseWaiters() {
	if c.closed {
		return
	}
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if c.available(w.key) > 0 {
			c.start(w)
		} else {
			kept = append(kept, w)
		}
	}
	clear(c.waiters[len(kept):])
	c.waiters = kept
}

// abort is a cancelled fetch: a waiter leaves the queue, a running
// request is cancelled (its goroutine still posts, freeing the slot).
func (c *Client) abort(cl *call) {
	if !cl.started {
		for i, w := range c.waiters {
			if w == cl {
				c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
				break
			}
		}
		return
	}
	cl.cancel()
}

// close cancels every request and closes idle connections.
func (c *Client) close() {
	if c.closed {
		return
	}
	c.closed = true
	for cl := range c.running {
		cl.cancel()
	}
	for _, w := range c.waiters {
		w.fut.Cancel(interp.None)
	}
	c.waiters = nil
	c.tr.CloseIdleConnections()
}

// Wait blocks until every goroutine of c has ended (tests).
func (c *Client) Wait() { c.wg.Wait() }

// fetchSync performs rq on this goroutine's behalf with the GIL released
// (a Ctrl-C cancels it and raises KeyboardInterrupt).
func (c *Client) fetchSync(f *interp.Fiber, rq *request) (*result, *interp.Exception) {
	vm := f.VM
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan *result, 1)
	c.used = true
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		done <- c.do(ctx, rq)
	}()
	woke := make(chan struct{}, 1)
	if !f.Worker {
		prev := vm.SetInterruptWake(func() {
			select {
			case woke <- struct{}{}:
			default:
			}
		})
		defer vm.SetInterruptWake(prev)
	}
	vm.GIL.Unlock()
	for {
		select {
		case res := <-done:
			vm.GIL.Lock()
			return res, nil
		case <-woke:
			vm.GIL.Lock()
			if exc := vm.TakeInterrupt(); exc != nil {
				cancel()
				<-done
				return nil, exc
			}
			vm.GIL.Unlock()
		}
	}
}

// hostKey is the connection key of a URL: scheme, host and port.
func hostKey(raw string) string {
	u, err := parseURL(raw)
	if err != nil {
		return raw
	}
	return u.Scheme + "://" + u.Hostname() + ":" + itoa(defaultPort(u))
}
