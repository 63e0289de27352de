package sys

// This file defines sys.exc_info() and sys.exception() (3.11): the
// exception the innermost except block is handling.

import "github.com/asyncscript/asyncscript/interp"

func excInfoFuncs() map[string]interp.NativeFunc {
	return map[string]interp.NativeFunc{
		"exc_info": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("exc_info", args, kw, 0); err != nil {
				return nil, err
			}
			e := f.HandledException()
			if e == nil {
				return interp.Tuple{interp.None, interp.None, interp.None}, nil
			}
			// asyncscript keeps no traceback objects: the third item is None
			return interp.Tuple{e.Class, e, interp.None}, nil
		},
		"exception": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("exception", args, kw, 0); err != nil {
				return nil, err
			}
			if e := f.HandledException(); e != nil {
				return e, nil
			}
			return interp.None, nil
		},
	}
}
