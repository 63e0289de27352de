package collections

import (
	"testing"

	"github.com/asyncscript/asyncscript/interp"
)

// the tests use the classes without importing the module first
func init() { ensureClasses() }

// Expectations recorded with python3 (CPython 3.11).

func TestDeque(t *testing.T) {
	d := NewDeque(-1)
	for i := 1; i <= 5; i++ {
		d.Append(interp.Int(i))
	}
	d.Rotate(2)
	if s, _ := d.Repr(nil); s != "deque([4, 5, 1, 2, 3])" {
		t.Errorf("rotate(2): %s", s)
	}
	d.Rotate(-3)
	if s, _ := d.Repr(nil); s != "deque([2, 3, 4, 5, 1])" {
		t.Errorf("rotate(-3): %s", s)
	}
	q := NewDeque(2)
	for i := 1; i <= 3; i++ {
		q.Append(interp.Int(i))
	}
	q.AppendLeft(interp.Int(9))
	if s, _ := q.Repr(nil); s != "deque([9, 2], maxlen=2)" {
		t.Errorf("maxlen: %s", s)
	}
}

func TestCounter(t *testing.T) {
	v, err := CounterClass.New(nil, CounterClass, []interp.Value{interp.Str("abracadabra")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := v.(*DictLike).Repr(nil)
	if err != nil || s != "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})" {
		t.Errorf("Counter repr: %s %v", s, err)
	}
}

func TestNamedtupleErrors(t *testing.T) {
	cases := map[string]string{
		"x x":   "ValueError: Encountered duplicate field name: 'x'",
		"_x":    "ValueError: Field names cannot start with an underscore: '_x'",
		"class": "ValueError: Type names and field names cannot be a keyword: 'class'",
		"1x":    "ValueError: Type names and field names must be valid identifiers: '1x'",
	}
	for fields, want := range cases {
		_, err := namedtuple(nil, []interp.Value{interp.Str("A"), interp.Str(fields)}, nil)
		if err == nil || err.Error() != want {
			t.Errorf("%q: %v, want %s", fields, err, want)
		}
	}
	cls, err := namedtuple(nil, []interp.Value{interp.Str("Point"), interp.Str("x y")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = cls.(*interp.Class).New(nil, cls.(*interp.Class), []interp.Value{interp.Int(1)}, nil)
	if err == nil || err.Error() != "TypeError: Point.__new__() missing 1 required positional argument: 'y'" {
		t.Errorf("missing arg: %v", err)
	}
	_, err = cls.(*interp.Class).New(nil, cls.(*interp.Class), []interp.Value{interp.Int(1), interp.Int(2), interp.Int(3)}, nil)
	if err == nil || err.Error() != "TypeError: Point.__new__() takes 3 positional arguments but 4 were given" {
		t.Errorf("extra arg: %v", err)
	}
}
