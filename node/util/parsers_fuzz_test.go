package util_test

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/runtime"
)

// harness is one runtime whose JS defines check functions; fuzz inputs are untrusted text
// (.env files, Content-Type headers, bytes off a socket).
func harness(t testing.TB) *goja.Runtime {
	t.Helper()
	var out, errb bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb, Env: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunEval(`
const util = require('util');
const { StringDecoder } = require('string_decoder');
globalThis.fuzzParseEnv = (s) => { const r = util.parseEnv(s); for (const k of Object.keys(r)) if (typeof r[k] !== 'string') throw new Error('bad value'); };
globalThis.fuzzMIME = (s) => {
  let m;
  try { m = new util.MIMEType(s); } catch (e) { if (e.code !== 'ERR_INVALID_MIME_SYNTAX') throw e; return; }
  // what it prints must parse back to itself
  const again = new util.MIMEType(String(m));
  if (String(again) !== String(m)) throw new Error('not stable: ' + m + ' vs ' + again);
};
globalThis.fuzzDecoder = (bytes, cut, valid) => {
  const buf = Buffer.from(bytes);
  for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
    const d = new StringDecoder(enc);
    const s = d.write(buf.subarray(0, cut)) + d.write(buf.subarray(cut)) + d.end();
    if (valid && enc === 'utf8' && s !== buf.toString('utf8')) throw new Error('split decode differs');
    if ((enc === 'hex' || enc === 'latin1') && s !== buf.toString(enc)) throw new Error(enc + ' differs');
  }
};
`, false, "[eval]"); code != 0 {
		t.Fatalf("harness exit %d: %s", code, errb.String())
	}
	return rt.VM()
}

func call(t *testing.T, vm *goja.Runtime, name string, args ...any) {
	fn, ok := goja.AssertFunction(vm.Get(name))
	if !ok {
		t.Fatalf("%s missing", name)
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = vm.ToValue(a)
	}
	if _, err := fn(goja.Undefined(), vals...); err != nil {
		t.Fatalf("%s(%q): %v", name, args, err)
	}
}

func FuzzParseEnv(f *testing.F) {
	for _, s := range []string{"A=1\nB=2", "export X = 'y' # c", "M=\"a\nb\"", "Q=\"unterminated", "=x\n\n#", "K=`v`\r\nL='"} {
		f.Add(s)
	}
	vm := harness(f)
	f.Fuzz(func(t *testing.T, s string) { call(t, vm, "fuzzParseEnv", s) })
}

func FuzzMIMEType(f *testing.F) {
	for _, s := range []string{"text/html", " Text/HTML ; charset=\"utf-8\"", "a/b;x=\"q\\\"\";y", "a/b;p=\"\\", "/", "a/b;;;=;x=1"} {
		f.Add(s)
	}
	vm := harness(f)
	f.Fuzz(func(t *testing.T, s string) { call(t, vm, "fuzzMIME", s) })
}

func FuzzStringDecoder(f *testing.F) {
	f.Add([]byte("héllo €uro 😀"), 3)
	f.Add([]byte{0xF0, 0x9F, 0x98, 0x80, 0xE2}, 2)
	f.Add([]byte{0x3D, 0xD8, 0x00, 0xDE}, 1)
	vm := harness(f)
	f.Fuzz(func(t *testing.T, b []byte, cut int) {
		if cut < 0 {
			cut = -cut
		}
		if len(b) > 0 {
			cut %= len(b) + 1
		} else {
			cut = 0
		}
		arr := make([]any, len(b))
		for i, x := range b {
			arr[i] = int(x)
		}
		call(t, vm, "fuzzDecoder", arr, cut, utf8.Valid(b))
	})
}
