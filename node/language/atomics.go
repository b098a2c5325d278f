package language

import (
	"math"
	"math/big"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/sharedmem"
)

// SharedArrayBuffer and Atomics. The engine has one kind of buffer, so a SharedArrayBuffer is an
// engine ArrayBuffer with SharedArrayBuffer.prototype, remembered in internal/sharedmem (V8 keeps
// a flag on the buffer). gnode runs one JS thread, so plain loads and stores are atomic already;
// the waiters that matter are Atomics.waitAsync's, which Atomics.notify wakes on the loop.
// Growable buffers are not possible (engine buffers cannot change size): maxByteLength is
// ignored, as the ArrayBuffer side does for resizable buffers.

type atomicKind int

const (
	kInt8 atomicKind = iota
	kUint8
	kInt16
	kUint16
	kInt32
	kUint32
	kBigInt64
	kBigUint64
	kOther // a typed array Atomics refuses (floats, Uint8Clamped)
)

type atomicView struct {
	obj   *goja.Object
	kind  atomicKind
	data  any // the exported slice: it shares the engine's memory
	n     int
	bytes int // element size
}

type asyncWaiter struct {
	buf     *goja.Object
	index   int
	resolve func(any) error
	timer   *time.Timer
	done    bool
}

type atomics struct {
	vm      *goja.Runtime
	h       *host.Host
	waiters []*asyncWaiter
}

func installSharedMemory(vm *goja.Runtime, h *host.Host) {
	a := &atomics{vm: vm, h: h}
	lazyGlobal(vm, "SharedArrayBuffer", func() goja.Value { return a.sharedArrayBuffer() })
	lazyGlobal(vm, "Atomics", func() goja.Value { return a.namespace() })
}

