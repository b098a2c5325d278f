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

// handles maps the small integers the glue keeps to loop timers and immediates, so no Go value
// has to be wrapped into a JS object.
type handles struct {
	timers     []*loop.Timer
	freeTimers []int
	imms       []*loop.Immediate
	freeImms   []int
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	l := h.Loop
	hs := &handles{}
	var onTimeout, onImmediate goja.Value
	b := vm.NewObject()
	set := func(name string, fn host.Func) { _ = b.Set(name, fn) }

	set("setCallbacks", func(call goja.FunctionCall) goja.Value {
		onTimeout, onImmediate = call.Argument(0), call.Argument(1)
		return goja.Undefined()
	})
	set("now", func(goja.FunctionCall) goja.Value { return vm.ToValue(l.NowMs()) })
	// newTimer(obj) -> id; the timer calls onTimeout(obj) when it fires.
	set("newTimer", func(call goja.FunctionCall) goja.Value {
		obj := call.Argument(0)
		t := l.NewTimer(nil)
		t.Callback = func() { h.MakeCallback(onTimeout, goja.Undefined(), obj) }
		var id int
		if n := len(hs.freeTimers); n > 0 {
			id = hs.freeTimers[n-1]
			hs.freeTimers = hs.freeTimers[:n-1]
			hs.timers[id] = t
		} else {
			id = len(hs.timers)
			hs.timers = append(hs.timers, t)
		}
		return vm.ToValue(id)
	})
	timer := func(call goja.FunctionCall) *loop.Timer {
		id := int(call.Argument(0).ToInteger())
		if id < 0 || id >= len(hs.timers) {
			return nil
		}
		return hs.timers[id]
	}
	// start(id, ms, ref) arms (or re-arms) the timer; returns the start time.
	set("start", func(call goja.FunctionCall) goja.Value {
		if t := timer(call); t != nil {
			t.SetRef(call.Argument(2).ToBoolean())
			t.Start(call.Argument(1).ToFloat())
			return vm.ToValue(t.StartTime())
		}
		return goja.Undefined()
	})
	set("stop", func(call goja.FunctionCall) goja.Value {
		if t := timer(call); t != nil {
			t.Stop()
		}
		return goja.Undefined()
	})
	set("active", func(call goja.FunctionCall) goja.Value {
		t := timer(call)
		return vm.ToValue(t != nil && t.Active())
	})
	set("free", func(call goja.FunctionCall) goja.Value {
		id := int(call.Argument(0).ToInteger())
		if id >= 0 && id < len(hs.timers) && hs.timers[id] != nil {
			hs.timers[id].Stop()
			hs.timers[id] = nil
			hs.freeTimers = append(hs.freeTimers, id)
		}
		return goja.Undefined()
	})
	set("setRef", func(call goja.FunctionCall) goja.Value {
		if t := timer(call); t != nil {
			t.SetRef(call.Argument(1).ToBoolean())
		}
		return goja.Undefined()
	})
	set("immediate", func(call goja.FunctionCall) goja.Value {
		obj := call.Argument(0)
		var id int
		im := l.SetImmediate(nil)
		if n := len(hs.freeImms); n > 0 {
			id = hs.freeImms[n-1]
			hs.freeImms = hs.freeImms[:n-1]
			hs.imms[id] = im
		} else {
			id = len(hs.imms)
			hs.imms = append(hs.imms, im)
		}
		im.Callback = func() {
			hs.imms[id] = nil
			hs.freeImms = append(hs.freeImms, id)
			h.ActiveImmediates++
			h.MakeCallback(onImmediate, goja.Undefined(), obj)
			h.ActiveImmediates--
		}
		if !call.Argument(1).ToBoolean() {
			im.SetRef(false)
		}
		return vm.ToValue(id)
	})
	imm := func(call goja.FunctionCall) *loop.Immediate {
		id := int(call.Argument(0).ToInteger())
		if id < 0 || id >= len(hs.imms) {
			return nil
		}
		return hs.imms[id]
	}
	set("clearImmediate", func(call goja.FunctionCall) goja.Value {
		id := int(call.Argument(0).ToInteger())
		if im := imm(call); im != nil {
			im.Cancel()
			hs.imms[id] = nil
			hs.freeImms = append(hs.freeImms, id)
		}
		return goja.Undefined()
	})
	set("refImmediate", func(call goja.FunctionCall) goja.Value {
		if im := imm(call); im != nil {
			im.SetRef(call.Argument(1).ToBoolean())
		}
		return goja.Undefined()
	})
	return b
}
