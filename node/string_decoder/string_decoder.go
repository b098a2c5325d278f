// Package stringdecoder serves node:string_decoder.
package stringdecoder

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/string_decoder.js
var stringDecoderJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "string_decoder", Source: stringDecoderJS}}
}
