package re

// This file defines re.RegexFlag: the flag constants, printing as
// CPython's enum does (re.IGNORECASE, re.I|re.M -> re.IGNORECASE|
// re.MULTILINE), combining with | & ^ ~ and comparing and hashing as ints.
//
// Departure: a RegexFlag is not an int instance here (the interpreter has
// no Go-level int subclasses), so isinstance(re.I, int) is False.

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
	"github.com/asyncscript/asyncscript/stdlib/re/sre"
)

// Flag is a re.RegexFlag value.
type Flag int

// FlagClass is re.RegexFlag. Shared by every VM, it is immutable
// (departure: CPython's enum class takes new attributes).
var FlagClass = native.NewType("RegexFlag", "re", nil, nil)

func (Flag) Type() *interp.Class { return FlagClass }

// flagNames lists the members in definition order (the order of a
// combined flag's repr).
var flagNames = []struct {
	name, short string
	value       int
}{
	{"ASCII", "A", sre.FlagASCII},
	{"IGNORECASE", "I", sre.FlagIgnoreCase},
	{"LOCALE", "L", sre.FlagLocale},
	{"UNICODE", "U", sre.FlagUnicode},
	{"MULTILINE", "M", sre.FlagMultiline},
	{"DOTALL", "S", sre.FlagDotAll},
	{"VERBOSE", "X", sre.FlagVerbose},
	{"TEMPLATE", "T", sre.FlagTemplate},
	{"DEBUG", "", sre.FlagDebug},
}

// String is the repr: re.NAME|re.NAME|0xEXTRA.
func (fl Flag) String() string {
	if name, ok := fl.name("re."); ok {
		return name
	}
	return fmt.Sprintf("re.RegexFlag(%d)", int(fl))
}

// name is the flag's .name with each member prefixed; ok is false for a
// value with no member bit (CPython's .name is then None).
func (fl Flag) name(prefix string) (string, bool) {
	v := int(fl)
	if v == 0 {
		return prefix + "NOFLAG", true
	}
	if v < 0 {
		return "", false
	}
	var parts []string
	rest := v
	for _, m := range fl.members() {
		parts = append(parts, prefix+m.name)
		rest &^= m.value
	}
	if len(parts) == 0 {
		return "", false
	}
	if rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", rest))
	}
	return strings.Join(parts, "|"), true
}

type flagMember struct {
	name  string
	value int
}

// members lists the named flags set in fl, in definition order.
func (fl Flag) members() []flagMember {
	var out []flagMember
	for _, n := range flagNames {
		if int(fl)&n.value != 0 {
			out = append(out, flagMember{n.name, n.value})
		}
	}
	return out
}

// flagValue reads a flags argument: an int, a bool or a RegexFlag.
func flagValue(v interp.Value) (int, *interp.Exception) {
	switch x := v.(type) {
	case Flag:
		return int(x), nil
	case interp.Int, interp.Bool, *interp.BigInt:
		n, err := native.Index(nil, v)
		if err != nil {
			return 0, interp.Errorf(interp.OverflowError, "Python int too large to convert to C int")
		}
		if n > 1<<31-1 || n < -1<<31 {
			return 0, interp.Errorf(interp.OverflowError, "Python int too large to convert to C int")
		}
		return int(n), nil
	}
	return 0, interp.Errorf(interp.TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", interp.TypeName(v))
}

// intOf reads an int operand of a flag operation.
func intOf(v interp.Value) (int64, bool) {
	switch x := v.(type) {
	case Flag:
		return int64(x), true
	case interp.Int:
		return int64(x), true
	case interp.Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func flagBinary(op func(a, b int64) int64, keepFlag bool) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if len(args) != 2 {
			return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		a, ok1 := intOf(args[0])
		b, ok2 := intOf(args[1])
		if !ok1 || !ok2 {
			return interp.NotImplemented, nil
		}
		r := op(a, b)
		if keepFlag {
			return Flag(r), nil
		}
		return interp.Int(r), nil
	}
}

func flagCompare(op func(a, b int64) bool) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if len(args) != 2 {
			return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		a, ok1 := intOf(args[0])
		b, ok2 := intOf(args[1])
		if !ok1 || !ok2 {
			return interp.NotImplemented, nil
		}
		return interp.Bool(op(a, b)), nil
	}
}

func flagUnary(fn func(fl Flag) (interp.Value, *interp.Exception)) interp.NativeFunc {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		fl, ok := args[0].(Flag)
		if !ok || len(args) != 1 {
			return nil, interp.Errorf(interp.TypeError, "descriptor requires a 'RegexFlag' object")
		}
		return fn(fl)
	}
}

