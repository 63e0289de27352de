package interp

// This file holds what raise and except do with exceptions: making the
// operand of raise an instance, matching an exception against an except
// clause, and except* (splitting an ExceptionGroup into the matched part
// and the rest, and re-raising what the handlers left). The exception
// objects themselves are in exception.go and exception_methods.go, the
// groups in exception_group.go.

// makeRaisable turns the operand of raise into an exception instance.
func makeRaisable(f *Fiber, v Value) (*Exception, *Exception) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Class:
		if x.IsException {
			r, err := f.Call(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
		}
	}
	return nil, Errorf(TypeError, "exceptions must derive from BaseException")
}

// raiseOperands is RAISE_VARARGS 1 and 2: the exception that `raise exc`
// (ops: exc) or `raise exc from cause` (ops: exc, cause) raises, or the
// TypeError for an operand that is no exception.
func (f *Fiber) raiseOperands(ops []Value) *Exception {
	e, err := makeRaisable(f, ops[0])
	if err != nil {
		return err
	}
	if len(ops) == 1 {
		return e
	}
	if ops[1] == None {
		e.Cause = nil
	} else {
		c, err := makeRaisable(f, ops[1])
		if err != nil {
			return Errorf(TypeError, "exception causes must derive from BaseException")
		}
		e.Cause = c
	}
	e.SuppressContext = true
	return e
}

// exceptionMatches implements CHECK_EXC_MATCH.
func exceptionMatches(exc *Exception, typ Value) (bool, *Exception) {
	switch t := typ.(type) {
	case *Class:
		if !t.IsException {
			break
		}
		return exc.Matches(t), nil
	case Tuple:
		for _, x := range t {
			ok, err := exceptionMatches(exc, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// egMatch implements CHECK_EG_MATCH: split exc into (rest, match).
func (f *Fiber) egMatch(excV, typ Value) (Value, Value, *Exception) {
	exc := excV.(*Exception)
	if t, ok := typ.(*Class); ok && t.IsSubclass(BaseExceptionGroup) {
		return nil, nil, Errorf(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	matchFn := func(e *Exception) bool { ok, _ := exceptionMatches(e, typ); return ok }
	if _, err := exceptionMatches(exc, typ); err != nil {
		return nil, nil, err
	}
	if exc.Exceptions == nil && !exc.Class.IsSubclass(BaseExceptionGroup) {
		if matchFn(exc) {
			g := newGroup(ExceptionGroup, "", []*Exception{exc})
			if !exc.Class.IsSubclass(Exception_) {
				g.Class = BaseExceptionGroup
			}
			g.Traceback = exc.Traceback
			return None, g, nil
		}
		return exc, None, nil
	}
	match, rest := egSplit(exc, matchFn)
	var m, r Value = None, None
	if match != nil {
		m = match
	}
	if rest != nil {
		r = rest
	}
	return r, m, nil
}

// prepReraiseStar implements PREP_RERAISE_STAR: combine the exceptions
// raised and re-raised by except* clauses into what propagates.
func prepReraiseStar(f *Fiber, origV Value, excs *List) (Value, *Exception) {
	orig, ok := origV.(*Exception)
	if !ok {
		return None, nil
	}
	if orig.Exceptions == nil && !orig.Class.IsSubclass(BaseExceptionGroup) {
		// a naked exception was caught (and wrapped for matching): only one
		// clause ran, so what it raised, if anything, propagates as is
		for _, v := range excs.Items {
			if e, ok := v.(*Exception); ok {
				return e, nil
			}
		}
		return None, nil
	}
	origLeaves := map[*Exception]bool{}
	leaves(orig, origLeaves)
	var raised []*Exception
	keep := map[*Exception]bool{}
	for _, v := range excs.Items {
		e, ok := v.(*Exception)
		if !ok {
			continue
		}
		ls := map[*Exception]bool{}
		leaves(e, ls)
		reraised := true
		for l := range ls {
			if !origLeaves[l] {
				reraised = false
				break
			}
		}
		if reraised {
			for l := range ls {
				keep[l] = true
			}
		} else {
			raised = append(raised, e)
		}
	}
	var reraisedEG *Exception
	if len(keep) > 0 {
		reraisedEG, _ = egSplit(orig, func(e *Exception) bool { return e.Exceptions == nil && keep[e] })
	}
	if len(raised) == 0 {
		if reraisedEG == nil {
			return None, nil
		}
		return reraisedEG, nil
	}
	all := raised
	if reraisedEG != nil {
		all = append(all, reraisedEG)
	}
	if len(all) == 1 {
		return all[0], nil // CPython re-raises a lone survivor bare
	}
	cls := ExceptionGroup
	for _, e := range all {
		if !e.Class.IsSubclass(Exception_) {
			cls = BaseExceptionGroup
		}
	}
	return newGroup(cls, "", all), nil
}
