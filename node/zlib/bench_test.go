package zlib

import (
	"bytes"
	"testing"
)

func benchInput() []byte {
	line := []byte("2026-01-01T00:00:00Z INFO request id=12345 path=/api/v1/items status=200 took=3ms\n")
	return bytes.Repeat(line, 64<<20/len(line))
}

func BenchmarkGzip64MB(b *testing.B) {
	data := benchInput()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		encode(b, modeGzip, data, 0)
	}
}

func BenchmarkGunzip64MB(b *testing.B) {
	data := benchInput()
	z := encode(b, modeGzip, data, 0)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := decode(modeGunzip, z, 0); err != nil {
			b.Fatal(err)
		}
	}
}
