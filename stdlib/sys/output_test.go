package sys

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"syscall"
	"testing"
)

// sizeRecorder is a descriptor that records the size of each write.
type sizeRecorder struct{ sizes []int }

func (r *sizeRecorder) Write(p []byte) (int, error) {
	// CPython's unbuffered stream passes an empty write on to the
	// descriptor, where it does nothing; Output skips it.
	if len(p) > 0 {
		r.sizes = append(r.sizes, len(p))
	}
	return len(p), nil
}

// TestOutputWrites replays the cases of testdata/writes.json (recorded from
// CPython's io stack by testdata/record_writes.py): after each write and
// after the final flush, the descriptor must have received writes of the
// same sizes as CPython's.
func TestOutputWrites(t *testing.T) {
	b, err := os.ReadFile("testdata/writes.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Mode   string
		Block  int
		Writes []string
		Steps  [][]int
		Flush  []int
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	modes := map[string]Buffering{"block": BlockBuffered, "line": LineBuffered, "unbuffered": Unbuffered}
	nonEmpty := func(sizes []int) []int {
		var out []int
		for _, n := range sizes {
			if n > 0 {
				out = append(out, n)
			}
		}
		return out
	}
	for i, c := range cases {
		raw := &sizeRecorder{}
		o := NewOutput(raw, "<stdout>", modes[c.Mode], c.Block)
		for j, w := range c.Writes {
			raw.sizes = nil
			o.WriteString(w)
			if want := nonEmpty(c.Steps[j]); !reflect.DeepEqual(raw.sizes, want) {
				t.Errorf("case %d (%s %d) write %d (%d bytes): wrote %v, CPython %v", i, c.Mode, c.Block, j, len(w), raw.sizes, want)
			}
		}
		raw.sizes = nil
		o.Flush()
		if want := nonEmpty(c.Flush); !reflect.DeepEqual(raw.sizes, want) {
			t.Errorf("case %d (%s %d) flush: wrote %v, CPython %v", i, c.Mode, c.Block, raw.sizes, want)
		}
	}
}

// brokenPipe fails every write with EPIPE.
type brokenPipe struct{ tries int }

func (b *brokenPipe) Write(p []byte) (int, error) {
	b.tries++
	return 0, syscall.EPIPE
}

// TestOutputBrokenPipe: what a failing write drops and what a failing flush
// keeps (CPython: no "Exception ignored" at exit after print failed, one
// after an explicit flush failed; see examples/streams, head_*).
func TestOutputBrokenPipe(t *testing.T) {
	raw := &brokenPipe{}
	o := NewOutput(raw, "<stdout>", BlockBuffered, 4096)
	o.WriteString(string(make([]byte, 8000)))
	if _, err := o.WriteString(string(make([]byte, 8000))); !errors.Is(err, syscall.EPIPE) {
		t.Fatalf("write over a chunk: err %v, want EPIPE", err)
	}
	if err := o.Flush(); err != nil {
		t.Errorf("flush after the failed write: %v, want nothing left to write", err)
	}
	o.WriteString("2\n")
	if err := o.Flush(); !errors.Is(err, syscall.EPIPE) {
		t.Fatalf("flush: err %v, want EPIPE", err)
	}
	if err := o.Flush(); !errors.Is(err, syscall.EPIPE) {
		t.Errorf("second flush: err %v, want EPIPE again (the data is kept)", err)
	}
}
