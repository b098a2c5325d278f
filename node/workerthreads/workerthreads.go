// Package workerthreads serves node:worker_threads as seen from the main thread: the message
// ports, environment data and thread identity. Worker threads themselves (a second goja runtime
// on its own loop) are not implemented: constructing a Worker throws.
package workerthreads

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/worker_threads.js
var workerThreadsJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "worker_threads", Source: workerThreadsJS}}
}
