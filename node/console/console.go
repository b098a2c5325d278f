// Package console serves node:console and the global console.
package console

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/console.js
var consoleJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "console", Source: consoleJS}}
}
