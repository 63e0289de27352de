package interp

// This file checks that each built-in type fills the slots (slots.go) the
// central operations send it through: a method whose signature drifts
// would silently drop the type to the dunder path.

import "testing"

func TestBuiltinTypesFillTheirSlots(t *testing.T) {
	d := NewDict()
	cases := []struct {
		name  string
		v     Value
		slots []string
	}{
		{"list", &List{}, []string{"len", "in", "get", "set", "del", "iter", "repr", "op", "inplace", "cmp", "hash"}},
		{"tuple", Tuple{}, []string{"len", "in", "get", "iter", "repr", "op", "cmp"}},
		{"str", Str(""), []string{"len", "in", "get", "iter", "op"}},
		{"dict", d, []string{"len", "in", "get", "set", "del", "iter", "repr", "op", "inplace", "cmp", "hash"}},
		{"dict_keys", &DictView{d: d, kind: viewKeys}, []string{"len", "in", "iter"}},
		{"set", &Set{}, []string{"len", "in", "iter"}},
		{"frozenset", &FrozenSet{}, []string{"len", "in", "iter"}},
		{"range", &Range{}, []string{"len", "in", "get", "iter"}},
		{"bytes", Bytes(""), []string{"len", "in", "get", "iter"}},
		{"bytearray", &ByteArray{}, []string{"len", "in", "get", "set", "del", "iter"}},
		{"slice", &Slice{}, []string{"repr", "cmp", "hash"}},
	}
	has := map[string]func(Value) bool{
		"len":     func(v Value) bool { _, ok := v.(lenSlot); return ok },
		"in":      func(v Value) bool { _, ok := v.(containsSlot); return ok },
		"get":     func(v Value) bool { _, ok := v.(getItemSlot); return ok },
		"set":     func(v Value) bool { _, ok := v.(setItemSlot); return ok },
		"del":     func(v Value) bool { _, ok := v.(delItemSlot); return ok },
		"iter":    func(v Value) bool { _, ok := v.(iterSlot); return ok },
		"repr":    func(v Value) bool { _, ok := v.(reprSlot); return ok },
		"op":      func(v Value) bool { _, ok := v.(operatorSlot); return ok },
		"inplace": func(v Value) bool { _, ok := v.(inplaceSlot); return ok },
		"cmp":     func(v Value) bool { _, ok := v.(RichComparer); return ok },
		"hash":    func(v Value) bool { _, ok := v.(Hasher); return ok },
	}
	for _, c := range cases {
		for _, s := range c.slots {
			if !has[s](c.v) {
				t.Errorf("%s does not fill the %s slot", c.name, s)
			}
		}
	}
	// a user instance fills none of them: its dunders are looked up
	inst := &Instance{}
	for s, ok := range has {
		if s != "cmp" && s != "hash" && ok(inst) {
			t.Errorf("*Instance fills the %s slot", s)
		}
	}
}
