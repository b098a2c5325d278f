// Package timers serves node:timers: Timeout and Immediate objects in JS glue over the loop's
// timers and check-phase queue.
package timers

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loop"
)

//go:embed js/internal_timers.js
var internalTimersJS string

//go:embed js/timers.js
var timersJS string

//go:embed js/timers_promises.js
var timersPromisesJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "internal/timers", Source: internalTimersJS, Binding: binding},
		{ID: "timers", Source: timersJS},
		{ID: "timers/promises", Source: timersPromisesJS},
	}
}

// The loop handle of each Timeout and Immediate is found from the JS object itself, so the
// objects carry no extra properties (they are made by the million; every property costs).
type state struct {
	h           *host.Host
	timers      map[*goja.Object]*loop.Timer
	immediates  map[*goja.Object]*loop.Immediate
	onTimeout   goja.Callable
	onImmediate goja.Callable
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	l := h.Loop
	st := &state{h: h, timers: map[*goja.Object]*loop.Timer{}, immediates: map[*goja.Object]*loop.Immediate{}}
	b := vm.NewObject()
	set := func(name string, fn host.Func) { _ = b.Set(name, fn) }
	obj := func(call goja.FunctionCall) *goja.Object {
		o, _ := call.Argument(0).(*goja.Object)
		return o
	}

	set("setCallbacks", func(call goja.FunctionCall) goja.Value {
		st.onTimeout, _ = goja.AssertFunction(call.Argument(0))
		st.onImmediate, _ = goja.AssertFunction(call.Argument(1))
		return goja.Undefined()
	})
	// start(timeout, ms, ref) arms (or re-arms) the Timeout's timer; returns the start time.
	set("start", func(call goja.FunctionCall) goja.Value {
		o := obj(call)
		if o == nil {
			return goja.Undefined()
		}
		t := st.timers[o]
		if t == nil {
			t = l.NewTimer(nil)
			t.Callback = func() {
				// a one-shot timer is done with its handle unless the callback re-arms it
				h.CallTop(st.onTimeout, o)
				if !t.Active() {
					delete(st.timers, o)
				}
			}
			st.timers[o] = t
		}
		t.SetRef(call.Argument(2).ToBoolean())
		t.Start(call.Argument(1).ToFloat())
		return vm.ToValue(t.StartTime())
	})
	set("stop", func(call goja.FunctionCall) goja.Value {
		o := obj(call)
		if t := st.timers[o]; t != nil {
			t.Stop()
			delete(st.timers, o)
		}
		return goja.Undefined()
	})
	set("setRef", func(call goja.FunctionCall) goja.Value {
		if t := st.timers[obj(call)]; t != nil {
			t.SetRef(call.Argument(1).ToBoolean())
		}
		return goja.Undefined()
	})
	set("active", func(call goja.FunctionCall) goja.Value {
		t := st.timers[obj(call)]
		return vm.ToValue(t != nil && t.Active())
	})
	set("runNextDueTimer", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(l.RunNextDueTimer())
	})
	set("immediate", func(call goja.FunctionCall) goja.Value {
		o := obj(call)
		im := l.SetImmediate(nil)
		im.Callback = func() {
			delete(st.immediates, o)
			h.ActiveImmediates++
			h.CallTop(st.onImmediate, o)
			h.ActiveImmediates--
		}
		st.immediates[o] = im
		return goja.Undefined()
	})
	set("clearImmediate", func(call goja.FunctionCall) goja.Value {
		o := obj(call)
		if im := st.immediates[o]; im != nil {
			im.Cancel()
			delete(st.immediates, o)
		}
		return goja.Undefined()
	})
	set("refImmediate", func(call goja.FunctionCall) goja.Value {
		if im := st.immediates[obj(call)]; im != nil {
			im.SetRef(call.Argument(1).ToBoolean())
		}
		return goja.Undefined()
	})
	return b
}
