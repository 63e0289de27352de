package interp

// This file holds the context-manager protocol of with and async with.

// beforeWith implements BEFORE_WITH (async=false: __enter__/__exit__) and
// BEFORE_ASYNC_WITH (async=true: __aenter__/__aexit__): it returns the
// bound exit method and the result of calling enter (for async with, an
// awaitable the compiler awaits next).
func (f *Fiber) beforeWith(mgr Value, async bool) (Value, Value, *Exception) {
	cls := mgr.Type()
	enterName, exitName, what := "__enter__", "__exit__", "context manager"
	if async {
		enterName, exitName, what = "__aenter__", "__aexit__", "asynchronous context manager"
	}
	enter, ok1 := cls.Lookup(enterName)
	exit, ok2 := cls.Lookup(exitName)
	if !ok1 || !ok2 {
		if ok1 {
			return nil, nil, Errorf(TypeError, "'%s' object does not support the %s protocol (missed %s method)", cls.Name, what, exitName)
		}
		return nil, nil, Errorf(TypeError, "'%s' object does not support the %s protocol", cls.Name, what)
	}
	boundExit, err := bindClassAttr(f, exit, mgr)
	if err != nil {
		return nil, nil, err
	}
	res, err := f.Call(enter, []Value{mgr}, nil)
	if err != nil {
		return nil, nil, err
	}
	return boundExit, res, nil
}

// withExceptStart is WITH_EXCEPT_START on its operands (exit_bound lasti
// prev exc): it calls exit(type, exc, None), whose result exec pushes.
func (f *Fiber) withExceptStart(ops []Value) (Value, *Exception) {
	exc := ops[3].(*Exception)
	return f.Call(ops[0], []Value{exc.Class, exc, None}, nil)
}
