// Package node is the one list of the node: builtins gnode serves; each lives in its own
// package below this one.
package node

import (
	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loader"
	"github.com/gnode-dev/gnode/node/assert"
	"github.com/gnode-dev/gnode/node/asynchooks"
	"github.com/gnode-dev/gnode/node/buffer"
	"github.com/gnode-dev/gnode/node/childprocess"
	"github.com/gnode-dev/gnode/node/cluster"
	"github.com/gnode-dev/gnode/node/console"
	nodecrypto "github.com/gnode-dev/gnode/node/crypto"
	"github.com/gnode-dev/gnode/node/diagnosticschannel"
	"github.com/gnode-dev/gnode/node/events"
	"github.com/gnode-dev/gnode/node/fetch"
	nodefs "github.com/gnode-dev/gnode/node/fs"
	nodehttp "github.com/gnode-dev/gnode/node/http"
	"github.com/gnode-dev/gnode/node/internal"
	"github.com/gnode-dev/gnode/node/intl"
	"github.com/gnode-dev/gnode/node/language"
	"github.com/gnode-dev/gnode/node/net"
	nodeos "github.com/gnode-dev/gnode/node/os"
	"github.com/gnode-dev/gnode/node/path"
	"github.com/gnode-dev/gnode/node/process"
	"github.com/gnode-dev/gnode/node/readline"
	"github.com/gnode-dev/gnode/node/sqlite"
	"github.com/gnode-dev/gnode/node/stream"
	"github.com/gnode-dev/gnode/node/streamweb"
	"github.com/gnode-dev/gnode/node/stringdecoder"
	nodetest "github.com/gnode-dev/gnode/node/test"
	"github.com/gnode-dev/gnode/node/timers"
	nodetls "github.com/gnode-dev/gnode/node/tls"
	"github.com/gnode-dev/gnode/node/tty"
	nodeurl "github.com/gnode-dev/gnode/node/url"
	"github.com/gnode-dev/gnode/node/util"
	"github.com/gnode-dev/gnode/node/web"
	"github.com/gnode-dev/gnode/node/workerthreads"
	"github.com/gnode-dev/gnode/node/zlib"
)

// Modules lists every builtin module, internal ones included.
func Modules() []*host.Module {
	var mods []*host.Module
	for _, list := range [][]*host.Module{
		internal.Modules(),
		language.Modules(),
		intl.Modules(),
		process.Modules(),
		events.Modules(),
		buffer.Modules(),
		timers.Modules(),
		console.Modules(),
		path.Modules(),
		loader.Modules(),
		util.Modules(),
		nodeos.Modules(),
		nodefs.Modules(),
		assert.Modules(),
		web.Modules(),
		asynchooks.Modules(),
		diagnosticschannel.Modules(),
		sqlite.Modules(),
		stringdecoder.Modules(),
		nodecrypto.Modules(),
		net.Modules(),
		nodehttp.Modules(),
		stream.Modules(),
		streamweb.Modules(),
		nodeurl.Modules(),
		zlib.Modules(),
		readline.Modules(),
		nodetls.Modules(),
		tty.Modules(),
		workerthreads.Modules(),
		childprocess.Modules(),
		cluster.Modules(),
		fetch.Modules(),
		nodetest.Modules(),
	} {
		mods = append(mods, list...)
	}
	return mods
}
