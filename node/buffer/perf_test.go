package buffer

import (
	"encoding/base64"
	"strings"
	"testing"
)

var src1M = func() []byte {
	b := make([]byte, 1<<20)
	for i := range b {
		b[i] = byte(i*31 + 7)
	}
	return b
}()

func BenchmarkHexEncode(b *testing.B) {
	for i := 0; i < b.N; i++ {
		out := make([]byte, 2*len(src1M))
		hexEncode(out, src1M)
	}
}
func BenchmarkB64Encode(b *testing.B) {
	for i := 0; i < b.N; i++ {
		out := make([]byte, base64EncodedLen(len(src1M), false))
		base64Encode(out, src1M, false)
	}
}
func BenchmarkB64Decode(b *testing.B) {
	s := base64.StdEncoding.EncodeToString(src1M)
	for i := 0; i < b.N; i++ {
		dst := make([]byte, len(s))
		base64DecodeBytes(dst, s)
	}
}
func BenchmarkB64DecodeSlow(b *testing.B) {
	s := base64.StdEncoding.EncodeToString(src1M)
	for i := 0; i < b.N; i++ {
		dst := make([]byte, len(s))
		base64DecodeSlow(dst, 0, len(s), func(i int) uint16 { return uint16(s[i]) })
	}
}
func BenchmarkHexDecode(b *testing.B) {
	s := string(make([]byte, 2<<20))
	h := []byte(s)
	hexEncode(h, src1M)
	s = string(h)
	for i := 0; i < b.N; i++ {
		dst := make([]byte, 1<<20)
		hexDecodeString(dst, s)
	}
}

func BenchmarkHexEncodeNoAlloc(b *testing.B) {
	out := make([]byte, 2*len(src1M))
	b.SetBytes(int64(len(src1M)))
	for i := 0; i < b.N; i++ {
		hexEncode(out, src1M)
	}
}

func BenchmarkB64EncodeNoAlloc(b *testing.B) {
	out := make([]byte, base64EncodedLen(len(src1M), false))
	b.SetBytes(int64(len(src1M)))
	for i := 0; i < b.N; i++ {
		base64Encode(out, src1M, false)
	}
}

func BenchmarkB64DecodeNoAlloc(b *testing.B) {
	s := base64.StdEncoding.EncodeToString(src1M)
	dst := make([]byte, len(s))
	b.SetBytes(int64(len(src1M)))
	for i := 0; i < b.N; i++ {
		base64DecodeBytes(dst, s)
	}
}

func BenchmarkUTF8DecodeMixed(b *testing.B) {
	src := []byte(strings.Repeat("abcdefghijklmnopqrstuvwxyz é€😀 hello world, plain ascii text here. ", 1<<20/64))
	out := make([]uint16, 0, len(src)+1)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		decodeUTF8Into(out[:0], src)
	}
}
