package buffer

// The byte work of node:buffer: encoders from JS strings (UTF-16 code units or ASCII bytes) to
// bytes and decoders back, with Node's handling of invalid input. Nothing here knows goja.

import (
	"encoding/binary"
	"unicode/utf8"
)

// Encodings as the JS glue numbers them.
const (
	encUTF8 = iota
	encUCS2
	encLatin1
	encASCII
	encHex
	encBase64
	encBase64URL
)

// utf8LenUnits is the UTF-8 length of UTF-16 units; lone surrogates count as U+FFFD (3 bytes).
func utf8LenUnits(u []uint16) int {
	n := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < 0x80:
			n++
		case c < 0x800:
			n += 2
		case c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
			n += 4
			i++
		default:
			n += 3
		}
	}
	return n
}

// utf8EncodeUnits writes the UTF-8 of u into dst, never a partial character; it returns the
// bytes written and the units consumed.
func utf8EncodeUnits(dst []byte, u []uint16) (int, int) {
	n := 0
	i := 0
	for ; i < len(u); i++ {
		c := u[i]
		if c < 0x80 {
			if n >= len(dst) {
				break
			}
			dst[n] = byte(c)
			n++
			continue
		}
		if c < 0x800 {
			if n+2 > len(dst) {
				break
			}
			dst[n] = 0xC0 | byte(c>>6)
			dst[n+1] = 0x80 | byte(c&0x3F)
			n += 2
			continue
		}
		if c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			if n+4 > len(dst) {
				break
			}
			r := 0x10000 + (rune(c)-0xD800)<<10 + (rune(u[i+1]) - 0xDC00)
			dst[n] = 0xF0 | byte(r>>18)
			dst[n+1] = 0x80 | byte(r>>12&0x3F)
			dst[n+2] = 0x80 | byte(r>>6&0x3F)
			dst[n+3] = 0x80 | byte(r&0x3F)
			n += 4
			i++
			continue
		}
		if c >= 0xD800 && c <= 0xDFFF {
			c = 0xFFFD
		}
		if n+3 > len(dst) {
			break
		}
		dst[n] = 0xE0 | byte(c>>12)
		dst[n+1] = 0x80 | byte(c>>6&0x3F)
		dst[n+2] = 0x80 | byte(c&0x3F)
		n += 3
	}
	return n, i
}

// isASCII reports whether b has no byte >= 0x80.
func isASCII(b []byte) bool {
	i := 0
	for ; i+32 <= len(b); i += 32 {
		if (binary.LittleEndian.Uint64(b[i:])|binary.LittleEndian.Uint64(b[i+8:])|
			binary.LittleEndian.Uint64(b[i+16:])|binary.LittleEndian.Uint64(b[i+24:]))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= 0x80 {
			return false
		}
	}
	return true
}

// copyASCII copies src into dst (as long) while checking it is ASCII, in one pass; it stops
// and reports false at the first block holding a byte >= 0x80.
func copyASCII(dst, src []byte) bool {
	dst = dst[:len(src)]
	i := 0
	for ; i+32 <= len(src); i += 32 {
		a := binary.LittleEndian.Uint64(src[i:])
		b := binary.LittleEndian.Uint64(src[i+8:])
		c := binary.LittleEndian.Uint64(src[i+16:])
		d := binary.LittleEndian.Uint64(src[i+24:])
		if (a|b|c|d)&0x8080808080808080 != 0 {
			return false
		}
		binary.LittleEndian.PutUint64(dst[i:], a)
		binary.LittleEndian.PutUint64(dst[i+8:], b)
		binary.LittleEndian.PutUint64(dst[i+16:], c)
		binary.LittleEndian.PutUint64(dst[i+24:], d)
	}
	for ; i < len(src); i++ {
		if src[i] >= 0x80 {
			return false
		}
		dst[i] = src[i]
	}
	return true
}

// isUTF8 reports whether b is well-formed UTF-8 (no surrogates, no overlongs).
func isUTF8(b []byte) bool { return utf8.Valid(b) }

// decodeUTF8 decodes b as WHATWG's UTF-8 decoder does (what V8 does for Node): each maximal
// invalid subpart becomes one U+FFFD. It returns the code units.
func decodeUTF8(b []byte) []uint16 {
	return decodeUTF8Into(make([]uint16, 0, len(b)), b)
}

