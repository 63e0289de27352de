package random

// This file defines the MT19937 generator exactly as CPython's _random
// module drives it: init_genrand, init_by_array, genrand_uint32, the
// 53-bit random() and getrandbits.

import (
	"math/big"
	"math/bits"
)

const (
	mtN       = 624
	mtM       = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// MT is the Mersenne Twister state.
type MT struct {
	state [mtN]uint32
	index int
}

func (m *MT) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// InitByArray seeds from a key of 32-bit words (CPython's init_by_array).
func (m *MT) InitByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

// SeedBig seeds from a non-negative integer: its 32-bit chunks, least
// significant first (a zero seed is the one-word key [0]).
func (m *MT) SeedBig(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		if bits.UintSize == 64 {
			key = append(key, uint32(w), uint32(uint64(w)>>32))
		} else {
			key = append(key, uint32(w))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.InitByArray(key)
}

// Uint32 is genrand_uint32.
func (m *MT) Uint32() uint32 {
	if m.index >= mtN {
		var kk int
		mag := [2]uint32{0, matrixA}
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
			m.state[kk] = m.state[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
			m.state[kk] = m.state[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (m.state[mtN-1] & upperMask) | (m.state[0] & lowerMask)
		m.state[mtN-1] = m.state[mtM-1] ^ (y >> 1) ^ mag[y&1]
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Random is random(): a 53-bit float in [0, 1).
func (m *MT) Random() float64 {
	a := m.Uint32() >> 5
	b := m.Uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Bits64 is getrandbits(k) for 0 <= k <= 64.
func (m *MT) Bits64(k int) uint64 {
	if k == 0 {
		return 0
	}
	if k <= 32 {
		return uint64(m.Uint32() >> (32 - k))
	}
	lo := uint64(m.Uint32())
	hi := uint64(m.Uint32() >> (64 - k))
	return lo | hi<<32
}

// BitsBig is getrandbits(k) for any k >= 0.
func (m *MT) BitsBig(k int) *big.Int {
	if k <= 64 {
		return new(big.Int).SetUint64(m.Bits64(k))
	}
	nwords := (k-1)/32 + 1
	buf := make([]byte, nwords*4)
	for i := 0; i < nwords; i++ {
		r := m.Uint32()
		if k < 32 {
			r >>= 32 - k
		}
		// big-endian byte buffer: word i is the i-th least significant
		off := (nwords - 1 - i) * 4
		buf[off] = byte(r >> 24)
		buf[off+1] = byte(r >> 16)
		buf[off+2] = byte(r >> 8)
		buf[off+3] = byte(r)
		k -= 32
	}
	return new(big.Int).SetBytes(buf)
}

// Below is _randbelow_with_getrandbits(n) for 0 < n < 2**63.
func (m *MT) Below(n int64) int64 {
	k := bits.Len64(uint64(n))
	r := m.Bits64(k)
	for r >= uint64(n) {
		r = m.Bits64(k)
	}
	return int64(r)
}

// BelowBig is _randbelow_with_getrandbits(n) for any n > 0.
func (m *MT) BelowBig(n *big.Int) *big.Int {
	if n.IsInt64() {
		return big.NewInt(m.Below(n.Int64()))
	}
	k := n.BitLen()
	r := m.BitsBig(k)
	for r.Cmp(n) >= 0 {
		r = m.BitsBig(k)
	}
	return r
}
