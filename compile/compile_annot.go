package compile

// This file compiles the annotations of module and class bodies into their
// __annotations__ dict, as CPython's SETUP_ANNOTATIONS and annotated
// assignments do: `x: int = 1` in a class body stores int under
// __annotations__['x'] (dataclasses and typing read it).

import "github.com/asyncscript/asyncscript/lang"

// setupAnnotations starts a module or class body that holds annotated
// names with `__annotations__ = {}` (CPython's SETUP_ANNOTATIONS).
func (c *compiler) setupAnnotations(body []lang.Stmt) {
	if !hasAnnotations(body) {
		return
	}
	c.emit(BUILD_MAP, 0)
	c.nameOp("__annotations__", ctxStore)
}

// hasAnnotations reports whether body annotates a plain name outside any
// nested def or class (CPython's find_ann).
func hasAnnotations(body []lang.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *lang.AnnAssign:
			if s.Simple {
				return true
			}
		case *lang.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *lang.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *lang.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *lang.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *lang.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// storeAnnotation stores the annotation of a plain name into
// __annotations__ (the annotation is evaluated here); other targets'
// annotations are evaluated and dropped.
func (c *compiler) storeAnnotation(s *lang.AnnAssign) {
	c.expr(s.Annotation)
	name, ok := s.Target.(*lang.Name)
	if !ok || !s.Simple {
		c.emit(POP_TOP, 0)
		return
	}
	c.nameOp("__annotations__", ctxLoad)
	c.loadConst(mangle(c.u.private, name.Id))
	c.emit(STORE_SUBSCR, 0)
}
