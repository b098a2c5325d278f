package process

import (
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// The nextTick queue lives in Go: process.nextTick and the drain are Go functions, so a tick
// costs no JS array for its arguments. The drain still runs inside the outermost JS call of the
// callback that queued the ticks (the engine runs promise jobs only when that call returns,
// and Node runs ticks before them).
type tick struct {
	fn    goja.Callable
	args  []goja.Value
	frame goja.Value // the async context of the nextTick call
	// places > 0: the entry stands for that many consecutive ticks (nextTickRepeat); fn gets
	// their number as its last argument and returns how many it ran
	places int
}

type tickQueue struct {
	q    []tick
	head int
	info []byte // shared with the runtime: info[0] != 0 while ticks are queued
}

// tickBindings adds nextTick and runTicks to the process binding.
// makeTickFunctions(tickInfoBuffer, invalidCallback, onError) returns { nextTick, runNextTicks }:
// invalidCallback(cb) throws Node's ERR_INVALID_ARG_TYPE from JS; onError(err) is called when a
// tick throws and returns true when an uncaughtException handler took it (the drain then goes
// on, before the microtasks, as Node's does); otherwise the error propagates.
func tickBindings(h *host.Host, b *goja.Object) {
	vm := h.VM
	tq := &tickQueue{}
	_ = b.Set("makeTickFunctions", func(call goja.FunctionCall) goja.Value {
		if ab, ok := call.Argument(0).Export().(goja.ArrayBuffer); ok {
			tq.info = ab.Bytes()
		}
		invalid, _ := goja.AssertFunction(call.Argument(1))
		onError, _ := goja.AssertFunction(call.Argument(2))
		exiting := func() bool {
			proc, _ := h.Shared("process").(*goja.Object)
			return proc != nil && proc.Get("_exiting").ToBoolean()
		}
		nextTick := func(c goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(c.Argument(0))
			if !ok {
				_, err := invalid(goja.Undefined(), c.Argument(0))
				host.Rethrow(err)
			}
			if exiting() {
				return goja.Undefined()
			}
			var args []goja.Value
			if len(c.Arguments) > 1 {
				args = append([]goja.Value(nil), c.Arguments[1:]...)
			}
			tq.q = append(tq.q, tick{fn: fn, args: args, frame: h.AsyncFrame})
			tq.info[0] = 1
			return goja.Undefined()
		}
		runTicks := func(goja.FunctionCall) goja.Value {
			for tq.head < len(tq.q) {
				t := tq.q[tq.head]
				tq.q[tq.head] = tick{}
				tq.head++
				if tq.head == len(tq.q) {
					tq.q = tq.q[:0]
					tq.head = 0
					tq.info[0] = 0
				}
				outer := h.AsyncFrame
				h.AsyncFrame = t.frame
				var err error
				if t.places > 0 {
					var ran goja.Value
					ran, err = t.fn(goja.Undefined(), append(t.args, vm.ToValue(t.places))...)
					n := 1
					if err == nil {
						n = int(max(1, min(int64(t.places), ran.ToInteger())))
					}
					if t.places -= n; t.places > 0 {
						tq.pushFront(t)
					}
				} else {
					_, err = t.fn(goja.Undefined(), t.args...)
				}
				h.AsyncFrame = outer
				if err != nil {
					ex, ok := err.(*goja.Exception)
					if !ok {
						host.Rethrow(err)
					}
					handled, err2 := onError(goja.Undefined(), ex.Value())
					host.Rethrow(err2)
					if !handled.ToBoolean() {
						panic(ex)
					}
				}
			}
			tq.info[0] = 0
			return goja.Undefined()
		}
		// nextTickRepeat(n, fn, arg): n consecutive places in the queue as one entry, for what
		// only holds places (a Go-owned connection's virtual request). fn(arg, places) runs when
		// the first is reached and returns how many it used; the rest stay first in the queue.
		nextTickRepeat := func(c goja.FunctionCall) goja.Value {
			n := int(c.Argument(0).ToInteger())
			fn, ok := goja.AssertFunction(c.Argument(1))
			if n <= 0 || !ok || exiting() {
				return goja.Undefined()
			}
			tq.q = append(tq.q, tick{fn: fn, args: []goja.Value{c.Argument(2)}, frame: h.AsyncFrame, places: n})
			tq.info[0] = 1
			return goja.Undefined()
		}
		// takePlaces(arg) -> when every queued tick is a place nextTickRepeat queued for arg,
		// removes them all and returns their number; otherwise -1, and the queue is unchanged.
		// (A virtual request whose places are all that is left may skip to where they lead.)
		takePlaces := func(c goja.FunctionCall) goja.Value {
			arg := c.Argument(0)
			n := 0
			for i := tq.head; i < len(tq.q); i++ {
				t := &tq.q[i]
				if t.places == 0 || len(t.args) != 1 || t.args[0] != arg {
					return vm.ToValue(-1)
				}
				n += t.places
			}
			clear(tq.q)
			tq.q = tq.q[:0]
			tq.head = 0
			tq.info[0] = 0
			return vm.ToValue(n)
		}
		o := vm.NewObject()
		_ = o.Set("takePlaces", takePlaces)
		_ = o.Set("nextTickRepeat", nextTickRepeat)
		_ = o.Set("nextTick", host.NamedFunc(vm, "nextTick", 1, nextTick))
		_ = o.Set("runNextTicks", host.NamedFunc(vm, "runNextTicks", 0, runTicks))
		h.NativeFrames["nextTick"] = "node:internal/process/task_queues"
		h.NativeFrames["runNextTicks"] = "node:internal/process/task_queues"
		return o
	})
}

// pushFront puts back the rest of a repeated entry as the next tick to run.
func (tq *tickQueue) pushFront(t tick) {
	if tq.head > 0 {
		tq.head--
		tq.q[tq.head] = t
	} else {
		tq.q = append([]tick{t}, tq.q...)
	}
	tq.info[0] = 1
}