// decodeUTF8Into appends the decoding of b to out.
func decodeUTF8Into(out []uint16, b []byte) []uint16 {
	for i := 0; i < len(b); {
		// runs of ASCII eight bytes at a time
		for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
			out = append(out, uint16(b[i]), uint16(b[i+1]), uint16(b[i+2]), uint16(b[i+3]),
				uint16(b[i+4]), uint16(b[i+5]), uint16(b[i+6]), uint16(b[i+7]))
			i += 8
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c < 0x80 {
			out = append(out, uint16(c))
			i++
			continue
		}
		// well-formed two- and three-byte sequences directly
		if c >= 0xC2 && c <= 0xDF && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			out = append(out, uint16(c&0x1F)<<6|uint16(b[i+1]&0x3F))
			i += 2
			continue
		}
		if c >= 0xE1 && c <= 0xEC && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
			out = append(out, uint16(c&0x0F)<<12|uint16(b[i+1]&0x3F)<<6|uint16(b[i+2]&0x3F))
			i += 3
			continue
		}
		var need int
		var lo, hi byte = 0x80, 0xBF
		var cp rune
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need, cp = 1, rune(c&0x1F)
		case c >= 0xE0 && c <= 0xEF:
			need, cp = 2, rune(c&0x0F)
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need, cp = 3, rune(c&0x07)
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			out = append(out, 0xFFFD)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				ok = false
				break
			}
			cp = cp<<6 | rune(b[j]&0x3F)
			lo, hi = 0x80, 0xBF
			j++
		}
		if !ok {
			out = append(out, 0xFFFD)
			i = j
			continue
		}
		if cp >= 0x10000 {
			cp -= 0x10000
			out = append(out, uint16(0xD800+(cp>>10)), uint16(0xDC00+(cp&0x3FF)))
		} else {
			out = append(out, uint16(cp))
		}
		i = j
	}
	return out
}

const hexDigits = "0123456789abcdef"

func unhex(u uint16) int {
	c := byte(u) // units above 0xFF count by their low byte, as in Node
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// hexPairs[c] is the two lower-case hex digits of c.
var hexPairs = func() (t [256][2]byte) {
	for i := range t {
		t[i] = [2]byte{hexDigits[i>>4], hexDigits[i&15]}
	}
	return
}()

// unhexTable maps a byte to its hex digit value, or 0xFF.
var unhexTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(max(-1, unhex(uint16(i))) & 0xFF)
	}
	return
}()

// hexPairs16[c] is hexPairs[c] as one little-endian uint16.
var hexPairs16 = func() (t [256]uint16) {
	for i := range t {
		t[i] = uint16(hexDigits[i>>4]) | uint16(hexDigits[i&15])<<8
	}
	return
}()

// hexEncode is the lower-case hex of b.
func hexEncode(dst, b []byte) {
	dst = dst[:2*len(b)]
	i := 0
	for ; i+4 <= len(b); i += 4 {
		v := uint64(hexPairs16[b[i]]) | uint64(hexPairs16[b[i+1]])<<16 |
			uint64(hexPairs16[b[i+2]])<<32 | uint64(hexPairs16[b[i+3]])<<48
		binary.LittleEndian.PutUint64(dst[2*i:], v)
	}
	for ; i < len(b); i++ {
		binary.LittleEndian.PutUint16(dst[2*i:], hexPairs16[b[i]])
	}
}

// hexDecodeString is hexDecode for an ASCII string.
func hexDecodeString(dst []byte, s string) int {
	n := min(len(s)/2, len(dst))
	k := 0
	for ; k+4 <= n; k += 4 {
		p := s[2*k : 2*k+8]
		a0, b0, a1, b1 := unhexTable[p[0]], unhexTable[p[1]], unhexTable[p[2]], unhexTable[p[3]]
		a2, b2, a3, b3 := unhexTable[p[4]], unhexTable[p[5]], unhexTable[p[6]], unhexTable[p[7]]
		if (a0|b0|a1|b1|a2|b2|a3|b3)&0xF0 != 0 {
			break
		}
		binary.LittleEndian.PutUint32(dst[k:], uint32(a0<<4|b0)|uint32(a1<<4|b1)<<8|uint32(a2<<4|b2)<<16|uint32(a3<<4|b3)<<24)
	}
	for ; k < n; k++ {
		a, b := unhexTable[s[2*k]], unhexTable[s[2*k+1]]
		if a|b == 0xFF || a > 15 || b > 15 {
			return k
		}
		dst[k] = a<<4 | b
	}
	return n
}

