// Package stream serves node:stream, stream/promises and stream/consumers. The stream
// machinery is JS glue (as in Node): its event order is the contract, and it calls user code
// at every step.
package stream

import (
	"embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/*.js
var files embed.FS

func src(name string) string {
	b, err := files.ReadFile("js/" + name + ".js")
	if err != nil {
		panic("node/stream: missing glue " + name)
	}
	return string(b)
}

// internal lists the glue files served as internal/streams/<name>.
var internal = []string{
	"abort", "add-abort-signal", "asyncgen", "compose", "destroy", "duplex", "duplexify",
	"duplexpair", "end-of-stream", "from", "iterate", "lazy_transform", "legacy", "once", "operators",
	"passthrough", "pipeline", "readable", "state", "transform", "utils", "writable",
}

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	mods := []*host.Module{
		{ID: "stream", Source: src("stream")},
		{ID: "stream/promises", Source: src("promises")},
		{ID: "stream/consumers", Source: src("consumers")},
	}
	for _, name := range internal {
		mods = append(mods, &host.Module{ID: "internal/streams/" + name, Source: src(name)})
	}
	// The pre-v14 module names, still requireable.
	for _, name := range []string{"readable", "writable", "duplex", "transform", "passthrough"} {
		mods = append(mods, &host.Module{
			ID:     "_stream_" + name,
			Source: "module.exports = require('internal/streams/" + name + "');",
		})
	}
	return mods
}
