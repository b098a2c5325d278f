// Package internal holds the builtins every other one leans on: internal/errors (Node's coded
// errors, built from the table in internal/nodeerr), its generated table internal/errors_table,
// and internal/validators (Node's argument validators; Go twins in internal/validate).
package internal

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

var (
	//go:embed js/errors.js
	errorsSource string
	//go:embed js/errors_table.js
	errorsTableSource string
	//go:embed js/validators.js
	validatorsSource string
	//go:embed js/node_modules.js
	nodeModulesSource string
)

// Modules returns the builtin declarations of this package.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "internal/errors", Source: errorsSource, Binding: func(h *host.Host) *goja.Object { return nodeerr.NewBinding(h.VM) }},
		{ID: "internal/errors_table", Source: errorsTableSource},
		{ID: "internal/validators", Source: validatorsSource, Binding: func(h *host.Host) *goja.Object { return ValidatorsBinding(h.VM) }},
		{ID: "internal/util/node_modules", Source: nodeModulesSource},
	}
}

// ValidatorsBinding is internalBinding('internal/validators'): { signals } as
// os.constants.signals (names to numbers).
func ValidatorsBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	signals := vm.NewObject()
	for _, s := range nodeerr.OSSignalConstants() {
		_ = signals.Set(s.Name, s.Number)
	}
	_ = b.Set("signals", signals)
	return b
}
