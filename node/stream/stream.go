// Package stream serves node:stream, stream/promises and stream/consumers. The stream
// machinery is JS glue (as in Node): its event order is the contract, and it calls user code
// at every step.
package stream

import (
	"embed"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

//go:embed js/*.js
var files embed.FS

func src(name string) string {
	b, err := files.ReadFile("js/" + name + ".js")
	if err != nil {
		panic("node/stream: missing glue " + name)
	}
	return string(b)
}

// internal lists the glue files served as internal/streams/<name>.
var internal = []string{
	"abort", "add-abort-signal", "asyncgen", "compose", "destroy", "duplex", "duplexify",
	"duplexpair", "end-of-stream", "from", "iterate", "lazy_transform", "legacy", "once", "operators",
	"passthrough", "pipeline", "readable", "state", "transform", "utils", "writable",
}

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	mods := []*host.Module{
		{ID: "stream", Source: src("stream")},
		{ID: "stream/promises", Source: src("promises")},
		{ID: "stream/consumers", Source: src("consumers")},
	}
	for _, name := range internal {
		m := &host.Module{ID: "internal/streams/" + name, Source: src(name)}
		if name == "state" {
			m.Binding = binding
		}
		mods = append(mods, m)
	}
	// The pre-v14 module names, still requireable.
	for _, name := range []string{"readable", "writable", "duplex", "transform", "passthrough"} {
		mods = append(mods, &host.Module{
			ID:     "_stream_" + name,
			Source: "module.exports = require('internal/streams/" + name + "');",
		})
	}
	return mods
}

// binding is internalBinding('internal/streams/state'): the helpers of the per-chunk paths.
func binding(h *host.Host) *goja.Object {
	vm := h.VM
	o := vm.NewObject()
	// chunkLength(chunk) is chunk.length for a Buffer or string. goja resolves every named
	// property of a typed array by first parsing the name as a number (two failed parses and
	// their error values), which makes buf.length several times dearer than this native call,
	// and the stream machinery reads each chunk's length several times.
	_ = o.Set("chunkLength", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		if obj, ok := v.(*goja.Object); ok {
			if b, ok := buffer.Uint8View(obj); ok {
				return vm.ToValue(len(b))
			}
			return obj.Get("length")
		}
		if s, ok := v.(goja.String); ok {
			return vm.ToValue(s.Length())
		}
		return vm.ToValue(v).ToObject(vm).Get("length")
	})
	// bufferLength(chunk) is chunk.length when chunk is a plain Buffer (a Uint8Array whose
	// prototype is Buffer.prototype) and -1 otherwise: the `chunk instanceof Buffer` test and
	// the length in one native call (instanceof costs a Symbol.hasInstance lookup and call on
	// goja). Anything else takes the JS checks.
	// setBuffer(Buffer.prototype, FastBuffer, Uint8Array) gives the binding what it compares
	// with and builds Buffers with.
	var bufferProto, fastBuffer *goja.Object
	var u8 goja.Constructor
	_ = o.Set("setBuffer", func(c goja.FunctionCall) goja.Value {
		bufferProto, _ = c.Argument(0).(*goja.Object)
		fastBuffer, _ = c.Argument(1).(*goja.Object)
		u8, _ = goja.AssertConstructor(c.Argument(2))
		return goja.Undefined()
	})
	minusOne := vm.ToValue(-1)
	_ = o.Set("bufferLength", func(c goja.FunctionCall) goja.Value {
		if obj, ok := c.Argument(0).(*goja.Object); ok && bufferProto != nil {
			if b, ok := buffer.Uint8View(obj); ok && obj.Prototype() == bufferProto {
				return vm.ToValue(len(b))
			}
		}
		return minusOne
	})
	// viewToBuffer(u8) is new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength), what a
	// pushed or written Uint8Array becomes, with the window read from the engine's object
	// instead of three typed-array property lookups (u8.buffer alone costs more than building
	// the Buffer); undefined (the JS path) for anything else and for empty views. A Uint8Array
	// that is already a Buffer (Buffer.prototype on its prototype chain, as `instanceof Buffer`
	// tests) is returned as it is.
	_ = o.Set("viewToBuffer", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || u8 == nil || fastBuffer == nil {
			return goja.Undefined()
		}
		ab, off, n, ok := buffer.Uint8Window(obj)
		if !ok || n == 0 {
			return goja.Undefined()
		}
		for p := obj.Prototype(); p != nil; p = p.Prototype() {
			if p == bufferProto {
				return obj
			}
		}
		// the Uint8Array constructor with FastBuffer as new.target is new FastBuffer(...), whose
		// constructor only calls super (node/buffer's allocator builds Buffers the same way)
		nb, err := u8(fastBuffer, ab, vm.ToValue(off), vm.ToValue(n))
		host.Rethrow(err)
		return nb
	})
	return o
}
