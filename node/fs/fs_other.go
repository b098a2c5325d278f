//go:build !(linux || darwin || freebsd || windows)

// Package fs serves node:fs; this platform has no implementation yet.
package fs

import "github.com/gnode-dev/gnode/internal/host"

// Modules lists the builtins this package serves: none on this platform yet.
func Modules() []*host.Module { return nil }
