package asyncio

import "testing"

// The awaited-by set keeps one task inline and the rest aside; adding is
// idempotent and discarding keeps the order of the others.
func TestAwaitedBySet(t *testing.T) {
	var fut Future
	a, b, c := &Task{}, &Task{}, &Task{}
	names := map[*Task]string{a: "a", b: "b", c: "c"}
	list := func() string {
		s := ""
		for _, x := range fut.awaiters() {
			s += names[x]
		}
		return s
	}
	fut.discardAwaitedBy(a) // nothing to discard
	for _, x := range []*Task{a, b, a, c, b} {
		fut.addAwaitedBy(x)
	}
	if got := list(); got != "abc" {
		t.Fatalf("after adds: %q, want abc", got)
	}
	for _, step := range []struct {
		drop *Task
		want string
	}{{b, "ac"}, {a, "c"}, {c, ""}} {
		fut.discardAwaitedBy(step.drop)
		if got := list(); got != step.want {
			t.Fatalf("after discarding %s: %q, want %q", names[step.drop], got, step.want)
		}
	}
}
