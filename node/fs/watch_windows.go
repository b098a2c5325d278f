package fs

import (
	"syscall"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// fs.watch has no Windows implementation yet: it fails as an unsupported watch.
func watchBindings(st *state, b *goja.Object) {
	_ = b.Set("watchStart", host.Func(func(c goja.FunctionCall) goja.Value {
		panic(nodeerr.UVException(st.vm, nodeerr.FromGo(syscall.ENOSYS, "watch", pathOf(c.Argument(0)))))
	}))
	_ = b.Set("watchClose", host.Func(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
	_ = b.Set("watchRef", host.Func(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
}
