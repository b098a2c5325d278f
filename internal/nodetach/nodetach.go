// Package nodetach remembers the ArrayBuffers that cannot be detached. Node makes its Buffer
// pool non-detachable (V8 keeps a flag on the buffer): transferring it would pull the bytes
// from under every small Buffer carved from it, and from the allocator itself.
package nodetach

import (
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/weakmap"
)

var fixed weakmap.Map[struct{}]

// Mark records o (an ArrayBuffer object) as non-detachable; the entry goes when o is collected.
func Mark(o *goja.Object) { fixed.Set(o, struct{}{}) }

// Is reports whether v is a buffer that must not be detached.
func Is(v goja.Value) bool {
	_, ok := fixed.Get(v)
	return ok
}
