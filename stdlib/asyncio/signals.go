package asyncio

// This file defines loop.add_signal_handler and remove_signal_handler
// (unix_events.py): a handled signal schedules its callback on the loop
// (through the goroutine-safe inbox, as CPython's self-pipe wakes the
// selector). SIGINT goes through the VM's interrupt hook, which the
// command's Ctrl-C handling already drives; other signals through
// os/signal. While handlers are registered, a loop with nothing else to
// do waits for a signal instead of reporting a deadlock.

import (
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// nsig is signal.NSIG on Linux: valid signals are 1..nsig-1.
const nsig = 65

// signalHandlers holds the handlers of one loop.
type signalHandlers struct {
	stops       map[int]func() // sig -> what removes its handler
	prevOnIntr  func() *interp.Exception
	sigintTaken bool
}

// hasSignalHandlers reports whether a signal could still wake the loop.
func (ev *EventLoop) hasSignalHandlers() bool {
	return ev.signals != nil && len(ev.signals.stops) > 0
}

// checkSignal is _check_signal: sig must be an int among
// signal.valid_signals().
func checkSignal(f *interp.Fiber, v interp.Value) (int, *interp.Exception) {
	// an int, or what stands for one (signal.Signals members)
	n, err := native.Index(f, v)
	if err != nil {
		return 0, interp.Errorf(interp.TypeError, "sig must be an int, not %s", mustRepr(f, v))
	}
	if n < 1 || n >= nsig || n == 32 || n == 33 { // signal.valid_signals()
		return 0, interp.Errorf(interp.ValueError, "invalid signal number %d", n)
	}
	return int(n), nil
}

func (ev *EventLoop) addSignalHandler(f *interp.Fiber, args []interp.Value) *interp.Exception {
	if len(args) < 2 {
		return interp.Errorf(interp.TypeError, "add_signal_handler() missing required positional arguments 'sig' and 'callback'")
	}
	cb := args[1]
	if _, ok := cb.(*interp.Coroutine); ok || isCoroutineFunction(cb) {
		return interp.Errorf(interp.TypeError, "coroutines cannot be used with add_signal_handler()")
	}
	sig, err := checkSignal(f, args[0])
	if err != nil {
		return err
	}
	if err := ev.checkClosed(); err != nil {
		return err
	}
	if sig == int(syscall.SIGKILL) || sig == sigStop {
		return interp.Errorf(interp.RuntimeError, "sig %d cannot be caught", sig)
	}
	cbArgs := append([]interp.Value(nil), args[2:]...)
	run := func() { ev.callPy(cb, cbArgs, nil) }
	if ev.signals == nil {
		ev.signals = &signalHandlers{stops: map[int]func(){}}
	}
	if stop := ev.signals.stops[sig]; stop != nil {
		stop()
	}
	if sig == int(syscall.SIGINT) {
		vm := ev.rt.vm
		if !ev.signals.sigintTaken {
			ev.signals.prevOnIntr = vm.OnInterrupt
			ev.signals.sigintTaken = true
		}
		vm.OnInterrupt = func() *interp.Exception {
			ev.l.CallSoon(run)
			return nil
		}
		ev.signals.stops[sig] = func() {
			vm.OnInterrupt = ev.signals.prevOnIntr
			ev.signals.sigintTaken = false
		}
		return nil
	}
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, syscall.Signal(sig))
	go func() {
		for {
			select {
			case <-ch:
				ev.l.Post(run)
			case <-done:
				return
			}
		}
	}()
	ev.signals.stops[sig] = func() {
		signal.Reset(syscall.Signal(sig))
		close(done)
	}
	return nil
}

func (ev *EventLoop) removeSignalHandler(f *interp.Fiber, v interp.Value) (bool, *interp.Exception) {
	sig, err := checkSignal(f, v)
	if err != nil {
		return false, err
	}
	if ev.signals == nil || ev.signals.stops[sig] == nil {
		return false, nil
	}
	ev.signals.stops[sig]()
	delete(ev.signals.stops, sig)
	return true, nil
}

func signalMethods() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"add_signal_handler": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			if len(kw) > 0 {
				return nil, interp.Errorf(interp.TypeError, "add_signal_handler() got an unexpected keyword argument '%s'", kw[0].Name)
			}
			if err := ev.addSignalHandler(f, args[1:]); err != nil {
				return nil, err
			}
			return interp.None, nil
		},
		"remove_signal_handler": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			ev, err := loopSelf(args)
			if err != nil {
				return nil, err
			}
			if len(args) != 2 || len(kw) > 0 {
				return nil, interp.Errorf(interp.TypeError, "remove_signal_handler() takes 2 positional arguments but %s were given", strconv.Itoa(len(args)))
			}
			ok, err := ev.removeSignalHandler(f, args[1])
			if err != nil {
				return nil, err
			}
			return interp.Bool(ok), nil
		},
	}
}
