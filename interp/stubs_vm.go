package interp

// TEMPORARY stub: the builtins engineer replaces this with builtins.go.

// NewBuiltinsDict builds the builtins namespace (owned by builtins.go).
func NewBuiltinsDict(vm *VM) *Dict { return NewDict() }
