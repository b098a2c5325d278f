// Package events serves node:events: EventEmitter and its helpers, written in JS glue.
package events

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/events.js
var eventsJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "events", Source: eventsJS}}
}
