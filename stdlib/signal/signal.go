// Package signal implements _signal, under the signal module
// (stdlib/pylib/signal.py adds the Signals/Handlers enums): the signal
// numbers, signal()/getsignal(), raise_signal(), strsignal(). A Python
// handler for SIGINT runs where the program is when Ctrl-C arrives (the
// VM's interrupt hook, as CPython runs handlers between bytecodes); a
// handler for another signal runs on its own goroutine holding the GIL,
// like a thread, and what it raises is reported rather than raised in
// the main thread.
package signal

import (
	"fmt"
	"os"
	ossignal "os/signal"
	"syscall"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Linux's signal numbers (CPython's signal module on Linux).
var numbers = []struct {
	name string
	num  int
}{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5},
	{"SIGABRT", 6}, {"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9},
	{"SIGUSR1", 10}, {"SIGSEGV", 11}, {"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14},
	{"SIGTERM", 15}, {"SIGSTKFLT", 16}, {"SIGCHLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19},
	{"SIGTSTP", 20}, {"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24},
	{"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29},
	{"SIGPOLL", 29}, {"SIGPWR", 30}, {"SIGSYS", 31}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
}

// descriptions are strsignal()'s texts.
var descriptions = map[int]string{
	1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
	6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed",
	10: "User defined signal 1", 11: "Segmentation fault", 12: "User defined signal 2",
	13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 16: "Stack fault",
	17: "Child exited", 18: "Continued", 19: "Stopped (signal)", 20: "Stopped",
	21: "Stopped (tty input)", 22: "Stopped (tty output)", 23: "Urgent I/O condition",
	24: "CPU time limit exceeded", 25: "File size limit exceeded", 26: "Virtual timer expired",
	27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible", 30: "Power failure",
	31: "Bad system call",
}

const nsig = 65

// state is one VM's _signal module.
type state struct {
	vm       *interp.VM
	handlers map[int]interp.Value
	stops    map[int]func()
	defInt   interp.Value // default_int_handler
}

// Load makes the _signal module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	st := &state{vm: vm, handlers: map[int]interp.Value{}, stops: map[int]func(){}}
	m := interp.NewModule("_signal")
	for _, n := range numbers {
		m.Set(n.name, interp.Int(n.num))
	}
	m.Set("SIG_DFL", interp.Int(0))
	m.Set("SIG_IGN", interp.Int(1))
	m.Set("NSIG", interp.Int(nsig))
	m.Set("SIG_BLOCK", interp.Int(0))
	m.Set("SIG_UNBLOCK", interp.Int(1))
	m.Set("SIG_SETMASK", interp.Int(2))
	st.defInt = interp.NewBuiltin("default_int_handler", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		return nil, interp.NewException(interp.KeyboardInterrupt)
	})
	m.Set("default_int_handler", st.defInt)
	m.AddFuncs(map[string]interp.NativeFunc{
		"signal":        st.signal,
		"getsignal":     st.getsignal,
		"raise_signal":  st.raiseSignal,
		"strsignal":     strsignal,
		"valid_signals": validSignals,
	})
	return m, nil
}

func sigArg(f *interp.Fiber, v interp.Value) (int, *interp.Exception) {
	n, err := native.Index(f, v)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, interp.Errorf(interp.ValueError, "signal number out of range")
	}
	return int(n), nil
}

func (st *state) current(sig int) interp.Value {
	if h, ok := st.handlers[sig]; ok {
		return h
	}
	if sig == int(syscall.SIGINT) {
		return st.defInt
	}
	if sig == int(syscall.SIGPIPE) || sig == sigXFSZ {
		return interp.Int(1) // CPython ignores these
	}
	return interp.Int(0)
}

func (st *state) getsignal(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("getsignal", args, kw, 1); err != nil {
		return nil, err
	}
	sig, err := sigArg(f, args[0])
	if err != nil {
		return nil, err
	}
	return st.current(sig), nil
}

// signal is signal(signalnum, handler): the previous handler.
func (st *state) signal(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("signal", args, kw, 2); err != nil {
		return nil, err
	}
	sig, err := sigArg(f, args[0])
	if err != nil {
		return nil, err
	}
	h := args[1]
	isDfl, isIgn := false, false
	if n, ok := h.(interp.Int); ok {
		isDfl, isIgn = n == 0, n == 1
		if !isDfl && !isIgn {
			return nil, interp.Errorf(interp.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
	} else if !interp.Callable(h) {
		return nil, interp.Errorf(interp.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if sig == int(syscall.SIGKILL) || sig == sigSTOP {
		return nil, interp.Errorf(interp.OSError, "[Errno 22] Invalid argument")
	}
	prev := st.current(sig)
	if stop := st.stops[sig]; stop != nil {
		stop()
		delete(st.stops, sig)
	}
	st.handlers[sig] = h
	vm := st.vm
	if sig == int(syscall.SIGINT) {
		switch {
		case isIgn:
			vm.OnInterrupt = func() *interp.Exception { return nil }
		case isDfl || h == st.defInt:
			vm.OnInterrupt = nil
		default:
			vm.OnInterrupt = func() *interp.Exception {
				_, err := vm.NewThread().Call(h, []interp.Value{interp.Int(sig), interp.None}, nil)
				return err
			}
		}
		return prev, nil
	}
	s := syscall.Signal(sig)
	switch {
	case isDfl:
		ossignal.Reset(s)
	case isIgn:
		ossignal.Ignore(s)
	default:
		ch := make(chan os.Signal, 1)
		done := make(chan struct{})
		ossignal.Notify(ch, s)
		go func() {
			for {
				select {
				case <-ch:
					st.runHandler(h, sig)
				case <-done:
					return
				}
			}
		}()
		st.stops[sig] = func() {
			ossignal.Reset(s)
			close(done)
		}
	}
	return prev, nil
}

// runHandler calls a handler of a signal other than SIGINT, on the
// goroutine that received it, holding the GIL.
func (st *state) runHandler(h interp.Value, sig int) {
	vm := st.vm
	vm.GIL.Lock()
	defer vm.GIL.Unlock()
	t := vm.NewThread()
	t.Worker = true
	if _, err := t.Call(h, []interp.Value{interp.Int(sig), interp.None}, nil); err != nil {
		r, _ := interp.Repr(t, h)
		fmt.Fprintf(vm.Stderr, "Exception ignored in signal handler %s:\n%s", r, interp.FormatException(t, err))
	}
}

// raiseSignal is raise_signal(signum): SIGINT is taken as Ctrl-C is; a
// signal with a Python handler runs it at once, as CPython does right
// after raise(); other signals are sent to the process.
func (st *state) raiseSignal(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("raise_signal", args, kw, 1); err != nil {
		return nil, err
	}
	sig, err := sigArg(f, args[0])
	if err != nil {
		return nil, err
	}
	if sig == int(syscall.SIGINT) {
		st.vm.Interrupt()
		if exc := st.vm.TakeInterrupt(); exc != nil {
			return nil, exc
		}
		return interp.None, nil
	}
	if h, ok := st.handlers[sig]; ok && interp.Callable(h) {
		// The handler runs as CPython runs it after raise(): before the
		// next instruction, in this thread, its exception raised here.
		if _, err := f.Call(h, []interp.Value{interp.Int(sig), interp.None}, nil); err != nil {
			return nil, err
		}
		return interp.None, nil
	}
	if err := sendSelf(sig); err != nil {
		return nil, interp.Errorf(interp.OSError, "%s", err)
	}
	return interp.None, nil
}

func strsignal(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("strsignal", args, kw, 1); err != nil {
		return nil, err
	}
	sig, err := sigArg(f, args[0])
	if err != nil {
		return nil, err
	}
	if d, ok := descriptions[sig]; ok {
		return interp.Str(d), nil
	}
	if sig >= 34 && sig <= 64 {
		return interp.Str(fmt.Sprintf("Real-time signal %d", sig-34)), nil
	}
	return interp.None, nil
}

func validSignals(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var out []interp.Value
	for i := 1; i < nsig; i++ {
		if i == 32 || i == 33 {
			continue
		}
		out = append(out, interp.Int(i))
	}
	return interp.MakeSet(f, interp.NewList(out))
}
