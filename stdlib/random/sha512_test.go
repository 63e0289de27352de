package random

import (
	"crypto/sha512"
	"testing"
)

// TestSHA512 checks sha512Sum against the standard library's (test-only
// import) over every length across the padding boundaries.
func TestSHA512(t *testing.T) {
	msg := make([]byte, 400)
	for i := range msg {
		msg[i] = byte(i*131 + 7)
	}
	for n := 0; n <= len(msg); n++ {
		if got, want := sha512Sum(msg[:n]), sha512.Sum512(msg[:n]); got != want {
			t.Fatalf("length %d: got %x, want %x", n, got, want)
		}
	}
	// FIPS 180-4's example "abc"
	want := "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
	got := sha512Sum([]byte("abc"))
	const hexdigits = "0123456789abcdef"
	var s []byte
	for _, b := range got {
		s = append(s, hexdigits[b>>4], hexdigits[b&15])
	}
	if string(s) != want {
		t.Fatalf("abc: got %s", s)
	}
}
