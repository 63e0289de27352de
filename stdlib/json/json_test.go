package json

import (
	"math/big"
	"testing"

	"github.com/asyncscript/asyncscript/interp"
)

// Expectations recorded with python3 (CPython 3.11) json.dumps/loads.

func kv(k string, v interp.Value) interp.KV { return interp.KV{Name: k, Value: v} }

func TestDumps(t *testing.T) {
	d := interp.NewDict()
	d.SetStr("a", &interp.List{Items: []interp.Value{interp.Int(1), interp.Float(2.5), interp.None, interp.True}})
	d.SetStr("b", interp.Str("é\n\""))
	d.SetStr("c", interp.NewDict())
	cases := []struct {
		v    interp.Value
		kw   []interp.KV
		want string
	}{
		{d, []interp.KV{kv("indent", interp.Int(2))}, "{\n  \"a\": [\n    1,\n    2.5,\n    null,\n    true\n  ],\n  \"b\": \"\\u00e9\\n\\\"\",\n  \"c\": {}\n}"},
		{d, nil, `{"a": [1, 2.5, null, true], "b": "\u00e9\n\"", "c": {}}`},
		{&interp.List{Items: []interp.Value{interp.Int(1), interp.Int(2)}}, []interp.KV{kv("separators", interp.Tuple{interp.Str(","), interp.Str(":")})}, "[1,2]"},
		{interp.Str("é"), []interp.KV{kv("ensure_ascii", interp.False)}, `"é"`},
		{interp.Str("\U0001f600\x01\x7f"), nil, `"\ud83d\ude00\u0001\u007f"`},
		{interp.Tuple{interp.Int(1), interp.Int(2)}, nil, "[1, 2]"},
		{interp.Float(1e16), nil, "1e+16"},
		{interp.MakeInt(new(big.Int).Lsh(big.NewInt(1), 70)), nil, "1180591620717411303424"},
	}
	for _, c := range cases {
		opt, err := parseDumpsKw(nil, c.kw)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Dumps(nil, c.v, opt)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
	sorted := interp.NewDict()
	sorted.SetStr("b", interp.Int(1))
	sorted.SetStr("a", &interp.List{})
	opt := DefaultOptions()
	opt.SortKeys = true
	if got, _ := Dumps(nil, sorted, opt); got != `{"a": [], "b": 1}` {
		t.Errorf("sort_keys: %s", got)
	}
}

func TestLoadsErrors(t *testing.T) {
	cases := map[string]string{
		"":          "Expecting value: line 1 column 1 (char 0)",
		"[1,":       "Expecting value: line 1 column 4 (char 3)",
		`{"a" 1}`:   "Expecting ':' delimiter: line 1 column 6 (char 5)",
		"nul":       "Expecting value: line 1 column 1 (char 0)",
		"[1] x":     "Extra data: line 1 column 5 (char 4)",
		`{"a":1,}`:  "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)",
		`"abc`:      "Unterminated string starting at: line 1 column 1 (char 0)",
		"1.5e":      "Extra data: line 1 column 4 (char 3)",
		"[1,2":      "Expecting ',' delimiter: line 1 column 5 (char 4)",
		" ":         "Expecting value: line 1 column 2 (char 1)",
		"[1,]":      "Expecting value: line 1 column 4 (char 3)",
		`"a\x"`:     "Invalid \\escape: line 1 column 3 (char 2)",
		"\"a\x01\"": "Invalid control character at: line 1 column 3 (char 2)",
		`"\u12"`:    "Invalid \\uXXXX escape: line 1 column 3 (char 2)",
	}
	for src, want := range cases {
		_, err := Loads(nil, src)
		if err == nil {
			t.Errorf("%q: no error", src)
			continue
		}
		if err.Class != JSONDecodeError || err.MessageText() != want {
			t.Errorf("%q: got %s: %s, want %s", src, err.Class.Name, err.MessageText(), want)
		}
	}
}

func TestLoads(t *testing.T) {
	v, err := Loads(nil, `{"a": [1, 2.5, -3e2, true, null, "x\u00e9\n"], "b": 1E400, "c": 12345678901234567890}`)
	if err != nil {
		t.Fatal(err)
	}
	d := v.(*interp.Dict)
	a, _ := d.GetStr("a")
	items := a.(*interp.List).Items
	if items[0] != interp.Int(1) || items[1] != interp.Float(2.5) || items[2] != interp.Float(-300) || items[3] != interp.True || items[4] != interp.None || items[5] != interp.Str("xé\n") {
		t.Errorf("items: %#v", items)
	}
	c, _ := d.GetStr("c")
	if b, ok := c.(*interp.BigInt); !ok || b.V.String() != "12345678901234567890" {
		t.Errorf("big: %#v", c)
	}
}
