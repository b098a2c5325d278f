package web

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"

	"github.com/gnode-dev/gnode/node/buffer"
)

// Encodings TextDecoder knows, by WHATWG name.
const (
	encUTF8 = iota
	encUTF16LE
	encUTF16BE
	encWindows1252
	// the other encodings of the Encoding Standard, decoded by golang.org/x/text (Node has
	// them from ICU)
	encLegacy
)

var encodingNames = [...]string{"utf-8", "utf-16le", "utf-16be", "windows-1252"}

// labels maps every WHATWG label of the supported encodings to its encoding.
var labels = map[string]int{
	"unicode-1-1-utf-8": encUTF8, "unicode11utf8": encUTF8, "unicode20utf8": encUTF8,
	"utf-8": encUTF8, "utf8": encUTF8, "x-unicode20utf8": encUTF8,

	"csunicode": encUTF16LE, "iso-10646-ucs-2": encUTF16LE, "ucs-2": encUTF16LE, "unicode": encUTF16LE,
	"unicodefeff": encUTF16LE, "utf-16": encUTF16LE, "utf-16le": encUTF16LE,

	"unicodefffe": encUTF16BE, "utf-16be": encUTF16BE,

	"ansi_x3.4-1968": encWindows1252, "ascii": encWindows1252, "cp1252": encWindows1252,
	"cp819": encWindows1252, "csisolatin1": encWindows1252, "ibm819": encWindows1252,
	"iso-8859-1": encWindows1252, "iso-ir-100": encWindows1252, "iso8859-1": encWindows1252,
	"iso88591": encWindows1252, "iso_8859-1": encWindows1252, "iso_8859-1:1987": encWindows1252,
	"l1": encWindows1252, "latin1": encWindows1252, "us-ascii": encWindows1252,
	"windows-1252": encWindows1252, "x-cp1252": encWindows1252,
}

// lookupEncoding finds the encoding of a label as the Encoding Standard does (ASCII whitespace
// trimmed, ASCII case-insensitive); -1 when unknown.
func lookupEncoding(label string) int {
	enc, _ := lookupLabel(label)
	return enc
}

