package interp

// This file defines coroutine_wrapper, what coroutine.__await__() returns
// in CPython (Objects/genobject.c's PyCoroWrapper_Type): an iterator whose
// __next__, send, throw and close step the coroutine, so that a class
// whose __await__ returns self._coro.__await__() delegates to it.

// CoroutineWrapperClass is the type of coroutine.__await__()'s result.
var CoroutineWrapperClass = newBuiltinClass("coroutine_wrapper", ObjectClass)

// coroWrapper steps the coroutine c.
type coroWrapper struct{ c *Coroutine }

func (*coroWrapper) Type() *Class { return CoroutineWrapperClass }

func wrapperSelf(args []Value) *Coroutine { return args[0].(*coroWrapper).c }

// setupCoroutineWrapper gives coroutine its __await__ and the wrapper its
// methods (called from setupGenerators).
func setupCoroutineWrapper() {
	CoroutineClass.AddMethods(map[string]NativeFunc{
		"__await__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return &coroWrapper{c: args[0].(*Coroutine)}, nil
		},
	})
	CoroutineWrapperClass.AddMethods(map[string]NativeFunc{
		"__iter__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return args[0], nil
		},
		"__next__": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			return wrapperSelf(args).step(f, None, nil)
		},
		"send": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			return wrapperSelf(args).step(f, args[1], nil)
		},
		"throw": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			if len(args) < 2 {
				return nil, Errorf(TypeError, "throw expected at least 1 argument, got 0")
			}
			exc, err := makeRaisable(f, args[1])
			if err != nil {
				return nil, err
			}
			return wrapperSelf(args).step(f, nil, exc)
		},
		"close": func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
			close, _ := CoroutineClass.Lookup("close")
			return f.Call(close, []Value{wrapperSelf(args)}, nil)
		},
	})
}
