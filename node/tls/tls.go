// Package tls serves node:tls and node:https: TLS sockets on Go's crypto/tls. A TLS connection is
// a Go handle (wrap.go) that takes the socket of a gnode TCP handle over, or runs over a JS stream;
// the JS glue in js/ builds Node's TLSSocket, Server and SecureContext on it.
package tls

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

var (
	//go:embed js/tls.js
	tlsJS string
	//go:embed js/tls_wrap.js
	tlsWrapJS string
	//go:embed js/tls_common.js
	tlsCommonJS string
	//go:embed js/https.js
	httpsJS string
	//go:embed js/options.js
	optionsJS string
	//go:embed js/x509.js
	x509JS string
	//go:embed js/crypto_keys.js
	cryptoKeysJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "tls", Source: tlsJS},
		{ID: "_tls_wrap", Source: tlsWrapJS},
		{ID: "_tls_common", Source: tlsCommonJS},
		{ID: "internal/tls_wrap", Binding: newBinding},
		{ID: "https", Source: httpsJS},
		{ID: "internal/tls/options", Source: optionsJS},
		// crypto.X509Certificate and the KeyObjects live here: they share the certificate and key
		// code of the TLS contexts
		{ID: "internal/crypto/x509", Source: x509JS},
		{ID: "internal/crypto/keys", Source: cryptoKeysJS},
	}
}
