// Package web serves the web platform globals Node installs: EventTarget and Event,
// AbortController, DOMException, structuredClone, TextEncoder/TextDecoder, MessageChannel,
// navigator and performance. The classes are JS glue; the byte work of the encoders is Go.
package web

import (
	_ "embed"
	"runtime"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/sharedmem"
	"github.com/gnode-dev/gnode/node/buffer"
)

var (
	//go:embed js/domexception.js
	domexceptionJS string
	//go:embed js/event_target.js
	eventTargetJS string
	//go:embed js/abort_controller.js
	abortControllerJS string
	//go:embed js/encoding.js
	encodingJS string
	//go:embed js/structured_clone.js
	structuredCloneJS string
	//go:embed js/io.js
	ioJS string
	//go:embed js/navigator.js
	navigatorJS string
	//go:embed js/perf_hooks.js
	perfHooksJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "internal/per_context/domexception", Source: domexceptionJS},
		{ID: "internal/event_target", Source: eventTargetJS, Binding: clockBinding},
		{ID: "internal/abort_controller", Source: abortControllerJS},
		{ID: "internal/encoding", Source: encodingJS, Binding: encodingBinding},
		{ID: "internal/structured_clone", Source: structuredCloneJS, Binding: cloneBinding},
		{ID: "internal/navigator", Source: navigatorJS, Binding: navigatorBinding},
		{ID: "internal/worker/io", Source: ioJS, Binding: ioBinding},
		{ID: "perf_hooks", Source: perfHooksJS, Binding: clockBinding},
	}
}

// processStart is the time origin of performance.now() and Event.timeStamp.
var processStart = time.Now()

func sinceOrigin() float64 {
	return float64(time.Since(processStart)) / float64(time.Millisecond)
}

func clockBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	_ = b.Set("now", func(goja.FunctionCall) goja.Value { return vm.ToValue(sinceOrigin()) })
	_ = b.Set("timeOrigin", float64(processStart.UnixNano())/1e6)
	// loopStart() -> ms since the time origin at which the event loop started, -1 before
	_ = b.Set("loopStart", func(goja.FunctionCall) goja.Value {
		t, ok := h.Loop.RunStarted()
		if !ok {
			return vm.ToValue(-1)
		}
		return vm.ToValue(float64(t.Sub(processStart)) / float64(time.Millisecond))
	})
	return b
}

func encodingBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	// lookup(label) -> the encoding's WHATWG name, or undefined
	_ = b.Set("lookup", func(call goja.FunctionCall) goja.Value {
		enc, name := lookupLabel(call.Argument(0).String())
		if enc < 0 {
			return goja.Undefined()
		}
		return vm.ToValue(name)
	})
	// decoder(name, fatal, ignoreBOM) -> decode(input, options): the string; undefined when a
	// fatal decoder met malformed input; null when input or options need the JS checks
	_ = b.Set("decoder", func(call goja.FunctionCall) goja.Value {
		enc, name := lookupLabel(call.Argument(0).String())
		d := &decoder{
			enc:       enc,
			fatal:     call.Argument(1).ToBoolean(),
			ignoreBOM: call.Argument(2).ToBoolean(),
		}
		if enc == encLegacy {
			d.newLegacyDecoder(name)
		}
		return vm.ToValue(func(c goja.FunctionCall) goja.Value {
			stream := false
			switch opts := c.Argument(1).(type) {
			case *goja.Object:
				if s := opts.Get("stream"); s != nil {
					stream = s.ToBoolean()
				}
			default:
				if !goja.IsUndefined(opts) && !goja.IsNull(opts) {
					return goja.Null()
				}
			}
			in := c.Argument(0)
			var bytes []byte
			if !goja.IsUndefined(in) {
				var ok bool
				if bytes, ok = buffer.View(in); !ok {
					return goja.Null()
				}
			}
			r := d.decode(bytes, stream)
			if !r.ok {
				return goja.Undefined()
			}
			return r.value(vm)
		})
	})
	// encode(string) -> ArrayBuffer of its UTF-8
	_ = b.Set("encode", func(call goja.FunctionCall) goja.Value {
		s, u, ascii := buffer.StringUnits(call.Argument(0))
		return vm.ToValue(vm.NewArrayBuffer(buffer.EncodeUTF8(s, u, ascii)))
	})
	// encodeInto(string, uint8array, result) sets result.read and result.written
	_ = b.Set("encodeInto", func(call goja.FunctionCall) goja.Value {
		s, u, ascii := buffer.StringUnits(call.Argument(0))
		read, written := buffer.EncodeUTF8Into(buffer.Bytes(call.Argument(1)), s, u, ascii)
		res := call.Argument(2).(*goja.Object)
		_ = res.Set("read", read)
		_ = res.Set("written", written)
		return goja.Undefined()
	})
	return b
}

func cloneBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	arrayBuffer := func(v goja.Value) (goja.ArrayBuffer, bool) {
		o, ok := v.(*goja.Object)
		if !ok {
			return goja.ArrayBuffer{}, false
		}
		ab, ok := o.Export().(goja.ArrayBuffer)
		return ab, ok
	}
	_ = b.Set("isDetached", func(call goja.FunctionCall) goja.Value {
		ab, ok := arrayBuffer(call.Argument(0))
		return vm.ToValue(ok && ab.Detached())
	})
	// share(ab) -> a new ArrayBuffer over the same memory (the clone of a transferred buffer)
	_ = b.Set("share", func(call goja.FunctionCall) goja.Value {
		ab, _ := arrayBuffer(call.Argument(0))
		return vm.ToValue(vm.NewArrayBuffer(ab.Bytes()))
	})
	// shareShared(sab) -> another SharedArrayBuffer over the same memory: within one thread that
	// is what a clone sent to a worker is
	_ = b.Set("shareShared", func(call goja.FunctionCall) goja.Value {
		ab, _ := arrayBuffer(call.Argument(0))
		clone := vm.ToValue(vm.NewArrayBuffer(ab.Bytes())).(*goja.Object)
		if ctor, ok := vm.Get("SharedArrayBuffer").(*goja.Object); ok {
			if proto, ok := ctor.Get("prototype").(*goja.Object); ok {
				_ = clone.SetPrototype(proto)
			}
		}
		sharedmem.Mark(clone)
		return clone
	})
	_ = b.Set("detach", func(call goja.FunctionCall) goja.Value {
		ab, ok := arrayBuffer(call.Argument(0))
		if ok {
			ab.Detach()
		}
		return goja.Undefined()
	})
	return b
}

func navigatorBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	// what os.availableParallelism() reports
	_ = b.Set("hardwareConcurrency", func(goja.FunctionCall) goja.Value { return vm.ToValue(runtime.NumCPU()) })
	return b
}

func ioBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	// schedule(fn) runs fn as a callback in the poll phase of a later loop iteration, where
	// Node's ports receive their messages
	_ = b.Set("schedule", func(call goja.FunctionCall) goja.Value {
		fn := call.Argument(0)
		frame := h.AsyncFrame
		h.Loop.Post(func() { h.MakeCallbackIn(frame, fn, goja.Undefined()) })
		return goja.Undefined()
	})
	_ = b.Set("ref", func(goja.FunctionCall) goja.Value { h.Loop.Ref(); return goja.Undefined() })
	_ = b.Set("unref", func(goja.FunctionCall) goja.Value { h.Loop.Unref(); return goja.Undefined() })
	return b
}
