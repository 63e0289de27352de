// Package contextvars implements the contextvars module (CPython's
// Python/context.c): ContextVar, Token and Context, and the current
// context of a VM that asyncio switches per task (each task runs in the
// copy of the context it was created in, as CPython's Task does).
//
// A Context's mapping is copied on write: copy_context() shares it until
// one side sets a variable (CPython shares a HAMT).
package contextvars

import (
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// State is one VM's contextvars state.
type State struct {
	// Used is set once a ContextVar exists: before that every context is
	// empty and asyncio need not switch them.
	Used bool
	// current is the context code runs in (nil: the empty base context,
	// made on first use).
	current *Context

	varClass, tokenClass, contextClass *interp.Class
	missing                            interp.Value // Token.MISSING
}

type stateKey struct{}

// Of returns vm's contextvars state.
func Of(vm *interp.VM) *State {
	return vm.Local(stateKey{}, func() any { return newState() }).(*State)
}

// Current is the context code runs in now.
func (st *State) Current() *Context {
	if st.current == nil {
		st.current = st.newContext()
	}
	return st.current
}

// CopyCurrent is copy_context(): a new context with the current one's
// variables.
func (st *State) CopyCurrent() *Context { return st.Current().copy() }

// Enter makes ctx current (nil: a new empty context) and returns the
// context to restore with Exit. A task calls it around each step.
func (st *State) Enter(ctx *Context) *Context {
	prev := st.current
	st.current = ctx
	if ctx == nil {
		st.current = st.newContext()
	}
	return prev
}

// Exit restores the context Enter returned.
func (st *State) Exit(prev *Context) { st.current = prev }

// Context is a contextvars.Context: a mapping from ContextVars to values.
type Context struct {
	cls     *interp.Class
	vars    map[*Var]interp.Value
	order   []*Var // insertion order of vars, for iteration
	shared  bool   // vars and order are shared with a copy: clone before writing
	entered bool
}

func (c *Context) Type() *interp.Class { return c.cls }

func (st *State) newContext() *Context {
	return &Context{cls: st.contextClass, vars: map[*Var]interp.Value{}}
}

func (c *Context) copy() *Context {
	c.shared = true
	return &Context{cls: c.cls, vars: c.vars, order: c.order, shared: true}
}

func (c *Context) set(v *Var, x interp.Value) {
	if c.shared {
		vars := make(map[*Var]interp.Value, len(c.vars)+1)
		for k, val := range c.vars {
			vars[k] = val
		}
		c.vars, c.order, c.shared = vars, append([]*Var(nil), c.order...), false
	}
	if _, ok := c.vars[v]; !ok {
		c.order = append(c.order, v)
	}
	c.vars[v] = x
}

func (c *Context) del(v *Var) {
	if _, ok := c.vars[v]; !ok {
		return
	}
	if c.shared {
		vars := make(map[*Var]interp.Value, len(c.vars))
		for k, val := range c.vars {
			vars[k] = val
		}
		c.vars, c.shared = vars, false
	}
	delete(c.vars, v)
	order := make([]*Var, 0, len(c.order))
	for _, k := range c.order {
		if k != v {
			order = append(order, k)
		}
	}
	c.order = order
}

// Var is a contextvars.ContextVar.
type Var struct {
	cls   *interp.Class
	name  interp.Value
	deflt interp.Value // nil: no default
	st    *State
}

func (v *Var) Type() *interp.Class { return v.cls }

// Token is a contextvars.Token: what ContextVar.set returns, for reset.
type Token struct {
	cls  *interp.Class
	ctx  *Context
	v    *Var
	old  interp.Value // nil: the variable was not set
	used bool
}

func (t *Token) Type() *interp.Class { return t.cls }

// Load makes the contextvars module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	st := Of(vm)
	m := interp.NewModule("contextvars")
	m.Set("ContextVar", st.varClass)
	m.Set("Token", st.tokenClass)
	m.Set("Context", st.contextClass)
	m.AddFuncs(map[string]interp.NativeFunc{
		"copy_context": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) != 0 || len(kw) != 0 {
				return nil, interp.Errorf(interp.TypeError, "copy_context() takes no arguments (%d given)", len(args)+len(kw))
			}
			return st.CopyCurrent(), nil
		},
	})
	return m, nil
}

func newState() *State {
	st := &State{}
	st.varClass = native.NewType("ContextVar", "_contextvars", nil, nil)
	st.tokenClass = native.NewType("Token", "_contextvars", nil, nil)
	st.contextClass = native.NewType("Context", "_contextvars", nil, nil)
	st.missing = &marker{cls: native.NewType("Token.MISSING", "_contextvars", nil, nil)}
	st.setupVar()
	st.setupToken()
	st.setupContext()
	return st
}

// marker is Token.MISSING.
type marker struct{ cls *interp.Class }

func (m *marker) Type() *interp.Class { return m.cls }

func (m *marker) Repr(f *interp.Fiber) (string, *interp.Exception) { return "<Token.MISSING>", nil }
