// Package buffer serves node:buffer: Buffer is a Uint8Array subclass in the JS glue whose bytes
// live in Go slices shared with their ArrayBuffers; every encode, decode, search, compare and
// copy runs here in Go.
package buffer

import (
	"bytes"
	_ "embed"
	"math"
	"reflect"
	goruntime "runtime"
	"sync"
	"unicode/utf16"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/buffer.js
var bufferJS string

//go:embed js/blob.js
var blobJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "buffer", Source: bufferJS, Binding: binding},
		{ID: "internal/blob", Source: blobJS},
		// FastBuffer & co for other builtins (Node's lib/internal/buffer.js)
		{ID: "internal/buffer", Source: "require('buffer');\nmodule.exports = internalBinding('buffer').internals;\n"},
	}
}

var (
	asciiStrType   = reflect.TypeOf(goja.StringFromUTF16([]uint16{'a'}))
	unicodeStrType = reflect.TypeOf(goja.StringFromUTF16([]uint16{0x100}))
)

// strOf gives a JS string either as its bytes (when it is ASCII) or as its UTF-16 units, without
// copying either when the engine already holds it that way.
func strOf(v goja.Value) (string, []uint16, bool) {
	switch reflect.TypeOf(v) {
	case asciiStrType:
		return v.String(), nil, true
	case unicodeStrType:
		p := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
		u := *(*[]uint16)(p[1])
		if len(u) == 0 {
			return "", nil, true
		}
		return "", u[1:], false
	}
	s := v.String()
	if isASCII(unsafe.Slice(unsafe.StringData(s), len(s))) {
		return s, nil, true
	}
	return "", utf16.Encode([]rune(s)), false
}

// asciiValue makes a JS string of s, which must be ASCII, without the engine scanning and
// copying it again (vm.ToValue would): the value is built as the engine's own ASCII string.
func asciiValue(s string) goja.Value {
	v := asciiTemplate
	p := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
	sp := new(string)
	*sp = s
	p[1] = unsafe.Pointer(sp)
	return v
}

var asciiTemplate = goja.StringFromUTF16([]uint16{'a'}).(goja.Value)

// unicodeValue makes a JS string of u, which must hold the engine's leading BOM slot in u[0] and
// at least one unit >= 0x80 after it, without the copy and scan of goja.StringFromUTF16.
func unicodeValue(u []uint16) goja.Value {
	v := unicodeTemplate
	p := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
	sp := new([]uint16)
	*sp = u
	p[1] = unsafe.Pointer(sp)
	return v
}

var unicodeTemplate = goja.StringFromUTF16([]uint16{0x100}).(goja.Value)

// unicodeOK tells whether unicodeValue builds strings the engine agrees with (checked once).
var unicodeOK = func() bool {
	u := []uint16{0xFEFF, 'a', 0xE9}
	v := unicodeValue(u)
	w := goja.StringFromUTF16(u[1:])
	return v.StrictEquals(w) && v.String() == "a\u00e9"
}()

func asBytes[T any](x []T) []byte {
	if len(x) == 0 {
		return []byte{}
	}
	var z T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(x))), len(x)*int(unsafe.Sizeof(z)))
}

// viewBytes is the memory of an ArrayBuffer or typed array (shared, not copied). The glue passes
// only those (DataViews are turned into Uint8Arrays first).
func viewBytes(v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if b, ok := fastBytes(o); ok {
		return b
	}
	switch x := o.Export().(type) {
	case []byte:
		return x
	case goja.ArrayBuffer:
		return x.Bytes()
	case []int8:
		return asBytes(x)
	case []uint16:
		return asBytes(x)
	case []int16:
		return asBytes(x)
	case []uint32:
		return asBytes(x)
	case []int32:
		return asBytes(x)
	case []float32:
		return asBytes(x)
	case []float64:
		return asBytes(x)
	case []int64:
		return asBytes(x)
	case []uint64:
		return asBytes(x)
	}
	return nil
}

func argInt(call goja.FunctionCall, i int) int {
	v := call.Argument(i)
	if goja.IsUndefined(v) {
		return 0
	}
	return int(v.ToInteger())
}

