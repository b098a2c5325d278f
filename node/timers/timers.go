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
	h                 *host.Host
	timers            map[*goja.Object]*loop.Timer
	immediates        map[*goja.Object]*loop.Immediate
	onTimeout         goja.Callable
	onDirectImmediate goja.Callable     // JS dispatcher of setImmediate's immediates
	current           *pendingImmediate // the immediate being dispatched
}

const timeoutMax = 1<<31 - 1

// newTimer makes the loop timer of Timeout o (not yet armed).
func (st *state) newTimer(o *goja.Object) *loop.Timer {
	t := st.h.Loop.NewTimer(nil)
	frame := st.h.AsyncFrame // an interval or refresh() keeps the context of its creation
	t.Callback = func() {
		// a one-shot timer is done with its handle unless the callback re-arms it
		st.h.CallTopIn(frame, st.onTimeout, o)
		if !t.Active() {
			delete(st.timers, o)
		}
	}
	st.timers[o] = t
	return t
}

// pendingImmediate is what the Go dispatcher of a setImmediate needs: the callback and its
// arguments stay Go values, no JS array is made for them.
type pendingImmediate struct {
	o     *goja.Object
	cb    goja.Callable
	args  []goja.Value
	frame goja.Value
}

// newDirectImmediate queues Immediate o. The JS dispatcher stays the
// outermost call (a native outermost call would let the engine run promise jobs right after the
// callback, before the ticks); it has Go call the callback with the arguments Go kept.
func (st *state) newDirectImmediate(o *goja.Object, cb goja.Callable, args []goja.Value) {
	h := st.h
	p := &pendingImmediate{o: o, cb: cb, args: args, frame: h.AsyncFrame}
	im := h.Loop.SetImmediate(nil)
	im.Callback = func() {
		delete(st.immediates, o)
		h.ActiveImmediates++
		st.current = p
		h.CallTopIn(p.frame, st.onDirectImmediate, o)
		st.current = nil
		h.ActiveImmediates--
	}
	st.immediates[o] = im
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
			t = st.newTimer(o)
		}
		t.SetRef(call.Argument(2).ToBoolean())
		if from := call.Argument(3); !goja.IsUndefined(from) {
			t.StartFrom(from.ToFloat(), call.Argument(1).ToFloat())
		} else {
			t.Start(call.Argument(1).ToFloat())
		}
		return vm.ToValue(t.StartTime())
	})
	set("now", func(goja.FunctionCall) goja.Value {
		h.Loop.UpdateTime()
		return vm.ToValue(h.Loop.NowMs())
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
	// makeTimerFunctions(TimeoutProto, ImmediateProto, throwBadCallback, warnDelay) returns the
	// public setTimeout, setInterval and setImmediate. They build the Timeout and Immediate
	// objects here: the arguments are already a Go slice, and no JS constructor runs for the
	// million timers a busy program makes. The objects are what the JS classes make.
	set("makeTimerFunctions", func(call goja.FunctionCall) goja.Value {
		timeoutProto, _ := call.Argument(0).(*goja.Object)
		immediateProto, _ := call.Argument(1).(*goja.Object)
		throwBadCallback, _ := goja.AssertFunction(call.Argument(2))
		warnDelay, _ := goja.AssertFunction(call.Argument(3))
		rest := func(c goja.FunctionCall, from int) goja.Value {
			if len(c.Arguments) <= from {
				return nil
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
				host.Rethrow(err)
			}
		}
		timeout := func(repeat bool) func(goja.FunctionCall) goja.Value {
			return func(c goja.FunctionCall) goja.Value {
				cb := c.Argument(0)
				check(cb)
				after := 1.0
				if a := c.Argument(1); !goja.IsUndefined(a) {
					after = a.ToFloat() // as `after *= 1`
					if !(after >= 1 && after <= timeoutMax) {
						_, err := warnDelay(goja.Undefined(), vm.ToValue(after))
						host.Rethrow(err)
						after = 1
					}
				}
				o := vm.CreateObject(timeoutProto)
				_ = o.Set("_idleTimeout", after)
				t := st.newTimer(o)
				t.Start(after)
				_ = o.Set("_idleStart", t.StartTime())
				_ = o.Set("_onTimeout", cb)
				if args := rest(c, 2); args != nil {
					_ = o.Set("_timerArgs", args)
				}
				if repeat {
					_ = o.Set("_repeat", after)
				}
				return o
			}
		}
		named := func(name string, length int, fn host.Func) goja.Value { return host.NamedFunc(vm, name, length, fn) }
		fns := vm.NewObject()
		for _, n := range []string{"setTimeout", "setInterval", "setImmediate"} {
			h.NativeFrames[n] = "node:timers"
		}
		_ = fns.Set("setTimeout", named("setTimeout", 2, timeout(false)))
		_ = fns.Set("setInterval", named("setInterval", 2, timeout(true)))
		st.onDirectImmediate, _ = goja.AssertFunction(call.Argument(4))
		_ = fns.Set("setImmediate", named("setImmediate", 1, func(c goja.FunctionCall) goja.Value {
			cbv := c.Argument(0)
			check(cbv)
			cb, _ := goja.AssertFunction(cbv)
			o := vm.CreateObject(immediateProto)
			_ = o.Set("_onImmediate", cbv)
			var args []goja.Value
			if len(c.Arguments) > 1 {
				// the arguments stay in Go; _argv (read by nothing but inspect) is not built
				args = append([]goja.Value(nil), c.Arguments[1:]...)
			}
			st.newDirectImmediate(o, cb, args)
			return o
		}))
		return fns
	})
	// callImmediate runs the callback of the immediate being dispatched (this = the Immediate).
	set("callImmediate", func(goja.FunctionCall) goja.Value {
		p := st.current
		st.current = nil
		if p == nil {
			return goja.Undefined()
		}
		_, err := p.cb(p.o, p.args...)
		host.Rethrow(err)
		return goja.Undefined()
	})
	set("runNextDueTimer", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(l.RunNextDueTimer())
	})
	set("immediate", func(call goja.FunctionCall) goja.Value {
		cb, _ := goja.AssertFunction(call.Argument(1))
		var args []goja.Value
		if a, ok := call.Argument(2).(*goja.Object); ok {
			_ = vm.ExportTo(a, &args)
		}
		st.newDirectImmediate(obj(call), cb, args)
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
