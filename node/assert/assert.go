// Package assert serves node:assert and node:assert/strict, with AssertionError
// (internal/assert/assertion_error) and the deep equality shared with util.isDeepStrictEqual
// (internal/util/comparisons). All of it is JS glue; the Go binding only reads the caller's
// source file for assert.ok()'s "The expression evaluated to a falsy value" message.
package assert

import (
	_ "embed"
	"os"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

var (
	//go:embed js/assert.js
	assertJS string
	//go:embed js/assertion_error.js
	assertionErrorJS string
	//go:embed js/comparisons.js
	comparisonsJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "assert", Source: assertJS, Binding: binding},
		{ID: "assert/strict", Source: "module.exports = require('assert').strict;"},
		{ID: "internal/assert/assertion_error", Source: assertionErrorJS},
		{ID: "internal/util/comparisons", Source: comparisonsJS},
	}
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	// readSource(path) is the text of a source file, or undefined when it cannot be read.
	_ = b.Set("readSource", func(call goja.FunctionCall) goja.Value {
		p := call.Argument(0).String()
		p = strings.TrimPrefix(p, "file://")
		if p == "" || !strings.HasPrefix(p, "/") {
			return goja.Undefined()
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return goja.Undefined()
		}
		return vm.ToValue(string(data))
	})
	return b
}
