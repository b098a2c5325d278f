// Package diagnosticschannel serves node:diagnostics_channel. It is JS glue only: channels,
// subscriptions and tracing channels are plain objects over node:async_hooks' stores.
package diagnosticschannel

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/diagnostics_channel.js
var diagnosticsChannelJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "diagnostics_channel", Source: diagnosticsChannelJS},
	}
}
