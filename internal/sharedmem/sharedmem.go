// Package sharedmem remembers which engine ArrayBuffers are SharedArrayBuffers. The engine has
// one buffer kind; V8 keeps a flag on the buffer, so util.types, inspect and Atomics ask here.
package sharedmem

import (
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/weakmap"
)

var shared weakmap.Map[struct{}]

// Mark records o (an ArrayBuffer object) as shared; the entry goes when o is collected.
func Mark(o *goja.Object) { shared.Set(o, struct{}{}) }

// Is reports whether v is a buffer made by the SharedArrayBuffer constructor.
func Is(v goja.Value) bool {
	_, ok := shared.Get(v)
	return ok
}
