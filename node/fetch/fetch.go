// Package fetch serves the fetch API Node takes from undici — fetch, Headers, Request, Response,
// FormData — and the WebSocket client. The classes are JS glue; the HTTP/1.1 exchange, the
// connection pool, content decoding and WebSocket framing are Go.
package fetch

import (
	_ "embed"
	"runtime"
	"strconv"

	"github.com/gnode-dev/gnode/internal/host"
)

var (
	//go:embed js/fetch.js
	fetchJS string
	//go:embed js/websocket.js
	websocketJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "internal/deps/undici/undici", Source: fetchJS, Binding: binding},
		{ID: "internal/deps/undici/websocket", Source: websocketJS, Binding: wsBinding},
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func runtimeGosched() { runtime.Gosched() }
