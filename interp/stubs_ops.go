package interp

// TEMPORARY stubs owned by the object-model engineer; replaced as the
// numbers/containers/format files land. Delete this file when empty.

func format(f *Fiber, v Value, spec string) (string, *Exception)              { return "", nil }
