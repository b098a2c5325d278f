package net

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// UDP sockets (node:dgram) are written against the non-blocking socket API of Linux and Darwin;
// on Windows the binding exists so the binary builds and any use throws an error that says so.
func udpBinding(h *host.Host) *goja.Object {
	vm := h.VM
	return vm.NewDynamicObject(&unsupportedUDP{vm: vm})
}

type unsupportedUDP struct{ vm *goja.Runtime }

func (u *unsupportedUDP) Get(string) goja.Value {
	return u.vm.ToValue(func(goja.FunctionCall) goja.Value {
		panic(u.vm.NewGoError(fmt.Errorf("gnode: UDP sockets are not implemented on windows yet")))
	})
}
func (u *unsupportedUDP) Set(string, goja.Value) bool { return false }
func (u *unsupportedUDP) Has(string) bool             { return true }
func (u *unsupportedUDP) Delete(string) bool          { return false }
func (u *unsupportedUDP) Keys() []string              { return nil }
