// Package events serves node:events: EventEmitter and its helpers, written in JS glue, with
// the hot path of emit in Go.
package events

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/events.js
var eventsJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "events", Source: eventsJS, Binding: binding}}
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	// makeEmit(slowEmit, addCatch) returns EventEmitter.prototype.emit: on an interpreter the
	// JS version spends most of its time building argument arrays; in Go the arguments are
	// already a slice. 'error' events and odd receivers go to the JS version.
	_ = b.Set("makeEmit", func(call goja.FunctionCall) goja.Value {
		slow, _ := goja.AssertFunction(call.Argument(0))
		addCatch, _ := goja.AssertFunction(call.Argument(1))
		var listeners []goja.Value
		// goja.AssertFunction allocates a closure per call; emit calls the same few listeners
		// over and over, so their Callables are kept (bounded: the cache is dropped when full,
		// which also lets go of listeners removed since)
		callables := make(map[*goja.Object]goja.Callable)
		callableOf := func(v goja.Value) (goja.Callable, bool) {
			o, ok := v.(*goja.Object)
			if !ok {
				return nil, false
			}
			if fn, ok := callables[o]; ok {
				return fn, true
			}
			fn, ok := goja.AssertFunction(o)
			if ok {
				if len(callables) >= 256 {
					clear(callables)
				}
				callables[o] = fn
			}
			return fn, ok
		}
		emit := func(c goja.FunctionCall) goja.Value {
			this, ok := c.This.(*goja.Object)
			typ := c.Argument(0)
			if !ok || (typ.ExportType() != nil && typ.String() == "error") {
				return result(slow(c.This, c.Arguments...))
			}
			evv := this.Get("_events")
			events, ok := evv.(*goja.Object)
			if !ok {
				if evv == nil || goja.IsUndefined(evv) {
					return vm.ToValue(false) // nothing ever listened (EventEmitter makes _events on the first)
				}
				return result(slow(c.This, c.Arguments...))
			}
			var handler goja.Value
			if sym, isSym := typ.(*goja.Symbol); isSym {
				handler = events.GetSymbol(sym)
			} else {
				handler = events.Get(typ.String())
			}
			if handler == nil || goja.IsUndefined(handler) {
				return vm.ToValue(false)
			}
			var args []goja.Value
			if len(c.Arguments) > 1 {
				args = c.Arguments[1:]
			}
			if fn, ok := callableOf(handler); ok {
				res := result(fn(this, args...))
				if res != nil && !goja.IsUndefined(res) && !goja.IsNull(res) {
					result(addCatch(goja.Undefined(), this, res, typ, vm.NewArray(toAny(args)...)))
				}
				return vm.ToValue(true)
			}
			arr, ok := handler.(*goja.Object)
			if !ok {
				return result(slow(c.This, c.Arguments...))
			}
			// snapshot the listeners: ones added or removed during this emit do not count
			n := int(arr.Get("length").ToInteger())
			start := len(listeners)
			for i := 0; i < n; i++ {
				listeners = append(listeners, arr.Get(itoa(i)))
			}
			snapshot := listeners[start:]
			for _, l := range snapshot {
				fn, ok := callableOf(l)
				if !ok {
					continue
				}
				res, err := fn(this, args...)
				if err != nil {
					listeners = listeners[:start]
					result(nil, err)
				}
				if res != nil && !goja.IsUndefined(res) && !goja.IsNull(res) {
					result(addCatch(goja.Undefined(), this, res, typ, vm.NewArray(toAny(args)...)))
				}
			}
			clear(snapshot)
			listeners = listeners[:start]
			return vm.ToValue(true)
		}
		h.NativeFrames["emit"] = "node:events"
		return host.NamedFunc(vm, "emit", 1, emit)
	})
	return b
}

// result is the value of a nested JS call, whose exception goes on in the calling JS.
func result(v goja.Value, err error) goja.Value {
	host.Rethrow(err)
	return v
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

var digits = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

func itoa(i int) string {
	if i < 10 {
		return digits[i]
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
