package prompt

// This file completes what is typed at the prompt on Tab, as CPython's
// rlcompleter does: keywords, names in __main__ and builtins, attributes
// after a dot (the chain before it is evaluated from names and attribute
// look-ups only, never calls), and module names after import / from.
// Tab with only blanks before the cursor indents by four spaces.

import (
	"os"
	"sort"
	"strings"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// keywords are Python 3.11's keyword.kwlist (soft keywords aside).
var keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally",
	"for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
	"not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
}

type completer struct{ s *stdlib.Session }

func newCompleter(s *stdlib.Session) *completer { return &completer{s: s} }

// complete is liner's WordCompleter: the text before the word, the
// candidates for the word, and the text after the cursor.
func (c *completer) complete(line string, pos int) (head string, completions []string, tail string) {
	before, tail := line[:pos], line[pos:]
	if strings.TrimSpace(before) == "" {
		return before, []string{"    "}, tail
	}
	start := len(before)
	for start > 0 && isWordByte(before[start-1]) {
		start--
	}
	head, word := before[:start], before[start:]
	c.s.VM.GIL.Lock()
	defer c.s.VM.GIL.Unlock()
	trimmed := strings.TrimLeft(head, " \t")
	switch {
	case trimmed == "import " || strings.HasPrefix(trimmed, "import ") && strings.HasSuffix(trimmed, ", ") || trimmed == "from ":
		return head, c.modules(word), tail
	case strings.HasPrefix(trimmed, "from ") && strings.HasSuffix(trimmed, " import "):
		mod := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(trimmed, "from "), " import "))
		return head, c.members(mod, word), tail
	}
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		return head, c.attributes(word[:i], word[i+1:]), tail
	}
	return head, c.names(word), tail
}

func isWordByte(b byte) bool {
	return b == '_' || b == '.' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// names completes a plain name: keywords, __main__'s names, builtins.
func (c *completer) names(prefix string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if strings.HasPrefix(n, prefix) && !seen[n] && (prefix != "" || !strings.HasPrefix(n, "_")) {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, k := range keywords {
		add(k)
	}
	for _, d := range []*interp.Dict{c.s.Main.Globals, c.s.VM.Builtins} {
		d.Items(func(k, v interp.Value) bool {
			if s, ok := k.(interp.Str); ok {
				add(string(s))
			}
			return true
		})
	}
	sort.Strings(out)
	return out
}

// attributes completes expr.prefix, where expr is a dotted chain of names.
func (c *completer) attributes(expr, prefix string) []string {
	parts := strings.Split(expr, ".")
	f := c.s.VM.NewThread()
	v, ok := c.s.Main.Globals.GetStr(parts[0])
	if !ok {
		if v, ok = c.s.VM.Builtins.GetStr(parts[0]); !ok {
			return nil
		}
	}
	for _, p := range parts[1:] {
		if p == "" {
			return nil
		}
		var err *interp.Exception
		if v, err = interp.GetAttr(f, v, p); err != nil {
			return nil
		}
	}
	dir, ok := c.s.VM.Builtins.GetStr("dir")
	if !ok {
		return nil
	}
	lst, err := f.Call(dir, []interp.Value{v}, nil)
	if err != nil {
		return nil
	}
	l, ok := lst.(*interp.List)
	if !ok {
		return nil
	}
	var out []string
	for _, it := range l.Items {
		n, ok := it.(interp.Str)
		if !ok || !strings.HasPrefix(string(n), prefix) {
			continue
		}
		// rlcompleter: no private names unless asked for with "_"
		if prefix == "" && strings.HasPrefix(string(n), "_") || prefix == "_" && strings.HasPrefix(string(n), "__") {
			continue
		}
		out = append(out, expr+"."+string(n))
	}
	sort.Strings(out)
	return out
}

// modules completes a module name after import or from.
func (c *completer) modules(prefix string) []string {
	seen := map[string]bool{}
	var out []string
	depth := strings.Count(prefix, ".")
	private := strings.HasPrefix(prefix[strings.LastIndex(prefix, ".")+1:], "_")
	add := func(n string) {
		// one dotted component at a time, as IPython completes; private
		// modules (_abc, _pylib) only when asked for
		if strings.Count(n, ".") > depth || (!private && strings.HasPrefix(n[strings.LastIndex(n, ".")+1:], "_")) {
			return
		}
		if strings.HasPrefix(n, prefix) && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for n := range c.s.VM.Loaders {
		add(n)
	}
	for n := range c.s.VM.Modules {
		add(n)
	}
	for _, dir := range c.s.VM.SearchPath {
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			if n, ok := strings.CutSuffix(e.Name(), ".as"); ok && !e.IsDir() {
				add(n)
			}
		}
	}
	sort.Strings(out)
	return out
}

// members completes `from mod import prefix` from an imported module.
func (c *completer) members(mod, prefix string) []string {
	m, ok := c.s.VM.Modules[mod]
	if !ok {
		return nil
	}
	var out []string
	m.Globals.Items(func(k, v interp.Value) bool {
		if s, ok := k.(interp.Str); ok && strings.HasPrefix(string(s), prefix) && !strings.HasPrefix(string(s), "__") {
			out = append(out, string(s))
		}
		return true
	})
	sort.Strings(out)
	return out
}
