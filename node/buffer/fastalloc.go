package buffer

import (
	"math"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// Buffer creation in Go. On the interpreter every Buffer.alloc/allocUnsafe/from paid for a chain
// of JS calls (validators, the pool bookkeeping, `new FastBuffer` through a derived-class
// constructor) and for each `buf.length` a property lookup that the engine first tries to parse
// as an index. Here the pool lives in Go and the common cases build the FastBuffer directly with
// the Uint8Array constructor and FastBuffer as new.target, which is what `new FastBuffer(...)`
// does (its constructor only calls super). Anything unusual goes to the JS functions, which stay
// the reference behaviour.

type allocator struct {
	vm         *goja.Runtime
	u8         goja.Constructor
	fastBuffer *goja.Object // FastBuffer, the new.target of every Buffer made here
	buffer     *goja.Object // Buffer, whose poolSize users may change
	newPool    goja.Callable
	typedSet   goja.Callable // %TypedArray%.prototype.set
	valueOf    goja.Value    // Object.prototype.valueOf

	pool     goja.Value // the current pool's ArrayBuffer
	poolData []byte
	poolOff  int
}

func jsToUint32(v goja.Value) uint32 {
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return uint32(int64(math.Mod(math.Trunc(f), 1<<32)))
}

// halfPool is `Buffer.poolSize >>> 1`, read each time as the JS did.
func (a *allocator) halfPool() int {
	v := a.buffer.Get("poolSize")
	if v == nil {
		return 0
	}
	if i, ok := v.Export().(int64); ok && i >= 0 && i < 1<<32 {
		return int(i >> 1)
	}
	return int(jsToUint32(v) >> 1)
}

func (a *allocator) createPool() {
	ab, err := a.newPool(goja.Undefined())
	host.Rethrow(err)
	a.pool = ab
	a.poolData = ab.Export().(goja.ArrayBuffer).Bytes()
	a.poolOff = 0
}

func (a *allocator) construct(args ...goja.Value) *goja.Object {
	o, err := a.u8(a.fastBuffer, args...)
	host.Rethrow(err)
	return o
}

func (a *allocator) sized(n int) *goja.Object {
	return a.construct(a.vm.ToValue(n))
}

// poolView makes a FastBuffer over the next n bytes of the pool, which must have room.
func (a *allocator) poolView(n int) *goja.Object {
	return a.construct(a.pool, a.vm.ToValue(a.poolOff), a.vm.ToValue(n))
}

func (a *allocator) advance(n int) {
	a.poolOff += n
	if a.poolOff&7 != 0 {
		a.poolOff = (a.poolOff | 7) + 1
	}
}

// allocate is Node's allocate(size): small sizes come from the pool, uninitialised.
func (a *allocator) allocate(size int) *goja.Object {
	if size <= 0 {
		return a.construct()
	}
	if size < a.halfPool() {
		if size > len(a.poolData)-a.poolOff {
			a.createPool()
		}
		b := a.poolView(size)
		a.advance(size)
		return b
	}
	return a.sized(size)
}

// fromString is Node's fromStringFast: short strings are encoded into the pool.
func (a *allocator) fromString(v goja.Value, enc int) *goja.Object {
	s, u, ascii := strOf(v)
	length := len(s) + len(u)
	maxLength := a.halfPool()
	if length >= maxLength || length*4 >= maxLength {
		size := encodedLen(s, u, ascii, enc)
		room := size
		if enc == encBase64 || enc == encBase64URL {
			room = (len(s)+len(u))/4*3 + 3
		}
		data := makeNoZero(room)
		n := min(encodeInto(data[:room], s, u, ascii, enc), size)
		return a.construct(a.vm.ToValue(a.vm.NewArrayBuffer(data[:n])))
	}
	length *= 4
	if length > len(a.poolData)-a.poolOff {
		a.createPool()
	}
	actual := encodeInto(a.poolData[a.poolOff:a.poolOff+length], s, u, ascii, enc)
	b := a.poolView(actual)
	a.advance(actual)
	return b
}

// fromArrayLike is Node's fromArrayLike(obj) for an object whose length is n: the elements are
// stored with %TypedArray%.prototype.set, and the pool moves on only once that succeeded.
func (a *allocator) fromArrayLike(obj goja.Value, n int) *goja.Object {
	if n <= 0 {
		return a.construct()
	}
	if n < a.halfPool() {
		if n > len(a.poolData)-a.poolOff {
			a.createPool()
		}
		b := a.poolView(n)
		o := obj.(*goja.Object)
		if src, ok := fastBytes(o); ok && len(src) == n {
			copy(a.poolData[a.poolOff:], src)
		} else if !(o.ClassName() == "Array" && numbersInto(a.poolData[a.poolOff:a.poolOff+n], o)) {
			_, err := a.typedSet(b, obj, a.vm.ToValue(0))
			host.Rethrow(err)
		}
		a.advance(n)
		return b
	}
	return a.construct(obj)
}

// numbersInto stores the elements of the array o into dst as %TypedArray%.prototype.set would
// when they are all numbers; false (dst partly written, which the caller then rewrites) when
// one is something else, whose conversion may have side effects or throw.
func numbersInto(dst []byte, o *goja.Object) bool {
	for i := range dst {
		v := o.Get(itoa(i))
		if v == nil || !goja.IsNumber(v) {
			return false
		}
		dst[i] = byteOfNumber(v)
	}
	return true
}

// encodingOf maps the encoding names Buffer.from is usually given; others go to the JS lookup.
func encodingOf(v goja.Value) (int, bool) {
	if v == nil || goja.IsUndefined(v) {
		return encUTF8, true
	}
	if !goja.IsString(v) {
		return 0, false
	}
	switch v.String() {
	case "utf8", "utf-8", "":
		return encUTF8, true
	case "hex":
		return encHex, true
	case "base64":
		return encBase64, true
	case "base64url":
		return encBase64URL, true
	case "latin1", "binary":
		return encLatin1, true
	case "ascii":
		return encASCII, true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return encUCS2, true
	}
	return 0, false
}

// sizeArg is a size argument that validateNumber(size, 'size', 0, kMaxLength) accepts without
// question and that the engine can allocate: a number holding an integer.
func sizeArg(v goja.Value) (int, bool) {
	if v == nil || !goja.IsNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	if !(f >= 0 && f <= 1<<40) || f != math.Trunc(f) {
		return 0, false
	}
	return int(f), true
}

// byteOfNumber is the byte %TypedArray%.prototype.fill stores for a number value (ToUint8).
func byteOfNumber(v goja.Value) byte {
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return byte(int64(math.Mod(math.Trunc(f), 256)))
}

func fillByte(b []byte, c byte) {
	if len(b) == 0 {
		return
	}
	b[0] = c
	for i := 1; i < len(b); i *= 2 {
		copy(b[i:], b[:i])
	}
}

func newAllocator(vm *goja.Runtime, fastBuffer, buffer *goja.Object, newPool, typedSet goja.Value) *allocator {
	a := &allocator{vm: vm, fastBuffer: fastBuffer, buffer: buffer}
	var ok bool
	if a.u8, ok = goja.AssertConstructor(vm.Get("Uint8Array")); !ok {
		panic(vm.NewTypeError("Uint8Array is not a constructor"))
	}
	if a.newPool, ok = goja.AssertFunction(newPool); !ok {
		panic(vm.NewTypeError("newPool is not a function"))
	}
	if a.typedSet, ok = goja.AssertFunction(typedSet); !ok {
		panic(vm.NewTypeError("set is not a function"))
	}
	a.valueOf = vm.Get("Object").(*goja.Object).Get("prototype").(*goja.Object).Get("valueOf")
	a.createPool()
	return a
}

// installFastAlloc replaces Buffer.alloc, allocUnsafe, from and Buffer.prototype.fill with native
// versions that fall back to the JS functions (given in js) outside their common case.
func installFastAlloc(vm *goja.Runtime, a *allocator, js *goja.Object) {
	fallbackOf := func(name string) (host.Func, goja.Value) {
		fnv := js.Get(name)
		fn, _ := goja.AssertFunction(fnv)
		return func(call goja.FunctionCall) goja.Value {
			v, err := fn(call.This, call.Arguments...)
			host.Rethrow(err)
			return v
		}, fnv
	}
	install := func(target *goja.Object, name string, jsFn goja.Value, fn host.Func) {
		o := jsFn.(*goja.Object)
		f := host.NamedFunc(vm, o.Get("name").String(), int(o.Get("length").ToInteger()), fn)
		_ = target.Set(name, f)
	}

	slowAlloc, allocJS := fallbackOf("alloc")
	if !fastView.ok {
		return
	}
	install(a.buffer, "alloc", allocJS, func(call goja.FunctionCall) goja.Value {
		size, ok := sizeArg(call.Argument(0))
		if !ok || !fastView.ok {
			return slowAlloc(call)
		}
		fill := call.Argument(1)
		if goja.IsUndefined(fill) || size == 0 {
			return a.sized(size)
		}
		if !goja.IsNumber(fill) { // a number fill ignores the encoding, as _fill does
			return slowAlloc(call)
		}
		o := a.sized(size)
		if c := byteOfNumber(fill); c != 0 {
			b, _ := fastBytes(o)
			fillByte(b, c)
		}
		return o
	})

	slowUnsafe, unsafeJS := fallbackOf("allocUnsafe")
	install(a.buffer, "allocUnsafe", unsafeJS, func(call goja.FunctionCall) goja.Value {
		size, ok := sizeArg(call.Argument(0))
		if !ok {
			return slowUnsafe(call)
		}
		return a.allocate(size)
	})

	slowFrom, fromJS := fallbackOf("from")
	arrayProto := vm.Get("Array").(*goja.Object).Get("prototype").(*goja.Object)
	u8Proto := vm.Get("Uint8Array").(*goja.Object).Get("prototype").(*goja.Object)
	bufProto := a.fastBuffer.Get("prototype").(*goja.Object)
	abProto := vm.Get("ArrayBuffer").(*goja.Object).Get("prototype").(*goja.Object)
	install(a.buffer, "from", fromJS, func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if ab, ok := arrayBufferOf(v, abProto); ok {
			// fromArrayBuffer with integer offset and length inside the buffer
			n := len(ab.Bytes())
			off, ok1 := optIndex(call.Argument(1), 0)
			if !ok1 || off < 0 || off > n {
				return slowFrom(call)
			}
			length, ok2 := optIndex(call.Argument(2), n-off)
			if !ok2 || length > n-off || ab.Detached() {
				return slowFrom(call)
			}
			return a.construct(v, a.vm.ToValue(off), a.vm.ToValue(max(length, 0)))
		}
		if goja.IsString(v) {
			if _, isObj := v.(*goja.Object); !isObj {
				if enc, ok := encodingOf(call.Argument(1)); ok {
					return a.fromString(v, enc)
				}
			}
			return slowFrom(call)
		}
		o, ok := v.(*goja.Object)
		if !ok || !fastView.ok {
			return slowFrom(call)
		}
		// Node's from() first asks value.valueOf(); a plain array or Uint8Array answers itself
		// unless valueOf was replaced, which the identity check below sees.
		switch p := o.Prototype(); {
		case p == arrayProto && o.ClassName() == "Array":
			if o.Get("valueOf") != a.valueOf {
				return slowFrom(call)
			}
			n := o.Get("length").ToInteger()
			return a.fromArrayLike(o, int(n))
		case p == bufProto || p == u8Proto:
			src, ok := fastBytes(o)
			if !ok || o.Get("valueOf") != a.valueOf {
				return slowFrom(call)
			}
			return a.fromArrayLike(o, len(src))
		}
		return slowFrom(call)
	})

	proto := bufProto
	slowFill, fillJS := fallbackOf("fill")
	install(proto, "fill", fillJS, func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok || len(call.Arguments) != 1 || !goja.IsNumber(call.Arguments[0]) {
			return slowFill(call)
		}
		b, ok := fastBytes(o)
		if !ok {
			return slowFill(call)
		}
		fillByte(b, byteOfNumber(call.Arguments[0]))
		return o
	})

	// copy(target, targetStart, sourceStart, sourceEnd) between Uint8Arrays with integer bounds
	slowCopy, copyJS := fallbackOf("copy")
	install(proto, "copy", copyJS, func(call goja.FunctionCall) goja.Value {
		src, ok1 := thisBytes(call)
		dstObj, ok2 := call.Argument(0).(*goja.Object)
		if !ok1 || !ok2 {
			return slowCopy(call)
		}
		dst, ok := fastBytes(dstObj)
		ts, ok3 := optIndex(call.Argument(1), 0)
		ss, ok4 := optIndex(call.Argument(2), 0)
		se, ok5 := optIndex(call.Argument(3), len(src))
		if !ok || !ok3 || !ok4 || !ok5 || ts < 0 || ss < 0 || se < 0 || ss > len(src) {
			return slowCopy(call)
		}
		if ts >= len(dst) || ss >= se {
			return vm.ToValue(0)
		}
		nb := min(se-ss, len(dst)-ts, len(src)-ss)
		if nb <= 0 {
			return vm.ToValue(0)
		}
		return vm.ToValue(copy(dst[ts:ts+nb], src[ss:ss+nb]))
	})

	// write(string[, offset[, length]][, encoding]) with integer bounds and a known encoding
	slowWrite, writeJS := fallbackOf("write")
	install(proto, "write", writeJS, func(call goja.FunctionCall) goja.Value {
		dst, ok := thisBytes(call)
		str := call.Argument(0)
		if !ok || !isStringPrimitive(str) {
			return slowWrite(call)
		}
		offV, lenV, encV := call.Argument(1), call.Argument(2), call.Argument(3)
		off, length := 0, len(dst)
		switch {
		case goja.IsUndefined(offV):
			encV = goja.Undefined()
		case goja.IsUndefined(lenV) && isStringPrimitive(offV):
			encV = offV
		default:
			o, ok := optIndex(offV, -1)
			if !ok || o < 0 || o > len(dst) {
				return slowWrite(call)
			}
			off, length = o, len(dst)-o
			if isStringPrimitive(lenV) {
				encV = lenV
			} else if !goja.IsUndefined(lenV) {
				l, ok := optIndex(lenV, -1)
				if !ok || l < 0 || l > len(dst) {
					return slowWrite(call)
				}
				length = min(l, length)
			}
		}
		enc, ok := encodingOf(encV)
		if !ok {
			return slowWrite(call)
		}
		if length == 0 {
			return vm.ToValue(0)
		}
		s, u, ascii := strOf(str)
		return vm.ToValue(encodeInto(dst[off:off+length], s, u, ascii, enc))
	})

	// toString([encoding[, start[, end]]]) with a known encoding and integer bounds
	slowToString, toStringJS := fallbackOf("toString")
	install(proto, "toString", toStringJS, func(call goja.FunctionCall) goja.Value {
		src, ok := thisBytes(call)
		if !ok {
			return slowToString(call)
		}
		enc, ok1 := encodingOf(call.Argument(0))
		start, ok2 := optIndex(call.Argument(1), 0)
		end, ok3 := optIndex(call.Argument(2), len(src))
		if !ok1 || !ok2 || !ok3 {
			return slowToString(call)
		}
		start = max(start, 0)
		end = min(end, len(src))
		if start >= end {
			return vm.ToValue("")
		}
		if decodedLen(end-start, enc) > kStringMaxLength {
			return slowToString(call)
		}
		return decode(vm, src[start:end], enc)
	})
}

// arrayBufferOf is v as a plain ArrayBuffer (not a subclass instance, not shared).
func arrayBufferOf(v goja.Value, abProto *goja.Object) (goja.ArrayBuffer, bool) {
	o, ok := v.(*goja.Object)
	if !ok || o.Prototype() != abProto {
		return goja.ArrayBuffer{}, false
	}
	ab, ok := o.Export().(goja.ArrayBuffer)
	return ab, ok
}

func thisBytes(call goja.FunctionCall) ([]byte, bool) {
	o, ok := call.This.(*goja.Object)
	if !ok {
		return nil, false
	}
	return fastBytes(o)
}

func isStringPrimitive(v goja.Value) bool {
	if _, isObj := v.(*goja.Object); isObj || v == nil {
		return false
	}
	return goja.IsString(v)
}

// optIndex is an optional integer argument: def when undefined, the value when it is a number
// holding an integer (negative ones included: callers check their ranges).
func optIndex(v goja.Value, def int) (int, bool) {
	if v == nil || goja.IsUndefined(v) {
		return def, true
	}
	if !goja.IsNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	if f != math.Trunc(f) || f < -(1<<53) || f > 1<<53 {
		return 0, false
	}
	return int(f), true
}
