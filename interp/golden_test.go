package interp_test

// End-to-end programs for the builtins, exception objects and traceback
// printing: every testdata/builtins/NAME.as and testdata/traceback/NAME.as
// runs in process through the one golden runner (internal/golden) and must
// print what CPython 3.11 printed for it, recorded by
// testdata/builtins/record.py (NAME.out, NAME.err with the whole stderr,
// NAME.code; NAME.in is fed to stdin). No timings are masked: float output
// is compared digit for digit.

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
)

func TestBuiltinPrograms(t *testing.T) {
	// One at a time, as before: vm_async_mix.as races tasks on the real clock.
	golden.Suite{Dir: "testdata/builtins", Sequential: true}.Test(t)
}

// Traceback printing, the programs of testdata/traceback (the *.json
// there are traceback_test.go's): caret_*.as each end with one kind of
// failing expression, whose carets the traceback must draw as CPython's
// do; the others show chaining, notes, groups, recursion and the like.
func TestTracebackPrograms(t *testing.T) {
	golden.Suite{Dir: "testdata/traceback"}.Test(t)
}

// Strings, containers and iteration, one small program per case
// (testdata/containers.as, written by testdata/gen_containers.py).
func TestContainerPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/containers.as"}.Test(t)
}

// Uncaught runtime errors: the last stderr line and the exit status
// (testdata/runtime_errors.as).
func TestRuntimeErrors(t *testing.T) {
	golden.Suite{Chunks: "testdata/runtime_errors.as"}.Test(t)
}

// Generators and yield from (PEP 380): send, throw and close forwarded to
// the delegate, return values and StopIteration's args
// (testdata/yield_from.as).
func TestYieldFromPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/yield_from.as"}.Test(t)
}

// The recursion limit, __init__'s result and unwinding for each way a
// frame is entered (testdata/frame_entry.as).
func TestFrameEntryPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/frame_entry.as"}.Test(t)
}

// Strings grown in place by `+=` keep every older value intact
// (testdata/str_append.as).
func TestStrAppendPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/str_append.as"}.Test(t)
}

// bytes and bytearray: literals, operators, every method, the codecs of
// str.encode/bytes.decode, bytes % args and int.to_bytes/from_bytes
// (testdata/bytes.as, written by testdata/gen_bytes.py).
func TestBytesPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/bytes.as"}.Test(t)
}

// Instructions at the top of their frames' operand stacks, which have no
// slot to spare (testdata/stack_depth.as, frame_slots_test.go).
func TestStackDepthPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/stack_depth.as"}.Test(t)
}