// encodedLen is the exact byte length of the string s/u in enc, or for hex and base64 the room
// the decoder needs.
func encodedLen(s string, u []uint16, ascii bool, enc int) int {
	n := len(s)
	if !ascii {
		n = len(u)
	}
	switch enc {
	case encUTF8:
		if ascii {
			return n
		}
		return utf8LenUnits(u)
	case encUCS2:
		return n * 2
	case encHex:
		return n >> 1
	case encBase64, encBase64URL:
		if ascii {
			return base64DecodedLen(n, func(i int) uint16 { return uint16(s[i]) })
		}
		return base64DecodedLen(n, func(i int) uint16 { return u[i] })
	}
	return n
}

// encodeInto writes the string into dst in enc, as buf.write does (no partial characters); it
// returns the bytes written.
func encodeInto(dst []byte, s string, u []uint16, ascii bool, enc int) int {
	switch enc {
	case encUTF8:
		if ascii {
			return copy(dst, s)
		}
		n, _ := utf8EncodeUnits(dst, u)
		return n
	case encUCS2:
		k := 0
		if ascii {
			for i := 0; i < len(s) && k+2 <= len(dst); i++ {
				dst[k] = s[i]
				dst[k+1] = 0
				k += 2
			}
			return k
		}
		for i := 0; i < len(u) && k+2 <= len(dst); i++ {
			dst[k] = byte(u[i])
			dst[k+1] = byte(u[i] >> 8)
			k += 2
		}
		return k
	case encLatin1, encASCII:
		if ascii {
			return copy(dst, s)
		}
		n := min(len(dst), len(u))
		for i := 0; i < n; i++ {
			dst[i] = byte(u[i])
		}
		return n
	case encHex:
		if ascii {
			return hexDecodeString(dst, s)
		}
		return hexDecode(dst, len(u), func(i int) uint16 { return u[i] })
	case encBase64, encBase64URL:
		if ascii {
			return base64DecodeBytes(dst, s)
		}
		return base64DecodeSlow(dst, 0, len(u), func(i int) uint16 { return u[i] })
	}
	return 0
}

// kStringMaxLength is V8's longest string (0x1fffffe8 units).
const kStringMaxLength = (1 << 29) - 24

// decodedLen is the length in UTF-16 units of n bytes decoded in enc, at most (UTF-8).
func decodedLen(n, enc int) int {
	switch enc {
	case encUCS2:
		return n / 2
	case encHex:
		return 2 * n
	case encBase64, encBase64URL:
		return base64EncodedLen(n, enc == encBase64URL)
	}
	return n
}

