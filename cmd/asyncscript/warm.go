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

// warmScanLimit bounds the script warmForFile reads ahead of the session
// (it is read again to be run): a larger one is assumed to need the
// parser, which its parse then takes long enough to pay for.
const warmScanLimit = 256 << 10

// warmFor starts the parser build when src may need it.
func warmFor(src []byte) {
	if lang.MayNeedParser(src) {
		go lang.Warm()
	}
}

// warmForFile is warmFor for the script at path. A path that is not a
// small regular file (a directory run through its __main__.as, a large
// script) starts the build; an unreadable one starts nothing (running it
// only reports the error).
func warmForFile(path string) {
	st, err := os.Stat(path)
	if err != nil {
		return
	}
	if !st.Mode().IsRegular() || st.Size() > warmScanLimit {
		go lang.Warm()
		return
	}
	if src, err := os.ReadFile(path); err == nil {
		warmFor(src)
	}
}
