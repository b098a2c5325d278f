package runtime

import (
	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loader"
	"github.com/gnode-dev/gnode/node/console"
	"github.com/gnode-dev/gnode/node/events"
	"github.com/gnode-dev/gnode/node/path"
	"github.com/gnode-dev/gnode/node/process"
	"github.com/gnode-dev/gnode/node/timers"
	"github.com/gnode-dev/gnode/node/util"
)

// DefaultModules is the one list of every builtin gnode serves.
func DefaultModules() []*host.Module {
	var mods []*host.Module
	mods = append(mods, bootstrapModule(), errorsV8Module())
	for _, list := range [][]*host.Module{
		process.Modules(),
		events.Modules(),
		timers.Modules(),
		console.Modules(),
		path.Modules(),
		loader.Modules(),
		util.Modules(),
	} {
		mods = append(mods, list...)
	}
	return mods
}
