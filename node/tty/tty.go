// Package tty serves node:tty: isatty and the TTY stream classes process.stdin/stdout/stderr
// are made of (node/process builds them; this package names them).
package tty

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/tty.js
var ttyJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "tty", Source: ttyJS}}
}
