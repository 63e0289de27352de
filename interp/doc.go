// Package interp compiles asyncscript ASTs to bytecode and runs them.
//
// The pieces, in the order a program meets them:
//
//   - resolve.go / compile.go turn a *lang.Module into a *Code (bytecode
//     declared in opcode.go, static exception table, per-instruction spans).
//   - A Fiber owns a stack of Frames; run.go is the one dispatch loop. An
//     interpreted call pushes a frame and the same loop continues, so deep
//     recursion is a frame count (RecursionError at VM.RecursionLimit), never
//     a Go stack overflow.
//   - A coroutine is a resumable frame: AWAIT on a pending awaitable leaves
//     the pc on the AWAIT and returns from the loop with the frame saved;
//     Fiber.Resume continues it. No goroutine is parked per coroutine.
//   - The object model (value.go, class.go, dict.go, the per-type files) and
//     the operations shared by the VM and builtins (ops.go).
//   - Limits: Go-level recursion (a native call, a nested container, a
//     generator resumed by next) counts against the recursion limit where
//     CPython counts it and is bounded by maxGoDepth (fiber.go); memory.go
//     turns allocations past the memory budget into MemoryError.
//
// Invariants: interpreted code runs only on the goroutine holding VM.GIL;
// interp imports lang and nothing else of ours (no loop, no stdlib).
package interp
