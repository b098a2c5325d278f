package buffer

import (
	"math"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// Native fixed-size reads and writes. A JS method costs the engine a full function call on top of
// its element accesses (tens of times what V8 spends); a native one reads the Go bytes behind
// the Buffer directly. Only the common case is handled here: a Uint8Array receiver, a number
// offset that is an integer in bounds, a number value in range. Everything else (errors, string
// or object arguments, NaN) goes to the JS version, so results and error messages stay exactly
// those of the JS code.

type rwKind struct {
	name   string
	size   int
	le     bool
	signed bool
	float  bool
	write  bool
}

var rwKinds = func() []rwKind {
	var ks []rwKind
	for _, w := range []bool{false, true} {
		verb := "read"
		if w {
			verb = "write"
		}
		ks = append(ks, rwKind{name: verb + "UInt8", size: 1, write: w}, rwKind{name: verb + "Int8", size: 1, signed: true, write: w})
		for _, le := range []bool{true, false} {
			e := "BE"
			if le {
				e = "LE"
			}
			for _, size := range []int{2, 4} {
				bits := itoa(size * 8)
				ks = append(ks,
					rwKind{name: verb + "UInt" + bits + e, size: size, le: le, write: w},
					rwKind{name: verb + "Int" + bits + e, size: size, le: le, signed: true, write: w})
			}
			ks = append(ks,
				rwKind{name: verb + "Float" + e, size: 4, le: le, float: true, write: w},
				rwKind{name: verb + "Double" + e, size: 8, le: le, float: true, write: w})
		}
	}
	return ks
}()

// offsetArg is an offset given as a JS number holding an integer (undefined: 0).
func offsetArg(v goja.Value) (int, bool) {
	if v == nil || goja.IsUndefined(v) {
		return 0, true
	}
	if !goja.IsNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	i := int(f)
	if float64(i) != f {
		return 0, false
	}
	return i, true
}

func (k rwKind) bounds() (float64, float64) {
	switch {
	case k.signed:
		lim := math.Ldexp(1, k.size*8-1)
		return -lim, lim - 1
	default:
		return 0, math.Ldexp(1, k.size*8) - 1
	}
}

// installFastRW puts native versions of the methods on proto; each falls back to the JS function
// it replaces.
func installFastRW(vm *goja.Runtime, proto *goja.Object) {
	if !fastView.ok {
		return
	}
	for _, k := range rwKinds {
		k := k
		jsFn := proto.Get(k.name)
		slow, ok := goja.AssertFunction(jsFn)
		if !ok {
			continue
		}
		fallback := func(call goja.FunctionCall) goja.Value {
			v, err := slow(call.This, call.Arguments...)
			host.Rethrow(err)
			return v
		}
		length := int(jsFn.(*goja.Object).Get("length").ToInteger())
		name := jsFn.(*goja.Object).Get("name").String()
		var fn host.Func
		if k.write {
			lo, hi := k.bounds()
			fn = func(call goja.FunctionCall) goja.Value {
				o, ok := call.This.(*goja.Object)
				if !ok {
					return fallback(call)
				}
				b, ok := fastBytes(o)
				off, ok2 := offsetArg(call.Argument(1))
				val := call.Argument(0)
				if !ok || !ok2 || off < 0 || off+k.size > len(b) || !goja.IsNumber(val) {
					return fallback(call)
				}
				f := val.ToFloat()
				if k.float {
					writeFloatAt(b[off:off+k.size], f, k.le)
					return vm.ToValue(off + k.size)
				}
				if !(f >= lo && f <= hi) {
					return fallback(call)
				}
				u := uint32(int64(f)) // ToUint32 of an in-range number: truncate, wrap
				d := b[off : off+k.size]
				switch k.size {
				case 1:
					d[0] = byte(u)
				case 2:
					if k.le {
						d[0], d[1] = byte(u), byte(u>>8)
					} else {
						d[0], d[1] = byte(u>>8), byte(u)
					}
				case 4:
					put32(d, u, k.le)
				}
				return vm.ToValue(off + k.size)
			}
		} else {
			fn = func(call goja.FunctionCall) goja.Value {
				o, ok := call.This.(*goja.Object)
				if !ok {
					return fallback(call)
				}
				b, ok := fastBytes(o)
				off, ok2 := offsetArg(call.Argument(0))
				if !ok || !ok2 || off < 0 || off+k.size > len(b) {
					return fallback(call)
				}
				d := b[off : off+k.size]
				if k.float {
					if k.size == 4 {
						return vm.ToValue(float64(math.Float32frombits(u32(d, k.le))))
					}
					return vm.ToValue(math.Float64frombits(u64(d, k.le)))
				}
				var u uint32
				switch k.size {
				case 1:
					u = uint32(d[0])
					if k.signed {
						return vm.ToValue(int64(int8(d[0])))
					}
				case 2:
					if k.le {
						u = uint32(d[0]) | uint32(d[1])<<8
					} else {
						u = uint32(d[0])<<8 | uint32(d[1])
					}
					if k.signed {
						return vm.ToValue(int64(int16(u)))
					}
				case 4:
					u = u32(d, k.le)
					if k.signed {
						return vm.ToValue(int64(int32(u)))
					}
				}
				return vm.ToValue(int64(u))
			}
		}
		f := host.NamedFunc(vm, name, length, fn)
		_ = proto.Set(k.name, f)
		// the lower-case aliases (readUint32LE…) are the same function, as in Node
		if alias := lowerUintAlias(k.name); alias != "" && proto.Get(alias) == jsFn {
			_ = proto.Set(alias, f)
		}
	}
}

func lowerUintAlias(name string) string {
	for i := 0; i+4 <= len(name); i++ {
		if name[i:i+4] == "UInt" {
			return name[:i] + "Uint" + name[i+4:]
		}
	}
	return ""
}

// writeFloatAt stores f; NaN is the canonical quiet NaN, as V8 writes it.
func writeFloatAt(d []byte, f float64, le bool) {
	if len(d) == 4 {
		bits := math.Float32bits(float32(f))
		if f != f {
			bits = 0x7FC00000
		}
		put32(d, bits, le)
		return
	}
	bits := math.Float64bits(f)
	if f != f {
		bits = 0x7FF8000000000000
	}
	put64(d, bits, le)
}
