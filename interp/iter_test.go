package interp

// Hand-written checks of strings, containers and iteration. The table of
// cases recorded from CPython 3.11 is testdata/containers.as, run by the
// golden runner (golden_test.go).

import (
	"strings"
	"testing"
)

func testFiber() *Fiber { return NewVM().NewThread() }

// ---------------------------------------------------------------------
// Builders.

func mkSet(items ...Value) *Set {
	s := NewSet()
	f := testFiber()
	for _, x := range items {
		if err := SetAdd(f, s, x); err != nil {
			panic(err)
		}
	}
	return s
}

func mkDict(kv ...Value) *Dict {
	d := NewDict()
	f := testFiber()
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(f, kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return d
}

// negFn is a builtin function computing -x.
func negFn() Value {
	return NewBuiltin("neg", func(f *Fiber, args []Value, kw []KV) (Value, *Exception) {
		return Unary(f, UnaryNeg, args[0])
	})
}

// ---------------------------------------------------------------------
// Hand-written checks.

func TestIteratorReprNames(t *testing.T) {
	f := testFiber()
	for _, c := range []struct {
		v    Value
		name string
	}{
		{NewList(nil), "list_iterator"}, {Tuple{}, "tuple_iterator"}, {Str("ab"), "str_ascii_iterator"},
		{Str("é"), "str_iterator"}, {NewDict(), "dict_keyiterator"}, {NewSet(), "set_iterator"},
		{NewRange(0, 3, 1), "range_iterator"},
	} {
		it, err := GetIter(f, c.v)
		if err != nil {
			t.Fatal(err)
		}
		if got := TypeName(it); got != c.name {
			t.Errorf("iter(%v): %s, want %s", c.v, got, c.name)
		}
	}
	for _, c := range []struct {
		mk   func() (Value, *Exception)
		name string
	}{
		{func() (Value, *Exception) { return NewEnumerate(f, NewList(nil), 0) }, "enumerate"},
		{func() (Value, *Exception) { return NewZip(f, nil) }, "zip"},
		{func() (Value, *Exception) { return NewMap(f, negFn(), []Value{NewList(nil)}) }, "map"},
		{func() (Value, *Exception) { return NewFilter(f, None, NewList(nil)) }, "filter"},
		{func() (Value, *Exception) { return NewReversed(f, Tuple{}) }, "reversed"},
		{func() (Value, *Exception) { return NewReversed(f, NewList(nil)) }, "list_reverseiterator"},
	} {
		v, err := c.mk()
		if err != nil {
			t.Fatal(err)
		}
		r, _ := Repr(f, v)
		if !strings.HasPrefix(r, "<"+c.name+" object at 0x") {
			t.Errorf("repr %s, want <%s object at 0x...>", r, c.name)
		}
	}
}

func TestDictChangedSizeDuringIteration(t *testing.T) {
	f := testFiber()
	d := mkDict(Str("a"), Int(1), Str("b"), Int(2))
	it, _ := GetIter(f, d)
	if _, _, err := it.Next(f); err != nil {
		t.Fatal(err)
	}
	d.SetStr("c", Int(3))
	_, _, err := it.Next(f)
	if err == nil || err.Error() != "RuntimeError: dictionary changed size during iteration" {
		t.Fatalf("got %v", err)
	}
	s := mkSet(Int(1), Int(2))
	it, _ = GetIter(f, s)
	it.Next(f)
	SetAdd(f, s, Int(3))
	if _, _, err := it.Next(f); err == nil || err.Error() != "RuntimeError: Set changed size during iteration" {
		t.Fatalf("got %v", err)
	}
}

func TestDictViewsAreLive(t *testing.T) {
	f := testFiber()
	d := mkDict(Str("a"), Int(1))
	keys := NewDictView(d, 'k')
	d.SetStr("b", Int(2))
	r, _ := Repr(f, keys)
	if r != "dict_keys(['a', 'b'])" {
		t.Errorf("got %s", r)
	}
	items, _ := Repr(f, NewDictView(d, 'i'))
	if items != "dict_items([('a', 1), ('b', 2)])" {
		t.Errorf("got %s", items)
	}
}

func TestListAppendDuringIteration(t *testing.T) {
	// for x in l: if x < 3: l.append(x + 10) sees the appended items
	f := testFiber()
	l := NewList([]Value{Int(1), Int(2)})
	var seen []Value
	Iterate(f, l, func(x Value) (bool, *Exception) {
		seen = append(seen, x)
		if x.(Int) < 3 {
			l.Items = append(l.Items, x.(Int)+10)
		}
		return true, nil
	})
	r, _ := Repr(f, NewList(seen))
	if r != "[1, 2, 11, 12]" {
		t.Errorf("got %s", r)
	}
}

func TestStrIndexLong(t *testing.T) {
	f := testFiber()
	s := Str(strings.Repeat("ab", 100) + "é" + strings.Repeat("cd", 100))
	n, _ := Len(f, s)
	if n != 401 {
		t.Fatalf("len %d", n)
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		c, err := GetItem(f, s, Int(i))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(string(c.(Str)))
	}
	if b.String() != string(s) {
		t.Fatal("reassembled string differs")
	}
}

func TestStrConcatAmortised(t *testing.T) {
	s := Str("")
	for i := 0; i < 1000; i++ {
		s = StrConcat(s, Str("abcdef"))
		if i == 500 {
			// an unrelated concatenation on an older value must not disturb s
			old := s
			other := StrConcat(old[:100], Str("ZZZ"))
			_ = other
		}
	}
	if s != Str(strings.Repeat("abcdef", 1000)) {
		t.Fatal("wrong result")
	}
	a := StrConcat(Str(strings.Repeat("x", 40)), Str("y"))
	b := StrConcat(a, Str("1"))
	c := StrConcat(a, Str("2")) // a is no longer the last result: must copy
	if b != Str(strings.Repeat("x", 40)+"y1") || c != Str(strings.Repeat("x", 40)+"y2") {
		t.Fatalf("aliasing: %q %q", b, c)
	}
}

func BenchmarkStrConcat200k(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := Str("")
		for j := 0; j < 200000; j++ {
			s = StrConcat(s, Str("abcdef"))
		}
		if len(s) != 1200000 {
			b.Fatal(len(s))
		}
	}
}

