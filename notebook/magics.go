package notebook

// This file handles IPython syntax in cells (IPython's input transformers,
// simplified): a cell magic on the first line (%%time, %%timeit, %%bash,
// %%writefile, others noted and skipped), line magics and shell escapes on
// lines of their own at the cell's top level (%time, %timeit, !cmd,
// others noted and skipped), and help requests (obj?, which nbclient
// records no output for: the kernel pages it). The formats are IPython
// 8.5's (core/magics/execution.py: _format_time, TimeitResult).

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib"
)

// segment is a part of a cell: Python code (padded with newlines so that
// its line numbers are the cell's) or one magic.
type segment struct {
	code  string
	magic *magic
	// skipped lists the magics inside blocks that were left out (the
	// first segment carries them).
	skipped []string
}

// magic is one IPython magic or shell escape.
type magic struct {
	cell bool   // %%name: the rest of the cell is its body
	name string // "time", "timeit", "!" for a shell escape, "?" for help
	arg  string // the rest of the magic's line
	body string // a cell magic's body, padded to the cell's line numbers
	line int    // the magic's line in the cell (1-based)
}

// splitMagics cuts a cell into code and magic segments.
func splitMagics(src string) []segment {
	lines := strings.Split(src, "\n")
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first < len(lines) && strings.HasPrefix(lines[first], "%%") {
		name, arg, _ := strings.Cut(strings.TrimSpace(lines[first][2:]), " ")
		body := strings.Repeat("\n", first+1) + strings.Join(lines[first+1:], "\n")
		return []segment{{magic: &magic{cell: true, name: name, arg: strings.TrimSpace(arg), body: body, line: first + 1}}}
	}
	var segs []segment
	start := 0 // first line of the current code segment
	flush := func(end int) {
		code := strings.Join(lines[start:end], "\n")
		if strings.TrimSpace(code) != "" {
			segs = append(segs, segment{code: strings.Repeat("\n", start) + code})
		}
	}
	var skipped []string
	var sc scanner // brackets, strings and continuations: lines inside them are not magics
	for i, l := range lines {
		if m := lineMagic(l, i+1); m != nil && sc.atStatementStart() {
			if m.name == "pass" { // an indented magic: keep the block valid
				skipped = append(skipped, fmt.Sprintf("asyncscript: line %d: %s is IPython syntax inside a block, not supported; it runs as pass", i+1, strings.TrimSpace(l)))
				lines[i] = l[:len(l)-len(strings.TrimLeft(l, " \t"))] + "pass"
			} else {
				flush(i)
				segs = append(segs, segment{magic: m})
				start = i + 1
				continue
			}
		}
		sc.line(l)
	}
	flush(len(lines))
	if len(segs) > 0 {
		segs[0].skipped = skipped
	}
	return segs
}

// lineMagic recognizes a line that is IPython syntax rather than Python.
func lineMagic(l string, n int) *magic {
	t := strings.TrimSpace(l)
	if t == "" {
		return nil
	}
	indented := l[0] == ' ' || l[0] == '\t'
	switch {
	case t[0] == '%' || t[0] == '!':
		if indented {
			return &magic{name: "pass", line: n}
		}
		if t[0] == '!' {
			return &magic{name: "!", arg: strings.TrimSpace(t[1:]), line: n}
		}
		name, arg, _ := strings.Cut(t[1:], " ")
		return &magic{name: name, arg: strings.TrimSpace(arg), line: n}
	case !indented && !strings.HasPrefix(t, "#") && (strings.HasSuffix(t, "?") || strings.HasPrefix(t, "?")) && !strings.ContainsAny(t, "'\"#"):
		return &magic{name: "?", arg: strings.Trim(t, "? "), line: n}
	}
	return nil
}

// scanner follows the lines of a cell well enough to tell whether a line
// starts a statement: not inside brackets, a triple-quoted string, or
// after a backslash continuation.
type scanner struct {
	depth     int
	triple    string // the open triple quote, "" if none
	continued bool
}

func (s *scanner) atStatementStart() bool {
	return s.depth == 0 && s.triple == "" && !s.continued
}

