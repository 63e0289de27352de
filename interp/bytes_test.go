package interp_test

// Allocations of bytes and bytearray whose size follows the program's
// input end in MemoryError from the VM's memory budget (interp/memory.go),
// as str and list do, never in a Go out-of-memory crash.

import (
	"testing"

	"github.com/asyncscript/asyncscript/interp"
)

func TestHugeBytesRaiseMemoryError(t *testing.T) {
	limit := func(vm *interp.VM) { vm.MemoryLimit = 64 << 20 }
	cases := []string{
		"x = bytes(10**10)",
		"x = bytearray(10**9)",
		"x = b'x' * 10**9",
		"x = 10**9 * bytearray(b'x')",
		"x = bytearray(b'ab')\nx *= 10**9",
		"x = b'ab'.center(10**9)",
		"x = b'ab'.zfill(10**9)",
		"x = b'ab'.ljust(10**9, b'-')",
		"x = b'%*d' % (10**9, 1)",
		"x = b'%*s' % (10**9, b'a')",
		"x = (1).to_bytes(10**9, 'big')",
		"x = b''.join([b'x' * 10**6] * 1000)",
		"x = (b'x' * 10**6).replace(b'x', b'yyyyyyyyyy' * 100)",
		"x = b'\\t' * 10**6\nx = x.expandtabs(1000)",
		"l = bytearray()\nwhile True:\n    l += b'x' * 10**6",
		"l = bytearray()\nwhile True:\n    l.extend(b'x' * 10**6)",
		"x = bytes(10**7).hex() * 100",
	}
	for _, c := range cases {
		src := "try:\n" + indent(c) + "\nexcept MemoryError as e:\n    l = x = None\n    print('caught', repr(e))\n"
		out, stderr, code := runProgram(t, src, limit)
		if code != 0 || out != "caught MemoryError()\n" {
			t.Errorf("%q: status %d, stdout %q, stderr %q", c, code, out, stderr)
		}
	}
}
