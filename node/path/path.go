// Package path serves node:path.
package path

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/path.js
var pathJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "path", Source: pathJS, Binding: binding},
		{ID: "path/posix", Source: "module.exports = require('path').posix;"},
		{ID: "path/win32", Source: "module.exports = require('path').win32;"},
	}
}