// line moves the scanner past one line.
func (s *scanner) line(l string) {
	s.continued = false
	for i := 0; i < len(l); i++ {
		c := l[i]
		if s.triple != "" {
			if c == '\\' {
				i++
			} else if strings.HasPrefix(l[i:], s.triple) {
				i += 2
				s.triple = ""
			}
			continue
		}
		switch {
		case c == '\'' || c == '"':
			if q := l[i:min(i+3, len(l))]; q == "'''" || q == `"""` {
				s.triple = q
				i += 2
				continue
			}
			// a one-line string: skip to its end
			for i++; i < len(l) && l[i] != c; i++ {
				if l[i] == '\\' {
					i++
				}
			}
		case c == '#':
			return
		case c == '(' || c == '[' || c == '{':
			s.depth++
		case c == ')' || c == ']' || c == '}':
			if s.depth > 0 {
				s.depth--
			}
		case c == '\\' && i == len(l)-1:
			s.continued = true
		}
	}
}

// runMagic runs one magic segment; last: it ends the cell (its value is
// echoed). It reports whether the cell stopped.
func (k *Kernel) runMagic(name string, seg segment, last bool, res *Result) bool {
	m := seg.magic
	pad := strings.Repeat("\n", m.line-1)
	switch {
	case m.name == "time" && !m.cell:
		return k.timed(name, pad+m.arg, last, res)
	case m.name == "time" && m.cell:
		return k.timed(name, m.body, true, res)
	case m.name == "timeit":
		stmt, src := m.arg, ""
		if m.cell {
			src = m.body
		}
		return k.timeit(name, stmt, src, res)
	case m.name == "!" || (m.cell && (m.name == "bash" || m.name == "sh")):
		cmd := k.varExpand(name, m.arg)
		if m.cell {
			cmd = m.body
		}
		k.shell(cmd, m.cell)
	case m.cell && m.name == "writefile":
		k.writefile(m.arg, strings.TrimLeft(m.body, "\n"))
	case m.cell && m.name == "capture":
		// the body's output is captured, not shown (errors still are)
		k.flush()
		before := len(k.outs)
		stop := k.runCode(name, m.body, false, res)
		k.flush()
		if !stop && len(k.outs) >= before {
			k.outs = k.outs[:before]
		}
		return stop
	case m.name == "pwd" && !m.cell:
		wd, _ := os.Getwd()
		k.echo(interp.Str(wd))
	case m.name == "?":
		// nbclient records nothing for help (the kernel pages it): it goes
		// to the terminal only
		k.help(name, m.arg)
	default:
		sigil := "%"
		if m.cell {
			sigil = "%%"
		}
		k.note(fmt.Sprintf("asyncscript: the IPython magic %s%s is not supported; skipped", sigil, m.name))
		if m.cell {
			return false
		}
	}
	return false
}

// timed is %time: the statement runs as a cell part, then IPython's
// "CPU times" and "Wall time" lines, then its value is echoed.
func (k *Kernel) timed(name, code string, echo bool, res *Result) bool {
	wall0, cpu0 := k.wallNow(), cpuTimes()
	k.afterRun = func() {
		wall, cpu := k.wallNow()-wall0, cpuTimes()
		user, sys := cpu[0]-cpu0[0], cpu[1]-cpu0[1]
		fmt.Fprintf(k.pending[0], "CPU times: user %s, sys: %s, total: %s\nWall time: %s\n",
			formatTime(user, 3), formatTime(sys, 3), formatTime(user+sys, 3), formatTime(wall, 3))
	}
	defer func() { k.afterRun = nil }()
	return k.runCode(name, code, echo, res)
}

// wallNow is the session's clock in seconds (virtual time under
// --clock=virtual).
func (k *Kernel) wallNow() float64 {
	if c := k.S.VM.Clock; c != nil {
		return c.Now().Seconds()
	}
	return float64(time.Now().UnixNano()) / 1e9
}

