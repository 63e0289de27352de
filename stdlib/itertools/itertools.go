// Package itertools implements the itertools module as lazy Go iterators
// (interp.Iterator), each with its own class named as CPython names it.
// Output orders follow CPython: product is an odometer over materialised
// pools, permutations/combinations are lexicographic in input positions,
// groupby shares its source between the outer iterator and the groups.
package itertools

import (
	"strconv"
	"sync"

	"math/big"

	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/stdlib/internal/native"
)

// Iter is a Go iterator with its behaviour in closures.
type Iter struct {
	cls  *interp.Class
	next func(f *interp.Fiber) (interp.Value, bool, *interp.Exception)
	repr func(f *interp.Fiber) (string, *interp.Exception)
	done bool
}

func (it *Iter) Type() *interp.Class { return it.cls }

// Next advances the iterator; once exhausted it stays exhausted.
func (it *Iter) Next(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
	if it.done {
		return nil, false, nil
	}
	v, ok, err := it.next(f)
	if !ok || err != nil {
		it.done = true
	}
	return v, ok, err
}

var classes = map[string]*interp.Class{}

func class(name string) *interp.Class {
	if c, ok := classes[name]; ok {
		return c
	}
	c := native.NewType(name, "itertools", nil, nil)
	c.AddMethods(map[string]interp.NativeFunc{
		"__iter__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return args[0], nil
		},
		"__next__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			it, ok := args[0].(interp.Iterator)
			if !ok {
				return nil, interp.Errorf(interp.TypeError, "expected an iterator")
			}
			v, ok, err := it.Next(f)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, interp.NewException(interp.StopIteration)
			}
			return v, nil
		},
		"__repr__": func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			it, ok := args[0].(*Iter)
			if !ok || it.repr == nil {
				return interp.Str("<itertools." + args[0].Type().Name + " object>"), nil
			}
			s, err := it.repr(f)
			return interp.Str(s), err
		},
	})
	classes[name] = c
	return c
}

func setupClasses() {
	initCtors()
	for _, n := range []string{"count", "cycle", "repeat", "chain", "islice", "product", "permutations",
		"combinations", "combinations_with_replacement", "zip_longest", "groupby", "_grouper",
		"takewhile", "dropwhile", "starmap", "filterfalse", "compress", "accumulate", "pairwise", "_tee"} {
		class(n)
	}
	for name, ctor := range ctors {
		c := classes[name]
		ctor := ctor
		c.New = func(f *interp.Fiber, cls *interp.Class, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
			return ctor(f, args, kw)
		}
	}
	delete(classes["_grouper"].Dict, "__repr__")
	classes["chain"].Dict["from_iterable"] = interp.NewBuiltin("from_iterable", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.ExactArgs("from_iterable", args, kw, 1); err != nil {
			return nil, err
		}
		outer, err := interp.GetIter(f, args[0])
		if err != nil {
			return nil, err
		}
		return chainOf(outer), nil
	})
}

type ctor = func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception)

var ctors map[string]ctor

func initCtors() {
	ctors = map[string]ctor{
		"count": count, "cycle": cycle, "repeat": repeat, "chain": chain, "islice": islice,
		"product": product, "permutations": permutations, "combinations": combinations,
		"combinations_with_replacement": combinationsWR, "zip_longest": zipLongest,
		"groupby": groupby, "takewhile": takewhile, "dropwhile": dropwhile, "starmap": starmap,
		"filterfalse": filterfalse, "compress": compress, "accumulate": accumulate, "pairwise": pairwise,
	}
}

// Load builds the itertools module.
func Load(vm *interp.VM) (*interp.Module, *interp.Exception) {
	classesOnce.Do(setupClasses)
	m := interp.NewModule("itertools")
	for name := range ctors {
		m.Set(name, classes[name])
	}
	m.Set("tee", interp.NewBuiltin("tee", tee))
	return m, nil
}

