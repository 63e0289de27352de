package interp

// This file defines exception groups: BaseExceptionGroup and
// ExceptionGroup construction, their methods subgroup, split and derive,
// and the splitting that except* uses (egSplit, called from
// exception_handling.go).

// NewExceptionGroup builds BaseExceptionGroup(msg, excs) from Go,
// choosing ExceptionGroup when every member is an Exception.
func NewExceptionGroup(msg string, excs []*Exception) *Exception {
	cls := ExceptionGroup
	items := make([]Value, len(excs))
	for i, x := range excs {
		items[i] = x
		if !x.Class.IsSubclass(Exception_) {
			cls = BaseExceptionGroup
		}
	}
	return &Exception{Class: cls, Args: Tuple{Str(msg), &List{Items: items}},
		Message: msg, Exceptions: append([]*Exception(nil), excs...)}
}

func groupNew(f *Fiber, cls *Class, args []Value, kw []KV) (Value, *Exception) {
	if len(kw) > 0 && hasBuiltinInit(cls) {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	var items []Value
	switch s := args[1].(type) {
	case *List:
		items = s.Items
	case Tuple:
		items = s
	default:
		if _, ok := s.Type().Lookup("__getitem__"); !ok || IsInstance(s, DictClass) {
			return nil, Errorf(TypeError, "second argument (exceptions) must be a sequence")
		}
		var err *Exception
		items, err = iterToSlice(f, s)
		if err != nil {
			return nil, err
		}
	}
	if len(items) == 0 {
		return nil, Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	excs := make([]*Exception, len(items))
	nestedBase := false
	for i, it := range items {
		x, ok := it.(*Exception)
		if !ok {
			return nil, Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !x.Class.IsSubclass(Exception_) {
			nestedBase = true
		}
		excs[i] = x
	}
	switch {
	case cls == BaseExceptionGroup:
		if !nestedBase {
			cls = ExceptionGroup
		}
	case cls == ExceptionGroup:
		if nestedBase {
			return nil, Errorf(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && cls.IsSubclass(Exception_) {
			return nil, Errorf(TypeError, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
	}
	return &Exception{Class: cls, Args: Tuple{args[0], args[1]}, Message: string(msg), Exceptions: excs}, nil
}

func groupInit(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, err := selfException("__init__", args)
	if err != nil {
		return nil, err
	}
	if err := noKeywords(e.Class, kw); err != nil {
		return nil, err
	}
	e.Args = append(Tuple(nil), args[1:]...)
	return None, nil
}

func groupSelf(name string, args []Value, kw []KV) (*Exception, Value, *Exception) {
	e, err := selfException(name, args)
	if err != nil {
		return nil, nil, err
	}
	if len(kw) > 0 {
		return nil, nil, Errorf(TypeError, "BaseExceptionGroup.%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return nil, nil, Errorf(TypeError, "BaseExceptionGroup.%s() takes exactly one argument (%d given)", name, len(args)-1)
	}
	return e, args[1], nil
}

func groupDerive(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, excs, err := groupSelf("derive", args, kw)
	if err != nil {
		return nil, err
	}
	return groupNew(f, BaseExceptionGroup, []Value{Str(e.Message), excs}, nil)
}

// matcher decides which leaves split and subgroup select.
type matcher struct {
	classes []*Class
	pred    Value
}

func newMatcher(v Value) (*matcher, *Exception) {
	bad := Errorf(TypeError, "expected a function, exception type or tuple of exception types")
	switch x := v.(type) {
	case *Class:
		if !x.IsException {
			return nil, bad
		}
		return &matcher{classes: []*Class{x}}, nil
	case Tuple:
		m := &matcher{}
		for _, it := range x {
			c, ok := it.(*Class)
			if !ok || !c.IsException {
				return nil, bad
			}
			m.classes = append(m.classes, c)
		}
		return m, nil
	}
	if Callable(v) {
		return &matcher{pred: v}, nil
	}
	return nil, bad
}

func (m *matcher) match(f *Fiber, e *Exception) (bool, *Exception) {
	if m.pred != nil {
		r, err := f.Call(m.pred, []Value{e}, nil)
		if err != nil {
			return false, err
		}
		return Truth(f, r)
	}
	for _, c := range m.classes {
		if e.Class.IsSubclass(c) {
			return true, nil
		}
	}
	return false, nil
}

// splitGroup splits e into the part matching m and (if wantRest) the rest,
// preserving the nesting of groups. Either result may be nil.
func splitGroup(f *Fiber, e *Exception, m *matcher, wantRest bool) (match, rest *Exception, err *Exception) {
	ok, err := m.match(f, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.Class.IsSubclass(BaseExceptionGroup) {
		if wantRest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	var matched, rested []Value
	for _, x := range e.Exceptions {
		mx, rx, err := splitGroup(f, x, m, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if mx != nil {
			matched = append(matched, mx)
		}
		if rx != nil {
			rested = append(rested, rx)
		}
	}
	if len(matched) > 0 {
		if match, err = groupProject(f, e, matched); err != nil {
			return nil, nil, err
		}
	}
	if wantRest && len(rested) > 0 {
		if rest, err = groupProject(f, e, rested); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// groupProject calls e.derive(excs) and copies e's cause, context,
// traceback and notes onto the result.
func groupProject(f *Fiber, e *Exception, excs []Value) (*Exception, *Exception) {
	derive, err := GetAttr(f, e, "derive")
	if err != nil {
		return nil, err
	}
	r, err := f.Call(derive, []Value{&List{Items: excs}}, nil)
	if err != nil {
		return nil, err
	}
	g, ok := r.(*Exception)
	if !ok || !g.Class.IsSubclass(BaseExceptionGroup) {
		return nil, Errorf(TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	g.Cause, g.Context, g.SuppressContext = e.Cause, e.Context, e.SuppressContext
	g.Traceback = append([]TraceEntry(nil), e.Traceback...)
	if notes, ok := excDictGet(e, "__notes__"); ok {
		excDictSet(g, "__notes__", notes)
	} else {
		g.Notes = append([]string(nil), e.Notes...)
	}
	return g, nil
}

// SplitExceptionGroup is eg.split(cond) from Go (used by except*).
func SplitExceptionGroup(f *Fiber, e *Exception, cond Value) (match, rest *Exception, err *Exception) {
	m, err := newMatcher(cond)
	if err != nil {
		return nil, nil, err
	}
	return splitGroup(f, e, m, true)
}

func groupSubgroup(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, cond, err := groupSelf("subgroup", args, kw)
	if err != nil {
		return nil, err
	}
	m, err := newMatcher(cond)
	if err != nil {
		return nil, err
	}
	match, _, err := splitGroup(f, e, m, false)
	if err != nil {
		return nil, err
	}
	if match == nil {
		return None, nil
	}
	return match, nil
}

func groupSplit(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
	e, cond, err := groupSelf("split", args, kw)
	if err != nil {
		return nil, err
	}
	m, err := newMatcher(cond)
	if err != nil {
		return nil, err
	}
	match, rest, err := splitGroup(f, e, m, true)
	if err != nil {
		return nil, err
	}
	out := Tuple{None, None}
	if match != nil {
		out[0] = match
	}
	if rest != nil {
		out[1] = rest
	}
	return out, nil
}

// newGroup builds an exception group object.
func newGroup(cls *Class, msg string, excs []*Exception) *Exception {
	t := make(Tuple, len(excs))
	for i, e := range excs {
		t[i] = e
	}
	return &Exception{Class: cls, Args: Tuple{Str(msg), &List{Items: []Value(t)}}, Message: msg, Exceptions: excs}
}

// deriveGroup makes a group like g (same class, message, traceback) with
// other members.
func deriveGroup(g *Exception, excs []*Exception) *Exception {
	n := newGroup(g.Class, g.Message, excs)
	n.Traceback, n.Cause, n.Context, n.Notes = g.Traceback, g.Cause, g.Context, g.Notes
	return n
}

// egSplit partitions a group's leaves by match, keeping the nesting.
func egSplit(g *Exception, match func(*Exception) bool) (m, rest *Exception) {
	if match(g) {
		return g, nil
	}
	if g.Exceptions == nil {
		return nil, g
	}
	var ms, rs []*Exception
	for _, e := range g.Exceptions {
		a, b := egSplit(e, match)
		if a != nil {
			ms = append(ms, a)
		}
		if b != nil {
			rs = append(rs, b)
		}
	}
	if ms != nil {
		m = deriveGroup(g, ms)
	}
	if rs != nil {
		rest = deriveGroup(g, rs)
	}
	return m, rest
}

func leaves(e *Exception, out map[*Exception]bool) {
	if e.Exceptions == nil {
		out[e] = true
		return
	}
	for _, x := range e.Exceptions {
		leaves(x, out)
	}
}
