package v8

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
	"github.com/gnode-dev/gnode/node/util"
)

// V8's ValueSerializer wire format (version 15) as v8.serialize writes it through Node's
// DefaultSerializer: typed arrays and Buffers go out as host objects (a view-type index, the
// byte length, the bytes). Programs use serialize/deserialize for deep copies and to exchange
// data with real Node processes, so the bytes must be V8's.

const formatVersion = 15

// Node's arrayBufferViewTypeToIndex
var viewTypes = []string{
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
	"Uint32Array", "Float32Array", "Float64Array", "DataView", "Buffer", "BigInt64Array",
	"BigUint64Array", "Float16Array",
}

func viewIndex(name string) int {
	for i, n := range viewTypes {
		if n == name {
			return i
		}
	}
	return -1
}

// V8's JSRegExp flag bits
var regexpFlagBits = []struct {
	flag byte
	bit  uint64
}{{'g', 1}, {'i', 2}, {'m', 4}, {'y', 8}, {'u', 16}, {'s', 32}, {'d', 128}, {'v', 256}}

type serializer struct {
	vm   *goja.Runtime
	b    *binding
	buf  []byte
	ids  map[*goja.Object]int
	next int
}

func (s *serializer) tag(c byte)      { s.buf = append(s.buf, c) }
func (s *serializer) varint(v uint64) { s.buf = binary.AppendUvarint(s.buf, v) }
func (s *serializer) zigzag(v int32)  { s.varint(uint64(uint32((v << 1) ^ (v >> 31)))) }
func (s *serializer) double(f float64) {
	bits := math.Float64bits(f)
	if f != f {
		bits = 0x7FF8000000000000 // V8's canonical NaN; Go's and the engine's carry a payload
	}
	s.buf = binary.LittleEndian.AppendUint64(s.buf, bits)
}

func (s *serializer) str(str goja.String) {
	n := str.Length()
	oneByte := true
	for i := 0; i < n; i++ {
		if str.CharAt(i) > 0xFF {
			oneByte = false
			break
		}
	}
	if oneByte {
		s.tag('"')
		s.varint(uint64(n))
		for i := 0; i < n; i++ {
			s.buf = append(s.buf, byte(str.CharAt(i)))
		}
		return
	}
	byteLen := uint64(2 * n)
	if (len(s.buf)+1+len(binary.AppendUvarint(nil, byteLen)))&1 != 0 {
		s.tag(0) // padding keeps the UTF-16 data aligned, as V8 writes it
	}
	s.tag('c')
	s.varint(byteLen)
	for i := 0; i < n; i++ {
		c := str.CharAt(i)
		s.buf = append(s.buf, byte(c), byte(c>>8))
	}
}

// isSmi: V8 (without pointer compression, as Node builds it) writes int32 values as Int32.
func isSmi(f float64) bool {
	return f == math.Trunc(f) && f >= math.MinInt32 && f <= math.MaxInt32 && !(f == 0 && math.Signbit(f))
}

func (s *serializer) number(f float64) {
	if isSmi(f) {
		s.tag('I')
		s.zigzag(int32(f))
		return
	}
	s.tag('N')
	s.double(f)
}

func (s *serializer) bigint(b *big.Int) {
	words := b.Bits()
	sign := uint64(0)
	if b.Sign() < 0 {
		sign = 1
	}
	s.tag('Z')
	s.varint(uint64(len(words)*8)*2 | sign)
	for _, w := range words {
		s.buf = binary.LittleEndian.AppendUint64(s.buf, uint64(w))
	}
}

func (s *serializer) cloneError(v goja.Value) {
	panic(s.b.dataCloneError(s.b.describe(v) + " could not be cloned."))
}

