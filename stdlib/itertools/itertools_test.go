package itertools

import (
	"testing"

	"github.com/asyncscript/asyncscript/interp"
)

func drain(t *testing.T, v interp.Value, err *interp.Exception) string {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	it := v.(interp.Iterator)
	var items []interp.Value
	for {
		x, ok, err := it.Next(nil)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		items = append(items, x)
	}
	s, rerr := interp.Repr(nil, &interp.List{Items: items})
	if rerr != nil {
		t.Fatal(rerr)
	}
	return s
}

func ints(ns ...int) *interp.List {
	l := &interp.List{}
	for _, n := range ns {
		l.Items = append(l.Items, interp.Int(n))
	}
	return l
}

// Expectations recorded with python3 (CPython 3.11).
func TestOrders(t *testing.T) {
	check := func(name, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s: got %s want %s", name, got, want)
		}
	}
	v, err := permutations(nil, []interp.Value{ints(1, 2, 3), interp.Int(2)}, nil)
	check("permutations", drain(t, v, err), "[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]")
	v, err = permutations(nil, []interp.Value{ints(1, 2, 3)}, nil)
	check("permutations full", drain(t, v, err), "[(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]")
	v, err = combinations(nil, []interp.Value{interp.Str("abcd"), interp.Int(2)}, nil)
	check("combinations", drain(t, v, err), "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]")
	v, err = combinationsWR(nil, []interp.Value{ints(1, 2), interp.Int(2)}, nil)
	check("cwr", drain(t, v, err), "[(1, 1), (1, 2), (2, 2)]")
	v, err = product(nil, []interp.Value{interp.Str("ab"), ints(1, 2)}, nil)
	check("product", drain(t, v, err), "[('a', 1), ('a', 2), ('b', 1), ('b', 2)]")
	v, err = product(nil, []interp.Value{ints(0, 1)}, []interp.KV{{Name: "repeat", Value: interp.Int(2)}})
	check("product repeat", drain(t, v, err), "[(0, 0), (0, 1), (1, 0), (1, 1)]")
	v, err = islice(nil, []interp.Value{interp.Str("abcdefg"), interp.Int(2), interp.Int(6), interp.Int(2)}, nil)
	check("islice", drain(t, v, err), "['c', 'e']")
	v, err = zipLongest(nil, []interp.Value{ints(1, 2, 3), interp.Str("ab")}, []interp.KV{{Name: "fillvalue", Value: interp.Str("-")}})
	check("zip_longest", drain(t, v, err), "[(1, 'a'), (2, 'b'), (3, '-')]")
	v, err = accumulate(nil, []interp.Value{ints(1, 2, 3, 4)}, nil)
	check("accumulate", drain(t, v, err), "[1, 3, 6, 10]")
	v, err = chain(nil, []interp.Value{ints(1, 2), interp.Str("ab")}, nil)
	check("chain", drain(t, v, err), "[1, 2, 'a', 'b']")
	g, err := groupby(nil, []interp.Value{interp.Str("aaabccdd")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var keys []interp.Value
	for {
		kv, ok, err := g.(interp.Iterator).Next(nil)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		keys = append(keys, kv.(interp.Tuple)[0])
	}
	s, _ := interp.Repr(nil, &interp.List{Items: keys})
	check("groupby keys", s, "['a', 'b', 'c', 'd']")
}
