package prompt

// This file gives the prompt the names a user looks around with: help()
// (a function's signature and docstring, a class's methods, a module's
// members, in pydoc's layout) and, only where the interpreter does not
// have them yet, minimal globals() and locals() builtins that answer at
// the prompt's top level (dir() and vars() without arguments use locals).
// Another part of the project adds the full builtins to interp; once they
// are there, the fallbacks here are not installed.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// installNamespace adds help, and globals/locals where missing, to the
// session's builtins, and sets sys.ps1 and sys.ps2 as
// code.InteractiveConsole.interact does.
func installNamespace(s *stdlib.Session) {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	if sys, err := s.VM.ImportModule(s.VM.NewThread(), "sys"); err == nil {
		for name, v := range map[string]string{"ps1": ">>> ", "ps2": "... "} {
			if _, ok := sys.Globals.GetStr(name); !ok {
				sys.Globals.SetStr(name, interp.Str(v))
			}
		}
	}
	b := s.VM.Builtins
	main := s.Main.Globals
	topLevel := func(name string) interp.NativeFunc {
		return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			if err := interp.ExactArgs(name, args, kw, 0); err != nil {
				return nil, err
			}
			// only the prompt's module level: a function's locals are not
			// reachable from here
			if fr := f.TopFrame(); fr != nil && fr.Code() != nil && fr.Code().Flags&compile.FlagModule == 0 && name == "locals" {
				return nil, interp.Errorf(interp.RuntimeError, "locals() is not available here")
			}
			return main, nil
		}
	}
	for _, name := range []string{"globals", "locals"} {
		if _, ok := b.GetStr(name); !ok {
			b.SetStr(name, interp.NewBuiltin(name, topLevel(name)))
		}
	}
	if _, ok := b.GetStr("help"); !ok {
		// site's _Helper: help(obj) prints, repr(help) explains
		helper := interp.NewClass("_Helper", nil, nil)
		helper.Module = "_sitebuiltins"
		helper.AddMethods(map[string]interp.NativeFunc{
			"__call__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
				var self, obj interp.Value
				if err := interp.UnpackArgsPy("_Helper.__call__", args, kw, "self", &self, "request?", &obj); err != nil {
					return nil, err
				}
				text, err := helpText(f, obj)
				if err != nil {
					return nil, err
				}
				if _, werr := f.VM.Stdout.Write([]byte(text)); werr != nil {
					return nil, interp.OSErrorFromGo(werr, "")
				}
				return interp.None, nil
			},
			"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
				return interp.Str("Type help() for interactive help, or help(object) for help about object."), nil
			},
		})
		b.SetStr("help", interp.NewInstance(helper))
	}
}

