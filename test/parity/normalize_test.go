package parity

import "testing"

func TestNormalize(t *testing.T) {
	p := Paths{Dir: "/r/test/parity/loop", Root: "/r", Exec: "/tmp/b/gnode"}
	tests := []struct{ name, in, want string }{
		{"dir before root", "/r/test/parity/loop/a.js:1 /r/go.mod", "<DIR>/a.js:1 <ROOT>/go.mod"},
		{"file url", "file:///r/test/parity/loop/a.js", "file://<DIR>/a.js"},
		{"exec", "/tmp/b/gnode: bad option: --x", "<EXEC>: bad option: --x"},
		{"pid", "(node:4242) Warning: w\n", "(node:<PID>) Warning: w\n"},
		{"use hint gnode", "(Use `gnode --trace-warnings ...` to show", "(Use `node --trace-warnings ...` to show"},
		{"use hint node", "(Use `node --trace-uncaught ...` to show", "(Use `node --trace-uncaught ...` to show"},
		{
			"internal frames dropped",
			"Error: x\n    at Object.<anonymous> (/r/test/parity/loop/a.js:1:7)\n" +
				"    at Module._compile (node:internal/modules/cjs/loader:1730:14)\n" +
				"    at node:internal/main/run_main_module:33:47\n" +
				"    at process.emit (node:events:518:28)\n" +
				"    at listOnTimeout (node:internal/timers:588:17)\n" +
				"    at async ModuleJob.run (node:internal/modules/esm/module_job:274:25)\n" +
				"    at async node:internal/modules/esm/loader:647:26\n" +
				"      at process.processTicksAndRejections (node:internal/process/task_queues:105:5)\n" +
				"    at new Promise (<anonymous>)\n\nNode.js v24.21.0\n",
			"Error: x\n    at Object.<anonymous> (<DIR>/a.js:1:7)\n" +
				"    at new Promise (<anonymous>)\n\nNode.js v24.21.0\n",
		},
		{"user text mentioning node: kept", "see node:fs docs\n  at node:fs is text", "see node:fs docs\n  at node:fs is text"},
		{
			"node:test durations and TAP frames",
			"\u2714 a (1.5ms)\n  \u2716 b (12ms) # TODO\n\u2139 duration_ms 40.1\n# duration_ms 3\n  duration_ms: 0.25\n" +
				"      stack: |-\n        TestContext.<anonymous> (/r/a.js:1:2)\n        Test.run (node:internal/test_runner/test:1:2)\n" +
				"        node:internal/test_runner/test:3:4\n#     at async node:internal/modules/esm/loader:647:26\nsaid (5ms)\n<testcase name=\"x\" time=\"0.001\"/>",
			"\u2714 a (<DUR>ms)\n  \u2716 b (<DUR>ms) # TODO\n\u2139 duration_ms <DUR>\n# duration_ms <DUR>\n  duration_ms: <DUR>\n" +
				"      stack: |-\n        TestContext.<anonymous> (<ROOT>/a.js:1:2)\nsaid (5ms)\n<testcase name=\"x\" time=\"<DUR>\"/>",
		},
		{"no partial path match", "/rust /r/x /r", "/rust <ROOT>/x <ROOT>"},
		{
			"suffix of a dropped frame moves up",
			"E: x\n    at Object.<anonymous> (/r/a.js:2:7)\n    at node:internal/main/run_main_module:33:47 {\n  code: 'X'\n}\n" +
				"[\n  Error: one\n      at f (/r/a.js:1:1)\n      at node:internal/main/run_main_module:33:47,\n  2\n]",
			"E: x\n    at Object.<anonymous> (<ROOT>/a.js:2:7) {\n  code: 'X'\n}\n" +
				"[\n  Error: one\n      at f (<ROOT>/a.js:1:1),\n  2\n]",
		},
		{
			"internal header",
			"node:internal/modules/cjs/loader:1568\n  throw err;\n  ^\n\nError: Cannot find module\n",
			"node:<INTERNAL>\n\nError: Cannot find module\n",
		},
		{"header-like line without caret kept", "node:internal/x:1\nfoo\nbar\n", "node:internal/x:1\nfoo\nbar\n"},
		{"cause count", "    ... 7 lines matching cause stack trace ...", "    ... <N> lines matching cause stack trace ..."},
	}
	for _, tc := range tests {
		if got := Normalize(tc.in, p); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
