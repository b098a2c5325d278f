// Package sea serves node:sea (only with the node: scheme, as in Node). gnode does not build
// single-executable applications, so it answers as Node does outside one.
package sea

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/sea.js
var seaJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "sea", Source: seaJS, SchemeOnly: true}}
}