// helpText is what help(obj) prints: pydoc.render_doc's plain text.
func helpText(f *interp.Fiber, obj interp.Value) (string, *interp.Exception) {
	if obj == nil {
		return "Welcome to asyncscript's help.\n\n" +
			"help(object) shows an object's signature and documentation;\n" +
			"dir(object) lists its attributes, dir() the names defined here.\n" +
			"await works at the prompt; asyncio is imported.\n", nil
	}
	if s, ok := obj.(interp.Str); ok {
		if m, ok := f.VM.Modules[string(s)]; ok {
			obj = m
		} else {
			return "No Python documentation found for " + quoteRepr(f, obj) + ".\n" +
				"Use help() to get the interactive help utility.\n" +
				"Use help(str) for help on the str class.\n\n", nil
		}
	}
	var b strings.Builder
	switch o := obj.(type) {
	case *interp.Function:
		fmt.Fprintf(&b, "Help on function %s in module %s:\n\n", o.Name, moduleName(f, o.Module))
		writeFunction(&b, f, o, "")
	case *interp.BoundMethod:
		if fn, ok := o.Func.(*interp.Function); ok {
			fmt.Fprintf(&b, "Help on method %s in module %s:\n\n", fn.Name, moduleName(f, fn.Module))
			writeFunction(&b, f, fn, "")
			break
		}
		return helpText(f, o.Func)
	case *interp.Module:
		fmt.Fprintf(&b, "Help on module %s:\n\nNAME\n    %s\n\n", o.Name, o.Name)
		if doc := docOf(f, o); doc != "" {
			fmt.Fprintf(&b, "DESCRIPTION\n%s\n", indent(doc, "    "))
		}
		names := publicNames(o.Globals)
		if len(names) > 0 {
			b.WriteString("CONTENTS\n")
			for _, n := range names {
				fmt.Fprintf(&b, "    %s\n", n)
			}
			b.WriteString("\n")
		}
	case *interp.Class:
		fmt.Fprintf(&b, "Help on class %s in module %s:\n\nclass %s", o.Name, o.Module, o.Name)
		if o.Base != nil {
			fmt.Fprintf(&b, "(%s.%s)", o.Base.Module, o.Base.Name)
		}
		b.WriteString("\n")
		if doc := docOf(f, o); doc != "" {
			b.WriteString(indent(doc, " |  "))
			b.WriteString(" |  \n")
		}
		var methods []string
		for name, v := range o.Dict {
			if _, isFn := v.(*interp.Function); isFn && (!strings.HasPrefix(name, "_") || name == "__init__") {
				methods = append(methods, name)
			}
		}
		sort.Strings(methods)
		if len(methods) > 0 {
			b.WriteString(" |  Methods defined here:\n |  \n")
			for _, m := range methods {
				writeFunction(&b, f, o.Dict[m].(*interp.Function), " |  ")
			}
		}
	default:
		name := interp.TypeName(obj)
		if bi, ok := obj.(*interp.Builtin); ok {
			fmt.Fprintf(&b, "Help on built-in function %s:\n\n%s(...)\n", bi.Name, bi.Name)
			if doc := docOf(f, obj); doc != "" {
				b.WriteString(indent(doc, "    "))
			}
			b.WriteString("\n")
			break
		}
		fmt.Fprintf(&b, "Help on %s object:\n\n", name)
		if doc := docOf(f, obj.Type()); doc != "" {
			b.WriteString(indent(doc, "    "))
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}

// writeFunction writes "name(signature)" and the indented docstring.
func writeFunction(b *strings.Builder, f *interp.Fiber, fn *interp.Function, prefix string) {
	kind := ""
	if fn.Code != nil && fn.Code.Flags&compile.FlagCoroutine != 0 {
		kind = "async "
	}
	fmt.Fprintf(b, "%s%s%s%s\n", prefix, kind, fn.Name, signature(f, fn))
	if doc := docOf(f, fn); doc != "" {
		b.WriteString(indent(doc, prefix+"    "))
	}
	b.WriteString(prefix + "\n")
}

// signature is str(inspect.signature(fn)).
func signature(f *interp.Fiber, fn *interp.Function) string {
	c := fn.Code
	if c == nil {
		return "(...)"
	}
	var parts []string
	nd := len(fn.Defaults)
	for i := 0; i < c.ArgCount && i < len(c.Locals); i++ {
		p := c.Locals[i]
		if j := i - (c.ArgCount - nd); j >= 0 && j < nd {
			p += "=" + quoteRepr(f, fn.Defaults[j])
		}
		parts = append(parts, p)
	}
	// Locals: positional, *args, keyword-only, **kwargs (compile.Code)
	n := c.ArgCount
	kwStart := n
	if c.Flags&compile.FlagVarargs != 0 && n < len(c.Locals) {
		parts = append(parts, "*"+c.Locals[n])
		kwStart++
	} else if c.KwOnlyArgCount > 0 {
		parts = append(parts, "*")
	}
	for i := kwStart; i < kwStart+c.KwOnlyArgCount && i < len(c.Locals); i++ {
		p := c.Locals[i]
		if fn.KwDefaults != nil {
			if v, ok := fn.KwDefaults.GetStr(p); ok {
				p += "=" + quoteRepr(f, v)
			}
		}
		parts = append(parts, p)
	}
	if i := kwStart + c.KwOnlyArgCount; c.Flags&compile.FlagVarKeywords != 0 && i < len(c.Locals) {
		parts = append(parts, "**"+c.Locals[i])
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func quoteRepr(f *interp.Fiber, v interp.Value) string {
	r, err := interp.Repr(f, v)
	if err != nil {
		return "?"
	}
	return r
}

// docOf is inspect.getdoc(obj): the docstring, cleaned of its indentation.
func docOf(f *interp.Fiber, obj interp.Value) string {
	var doc interp.Value
	switch o := obj.(type) {
	case *interp.Function:
		doc = o.Doc
	default:
		v, err := interp.GetAttr(f, obj, "__doc__")
		if err != nil {
			return ""
		}
		doc = v
	}
	s, ok := doc.(interp.Str)
	if !ok {
		return ""
	}
	return cleandoc(string(s))
}

// cleandoc is inspect.cleandoc.
func cleandoc(doc string) string {
	lines := strings.Split(strings.ReplaceAll(doc, "\t", "        "), "\n")
	margin := -1
	for _, l := range lines[1:] {
		t := strings.TrimLeft(l, " ")
		if t == "" {
			continue
		}
		if m := len(l) - len(t); margin < 0 || m < margin {
			margin = m
		}
	}
	lines[0] = strings.TrimLeft(lines[0], " ")
	if margin > 0 {
		for i := 1; i < len(lines); i++ {
			if len(lines[i]) >= margin {
				lines[i] = lines[i][margin:]
			} else {
				lines[i] = strings.TrimLeft(lines[i], " ")
			}
		}
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}

func indent(text, prefix string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		b.WriteString(prefix + l + "\n")
	}
	return b.String()
}

func moduleName(f *interp.Fiber, m interp.Value) string {
	if s, ok := m.(interp.Str); ok {
		return string(s)
	}
	return "__main__"
}

func publicNames(d *interp.Dict) []string {
	var names []string
	d.Items(func(k, v interp.Value) bool {
		if s, ok := k.(interp.Str); ok && !strings.HasPrefix(string(s), "_") {
			names = append(names, string(s))
		}
		return true
	})
	sort.Strings(names)
	return names
}

// promptString is str(sys.ps1) or str(sys.ps2), as the console shows it;
// def when sys has none or its str() fails.
func promptString(s *stdlib.Session, name, def string) string {
	s.VM.GIL.Lock()
	defer s.VM.GIL.Unlock()
	sys, ok := s.VM.Modules["sys"]
	if !ok {
		return def
	}
	v, ok := sys.Globals.GetStr(name)
	if !ok {
		return def
	}
	str, err := interp.ToStr(s.VM.NewThread(), v)
	if err != nil {
		return def
	}
	// liner refuses prompts with control characters (colour sequences)
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.C, r) {
			return -1
		}
		return r
	}, str)
}
