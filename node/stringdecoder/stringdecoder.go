// Package stringdecoder serves node:string_decoder. The decoding itself is Buffer's (node/buffer's
// encoders, through buf.toString); the glue keeps Node's state for characters split across
// writes, in the same 7-byte layout Node's native decoder uses (so lastChar is a live view).
package stringdecoder

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/string_decoder.js
var stringDecoderJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "string_decoder", Source: stringDecoderJS},
	}
}
