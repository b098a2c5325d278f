// Package v8 is node:v8: heap statistics from the Go runtime, V8's value serialization format
// (serialize/deserialize), and the parts of the API that have no meaning without V8 answering
// as a V8 without that feature would.
package v8

import (
	_ "embed"
	"runtime"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

//go:embed js/v8.js
var source string

// Modules returns node:v8.
func Modules() []*host.Module {
	return []*host.Module{{ID: "v8", Source: source, Binding: newBinding}}
}

type binding struct {
	vm        *goja.Runtime
	h         *host.Host
	getTime   goja.Callable
	toStrTag  goja.Value
	bufProto  *goja.Object
	isBufFunc goja.Callable
}

func newBinding(h *host.Host) *goja.Object {
	b := &binding{vm: h.VM, h: h}
	vm := h.VM
	o := vm.NewObject()
	_ = o.Set("serialize", func(call goja.FunctionCall) goja.Value {
		s := &serializer{vm: vm, b: b, ids: map[*goja.Object]int{}}
		s.buf = append(s.buf, 0xFF, formatVersion)
		s.value(call.Argument(0))
		return vm.ToValue(vm.NewArrayBuffer(s.buf))
	})
	_ = o.Set("deserialize", func(call goja.FunctionCall) goja.Value {
		data := buffer.Bytes(call.Argument(0))
		d := &deserializer{b: b, vm: vm, data: data}
		d.header()
		return d.value()
	})
	_ = o.Set("setBufferHelpers", func(call goja.FunctionCall) goja.Value {
		b.bufProto, _ = call.Argument(0).(*goja.Object)
		b.isBufFunc, _ = goja.AssertFunction(call.Argument(1))
		return goja.Undefined()
	})
	_ = o.Set("heapStatistics", func(goja.FunctionCall) goja.Value {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		limit := uint64(4496293888) // V8's default on a 64-bit machine with this much memory
		st := vm.NewObject()
		set := func(k string, v uint64) { _ = st.Set(k, v) }
		set("total_heap_size", m.HeapSys)
		set("total_heap_size_executable", 0)
		set("total_physical_size", m.HeapInuse+m.HeapIdle-m.HeapReleased)
		set("total_available_size", limit-min(limit, m.HeapAlloc))
		set("used_heap_size", m.HeapAlloc)
		set("heap_size_limit", limit)
		set("malloced_memory", m.OtherSys)
		set("peak_malloced_memory", m.OtherSys)
		set("does_zap_garbage", 0)
		set("number_of_native_contexts", 1)
		set("number_of_detached_contexts", 0)
		set("total_global_handles_size", 0)
		set("used_global_handles_size", 0)
		set("external_memory", 0)
		return st
	})
	return o
}

func (b *binding) newError(class, code, msg string) *goja.Object {
	e, err := b.vm.New(b.vm.Get(class), b.vm.ToValue(msg))
	if err != nil {
		host.Rethrow(err)
	}
	if code != "" {
		_ = e.Set("code", code)
	}
	return e
}

func (b *binding) dataCloneError(msg string) *goja.Object { return b.newError("Error", "", msg) }

// describe words a value as V8's DataCloneError does.
func (b *binding) describe(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			return o.String()
		}
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && n.String() != "" {
				return "#<" + n.String() + ">"
			}
		}
		return "#<Object>"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + sym.String() + ")"
	}
	return v.String()
}

func (b *binding) typedArrayName(o *goja.Object) string {
	if b.toStrTag == nil {
		b.toStrTag = b.vm.Get("Symbol").(*goja.Object).Get("toStringTag")
	}
	if t := o.GetSymbol(goja.SymToStringTag); t != nil {
		return t.String()
	}
	return "Uint8Array"
}

func (b *binding) isBuffer(o *goja.Object) bool {
	if b.isBufFunc == nil {
		return false
	}
	r, err := b.isBufFunc(goja.Undefined(), o)
	return err == nil && r.ToBoolean()
}

func (b *binding) errorName(o *goja.Object) string {
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if c, ok := p.Get("constructor").(*goja.Object); ok {
			switch n := c.Get("name").String(); n {
			case "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "Error":
				if c == b.vm.Get(n) {
					return n
				}
			}
		}
	}
	return "Error"
}

func (b *binding) hasOwn(o *goja.Object, key string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == key {
			return true
		}
	}
	return false
}

func (b *binding) dateValue(o *goja.Object) float64 {
	if b.getTime == nil {
		b.getTime, _ = goja.AssertFunction(b.vm.Get("Date").(*goja.Object).Get("prototype").(*goja.Object).Get("getTime"))
	}
	v, err := b.getTime(o)
	if err != nil {
		host.Rethrow(err)
	}
	return v.ToFloat()
}

func (b *binding) newDate(ms float64) goja.Value {
	return b.construct("Date", b.vm.ToValue(ms))
}

func (b *binding) construct(name string, args ...goja.Value) goja.Value {
	o, err := b.vm.New(b.vm.Get(name), args...)
	if err != nil {
		host.Rethrow(err)
	}
	return o
}

func (b *binding) toObject(v goja.Value) goja.Value { return v.ToObject(b.vm) }

func (b *binding) utf16Value(u []uint16) goja.Value { return buffer.UTF16Value(u) }

// newView rebuilds a host-object view (Node's DefaultDeserializer._readHostObject): a copy of
// the bytes, in a Buffer for index 10.
func (b *binding) newView(name string, data []byte) goja.Value {
	ab := b.vm.ToValue(b.vm.NewArrayBuffer(data))
	ctorName := name
	if name == "Buffer" {
		ctorName = "Uint8Array"
	}
	ctor := b.vm.Get(ctorName)
	if ctor == nil || goja.IsUndefined(ctor) {
		panic(b.newError("Error", "", "Unable to deserialize cloned data."))
	}
	size := map[string]int{"Int16Array": 2, "Uint16Array": 2, "Int32Array": 4, "Uint32Array": 4, "Float32Array": 4,
		"Float64Array": 8, "BigInt64Array": 8, "BigUint64Array": 8, "Float16Array": 2}[name]
	args := []goja.Value{ab}
	if size > 1 {
		if len(data)%size != 0 {
			panic(b.newError("Error", "", "Unable to deserialize cloned data."))
		}
		args = append(args, b.vm.ToValue(0), b.vm.ToValue(len(data)/size))
	}
	o, err := b.vm.New(ctor.(*goja.Object), args...)
	if err != nil {
		host.Rethrow(err)
	}
	if name == "Buffer" && b.bufProto != nil {
		_ = o.SetPrototype(b.bufProto)
	}
	return o
}
