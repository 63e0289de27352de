package interp

// This file declares the built-in warning categories beyond Warning,
// UserWarning, DeprecationWarning and RuntimeWarning (exception.go), which
// the warnings module filters on.

var (
	SyntaxWarning             = newExcClass("SyntaxWarning", Warning_)
	FutureWarning             = newExcClass("FutureWarning", Warning_)
	PendingDeprecationWarning = newExcClass("PendingDeprecationWarning", Warning_)
	ImportWarning             = newExcClass("ImportWarning", Warning_)
	UnicodeWarning            = newExcClass("UnicodeWarning", Warning_)
	BytesWarning              = newExcClass("BytesWarning", Warning_)
	ResourceWarning           = newExcClass("ResourceWarning", Warning_)
	EncodingWarning           = newExcClass("EncodingWarning", Warning_)
)

// WarningClasses lists the warning categories of this file, for the
// builtins module.
func WarningClasses() []*Class {
	return []*Class{SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning,
		UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning}
}
