// Package nodetest serves node:test and node:test/reporters (both only with the node: scheme,
// as in Node): tests, suites, hooks, mocks, the spec/tap/dot/junit reporters, and run() with
// the --test command line, which runs each test file in a child gnode. It is all JS glue.
package nodetest

import (
	_ "embed"

	"github.com/gnode-dev/gnode/internal/host"
)

var (
	//go:embed js/test.js
	testJS string
	//go:embed js/reporters_public.js
	reportersPublicJS string
	//go:embed js/test_runner.js
	testRunnerJS string
	//go:embed js/reporters.js
	reportersJS string
	//go:embed js/mock.js
	mockJS string
	//go:embed js/runner.js
	runnerJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "test", Source: testJS, SchemeOnly: true},
		{ID: "test/reporters", Source: reportersPublicJS, SchemeOnly: true},
		{ID: "internal/test_runner/test", Source: testRunnerJS},
		{ID: "internal/test_runner/reporters", Source: reportersJS},
		{ID: "internal/test_runner/mock", Source: mockJS},
		{ID: "internal/test_runner/runner", Source: runnerJS},
	}
}
