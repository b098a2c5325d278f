//go:build linux || darwin || freebsd || windows

package fs

import (
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// result builds the JS value of a finished request on the loop goroutine.
type result func() goja.Value

// work is the part of a request that runs off the loop: it must not touch the VM.
type work func() (result, error)

type state struct {
	h  *host.Host
	vm *goja.Runtime
}

// sysErr turns an error from a work function into Node's JS error.
func (st *state) jsError(err error) *goja.Object {
	if se, ok := err.(*nodeerr.SysError); ok {
		return nodeerr.UVException(st.vm, se)
	}
	if o, ok := err.(jsErr); ok {
		return o.build(st.vm)
	}
	return nodeerr.NewSysError(st.vm, err, "")
}

// jsErr is an error the work function wants built as something other than a UVException.
type jsErr struct {
	build func(vm *goja.Runtime) *goja.Object
}

func (jsErr) Error() string { return "fs error" }

// do runs w now when req is undefined (a sync call: throw or return), or on the pool with req
// as the Node-style callback (err, value) called on the loop.
func (st *state) do(req goja.Value, w work) goja.Value {
	cb, ok := req.(*goja.Object)
	if !ok || goja.IsUndefined(req) {
		res, err := w()
		if err != nil {
			panic(st.jsError(err))
		}
		if res == nil {
			return goja.Undefined()
		}
		return res()
	}
	l := st.h.Loop
	l.Ref()
	frame := st.h.AsyncFrame
	st.h.QueueWork(func() {
		res, err := w()
		l.Post(func() {
			l.Unref()
			if err != nil {
				st.h.MakeCallbackIn(frame, cb, goja.Undefined(), st.jsError(err))
				return
			}
			v := goja.Undefined()
			if res != nil {
				v = res()
			}
			st.h.MakeCallbackIn(frame, cb, goja.Undefined(), goja.Null(), v)
		})
	})
	return goja.Undefined()
}