func initFlagClass() {
	for _, n := range flagNames {
		FlagClass.Dict[n.name] = Flag(n.value)
		if n.short != "" {
			FlagClass.Dict[n.short] = Flag(n.value)
		}
	}
	FlagClass.Dict["NOFLAG"] = Flag(0)
	FlagClass.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		var v interp.Value
		if err := interp.UnpackArgsPy("RegexFlag", args, kw, "value", &v); err != nil {
			return nil, err
		}
		n, err := flagValue(v)
		if err != nil {
			return nil, interp.Errorf(interp.ValueError, "%s is not a valid RegexFlag", interp.TypeName(v))
		}
		return Flag(n), nil
	}
	native.SetGetattr(FlagClass, func(f *interp.Fiber, self interp.Value, name string) (interp.Value, bool, *interp.Exception) {
		fl, ok := self.(Flag)
		if !ok {
			return nil, false, nil
		}
		switch name {
		case "value":
			return interp.Int(fl), true, nil
		case "name":
			if s, ok := fl.name(""); ok {
				return interp.Str(s), true, nil
			}
			return interp.None, true, nil
		}
		return nil, false, nil
	})
	or := func(a, b int64) int64 { return a | b }
	and := func(a, b int64) int64 { return a & b }
	xor := func(a, b int64) int64 { return a ^ b }
	repr := flagUnary(func(fl Flag) (interp.Value, *interp.Exception) { return interp.Str(fl.String()), nil })
	asInt := flagUnary(func(fl Flag) (interp.Value, *interp.Exception) { return interp.Int(fl), nil })
	FlagClass.AddMethods(map[string]interp.NativeFunc{
		"__or__": flagBinary(or, true), "__ror__": flagBinary(or, true),
		"__and__": flagBinary(and, true), "__rand__": flagBinary(and, true),
		"__xor__": flagBinary(xor, true), "__rxor__": flagBinary(xor, true),
		"__add__":  flagBinary(func(a, b int64) int64 { return a + b }, false),
		"__radd__": flagBinary(func(a, b int64) int64 { return a + b }, false),
		"__sub__":  flagBinary(func(a, b int64) int64 { return a - b }, false),
		"__rsub__": flagBinary(func(a, b int64) int64 { return b - a }, false),
		"__eq__":   flagCompare(func(a, b int64) bool { return a == b }),
		"__ne__":   flagCompare(func(a, b int64) bool { return a != b }),
		"__lt__":   flagCompare(func(a, b int64) bool { return a < b }),
		"__le__":   flagCompare(func(a, b int64) bool { return a <= b }),
		"__gt__":   flagCompare(func(a, b int64) bool { return a > b }),
		"__ge__":   flagCompare(func(a, b int64) bool { return a >= b }),
		"__invert__": flagUnary(func(fl Flag) (interp.Value, *interp.Exception) {
			// the complement within the defined members, as enum.Flag does
			all := 0
			for _, n := range flagNames {
				all |= n.value
			}
			return Flag(all &^ int(fl)), nil
		}),
		"__contains__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			fl, ok1 := args[0].(Flag)
			other, ok2 := args[1].(Flag)
			if !ok1 || !ok2 {
				return nil, interp.Errorf(interp.TypeError, "unsupported operand type(s) for 'in': '%s' and 'RegexFlag'", interp.TypeName(args[1]))
			}
			return interp.Bool(fl&other == other), nil
		},
		"__iter__": flagUnary(func(fl Flag) (interp.Value, *interp.Exception) {
			var items []interp.Value
			for _, m := range fl.members() {
				items = append(items, Flag(m.value))
			}
			return interp.GetIter(nil, interp.Tuple(items))
		}),
		"__bool__":  flagUnary(func(fl Flag) (interp.Value, *interp.Exception) { return interp.Bool(fl != 0), nil }),
		"__hash__":  asInt,
		"__int__":   asInt,
		"__index__": asInt,
		"__repr__":  repr,
		"__str__":   repr,
		"__format__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeError, "__format__ expects 1 argument")
			}
			fl, ok := args[0].(Flag)
			spec, ok2 := args[1].(interp.Str)
			if !ok || !ok2 {
				return nil, interp.Errorf(interp.TypeError, "__format__ expects a str")
			}
			if spec == "" {
				return interp.Str(fl.String()), nil
			}
			s, err := interp.Format(f, interp.Int(fl), string(spec))
			return interp.Str(s), err
		},
	})
}
