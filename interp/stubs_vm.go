package interp

// TEMPORARY stub: the builtins engineer replaces this with builtins.go.