// hexDecode decodes pairs of hex digits of s (a string's units through at) into dst, stopping at
// the first pair that is not hex; it returns the bytes written.
func hexDecode(dst []byte, n int, at func(int) uint16) int {
	k := 0
	for i := 0; i+1 < n && k < len(dst); i += 2 {
		a, b := unhex(at(i)), unhex(at(i+1))
		if a < 0 || b < 0 {
			break
		}
		dst[k] = byte(a<<4 | b)
		k++
	}
	return k
}

const b64std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// unb64 maps a byte to its 6-bit value in either alphabet, or 255.
var unb64 = func() (t [256]byte) {
	for i := range t {
		t[i] = 255
	}
	for i := 0; i < 64; i++ {
		t[b64std[i]] = byte(i)
		t[b64url[i]] = byte(i)
	}
	return
}()

// base64EncodedLen is the length of the base64 of n bytes (padded) or base64url (unpadded).
func base64EncodedLen(n int, url bool) int {
	if url {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// b64pairs are the two characters of each 12-bit value, little-endian, per alphabet.
// Built on first use (initLazy), so that gnode's start-up does not pay for them.
var b64pairs *[2][4096]uint16

func buildB64Pairs() *[2][4096]uint16 {
	t := new([2][4096]uint16)
	for a, alpha := range []string{b64std, b64url} {
		for v := range 4096 {
			t[a][v] = uint16(alpha[v>>6]) | uint16(alpha[v&63])<<8
		}
	}
	return t
}

// base64Encode writes the encoding of b into dst (sized by base64EncodedLen).
func base64Encode(dst, b []byte, url bool) {
	alpha := b64std
	initLazy()
	pairs := &b64pairs[0]
	if url {
		alpha = b64url
		pairs = &b64pairs[1]
	}
	di := 0
	n := len(b) / 3 * 3
	si := 0
	// twelve bytes to sixteen characters, then six to eight, at a time
	for ; si+14 <= len(b) && si+12 <= n; si += 12 {
		v := binary.BigEndian.Uint64(b[si:]) >> 16
		w := binary.BigEndian.Uint64(b[si+6:]) >> 16
		x := uint64(pairs[v>>36&0xFFF]) | uint64(pairs[v>>24&0xFFF])<<16 |
			uint64(pairs[v>>12&0xFFF])<<32 | uint64(pairs[v&0xFFF])<<48
		y := uint64(pairs[w>>36&0xFFF]) | uint64(pairs[w>>24&0xFFF])<<16 |
			uint64(pairs[w>>12&0xFFF])<<32 | uint64(pairs[w&0xFFF])<<48
		d := dst[di : di+16]
		binary.LittleEndian.PutUint64(d, x)
		binary.LittleEndian.PutUint64(d[8:], y)
		di += 16
	}
	for ; si+8 <= len(b) && si+6 <= n; si += 6 {
		v := binary.BigEndian.Uint64(b[si:]) >> 16
		w := uint64(pairs[v>>36&0xFFF]) | uint64(pairs[v>>24&0xFFF])<<16 |
			uint64(pairs[v>>12&0xFFF])<<32 | uint64(pairs[v&0xFFF])<<48
		binary.LittleEndian.PutUint64(dst[di:], w)
		di += 8
	}
	for ; si < n; si += 3 {
		v := uint(b[si])<<16 | uint(b[si+1])<<8 | uint(b[si+2])
		dst[di] = alpha[v>>18&63]
		dst[di+1] = alpha[v>>12&63]
		dst[di+2] = alpha[v>>6&63]
		dst[di+3] = alpha[v&63]
		di += 4
	}
	switch len(b) - n {
	case 1:
		v := uint(b[n]) << 16
		dst[di] = alpha[v>>18&63]
		dst[di+1] = alpha[v>>12&63]
		if !url {
			dst[di+2] = '='
			dst[di+3] = '='
		}
	case 2:
		v := uint(b[n])<<16 | uint(b[n+1])<<8
		dst[di] = alpha[v>>18&63]
		dst[di+1] = alpha[v>>12&63]
		dst[di+2] = alpha[v>>6&63]
		if !url {
			dst[di+3] = '='
		}
	}
}

// base64DecodedLen is Node's estimate of the decoded size of a base64 string of n units whose
// last two are last1 (final) and last2: padding is not counted.
func base64DecodedLen(n int, at func(int) uint16) int {
	if n > 0 && at(n-1) == '=' {
		n--
		if n > 1 && at(n-1) == '=' {
			n--
		}
	}
	return n * 3 >> 2
}

// b64pairDec[c0<<8|c1] is the 12 bits two characters of one alphabet stand for, or 0xFFFF when
// either is not a base64 character (the other alphabet's pairs decode too, as in Node).
var b64pairDec *[65536]uint16

func buildB64PairDec() *[65536]uint16 {
	t := new([65536]uint16)
	for i := range t {
		a, b := unb64[i>>8], unb64[i&0xFF]
		if a >= 64 || b >= 64 {
			t[i] = 0xFFFF
		} else {
			t[i] = uint16(a)<<6 | uint16(b)
		}
	}
	return t
}

// base64DecodeBytes is base64Decode for a string of bytes. The fast path takes eight valid
// characters at a time; the first group holding anything else (padding, whitespace, junk) and
// everything after it goes to the forgiving decoder.
func base64DecodeBytes(dst []byte, s string) int {
	initLazy()
	t := b64pairDec
	k := 0
	i := 0
	for i+8 <= len(s) && k+6 <= len(dst) {
		a := t[uint16(s[i])<<8|uint16(s[i+1])]
		b := t[uint16(s[i+2])<<8|uint16(s[i+3])]
		c := t[uint16(s[i+4])<<8|uint16(s[i+5])]
		d := t[uint16(s[i+6])<<8|uint16(s[i+7])]
		if (a|b|c|d)&0xF000 != 0 {
			break
		}
		v := uint64(a)<<36 | uint64(b)<<24 | uint64(c)<<12 | uint64(d)
		binary.BigEndian.PutUint32(dst[k:], uint32(v>>16))
		binary.BigEndian.PutUint16(dst[k+4:], uint16(v))
		k += 6
		i += 8
	}
	// whole groups of four valid characters
	for i+4 <= len(s) && k+3 <= len(dst) {
		a, b, c, d := unb64[s[i]], unb64[s[i+1]], unb64[s[i+2]], unb64[s[i+3]]
		if a|b|c|d >= 64 {
			break
		}
		v := uint(a)<<18 | uint(b)<<12 | uint(c)<<6 | uint(d)
		dst[k] = byte(v >> 16)
		dst[k+1] = byte(v >> 8)
		dst[k+2] = byte(v)
		k += 3
		i += 4
	}
	return base64DecodeSlow(dst, k, len(s)-i, func(j int) uint16 { return uint16(s[i+j]) })
}

// base64DecodeSlow decodes Node's forgiving way from k on: characters of neither alphabet are
// skipped, '=' ends the data, a final group of 2 or 3 characters gives 1 or 2 bytes. Units
// above 0xFF count by their low byte, as in Node. It returns the bytes written in total.
func base64DecodeSlow(dst []byte, k int, n int, at func(int) uint16) int {
	var acc [4]byte
	g := 0
	for i := 0; i < n; i++ {
		c := byte(at(i))
		v := unb64[c]
		if v >= 64 {
			if c == '=' {
				break
			}
			continue
		}
		acc[g] = v
		g++
		if g == 4 {
			if k >= len(dst) {
				return k
			}
			dst[k] = acc[0]<<2 | acc[1]>>4
			k++
			if k >= len(dst) {
				return k
			}
			dst[k] = acc[1]<<4 | acc[2]>>2
			k++
			if k >= len(dst) {
				return k
			}
			dst[k] = acc[2]<<6 | acc[3]
			k++
			g = 0
		}
	}
	if g >= 2 && k < len(dst) {
		dst[k] = acc[0]<<2 | acc[1]>>4
		k++
		if g == 3 && k < len(dst) {
			dst[k] = acc[1]<<4 | acc[2]>>2
			k++
		}
	}
	return k
}

// Base64Decode decodes s the way Buffer.from(s, 'base64') does (either alphabet).
func Base64Decode(s string) []byte {
	dst := make([]byte, base64DecodedLen(len(s), func(i int) uint16 { return uint16(s[i]) }))
	return dst[:base64DecodeBytes(dst, s)]
}

// DecodeUTF8 decodes b the way buf.toString('utf8') does, into a Go string.
func DecodeUTF8(b []byte) string {
	u := decodeUTF8(b)
	out := make([]byte, 0, len(b))
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if r >= 0xD800 && r <= 0xDBFF && i+1 < len(u) {
			r = 0x10000 + (r-0xD800)<<10 + rune(u[i+1]) - 0xDC00
			i++
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}
