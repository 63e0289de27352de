// Package sre is the regular-expression engine behind the re module:
// CPython's sre rewritten in Go, with no dependency on the interpreter.
//
// The pieces, in the order a pattern meets them:
//
//   - parse.go turns a pattern into a tree of nodes, with CPython's error
//     messages and positions (Lib/re/_parser.py);
//   - compile.go lays the tree out as a flat program of sre opcodes
//     (Lib/re/_compiler.py), applying the flags;
//   - match.go runs the program with a backtracking matcher that mirrors
//     Modules/_sre/sre_lib.h, keeping its backtracking state on explicit
//     stacks so that no pattern or subject can overflow Go's stack;
//   - template.go parses the replacement strings of sub and expand.
//
// Strings are handled as []rune so that positions are code-point indexes,
// as Python's are. A State may be given a poll function that the matcher
// calls every few thousand steps, so that a catastrophic pattern stays
// interruptible.
//
// Departures from CPython: \N{name} escapes are refused (no Unicode name
// table); the FutureWarning and DeprecationWarning CPython prints for
// doubtful patterns are not issued; character classes and case mappings
// come from Go's unicode tables (Unicode 15.0 where CPython 3.11 has
// 14.0), which testdata/unicode.json checks on every code point CPython
// assigns; the literal-prefix search of CPython's INFO block is reduced to
// skipping positions where the first instruction cannot match.
package sre
