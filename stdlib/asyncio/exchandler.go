package asyncio

// This file defines the loop's exception handler, as BaseEventLoop in
// base_events.py: call_exception_handler(context) calls the handler set
// with set_exception_handler, or default_exception_handler, which logs
// the context's message, its other keys (sorted, as "key: repr(value)")
// and the exception's traceback on stderr. Every error the loop reports
// (a callback that raised, an exception never retrieved, ...) goes
// through it with CPython's context dict.

import (
	"io"
	"sort"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

// ctxItem is one key of an exception handler's context.
type ctxItem struct {
	key string
	val interp.Value
}

// report calls the exception handler with a context of message, exception
// (left out when nil) and the further items.
func (ev *EventLoop) report(msg string, exc *interp.Exception, items ...ctxItem) {
	ev.reportHandling(nil, msg, exc, items...)
}

// reportHandling is report called, as in CPython, inside the except
// clause that caught handling (Handle._run): an exception the handler
// raises has it as its __context__.
func (ev *EventLoop) reportHandling(handling *interp.Exception, msg string, exc *interp.Exception, items ...ctxItem) {
	d := interp.NewDict()
	d.SetStr("message", interp.Str(msg))
	if exc != nil {
		d.SetStr("exception", exc)
	}
	for _, it := range items {
		d.SetStr(it.key, it.val)
	}
	if err := ev.callExceptionHandler(ev.rt.thread(), d, handling); err != nil && (err.Matches(interp.KeyboardInterrupt) || err.Matches(interp.SystemExit)) {
		ev.fatal(err)
	}
}

// callExceptionHandler is BaseEventLoop.call_exception_handler(context),
// called while handling (nil if none) is being handled. Only SystemExit
// and KeyboardInterrupt come out of it.
func (ev *EventLoop) callExceptionHandler(f *interp.Fiber, ctx *interp.Dict, handling *interp.Exception) *interp.Exception {
	fatal := func(e *interp.Exception) bool {
		return e.Matches(interp.SystemExit) || e.Matches(interp.KeyboardInterrupt)
	}
	if ev.excHandler == nil {
		if err := ev.defaultExceptionHandler(f, ctx); err != nil {
			if fatal(err) {
				return err
			}
			ev.rt.writeLog("Exception in default exception handler", err)
		}
		return nil
	}
	_, err := f.Call(ev.excHandler, []interp.Value{ev, ctx}, nil)
	if err == nil {
		return nil
	}
	if handling != nil && err.Context == nil && err != handling {
		err.Context = handling
	}
	if fatal(err) {
		return err
	}
	// the custom handler raised: let the default one report it
	d := interp.NewDict()
	d.SetStr("message", interp.Str("Unhandled error in exception handler"))
	d.SetStr("exception", err)
	d.SetStr("context", ctx)
	if err2 := ev.defaultExceptionHandler(f, d); err2 != nil {
		if fatal(err2) {
			return err2
		}
		ev.rt.writeLog("Exception in default exception handler while handling an unexpected error in custom exception handler", err2)
	}
	return nil
}

// defaultExceptionHandler is BaseEventLoop.default_exception_handler:
// logger.error of the message, the other keys and the traceback.
func (ev *EventLoop) defaultExceptionHandler(f *interp.Fiber, ctx *interp.Dict) *interp.Exception {
	message := ""
	if v, ok := ctx.GetStr("message"); ok {
		if t, err := interp.Truth(f, v); err != nil {
			return err
		} else if t {
			s, err := interp.ToStr(f, v)
			if err != nil {
				return err
			}
			message = s
		}
	}
	if message == "" {
		message = "Unhandled exception in event loop"
	}
	var exc *interp.Exception
	if v, ok := ctx.GetStr("exception"); ok {
		exc, _ = v.(*interp.Exception)
	}
	var keys []string
	vals := map[string]interp.Value{}
	ctx.Items(func(k, v interp.Value) bool {
		if s, ok := k.(interp.Str); ok && s != "message" && s != "exception" {
			keys = append(keys, string(s))
			vals[string(s)] = v
		}
		return true
	})
	sort.Strings(keys)
	lines := []string{message}
	for _, k := range keys {
		r, err := interp.Repr(f, vals[k])
		if err != nil {
			return err
		}
		lines = append(lines, k+": "+r)
	}
	ev.rt.writeLog(strings.Join(lines, "\n"), exc)
	return nil
}

// writeLog writes what logger.error(msg, exc_info=exc) writes with
// logging unconfigured: the message, then the traceback.
func (rt *Runtime) writeLog(msg string, exc *interp.Exception) {
	w := rt.stderr()
	if w == nil {
		return
	}
	s := msg + "\n"
	if exc != nil {
		s += formatException(rt.thread(), exc)
	}
	io.WriteString(w, s)
}

// exceptionHandlerMethods are the loop's Python methods for its handler.
func exceptionHandlerMethods() map[string]interp.NativeFunc {
	ctxArg := func(name string, args []interp.Value, kw []interp.KV) (*EventLoop, *interp.Dict, *interp.Exception) {
		ev, err := loopSelf(args)
		if err != nil {
			return nil, nil, err
		}
		var recv, ctx interp.Value
		if err := interp.UnpackArgsPy(name, args, kw, "self", &recv, "context", &ctx); err != nil {
			return nil, nil, err
		}
		d, ok := ctx.(*interp.Dict)
		if !ok {
			// CPython fails on context.get / context['message'] later;
			// a dict is what every caller passes
			return nil, nil, interp.Errorf(interp.AttributeError, "'%s' object has no attribute 'get'", interp.TypeName(ctx))
		}
		return ev, d, nil
	}
	return map[string]interp.NativeFunc{
		"set_exception_handler": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			var recv, h interp.Value
			if err := interp.UnpackArgsPy("BaseEventLoop.set_exception_handler", args, kw, "self", &recv, "handler", &h); err != nil {
				return nil, err
			}
			if h == interp.None {
				ev.excHandler = nil
				return interp.None, nil
			}
			if !interp.Callable(h) && !isCallableValue(h) {
				return nil, interp.Errorf(interp.TypeError, "A callable object or None is expected, got %s", mustRepr(f, h))
			}
			ev.excHandler = h
			return interp.None, nil
		},
		"get_exception_handler": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			if ev.excHandler == nil {
				return interp.None, nil
			}
			return ev.excHandler, nil
		},
		"default_exception_handler": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, d, err := ctxArg("BaseEventLoop.default_exception_handler", args, kw)
			if err != nil {
				return nil, err
			}
			if err := ev.defaultExceptionHandler(f, d); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"call_exception_handler": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, d, err := ctxArg("BaseEventLoop.call_exception_handler", args, kw)
			if err != nil {
				return nil, err
			}
			if err := ev.callExceptionHandler(f, d, nil); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
	}
}
