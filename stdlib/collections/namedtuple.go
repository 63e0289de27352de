package collections

// This file defines collections.namedtuple: a class factory whose classes
// are native.Record classes (instances keep their fields as attributes;
// indexing, unpacking, comparison with tuples and hashing go through the
// record's tuple of field values).

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}

func namedtuple(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var tn, fn, rename, defaults, module interp.Value
	if err := interp.UnpackArgsPy("namedtuple", args, kw, "typename", &tn, "field_names", &fn, "*", "rename?", &rename, "defaults?", &defaults, "module?", &module); err != nil {
		return nil, err
	}
	typename, ok := tn.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeError, "typename must be str, not %s", interp.TypeName(tn))
	}
	var fields []string
	if s, ok := fn.(interp.Str); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		items, err := interp.ToList(f, fn)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, err := interp.ToStr(f, it)
			if err != nil {
				return nil, err
			}
			fields = append(fields, s)
		}
	}
	doRename := false
	if rename != nil {
		var err *interp.Exception
		if doRename, err = interp.Truth(f, rename); err != nil {
			return nil, err
		}
	}
	if doRename {
		seen := map[string]bool{}
		for i, name := range fields {
			if !isIdentifier(name) || keywords[name] || strings.HasPrefix(name, "_") || seen[name] {
				fields[i] = "_" + strconv.Itoa(i)
			}
			seen[name] = true
		}
	}
	for _, name := range append([]string{string(typename)}, fields...) {
		if !isIdentifier(name) {
			return nil, interp.Errorf(interp.ValueError, "Type names and field names must be valid identifiers: %s", quote(name))
		}
		if keywords[name] {
			return nil, interp.Errorf(interp.ValueError, "Type names and field names cannot be a keyword: %s", quote(name))
		}
	}
	seen := map[string]bool{}
	for _, name := range fields {
		if strings.HasPrefix(name, "_") && !doRename {
			return nil, interp.Errorf(interp.ValueError, "Field names cannot start with an underscore: %s", quote(name))
		}
		if seen[name] {
			return nil, interp.Errorf(interp.ValueError, "Encountered duplicate field name: %s", quote(name))
		}
		seen[name] = true
	}
	var defs []interp.Value
	if defaults != nil && defaults != interp.None {
		var err *interp.Exception
		if defs, err = interp.ToList(f, defaults); err != nil {
			return nil, err
		}
		if len(defs) > len(fields) {
			return nil, interp.Errorf(interp.TypeError, "Got more default values than field names")
		}
	}
	rec := native.NewRecord(string(typename), "__main__", fields, "")
	cls := rec.Class
	// A namedtuple is a tuple subclass for isinstance/issubclass; its
	// record methods override every tuple method, so tuple's Go methods
	// never see a record instance.
	cls.Base = interp.TupleClass
	cls.MRO = append([]*interp.Class{cls}, interp.TupleClass.MRO...)
	if module != nil && module != interp.None {
		if s, ok := module.(interp.Str); ok {
			cls.Module = string(s)
		}
	}
	fieldDefaults := interp.NewDict()
	firstDefault := len(fields) - len(defs)
	for i, d := range defs {
		fieldDefaults.SetStr(fields[firstDefault+i], d)
	}
	cls.Dict["_field_defaults"] = fieldDefaults
	cls.Dict["__doc__"] = interp.Str(string(typename) + "(" + strings.Join(fields, ", ") + ")")
	fl := make(interp.Tuple, len(fields))
	for i, n := range fields {
		fl[i] = interp.Str(n)
	}
	cls.Dict["__match_args__"] = fl
	newName := string(typename) + ".__new__"
	build := func(c *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		names := append([]string{"_cls"}, fields...)
		vals := make([]interp.Value, len(names))
		if err := interp.UnpackArgsPy(newName, append([]interp.Value{c}, args...), kw, interp.ArgPairs(names, len(names)-len(defs), vals)...); err != nil {
			return nil, err
		}
		for i := firstDefault; i < len(fields); i++ {
			if vals[i+1] == nil {
				vals[i+1] = defs[i-firstDefault]
			}
		}
		return rec.Make(c, vals[1:]), nil
	}
	cls.New = func(f *interp.Fiber, c *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		return build(c, args, kw)
	}
	cls.Dict["_make"] = interp.NewBuiltin("_make", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if len(args) == 2 {
			if c, ok := args[0].(*interp.Class); ok {
				args = args[1:]
				_ = c
			}
		}
		if err := interp.ExactArgs("_make", args, kw, 1); err != nil {
			return nil, err
		}
		items, err := interp.ToList(f, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) != len(fields) {
			return nil, interp.Errorf(interp.TypeError, "Expected %d arguments, got %d", len(fields), len(items))
		}
		return rec.Make(cls, items), nil
	})
	cls.AddMethods(map[string]interp.NativeFunc{
		"_asdict": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs(string(typename)+"._asdict", args[1:], kw, 0); err != nil {
				return nil, err
			}
			r, ok := native.RecordOf(args[0])
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "_asdict() requires a %s", typename)
			}
			d := interp.NewDict()
			for i, v := range r.Items(args[0]) {
				d.SetStr(r.Fields[i], v)
			}
			return d, nil
		},
		"_replace": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) != 1 {
				return nil, interp.Errorf(interp.TypeError, "%s._replace() takes 1 positional argument but %d were given", typename, len(args))
			}
			r, ok := native.RecordOf(args[0])
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "_replace() requires a %s", typename)
			}
			vals := r.Items(args[0])
			var unknown []string
			for _, p := range kw {
				found := false
				for i, n := range r.Fields {
					if n == p.Name {
						vals[i] = p.Value
						found = true
					}
				}
				if !found {
					unknown = append(unknown, "'"+p.Name+"'")
				}
			}
			if len(unknown) > 0 {
				return nil, interp.Errorf(interp.ValueError, "Got unexpected field names: [%s]", strings.Join(unknown, ", "))
			}
			return r.Make(args[0].(*interp.Instance).Class, vals), nil
		},
		"count": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs("count", args[1:], kw, 1); err != nil {
				return nil, err
			}
			r, _ := native.RecordOf(args[0])
			n := 0
			for _, v := range r.Items(args[0]) {
				eq, err := interp.Equal(f, v, args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return interp.Int(n), nil
		},
		"index": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ArgsBetween("index", args[1:], kw, 1, 3); err != nil {
				return nil, err
			}
			r, _ := native.RecordOf(args[0])
			for i, v := range r.Items(args[0]) {
				eq, err := interp.Equal(f, v, args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					return interp.Int(i), nil
				}
			}
			return nil, interp.Errorf(interp.ValueError, "tuple.index(x): x not in tuple")
		},
	})
	return cls, nil
}

func quote(s string) string {
	r, err := interp.Repr(nil, interp.Str(s))
	if err != nil || r == "" {
		return "'" + s + "'"
	}
	return r
}
