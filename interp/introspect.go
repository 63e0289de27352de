package interp

// This file exposes, read-only, what debugging tools (asyncio's call
// graph, the scheduling tracer) need to see of suspended coroutines: the
// frames of a fiber, what each one awaits, and the arguments a coroutine
// was called with.

import "github.com/asyncscript/asyncscript/compile"

// Frame returns the coroutine's frame: nil when it is native or finished.
func (c *Coroutine) Frame() *Frame { return c.frame() }

// Native reports whether the coroutine is a Go state machine
// (NewNativeCoroutine) rather than interpreted code.
func (c *Coroutine) Native() bool { return c.isNative }

// Awaiting returns the awaitable the frame is suspended on (the operand of
// the AWAIT it stopped at), or nil when it is not suspended in an await.
func (fr *Frame) Awaiting() Value {
	instrs, pc, sp := fr.code.Instrs, int(fr.pc), int(fr.sp)
	if sp <= len(fr.code.Locals) || sp > len(fr.slots) || pc < 0 || pc >= len(instrs) || instrs[pc].Op() != compile.AWAIT {
		return nil
	}
	return fr.slots[sp-1]
}

// Started reports whether the frame has run its first instruction.
func (fr *Frame) Started() bool { return fr.started }

// Args returns the values of the parameters of a frame that has not
// started yet (once it runs, parameters may move into cells or be
// rebound). The slice aliases the frame: do not modify it.
func (fr *Frame) Args() []Value {
	c := fr.code
	n := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&compile.FlagVarargs != 0 {
		n++
	}
	if c.Flags&compile.FlagVarKeywords != 0 {
		n++
	}
	if n > len(fr.slots) {
		n = len(fr.slots)
	}
	return fr.slots[:n]
}