func add(f *interp.Fiber, a, b interp.Value) (interp.Value, *interp.Exception) {
	if x, ok := a.(interp.Int); ok {
		if y, ok := b.(interp.Int); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return s, nil
			}
			bx := big.NewInt(int64(x))
			return interp.MakeInt(bx.Add(bx, big.NewInt(int64(y)))), nil
		}
	}
	return interp.Binary(f, interp.OpAdd, a, b, false)
}

func isNumber(v interp.Value) bool {
	switch v.(type) {
	case interp.Int, *interp.BigInt, interp.Bool, interp.Float:
		return true
	}
	return false
}

func count(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var start, step interp.Value
	if err := interp.UnpackArgs("count", args, kw, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	if start == nil {
		start = interp.Int(0)
	}
	stepGiven := step != nil
	if step == nil {
		step = interp.Int(1)
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, interp.Errorf(interp.TypeError, "a number is required")
	}
	cur := start
	it := &Iter{cls: classes["count"]}
	it.next = func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		v := cur
		n, err := add(f, cur, step)
		if err != nil {
			return nil, false, err
		}
		cur = n
		return v, true, nil
	}
	it.repr = func(f *interp.Fiber) (string, *interp.Exception) {
		s, err := interp.Repr(f, cur)
		if err != nil {
			return "", err
		}
		if i, ok := step.(interp.Int); ok && i == 1 && (!stepGiven || true) {
			return "count(" + s + ")", nil
		}
		t, err := interp.Repr(f, step)
		if err != nil {
			return "", err
		}
		return "count(" + s + ", " + t + ")", nil
	}
	return it, nil
}

