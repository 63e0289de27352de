package interp

// This file defines the aiter() and anext() builtins (new in 3.10):
// aiter(x) is x.__aiter__(); anext(it) is it.__anext__(), and
// anext(it, default) an awaitable that gives default when the iterator is
// exhausted (CPython's anext_awaitable).

func builtinAiter(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	v, err := UnpackOne("aiter", args, kw)
	if err != nil {
		return nil, err
	}
	m, ok := v.Type().Lookup("__aiter__")
	if !ok {
		if _, isGen := v.(*AsyncGenerator); !isGen {
			return nil, Errorf(TypeError, "'%s' object is not an async iterable", TypeName(v))
		}
	}
	var it Value
	if ok {
		it, err = f.Call(m, []Value{v}, nil)
		if err != nil {
			return nil, err
		}
	} else {
		it = v
	}
	if _, isGen := it.(*AsyncGenerator); !isGen {
		if _, ok := it.Type().Lookup("__anext__"); !ok {
			return nil, Errorf(TypeError, "aiter() returned not an async iterator of type '%s'", TypeName(it))
		}
	}
	return it, nil
}

func builtinAnext(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "anext() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, Errorf(TypeError, "anext expected at least 1 argument, got %d", len(args))
	}
	it := args[0]
	var aw Value
	if g, ok := it.(*AsyncGenerator); ok {
		aw = &asendAwaitable{gen: g, send: None}
	} else {
		m, ok := it.Type().Lookup("__anext__")
		if !ok {
			return nil, Errorf(TypeError, "'%s' object is not an async iterator", TypeName(it))
		}
		var err *Exception
		if aw, err = f.Call(m, []Value{it}, nil); err != nil {
			return nil, err
		}
	}
	if len(args) == 1 {
		return aw, nil
	}
	return anextDefault(f, aw, args[1])
}

// anextDefaultSource is anext(it, default)'s awaitable, written in the
// language so that it awaits any awaitable exactly as `await` does.
const anextDefaultSource = `async def anext_awaitable(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
`

type anextKey struct{}

// anextHolder keeps the compiled anext_awaitable function of a VM.
type anextHolder struct{ fn Value }

// anextDefault returns the coroutine that awaits aw and gives def when
// the iterator is exhausted (CPython's anext_awaitable; here a coroutine
// of that name). The function is compiled once per VM.
func anextDefault(f *Fiber, aw, def Value) (Value, *Exception) {
	h := f.VM.Local(anextKey{}, func() any { return &anextHolder{} }).(*anextHolder)
	if h.fn == nil {
		m := NewModule("builtins")
		if err := f.VM.ExecSource(f.VM.NewThread(), "<anext>", []byte(anextDefaultSource), m); err != nil {
			return nil, err
		}
		h.fn, _ = m.Globals.GetStr("anext_awaitable")
	}
	fn := h.fn
	return f.Call(fn, []Value{aw, def}, nil)
}
