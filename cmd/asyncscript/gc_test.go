package main

import "testing"

// TestGCPercentFor checks the policy's goal (live + live*GOGC/100) at the
// points gc.go describes.
func TestGCPercentFor(t *testing.T) {
	const mb = 1 << 20
	goal := func(live uint64) float64 {
		return float64(live) * (1 + float64(gcPercentFor(live))/100) / mb
	}
	near := func(got, want float64) bool { return got > want-0.5 && got < want+0.5 }
	for _, c := range []struct {
		live uint64
		want float64 // MB
	}{
		{4 * mb, 64},  // the floor: strings' live heap of 2-8 MB
		{8 * mb, 64},  //
		{32 * mb, 64}, // where the floor meets the sqrt rule
		{80 * mb, 100.2},
		{100 * mb, 118.1},
		{200 * mb, 230}, // past ~113 MB live, GOGC's floor of 15
	} {
		if got := goal(c.live); !near(got, c.want) {
			t.Errorf("live %d MB: goal %.1f MB, want %.1f MB (GOGC %d)", c.live/mb, got, c.want, gcPercentFor(c.live))
		}
	}
	// a tiny live heap is held to maxPercent, because Go adds stacks and
	// globals to the live heap before applying it
	if p := gcPercentFor(100 << 10); p != maxPercent {
		t.Errorf("live 100 KB: GOGC %d, want %d", p, maxPercent)
	}
	if p := gcPercentFor(0); p != maxPercent {
		t.Errorf("live 0: GOGC %d, want %d", p, maxPercent)
	}
	// a huge live heap keeps Go's lowest allowed percentage
	if p := gcPercentFor(64 << 30); p != 15 {
		t.Errorf("live 64 GB: GOGC %d, want 15", p)
	}
}
