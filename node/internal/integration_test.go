package internal_test

import (
	"bytes"
	"strings"

	"github.com/gnode-dev/gnode/internal/host"
	"testing"

	"github.com/gnode-dev/gnode/node/internal"
	"github.com/gnode-dev/gnode/runtime"
)

func runScript(t *testing.T, src string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Modules: append(runtime.DefaultModules(), internal.Modules()...),
		Stdout:  &out, Stderr: &errb,
	})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunEval(src, false, "[eval]")
	return out.String(), errb.String(), code
}

// Errors thrown by the builtins print as in Node (stack frames aside); recorded from the
// reference node running the same script.
func TestInRuntime(t *testing.T) {
	out, errOut, code := runScript(t, `try { setTimeout('x', 1) } catch (e) { console.log(e); console.log(String(e)); console.log(e.stack.split('\n')[0]); console.log(Object.keys(e), e.name, e.constructor === TypeError) }
const EventEmitter = require('events'); try { new EventEmitter().emit('error', 'boom') } catch (e) { console.log(e.message, e.code, e.context) }
try { require('path').join(5) } catch (e) { console.log(e.message) }
try { process.nextTick(5) } catch (e) { console.log(e.message) }
try { require('util').inspect.defaultOptions = 5 } catch (e) { console.log(e.message) }
try { process.kill(process.pid, 'sigfoo') } catch (e) { console.log(e.message) }
`)
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "    at ") {
			lines = append(lines, l)
		}
	}
	want := `TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received type string ('x')
  code: 'ERR_INVALID_ARG_TYPE'
}
TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received type string ('x')
TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received type string ('x')
[ 'code' ] TypeError true
Unhandled error. ('boom') ERR_UNHANDLED_ERROR boom
The "path" argument must be of type string. Received type number (5)
The "callback" argument must be of type function. Received type number (5)
The "options" argument must be of type object. Received type number (5)
Unknown signal: sigfoo
`
	if got := strings.Join(lines, "\n"); got != want || code != 0 {
		t.Errorf("exit %d, got\n%s\nwant\n%s\nstderr %s", code, got, want, errOut)
	}
}

// exposer is a public module handing user code the internal ones (no --expose-internals here).
var exposer = &host.Module{ID: "gnode_test_internals", Source: `module.exports = { errors: require('internal/errors'), validators: require('internal/validators') };`}

func TestValidatorStackInRuntime(t *testing.T) {
	var out, errb bytes.Buffer
	mods := append(runtime.DefaultModules(), internal.Modules()...)
	rt, err := runtime.New(runtime.Options{Modules: append(mods, exposer), Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	rt.RunEval(`
const { validators, errors } = require('gnode_test_internals');
function caller() { validators.validateInteger(1.5, 'n'); }
try { caller(); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join('|')); console.log(Object.keys(e).join()); }
try { validators.validateObject(null, 'o'); } catch (e) { console.log(String(e)); }
const se = new errors.codes.ERR_SYSTEM_ERROR({ code: 'ENOENT', errno: -2, message: 'no such file or directory', syscall: 'uv_cwd' });
console.log(se.stack.split('\n')[0]);
console.log(se);
`, false, "[eval]")
	want := "RangeError [ERR_OUT_OF_RANGE]: The value of \"n\" is out of range. It must be an integer. Received 1.5|    at caller ([eval]:3:"
	if !strings.HasPrefix(out.String(), want) {
		t.Errorf("got\n%s\nwant prefix\n%s\nstderr %s", out.String(), want, errb.String())
	}
	t.Log(out.String())
}

// Messages that go through util.inspect (the runtime's internal/util/inspect), recorded from
// the reference node with --expose-internals.
func TestInspectedMessagesInRuntime(t *testing.T) {
	var out, errb bytes.Buffer
	mods := append(runtime.DefaultModules(), internal.Modules()...)
	rt, err := runtime.New(runtime.Options{Modules: append(mods, exposer), Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	rt.RunEval(`const { codes } = require('gnode_test_internals').errors;
const msgs = [
  new codes.ERR_INVALID_ARG_VALUE('a', { a: { b: { c: { d: 1 } } }, arr: [1, 2, 3], s: 'x' }).message,
  new codes.ERR_INVALID_ARG_VALUE('a', new Map([[1, { x: 1 }]])).message,
  new codes.ERR_INVALID_ARG_VALUE('a', Array.from({ length: 30 }, (_, i) => i)).message,
  new codes.ERR_OUT_OF_RANGE('a', '>= 0', { x: 1 }).message,
  new codes.ERR_INVALID_ARG_TYPE('a', 'string', Object.create(null)).message,
  new codes.ERR_UNKNOWN_ENCODING({ a: { b: 1 } }).message,
  new codes.ERR_INVALID_ARG_VALUE('a', 'x'.repeat(200)).message,
];
console.log(JSON.stringify(msgs, null, 1));
`, false, "[eval]")
	want := `[
 "The argument 'a' is invalid. Received { a: { b: { c: [Object] } }, arr: [ 1, 2, 3 ], s: 'x' }",
 "The argument 'a' is invalid. Received Map(1) { 1 => { x: 1 } }",
 "The argument 'a' is invalid. Received [\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29...",
 "The value of \"a\" is out of range. It must be >= 0. Received { x: 1 }",
 "The \"a\" argument must be of type string. Received [Object: null prototype] {}",
 "Unknown encoding: { a: [Object] }",
 "The argument 'a' is invalid. Received 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."
]`
	if strings.TrimSpace(out.String()) != want {
		t.Errorf("got\n%s\nwant\n%s\nstderr %s", out.String(), want, errb.String())
	}
}
