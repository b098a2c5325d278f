// Package loader serves Node's module system: CommonJS resolution, the module wrapper and
// node:module. (ES modules, package exports and TypeScript build on it.)
package loader

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/cjs_loader.js
var cjsLoaderJS string

//go:embed js/module.js
var moduleJS string

//go:embed js/package_exports.js
var packageExportsJS string

//go:embed js/esm_loader.js
var esmLoaderJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "internal/modules/cjs/loader", Source: cjsLoaderJS},
		{ID: "module", Source: moduleJS},
		{ID: "internal/modules/esm/loader", Source: esmLoaderJS},
		{ID: "internal/modules/package_exports", Source: packageExportsJS},
		{ID: "internal/modules/esm", Binding: esmBinding},
	}
}
