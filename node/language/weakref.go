package language

import (
	"runtime"
	"weak"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// WeakRef and FinalizationRegistry on the Go runtime's weak pointers and cleanups. A goja
// object is a Go heap object whose only strong references are the JS values that hold it, so
// weak.Pointer[goja.Object] becomes nil once JS drops it and a collection runs. Targets seen by
// `new WeakRef` and `deref` stay strongly held until the current job's microtasks run
// (the spec's KeepDuringJob), so a WeakRef never empties in the middle of synchronous code.
//
// Symbols cannot be targets here (V8 allows non-registered symbols): goja's symbols are not
// objects the binding can point at weakly, so they are refused with V8's "invalid target".
type weakRefs struct {
	vm        *goja.Runtime
	h         *host.Host
	keep      []*goja.Object
	scheduled bool
	clearKeep goja.Value
	queueMT   goja.Callable
}

func (w *weakRefs) keepDuringJob(o *goja.Object) {
	w.keep = append(w.keep, o)
	if w.scheduled {
		return
	}
	w.scheduled = true
	if w.queueMT == nil {
		w.queueMT, _ = goja.AssertFunction(w.vm.Get("queueMicrotask"))
	}
	if w.queueMT != nil {
		if _, err := w.queueMT(goja.Undefined(), w.clearKeep); err != nil {
			host.Rethrow(err)
		}
	}
}

type registryCell struct {
	cleanup runtime.Cleanup
	token   weak.Pointer[goja.Object]
	live    bool
}

// installWeakRefs returns the native halves the JS classes call:
//
//	weakRefNew(target) handle       weakRefDeref(handle) target|undefined
//	registryRegister(reg, target, held, token, callback)
//	registryUnregister(reg, token) bool
func installWeakRefs(vm *goja.Runtime, h *host.Host, b *goja.Object) {
	w := &weakRefs{vm: vm, h: h}
	w.clearKeep = vm.ToValue(func(goja.FunctionCall) goja.Value {
		w.keep = nil
		w.scheduled = false
		return goja.Undefined()
	})
	type weakRef struct{ p weak.Pointer[goja.Object] }
	_ = b.Set("weakRefNew", func(call goja.FunctionCall) goja.Value {
		o := call.Argument(0).(*goja.Object)
		w.keepDuringJob(o)
		return vm.ToValue(&weakRef{p: weak.Make(o)})
	})
	_ = b.Set("weakRefDeref", func(call goja.FunctionCall) goja.Value {
		r, _ := call.Argument(0).Export().(*weakRef)
		if r == nil {
			return goja.Undefined()
		}
		o := r.p.Value()
		if o == nil {
			return goja.Undefined()
		}
		w.keepDuringJob(o)
		return o
	})

	// registries: each registry's cells, by token, so unregister can stop their cleanups
	type registry struct {
		cells []*registryCell
	}
	registries := map[*goja.Object]*registry{}
	_ = b.Set("registryRegister", func(call goja.FunctionCall) goja.Value {
		regObj := call.Argument(0).(*goja.Object)
		target := call.Argument(1).(*goja.Object)
		held := call.Argument(2)
		token, _ := call.Argument(3).(*goja.Object)
		callback := call.Argument(4)
		reg := registries[regObj]
		if reg == nil {
			reg = &registry{}
			registries[regObj] = reg
		}
		cell := &registryCell{live: true}
		if token != nil {
			cell.token = weak.Make(token)
		}
		loop := h.Loop
		// The cleanup runs on a runtime goroutine: it only posts to the loop, which calls the
		// JS callback. It holds the held value and the callback, never the target.
		cell.cleanup = runtime.AddCleanup(target, func(c *registryCell) {
			loop.Post(func() {
				if !c.live {
					return
				}
				c.live = false
				if fn, ok := goja.AssertFunction(callback); ok {
					h.MakeCallback(callback, goja.Undefined(), held)
					_ = fn
				}
			})
		}, cell)
		reg.cells = append(reg.cells, cell)
		return goja.Undefined()
	})
	_ = b.Set("registryUnregister", func(call goja.FunctionCall) goja.Value {
		regObj := call.Argument(0).(*goja.Object)
		token := call.Argument(1).(*goja.Object)
		reg := registries[regObj]
		if reg == nil {
			return vm.ToValue(false)
		}
		removed := false
		kept := reg.cells[:0]
		for _, c := range reg.cells {
			if c.live && c.token.Value() == token {
				c.live = false
				c.cleanup.Stop()
				removed = true
				continue
			}
			if c.live {
				kept = append(kept, c)
			}
		}
		reg.cells = kept
		return vm.ToValue(removed)
	})
	if _, on := h.Flags["--expose-gc"]; on {
		gc := vm.ToValue(func(goja.FunctionCall) goja.Value {
			runtime.GC()
			return goja.Undefined()
		}).(*goja.Object)
		defineNameLength(vm, gc, "gc", 0)
		_ = vm.GlobalObject().DefineDataProperty("gc", gc, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}
