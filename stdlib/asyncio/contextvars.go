package asyncio

// This file runs tasks in their contexts, as CPython's Task does: a task
// takes a copy of the context current when it is created (or the one
// given as create_task(context=...)), and each of its steps runs in it,
// so ContextVar.set inside a task is seen by that task only.

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/contextvars"
)

// resumeInContext is one step of t run in t's context. A task made before
// any ContextVar existed starts in a new empty context, which is what a
// copy of the context at its creation held.
func (t *Task) resumeInContext(cv *contextvars.State, exc *interp.Exception) interp.Outcome {
	prev := cv.Enter(t.ctx)
	t.ctx = cv.Current()
	out := t.fiber.Resume(interp.None, exc)
	cv.Exit(prev)
	return out
}

// useContext makes ctx (create_task's context argument, when given) the
// context t runs in.
func (t *Task) useContext(ctx interp.Value) *interp.Exception {
	if ctx == nil || ctx == interp.None {
		return nil
	}
	c, ok := ctx.(*contextvars.Context)
	if !ok {
		return interp.Errorf(interp.TypeError, "an instance of Context was expected, got %s", interp.TypeName(ctx))
	}
	t.ctx = c
	return nil
}
