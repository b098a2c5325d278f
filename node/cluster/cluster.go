// Package cluster serves node:cluster as the primary process sees it before forking: workers
// (child processes sharing server ports) are not implemented, so fork throws.
package cluster

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/cluster.js
var clusterJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "cluster", Source: clusterJS}}
}
