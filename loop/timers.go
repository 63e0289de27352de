// This file defines the timer heap: a binary min-heap of timer handles
// keyed by deadline, with the exact sift algorithm of Python's heapq.
//
// CPython compares TimerHandles by deadline only, and heapq is not stable,
// so the order in which equal deadlines leave the heap is a function of the
// sequence of pushes, pops and heapifies. Using the same algorithm (heappush
// sifts the new item toward the root while it is strictly smaller than its
// parent; heappop moves the last item to the root, walks the hole down to a
// leaf along the smaller child, preferring the right child unless the left
// one is strictly smaller, then sifts the item back up; heapify does that
// for each internal node from the last one to the root) reproduces CPython's
// order for equal deadlines. Distinct deadlines come out sorted whatever the
// algorithm.

package loop

type timerHeap []*Handle

func (h timerHeap) less(i, j int) bool { return h[i].when < h[j].when }

// push adds t to the heap (heapq.heappush).
func (h *timerHeap) push(t *Handle) {
	*h = append(*h, t)
	h.siftDown(0, len(*h)-1)
}

// pop removes and returns the earliest timer (heapq.heappop). The heap must
// not be empty.
func (h *timerHeap) pop() *Handle {
	s := *h
	n := len(s) - 1
	last := s[n]
	s[n] = nil
	s = s[:n]
	*h = s
	if n == 0 {
		return last
	}
	top := s[0]
	s[0] = last
	h.siftUp(0)
	return top
}

// heapify restores the heap property of an arbitrary slice (heapq.heapify).
func (h timerHeap) heapify() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.siftUp(i)
	}
}

// siftDown moves the item at pos toward the root (not past start) while it
// is strictly less than its parent (heapq._siftdown).
func (h timerHeap) siftDown(start, pos int) {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !(item.when < h[parent].when) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
}

// siftUp moves the hole at pos down to a leaf along the smaller child, then
// sifts the item that was at pos back up from there (heapq._siftup).
func (h timerHeap) siftUp(pos int) {
	end := len(h)
	start := pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !h.less(child, right) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	h.siftDown(start, pos)
}
