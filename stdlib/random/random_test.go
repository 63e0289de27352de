package random

import (
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/interp"
)

// Expectations recorded with python3 (CPython 3.11); see the comments.

func call(t *testing.T, r *Random, name string, args []interp.Value, kw ...interp.KV) interp.Value {
	t.Helper()
	v, err := randomMethods()[name](r, &interp.Fiber{}, args, kw)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

func show(v interp.Value) string {
	switch x := v.(type) {
	case interp.Int:
		return strconv.FormatInt(int64(x), 10)
	case *interp.BigInt:
		return x.V.String()
	case interp.Float:
		return strconv.FormatFloat(float64(x), 'f', -1, 64)
	case interp.Str:
		return "'" + string(x) + "'"
	case *interp.List:
		var parts []string
		for _, it := range x.Items {
			parts = append(parts, show(it))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return "?"
}

func ints(n int) *interp.List {
	l := &interp.List{}
	for i := 0; i < n; i++ {
		l.Items = append(l.Items, interp.Int(i))
	}
	return l
}

func seed(t *testing.T, r *Random, v interp.Value) {
	t.Helper()
	if err := r.Seed(nil, v); err != nil {
		t.Fatal(err)
	}
}

func TestSequences(t *testing.T) {
	r := New(0)
	// random.seed(42); [random.random() for _ in range(3)]
	seed(t, r, interp.Int(42))
	var got []string
	for i := 0; i < 3; i++ {
		got = append(got, show(call(t, r, "random", nil)))
	}
	if s := strings.Join(got, ", "); s != "0.6394267984578837, 0.025010755222666936, 0.27502931836911926" {
		t.Errorf("random after seed(42): %s", s)
	}
	// random.seed(42); [random.randint(1,100) for _ in range(10)]
	seed(t, r, interp.Int(42))
	got = nil
	for i := 0; i < 10; i++ {
		got = append(got, show(call(t, r, "randint", []interp.Value{interp.Int(1), interp.Int(100)})))
	}
	if s := strings.Join(got, ", "); s != "82, 15, 4, 95, 36, 32, 29, 18, 95, 14" {
		t.Errorf("randint: %s", s)
	}
	// random.seed(2**100+7); random.random(), getrandbits(70), getrandbits(5)
	n := new(big.Int).Lsh(big.NewInt(1), 100)
	n.Add(n, big.NewInt(7))
	seed(t, r, interp.MakeInt(n))
	s := show(call(t, r, "random", nil)) + " " + show(call(t, r, "getrandbits", []interp.Value{interp.Int(70)})) + " " + show(call(t, r, "getrandbits", []interp.Value{interp.Int(5)}))
	if s != "0.41604161323913513 655504622515311271606 11" {
		t.Errorf("big seed: %s", s)
	}
	seed(t, r, interp.Str("hello"))
	if s := show(call(t, r, "random", nil)); s != "0.3537754404730722" {
		t.Errorf("str seed: %s", s)
	}
	seed(t, r, interp.Float(3.5))
	if s := show(call(t, r, "random", nil)); s != "0.3039190124834461" {
		t.Errorf("float seed: %s", s)
	}
	// random.seed(-5); randrange(0,100,7), randrange(10), randrange(-50, 50)
	seed(t, r, interp.Int(-5))
	s = show(call(t, r, "randrange", []interp.Value{interp.Int(0), interp.Int(100), interp.Int(7)})) + " " +
		show(call(t, r, "randrange", []interp.Value{interp.Int(10)})) + " " +
		show(call(t, r, "randrange", []interp.Value{interp.Int(-50), interp.Int(50)}))
	if s != "63 4 44" {
		t.Errorf("randrange: %s", s)
	}
	seed(t, r, interp.Int(1))
	l := ints(10)
	call(t, r, "shuffle", []interp.Value{l})
	if s := show(l); s != "[6, 8, 9, 7, 5, 3, 0, 4, 1, 2]" {
		t.Errorf("shuffle: %s", s)
	}
	seed(t, r, interp.Int(1))
	s = show(call(t, r, "sample", []interp.Value{ints(100), interp.Int(10)})) + " " + show(call(t, r, "sample", []interp.Value{interp.Str("abcdefg"), interp.Int(3)}))
	if s != "[17, 72, 97, 8, 32, 15, 63, 57, 60, 83] ['d', 'b', 'a']" {
		t.Errorf("sample: %s", s)
	}
	seed(t, r, interp.Int(7))
	s = show(call(t, r, "choices", []interp.Value{interp.Str("abc")}, interp.KV{Name: "k", Value: interp.Int(5)})) + " " +
		show(call(t, r, "choices", []interp.Value{&interp.List{Items: []interp.Value{interp.Int(1), interp.Int(2), interp.Int(3)}}},
			interp.KV{Name: "weights", Value: &interp.List{Items: []interp.Value{interp.Int(1), interp.Int(5), interp.Int(10)}}},
			interp.KV{Name: "k", Value: interp.Int(6)}))
	if s != "['a', 'a', 'b', 'a', 'b'] [2, 1, 3, 1, 3, 2]" {
		t.Errorf("choices: %s", s)
	}
	seed(t, r, interp.Int(0))
	s = show(call(t, r, "choice", []interp.Value{&interp.List{Items: []interp.Value{interp.Int(1), interp.Int(2), interp.Int(3)}}})) + " " +
		show(call(t, r, "uniform", []interp.Value{interp.Int(1), interp.Int(5)})) + " " +
		show(call(t, r, "gauss", []interp.Value{interp.Int(0), interp.Int(1)})) + " " +
		show(call(t, r, "gauss", []interp.Value{interp.Int(0), interp.Int(1)}))
	if s != "2 4.03181761176121 -0.6797144480784211 0.3705035674606598" {
		t.Errorf("choice/uniform/gauss: %s", s)
	}
	seed(t, r, interp.Int(0))
	hi := new(big.Int).Lsh(big.NewInt(1), 80)
	if s := show(call(t, r, "randint", []interp.Value{interp.Int(0), interp.MakeInt(hi)})); s != "97886182231507596674690" {
		t.Errorf("big randint: %s", s)
	}
}

func TestErrors(t *testing.T) {
	r := New(1)
	_, err := randomMethods()["randint"](r, nil, []interp.Value{interp.Int(5), interp.Int(1)}, nil)
	if err == nil || err.Error() != "ValueError: empty range for randrange() (5, 2, -3)" {
		t.Errorf("randint(5,1): %v", err)
	}
	_, err = randomMethods()["choice"](r, nil, []interp.Value{&interp.List{}}, nil)
	if err == nil || err.Error() != "IndexError: Cannot choose from an empty sequence" {
		t.Errorf("choice([]): %v", err)
	}
	_, err = randomMethods()["randint"](r, nil, []interp.Value{interp.Int(5)}, nil)
	if err == nil || err.Error() != "TypeError: Random.randint() missing 1 required positional argument: 'b'" {
		t.Errorf("randint(5): %v", err)
	}
}