// copyString is string(b) in memory that is not cleared first.
func copyString(b []byte) string {
	out := makeNoZero(len(b))
	copy(out, b)
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// decode turns bytes into a JS string in enc.
func decode(vm *goja.Runtime, b []byte, enc int) goja.Value {
	switch enc {
	case encUTF8:
		if len(b) >= 4096 {
			out := makeNoZero(len(b))
			if copyASCII(out, b) {
				return asciiValue(unsafe.String(unsafe.SliceData(out), len(out)))
			}
		} else if isASCII(b) {
			return asciiValue(string(b))
		}
		if unicodeOK {
			return unicodeValue(decodeUTF8Into(append(makeU16NoZero(len(b) + 1)[:0], 0xFEFF), b))
		}
		return goja.StringFromUTF16(decodeUTF8(b))
	case encUCS2:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case encLatin1:
		if isASCII(b) {
			return asciiValue(copyString(b))
		}
		u := make([]uint16, len(b)+1)
		u[0] = 0xFEFF
		for i, c := range b {
			u[i+1] = uint16(c)
		}
		if unicodeOK {
			return unicodeValue(u)
		}
		return goja.StringFromUTF16(u[1:])
	case encASCII:
		if isASCII(b) {
			return asciiValue(copyString(b))
		}
		out := makeNoZero(len(b))
		for i, c := range b {
			out[i] = c & 0x7F
		}
		return asciiValue(unsafe.String(unsafe.SliceData(out), len(out)))
	case encHex:
		out := makeNoZero(2 * len(b))
		hexEncode(out, b)
		return asciiValue(unsafe.String(unsafe.SliceData(out), len(out)))
	case encBase64, encBase64URL:
		url := enc == encBase64URL
		out := makeNoZero(base64EncodedLen(len(b), url))
		base64Encode(out, b, url)
		return asciiValue(unsafe.String(unsafe.SliceData(out), len(out)))
	}
	return goja.Undefined()
}

// indexOffset is where a search starts, as Node's IndexOfOffset computes it: negative offsets
// count from the end; -1 means no match is possible.
func indexOffset(length, offset, needleLen int, forward bool) int {
	if offset < 0 {
		if offset+length >= 0 {
			return length + offset
		}
		if forward || needleLen == 0 {
			return 0
		}
		return -1
	}
	if offset+needleLen <= length {
		return offset
	}
	if needleLen == 0 {
		return length
	}
	if forward {
		return -1
	}
	return length - 1
}

// indexOf searches hay for needle from offset forwards or backwards (Node's IndexOfString and
// IndexOfBuffer); ucs2 searches whole UTF-16 units only.
func indexOf(hay, needle []byte, offset int, forward, ucs2 bool) int {
	if ucs2 {
		hay = hay[:len(hay)&^1]
	}
	n := len(needle)
	off := indexOffset(len(hay), offset, n, forward)
	if n == 0 {
		return off
	}
	if len(hay) == 0 || off <= -1 {
		return -1
	}
	if (forward && n+off > len(hay)) || n > len(hay) {
		return -1
	}
	if ucs2 {
		if len(hay) < 2 || n < 2 {
			return -1
		}
		hay = hay[:len(hay)&^1]
		needle = needle[:n&^1]
		n = len(needle)
		off &^= 1
		if forward {
			for i := off; i+n <= len(hay); i += 2 {
				if bytes.Equal(hay[i:i+n], needle) {
					return i
				}
			}
			return -1
		}
		if off > len(hay)-n {
			off = (len(hay) - n) &^ 1
		}
		for i := off; i >= 0; i -= 2 {
			if bytes.Equal(hay[i:i+n], needle) {
				return i
			}
		}
		return -1
	}
	if forward {
		i := bytes.Index(hay[off:], needle)
		if i < 0 {
			return -1
		}
		return i + off
	}
	end := min(off+n, len(hay))
	return bytes.LastIndex(hay[:end], needle)
}

func binding(h *host.Host) *goja.Object {
	initLazy()
	vm := h.VM
	b := vm.NewObject()
	set := func(name string, fn host.Func) { _ = b.Set(name, guard(vm, fn)) }
	intv := func(n int) goja.Value { return vm.ToValue(n) }

	_ = b.Set("installFastRW", func(call goja.FunctionCall) goja.Value {
		if proto, ok := call.Argument(0).(*goja.Object); ok {
			installFastRW(vm, proto)
		}
		return goja.Undefined()
	})
	// makeAllocator(FastBuffer, Buffer, newPool, %TypedArray%.prototype.set) -> the pool's
	// allocate(size), fromString(str, enc) and fromArrayLike(obj) (fastalloc.go)
	var alloc *allocator
	_ = b.Set("makeAllocator", func(call goja.FunctionCall) goja.Value {
		alloc = newAllocator(vm, call.Argument(0).(*goja.Object), call.Argument(1).(*goja.Object), call.Argument(2), call.Argument(3))
		o := vm.NewObject()
		_ = o.Set("allocate", func(call goja.FunctionCall) goja.Value {
			return alloc.allocate(int(call.Argument(0).ToInteger()))
		})
		_ = o.Set("fromString", func(call goja.FunctionCall) goja.Value {
			return alloc.fromString(call.Argument(0), int(call.Argument(1).ToInteger()))
		})
		_ = o.Set("fromArrayLike", func(call goja.FunctionCall) goja.Value {
			obj := call.Argument(0)
			return alloc.fromArrayLike(obj, int(obj.(*goja.Object).Get("length").ToInteger()))
		})
		return o
	})
	// installFastAlloc(jsVersions) puts the native Buffer.alloc, allocUnsafe, from and
	// prototype.fill in place; jsVersions holds the JS functions they fall back to
	_ = b.Set("installFastAlloc", func(call goja.FunctionCall) goja.Value {
		if alloc != nil {
			installFastAlloc(vm, alloc, call.Argument(0).(*goja.Object))
		}
		return goja.Undefined()
	})
	_ = b.Set("kMaxLength", float64(1<<53-1))
	_ = b.Set("kStringMaxLength", kStringMaxLength)

	set("byteLength", func(call goja.FunctionCall) goja.Value {
		s, u, ascii := strOf(call.Argument(0))
		return intv(encodedLen(s, u, ascii, int(call.Argument(1).ToInteger())))
	})
	// fromString(str, enc) -> ArrayBuffer holding exactly the encoded bytes
	set("fromString", func(call goja.FunctionCall) goja.Value {
		s, u, ascii := strOf(call.Argument(0))
		enc := int(call.Argument(1).ToInteger())
		size := encodedLen(s, u, ascii, enc)
		room := size
		if enc == encBase64 || enc == encBase64URL {
			room = (len(s)+len(u))/4*3 + 3
		}
		data := makeNoZero(room)
		n := encodeInto(data[:room], s, u, ascii, enc)
		n = min(n, size)
		return vm.ToValue(vm.NewArrayBuffer(data[:n]))
	})
	// write(buf, str, offset, maxLength, enc) -> bytes written
	set("write", func(call goja.FunctionCall) goja.Value {
		dst := viewBytes(call.Argument(0))
		s, u, ascii := strOf(call.Argument(1))
		off := argInt(call, 2)
		max := argInt(call, 3)
		enc := int(call.Argument(4).ToInteger())
		if off > len(dst) {
			return intv(0)
		}
		end := min(len(dst), off+max)
		return intv(encodeInto(dst[off:end], s, u, ascii, enc))
	})
	// slice(buf, start, end, enc) -> string
	set("slice", func(call goja.FunctionCall) goja.Value {
		src := viewBytes(call.Argument(0))
		start, end := argInt(call, 1), argInt(call, 2)
		end = min(end, len(src))
		if start >= end {
			return vm.ToValue("")
		}
		enc := int(call.Argument(3).ToInteger())
		if decodedLen(end-start, enc) > kStringMaxLength {
			ctor := vm.Get("Error")
			e, err := vm.New(ctor, vm.ToValue("Cannot create a string longer than 0x1fffffe8 characters"))
			if err == nil {
				_ = e.Set("code", "ERR_STRING_TOO_LONG")
				panic(e)
			}
		}
		return decode(vm, src[start:end], enc)
	})
	set("compare", func(call goja.FunctionCall) goja.Value {
		return intv(bytes.Compare(viewBytes(call.Argument(0)), viewBytes(call.Argument(1))))
	})
	// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
	set("compareOffset", func(call goja.FunctionCall) goja.Value {
		src, dst := viewBytes(call.Argument(0)), viewBytes(call.Argument(1))
		ts, ss, te, se := argInt(call, 2), argInt(call, 3), argInt(call, 4), argInt(call, 5)
		te, se = min(te, len(dst)), min(se, len(src))
		ts, ss = min(ts, te), min(ss, se)
		return intv(bytes.Compare(src[ss:se], dst[ts:te]))
	})
	// copy(source, target, targetStart, sourceStart, nb) -> bytes copied
	set("copy", func(call goja.FunctionCall) goja.Value {
		src, dst := viewBytes(call.Argument(0)), viewBytes(call.Argument(1))
		ts, ss, nb := argInt(call, 2), argInt(call, 3), argInt(call, 4)
		if ts >= len(dst) || ss >= len(src) || nb <= 0 {
			return intv(0)
		}
		nb = min(nb, len(dst)-ts, len(src)-ss)
		return intv(copy(dst[ts:ts+nb], src[ss:ss+nb]))
	})
	// concat(list) -> ArrayBuffer of the Uint8Arrays of list joined, or the index of the first
	// element that is not one, as a negative number -1-i
	set("concat", func(call goja.FunctionCall) goja.Value {
		list := call.Argument(0).(*goja.Object)
		n := int(list.Get("length").ToInteger())
		items := make([][]byte, n)
		total := 0
		for i := range items {
			o, ok := list.Get(itoa(i)).(*goja.Object)
			if !ok {
				return intv(-1 - i)
			}
			b, ok := fastBytes(o)
			if !ok {
				// only Uint8Arrays are accepted; without the fast view, Export tells (it cannot
				// tell a Uint8ClampedArray apart)
				if fastView.ok {
					return intv(-1 - i)
				}
				if b, ok = o.Export().([]byte); !ok {
					return intv(-1 - i)
				}
			}
			items[i] = b
			total += len(b)
		}
		dst := make([]byte, total)
		pos := 0
		for _, b := range items {
			pos += copy(dst[pos:], b)
		}
		return vm.ToValue(vm.NewArrayBuffer(dst))
	})
	// fill(buf, value, start, end): value is a byte (number) or a view repeated
	set("fill", func(call goja.FunctionCall) goja.Value {
		dst := viewBytes(call.Argument(0))
		start, end := argInt(call, 2), argInt(call, 3)
		end = min(end, len(dst))
		if start >= end {
			return intv(0)
		}
		d := dst[start:end]
		v := call.Argument(1)
		var pat []byte
		if o, ok := v.(*goja.Object); ok {
			pat = viewBytes(o)
			if len(pat) == 0 {
				return intv(-1)
			}
		} else {
			pat = []byte{byte(v.ToInteger())}
		}
		n := copy(d, pat)
		for n < len(d) {
			n += copy(d[n:], d[:n])
		}
		return intv(0)
	})
	// encode(str, enc) -> ArrayBuffer, or undefined when nothing decodes (fill's check)
	// indexOf(buf, needleView, byteOffset, dir, step)
	set("indexOf", func(call goja.FunctionCall) goja.Value {
		hay, needle := viewBytes(call.Argument(0)), viewBytes(call.Argument(1))
		return intv(indexOf(hay, needle, argInt(call, 2), call.Argument(3).ToBoolean(), call.Argument(4).ToInteger() == encUCS2))
	})
	set("indexOfNumber", func(call goja.FunctionCall) goja.Value {
		hay := viewBytes(call.Argument(0))
		c := byte(call.Argument(1).ToInteger())
		forward := call.Argument(3).ToBoolean()
		off := indexOffset(len(hay), argInt(call, 2), 1, forward)
		if off <= -1 || len(hay) == 0 {
			return intv(-1)
		}
		if forward {
			i := bytes.IndexByte(hay[off:], c)
			if i < 0 {
				return intv(-1)
			}
			return intv(i + off)
		}
		return intv(bytes.LastIndexByte(hay[:off+1], c))
	})
	swap := func(size int) host.Func {
		return func(call goja.FunctionCall) goja.Value {
			d := viewBytes(call.Argument(0))
			for i := 0; i+size <= len(d); i += size {
				for a, z := i, i+size-1; a < z; a, z = a+1, z-1 {
					d[a], d[z] = d[z], d[a]
				}
			}
			return goja.Undefined()
		}
	}
	set("swap16", swap(2))
	set("swap32", swap(4))
	set("swap64", swap(8))
	set("isUtf8", func(call goja.FunctionCall) goja.Value { return vm.ToValue(isUTF8(viewBytes(call.Argument(0)))) })
	set("isAscii", func(call goja.FunctionCall) goja.Value { return vm.ToValue(isASCII(viewBytes(call.Argument(0)))) })
	// btoa(str) -> base64, or the index of the first unit above 0xFF as a number
	set("btoa", func(call goja.FunctionCall) goja.Value {
		s, u, ascii := strOf(call.Argument(0))
		var data []byte
		if ascii {
			data = unsafe.Slice(unsafe.StringData(s), len(s))
		} else {
			data = make([]byte, len(u))
			for i, c := range u {
				if c > 0xFF {
					return intv(i)
				}
				data[i] = byte(c)
			}
		}
		return decode(vm, data, encBase64)
	})
	// atob(str) -> latin1 string, or null when it is not forgiving-base64
	set("atob", func(call goja.FunctionCall) goja.Value {
		s, u, ascii := strOf(call.Argument(0))
		var clean []byte
		at := func(i int) uint16 {
			if ascii {
				return uint16(s[i])
			}
			return u[i]
		}
		n := len(s)
		if !ascii {
			n = len(u)
		}
		if code := atobCheck(n, at); code != 0 {
			return vm.ToValue(code)
		}
		clean = make([]byte, 0, n)
		for i := 0; i < n; i++ {
			c := at(i)
			switch c {
			case ' ', '\t', '\n', '\f', '\r':
				continue
			}
			if c > 0x7F {
				return goja.Null()
			}
			clean = append(clean, byte(c))
		}
		if len(clean)%4 == 0 && len(clean) > 0 && clean[len(clean)-1] == '=' {
			clean = clean[:len(clean)-1]
			if clean[len(clean)-1] == '=' {
				clean = clean[:len(clean)-1]
			}
		}
		if len(clean)%4 == 1 {
			return goja.Null()
		}
		for _, c := range clean {
			if unb64[c] >= 64 || c == '-' || c == '_' {
				return goja.Null()
			}
		}
		out := make([]byte, len(clean)*3/4+3)
		k := base64DecodeBytes(out, string(clean))
		return decode(vm, out[:k], encLatin1)
	})
	// Numbers: the float and bigint twins are cheaper here than with DataView in the glue.
	set("readFloat", func(call goja.FunctionCall) goja.Value {
		d := viewBytes(call.Argument(0))
		off := argInt(call, 1)
		le := call.Argument(2).ToBoolean()
		if call.Argument(3).ToInteger() == 4 {
			return vm.ToValue(float64(math.Float32frombits(u32(d[off:off+4], le))))
		}
		return vm.ToValue(math.Float64frombits(u64(d[off:off+8], le)))
	})
	set("writeFloat", func(call goja.FunctionCall) goja.Value {
		d := viewBytes(call.Argument(0))
		f := call.Argument(1).ToFloat()
		off := argInt(call, 2)
		le := call.Argument(3).ToBoolean()
		// NaN is written as the canonical quiet NaN, as V8 does (Go's math.NaN has a payload)
		if call.Argument(4).ToInteger() == 4 {
			bits := math.Float32bits(float32(f))
			if f != f {
				bits = 0x7FC00000
			}
			put32(d[off:off+4], bits, le)
			return intv(off + 4)
		}
		bits := math.Float64bits(f)
		if f != f {
			bits = 0x7FF8000000000000
		}
		put64(d[off:off+8], bits, le)
		return intv(off + 8)
	})
	return b
}

// atobCheck applies the forgiving-base64 rules atob reports on before decoding: 0 when the input
// may be decoded, 1 for "Invalid character", 2 for "not correctly encoded".
func atobCheck(n int, at func(int) uint16) int {
	count, equals := 0, 0
	for i := 0; i < n; i++ {
		c := at(i)
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
			continue
		case c == '=':
			count++
			equals++
			if equals > 2 {
				return 1
			}
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			count++
			if equals > 0 {
				return 1
			}
		default:
			return 1
		}
	}
	rem := count % 4
	if rem == 0 {
		rem = (count - equals) % 4
	} else if equals > 0 {
		return 1
	}
	if rem == 1 {
		return 2
	}
	return 0
}

