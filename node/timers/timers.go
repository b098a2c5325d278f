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
	set("makeTimerFunctions", func(call goja.FunctionCall) goja.Value {
		newTimeout, _ := goja.AssertFunction(call.Argument(0))
		newImmediate, _ := goja.AssertFunction(call.Argument(1))
		// the error for a bad callback is thrown by JS glue, so it carries a builtin frame (and
		// the uncaught printout shows an internal header), as Node's does
		throwBadCallback, _ := goja.AssertFunction(call.Argument(2))
		rest := func(c goja.FunctionCall, from int) goja.Value {
			if len(c.Arguments) <= from {
				return goja.Undefined()
			}
			args := make([]any, len(c.Arguments)-from)
			for i, a := range c.Arguments[from:] {
				args[i] = a
			}
			return vm.NewArray(args...)
		}
		check := func(cb goja.Value) {
			if _, ok := goja.AssertFunction(cb); !ok {
				_, err := throwBadCallback(goja.Undefined(), cb)
				rethrowJS(vm, err)
			}
		}
		result := func(v goja.Value, err error) goja.Value {
			rethrowJS(vm, err)
			return v
		}
		fns := vm.NewObject()
		timeout := func(repeat bool) func(goja.FunctionCall) goja.Value {
			return func(c goja.FunctionCall) goja.Value {
				cb := c.Argument(0)
				check(cb)
				return result(newTimeout(goja.Undefined(), cb, c.Argument(1), rest(c, 2), vm.ToValue(repeat)))
			}
		}
		named := func(name string, length int, fn func(goja.FunctionCall) goja.Value) goja.Value {
			f := vm.ToValue(fn).(*goja.Object)
			_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return f
		}
		for _, n := range []string{"setTimeout", "setInterval", "setImmediate"} {
			h.NativeFrames[n] = "node:timers"
		}
		_ = fns.Set("setTimeout", named("setTimeout", 5, timeout(false)))
		_ = fns.Set("setInterval", named("setInterval", 5, timeout(true)))
		_ = fns.Set("setImmediate", named("setImmediate", 4, func(c goja.FunctionCall) goja.Value {
			cb := c.Argument(0)
			check(cb)
			return result(newImmediate(goja.Undefined(), cb, rest(c, 1)))
		}))
		return fns
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

// rethrowJS continues an exception from a JS call made by a binding in the calling JS.
func rethrowJS(vm *goja.Runtime, err error) {
	if err == nil {
		return
	}
	if ex, ok := err.(*goja.Exception); ok {
		panic(ex)
	}
	panic(err)
}
