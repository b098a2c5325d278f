package fetch

import (
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

func wsBinding(h *host.Host) *goja.Object { return h.VM.NewObject() }
