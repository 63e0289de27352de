package asyncio

// This file converts between Go byte slices and the Python bytes-like
// values that streams, transports and subprocess pipes carry.

import (
	"unsafe"

	"github.com/asyncscript/asyncscript/interp"
)

// bytesValue returns a Python bytes object holding a copy of b.
func bytesValue(b []byte) interp.Value { return interp.Bytes(b) }

// bytesLike returns the contents of a bytes-like value (bytes, bytearray),
// ok=false for anything else. The slice must not be modified.
func bytesLike(v interp.Value) ([]byte, bool) {
	switch x := v.(type) {
	case interp.Bytes:
		// bytes are immutable: their storage is read in place
		return unsafe.Slice(unsafe.StringData(string(x)), len(x)), true
	case *interp.ByteArray:
		return x.B, true
	}
	return nil, false
}
