// Package util provides the builtins internal/util/inspect (util.inspect, util.format and the
// helpers error messages use) and the public util module, with the Go binding
// internalBinding('util') that shows inspect what plain JS on goja cannot see.
package util

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/inspect.js
var inspectSource string

//go:embed js/util.js
var utilSource string

//go:embed js/parse_args.js
var parseArgsSource string

//go:embed js/mime.js
var mimeSource string

// InspectSource is the glue of internal/util/inspect, for embedders and tests.
func InspectSource() string { return inspectSource }

// UtilSource is the glue of the public util module.
func UtilSource() string { return utilSource }

// Modules returns the builtins this package provides.
func Modules() []*host.Module {
	bind := func(h *host.Host) *goja.Object { return NewBinding(h.VM) }
	return []*host.Module{
		{ID: "internal/util/inspect", Source: inspectSource, Binding: bind},
		{ID: "util", Source: utilSource, Binding: bind},
		{ID: "internal/util/parse_args", Source: parseArgsSource, Binding: bind},
		{ID: "internal/mime", Source: mimeSource, Binding: bind},
		{ID: "util/types", Binding: bind, Source: "'use strict';\nmodule.exports = require('util').types;\n"},
		{ID: "sys", Binding: bind, Source: "'use strict';\nprocess.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');\nmodule.exports = require('util');\n"},
	}
}

// Promise states as getPromiseDetails reports them (V8's numbering).
const (
	kPending   = 0
	kFulfilled = 1
	kRejected  = 2
)

// NewBinding builds the object internalBinding('util') returns:
//
//	kindOf(v) string                   engine type of an object ("map", "promise", "class", ...; see kinds)
//	getProxyDetails(v, full) ...        undefined (not a proxy), null (revoked), target, or [target, handler] when full
//	getPromiseDetails(p) [state, result] state is kPending/kFulfilled/kRejected; undefined if not a promise
//	previewEntries(v, isIter) ...       Map/Set iterator: [entries, isKeyValue] (entries flat k,v,... when keyed);
//	                                    WeakMap: flat [k, v, ...]; WeakSet: [k, ...]; undefined otherwise
//	kPending, kFulfilled, kRejected
func NewBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	_ = b.Set("kPending", kPending)
	_ = b.Set("kFulfilled", kFulfilled)
	_ = b.Set("kRejected", kRejected)

	_ = b.Set("kindOf", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue("primitive")
		}
		return vm.ToValue(kindOf(o))
	})

	_ = b.Set("getProxyDetails", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		if kindOf(o) != kProxy {
			return goja.Undefined()
		}
		p, ok := o.Export().(goja.Proxy)
		if !ok {
			return goja.Undefined()
		}
		t := p.Target()
		h := p.Handler()
		if t == nil || h == nil {
			return goja.Null()
		}
		if call.Argument(1).ToBoolean() {
			return vm.NewArray(t, h)
		}
		return t
	})

	_ = b.Set("getPromiseDetails", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		if kindOf(o) != kPromise {
			return goja.Undefined()
		}
		p, ok := o.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		switch p.State() {
		case goja.PromiseStateFulfilled:
			return vm.NewArray(kFulfilled, nilSafe(p.Result()))
		case goja.PromiseStateRejected:
			return vm.NewArray(kRejected, nilSafe(p.Result()))
		}
		return vm.NewArray(kPending)
	})

	_ = b.Set("previewEntries", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		self, ok := selfField(o)
		if !ok {
			return goja.Undefined()
		}
		switch kindOf(o) {
		case kMapIter, kSetIter:
			keys, values, ok := iterEntries(self)
			if !ok {
				return goja.Undefined()
			}
			kind := iterKind(self)
			isSet := kindOf(o) == kSetIter
			var out []interface{}
			keyed := kind == 2
			for i, k := range keys {
				switch {
				case keyed && isSet:
					out = append(out, k, k)
				case keyed:
					out = append(out, k, values[i])
				case kind == 1 && !isSet:
					out = append(out, values[i])
				default:
					out = append(out, k)
				}
			}
			arr := vm.NewArray(out...)
			if call.Argument(1).ToBoolean() {
				return vm.NewArray(arr, keyed)
			}
			return arr
		case kWeakMap:
			keys, values, ok := weakEntries(self, "m")
			if !ok {
				return goja.Undefined()
			}
			out := make([]interface{}, 0, 2*len(keys))
			for i, k := range keys {
				out = append(out, k, values[i])
			}
			return vm.NewArray(out...)
		case kWeakSet:
			keys, _, ok := weakEntries(self, "s")
			if !ok {
				return goja.Undefined()
			}
			out := make([]interface{}, 0, len(keys))
			for _, k := range keys {
				out = append(out, k)
			}
			return vm.NewArray(out...)
		}
		return goja.Undefined()
	})

	return b
}

func nilSafe(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}
