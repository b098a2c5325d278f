package crypto

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// SM3 is the Chinese national hash standard (GB/T 32905-2016), which Node lists through OpenSSL;
// neither Go's standard library nor golang.org/x/crypto has it. 256-bit output, 64-byte blocks,
// Merkle–Damgård with SHA-256's padding.
type sm3 struct {
	v   [8]uint32
	buf [64]byte
	n   int    // bytes in buf
	len uint64 // total bytes written
}

var sm3IV = [8]uint32{0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e}

func newSM3() hash.Hash {
	h := &sm3{}
	h.Reset()
	return h
}

func (h *sm3) Reset()         { h.v, h.n, h.len = sm3IV, 0, 0 }
func (h *sm3) Size() int      { return 32 }
func (h *sm3) BlockSize() int { return 64 }

func (h *sm3) Write(p []byte) (int, error) {
	total := len(p)
	h.len += uint64(total)
	if h.n > 0 {
		k := copy(h.buf[h.n:], p)
		h.n += k
		p = p[k:]
		if h.n < 64 {
			return total, nil
		}
		h.block(h.buf[:])
		h.n = 0
	}
	for len(p) >= 64 {
		h.block(p[:64])
		p = p[64:]
	}
	h.n = copy(h.buf[:], p)
	return total, nil
}

func (h *sm3) Sum(b []byte) []byte {
	c := *h
	var pad [72]byte
	pad[0] = 0x80
	padLen := 56 - c.n
	if c.n >= 56 {
		padLen += 64
	}
	binary.BigEndian.PutUint64(pad[padLen:], c.len*8)
	c.Write(pad[:padLen+8])
	for _, x := range c.v {
		b = binary.BigEndian.AppendUint32(b, x)
	}
	return b
}

func p0(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 9) ^ bits.RotateLeft32(x, 17) }
func p1(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 15) ^ bits.RotateLeft32(x, 23) }

func (h *sm3) block(p []byte) {
	var w [68]uint32
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint32(p[4*i:])
	}
	for j := 16; j < 68; j++ {
		w[j] = p1(w[j-16]^w[j-9]^bits.RotateLeft32(w[j-3], 15)) ^ bits.RotateLeft32(w[j-13], 7) ^ w[j-6]
	}
	a, b, c, d, e, f, g, hh := h.v[0], h.v[1], h.v[2], h.v[3], h.v[4], h.v[5], h.v[6], h.v[7]
	for j := 0; j < 64; j++ {
		t := uint32(0x79cc4519)
		if j >= 16 {
			t = 0x7a879d8a
		}
		a12 := bits.RotateLeft32(a, 12)
		ss1 := bits.RotateLeft32(a12+e+bits.RotateLeft32(t, j%32), 7)
		ss2 := ss1 ^ a12
		var ff, gg uint32
		if j < 16 {
			ff = a ^ b ^ c
			gg = e ^ f ^ g
		} else {
			ff = (a & b) | (a & c) | (b & c)
			gg = (e & f) | (^e & g)
		}
		tt1 := ff + d + ss2 + (w[j] ^ w[j+4])
		tt2 := gg + hh + ss1 + w[j]
		d = c
		c = bits.RotateLeft32(b, 9)
		b = a
		a = tt1
		hh = g
		g = bits.RotateLeft32(f, 19)
		f = e
		e = p0(tt2)
	}
	h.v[0] ^= a
	h.v[1] ^= b
	h.v[2] ^= c
	h.v[3] ^= d
	h.v[4] ^= e
	h.v[5] ^= f
	h.v[6] ^= g
	h.v[7] ^= hh
}
