// Package warm starts building the parser as early as the process can:
// Go initializes packages in import-path order once their imports are
// ready, so this package (which imports only lang) runs right after lang,
// and the parser build on another core overlaps with the initialization
// of interp and the standard library. Only the command imports it;
// embedders build the parser on their first lang.Parse as usual.
package warm

import "github.com/asyncscript/asyncscript/lang"

func init() { go lang.Warm() }
