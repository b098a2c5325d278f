// Package sharedmem remembers which engine ArrayBuffers are SharedArrayBuffers. The engine has
// one buffer kind; V8 keeps a flag on the buffer, so util.types, inspect and Atomics ask here.
package sharedmem

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

var (
	mu     sync.Mutex
	shared = map[weak.Pointer[goja.Object]]struct{}{}
)

// Mark records o (an ArrayBuffer object) as shared; the entry goes when o is collected.
func Mark(o *goja.Object) {
	p := weak.Make(o)
	mu.Lock()
	shared[p] = struct{}{}
	mu.Unlock()
	runtime.AddCleanup(o, func(p weak.Pointer[goja.Object]) {
		mu.Lock()
		delete(shared, p)
		mu.Unlock()
	}, p)
}

// Is reports whether v is a buffer made by the SharedArrayBuffer constructor.
func Is(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	mu.Lock()
	_, ok = shared[weak.Make(o)]
	mu.Unlock()
	return ok
}
