// Package http2 is node:http2 without the protocol yet: constants, settings helpers and
// sensitiveHeaders (what packages touch when they load); servers and sessions throw
// ERR_METHOD_NOT_IMPLEMENTED. docs/compat/http.md says what is missing.
package http2

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/http2.js
var source string

//go:embed js/constants.js
var constantsSource string

// Modules returns node:http2 and its constants table.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "http2", Source: source},
		{ID: "internal/http2/constants", Source: constantsSource},
	}
}