func (s *serializer) value(v goja.Value) {
	if v == nil || goja.IsUndefined(v) {
		s.tag('_')
		return
	}
	if goja.IsNull(v) {
		s.tag('0')
		return
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		s.cloneError(v)
	}
	o, isObj := v.(*goja.Object)
	if !isObj {
		switch x := v.Export().(type) {
		case bool:
			if x {
				s.tag('T')
			} else {
				s.tag('F')
			}
		case int64:
			s.number(float64(x))
		case float64:
			s.number(x)
		case *big.Int:
			s.bigint(x)
		case string:
			s.str(v.(goja.String))
		default:
			s.cloneError(v)
		}
		return
	}
	if id, seen := s.ids[o]; seen {
		s.tag('^')
		s.varint(uint64(id))
		return
	}
	kind := util.KindOf(o)
	if kind == "typedarray" || kind == "dataview" {
		s.ids[o] = s.next
		s.next++
		s.hostView(o)
		return
	}
	s.ids[o] = s.next
	s.next++
	switch kind {
	case "array":
		s.array(o)
	case "object":
		s.tag('o')
		n := s.properties(o, o.Keys())
		s.tag('{')
		s.varint(uint64(n))
	case "date":
		s.tag('D')
		s.double(s.b.dateValue(o))
	case "regexp":
		s.tag('R')
		s.str(o.Get("source").ToString().(goja.String))
		flags := o.Get("flags").String()
		var bits uint64
		for _, f := range regexpFlagBits {
			for i := 0; i < len(flags); i++ {
				if flags[i] == f.flag {
					bits |= f.bit
				}
			}
		}
		s.varint(bits)
	case "map":
		s.tag(';')
		n := 0
		s.iterate(o, func(entry *goja.Object) {
			s.value(entry.Get("0"))
			s.value(entry.Get("1"))
			n += 2
		})
		s.tag(':')
		s.varint(uint64(n))
	case "set":
		s.tag('\'')
		n := 0
		s.iterate(o, func(entry *goja.Object) {
			s.value(entry.Get("0"))
			n++
		})
		s.tag(',')
		s.varint(uint64(n))
	case "arraybuffer":
		ab := o.Export().(goja.ArrayBuffer)
		data := ab.Bytes()
		s.tag('B')
		s.varint(uint64(len(data)))
		s.buf = append(s.buf, data...)
	case "number":
		s.tag('n')
		s.double(o.ToFloat())
	case "string":
		s.tag('s')
		s.str(o.ToString().(goja.String))
	case "boolean":
		if b, _ := o.Export().(bool); b {
			s.tag('y')
		} else {
			s.tag('x')
		}
	case "bigint":
		b, _ := o.Export().(*big.Int)
		if b == nil {
			b = new(big.Int)
		}
		s.bigint(b)
		s.buf[len(s.buf)-len(b.Bits())*8-len(binary.AppendUvarint(nil, uint64(len(b.Bits())*16)|boolBit(b.Sign() < 0)))-1] = 'z'
	case "error":
		s.errorValue(o)
	default:
		s.cloneError(o)
	}
}

// iterate walks a Map's entries or a Set's values ([v, v] entries) through entries().
func (s *serializer) iterate(o *goja.Object, fn func(entry *goja.Object)) {
	entries, _ := goja.AssertFunction(o.Get("entries"))
	it, err := entries(o)
	if err != nil {
		host.Rethrow(err)
	}
	next, _ := goja.AssertFunction(it.(*goja.Object).Get("next"))
	for {
		r, err := next(it)
		if err != nil {
			host.Rethrow(err)
		}
		ro := r.(*goja.Object)
		if ro.Get("done").ToBoolean() {
			return
		}
		fn(ro.Get("value").(*goja.Object))
	}
}

// properties writes the enumerable own properties: array-index keys as numbers, as V8 does.
func (s *serializer) properties(o *goja.Object, keys []string) int {
	for _, k := range keys {
		if idx, err := strconv.ParseUint(k, 10, 32); err == nil && strconv.FormatUint(idx, 10) == k && idx < math.MaxUint32 {
			s.number(float64(idx))
		} else {
			s.str(s.vm.ToValue(k).(goja.String))
		}
		s.value(o.Get(k))
	}
	return len(keys)
}

func (s *serializer) array(o *goja.Object) {
	length := int(o.Get("length").ToInteger())
	keys := o.Keys()
	dense := len(keys) >= length
	if dense {
		for i := 0; i < length; i++ {
			if keys[i] != strconv.Itoa(i) {
				dense = false
				break
			}
		}
	}
	if dense {
		s.tag('A')
		s.varint(uint64(length))
		for i := 0; i < length; i++ {
			s.value(o.Get(strconv.Itoa(i)))
		}
		n := s.properties(o, keys[length:])
		s.tag('$')
		s.varint(uint64(n))
		s.varint(uint64(length))
		return
	}
	s.tag('a')
	s.varint(uint64(length))
	n := s.properties(o, keys)
	s.tag('@')
	s.varint(uint64(n))
	s.varint(uint64(length))
}

// hostView is Node's DefaultSerializer._writeHostObject for an ArrayBufferView.
func (s *serializer) hostView(o *goja.Object) {
	name := "DataView"
	if util.KindOf(o) == "typedarray" {
		name = s.b.typedArrayName(o)
		if s.b.isBuffer(o) {
			name = "Buffer"
		}
	}
	data := buffer.Bytes(o)
	s.tag('\\')
	s.varint(uint64(viewIndex(name)))
	s.varint(uint64(len(data)))
	s.buf = append(s.buf, data...)
}

func (s *serializer) errorValue(o *goja.Object) {
	s.tag('r')
	switch s.b.errorName(o) {
	case "EvalError":
		s.tag('E')
	case "RangeError":
		s.tag('R')
	case "ReferenceError":
		s.tag('F')
	case "SyntaxError":
		s.tag('S')
	case "TypeError":
		s.tag('T')
	case "URIError":
		s.tag('U')
	}
	if msg := o.Get("message"); msg != nil && !goja.IsUndefined(msg) && s.b.hasOwn(o, "message") {
		s.tag('m')
		s.str(msg.ToString().(goja.String))
	}
	if stack := o.Get("stack"); stack != nil {
		if str, ok := stack.(goja.String); ok {
			s.tag('s')
			s.str(str)
		}
	}
	if s.b.hasOwn(o, "cause") {
		s.tag('c')
		s.value(o.Get("cause"))
	}
	s.tag('.')
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
