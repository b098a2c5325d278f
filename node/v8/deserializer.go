package v8

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// deserializer reads V8's wire format back (what v8.deserialize takes, also from real Node).
type deserializer struct {
	b    *binding
	vm   *goja.Runtime
	data []byte
	pos  int
	objs []goja.Value
}

func (d *deserializer) fail() {
	panic(d.b.newError("Error", "", "Unable to deserialize cloned data."))
}

func (d *deserializer) byte() byte {
	if d.pos >= len(d.data) {
		d.fail()
	}
	c := d.data[d.pos]
	d.pos++
	return c
}

func (d *deserializer) varint() uint64 {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.fail()
	}
	d.pos += n
	return v
}

func (d *deserializer) raw(n uint64) []byte {
	if uint64(len(d.data)-d.pos) < n {
		d.fail()
	}
	b := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b
}

func (d *deserializer) double() float64 {
	return math.Float64frombits(binary.LittleEndian.Uint64(d.raw(8)))
}

func (d *deserializer) header() {
	if len(d.data) == 0 || d.data[0] != 0xFF {
		panic(d.b.newError("Error", "", "Unable to deserialize cloned data due to invalid or unsupported version."))
	}
	d.pos++
	if v := d.varint(); v > formatVersion || v < 13 {
		panic(d.b.newError("Error", "", "Unable to deserialize cloned data due to invalid or unsupported version."))
	}
}

// tag skips V8's padding bytes.
func (d *deserializer) tag() byte {
	for {
		c := d.byte()
		if c != 0 {
			return c
		}
	}
}

func (d *deserializer) remember(v goja.Value) goja.Value {
	d.objs = append(d.objs, v)
	return v
}

func (d *deserializer) bigint() *big.Int {
	bits := d.varint()
	data := d.raw(bits >> 1)
	words := make([]big.Word, len(data)/8)
	for i := range words {
		words[i] = big.Word(binary.LittleEndian.Uint64(data[8*i:]))
	}
	b := new(big.Int).SetBits(words)
	if bits&1 != 0 {
		b.Neg(b)
	}
	return b
}

func (d *deserializer) stringValue(c byte) goja.Value {
	switch c {
	case '"':
		b := d.raw(d.varint())
		u := make([]uint16, len(b))
		for i, x := range b {
			u[i] = uint16(x)
		}
		return d.vm.ToValue(string(utf16.Decode(u)))
	case 'S':
		return d.vm.ToValue(string(d.raw(d.varint())))
	case 'c':
		b := d.raw(d.varint())
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
		return d.b.utf16Value(u)
	}
	d.fail()
	return nil
}

func (d *deserializer) value() goja.Value {
	c := d.tag()
	vm := d.vm
	switch c {
	case '_':
		return goja.Undefined()
	case '0':
		return goja.Null()
	case 'T':
		return vm.ToValue(true)
	case 'F':
		return vm.ToValue(false)
	case 'I':
		u := d.varint()
		return vm.ToValue(int32(uint32(u>>1) ^ -uint32(u&1)))
	case 'U':
		return vm.ToValue(uint32(d.varint()))
	case 'N':
		return vm.ToValue(d.double())
	case 'Z':
		return vm.ToValue(d.bigint())
	case '"', 'S', 'c':
		return d.stringValue(c)
	case '^':
		id := d.varint()
		if id >= uint64(len(d.objs)) {
			d.fail()
		}
		return d.objs[id]
	case 'o':
		o := vm.NewObject()
		d.remember(o)
		d.properties(o, '{')
		return o
	case 'A':
		n := d.varint()
		arr := vm.NewArray()
		d.remember(arr)
		for i := uint64(0); i < n; i++ {
			if d.data[d.pos] == '-' { // the hole
				d.pos++
				continue
			}
			_ = arr.Set(strconv.FormatUint(i, 10), d.value())
		}
		d.properties(arr, '$')
		d.varint()
		_ = arr.Set("length", n)
		return arr
	case 'a':
		n := d.varint()
		arr := vm.NewArray()
		d.remember(arr)
		_ = arr.Set("length", n)
		d.properties(arr, '@')
		d.varint()
		return arr
	case 'D':
		return d.remember(d.b.newDate(d.double()))
	case 'R':
		src := d.value()
		bits := d.varint()
		flags := ""
		for _, f := range regexpFlagBits {
			if bits&f.bit != 0 {
				flags += string(f.flag)
			}
		}
		return d.remember(d.b.construct("RegExp", src, vm.ToValue(flags)))
	case ';':
		m := d.remember(d.b.construct("Map")).(*goja.Object)
		set, _ := goja.AssertFunction(m.Get("set"))
		for d.peek() != ':' {
			k := d.value()
			v := d.value()
			if _, err := set(m, k, v); err != nil {
				panic(err)
			}
		}
		d.pos++
		d.varint()
		return m
	case '\'':
		st := d.remember(d.b.construct("Set")).(*goja.Object)
		add, _ := goja.AssertFunction(st.Get("add"))
		for d.peek() != ',' {
			if _, err := add(st, d.value()); err != nil {
				panic(err)
			}
		}
		d.pos++
		d.varint()
		return st
	case 'B':
		data := append([]byte(nil), d.raw(d.varint())...)
		return d.remember(vm.ToValue(vm.NewArrayBuffer(data)))
	case '\\':
		idx := d.varint()
		n := d.varint()
		data := append([]byte(nil), d.raw(n)...)
		if idx >= uint64(len(viewTypes)) {
			d.fail()
		}
		return d.remember(d.b.newView(viewTypes[idx], data))
	case 'n':
		return d.remember(d.b.construct("Number", vm.ToValue(d.double())))
	case 's':
		return d.remember(d.b.construct("String", d.value()))
	case 'y', 'x':
		return d.remember(d.b.construct("Boolean", vm.ToValue(c == 'y')))
	case 'z':
		return d.remember(d.b.toObject(vm.ToValue(d.bigint())))
	case 'r':
		return d.errorValue()
	}
	d.fail()
	return nil
}

func (d *deserializer) peek() byte {
	for d.pos < len(d.data) && d.data[d.pos] == 0 {
		d.pos++
	}
	if d.pos >= len(d.data) {
		d.fail()
	}
	return d.data[d.pos]
}

// properties reads key/value pairs up to the end tag and its count.
func (d *deserializer) properties(o *goja.Object, end byte) {
	n := uint64(0)
	for d.peek() != end {
		k := d.value()
		v := d.value()
		_ = o.Set(k.String(), v)
		n++
	}
	d.pos++
	if d.varint() != n {
		d.fail()
	}
}

func (d *deserializer) errorValue() goja.Value {
	ctor := "Error"
	var msg, stack, cause goja.Value
	hasCause := false
	for {
		switch c := d.byte(); c {
		case 'E':
			ctor = "EvalError"
		case 'R':
			ctor = "RangeError"
		case 'F':
			ctor = "ReferenceError"
		case 'S':
			ctor = "SyntaxError"
		case 'T':
			ctor = "TypeError"
		case 'U':
			ctor = "URIError"
		case 'm':
			msg = d.value()
		case 's':
			stack = d.value()
		case 'c':
			hasCause = true
			cause = d.value()
		case '.':
			e := d.b.construct(ctor).(*goja.Object)
			d.remember(e)
			if msg != nil {
				_ = e.DefineDataProperty("message", msg, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
			if stack != nil {
				_ = e.DefineDataProperty("stack", stack, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
			if hasCause {
				_ = e.DefineDataProperty("cause", cause, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
			return e
		default:
			d.fail()
		}
	}
}
