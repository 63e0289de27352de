package interp

// This file completes the builtin classes: the class objects are declared
// in types.go (and beside their types: exceptions, iterators, files), and
// each type's file has a setup function that installs the type's
// constructor and methods. setupUniverse calls them all, once per process,
// from NewVM; no init function does it.
//
// The builtin classes are shared by every VM of the process, which is safe
// because they are immutable once set up, as CPython's static types are:
// `list.x = 1` and `del list.append` raise TypeError (SetAttr, DelAttr),
// and nothing else writes to them. Everything a program can change lives
// on its VM (see doc.go).

import "sync"

var universeOnce sync.Once

// setupUniverse installs the builtin classes' constructors and methods,
// the first time any VM is made.
func setupUniverse() {
	universeOnce.Do(func() {
		// the order of the former init functions (Go ran them by file name)
		setupClassBuiltins()
		setupBuiltinFuncs()
		setupQuitter()
		setupObjectNew()
		setupDict()
		setupExceptions()
		setupTextFile()
		setupFloat()
		setupGenerators()
		setupInt()
		setupIterators()
		setupList()
		setupObject()
		setupRange()
		setupSets()
		setupStr()
		setupStrMethods()
		setupTuple()
		setupBytes()
		acceptStrSubclassArgs() // object_native.go
	})
}
