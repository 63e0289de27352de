package main

// This file decides whether to build the statement parser ahead of need.
// lang parses a file of simple statements only (a flat script such as
// `print("hello")`) without participle; anything else needs participle's
// parser, whose build (reflection over the grammar) costs more than the
// rest of a short script's start-up. When the program may need it, the
// build starts on another goroutine before the session is set up, so that
// the two overlap; when it cannot, nothing is built at all.

import (
	"os"

	"github.com/asyncscript/asyncscript/lang"
)

// warmScanLimit bounds the script readScript reads ahead of the session:
// a larger one is assumed to need the parser, which its parse then takes
// long enough to pay for, and is left for the session to read.
const warmScanLimit = 256 << 10

// warmFor starts the parser build when src may need it.
func warmFor(src []byte) {
	if lang.MayNeedParser(src) {
		go lang.Warm()
	}
}

// readScript is warmFor for the script at path, which it reads when it is
// a small regular file (the session runs what it returns, see
// stdlib.Session.RunFileSource). Anything else (a directory run through
// its __main__.as, a large script) starts the build and returns nil; so
// does an unreadable path, whose error the session reports.
func readScript(path string) []byte {
	st, err := os.Stat(path)
	if err != nil {
		return nil
	}
	if st.Mode().IsRegular() && st.Size() <= warmScanLimit {
		if src, err := os.ReadFile(path); err == nil && len(src) <= warmScanLimit {
			warmFor(src)
			return src
		}
	}
	go lang.Warm()
	return nil
}
