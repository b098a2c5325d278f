// Package tty serves node:tty and the stdio handles process.stdin/stdout/stderr are made of:
// terminal detection, raw mode, window size, and synchronous writes to the process's fds.
package tty

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/tty.js
var ttyJS string

//go:embed js/internal_tty.js
var internalTTYJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "tty", Source: ttyJS},
		{ID: "internal/tty", Source: internalTTYJS, Binding: binding},
	}
}
