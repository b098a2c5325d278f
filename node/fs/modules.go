//go:build linux || darwin || freebsd || windows

package fs

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// The JS glue is shared by every platform's binding (fs.go for POSIX, fs_windows.go).

//go:embed js/fs.js
var fsJS string

//go:embed js/promises.js
var promisesJS string

//go:embed js/glob.js
var globJS string

//go:embed js/streams.js
var streamsJS string

//go:embed js/utf8stream.js
var utf8StreamJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "fs", Source: fsJS, Binding: binding},
		{ID: "fs/promises", Source: promisesJS},
		{ID: "internal/fs/streams", Source: streamsJS},
		{ID: "internal/fs/glob", Source: globJS},
		{ID: "internal/fs/utf8stream", Source: utf8StreamJS},
	}
}

// perr is Node's description of a failed call; fd calls pass no paths.
func perr(err error, syscallName string, paths ...string) error {
	if err == nil {
		return nil
	}
	return nodeerr.FromGo(err, syscallName, paths...)
}
