// Package compile turns an asyncscript AST into bytecode.
//
// Compile resolves the scopes of a *lang.Module (resolve.go), generates
// code as CPython 3.11's compiler does (compile.go and the statement,
// expression and exception visitors beside it, each opening with where it
// departs from CPython and why), then fuses common instruction pairs into
// superinstructions (superinstr.go) unless Options.NoFuse is set.
//
// The output is a *Code of plain data: instructions (opcode.go, whose
// table gives every opcode its name, stack effect and whether it takes an
// argument), names, spans, the static exception table, and constants as
// Go values (None{}, Ellipsis{}, bool, int64, *big.Int, float64, string,
// Tuple, nested *Code). It holds no runtime object and no cache: package
// interp, which imports this one, makes its runtime form once with
// interp.NewCode. Disassemble renders a Code for tests and debugging.
//
// Errors are *lang.SyntaxError, or *RecursionLimitError for a program
// nested more deeply than CPython's compiler accepts.
package compile
