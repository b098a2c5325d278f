// Package weakmap attaches Go data to engine objects without keeping them alive: V8 keeps such
// facts in internal slots (a shared buffer, a regexp's d flag), the engine has no slot to spare.
package weakmap

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// Map maps engine objects to values of type V; an entry goes when its object is collected.
type Map[V any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[goja.Object]]V
}

// Set records v for o.
func (w *Map[V]) Set(o *goja.Object, v V) {
	p := weak.Make(o)
	w.mu.Lock()
	if w.m == nil {
		w.m = map[weak.Pointer[goja.Object]]V{}
	}
	_, had := w.m[p]
	w.m[p] = v
	w.mu.Unlock()
	if !had {
		runtime.AddCleanup(o, func(p weak.Pointer[goja.Object]) {
			w.mu.Lock()
			delete(w.m, p)
			w.mu.Unlock()
		}, p)
	}
}

// Get returns the value recorded for v (an object), if any.
func (w *Map[V]) Get(v goja.Value) (V, bool) {
	var zero V
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return zero, false
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.m == nil {
		return zero, false
	}
	x, ok := w.m[weak.Make(o)]
	return x, ok
}
