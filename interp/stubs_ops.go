package interp

// TEMPORARY stubs owned by the object-model engineer; replaced as the
// numbers/containers/format files land. Delete this file when empty.

func truth(f *Fiber, v Value) (bool, *Exception)                              { return true, nil }
func equal(f *Fiber, v, w Value) (bool, *Exception)                           { return v == w, nil }
func hash(f *Fiber, v Value) (int64, *Exception)                              { return 0, nil }
func compare(f *Fiber, op CmpOp, v, w Value) (Value, *Exception)              { return False, nil }
func less(f *Fiber, v, w Value) (bool, *Exception)                            { return false, nil }
func binary(f *Fiber, op BinOp, v, w Value, inplace bool) (Value, *Exception) { return None, nil }
func unary(f *Fiber, op UnaryOp, v Value) (Value, *Exception)                 { return None, nil }
func repr(f *Fiber, v Value) (string, *Exception)                             { return "", nil }
func toStr(f *Fiber, v Value) (string, *Exception)                            { return "", nil }
func format(f *Fiber, v Value, spec string) (string, *Exception)              { return "", nil }
func length(f *Fiber, v Value) (int, *Exception)                              { return 0, nil }
func contains(f *Fiber, v, w Value) (bool, *Exception)                        { return false, nil }
func getItem(f *Fiber, v, k Value) (Value, *Exception)                        { return None, nil }
func setItem(f *Fiber, v, k, x Value) *Exception                              { return nil }
func delItem(f *Fiber, v, k Value) *Exception                                 { return nil }
func getIter(f *Fiber, v Value) (Iterator, *Exception)                        { return nil, nil }
func next(f *Fiber, it Value) (Value, bool, *Exception)                       { return nil, false, nil }
