package buffer_test

import (
	"bytes"
	"github.com/gnode-dev/gnode/internal/jstest"
	"os"
	"strings"
	"testing"

	"github.com/gnode-dev/gnode/runtime"
)

// TestCasesAgainstNode runs testdata/cases*.js through the real runtime and compares every line
// with testdata/cases*.golden, recorded from Node v24.21.0 (`node cases.js > cases.golden`).
func TestCasesAgainstNode(t *testing.T) {
	for _, name := range []string{"cases", "cases2", "cases3", "cases4"} {
		t.Run(name, func(t *testing.T) { runCases(t, name) })
	}
}

func runCases(t *testing.T, name string) {
	src, err := os.ReadFile("testdata/" + name + ".js")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/" + name + ".golden")
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb, Modules: runtime.DefaultModules()})
	if err != nil {
		t.Fatal(err)
	}
	rt.RunEval(string(src), false, "[eval]")
	if jstest.CompareLines(t, out.String(), string(golden)) > 0 {
		t.Logf("stderr: %.500s", errb.String())
	}
	if name == "cases" && !strings.Contains(errb.String(), "[DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.") {
		t.Errorf("no DEP0005 warning on stderr: %q", errb.String())
	}

}
