package web

import (
	"testing"
	"unicode/utf16"

	"github.com/gnode-dev/gnode/node/buffer"
)

// text of a decode result as a Go string (UTF-16 units may hold lone surrogates: kept as U+FFFD
// by utf16.Decode, which never happens for well-formed decoder output).
func text(r decoded) string {
	if r.units != nil {
		return string(utf16.Decode(r.units))
	}
	return buffer.DecodeUTF8(r.utf8)
}

// legacy encodings in the tests are named by negative numbers
var legacyNames = map[int]string{-1: "shift_jis", -2: "gb18030", -3: "iso-8859-2", -4: "euc-kr", -5: "iso-2022-jp"}

func newTestDecoder(enc int, fatal bool) *decoder {
	if name, ok := legacyNames[enc]; ok {
		d := &decoder{enc: encLegacy, fatal: fatal}
		d.newLegacyDecoder(name)
		return d
	}
	return &decoder{enc: enc, fatal: fatal}
}

func decodeAll(enc int, fatal bool, b []byte) (string, bool) {
	d := newTestDecoder(enc, fatal)
	r := d.decode(b, false)
	return text(r), r.ok
}

// decodeChunks feeds b in chunks of n bytes with stream: true, then flushes.
func decodeChunks(enc int, fatal bool, b []byte, n int) (string, bool) {
	d := newTestDecoder(enc, fatal)
	out := ""
	for len(b) > 0 {
		k := min(n, len(b))
		r := d.decode(b[:k], true)
		if !r.ok {
			return out, false
		}
		out += text(r)
		b = b[k:]
	}
	r := d.decode(nil, false)
	return out + text(r), r.ok
}

func TestDecodeUTF8(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("h\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e"), "hé€𝄞"},
		{[]byte{0xff, 'A', 0xc3, 'A', 0xe2, 0x82, 0xf0, 0x9f}, "\uFFFDA\uFFFDA\uFFFD\uFFFD"},
		{[]byte{0xed, 0xa0, 0x80}, "\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xef, 0xbb, 0xbf, 'a'}, "a"},
		{[]byte{0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf}, "\uFEFF"},
	}
	for _, c := range cases {
		if got, ok := decodeAll(encUTF8, false, c.in); !ok || got != c.want {
			t.Errorf("decode(% x) = %q, want %q", c.in, got, c.want)
		}
		for n := 1; n <= 4; n++ {
			if got, _ := decodeChunks(encUTF8, false, c.in, n); got != c.want {
				t.Errorf("chunks of %d: decode(% x) = %q, want %q", n, c.in, got, c.want)
			}
		}
	}
	if _, ok := decodeAll(encUTF8, true, []byte{0xc3}); ok {
		t.Error("fatal decoder accepted a truncated sequence")
	}
}

func TestDecodeUTF16(t *testing.T) {
	in := []byte{'A', 0, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8, 'B', 0, 'C'}
	want := "A\U0001F600\uFFFDB\uFFFD"
	if got, _ := decodeAll(encUTF16LE, false, in); got != want {
		t.Errorf("utf-16le = %q, want %q", got, want)
	}
	for n := 1; n <= 5; n++ {
		if got, _ := decodeChunks(encUTF16LE, false, in, n); got != want {
			t.Errorf("chunks of %d: %q, want %q", n, got, want)
		}
	}
	if _, ok := decodeAll(encUTF16LE, true, []byte{0, 0xd8}); ok {
		t.Error("fatal utf-16 decoder accepted a lone surrogate")
	}
}

func TestLookupEncoding(t *testing.T) {
	for label, want := range map[string]int{
		"utf-8": encUTF8, " UTF8\n": encUTF8, "latin1": encWindows1252, "US-ASCII": encWindows1252,
		"utf-16": encUTF16LE, "UnicodeFFFE": encUTF16BE, "nope": -1, "": -1, "utf-8\u00a0": -1,
	} {
		if got := lookupEncoding(label); got != want {
			t.Errorf("lookupEncoding(%q) = %d, want %d", label, got, want)
		}
	}
}

// Streaming in any chunking decodes to the same text as one call, fatal or not, and the
// UTF-8 decoder agrees with Buffer's.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte("h\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e"), uint8(1))
	f.Add([]byte{0xef, 0xbb, 0xbf, 0xff, 0xed, 0xa0, 0x80}, uint8(2))
	f.Add([]byte{0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8}, uint8(3))
	f.Add([]byte{0x41, 0x82, 0xa0, 0x88, 0x9f, 0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x8f, 0xa2}, uint8(2))
	f.Fuzz(func(t *testing.T, b []byte, chunk uint8) {
		n := int(chunk%7) + 1
		for _, enc := range []int{encUTF8, encUTF16LE, encUTF16BE, encWindows1252, -1, -2, -3, -4, -5} {
			for _, fatal := range []bool{false, true} {
				whole, okWhole := decodeAll(enc, fatal, b)
				parts, okParts := decodeChunks(enc, fatal, b, n)
				if okWhole != okParts || (okWhole && whole != parts) {
					t.Fatalf("enc %d fatal %v chunk %d: whole %q (%v) != chunks %q (%v)", enc, fatal, n, whole, okWhole, parts, okParts)
				}
			}
		}
		// BOM stripping aside, the UTF-8 decoder is Buffer's
		if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			return
		}
		if got, _ := decodeAll(encUTF8, false, b); got != buffer.DecodeUTF8(b) {
			t.Fatalf("utf-8 %q != buffer %q", got, buffer.DecodeUTF8(b))
		}
	})
}
