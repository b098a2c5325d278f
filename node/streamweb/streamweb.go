// Package streamweb serves node:stream/web, the WHATWG streams (ReadableStream, WritableStream,
// TransformStream, the queuing strategies, TextEncoderStream/TextDecoderStream,
// CompressionStream/DecompressionStream) and the adapters between them and node:stream.
// The machinery is JS glue, as in Node: its promise-job order is the contract and it calls
// user code at every step.
package streamweb

import (
	"embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/*.js
var files embed.FS

func src(name string) string {
	b, err := files.ReadFile("js/" + name + ".js")
	if err != nil {
		panic("node/streamweb: missing glue " + name)
	}
	return string(b)
}

// internal lists the glue files served as internal/webstreams/<name>.
var internal = []string{
	"util", "readablestream", "writablestream", "transformstream", "queuingstrategies",
	"encoding", "compression", "adapters",
}

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	mods := []*host.Module{{ID: "stream/web", Source: src("web")}}
	for _, name := range internal {
		mods = append(mods, &host.Module{ID: "internal/webstreams/" + name, Source: src(name)})
	}
	return mods
}
