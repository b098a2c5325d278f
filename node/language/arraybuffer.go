package language

import (
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/sharedmem"
)

// installArrayBuffer adds transfer, transferToFixedLength and detached (arraybuffer-transfer)
// and the read side of resizable buffers (resizable, maxByteLength; resize throws as V8 does
// for a fixed-length buffer): the engine's buffers cannot change size.
func installArrayBuffer(vm *goja.Runtime) {
	proto := vm.Get("ArrayBuffer").(*goja.Object).Get("prototype").(*goja.Object)
	thisBuffer := func(call goja.FunctionCall, what string) goja.ArrayBuffer {
		if what == "detached" || what == "resizable" || what == "maxByteLength" {
			what = "get ArrayBuffer.prototype." + what
		} else {
			what = "ArrayBuffer.prototype." + what
		}
		if o, ok := call.This.(*goja.Object); ok && !sharedmem.Is(o) {
			if ab, ok := o.Export().(goja.ArrayBuffer); ok {
				return ab
			}
		}
		panic(vm.NewTypeError("Method " + what + " called on incompatible receiver " + receiverText(vm, call.This)))
	}
	def := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		if proto.Get(name) == nil {
			defineMethod(proto, name, nativeMethod(vm, name, length, fn))
		}
	}
	get := func(name string, fn func(goja.FunctionCall) goja.Value) {
		if proto.Get(name) == nil {
			_ = proto.DefineAccessorProperty(name, nativeMethod(vm, "get "+name, 0, fn), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	transfer := func(name string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			ab := thisBuffer(call, name)
			newLen := len(ab.Bytes())
			if arg := call.Argument(0); !goja.IsUndefined(arg) {
				f := arg.ToFloat()
				if f != f {
					f = 0
				}
				if f < 0 || f > 9007199254740991 {
					throwRangeError(vm, "Invalid array buffer length")
				}
				newLen = int(f)
			}
			if ab.Detached() {
				panic(vm.NewTypeError("Cannot perform ArrayBuffer.prototype." + name + " on a detached ArrayBuffer"))
			}
			old := ab.Bytes()
			var data []byte
			if newLen <= cap(old) && newLen == len(old) {
				data = old // the bytes move: nothing else can see them once the old buffer is detached
			} else {
				data = make([]byte, newLen)
				copy(data, old)
			}
			ab.Detach()
			return vm.ToValue(vm.NewArrayBuffer(data))
		}
	}
	// the engine's slice does not check for a detached buffer
	origSlice, _ := goja.AssertFunction(proto.Get("slice"))
	defineMethod(proto, "slice", nativeMethod(vm, "slice", 2, func(call goja.FunctionCall) goja.Value {
		if sharedmem.Is(call.This) {
			panic(vm.NewTypeError("Method ArrayBuffer.prototype.slice called on incompatible receiver " + receiverText(vm, call.This)))
		}
		if o, ok := call.This.(*goja.Object); ok {
			if ab, ok := o.Export().(goja.ArrayBuffer); ok && ab.Detached() {
				panic(vm.NewTypeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer"))
			}
		}
		v, err := origSlice(call.This, call.Arguments...)
		if err != nil {
			host.Rethrow(err)
		}
		return v
	}))
	def("transfer", 0, transfer("transfer"))
	def("transferToFixedLength", 0, transfer("transferToFixedLength"))
	def("resize", 1, func(call goja.FunctionCall) goja.Value {
		thisBuffer(call, "resize")
		panic(vm.NewTypeError("Method ArrayBuffer.prototype.resize called on incompatible receiver " + receiverText(vm, call.This)))
	})
	get("detached", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(thisBuffer(call, "detached").Detached())
	})
	get("resizable", func(call goja.FunctionCall) goja.Value {
		thisBuffer(call, "resizable")
		return vm.ToValue(false)
	})
	get("maxByteLength", func(call goja.FunctionCall) goja.Value {
		ab := thisBuffer(call, "maxByteLength")
		if ab.Detached() {
			return vm.ToValue(0)
		}
		return vm.ToValue(len(ab.Bytes()))
	})
}

func receiverText(vm *goja.Runtime, v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && n.String() != "" {
				return "#<" + n.String() + ">"
			}
		}
		return "#<Object>"
	}
	return v.String()
}

func throwRangeError(vm *goja.Runtime, msg string) {
	o, err := vm.New(vm.Get("RangeError"), vm.ToValue(msg))
	if err != nil {
		host.Rethrow(err)
	}
	panic(o)
}
