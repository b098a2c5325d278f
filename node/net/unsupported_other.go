//go:build !linux && !darwin && !windows

package net

import (
	"fmt"
	"net"
	goruntime "runtime"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// The socket layer is written against the non-blocking socket API of Linux and Darwin. On other systems the
// socket bindings exist so the binary builds, and any use throws an error that says so.

// DetachHandle is the Linux socket layer's hand-over to node:tls; there is none here.
func DetachHandle(vm *goja.Runtime, o *goja.Object, done func(nc net.Conn, pending []byte, err error)) {
	done(nil, nil, fmt.Errorf("gnode: TCP and Unix sockets are not implemented on %s yet", goruntime.GOOS))
}

func streamBinding(h *host.Host) *goja.Object { return unsupported(h.VM, "TCP and Unix sockets") }

func udpBinding(h *host.Host) *goja.Object { return unsupported(h.VM, "UDP sockets") }

func unsupported(vm *goja.Runtime, what string) *goja.Object {
	return vm.NewDynamicObject(&unsupportedBinding{vm: vm, what: what})
}

type unsupportedBinding struct {
	vm   *goja.Runtime
	what string
}

func (u *unsupportedBinding) fail() {
	panic(u.vm.NewGoError(fmt.Errorf("gnode: %s are not implemented on %s yet", u.what, goruntime.GOOS)))
}

func (u *unsupportedBinding) Get(string) goja.Value {
	return u.vm.ToValue(func(goja.FunctionCall) goja.Value { u.fail(); return nil })
}
func (u *unsupportedBinding) Set(string, goja.Value) bool { return false }
func (u *unsupportedBinding) Has(string) bool             { return true }
func (u *unsupportedBinding) Delete(string) bool          { return false }
func (u *unsupportedBinding) Keys() []string              { return nil }

// Conn stands for the Linux socket layer's connection; there is none here.
type Conn struct{}

// ReadStart and ReadStop exist for node:http's parser; no Conn is ever handed out here.
func (c *Conn) ReadStart() error {
	return fmt.Errorf("gnode: sockets are not implemented on %s yet", goruntime.GOOS)
}

// ReadStop: see ReadStart.
func (c *Conn) ReadStop() error { return nil }

// Consume has no handles to take over here.
func Consume(h *host.Host, obj *goja.Object, fn func(data []byte)) *Conn { return nil }

// ConsumeAll has no handles to take over here either (node:http's Go-owned connections).
func ConsumeAll(h *host.Host, obj *goja.Object, fn func(data []byte), end func(err error)) *Conn {
	return nil
}

// CloseAfterWrites: no handles here.
func CloseAfterWrites(h *host.Host, obj *goja.Object) {}

// ErrnoOf is the negated errno of err (0 for nil).
func ErrnoOf(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return -int(e)
	}
	return -int(syscall.EIO)
}

// Write, WriteBehind and WaitWrites: no Conn is ever handed out here.
func (c *Conn) Write(bufs [][]byte, done func(error)) (bool, error) { return false, syscall.EBADF }

func (c *Conn) WriteBehind(bufs [][]byte, done func(error)) error { return syscall.EBADF }

func (c *Conn) WaitWrites(max time.Duration) {}
