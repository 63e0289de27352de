package math

import (
	gomath "math"
	"testing"

	"github.com/asyncscript/asyncscript/interp"
)

func call(t *testing.T, name string, args ...interp.Value) (interp.Value, *interp.Exception) {
	t.Helper()
	return Funcs[name](nil, args, nil)
}

// Expectations recorded with python3 (CPython 3.11).
func TestResults(t *testing.T) {
	cases := []struct {
		name string
		args []interp.Value
		want string
	}{
		{"sqrt", []interp.Value{interp.Int(16)}, "4.0"},
		{"floor", []interp.Value{interp.Float(-0.5)}, "-1"},
		{"ceil", []interp.Value{interp.Float(3.2)}, "4"},
		{"trunc", []interp.Value{interp.Float(-3.7)}, "-3"},
		{"factorial", []interp.Value{interp.Int(25)}, "15511210043330985984000000"},
		{"gcd", []interp.Value{interp.Int(12), interp.Int(18)}, "6"},
		{"lcm", []interp.Value{interp.Int(4), interp.Int(6)}, "12"},
		{"isqrt", []interp.Value{interp.Int(99)}, "9"},
		{"comb", []interp.Value{interp.Int(10), interp.Int(3)}, "120"},
		{"perm", []interp.Value{interp.Int(5), interp.Int(2)}, "20"},
		{"log10", []interp.Value{interp.Int(1000)}, "3.0"},
		{"log", []interp.Value{interp.Int(8), interp.Int(2)}, "3.0"},
		{"log2", []interp.Value{interp.Int(1024)}, "10.0"},
		{"fsum", []interp.Value{&interp.List{Items: []interp.Value{interp.Float(0.1), interp.Float(0.1), interp.Float(0.1), interp.Float(0.1), interp.Float(0.1), interp.Float(0.1), interp.Float(0.1), interp.Float(0.1), interp.Float(0.1), interp.Float(0.1)}}}, "1.0"},
		{"hypot", []interp.Value{interp.Int(3), interp.Int(4)}, "5.0"},
		{"pow", []interp.Value{interp.Int(2), interp.Int(10)}, "1024.0"},
		{"degrees", []interp.Value{interp.Float(3.141592653589793)}, "180.0"},
	}
	for _, c := range cases {
		v, err := call(t, c.name, c.args...)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got, rerr := interp.Repr(nil, v)
		if rerr != nil || got != c.want {
			t.Errorf("%s%v = %s, want %s", c.name, c.args, got, c.want)
		}
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name string
		arg  interp.Value
		want string
	}{
		{"sqrt", interp.Int(-1), "ValueError: math domain error"},
		{"log", interp.Int(0), "ValueError: math domain error"},
		{"factorial", interp.Int(-1), "ValueError: factorial() not defined for negative values"},
		{"floor", interp.Float(gomath.Inf(1)), "OverflowError: cannot convert float infinity to integer"},
		{"exp", interp.Float(1000), "OverflowError: math range error"},
		{"sqrt", interp.Str("x"), "TypeError: must be real number, not str"},
	}
	for _, c := range cases {
		_, err := call(t, c.name, c.arg)
		if err == nil || err.Error() != c.want {
			t.Errorf("%s(%v): %v, want %s", c.name, c.arg, err, c.want)
		}
	}
}
