package native

// This file defines tuple-like record classes (time.struct_time,
// sys.version_info, collections.namedtuple classes). Their instances are
// plain *interp.Instance values whose fields are instance attributes, so
// attribute access needs nothing special from the VM; the tuple behaviour
// (indexing, len, iteration, comparison, hashing, repr) comes from dunder
// methods installed on the class.

import (
	"strings"

	"github.com/asyncscript/asyncscript/interp"
)

// Record describes a tuple-like record class.
type Record struct {
	Class  *interp.Class
	Fields []string
	// ReprName, when set, is the name shown by repr (e.g.
	// "time.struct_time"); otherwise the instance's class name is used.
	ReprName string
}

// RecordOf finds the record description for v's class (or a base); a
// record class keeps its description (Class.Native), so nothing global
// refers to the classes programs make (namedtuple).
func RecordOf(v interp.Value) (*Record, bool) {
	inst, ok := v.(*interp.Instance)
	if !ok {
		return nil, false
	}
	for _, c := range inst.Class.MRO {
		if r, ok := c.Native.(*Record); ok {
			return r, true
		}
	}
	return nil, false
}

// Items returns the field values of a record instance as a tuple.
func (r *Record) Items(v interp.Value) interp.Tuple {
	inst := v.(*interp.Instance)
	out := make(interp.Tuple, len(r.Fields))
	for i, name := range r.Fields {
		x, ok := inst.OwnAttr(name)
		if !ok {
			x = interp.None
		}
		out[i] = x
	}
	return out
}

// Make builds an instance of cls (a record class or a subclass) from values.
func (r *Record) Make(cls *interp.Class, values []interp.Value) *interp.Instance {
	inst := interp.NewInstance(cls)
	for i, name := range r.Fields {
		inst.SetOwnAttr(name, values[i])
	}
	if cls.IsSubclass(interp.TupleClass) {
		// a namedtuple is a real tuple: p + p, tuple(p), p == (1, 2)
		inst.SetNative(append(interp.Tuple(nil), values...))
	}
	return inst
}

// NewRecord makes a record class. base is nil for object.
func NewRecord(name, module string, fields []string, reprName string) *Record {
	c := interp.NewClass(name, interp.ObjectClass, nil)
	c.Module = module
	r := &Record{Class: c, Fields: fields, ReprName: reprName}
	c.Native = r
	self := func(args []interp.Value, name string) (*Record, interp.Value, *interp.Exception) {
		if len(args) == 0 {
			return nil, nil, interp.Errorf(interp.TypeError, "descriptor '%s' needs an argument", name)
		}
		rec, ok := RecordOf(args[0])
		if !ok {
			return nil, nil, interp.Errorf(interp.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, c.Name, interp.TypeName(args[0]))
		}
		return rec, args[0], nil
	}
	cmp := func(name string, op interp.CmpOp) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, v, err := self(args, name)
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			other := args[1]
			if orec, ok := RecordOf(other); ok {
				other = orec.Items(other)
			} else if _, ok := other.(interp.Tuple); !ok {
				return interp.NotImplemented, nil
			}
			return interp.Compare(f, op, rec.Items(v), other)
		}
	}
	c.AddMethods(map[string]interp.NativeFunc{
		"__getitem__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, v, err := self(args, "__getitem__")
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			return interp.GetItem(f, rec.Items(v), args[1])
		},
		"__len__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, _, err := self(args, "__len__")
			if err != nil {
				return nil, err
			}
			return interp.Int(len(rec.Fields)), nil
		},
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, v, err := self(args, "__iter__")
			if err != nil {
				return nil, err
			}
			return interp.GetIter(f, rec.Items(v))
		},
		"__contains__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, v, err := self(args, "__contains__")
			if err != nil {
				return nil, err
			}
			ok, err := interp.Contains(f, rec.Items(v), args[1])
			return interp.Bool(ok), err
		},
		"__hash__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, v, err := self(args, "__hash__")
			if err != nil {
				return nil, err
			}
			h, err := interp.Hash(f, rec.Items(v))
			return interp.Int(h), err
		},
		"__eq__": cmp("__eq__", interp.CmpEq),
		"__ne__": cmp("__ne__", interp.CmpNe),
		"__lt__": cmp("__lt__", interp.CmpLt),
		"__le__": cmp("__le__", interp.CmpLe),
		"__gt__": cmp("__gt__", interp.CmpGt),
		"__ge__": cmp("__ge__", interp.CmpGe),
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, v, err := self(args, "__repr__")
			if err != nil {
				return nil, err
			}
			s, err := rec.Repr(f, v)
			return interp.Str(s), err
		},
		"__setattr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			rec, v, err := self(args, "__setattr__")
			if err != nil {
				return nil, err
			}
			if len(args) != 3 {
				return nil, interp.Errorf(interp.TypeError, "expected 2 arguments, got %d", len(args)-1)
			}
			name, _ := args[1].(interp.Str)
			for _, fl := range rec.Fields {
				if fl == string(name) {
					if rec.ReprName != "" {
						return nil, interp.Errorf(interp.AttributeError, "readonly attribute")
					}
					return nil, interp.Errorf(interp.AttributeError, "can't set attribute")
				}
			}
			if v.(*interp.Instance).Class == rec.Class {
				return nil, interp.Errorf(interp.AttributeError, "'%s' object has no attribute '%s'", interp.TypeName(v), string(name))
			}
			v.(*interp.Instance).SetOwnAttr(string(name), args[2])
			return interp.None, nil
		},
	})
	c.Dict["__init__"] = &interp.Builtin{Name: "__init__", Of: c, Fn: func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		return interp.None, nil
	}}
	fl := make(interp.Tuple, len(fields))
	for i, n := range fields {
		fl[i] = interp.Str(n)
	}
	c.Dict["_fields"] = fl
	return r
}

// Shared makes r's class immutable, for a record class kept in a package
// variable and so shared by every VM of the process (sys.version_info,
// time.struct_time, functools' CacheInfo). Departure: CPython lets a
// program set attributes on struct_time and CacheInfo; here that is a
// TypeError, as for version_info.
func (r *Record) Shared() *Record {
	r.Class.Immutable = true
	return r
}

// Repr renders name(field=value, ...).
func (r *Record) Repr(f *interp.Fiber, v interp.Value) (string, *interp.Exception) {
	name := r.ReprName
	if name == "" {
		name = v.Type().Name
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i, x := range r.Items(v) {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := interp.Repr(f, x)
		if err != nil {
			return "", err
		}
		b.WriteString(r.Fields[i])
		b.WriteByte('=')
		b.WriteString(s)
	}
	b.WriteByte(')')
	return b.String(), nil
}