func cycle(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("cycle", args, kw, 1); err != nil {
		return nil, err
	}
	src, err := interp.GetIter(f, args[0])
	if err != nil {
		return nil, err
	}
	var saved []interp.Value
	first := true
	i := 0
	return &Iter{cls: classes["cycle"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if first {
			v, ok, err := src.Next(f)
			if err != nil {
				return nil, false, err
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			first = false
		}
		if len(saved) == 0 {
			return nil, false, nil
		}
		v := saved[i%len(saved)]
		i++
		return v, true, nil
	}}, nil
}

func repeat(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var obj, times interp.Value
	if err := interp.UnpackArgs("repeat", args, kw, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	n := int64(-1)
	if times != nil {
		var err *interp.Exception
		if n, err = native.Index(f, times); err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
	}
	it := &Iter{cls: classes["repeat"]}
	it.next = func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if n == 0 {
			return nil, false, nil
		}
		if n > 0 {
			n--
		}
		return obj, true, nil
	}
	it.repr = func(f *interp.Fiber) (string, *interp.Exception) {
		s, err := interp.Repr(f, obj)
		if err != nil {
			return "", err
		}
		if n >= 0 {
			return "repeat(" + s + ", " + strconv.FormatInt(n, 10) + ")", nil
		}
		return "repeat(" + s + ")", nil
	}
	return it, nil
}

func chainOf(outer interp.Iterator) *Iter {
	var cur interp.Iterator
	return &Iter{cls: classes["chain"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		for {
			if cur == nil {
				src, ok, err := outer.Next(f)
				if err != nil || !ok {
					return nil, false, err
				}
				if cur, err = interp.GetIter(f, src); err != nil {
					return nil, false, err
				}
			}
			v, ok, err := cur.Next(f)
			if err != nil {
				return nil, false, err
			}
			if ok {
				return v, true, nil
			}
			cur = nil
		}
	}}
}

func chain(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("chain", kw); err != nil {
		return nil, err
	}
	// the iterables are kept as a tuple, as CPython's chain keeps its args
	it, err := interp.GetIter(f, append(interp.Tuple(nil), args...))
	if err != nil {
		return nil, err
	}
	return chainOf(it), nil
}

func islice(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("islice", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 4 {
		if len(args) < 2 {
			return nil, interp.Errorf(interp.TypeError, "islice expected at least 2 arguments, got %d", len(args))
		}
		return nil, interp.Errorf(interp.TypeError, "islice expected at most 4 arguments, got %d", len(args))
	}
	idx := func(v interp.Value, msg string) (int64, *interp.Exception) {
		if v == interp.None {
			return -1, nil
		}
		n, err := native.Index(f, v)
		if err != nil || n < 0 {
			return 0, interp.Errorf(interp.ValueError, "%s", msg)
		}
		return n, nil
	}
	var start, stop, step int64 = 0, -1, 1
	var err *interp.Exception
	if len(args) == 2 {
		if stop, err = idx(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
	} else {
		if start, err = idx(args[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
		if stop, err = idx(args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
		if start < 0 {
			start = 0
		}
		if len(args) == 4 && args[3] != interp.None {
			s, e := native.Index(f, args[3])
			if e != nil || s <= 0 {
				return nil, interp.Errorf(interp.ValueError, "Step for islice() must be a positive integer or None.")
			}
			step = s
		}
	}
	src, err := interp.GetIter(f, args[0])
	if err != nil {
		return nil, err
	}
	var cnt int64
	next := start
	return &Iter{cls: classes["islice"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		for cnt < next {
			_, ok, err := src.Next(f)
			if err != nil || !ok {
				return nil, false, err
			}
			cnt++
		}
		if stop != -1 && cnt >= stop {
			return nil, false, nil
		}
		v, ok, err := src.Next(f)
		if err != nil || !ok {
			return nil, false, err
		}
		cnt++
		old := next
		next += step
		if next < old || (stop != -1 && next > stop) {
			next = stop
		}
		return v, true, nil
	}}, nil
}

func pools(f *interp.Fiber, args []interp.Value) ([][]interp.Value, *interp.Exception) {
	out := make([][]interp.Value, len(args))
	for i, a := range args {
		items, err := interp.ToList(f, a)
		if err != nil {
			return nil, err
		}
		out[i] = items
	}
	return out, nil
}

func product(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	rep := int64(1)
	for _, p := range kw {
		if p.Name != "repeat" {
			return nil, interp.Errorf(interp.TypeError, "product() got an unexpected keyword argument '%s'", p.Name)
		}
		n, err := native.Index(f, p.Value)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, interp.Errorf(interp.ValueError, "repeat argument cannot be negative")
		}
		rep = n
	}
	base, err := pools(f, args)
	if err != nil {
		return nil, err
	}
	var ps [][]interp.Value
	for r := int64(0); r < rep; r++ {
		ps = append(ps, base...)
	}
	var idx []int
	started := false
	return &Iter{cls: classes["product"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if !started {
			started = true
			for _, p := range ps {
				if len(p) == 0 {
					return nil, false, nil
				}
			}
			idx = make([]int, len(ps))
		} else {
			i := len(ps) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(ps[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return nil, false, nil
			}
		}
		out := make(interp.Tuple, len(ps))
		for i, j := range idx {
			out[i] = ps[i][j]
		}
		return out, true, nil
	}}, nil
}

// rArg reads the r argument: permutations takes None (all items) and
// only an int ("Expected int as r"); combinations takes anything with
// __index__, as CPython's Py_ssize_t converter does.
func rArg(f *interp.Fiber, fname string, v interp.Value, n int) (int, *interp.Exception) {
	if fname == "permutations" {
		if v == nil || v == interp.None {
			return n, nil
		}
		if !native.IsInt(v) {
			return 0, interp.Errorf(interp.TypeError, "Expected int as r")
		}
	}
	r, err := native.Index(f, v)
	if err != nil {
		return 0, err
	}
	if r < 0 {
		return 0, interp.Errorf(interp.ValueError, "r must be non-negative")
	}
	return int(r), nil
}

func pick(pool []interp.Value, idx []int) interp.Tuple {
	out := make(interp.Tuple, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return out
}

func permutations(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var it, rv interp.Value
	if err := interp.UnpackArgs("permutations", args, kw, "iterable", &it, "r?", &rv); err != nil {
		return nil, err
	}
	pool, err := interp.ToList(f, it)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r, err := rArg(f, "permutations", rv, n)
	if err != nil {
		return nil, err
	}
	var idx []int
	started := false
	return &Iter{cls: classes["permutations"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if r > n {
			return nil, false, nil
		}
		if !started {
			started = true
			idx = make([]int, r)
			for i := range idx {
				idx[i] = i
			}
			return pick(pool, idx), true, nil
		}
		// lexicographic successor among r-permutations of range(n)
		for i := r - 1; i >= 0; i-- {
			used := make([]bool, n)
			for _, j := range idx[:i] {
				used[j] = true
			}
			nxt := -1
			for c := idx[i] + 1; c < n; c++ {
				if !used[c] {
					nxt = c
					break
				}
			}
			if nxt < 0 {
				continue
			}
			idx[i] = nxt
			used[nxt] = true
			k := i + 1
			for c := 0; c < n && k < r; c++ {
				if !used[c] {
					idx[k] = c
					used[c] = true
					k++
				}
			}
			return pick(pool, idx), true, nil
		}
		return nil, false, nil
	}}, nil
}

func combinationsGen(name string, pool []interp.Value, r int, repl bool) *Iter {
	n := len(pool)
	var idx []int
	started := false
	return &Iter{cls: classes[name], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if !started {
			started = true
			if (!repl && r > n) || (repl && n == 0 && r > 0) {
				return nil, false, nil
			}
			idx = make([]int, r)
			if !repl {
				for i := range idx {
					idx[i] = i
				}
			}
			return pick(pool, idx), true, nil
		}
		i := r - 1
		if repl {
			for i >= 0 && idx[i] == n-1 {
				i--
			}
			if i < 0 {
				return nil, false, nil
			}
			v := idx[i] + 1
			for j := i; j < r; j++ {
				idx[j] = v
			}
			return pick(pool, idx), true, nil
		}
		for i >= 0 && idx[i] == i+n-r {
			i--
		}
		if i < 0 {
			return nil, false, nil
		}
		idx[i]++
		for j := i + 1; j < r; j++ {
			idx[j] = idx[j-1] + 1
		}
		return pick(pool, idx), true, nil
	}}
}

func combinations(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var it, rv interp.Value
	if err := interp.UnpackArgs("combinations", args, kw, "iterable", &it, "r", &rv); err != nil {
		return nil, err
	}
	pool, err := interp.ToList(f, it)
	if err != nil {
		return nil, err
	}
	r, err := rArg(f, "combinations", rv, 0)
	if err != nil {
		return nil, err
	}
	return combinationsGen("combinations", pool, r, false), nil
}

func combinationsWR(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var it, rv interp.Value
	if err := interp.UnpackArgs("combinations_with_replacement", args, kw, "iterable", &it, "r", &rv); err != nil {
		return nil, err
	}
	pool, err := interp.ToList(f, it)
	if err != nil {
		return nil, err
	}
	r, err := rArg(f, "combinations_with_replacement", rv, 0)
	if err != nil {
		return nil, err
	}
	return combinationsGen("combinations_with_replacement", pool, r, true), nil
}

func zipLongest(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	fill := interp.None
	for _, p := range kw {
		if p.Name != "fillvalue" {
			return nil, interp.Errorf(interp.TypeError, "zip_longest() got an unexpected keyword argument '%s'", p.Name)
		}
		fill = p.Value
	}
	its := make([]interp.Iterator, len(args))
	for i, a := range args {
		it, err := interp.GetIter(f, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	active := len(its)
	done := make([]bool, len(its))
	return &Iter{cls: classes["zip_longest"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if len(its) == 0 || active == 0 {
			return nil, false, nil
		}
		out := make(interp.Tuple, len(its))
		for i, it := range its {
			if done[i] {
				out[i] = fill
				continue
			}
			v, ok, err := it.Next(f)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				done[i] = true
				active--
				if active == 0 {
					return nil, false, nil
				}
				v = fill
			}
			out[i] = v
		}
		return out, true, nil
	}}, nil
}

type groupState struct {
	src             interp.Iterator
	keyfn           interp.Value
	tgtkey, currkey interp.Value
	currvalue       interp.Value
	currgrouper     *Iter
	exhausted       bool
}

func (g *groupState) step(f *interp.Fiber) (bool, *interp.Exception) {
	v, ok, err := g.src.Next(f)
	if err != nil || !ok {
		return false, err
	}
	k := v
	if g.keyfn != nil && g.keyfn != interp.None {
		if k, err = f.Call(g.keyfn, []interp.Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.currvalue, g.currkey = v, k
	return true, nil
}

func groupby(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var it, key interp.Value
	if err := interp.UnpackArgs("groupby", args, kw, "iterable", &it, "key?", &key); err != nil {
		return nil, err
	}
	src, err := interp.GetIter(f, it)
	if err != nil {
		return nil, err
	}
	g := &groupState{src: src, keyfn: key}
	return &Iter{cls: classes["groupby"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		g.currgrouper = nil
		for {
			if g.currkey == nil {
				// need a value
			} else if g.tgtkey == nil {
				break
			} else {
				eq, err := interp.Equal(f, g.tgtkey, g.currkey)
				if err != nil {
					return nil, false, err
				}
				if !eq {
					break
				}
			}
			ok, err := g.step(f)
			if err != nil || !ok {
				return nil, false, err
			}
		}
		g.tgtkey = g.currkey
		tgt := g.tgtkey
		grouper := &Iter{cls: classes["_grouper"]}
		grouper.next = func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
			if g.currgrouper != grouper {
				return nil, false, nil
			}
			if g.currvalue == nil {
				ok, err := g.step(f)
				if err != nil || !ok {
					return nil, false, err
				}
			}
			eq, err := interp.Equal(f, tgt, g.currkey)
			if err != nil || !eq {
				return nil, false, err
			}
			v := g.currvalue
			g.currvalue = nil
			return v, true, nil
		}
		g.currgrouper = grouper
		return interp.Tuple{g.currkey, grouper}, true, nil
	}}, nil
}

func predIter(name string, negate bool, mode int) ctor {
	return func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		if err := interp.NoKwargs(name, kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, interp.Errorf(interp.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		pred := args[0]
		src, err := interp.GetIter(f, args[1])
		if err != nil {
			return nil, err
		}
		test := func(v interp.Value) (bool, *interp.Exception) {
			r := v
			if pred != interp.None || mode != 2 {
				var err *interp.Exception
				if r, err = f.Call(pred, []interp.Value{v}, nil); err != nil {
					return false, err
				}
			}
			return interp.Truth(f, r)
		}
		stopped, dropping := false, true
		return &Iter{cls: classes[name], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
			for {
				if stopped {
					return nil, false, nil
				}
				v, ok, err := src.Next(f)
				if err != nil || !ok {
					return nil, false, err
				}
				switch mode {
				case 0: // takewhile
					t, err := test(v)
					if err != nil {
						return nil, false, err
					}
					if !t {
						stopped = true
						return nil, false, nil
					}
					return v, true, nil
				case 1: // dropwhile
					if !dropping {
						return v, true, nil
					}
					t, err := test(v)
					if err != nil {
						return nil, false, err
					}
					if !t {
						dropping = false
						return v, true, nil
					}
				default: // filterfalse
					t, err := test(v)
					if err != nil {
						return nil, false, err
					}
					if t != !negate {
						return v, true, nil
					}
				}
			}
		}}, nil
	}
}

var (
	takewhile   = predIter("takewhile", false, 0)
	dropwhile   = predIter("dropwhile", false, 1)
	filterfalse = predIter("filterfalse", false, 2)
)

func starmap(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.NoKwargs("starmap", kw); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, interp.Errorf(interp.TypeError, "starmap expected 2 arguments, got %d", len(args))
	}
	fn := args[0]
	src, err := interp.GetIter(f, args[1])
	if err != nil {
		return nil, err
	}
	return &Iter{cls: classes["starmap"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		v, ok, err := src.Next(f)
		if err != nil || !ok {
			return nil, false, err
		}
		a, err := interp.ToList(f, v)
		if err != nil {
			return nil, false, err
		}
		r, err := f.Call(fn, a, nil)
		return r, err == nil, err
	}}, nil
}

func compress(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var data, sel interp.Value
	if err := interp.UnpackArgs("compress", args, kw, "data", &data, "selectors", &sel); err != nil {
		return nil, err
	}
	d, err := interp.GetIter(f, data)
	if err != nil {
		return nil, err
	}
	s, err := interp.GetIter(f, sel)
	if err != nil {
		return nil, err
	}
	return &Iter{cls: classes["compress"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		for {
			v, ok, err := d.Next(f)
			if err != nil || !ok {
				return nil, false, err
			}
			b, ok, err := s.Next(f)
			if err != nil || !ok {
				return nil, false, err
			}
			t, err := interp.Truth(f, b)
			if err != nil {
				return nil, false, err
			}
			if t {
				return v, true, nil
			}
		}
	}}, nil
}

func accumulate(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var it, fn, initial interp.Value
	if err := interp.UnpackArgs("accumulate", args, kw, "iterable", &it, "func?", &fn, "*", "initial?", &initial); err != nil {
		return nil, err
	}
	src, err := interp.GetIter(f, it)
	if err != nil {
		return nil, err
	}
	var total interp.Value
	if initial != nil && initial != interp.None {
		total = initial
	}
	pending := total != nil
	return &Iter{cls: classes["accumulate"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if pending {
			pending = false
			return total, true, nil
		}
		v, ok, err := src.Next(f)
		if err != nil || !ok {
			return nil, false, err
		}
		if total == nil {
			total = v
		} else if fn == nil || fn == interp.None {
			if total, err = add(f, total, v); err != nil {
				return nil, false, err
			}
		} else if total, err = f.Call(fn, []interp.Value{total, v}, nil); err != nil {
			return nil, false, err
		}
		return total, true, nil
	}}, nil
}

func pairwise(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ExactArgs("pairwise", args, kw, 1); err != nil {
		return nil, err
	}
	src, err := interp.GetIter(f, args[0])
	if err != nil {
		return nil, err
	}
	var prev interp.Value
	return &Iter{cls: classes["pairwise"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
		if prev == nil {
			v, ok, err := src.Next(f)
			if err != nil || !ok {
				return nil, false, err
			}
			prev = v
		}
		v, ok, err := src.Next(f)
		if err != nil || !ok {
			return nil, false, err
		}
		out := interp.Tuple{prev, v}
		prev = v
		return out, true, nil
	}}, nil
}

type teeBuf struct {
	src   interp.Iterator
	items []interp.Value
	done  bool
}

func tee(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	if err := interp.ArgsBetween("tee", args, kw, 1, 2); err != nil {
		return nil, err
	}
	n := int64(2)
	if len(args) == 2 {
		var err *interp.Exception
		if n, err = native.Index(f, args[1]); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, interp.Errorf(interp.ValueError, "n must be >= 0")
		}
	}
	src, err := interp.GetIter(f, args[0])
	if err != nil {
		return nil, err
	}
	buf := &teeBuf{src: src}
	out := make(interp.Tuple, n)
	for i := range out {
		pos := 0
		out[i] = &Iter{cls: classes["_tee"], next: func(f *interp.Fiber) (interp.Value, bool, *interp.Exception) {
			if pos < len(buf.items) {
				v := buf.items[pos]
				pos++
				return v, true, nil
			}
			if buf.done {
				return nil, false, nil
			}
			v, ok, err := buf.src.Next(f)
			if err != nil || !ok {
				buf.done = true
				return nil, false, err
			}
			buf.items = append(buf.items, v)
			pos++
			return v, true, nil
		}}
	}
	return out, nil
}

// classesOnce runs the setup of this module's classes on its first import
// rather than at package initialization, which every program's start-up
// would pay for.
var classesOnce sync.Once
