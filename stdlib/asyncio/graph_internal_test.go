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
	fut.discardAwaitedBy(b)
	if got := list(); got != "ac" {
		t.Fatalf("after discarding b: %q, want ac", got)
	}
	fut.discardAwaitedBy(a)
	if got := list(); got != "c" {
		t.Fatalf("after discarding a: %q, want c", got)
	}
	fut.discardAwaitedBy(c)
	if got := list(); got != "" {
		t.Fatalf("after discarding c: %q, want nothing", got)
	}
}
