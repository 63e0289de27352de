package interp

// This file defines generic aliases: list[int] in annotations, made by
// subscripting a class (classGetItem, called from getItem in iter.go).

// GenericAlias is the value of subscripting a generic class (list[int],
// dict[str, int], asyncio.Queue[int]); it prints as CPython's
// types.GenericAlias and calling it is the VM's business (rare).
type GenericAlias struct {
	Origin *Class
	Args   Tuple
}

// GenericAliasClass is the class of GenericAlias values.
var GenericAliasClass = newBuiltinClass("types.GenericAlias", ObjectClass)

func (*GenericAlias) Type() *Class { return GenericAliasClass }

// Repr renders list[int] as CPython does.
func (g *GenericAlias) Repr(f *Fiber) (string, *Exception) {
	s := g.Origin.Name
	if g.Origin.Module != "builtins" && g.Origin.Module != "" {
		s = g.Origin.Module + "." + g.Origin.QualName
	}
	s += "["
	for i, a := range g.Args {
		if i > 0 {
			s += ", "
		}
		switch t := a.(type) {
		case *Class:
			if t.Module == "builtins" || t.Module == "" {
				s += t.QualName
			} else {
				s += t.Module + "." + t.QualName
			}
		case *GenericAlias:
			r, err := t.Repr(f)
			if err != nil {
				return "", err
			}
			s += r
		case NoneType:
			s += "None"
		case EllipsisType:
			s += "..."
		default:
			r, err := Repr(f, a)
			if err != nil {
				return "", err
			}
			s += r
		}
	}
	return s + "]", nil
}

func classGetItem(f *Fiber, c *Class, k Value) (Value, *Exception) {
	if c.Meta != nil {
		// a metaclass __getitem__ (Enum's Color['RED']) comes first
		if m, ok := userMethod(c.Meta, "__getitem__"); ok {
			return f.Call(m, []Value{c, k}, nil)
		}
	}
	args, ok := k.(Tuple)
	if !ok {
		args = Tuple{k}
	}
	switch c {
	case ListClass, DictClass, TupleClass, SetClass, FrozenSetClass, TypeClass:
		return &GenericAlias{Origin: c, Args: args}, nil
	}
	if m, ok := c.Lookup("__class_getitem__"); ok {
		if b, ok := m.(*Builtin); ok && b.Self == nil {
			return f.Call(b, []Value{c, k}, nil)
		}
		if cm, ok := m.(*ClassMethod); ok {
			return f.Call(cm.Func, []Value{c, k}, nil)
		}
		return f.Call(m, []Value{c, k}, nil)
	}
	return nil, Errorf(TypeError, "type '%s' is not subscriptable", c.Name)
}
