package buffer

import "github.com/dop251/goja"

// The string and memory access of this package, for other builtins with hot paths over bytes
// and strings (TextEncoder/TextDecoder in node/web).

// StringUnits gives a JS string as its bytes (ascii true) or as its UTF-16 units, without copying.
func StringUnits(v goja.Value) (s string, u []uint16, ascii bool) { return strOf(v) }

// Bytes is the memory of an ArrayBuffer, typed array or DataView, shared (not copied); nil for
// anything else. The one way builtins (fs, zlib, net, crypto…) reach the bytes of a JS value.
func Bytes(v goja.Value) []byte {
	if b := viewBytes(v); b != nil {
		return b
	}
	// a DataView: its window on the underlying buffer
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	bufv := o.Get("buffer")
	if bufv == nil {
		return nil
	}
	ab, ok := bufv.Export().(goja.ArrayBuffer)
	if !ok {
		return nil
	}
	off, n := int(o.Get("byteOffset").ToInteger()), int(o.Get("byteLength").ToInteger())
	b := ab.Bytes()
	if off < 0 || n < 0 || off+n > len(b) {
		return nil
	}
	return b[off : off+n]
}

// UTF8Value decodes b as buf.toString('utf8') does (U+FFFD for each maximal invalid subpart).
func UTF8Value(vm *goja.Runtime, b []byte) goja.Value { return decode(vm, b, encUTF8) }

// Latin1Value makes a string of the bytes of b taken as code points U+0000..U+00FF.
func Latin1Value(vm *goja.Runtime, b []byte) goja.Value { return decode(vm, b, encLatin1) }

// UTF16Value makes a string of UTF-16 code units (lone surrogates kept).
func UTF16Value(u []uint16) goja.Value {
	for _, c := range u {
		if c >= 0x80 {
			if unicodeOK {
				return unicodeValue(append([]uint16{0xFEFF}, u...))
			}
			return goja.StringFromUTF16(u)
		}
	}
	b := make([]byte, len(u))
	for i, c := range u {
		b[i] = byte(c)
	}
	return asciiValue(string(b))
}

// EncodeUTF8 encodes a string as UTF-8 into memory the caller owns (lone surrogates become
// U+FFFD, as Buffer.from and TextEncoder do).
func EncodeUTF8(s string, u []uint16, ascii bool) []byte {
	n := encodedLen(s, u, ascii, encUTF8)
	out := makeNoZero(n)
	encodeInto(out, s, u, ascii, encUTF8)
	return out
}

// EncodeString encodes a JS string into new memory as UTF-8 (lone surrogates become U+FFFD) or,
// with latin1, as the low byte of each UTF-16 unit, as Buffer.from(s, 'latin1') does.
func EncodeString(v goja.Value, latin1 bool) []byte {
	s, u, ascii := strOf(v)
	if !latin1 {
		return EncodeUTF8(s, u, ascii)
	}
	out := makeNoZero(encodedLen(s, u, ascii, encLatin1))
	encodeInto(out, s, u, ascii, encLatin1)
	return out
}

// EncodeUTF8Into writes as much of the string as fits in whole characters into dst and returns
// the UTF-16 units read and the bytes written (TextEncoder.encodeInto).
func EncodeUTF8Into(dst []byte, s string, u []uint16, ascii bool) (read, written int) {
	if ascii {
		n := copy(dst, s)
		return n, n
	}
	written, read = utf8EncodeUnits(dst, u)
	return read, written
}

// View is the memory of a Uint8Array (or subclass), another typed array or an ArrayBuffer,
// shared; ok is false for any other value (DataViews included).
func View(v goja.Value) (b []byte, ok bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	if b, ok := fastBytes(o); ok {
		return b, true
	}
	switch o.Export().(type) {
	case []byte, goja.ArrayBuffer, []int8, []uint16, []int16, []uint32, []int32, []float32, []float64, []int64, []uint64:
		b = viewBytes(v)
		if b == nil {
			b = []byte{}
		}
		return b, true
	}
	return nil, false
}

// Uint8View is the memory of a Uint8Array (or a subclass such as Buffer), read straight from the
// engine's object; ok is false for anything else, and for every value when the engine's layout is
// not the one fastview.go knows.
func Uint8View(o *goja.Object) (b []byte, ok bool) {
	initLazy()
	return fastBytes(o)
}

// Uint8Window is u8.buffer, u8.byteOffset and u8.length of a Uint8Array (or a subclass such as
// Buffer) without the engine's property lookups; ok is false as for Uint8View.
func Uint8Window(o *goja.Object) (ab *goja.Object, off, n int, ok bool) {
	initLazy()
	return fastWindow(o)
}

// MakeNoZero is n bytes of memory that are not cleared first (as Buffer.allocUnsafeSlow's are
// not), for a caller that fills them before any JS can see them.
func MakeNoZero(n int) []byte { return makeNoZero(n) }
