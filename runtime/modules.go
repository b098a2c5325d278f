package runtime

import (
	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node"
)

// DefaultModules is every builtin gnode serves: the runtime's own bootstrap, then node.Modules().
func DefaultModules() []*host.Module {
	return append([]*host.Module{bootstrapModule(), errorsV8Module()}, node.Modules()...)
}
