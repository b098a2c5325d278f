// Package asynchooks serves node:async_hooks: AsyncLocalStorage, AsyncResource and the hook
// API, over the async context frame the runtime carries through every callback
// (host.Host.AsyncFrame).
package asynchooks

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/async_hooks.js
var asyncHooksJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "async_hooks", Source: asyncHooksJS, Binding: binding},
	}
}

// tracker carries the frame through promise reactions (then callbacks and await
// continuations): the engine calls Grab when a reaction is registered and Resumed/Exited
// around the reaction job, never nested.
type tracker struct {
	h     *host.Host
	saved goja.Value
}

func (t *tracker) Grab() any {
	if t.h.AsyncFrame == nil {
		return nil
	}
	return t.h.AsyncFrame
}

func (t *tracker) Resumed(ctx any) {
	t.saved = t.h.AsyncFrame
	frame, _ := ctx.(goja.Value)
	t.h.AsyncFrame = frame
}

func (t *tracker) Exited() {
	t.h.AsyncFrame = t.saved
	t.saved = nil
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	installed := false
	h.SetFuncs(b, map[string]host.Func{
		"getFrame": func(goja.FunctionCall) goja.Value {
			if h.AsyncFrame == nil {
				return goja.Undefined()
			}
			return h.AsyncFrame
		},
		"setFrame": func(call goja.FunctionCall) goja.Value {
			f := call.Argument(0)
			if goja.IsUndefined(f) || goja.IsNull(f) {
				h.AsyncFrame = nil
				return goja.Undefined()
			}
			if !installed {
				// Promises follow the frame only once a frame exists: until then every
				// reaction would capture nil anyway, and the engine skips the tracker.
				installed = true
				vm.SetAsyncContextTracker(&tracker{h: h})
			}
			h.AsyncFrame = f
			return goja.Undefined()
		},
	})
	return b
}