// formatTime is IPython's _format_time: seconds in s, ms, µs or ns with
// precision significant digits.
func formatTime(t float64, precision int) string {
	if t >= 60 {
		parts := []struct {
			suffix string
			length float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}}
		var out []string
		left := t
		for _, p := range parts {
			v := math.Floor(left / p.length)
			if v > 0 {
				left = math.Mod(left, p.length)
				out = append(out, fmt.Sprintf("%d%s", int(v), p.suffix))
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(out, " ")
	}
	units := []string{"s", "ms", "\u00b5s", "ns"}
	scaling := []float64{1, 1e3, 1e6, 1e9}
	order := 3
	if t > 0 {
		// -int(math.floor(math.log10(t)) // 3), at most 3
		order = -int(math.Floor(math.Floor(math.Log10(t)) / 3))
		if order > 3 {
			order = 3
		}
	}
	return pyG(t*scaling[order], precision) + " " + units[order]
}

// pyG is Python's "%.*g".
func pyG(v float64, prec int) string {
	return strconv.FormatFloat(v, 'g', prec, 64)
}

// timeit is %timeit / %%timeit: the statement runs in a loop of 10**k
// iterations, k growing until the loop takes 0.2 s, then 7 times more;
// IPython's TimeitResult line follows.
func (k *Kernel) timeit(name, stmt, body string, res *Result) bool {
	number, repeat := 0, 7
	args := strings.Fields(stmt)
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		opt := args[0]
		args = args[1:]
		val := ""
		if len(opt) > 2 {
			val = opt[2:]
		} else if len(args) > 0 {
			val, args = args[0], args[1:]
		}
		n, _ := strconv.Atoi(val)
		switch opt[:2] {
		case "-n":
			number = n
		case "-r":
			repeat = n
		}
	}
	stmt = strings.Join(args, " ")
	code := stmt
	if body != "" {
		code = strings.TrimLeft(body, "\n")
	}
	hasAwait := strings.Contains(code, "await ")
	def, call := "def", ""
	if hasAwait {
		def, call = "async def", "await "
	}
	var b strings.Builder
	fmt.Fprintf(&b, "import time as __nb_time\n%s __nb_ti(__nb_n):\n    __nb_t0 = __nb_time.perf_counter()\n    for __nb_i in range(__nb_n):\n", def)
	for _, l := range strings.Split(code, "\n") {
		b.WriteString("        " + l + "\n")
	}
	b.WriteString("        pass\n    return __nb_time.perf_counter() - __nb_t0\n")
	fmt.Fprintf(&b, "__nb_number = %d\nif __nb_number == 0:\n    for __nb_k in range(10):\n        __nb_number = 10 ** __nb_k\n        if %s__nb_ti(__nb_number) >= 0.2:\n            break\n", number, call)
	fmt.Fprintf(&b, "__nb_runs = []\nfor __nb_r in range(%d):\n    __nb_runs.append(%s__nb_ti(__nb_number))\n", repeat, call)
	if k.runCode(name, b.String(), false, res) {
		return true
	}
	g := k.S.Main.Globals
	nv, _ := g.GetStr("__nb_number")
	rv, _ := g.GetStr("__nb_runs")
	for _, n := range []string{"__nb_time", "__nb_ti", "__nb_number", "__nb_runs", "__nb_k", "__nb_r"} {
		g.DelStr(n)
	}
	loops, _ := interp.AsFloat(nv)
	list, _ := rv.(*interp.List)
	if list == nil || len(list.Items) == 0 || loops == 0 {
		return false
	}
	var runs []float64
	for _, it := range list.Items {
		x, _ := interp.AsFloat(it)
		runs = append(runs, x/loops)
	}
	best, worst, sum := runs[0], runs[0], 0.0
	for _, x := range runs {
		best, worst, sum = math.Min(best, x), math.Max(worst, x), sum+x
	}
	mean := sum / float64(len(runs))
	varsum := 0.0
	for _, x := range runs {
		varsum += (x - mean) * (x - mean)
	}
	std := math.Sqrt(varsum / float64(len(runs)))
	if worst > 4*best && best > 0 && worst > 1e-6 {
		fmt.Fprintf(k.pending[0], "The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate result is being cached.\n", worst/best)
	}
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	fmt.Fprintf(k.pending[0], "%s \u00b1 %s per loop (mean \u00b1 std. dev. of %d run%s, %s loop%s each)\n",
		formatTime(mean, 3), formatTime(std, 3), repeat, plural(repeat), thousands(int(loops)), plural(int(loops)))
	return false
}

