//go:build linux || darwin || freebsd

package fs_test

import (
	"bytes"
	"github.com/gnode-dev/gnode/internal/jstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gnode-dev/gnode/runtime"
)

// run runs a script file through the real runtime and returns its exit code, stdout and stderr.
func run(t *testing.T, file string, env ...string) (int, string, string) {
	t.Helper()
	// scripts may process.chdir(), which moves this whole process
	if wd, err := os.Getwd(); err == nil {
		defer os.Chdir(wd)
	}
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb, Modules: runtime.DefaultModules(),
		Env: append(os.Environ(), env...)})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunMain(file)
	return code, out.String(), errb.String()
}

// script writes src to a temp file and runs it.
func script(t *testing.T, src string, env ...string) (int, string, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "main.js")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return run(t, p, env...)
}

// TestCasesAgainstNode runs testdata/cases.js and compares its output, line by line, with
// testdata/cases.golden recorded from Node v24.21.0 (`node cases.js > cases.golden`).
func TestCasesAgainstNode(t *testing.T) {
	golden, err := os.ReadFile("testdata/cases.golden")
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs("testdata/cases.js")
	code, out, stderr := run(t, abs)
	if code != 0 {
		t.Errorf("exit code %d; stderr: %s", code, stderr)
	}
	if jstest.CompareLines(t, out, string(golden)) > 0 {
		t.Logf("stderr: %.500s", stderr)
	}
	if !strings.Contains(stderr, "[DEP0176] DeprecationWarning: fs.F_OK is deprecated, use fs.constants.F_OK instead") {
		t.Errorf("no DEP0176 warning on stderr: %q", stderr)
	}
	if !strings.Contains(stderr, "[DEP0180] DeprecationWarning: fs.Stats constructor is deprecated.") {
		t.Errorf("no DEP0180 warning on stderr: %q", stderr)
	}

}

// Inside an I/O callback, setImmediate runs before setTimeout(0), and nextTick before both.
func TestIOCallbackPhaseOrder(t *testing.T) {
	_, out, stderr := script(t, `
const fs = require('fs');
fs.readFile(__filename, (err, data) => {
  console.log('readFile', err, data.length > 0);
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});`)
	if want := "readFile null true\ntick\nimmediate\ntimeout\n"; out != want {
		t.Errorf("got %q, want %q (stderr %s)", out, want, stderr)
	}
}

// A FIFO with no writer blocks open(2) on the pool; the loop keeps running timers meanwhile,
// and stays alive until the request completes.
func TestTimersRunWhileWorkBlocks(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := mkfifo(fifo); err != nil {
		t.Skip("mkfifo:", err)
	}
	_, out, stderr := script(t, `
const fs = require('fs');
const fifo = `+"`"+fifo+"`"+`;
let ticks = 0;
const iv = setInterval(() => { ticks++; if (ticks === 3) fs.writeFileSync(fifo + '.go', ''); }, 5);
fs.readFile(fifo, 'utf8', (err, data) => {
  clearInterval(iv);
  console.log('read', err, JSON.stringify(data), ticks >= 3);
});
const w = setInterval(() => {
  if (fs.existsSync(fifo + '.go')) {
    clearInterval(w);
    fs.writeFile(fifo, 'through the pipe', (err) => console.log('wrote', err));
  }
}, 5);
`)
	if !strings.Contains(out, `read null "through the pipe" true`) || !strings.Contains(out, "wrote null") {
		t.Errorf("got %q (stderr %s)", out, stderr)
	}
}

// With UV_THREADPOOL_SIZE=1 the requests still all complete, in order.
func TestPoolSizeOne(t *testing.T) {
	_, out, stderr := script(t, `
const fs = require('fs');
const seen = [];
for (let i = 0; i < 20; i++) fs.stat(__filename, () => seen.push(i));
process.on('exit', () => console.log(seen.join(',')));
`, "UV_THREADPOOL_SIZE=1")
	if want := "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19\n"; out != want {
		t.Errorf("got %q, want %q (stderr %s)", out, want, stderr)
	}
}

// Errors carry Node's fields, in the sync, callback and promise forms alike.
func TestErrorShapes(t *testing.T) {
	dir := t.TempDir()
	_, out, stderr := script(t, `
const fs = require('fs');
const p = `+"`"+filepath.Join(dir, "nope")+"`"+`;
const show = (how, e) => console.log(how, e.message === "ENOENT: no such file or directory, open '" + p + "'",
  e.code, e.errno, e.syscall, e.path === p, e instanceof Error);
try { fs.readFileSync(p); } catch (e) { show('sync', e); }
fs.readFile(p, (e) => show('cb', e));
fs.promises.readFile(p).catch((e) => show('promise', e));
fs.rename(p, p + '2', (e) => console.log('rename', e.dest === p + '2', e.message.endsWith("-> '" + p + "2'")));
`)
	for _, how := range []string{"sync", "cb", "promise"} {
		if !strings.Contains(out, how+" true ENOENT -2 open true true\n") {
			t.Errorf("%s: got %q (stderr %s)", how, out, stderr)
		}
	}
	if !strings.Contains(out, "rename true true") {
		t.Errorf("rename: got %q", out)
	}
}

// Large files round-trip byte for byte through the callback forms.
func TestLargeRoundTrip(t *testing.T) {
	dir := t.TempDir()
	_, out, stderr := script(t, `
const fs = require('fs');
const p = `+"`"+filepath.Join(dir, "big.bin")+"`"+`;
const data = Buffer.alloc(3 << 20, Buffer.from([0, 7, 14, 255, 128, 3, 9]));
fs.writeFile(p, data, (err) => {
  if (err) throw err;
  fs.readFile(p, (err, back) => console.log(err, back.length, back.equals(data)));
});
`)
	if out != "null 3145728 true\n" {
		t.Errorf("got %q (stderr %s)", out, stderr)
	}
}
