package loop

// This file lets goroutines outside a Loop count as actors of a
// VirtualClock: a thread the program starts (threading.Thread) works in
// real time, so the clock must not jump while it runs.

// AddActor counts one more actor until release is called (release is
// idempotent). Every goroutine that calls Wait must be counted: a thread
// started by the program takes one for its whole life.
func (c *VirtualClock) AddActor() (release func()) {
	c.addActors(1)
	done := false
	return func() {
		c.mu.Lock()
		was := done
		done = true
		c.mu.Unlock()
		if !was {
			c.addActors(-1)
		}
	}
}