func BenchmarkSortInts(b *testing.B) {
	f := testFiber()
	src := make([]Value, 1000000)
	x := uint64(7)
	for i := range src {
		x = x*6364136223846793005 + 1442695040888963407
		src[i] = Int(int64(x >> 33))
	}
	items := make([]Value, len(src))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(items, src)
		if err := SortValues(f, items, nil, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDictIntKeys(b *testing.B) {
	f := testFiber()
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for k := 0; k < 500000; k++ {
			if err := d.Set(f, Int(k), Int(k)); err != nil {
				b.Fatal(err)
			}
		}
		sum := 0
		for k := 0; k < 500000; k++ {
			v, _, _ := d.Get(f, Int(k))
			sum += int(v.(Int))
		}
		if sum == 0 {
			b.Fatal(sum)
		}
	}
}

// TestDictModel checks Dict against a simple model (ordered slice) through
// random inserts, overwrites, deletes and reinserts of int, str and tuple
// keys, including compactions.
func TestDictModel(t *testing.T) {
	f := testFiber()
	d := NewDict()
	type kv struct {
		k string
		v int
	}
	var model []kv
	keyOf := func(n int) (Value, string) {
		switch n % 3 {
		case 0:
			return Int(n), "i" + itoaTest(n)
		case 1:
			return Str(itoaTest(n)), "s" + itoaTest(n)
		}
		return Tuple{Int(n), Str("t")}, "t" + itoaTest(n)
	}
	x := uint64(1)
	for step := 0; step < 20000; step++ {
		x = x*6364136223846793005 + 1442695040888963407
		n := int(x>>40) % 300
		k, name := keyOf(n)
		pos := -1
		for i, e := range model {
			if e.k == name {
				pos = i
			}
		}
		if x>>20&3 == 0 {
			ok, err := d.Delete(f, k)
			if err != nil || ok != (pos >= 0) {
				t.Fatalf("step %d: delete %s: %v %v", step, name, ok, err)
			}
			if pos >= 0 {
				model = append(model[:pos], model[pos+1:]...)
			}
		} else {
			if err := d.Set(f, k, Int(step)); err != nil {
				t.Fatal(err)
			}
			if pos >= 0 {
				model[pos].v = step
			} else {
				model = append(model, kv{name, step})
			}
		}
		if d.Len() != len(model) {
			t.Fatalf("step %d: len %d want %d", step, d.Len(), len(model))
		}
	}
	i := 0
	d.Items(func(k, v Value) bool {
		var name string
		switch kk := k.(type) {
		case Int:
			name = "i" + itoaTest(int(kk))
		case Str:
			name = "s" + string(kk)
		case Tuple:
			name = "t" + itoaTest(int(kk[0].(Int)))
		}
		if name != model[i].k || int(v.(Int)) != model[i].v {
			t.Fatalf("entry %d: %s=%v, want %s=%d", i, name, v, model[i].k, model[i].v)
		}
		i++
		return true
	})
}

func itoaTest(n int) string {
	s, _ := ToStr(nil, Int(n))
	return s
}