// lookupLabel is lookupEncoding with the encoding's name (the name matters for encLegacy).
func lookupLabel(label string) (int, string) {
	label = strings.Trim(label, "\t\n\f\r ")
	if !isASCIIString(label) {
		return -1, ""
	}
	label = strings.ToLower(label)
	if enc, ok := labels[label]; ok {
		return enc, encodingNames[enc]
	}
	e, err := htmlindex.Get(label)
	if err != nil || e == encoding.Replacement {
		return -1, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return -1, ""
	}
	return encLegacy, name
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// windows1252High is the mapping of bytes 0x80..0x9F; the other bytes are their own code point.
var windows1252High = [32]uint16{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// decoder is the state of one TextDecoder: bytes of an unfinished character held between
// streamed calls, and whether the start of the stream (where a BOM is dropped) is past.
type decoder struct {
	enc       int
	legacy    transform.Transformer // encLegacy, multi-byte
	table     *[256]uint16          // encLegacy, single-byte
	fatal     bool
	ignoreBOM bool
	bomSeen   bool
	pending   []byte
}

// result of one decode: the text as bytes (UTF-8 input, decoded by the caller) or as UTF-16
// units; ok is false when a fatal decoder met malformed input.
type decoded struct {
	utf8  []byte
	units []uint16
	ascii bool // utf8 holds only ASCII
	ok    bool
}

func (d *decoder) reset() {
	d.bomSeen = false
	d.pending = d.pending[:0]
	if d.legacy != nil {
		d.legacy.Reset()
	}
}

// newLegacyDecoder sets up the decoding of a WHATWG encoding name (from lookupLabel): a table
// for single-byte encodings, x/text's decoder for the others.
func (d *decoder) newLegacyDecoder(name string) {
	e, err := htmlindex.Get(name)
	if err != nil {
		return
	}
	if e == charmap.ISO8859_8I {
		// the same bytes as ISO-8859-8 (the "i" only changes text direction)
		e = charmap.ISO8859_8
	}
	if cm, ok := e.(*charmap.Charmap); ok {
		d.table = singleByteTable(cm)
		return
	}
	d.legacy = e.NewDecoder()
}

// singleByteTable is the WHATWG index of a single-byte encoding: x/text leaves the C1 bytes of
// the ISO-8859 encodings undefined where the Encoding Standard (and Node) maps them to U+0080..
// U+009F.
func singleByteTable(cm *charmap.Charmap) *[256]uint16 {
	var t [256]uint16
	for i := range t {
		r := cm.DecodeByte(byte(i))
		if r == utf8.RuneError && i >= 0x80 && i <= 0x9F {
			r = rune(i)
		}
		t[i] = uint16(r)
	}
	return &t
}

func decodeTable(t *[256]uint16, data []byte, fatal bool) decoded {
	units := make([]uint16, len(data))
	for i, c := range data {
		units[i] = t[c]
		if fatal && units[i] == 0xFFFD {
			return decoded{}
		}
	}
	return decoded{units: units, ok: true}
}

// decodeLegacy runs the x/text decoder; malformed input comes out as U+FFFD, which no legacy
// encoding can encode itself, so a fatal decoder fails on its first U+FFFD.
func (d *decoder) decodeLegacy(data []byte, stream bool) decoded {
	out := make([]byte, 0, len(data)+len(data)/2+8)
	buf := make([]byte, 4096)
	src := data
	for {
		nDst, nSrc, err := d.legacy.Transform(buf, src, !stream)
		out = append(out, buf[:nDst]...)
		src = src[nSrc:]
		if errors.Is(err, transform.ErrShortDst) {
			continue
		}
		if errors.Is(err, transform.ErrShortSrc) && stream {
			// an unfinished character waits for the next chunk
			d.pending = append(d.pending, src...)
		}
		break
	}
	if d.fatal && strings.ContainsRune(string(out), utf8.RuneError) {
		return decoded{}
	}
	return decoded{utf8: out, ok: true}
}

func (d *decoder) decode(in []byte, stream bool) decoded {
	data := in
	if len(d.pending) > 0 {
		data = append(append([]byte(nil), d.pending...), in...)
		d.pending = d.pending[:0]
	}
	var out decoded
	switch d.enc {
	case encUTF8:
		out = d.decodeUTF8(data, stream)
	case encUTF16LE, encUTF16BE:
		out = d.decodeUTF16(data, stream)
	case encLegacy:
		if d.table != nil {
			out = decodeTable(d.table, data, d.fatal)
		} else {
			out = d.decodeLegacy(data, stream)
		}
	default:
		out = decodeSingleByte(data)
	}
	if !out.ok {
		d.reset()
		return out
	}
	if !stream {
		d.reset()
	}
	return out
}

// utf8Incomplete is where an unfinished but so far valid UTF-8 sequence at the end of b starts
// (len(b) when there is none).
func utf8Incomplete(b []byte) int {
	for back := 1; back <= 3 && back <= len(b); back++ {
		i := len(b) - back
		c := b[i]
		if c < 0x80 {
			return len(b)
		}
		if c < 0xC0 {
			continue
		}
		var need int
		var lo, hi byte = 0x80, 0xBF
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 2
		case c >= 0xE0 && c <= 0xEF:
			need = 3
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 4
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return len(b)
		}
		if back >= need {
			return len(b)
		}
		for j := i + 1; j < len(b); j++ {
			if b[j] < lo || b[j] > hi {
				return len(b)
			}
			lo, hi = 0x80, 0xBF
		}
		return i
	}
	return len(b)
}

func (d *decoder) decodeUTF8(data []byte, stream bool) decoded {
	if stream {
		cut := utf8Incomplete(data)
		d.pending = append(d.pending, data[cut:]...)
		data = data[:cut]
	}
	if !d.bomSeen && len(data) > 0 {
		if !d.ignoreBOM && len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			data = data[3:]
		}
		d.bomSeen = true
	}
	if d.fatal && !utf8.Valid(data) {
		return decoded{}
	}
	return decoded{utf8: data, ok: true}
}

func (d *decoder) decodeUTF16(data []byte, stream bool) decoded {
	n := len(data) / 2
	units := make([]uint16, 0, n+1)
	be := d.enc == encUTF16BE
	for i := 0; i < n; i++ {
		var c uint16
		if be {
			c = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			c = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
		units = append(units, c)
	}
	odd := len(data)%2 == 1
	// a high surrogate at the very end may still be completed by the next chunk
	if stream {
		keep := 0
		if odd {
			keep = 1
		}
		if len(units) > 0 && units[len(units)-1] >= 0xD800 && units[len(units)-1] <= 0xDBFF {
			units = units[:len(units)-1]
			keep += 2
		}
		d.pending = append(d.pending, data[len(data)-keep:]...)
		odd = false
	}
	for i := 0; i < len(units); i++ {
		c := units[i]
		if c < 0xD800 || c > 0xDFFF {
			continue
		}
		if c <= 0xDBFF && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF {
			i++
			continue
		}
		if d.fatal {
			return decoded{}
		}
		units[i] = 0xFFFD
	}
	if odd {
		if d.fatal {
			return decoded{}
		}
		units = append(units, 0xFFFD)
	}
	if !d.bomSeen && len(units) > 0 {
		if !d.ignoreBOM && units[0] == 0xFEFF {
			units = units[1:]
		}
		d.bomSeen = true
	}
	return decoded{units: units, ok: true}
}

func decodeSingleByte(data []byte) decoded {
	ascii := true
	for _, c := range data {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return decoded{utf8: data, ascii: true, ok: true}
	}
	units := make([]uint16, len(data))
	for i, c := range data {
		if c >= 0x80 && c <= 0x9F {
			units[i] = windows1252High[c-0x80]
		} else {
			units[i] = uint16(c)
		}
	}
	return decoded{units: units, ok: true}
}

// value is the decoded text as a JS string.
func (r decoded) value(vm *goja.Runtime) goja.Value {
	if r.units != nil {
		return buffer.UTF16Value(r.units)
	}
	return buffer.UTF8Value(vm, r.utf8)
}
