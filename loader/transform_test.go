package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gnode-transform-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("GNODE_TRANSFORM_CACHE", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func runs() int {
	transformStats.Lock()
	defer transformStats.Unlock()
	return transformStats.runs
}

func TestTransformCache(t *testing.T) {
	src := "async function* g() { yield 1; }\nmodule.exports = g; // " + t.Name() + "\n"
	before := runs()
	a, err := transform(modeCJS, "js", "/x/cache.js", src)
	if err != nil {
		t.Fatal(err)
	}
	if runs() != before+1 {
		t.Fatalf("first transform: %d esbuild runs", runs()-before)
	}
	b, err := transform(modeCJS, "js", "/x/cache.js", src)
	if err != nil {
		t.Fatal(err)
	}
	if runs() != before+1 {
		t.Errorf("second transform ran esbuild again")
	}
	if a.Code != b.Code {
		t.Errorf("cached code differs")
	}
	key := cacheKey(modeCJS, "js", "/x/cache.js", src)
	if _, err := os.Stat(filepath.Join(transformCacheDir(), key[:2], key)); err != nil {
		t.Errorf("no cache file: %v", err)
	}
	// a different name or mode is a different entry
	if _, err := transform(modeESM, "js", "file:///x/cache.js", src); err != nil {
		t.Fatal(err)
	}
	if runs() != before+2 {
		t.Errorf("ESM transform of the same text reused the CommonJS entry")
	}
	if !strings.HasPrefix(a.Code, "(function ("+cjsParams+") {\n") || !strings.HasSuffix(a.Code, "\n})") {
		t.Errorf("unexpected wrapper:\n%s", a.Code)
	}
}

func TestTransformESMInfo(t *testing.T) {
	src := `import def, { a, b as c } from './x.mjs';
import * as ns from 'node:path';
import './side.mjs';
import { unused } from './u.mjs';
export * from './star.mjs';
export { y as z } from './y.mjs';
export const k = 1;
export default function f() {}
console.log(def, a, c, ns);
await null;
`
	tr, err := transform(modeESM, "js", "file:///t/info.mjs", src)
	if err != nil {
		t.Fatal(err)
	}
	wantReq := []string{"./x.mjs", "node:path", "./side.mjs", "./u.mjs", "./star.mjs", "./y.mjs"}
	if !reflect.DeepEqual(tr.Requests, wantReq) {
		t.Errorf("requests %q, want %q", tr.Requests, wantReq)
	}
	names := map[string][]string{}
	for i, r := range tr.Requests {
		names[r] = tr.Names[i]
	}
	for spec, want := range map[string][]string{"./x.mjs": {"a", "b", "default"}, "./u.mjs": {"unused"}, "./y.mjs": {"y"}} {
		got := append([]string(nil), names[spec]...)
		sortStrings(got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("names from %s: %q, want %q", spec, got, want)
		}
	}
	exp := append([]string(nil), tr.Exports...)
	sortStrings(exp)
	if !reflect.DeepEqual(exp, []string{"default", "k", "z"}) {
		t.Errorf("exports %q", exp)
	}
	if !reflect.DeepEqual(tr.Stars, []string{"./star.mjs"}) {
		t.Errorf("stars %q", tr.Stars)
	}
	if !tr.TLA || len(tr.TLASites) != 1 || tr.TLASites[0] != [2]int{10, 1} {
		t.Errorf("tla %v sites %v", tr.TLA, tr.TLASites)
	}
	if !strings.HasPrefix(tr.Code, "(async function (") || !strings.Contains(tr.Code, "await null") {
		t.Errorf("TLA module is not an async function awaiting null:\n%s", tr.Code)
	}
}

func TestTransformSyntaxError(t *testing.T) {
	_, err := transform(modeESM, "js", "file:///t/bad.mjs", "import fs from 'node:fs';\nexport const x = ;\n")
	te, ok := err.(*transformError)
	if !ok {
		t.Fatalf("err %v", err)
	}
	if te.Msg != "Unexpected token ';'" || te.Line != 2 || te.Col != 18 {
		t.Errorf("got %+v", te)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestMappingsRoundTrip(t *testing.T) {
	for _, m := range []string{"", "AAAA", "AAAA,CAAC;;AACA,EAAE", "AAAAA,SAAS,KAAKC;AAClB,gBAAgB"} {
		segs, err := decodeMappings(m)
		if err != nil {
			t.Fatal(err)
		}
		if got := encodeMappings(segs); got != m {
			t.Errorf("round trip %q -> %q", m, got)
		}
	}
	for _, v := range []int{0, 1, -1, 15, 16, -16, 1000, -123456} {
		var sb strings.Builder
		encodeVLQ(&sb, v)
		got, err := decodeVLQ(sb.String())
		if err != nil || len(got) != 1 || got[0] != v {
			t.Errorf("vlq %d -> %q -> %v", v, sb.String(), got)
		}
	}
}

func TestRewriteDynamicImports(t *testing.T) {
	for _, c := range []struct{ in, arg, want string }{
		{`x = Promise.resolve().then(() => __toESM(require("./a.mjs")));`, `"./a.mjs"`, `x = __gnode_import("./a.mjs") ;`},
		{`Promise.resolve().then(() => __toESM(require(f(")", a[1])), 1)).then(g)`, `f(")", a[1])`, `__gnode_import(f(")", a[1])) .then(g)`},
		{`no import here`, `here`, `no import here`},
	} {
		got := rewriteDynamicImports(c.in)
		if len(got) != len(c.in) {
			t.Errorf("length changed: %q", got)
		}
		if strings.Index(got, c.arg) != strings.Index(c.in, c.arg) {
			t.Errorf("argument moved: %q", got)
		}
		if squeezed := strings.Join(strings.Fields(got), " "); squeezed != c.want {
			t.Errorf("rewrite %q\n got %q\nwant %q", c.in, squeezed, c.want)
		}
	}
}

func TestLooksLikeESM(t *testing.T) {
	for src, want := range map[string]bool{
		"import fs from 'fs';":               true,
		"import {a} from './a.js'":           true,
		"import './side.js'":                 true,
		"export const a = 1":                 true,
		"export default 1":                   true,
		"console.log(import.meta.url)":       true,
		"await Promise.resolve(1)":           true,
		"const x = await f()":                true,
		"import('./x.js')":                   false,
		"const x = require('x')":             false,
		"async function f() {\n  await 1\n}": false,
		"// import x from 'y'":               false,
		"module.exports = { exportX: 1 }":    false,
	} {
		if got := looksLikeESM(src); got != want {
			t.Errorf("looksLikeESM(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestScanCJSExports(t *testing.T) {
	for src, want := range map[string][]string{
		"exports.a = 1; exports.b = function () {};":                  {"a", "b"},
		"module.exports.c = 1; exports['d-e'] = 2; exports.f == 3":    {"c", "d-e"},
		"Object.defineProperty(exports, 'g', { get() { return 1 } })": nil, // a getter of a literal: no export to the lexer
		// as node 24 finds them: the first entry that is not `a` or `a: identifier` ends the scan
		"module.exports = { h, i: 1, 'j': 2, k() {}, ...rest, l: f(1, 2) }":        {"h"},
		"module.exports = { nested: { inner: 1 }, m: [1, 2] }":                     nil,
		"module.exports = { a, b: a, 'c': b, d }":                                  {"a", "b", "c", "d"},
		"Object.defineProperty(exports, 'z', { get() { return z; } })":             {"z"},
		"Object.defineProperty(exports, 'w', { enumerable: false, get: () => w })": nil,
		"exports.default = 1; const y = myexports.z = 2;":                          {},
		"module.exports = function () {}":                                          {},
	} {
		got := scanCJSExports(src)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("scanCJSExports(%q) = %q, want %q", src, got, want)
		}
	}
}

func FuzzScanCJSExports(f *testing.F) {
	f.Add("exports.a = 1; module.exports = { b, c: 2 }")
	f.Add("module.exports = { 'x': `}`, y: \"{\" }")
	f.Add("Object.defineProperty(exports, \"q\", {})")
	f.Add("module.exports = {")
	f.Fuzz(func(t *testing.T, src string) {
		names := scanCJSExports(src)
		for i, n := range names {
			if n == "" || n == "default" {
				t.Fatalf("bad name %q", n)
			}
			if i > 0 && names[i-1] >= n {
				t.Fatalf("not sorted/unique: %q", names)
			}
		}
	})
}

func FuzzLooksLikeESMAndRewrite(f *testing.F) {
	f.Add("Promise.resolve().then(() => __toESM(require(\"x\")))")
	f.Add("Promise.resolve().then(() => __toESM(require(`)")
	f.Fuzz(func(t *testing.T, src string) {
		_ = looksLikeESM(src)
		if got := rewriteDynamicImports(src); len(got) != len(src) {
			t.Fatalf("length changed")
		}
	})
}

func TestFileURL(t *testing.T) {
	// recorded from node: require("url").pathToFileURL(p).href
	for p, want := range map[string]string{
		"/tmp/a.mjs":                "file:///tmp/a.mjs",
		"/a b/%x/[y]/é?#{}`\"<>|^~": "file:///a%20b/%25x/%5By%5D/%C3%A9%3F%23%7B%7D%60%22%3C%3E%7C%5E%7E",
	} {
		if got := fileURL(p); got != want {
			t.Errorf("fileURL(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestScanCJSReexports(t *testing.T) {
	src := `module.exports = require('./a');
tslib_1.__exportStar(require("./b"), exports);
__export(require('./c'));
const x = require('./not');
`
	if got := scanCJSReexports(src); !reflect.DeepEqual(got, []string{"./a", "./b", "./c"}) {
		t.Errorf("got %q", got)
	}
}
