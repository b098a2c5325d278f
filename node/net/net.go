// Package net serves node:net, node:dns and node:dgram: sockets as loop handles in Go (stream.go,
// listen.go, udp.go), name resolution (dns.go), and their JS glue in js/.
package net

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

var (
	//go:embed js/net.js
	netJS string
	//go:embed js/internal_net.js
	internalNetJS string
	//go:embed js/dgram.js
	dgramJS string
	//go:embed js/dns.js
	dnsJS string
	//go:embed js/dns_promises.js
	dnsPromisesJS string
	//go:embed js/dns_internal.js
	dnsInternalJS string
	//go:embed js/blocklist.js
	blocklistJS string
	//go:embed js/socketaddress.js
	socketAddressJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "net", Source: netJS},
		{ID: "internal/net", Source: internalNetJS},
		{ID: "internal/tcp_wrap", Binding: streamBinding},
		{ID: "internal/udp_wrap", Binding: udpBinding},
		{ID: "internal/cares_wrap", Binding: caresBinding},
		{ID: "dgram", Source: dgramJS},
		{ID: "dns", Source: dnsJS},
		{ID: "dns/promises", Source: dnsPromisesJS},
		{ID: "internal/dns", Source: dnsInternalJS},
		{ID: "internal/blocklist", Source: blocklistJS},
		{ID: "internal/socketaddress", Source: socketAddressJS},
	}
}
