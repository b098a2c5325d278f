package runtime

import (
	"github.com/dop251/goja"
)

// rejectionTracker follows Node's lib/internal/process/promises.js: a promise rejected with no
// handler is remembered; once the ticks and microtasks of the current callback have drained, those
// still unhandled are reported ('unhandledRejection', or an uncaught exception in throw mode). A
// handler added after the report emits 'rejectionHandled'.
type rejectionTracker struct {
	rt      *Runtime
	maybe   map[*goja.Promise]*rejection
	pend    []*goja.Promise
	handled []*goja.Promise
}

type rejection struct {
	reason goja.Value
	warned bool
}

func (t *rejectionTracker) init(rt *Runtime) {
	t.rt = rt
	t.maybe = map[*goja.Promise]*rejection{}
	rt.vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		switch op {
		case goja.PromiseRejectionReject:
			t.maybe[p] = &rejection{reason: p.Result()}
			t.pend = append(t.pend, p)
		case goja.PromiseRejectionHandle:
			if r, ok := t.maybe[p]; ok {
				delete(t.maybe, p)
				if r.warned {
					t.handled = append(t.handled, p)
				}
			}
		}
	})
}

func (t *rejectionTracker) pending() bool { return len(t.pend) > 0 || len(t.handled) > 0 }

// process reports what is pending; JS decides what each report does (mode, listeners).
func (t *rejectionTracker) process() {
	rt := t.rt
	vm := rt.vm
	report := rt.internals.Get("processRejection")
	for len(t.handled) > 0 {
		p := t.handled[0]
		t.handled = t.handled[1:]
		rt.MakeCallback(report, goja.Undefined(), vm.ToValue("handled"), vm.ToValue(p), goja.Undefined())
	}
	for len(t.pend) > 0 && !rt.loop.Stopped() {
		p := t.pend[0]
		t.pend = t.pend[1:]
		r, ok := t.maybe[p]
		if !ok {
			continue
		}
		r.warned = true
		mode := rt.opts.UnhandledRejections
		rt.MakeCallback(report, goja.Undefined(), vm.ToValue(mode), vm.ToValue(p), r.reason)
	}
}
