//go:build linux || darwin || freebsd || windows

package fs

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// globBinding is glob(patterns, root, rootAbs, excludeGlobs, excludeFn, withFileTypes,
// makeDirent, yieldOrder, callback): the matches as paths or Dirents. With a callback the walk
// runs on the threadpool; an exclude function (JS) keeps it on the loop, so the JS glue only
// passes a callback without one. yieldOrder picks the Dirents the async forms yield.
func globBinding(st *state) host.Func {
	vm := st.vm
	return func(c goja.FunctionCall) goja.Value {
		patterns := stringList(c.Argument(0))
		root, rootAbs := c.Argument(1).String(), c.Argument(2).String()
		hooks := globHooks{withFileTypes: c.Argument(5).ToBoolean()}
		for _, g := range stringList(c.Argument(3)) {
			hooks.excludeGlobs = append(hooks.excludeGlobs, newGlobMatcher(g))
		}
		makeDirent, _ := goja.AssertFunction(c.Argument(6))
		toJS := func(e *globEntry) goja.Value {
			if e == nil {
				return goja.Null()
			}
			if v, ok := e.js.(goja.Value); ok {
				return v
			}
			v, err := makeDirent(goja.Undefined(), vm.ToValue(e.fromStats), vm.ToValue(e.name), vm.ToValue(e.typ),
				vm.ToValue(e.parent), vm.ToValue(e.key))
			if err != nil {
				panic(err)
			}
			e.js = v
			return v
		}
		if fn, ok := goja.AssertFunction(c.Argument(4)); ok {
			hooks.excludeFn = func(arg any) bool {
				var v goja.Value
				if e, isEntry := arg.(*globEntry); isEntry {
					v = toJS(e)
				} else {
					v = vm.ToValue(arg)
				}
				r, err := fn(goja.Undefined(), v)
				if err != nil {
					panic(err)
				}
				return r.ToBoolean()
			}
		}
		yieldOrder := c.Argument(7).ToBoolean()
		w := newGlobWalker(root, rootAbs, hooks)
		return st.do(c.Argument(8), func() (result, error) {
			w.walk(patterns)
			var entries []*globEntry
			if hooks.withFileTypes {
				entries = w.yielded
				if !yieldOrder {
					entries = w.syncEntries()
				}
			}
			return func() goja.Value {
				out := make([]any, len(w.results))
				for i, p := range w.results {
					if hooks.withFileTypes {
						out[i] = toJS(entries[i])
					} else {
						out[i] = p
					}
				}
				return vm.NewArray(out...)
			}, nil
		})
	}
}

func stringList(v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	out := make([]string, n)
	for i := range out {
		out[i] = o.Get(strconv.Itoa(i)).String()
	}
	return out
}
