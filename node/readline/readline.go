// Package readline serves node:readline and node:readline/promises: line reading from any
// stream and, on terminals, Node's line editor with history, completion and keypress events.
package readline

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

var (
	//go:embed js/readline.js
	readlineJS string
	//go:embed js/promises.js
	promisesJS string
	//go:embed js/interface.js
	interfaceJS string
	//go:embed js/utils.js
	utilsJS string
	//go:embed js/callbacks.js
	callbacksJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "readline", Source: readlineJS},
		{ID: "readline/promises", Source: promisesJS},
		{ID: "internal/readline/interface", Source: interfaceJS},
		{ID: "internal/readline/utils", Source: utilsJS},
		{ID: "internal/readline/callbacks", Source: callbacksJS},
	}
}