// guard turns a Go runtime panic in a binding (an index out of range reached through a misused
// internal method, say) into the RangeError Node's C++ throws, instead of ending the process.
func guard(vm *goja.Runtime, fn host.Func) host.Func {
	return func(call goja.FunctionCall) goja.Value {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(goruntime.Error); ok {
					ctor := vm.Get("RangeError")
					e, err := vm.New(ctor, vm.ToValue("Index out of range"))
					if err == nil {
						_ = e.Set("code", "ERR_OUT_OF_RANGE")
						panic(e)
					}
				}
				panic(r)
			}
		}()
		return fn(call)
	}
}

func u32(b []byte, le bool) uint32 {
	if le {
		return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	}
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func u64(b []byte, le bool) uint64 {
	if le {
		return uint64(u32(b[:4], true)) | uint64(u32(b[4:], true))<<32
	}
	return uint64(u32(b[4:], false)) | uint64(u32(b[:4], false))<<32
}

func put32(b []byte, v uint32, le bool) {
	for i := 0; i < 4; i++ {
		if le {
			b[i] = byte(v >> (8 * i))
		} else {
			b[3-i] = byte(v >> (8 * i))
		}
	}
}

func put64(b []byte, v uint64, le bool) {
	for i := 0; i < 8; i++ {
		if le {
			b[i] = byte(v >> (8 * i))
		} else {
			b[7-i] = byte(v >> (8 * i))
		}
	}
}

var smallInts *[16384]string

func buildSmallInts() *[16384]string {
	s := new([16384]string)
	for i := range s {
		s[i] = itoaSlow(i)
	}
	return s
}

var lazyOnce sync.Once

// initLazy builds the tables and checks the engine layouts on first use rather than at
// start-up (gnode pays nothing for node:buffer until something uses it).
func initLazy() {
	lazyOnce.Do(func() {
		b64pairs = buildB64Pairs()
		b64pairDec = buildB64PairDec()
		smallInts = buildSmallInts()
		initFastView()
	})
}

func itoaSlow(i int) string {
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	p := len(buf)
	for i > 0 {
		p--
		buf[p] = byte('0' + i%10)
		i /= 10
	}
	return string(buf[p:])
}

func itoa(i int) string {
	if smallInts != nil && i < len(smallInts) {
		return smallInts[i]
	}
	return itoaSlow(i)
}