// thousands is Python's "{:,}".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// shell runs a command through the shell (!cmd, %%bash). IPython runs
// !cmd on a pseudo-terminal, so its output is one stream whose lines end
// in "\r\n"; %%bash keeps stdout and stderr apart.
func (k *Kernel) shell(cmd string, bash bool) {
	k.flush()
	if !bash {
		out, _ := exec.Command("/bin/sh", "-c", cmd).CombinedOutput()
		k.pending[0].WriteString(strings.ReplaceAll(string(out), "\n", "\r\n"))
		return
	}
	c := exec.Command("bash", "-c", cmd)
	var stdout, stderr strings.Builder
	c.Stdout, c.Stderr = &stdout, &stderr
	c.Run()
	k.pending[0].WriteString(stdout.String())
	k.pending[1].WriteString(stderr.String())
}

var (
	braceRE  = lazyRegexp(`\{([^{}]+)\}`)
	dollarRE = lazyRegexp(`\$\$|\$([A-Za-z_][A-Za-z0-9_]*)`)
)

// varExpand is IPython's var_expand for shell escapes: {expr} is replaced
// by str() of the expression evaluated in the notebook's namespace,
// $name by the variable's str(), $$ by $. What cannot be evaluated stays
// as written.
func (k *Kernel) varExpand(name, cmd string) string {
	cmd = braceRE().ReplaceAllStringFunc(cmd, func(m string) string {
		if v, ok := k.evalStr(name, m[1:len(m)-1]); ok {
			return v
		}
		return m
	})
	return dollarRE().ReplaceAllStringFunc(cmd, func(m string) string {
		if m == "$$" {
			return "$"
		}
		v, ok := k.S.Main.Globals.GetStr(m[1:])
		if !ok {
			return m
		}
		k.S.VM.GIL.Lock()
		defer k.S.VM.GIL.Unlock()
		s, exc := interp.ToStr(k.S.VM.NewThread(), v)
		if exc != nil {
			return m
		}
		return s
	})
}

// evalStr evaluates expr in the notebook's namespace and returns its str().
func (k *Kernel) evalStr(name, expr string) (string, bool) {
	var v interp.Value
	r := k.S.RunEntry(stdlib.Entry{
		Source: strings.TrimSpace(expr), Filename: name, Mode: stdlib.Cell,
		Echo:   func(x interp.Value) { v = x },
		Report: func(*interp.Exception, bool) {},
	})
	if r.Exc != nil || v == nil {
		return "", false
	}
	k.S.VM.GIL.Lock()
	defer k.S.VM.GIL.Unlock()
	s, exc := interp.ToStr(k.S.VM.NewThread(), v)
	return s, exc == nil
}

// note adds a line for the terminal that is no output of the cell.
func (k *Kernel) note(s string) {
	if k.notes != nil {
		*k.notes = append(*k.notes, s)
	}
}

// help is obj? (IPython's pinfo, in short): the object's type, repr and
// docstring, as a note.
func (k *Kernel) help(name, expr string) {
	var v interp.Value
	r := k.S.RunEntry(stdlib.Entry{
		Source: expr, Filename: name, Mode: stdlib.Cell,
		Echo:   func(x interp.Value) { v = x },
		Report: func(*interp.Exception, bool) {},
	})
	if r.Exc != nil || v == nil {
		k.note("Object `" + expr + "` not found.")
		return
	}
	k.S.VM.GIL.Lock()
	defer k.S.VM.GIL.Unlock()
	f := k.S.VM.NewThread()
	repr, _ := interp.Repr(f, v)
	doc := "<no docstring>"
	if d, exc := interp.GetAttr(f, v, "__doc__"); exc == nil && d != interp.None {
		if s, ok := d.(interp.Str); ok {
			doc = string(s)
		}
	}
	k.note(fmt.Sprintf("Type:            %s\nString form:     %s\nDocstring:       %s", v.Type().Name, repr, doc))
}

// writefile is %%writefile FILE: the body is written to the file.
func (k *Kernel) writefile(path, body string) {
	verb := "Writing"
	if _, err := os.Stat(path); err == nil {
		verb = "Overwriting"
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		fmt.Fprintf(k.pending[1], "asyncscript: %%%%writefile: %v\n", err)
		return
	}
	fmt.Fprintf(k.pending[0], "%s %s\n", verb, path)
}
