package internal

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// bareRuntime runs the modules of this package in a plain goja runtime with a stub require and
// internalBinding (the runtime's loader is not needed): it returns the VM and require.
func bareRuntime(t testing.TB) (*goja.Runtime, func(id string) *goja.Object) {
	t.Helper()
	vm := goja.New()
	vm.SetMaxCallStackSize(10000) // as the runtime does
	h := &host.Host{VM: vm}
	mods := map[string]*host.Module{}
	for _, m := range Modules() {
		mods[m.ID] = m
	}
	loaded := map[string]*goja.Object{}
	bindings := map[string]*goja.Object{}
	var requireFn goja.Value
	var require func(id string) *goja.Object
	internalBinding := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		if b, ok := bindings[id]; ok {
			return b
		}
		m := mods[id]
		if m == nil || m.Binding == nil {
			panic(vm.NewTypeError("No such binding: " + id))
		}
		bindings[id] = m.Binding(h)
		return bindings[id]
	})
	require = func(id string) *goja.Object {
		if mod, ok := loaded[id]; ok {
			return mod.Get("exports").(*goja.Object)
		}
		m := mods[id]
		if m == nil {
			panic(vm.NewGoError(fmt.Errorf("Cannot find module '%s'", id)))
		}
		module := vm.NewObject()
		exports := vm.NewObject()
		_ = module.Set("exports", exports)
		loaded[id] = module
		src := "(function (exports, require, module, process, internalBinding, primordials) {" + m.Source + "\n})"
		fnv, err := vm.RunScript("node:"+id, src)
		if err != nil {
			t.Fatalf("compiling %s: %v", id, err)
		}
		fn, _ := goja.AssertFunction(fnv)
		if _, err := fn(exports, exports, requireFn, module, vm.NewObject(), internalBinding, vm.NewObject()); err != nil {
			panic(err)
		}
		return module.Get("exports").(*goja.Object)
	}
	requireFn = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return require(strings.TrimPrefix(call.Argument(0).String(), "node:"))
	})
	_ = vm.Set("require", requireFn)
	return vm, require
}

func nodeerrNew(vm *goja.Runtime, code string, args ...any) *goja.Object {
	return nodeerr.New(vm, code, args...)
}