// lazyGlobal defines a global that is built on first touch and then becomes the data property
// V8 has (writable, configurable, not enumerable).
func lazyGlobal(vm *goja.Runtime, name string, build func() goja.Value) {
	global := vm.GlobalObject()
	if global.Get(name) != nil {
		return
	}
	get := nativeMethod(vm, "get "+name, 0, func(goja.FunctionCall) goja.Value {
		v := build()
		_ = global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return v
	})
	set := nativeMethod(vm, "set "+name, 1, func(call goja.FunctionCall) goja.Value {
		_ = global.DefineDataProperty(name, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return goja.Undefined()
	})
	_ = global.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (a *atomics) sharedArrayBuffer() goja.Value {
	vm := a.vm
	var proto *goja.Object
	ctor := vm.ToValue(func(cc goja.ConstructorCall) *goja.Object {
		n := 0
		if arg := cc.Argument(0); !goja.IsUndefined(arg) {
			f := arg.ToFloat()
			if f != f {
				f = 0
			}
			f = math.Trunc(f)
			if f < 0 || f > 9007199254740991 || f > float64(math.MaxInt32)*4 {
				throwRangeError(vm, "Invalid array buffer length")
			}
			n = int(f)
		}
		buf := vm.ToValue(vm.NewArrayBuffer(make([]byte, n))).(*goja.Object)
		// The engine calls a native constructor the same way with and without new, so
		// SharedArrayBuffer(n) without new makes a buffer where V8 throws.
		p := proto
		if cc.NewTarget != nil {
			if np, ok := cc.NewTarget.Get("prototype").(*goja.Object); ok {
				p = np
			}
		}
		_ = buf.SetPrototype(p)
		sharedmem.Mark(buf)
		return buf
	}).(*goja.Object)
	defineNameLength(vm, ctor, "SharedArrayBuffer", 1)
	proto = vm.NewObject()
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	speciesGet := nativeMethod(vm, "get [Symbol.species]", 0, func(call goja.FunctionCall) goja.Value { return call.This })
	_ = ctor.DefineAccessorPropertySymbol(goja.SymSpecies, speciesGet, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	this := func(call goja.FunctionCall, what string) []byte {
		if sharedmem.Is(call.This) {
			if ab, ok := call.This.Export().(goja.ArrayBuffer); ok {
				return ab.Bytes()
			}
		}
		panic(vm.NewTypeError("Method " + what + " called on incompatible receiver " + receiverText(vm, call.This)))
	}
	getter := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = proto.DefineAccessorProperty(name, nativeMethod(vm, "get "+name, 0, fn), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	getter("byteLength", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(len(this(call, "get SharedArrayBuffer.prototype.byteLength")))
	})
	defineMethod(proto, "slice", nativeMethod(vm, "slice", 2, func(call goja.FunctionCall) goja.Value {
		b := this(call, "SharedArrayBuffer.prototype.slice")
		start, end := relIndex(call.Argument(0), len(b), 0), relIndex(call.Argument(1), len(b), len(b))
		n := max(end-start, 0)
		// SpeciesConstructor(this, %SharedArrayBuffer%)
		species := ctor
		c := call.This.(*goja.Object).Get("constructor")
		if c != nil && !goja.IsUndefined(c) {
			co, ok := c.(*goja.Object)
			if !ok {
				panic(vm.NewTypeError("The .constructor property is not an object"))
			}
			if sp := co.GetSymbol(goja.SymSpecies); sp != nil && !goja.IsUndefined(sp) && !goja.IsNull(sp) {
				so, ok := sp.(*goja.Object)
				if ok {
					_, ok = goja.AssertConstructor(so)
				}
				if !ok {
					panic(vm.NewTypeError("object.constructor[Symbol.species] is not a constructor"))
				}
				species = so
			}
		}
		out, err := vm.New(species, vm.ToValue(n))
		if err != nil {
			host.Rethrow(err)
		}
		if !sharedmem.Is(out) {
			panic(vm.NewTypeError("Method SharedArrayBuffer.prototype.slice called on incompatible receiver " + receiverText(vm, out)))
		}
		if out == call.This {
			panic(vm.NewTypeError("SharedArrayBuffer subclass returned this from species constructor"))
		}
		dst := out.Export().(goja.ArrayBuffer).Bytes()
		if len(dst) < n {
			panic(vm.NewTypeError("Derived SharedArrayBuffer constructor created a buffer which was too small"))
		}
		copy(dst, b[start:start+n])
		return out
	}))
	getter("maxByteLength", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(len(this(call, "get SharedArrayBuffer.prototype.maxByteLength")))
	})
	getter("growable", func(call goja.FunctionCall) goja.Value {
		this(call, "get SharedArrayBuffer.prototype.growable")
		return vm.ToValue(false)
	})
	defineMethod(proto, "grow", nativeMethod(vm, "grow", 1, func(call goja.FunctionCall) goja.Value {
		this(call, "SharedArrayBuffer.prototype.grow")
		panic(vm.NewTypeError("Method SharedArrayBuffer.prototype.grow called on incompatible receiver " + receiverText(vm, call.This)))
	}))
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("SharedArrayBuffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return ctor
}

// relIndex is the relative-index clamp of ArrayBuffer.prototype.slice.
func relIndex(v goja.Value, n, def int) int {
	if goja.IsUndefined(v) {
		return def
	}
	f := v.ToFloat()
	if f != f {
		f = 0
	}
	f = math.Trunc(f)
	if f < 0 {
		return int(math.Max(float64(n)+f, 0))
	}
	return int(math.Min(f, float64(n)))
}

func (a *atomics) describe(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return v.String()
	}
	if tag, ok := o.GetSymbol(goja.SymToStringTag).(goja.String); ok && isTypedArrayExport(o.Export()) {
		return "[object " + tag.String() + "]"
	}
	return receiverText(a.vm, v)
}

func isTypedArrayExport(x any) bool {
	switch x.(type) {
	case []int8, []uint8, []int16, []uint16, []int32, []uint32, []int64, []uint64, []float32, []float64:
		return true
	}
	return false
}

// view validates an integer typed array (ValidateIntegerTypedArray).
func (a *atomics) view(v goja.Value, waitable bool) *atomicView {
	o, ok := v.(*goja.Object)
	var av *atomicView
	if ok {
		av = &atomicView{obj: o, data: o.Export(), kind: kOther}
		switch d := av.data.(type) {
		case []int8:
			av.kind, av.n, av.bytes = kInt8, len(d), 1
		case []uint8:
			av.kind, av.n, av.bytes = kUint8, len(d), 1
			if tag, _ := o.GetSymbol(goja.SymToStringTag).(goja.String); tag == nil || tag.String() != "Uint8Array" {
				av.kind = kOther
			}
		case []int16:
			av.kind, av.n, av.bytes = kInt16, len(d), 2
		case []uint16:
			av.kind, av.n, av.bytes = kUint16, len(d), 2
		case []int32:
			av.kind, av.n, av.bytes = kInt32, len(d), 4
		case []uint32:
			av.kind, av.n, av.bytes = kUint32, len(d), 4
		case []int64:
			av.kind, av.n, av.bytes = kBigInt64, len(d), 8
		case []uint64:
			av.kind, av.n, av.bytes = kBigUint64, len(d), 8
		case []float32, []float64:
		default:
			av = nil
		}
	}
	if waitable {
		if av == nil || av.kind != kInt32 && av.kind != kBigInt64 {
			panic(a.vm.NewTypeError(a.describe(v) + " is not an int32 or BigInt64 typed array."))
		}
		return av
	}
	if av == nil || av.kind == kOther {
		panic(a.vm.NewTypeError(a.describe(v) + " is not an integer typed array."))
	}
	return av
}

func (a *atomics) index(av *atomicView, v goja.Value) int {
	f := 0.0
	if !goja.IsUndefined(v) {
		f = v.ToFloat()
		if f != f {
			f = 0
		}
		f = math.Trunc(f)
	}
	if f < 0 || f >= float64(av.n) {
		throwRangeError(a.vm, "Invalid atomic access index")
	}
	return int(f)
}

func (a *atomics) buffer(av *atomicView) *goja.Object {
	b, _ := av.obj.Get("buffer").(*goja.Object)
	return b
}

// operand converts a value for the view: a BigInt for the 64-bit kinds (ToBigInt refuses
// Numbers), otherwise ToIntegerOrInfinity.
func (a *atomics) operand(av *atomicView, v goja.Value) (uint64, goja.Value) {
	if av.kind == kBigInt64 || av.kind == kBigUint64 {
		if _, isNum := v.Export().(float64); isNum || isNumber(v) {
			panic(a.vm.NewTypeError("Cannot convert " + v.String() + " to a BigInt"))
		}
		bigCtor, _ := goja.AssertFunction(a.vm.Get("BigInt"))
		bv, err := bigCtor(goja.Undefined(), v)
		if err != nil {
			host.Rethrow(err)
		}
		bi, _ := bv.Export().(*big.Int)
		if bi == nil {
			bi = new(big.Int)
		}
		m := new(big.Int).And(bi, new(big.Int).SetUint64(math.MaxUint64))
		return m.Uint64(), bv
	}
	f := v.ToFloat()
	if f != f {
		f = 0
	}
	f = math.Trunc(f)
	if f == 0 {
		f = 0 // -0 becomes +0
	}
	var u uint64
	if !math.IsInf(f, 0) {
		u = uint64(int64(math.Mod(f, 18446744073709551616.0)))
		if math.Abs(f) >= 9223372036854775808.0 {
			u = uint64(int64(math.Mod(f, 4294967296.0)))
		}
	}
	return u, a.vm.ToValue(f)
}

func isNumber(v goja.Value) bool {
	switch v.Export().(type) {
	case int64, float64, int, int32:
		_, isObj := v.(*goja.Object)
		return !isObj
	}
	return false
}

func (av *atomicView) load(i int) uint64 {
	switch d := av.data.(type) {
	case []int8:
		return uint64(d[i])
	case []uint8:
		return uint64(d[i])
	case []int16:
		return uint64(d[i])
	case []uint16:
		return uint64(d[i])
	case []int32:
		return uint64(d[i])
	case []uint32:
		return uint64(d[i])
	case []int64:
		return uint64(d[i])
	case []uint64:
		return d[i]
	}
	return 0
}

func (av *atomicView) store(i int, u uint64) {
	switch d := av.data.(type) {
	case []int8:
		d[i] = int8(u)
	case []uint8:
		d[i] = uint8(u)
	case []int16:
		d[i] = int16(u)
	case []uint16:
		d[i] = uint16(u)
	case []int32:
		d[i] = int32(u)
	case []uint32:
		d[i] = uint32(u)
	case []int64:
		d[i] = int64(u)
	case []uint64:
		d[i] = u
	}
}

// value turns a raw element back into the JS value the view would read.
func (a *atomics) value(av *atomicView, u uint64) goja.Value {
	switch av.kind {
	case kInt8:
		return a.vm.ToValue(int8(u))
	case kUint8:
		return a.vm.ToValue(uint8(u))
	case kInt16:
		return a.vm.ToValue(int16(u))
	case kUint16:
		return a.vm.ToValue(uint16(u))
	case kInt32:
		return a.vm.ToValue(int32(u))
	case kUint32:
		return a.vm.ToValue(uint32(u))
	case kBigInt64:
		return a.vm.ToValue(big.NewInt(int64(u)))
	default:
		return a.vm.ToValue(new(big.Int).SetUint64(u))
	}
}

func (a *atomics) namespace() goja.Value {
	vm := a.vm
	ns := vm.NewObject()
	def := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		defineMethod(ns, name, nativeMethod(vm, name, length, fn))
	}
	rmw := func(name string, op func(old, v uint64) uint64) {
		def(name, 3, func(call goja.FunctionCall) goja.Value {
			av := a.view(call.Argument(0), false)
			i := a.index(av, call.Argument(1))
			v, _ := a.operand(av, call.Argument(2))
			old := av.load(i)
			av.store(i, op(old, v))
			return a.value(av, old)
		})
	}
	def("load", 2, func(call goja.FunctionCall) goja.Value {
		av := a.view(call.Argument(0), false)
		return a.value(av, av.load(a.index(av, call.Argument(1))))
	})
	def("store", 3, func(call goja.FunctionCall) goja.Value {
		av := a.view(call.Argument(0), false)
		i := a.index(av, call.Argument(1))
		u, v := a.operand(av, call.Argument(2))
		av.store(i, u)
		return v
	})
	rmw("add", func(old, v uint64) uint64 { return old + v })
	rmw("sub", func(old, v uint64) uint64 { return old - v })
	rmw("and", func(old, v uint64) uint64 { return old & v })
	rmw("or", func(old, v uint64) uint64 { return old | v })
	rmw("xor", func(old, v uint64) uint64 { return old ^ v })
	rmw("exchange", func(_, v uint64) uint64 { return v })
	def("compareExchange", 4, func(call goja.FunctionCall) goja.Value {
		av := a.view(call.Argument(0), false)
		i := a.index(av, call.Argument(1))
		expected, _ := a.operand(av, call.Argument(2))
		replacement, _ := a.operand(av, call.Argument(3))
		old := av.load(i)
		mask := uint64(math.MaxUint64)
		if av.bytes < 8 {
			mask = 1<<(8*av.bytes) - 1
		}
		if old&mask == expected&mask {
			av.store(i, replacement)
		}
		return a.value(av, old)
	})
	def("isLockFree", 1, func(call goja.FunctionCall) goja.Value {
		switch call.Argument(0).ToFloat() {
		case 1, 2, 4, 8:
			return vm.ToValue(true)
		}
		return vm.ToValue(false)
	})
	// wait blocks the only JS thread: nothing can notify it, so it ends on its timeout, as a
	// wait on Node's main thread does when no worker holds the buffer.
	def("wait", 4, func(call goja.FunctionCall) goja.Value {
		av, i, equal, timeout := a.waitArgs(call)
		if !equal {
			return vm.ToValue("not-equal")
		}
		if math.IsInf(timeout, 1) {
			select {} // a deadlock, exactly as the program asked for
		}
		time.Sleep(time.Duration(timeout * float64(time.Millisecond)))
		_ = av
		_ = i
		return vm.ToValue("timed-out")
	})
	def("waitAsync", 4, func(call goja.FunctionCall) goja.Value {
		av, i, equal, timeout := a.waitArgs(call)
		res := vm.NewObject()
		if !equal || timeout == 0 {
			_ = res.Set("async", false)
			if !equal {
				_ = res.Set("value", "not-equal")
			} else {
				_ = res.Set("value", "timed-out")
			}
			return res
		}
		p, resolve, _ := vm.NewPromise()
		w := &asyncWaiter{buf: a.buffer(av), index: i*av.bytes + int(av.obj.Get("byteOffset").ToInteger()), resolve: resolve}
		a.waiters = append(a.waiters, w)
		if !math.IsInf(timeout, 1) {
			a.h.Loop.Ref()
			w.timer = time.AfterFunc(time.Duration(timeout*float64(time.Millisecond)), func() {
				a.h.Loop.Post(func() {
					a.h.Loop.Unref()
					a.settle(w, "timed-out")
				})
			})
		}
		_ = res.Set("async", true)
		_ = res.Set("value", p)
		return res
	})
	def("notify", 3, func(call goja.FunctionCall) goja.Value {
		av := a.view(call.Argument(0), true)
		i := a.index(av, call.Argument(1))
		count := math.Inf(1)
		if c := call.Argument(2); !goja.IsUndefined(c) {
			count = math.Max(math.Trunc(c.ToFloat()), 0)
			if count != count {
				count = 0
			}
		}
		buf := a.buffer(av)
		if !sharedmem.Is(buf) {
			return vm.ToValue(0)
		}
		at := i*av.bytes + int(av.obj.Get("byteOffset").ToInteger())
		woken := 0
		for _, w := range append([]*asyncWaiter(nil), a.waiters...) {
			if float64(woken) >= count {
				break
			}
			if w.done || w.buf != buf || w.index != at {
				continue
			}
			if w.timer != nil && w.timer.Stop() {
				a.h.Loop.Unref()
			}
			a.settle(w, "ok")
			woken++
		}
		return vm.ToValue(woken)
	})
	def("pause", 0, func(call goja.FunctionCall) goja.Value {
		if n := call.Argument(0); !goja.IsUndefined(n) {
			f, isNum := n.Export().(float64)
			if i, ok := n.Export().(int64); ok {
				f, isNum = float64(i), true
			}
			if !isNum || f != math.Trunc(f) || math.IsInf(f, 0) {
				panic(vm.NewTypeError("Atomics.pause argument must be undefined or an integer"))
			}
		}
		return goja.Undefined()
	})
	_ = ns.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("Atomics"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return ns
}

func (a *atomics) settle(w *asyncWaiter, result string) {
	if w.done {
		return
	}
	w.done = true
	for k, x := range a.waiters {
		if x == w {
			a.waiters = append(a.waiters[:k], a.waiters[k+1:]...)
			break
		}
	}
	_ = w.resolve(result)
}

// waitArgs validates Atomics.wait/waitAsync's arguments in the spec's order.
func (a *atomics) waitArgs(call goja.FunctionCall) (*atomicView, int, bool, float64) {
	av := a.view(call.Argument(0), true)
	if !sharedmem.Is(a.buffer(av)) {
		panic(a.vm.NewTypeError(a.describe(call.Argument(0)) + " is not a shared typed array."))
	}
	i := a.index(av, call.Argument(1))
	v, _ := a.operand(av, call.Argument(2))
	timeout := math.Inf(1)
	if t := call.Argument(3); !goja.IsUndefined(t) {
		timeout = t.ToFloat()
		if timeout != timeout {
			timeout = math.Inf(1)
		}
		timeout = math.Max(timeout, 0)
	}
	mask := uint64(math.MaxUint64)
	if av.bytes < 8 {
		mask = 1<<(8*av.bytes) - 1
	}
	return av, i, av.load(i)&mask == v&mask, timeout
}
