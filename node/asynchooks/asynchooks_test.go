package asynchooks_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gnode-dev/gnode/runtime"
)

func run(t *testing.T, src string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "main.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb, Script: file, Env: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunMain(file); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	return out.String()
}

// The frame travels through every kind of scheduled callback and is restored after each.
func TestFrameFollowsCallbacks(t *testing.T) {
	got := run(t, `
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const seen = [];
als.run('s', () => {
  setTimeout(() => seen.push('timeout:' + als.getStore()), 1);
  setImmediate(() => seen.push('immediate:' + als.getStore()));
  process.nextTick(() => seen.push('tick:' + als.getStore()));
  Promise.resolve().then(() => seen.push('then:' + als.getStore()));
  (async () => { await null; seen.push('await:' + als.getStore()); })();
});
setTimeout(() => seen.push('outside:' + als.getStore()), 2);
setTimeout(() => console.log(seen.sort().join(',')), 10);
`)
	want := "await:s,immediate:s,outside:undefined,then:s,tick:s,timeout:s\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An enterWith inside one callback must not leak into the next callback of the loop.
func TestEnterWithEndsWithCallback(t *testing.T) {
	got := run(t, `
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => { als.enterWith('leak'); Promise.resolve().then(() => {}); }, 1);
setTimeout(() => console.log(String(als.getStore())), 3);
`)
	if got != "undefined\n" {
		t.Errorf("got %q", got)
	}
}
