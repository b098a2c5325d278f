package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

func runJS(t *testing.T, src string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "main.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	rt, err := New(Options{Stdout: &out, Stderr: &errb, Script: file, Env: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunMain(file)
	return out.String(), errb.String(), code
}

func expectOut(t *testing.T, src, want string) {
	t.Helper()
	out, errs, code := runJS(t, src)
	if out != want || code != 0 {
		t.Errorf("got stdout %q (exit %d, stderr %q), want %q", out, code, errs, want)
	}
}

func TestTickAndMicrotaskOrder(t *testing.T) {
	expectOut(t, `
const log = [];
setTimeout(() => {
  Promise.resolve().then(() => log.push('p1'));
  process.nextTick(() => log.push('t1'));
  queueMicrotask(() => { log.push('m1'); process.nextTick(() => log.push('t2')); });
}, 1);
setTimeout(() => log.push('second timer'), 1);
setTimeout(() => console.log(log.join(',')), 5);
`, "t1,p1,m1,t2,second timer\n")
}

func TestImmediateVsTimeoutInsideImmediate(t *testing.T) {
	expectOut(t, `
setImmediate(() => {
  // 50 ms, not 0: with 0 the order depends on whether a millisecond passes before the next
  // timers phase, which a loaded machine decides
  setTimeout(() => console.log('timeout'), 50);
  setImmediate(() => console.log('immediate'));
});`, "immediate\ntimeout\n")
}

func TestIntervalAndClear(t *testing.T) {
	expectOut(t, `
let n = 0;
const h = setInterval(() => { n++; if (n === 3) { clearInterval(h); console.log('done', n); } }, 1);`, "done 3\n")
}

func TestUnrefTimerDoesNotKeepAlive(t *testing.T) {
	expectOut(t, `setTimeout(() => console.log('never'), 50).unref(); console.log('end');`, "end\n")
}

func TestBeforeExitAndExit(t *testing.T) {
	expectOut(t, `
let once = false;
process.on('beforeExit', (c) => { console.log('beforeExit', c); if (!once) { once = true; setTimeout(() => console.log('more'), 1); } });
process.on('exit', (c) => console.log('exit', c));`, "beforeExit 0\nmore\nbeforeExit 0\nexit 0\n")
}

func TestProcessExitInsideTimer(t *testing.T) {
	out, _, code := runJS(t, `
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { process.exit(3); console.log('not reached'); }, 1);
setTimeout(() => console.log('not run'), 20);`)
	if out != "exit 3\n" || code != 3 {
		t.Errorf("got %q exit %d", out, code)
	}
}

func TestUncaughtPrintsAndExits1(t *testing.T) {
	_, errs, code := runJS(t, "function f(){ null.x }\nf()\n")
	if code != 1 || !strings.Contains(errs, "main.js:1\nfunction f(){ null.x }\n") || !strings.HasSuffix(errs, "\nNode.js v24.21.0\n") {
		t.Errorf("exit %d, stderr:\n%s", code, errs)
	}
}

func TestUnhandledRejectionThrows(t *testing.T) {
	_, errs, code := runJS(t, "Promise.reject(new Error('r'))\n")
	if code != 1 || !strings.Contains(errs, "Error: r") {
		t.Errorf("exit %d, stderr:\n%s", code, errs)
	}
}

func TestUncaughtExceptionHandler(t *testing.T) {
	expectOut(t, `
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
setTimeout(() => { throw new Error('x'); }, 1);
setTimeout(() => console.log('still running'), 5);`, "caught x uncaughtException\nstill running\n")
}

func TestStackOverflowIsReportedAsRangeError(t *testing.T) {
	_, errs, code := runJS(t, "function f(){ return f() + 1 }\nf()\n")
	if code != 1 || !strings.Contains(errs, "RangeError: Maximum call stack size exceeded\n    at f (") {
		t.Errorf("exit %d, stderr:\n%s", code, errs)
	}
}

func TestGoPanicInBindingIsAFatalErrorNotACrash(t *testing.T) {
	var out, errb bytes.Buffer
	mods := append(DefaultModules(), &host.Module{ID: "gnode_test_panics", Source: "module.exports = internalBinding('gnode_test_panics');",
		Binding: func(h *host.Host) *goja.Object {
			o := h.VM.NewObject()
			_ = o.Set("boom", func(goja.FunctionCall) goja.Value { var m map[string]int; m["x"]++; return nil })
			return o
		}})
	rt, err := New(Options{Stdout: &out, Stderr: &errb, Modules: mods, Env: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunEval("require('gnode_test_panics').boom()", false, "[eval]")
	if code == 0 || !strings.Contains(errb.String(), "Fatal error in gnode") || strings.Contains(errb.String(), "goroutine ") {
		t.Errorf("exit %d, stderr:\n%s", code, errb.String())
	}
}
