package nodeerr

import (
	"github.com/dop251/goja"
)

// NewBinding returns the object internal/errors gets from internalBinding: the Go side of the
// JS module. Messages are computed here, so JS and Go errors read the same.
//
//	getMessage(key, args, self, inspect)   the message of a code (throws ERR_INTERNAL_ASSERTION
//	                                       on a wrong argument count); sets props on self
//	systemErrorMessage(key, context)       the message of a SystemError code
//	determineSpecificType(value, inspect)  the "Received …" text
//	register(codes, inspect)               lets Go-made errors use the JS classes and inspect
//	getErrorMap()                          Map errno -> [name, message] (libuv's)
//	errname(errno), strerror(errno)        uv_err_name / uv_strerror
//	uv                                     { UV_ENOENT: -2, … }
//	kIsNodeError                           the symbol marking coded errors
func NewBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	jsIns := func(v goja.Value) Inspector {
		if fn, ok := goja.AssertFunction(v); ok {
			return jsInspector(fn)
		}
		return nil
	}
	args := func(v goja.Value) []goja.Value {
		o, ok := v.(*goja.Object)
		if !ok {
			return nil
		}
		n := int(o.Get("length").ToInteger())
		out := make([]goja.Value, n)
		for i := range n {
			out[i] = o.Get(itoa(i))
		}
		return out
	}
	_ = b.Set("getMessage", func(call goja.FunctionCall) goja.Value {
		self, _ := call.Argument(2).(*goja.Object)
		msg, err := Message(vm, call.Argument(0).String(), args(call.Argument(1)), self, jsIns(call.Argument(3)))
		if err != nil {
			if a, ok := err.(*AssertionError); ok {
				panic(New(vm, "ERR_INTERNAL_ASSERTION", a.Message))
			}
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(msg)
	})
	_ = b.Set("systemErrorMessage", func(call goja.FunctionCall) goja.Value {
		spec, ok := byCode[call.Argument(0).String()]
		ctx, _ := call.Argument(1).(*goja.Object)
		if !ok || ctx == nil {
			panic(vm.NewTypeError("systemErrorMessage: bad arguments"))
		}
		return vm.ToValue(SystemErrorMessage(vm, spec, ctx))
	})
	_ = b.Set("determineSpecificType", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(DetermineSpecificType(vm, call.Argument(0), jsIns(call.Argument(1))))
	})
	_ = b.Set("register", func(call goja.FunctionCall) goja.Value {
		codes, _ := call.Argument(0).(*goja.Object)
		ins, _ := call.Argument(1).(*goja.Object)
		Register(vm, codes, ins)
		return goja.Undefined()
	})
	_ = b.Set("getErrorMap", func(goja.FunctionCall) goja.Value {
		ctor, _ := vm.Get("Map").(*goja.Object)
		m, err := vm.New(ctor)
		if err != nil {
			panic(err)
		}
		set, _ := goja.AssertFunction(m.Get("set"))
		for _, e := range uvOrder {
			if _, err := set(m, vm.ToValue(e.errno), vm.NewArray(e.name, e.message)); err != nil {
				panic(err)
			}
		}
		return m
	})
	_ = b.Set("errname", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(ErrName(int(call.Argument(0).ToInteger())))
	})
	_ = b.Set("strerror", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(StrError(int(call.Argument(0).ToInteger())))
	})
	uv := vm.NewObject()
	for _, e := range uvOrder {
		_ = uv.Set("UV_"+e.name, e.errno)
	}
	_ = b.Set("uv", uv)
	_ = b.Set("kIsNodeError", IsNodeErrorSymbol)
	return b
}
