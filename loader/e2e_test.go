package loader_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loader"
	"github.com/gnode-dev/gnode/runtime"
)

// tree writes files (path -> content) under a temporary directory and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// run runs main in dir with gnode and returns stdout, stderr and the exit code.
func run(t *testing.T, dir, main string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	file := filepath.Join(dir, main)
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb, Script: file, Env: []string{"HOME=" + dir}})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunMain(file)
	return strings.ReplaceAll(out.String(), dir, "<DIR>"), strings.ReplaceAll(errb.String(), dir, "<DIR>"), code
}

func expect(t *testing.T, files map[string]string, main, want string) {
	t.Helper()
	dir := tree(t, files)
	out, errs, code := run(t, dir, main)
	if out != want || code != 0 {
		t.Errorf("stdout:\n%s\nwant:\n%s\nexit %d, stderr:\n%s", out, want, code, errs)
	}
}

func TestLoweredSyntaxInCommonJS(t *testing.T) {
	expect(t, map[string]string{
		"main.js": `async function* gen() { yield 1; yield 2; }
const obj = { async *m() { yield 'm'; } };
(async () => {
  for await (const x of gen()) console.log('x', x);
  for await (const y of obj.m()) console.log('y', y);
  const ns = await import('./esm.mjs');
  console.log(ns.v, Object.prototype.toString.call(ns));
  const e = new Error('where');
  console.log(e.stack.split('\n')[1].trim());
})();
`,
		"esm.mjs": "export const v = 'esm';\n",
	}, "main.js", "x 1\nx 2\ny m\nesm [object Module]\nat <DIR>/main.js:8:13\n")
}

func TestESMGraph(t *testing.T) {
	expect(t, map[string]string{
		"main.mjs": `import { counter, inc } from './live.mjs';
import * as ns from './live.mjs';
import cj, { a } from './c.cjs';
import def, { x, y } from './star.mjs';
import { aFn } from './cyc_a.mjs';
import path, { sep } from 'node:path';
import pkg, { hello } from 'pkg';
console.log(counter); inc(); console.log(counter, ns.counter);
console.log(Object.prototype.toString.call(ns), Object.getPrototypeOf(ns), Object.keys(ns).join());
console.log(JSON.stringify(cj), a, def, x, y, aFn());
console.log(typeof path.join, sep, pkg, hello);
console.log(import.meta.url.startsWith('file:///'), import.meta.filename.endsWith('main.mjs'), typeof import.meta.dirname);
console.log(typeof require, typeof module, typeof exports, this);
try { ns.counter = 5; } catch (e) { console.log(e.constructor.name); }
try { require('x'); } catch (e) { console.log(e.message); }
try { exports.x = 1; } catch (e) { console.log(e.message); }
`,
		"live.mjs":                      "export let counter = 0;\nexport function inc() { counter++; }\n",
		"c.cjs":                         "exports.a = 1;\nmodule.exports.b = 2;\n",
		"star.mjs":                      "export * from './s1.mjs';\nexport { default as y } from './s2.mjs';\nexport default 'D';\n",
		"s1.mjs":                        "export const x = 'x';\n",
		"s2.mjs":                        "export default 'y';\n",
		"cyc_a.mjs":                     "import { bFn } from './cyc_b.mjs';\nexport function aFn() { return 'a+' + bFn(); }\n",
		"cyc_b.mjs":                     "import { aFn } from './cyc_a.mjs';\nexport function bFn() { return 'b'; }\nexport const t = typeof aFn;\nif (t !== 'function') throw new Error('hoisting');\n",
		"node_modules/pkg/package.json": `{"name":"pkg","exports":{"import":"./index.mjs","require":"./index.cjs"}}`,
		"node_modules/pkg/index.mjs":    "export const hello = 'hi';\nexport default 'pkgdef';\n",
	}, "main.mjs", "0\n1 1\n[object Module] null counter,inc\n{\"a\":1,\"b\":2} 1 D x y a+b\nfunction / pkgdef hi\ntrue true string\nundefined undefined undefined undefined\nTypeError\nrequire is not defined in ES module scope, you can use import instead\nexports is not defined in ES module scope\n")
}

func TestESMMainRunsInPromiseJob(t *testing.T) {
	expect(t, map[string]string{
		"main.mjs": `setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
`,
	}, "main.mjs", "sync\npromise\nnextTick\nimmediate\n")
}

func TestTopLevelAwait(t *testing.T) {
	expect(t, map[string]string{
		"main.mjs": `import { v } from './dep.mjs';
console.log('main', v);
const r = await new Promise((res) => setTimeout(() => res('later'), 2));
console.log(r, await null);
`,
		"dep.mjs": "console.log('dep start');\nexport const v = await Promise.resolve('dep');\nconsole.log('dep end');\n",
	}, "main.mjs", "dep start\ndep end\nmain dep\nlater null\n")
}

func TestTypeModuleAndDetection(t *testing.T) {
	expect(t, map[string]string{
		"main.js":         "const a = require('./tm/a.js');\nconsole.log(a.inTm, require('./det.js').d);\nconst ns = require('./def.mjs');\nconsole.log(ns.__esModule, ns.default);\n",
		"tm/package.json": `{"type":"module"}`,
		"tm/a.js":         "export const inTm = true;\n",
		"det.js":          "export const d = 'detected';\n",
		"def.mjs":         "export default 'dd';\n",
	}, "main.js", "true detected\ntrue dd\n")
	expect(t, map[string]string{
		"main.js": "import { d } from './dep.js';\nconsole.log(d, typeof require);\n",
		"dep.js":  "export const d = 'esm main by syntax';\n",
	}, "main.js", "esm main by syntax undefined\n")
}

func TestTypeScript(t *testing.T) {
	expect(t, map[string]string{
		"main.ts":   "import { helper } from './helper.ts';\ntype T = string;\nconst s: T = helper(2);\nconsole.log(s);\nconsole.log(typeof module, typeof require);\n",
		"helper.ts": "export function helper(n: number): string { return 'h' + n; }\n",
	}, "main.ts", "h2\nundefined undefined\n")
}

func TestTypeScriptCommonJS(t *testing.T) {
	expect(t, map[string]string{
		"main.cts": "interface P { n: number }\nconst p: P = { n: 3 };\nconst j = require('./v.jsx');\nconsole.log(p.n, j);\n",
		"v.jsx":    "const h = (t, p, ...c) => t + ':' + c.join();\n/** @jsx h */\nmodule.exports = <b>x</b>;\n",
	}, "main.cts", "3 b:x\n")
}

func TestResolutionErrors(t *testing.T) {
	expect(t, map[string]string{
		"main.mjs": `for (const spec of ['./sub', './file.xyz', './nope.mjs', 'nopkg', './bad_name.mjs', './cjs_name.mjs', 'node:nope']) {
  try { await import(spec); console.log(spec, 'loaded'); } catch (e) { console.log(e.code || e.name, e.message.split('\n')[0]); }
}
`,
		"sub/index.js": "",
		"file.xyz":     "x",
		"bad_name.mjs": "import { nothere } from './s1.mjs';\n",
		"s1.mjs":       "export const x = 1;\n",
		"cjs_name.mjs": "import { q } from './c.cjs';\n",
		"c.cjs":        "exports.a = 1;\n",
	}, "main.mjs", `ERR_UNSUPPORTED_DIR_IMPORT Directory import '<DIR>/sub' is not supported resolving ES modules imported from <DIR>/main.mjs
ERR_UNKNOWN_FILE_EXTENSION Unknown file extension ".xyz" for <DIR>/file.xyz
ERR_MODULE_NOT_FOUND Cannot find module '<DIR>/nope.mjs' imported from <DIR>/main.mjs
ERR_MODULE_NOT_FOUND Cannot find package 'nopkg' imported from <DIR>/main.mjs
SyntaxError The requested module './s1.mjs' does not provide an export named 'nothere'
SyntaxError Named export 'q' not found. The requested module './c.cjs' is a CommonJS module, which may not support all module.exports as named exports.
ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:nope
`)
}

func TestESMUncaughtError(t *testing.T) {
	dir := tree(t, map[string]string{"main.mjs": "const a = 1;\nthrow new Error('from esm');\n"})
	_, errs, code := run(t, dir, "main.mjs")
	want := "file://<DIR>/main.mjs:2\nthrow new Error('from esm');\n      ^\n\nError: from esm\n    at file://<DIR>/main.mjs:2:7"
	if code != 1 || !strings.HasPrefix(errs, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant prefix:\n%s", code, errs, want)
	}
}

func TestRequireAsyncModule(t *testing.T) {
	expect(t, map[string]string{
		"main.js": "try { require('./tla.mjs'); } catch (e) { console.log(e.code); }\nimport('./tla.mjs').then((ns) => console.log(ns.q));\n",
		"tla.mjs": "await 1;\nexport const q = 'q';\n",
	}, "main.js", "ERR_REQUIRE_ASYNC_MODULE\nq\n")
}

// evalHook exposes runEvalModule to a test program, as the bootstrap's runEval would call it.
var evalHook = &host.Module{ID: "gnode_test_eval_module", Source: `
module.exports = require('internal/modules/esm/loader').runEvalModule;`}

func TestEvalModule(t *testing.T) {
	dir := tree(t, map[string]string{
		"main.js": "require('gnode_test_eval_module')(\"const m = await Promise.resolve('tla');\\nconsole.log('module eval', m, typeof require, import.meta.url.endsWith('/[eval1]'), this);\", '[eval]');\n",
	})
	var out, errb bytes.Buffer
	file := filepath.Join(dir, "main.js")
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb, Script: file, Env: []string{"HOME=" + dir},
		Modules: append(runtime.DefaultModules(), evalHook)})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunMain(file); code != 0 || out.String() != "module eval tla undefined true undefined\n" {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out.String(), errb.String())
	}
}

func TestResolverTable(t *testing.T) {
	files := map[string]string{
		"main.mjs": `const specs = ['./a.mjs', '../r/a.mjs', 'file://' + import.meta.dirname + '/a.mjs', 'node:path', 'path',
  'plain', 'plain/sub/x.js', '@scope/pkg', 'condpkg', 'condpkg/feature', 'condpkg/deep/one', 'mainpkg', 'nomain', 'typemod'];
for (const s of specs) {
  try {
    const ns = await import(s);
    console.log(s, '->', ns.id !== undefined ? ns.id : typeof ns.default);
  } catch (e) {
    console.log(s, '!', e.code);
  }
}
`,
		"a.mjs":                                "export const id = 'a';\n",
		"node_modules/plain/index.js":          "exports.id = 'plain index';\n",
		"node_modules/plain/sub/x.js":          "exports.id = 'plain sub';\n",
		"node_modules/@scope/pkg/package.json": `{"main":"lib/m.js"}`,
		"node_modules/@scope/pkg/lib/m.js":     "exports.id = 'scoped main';\n",
		"node_modules/condpkg/package.json":    `{"exports":{".":{"require":"./c.cjs","import":"./i.mjs"},"./feature":"./f.mjs","./deep/*":"./d/*.mjs"}}`,
		"node_modules/condpkg/i.mjs":           "export const id = 'cond import';\n",
		"node_modules/condpkg/c.cjs":           "exports.id = 'cond require';\n",
		"node_modules/condpkg/f.mjs":           "export const id = 'feature';\n",
		"node_modules/condpkg/d/one.mjs":       "export const id = 'deep one';\n",
		"node_modules/mainpkg/package.json":    `{"main":"./entry"}`,
		"node_modules/mainpkg/entry.js":        "exports.id = 'legacy main + .js';\n",
		"node_modules/nomain/package.json":     `{}`,
		"node_modules/typemod/package.json":    `{"type":"module","main":"m.js"}`,
		"node_modules/typemod/m.js":            "export const id = 'type module main';\n",
	}
	dir := tree(t, files)
	// ../r/a.mjs resolves through the parent directory's name
	if err := os.Symlink(dir, filepath.Join(dir, "..", filepath.Base(dir)+"-r")); err == nil {
		defer os.Remove(filepath.Join(dir, "..", filepath.Base(dir)+"-r"))
	}
	files["main.mjs"] = strings.Replace(files["main.mjs"], "'../r/a.mjs'", "'../"+filepath.Base(dir)+"/a.mjs'", 1)
	if err := os.WriteFile(filepath.Join(dir, "main.mjs"), []byte(files["main.mjs"]), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, dir, "main.mjs")
	want := `./a.mjs -> a
../` + filepath.Base(dir) + `/a.mjs -> a
file://<DIR>/a.mjs -> a
node:path -> object
path -> object
plain -> plain index
plain/sub/x.js -> plain sub
@scope/pkg -> scoped main
condpkg -> cond import
condpkg/feature -> feature
condpkg/deep/one -> deep one
mainpkg -> legacy main + .js
nomain ! ERR_MODULE_NOT_FOUND
typemod -> type module main
`
	if out != want || code != 0 {
		t.Errorf("stdout:\n%s\nwant:\n%s\nexit %d, stderr:\n%s", out, want, code, errs)
	}
}

func TestTopLevelForAwait(t *testing.T) {
	dir := tree(t, map[string]string{"main.mjs": `async function* gen() { yield 'a'; yield 'b'; }
console.log('start');
for await (const x of gen()) {
  console.log('got', x);
}
const v = await Promise.resolve(5);
console.log('v', v);
throw new Error('after loop');
`})
	out, errs, code := run(t, dir, "main.mjs")
	if out != "start\ngot a\ngot b\nv 5\n" || code != 1 || !strings.Contains(errs, "file://<DIR>/main.mjs:8\nthrow new Error('after loop');\n      ^\n") ||
		!strings.Contains(errs, "at file://<DIR>/main.mjs:8:7") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out, errs)
	}
}

var checkHook = &host.Module{ID: "gnode_test_check_syntax", Source: `
module.exports = require('internal/modules/esm/loader').checkSyntax;`}

func TestCheckSyntax(t *testing.T) {
	dir := tree(t, map[string]string{
		"main.js": `const check = require('gnode_test_check_syntax');
for (const f of ['ok.mjs', 'bad.mjs', 'lowered.js', 'bad.js', 'ok.ts']) {
  try { check(__dirname + '/' + f); console.log(f, 'ok'); } catch (e) { console.log(f, e.name, e.message); }
}
`,
		"ok.mjs":     "import x from 'y';\nexport const a = await x;\n",
		"bad.mjs":    "export const x = ;\n",
		"lowered.js": "async function* g() {}\n",
		"bad.js":     "let = = 1;\n",
		"ok.ts":      "const n: number = 1;\n",
	})
	var out, errb bytes.Buffer
	file := filepath.Join(dir, "main.js")
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb, Script: file, Env: []string{"HOME=" + dir},
		Modules: append(runtime.DefaultModules(), checkHook)})
	if err != nil {
		t.Fatal(err)
	}
	want := "ok.mjs ok\nbad.mjs SyntaxError Unexpected token ';'\nlowered.js ok\nbad.js SyntaxError Unexpected token '='\nok.ts ok\n"
	if code := rt.RunMain(file); code != 0 || out.String() != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out.String(), errb.String())
	}
}

func TestBuiltinNamedExportsSnapshot(t *testing.T) {
	expect(t, map[string]string{"main.mjs": `import { join } from 'node:path';
import path from 'node:path';
import * as ns from 'node:path';
import module from 'node:module';
const orig = path.join;
path.join = () => 'patched';
console.log(join('a', 'b'), ns.join('a', 'b'), ns.default.join());
module.syncBuiltinESMExports();
console.log(join('a', 'b'), ns.join('a', 'b'));
path.join = orig;
`}, "main.mjs", "a/b a/b patched\npatched patched\n")
}

func TestPackageImportsAndExportsErrors(t *testing.T) {
	expect(t, map[string]string{
		"package.json":                   `{"type":"module","imports":{"#util":"./src/util.js","#cond":{"node":"./src/n.js","default":"./src/d.js"},"#dep":"dep"}}`,
		"src/util.js":                    "export const u = 'util';\n",
		"src/n.js":                       "export const c = 'node';\n",
		"node_modules/dep/package.json":  `{"exports":{".":"./i.js","./x":"./x.js"}}`,
		"node_modules/dep/i.js":          "exports.id = 'dep';\n",
		"node_modules/only/package.json": `{"exports":{"./x":"./x.js"}}`,
		"main.js": `import { u } from '#util';
import { c } from '#cond';
import { id } from '#dep';
console.log(u, c, id);
for (const s of ['#nope', 'dep/nope', 'only']) {
  try { await import(s); } catch (e) { console.log(e.code); }
}
`,
	}, "main.js", "util node dep\nERR_PACKAGE_IMPORT_NOT_DEFINED\nERR_PACKAGE_PATH_NOT_EXPORTED\nERR_PACKAGE_PATH_NOT_EXPORTED\n")
}

func TestRequirePackageExports(t *testing.T) {
	expect(t, map[string]string{
		"node_modules/condpkg/package.json": `{"exports":{".":{"require":"./c.cjs","import":"./i.mjs"},"./feature":"./f.js"}}`,
		"node_modules/condpkg/c.cjs":        "exports.id = 'cond require';\n",
		"node_modules/condpkg/i.mjs":        "export const id = 'cond import';\n",
		"node_modules/condpkg/f.js":         "exports.id = 'feature';\n",
		"main.js": `console.log(require('condpkg').id, require('condpkg/feature').id);
try { require('condpkg/nope'); } catch (e) { console.log(e.code); }
import('condpkg').then((ns) => console.log(ns.id));
`,
	}, "main.js", "cond require feature\nERR_PACKAGE_PATH_NOT_EXPORTED\ncond import\n")
}

// tsconfig.json "paths" and JSX settings: gnode's TypeScript support beyond Node's type
// stripping (Node itself ignores tsconfig.json), so the expectation is written here.
func TestTsconfigPathsAndJSX(t *testing.T) {
	expect(t, map[string]string{
		"tsconfig.json": `{
  // comments and trailing commas, as tsc allows
  "compilerOptions": {
    "baseUrl": ".",
    "paths": { "@lib/*": ["src/lib/*"], "config": ["src/config.ts"], },
    "jsx": "react", "jsxFactory": "h", "jsxFragmentFactory": "Frag",
  },
}`,
		"src/lib/math.ts":     "export const add = (a: number, b: number): number => a + b;\n",
		"src/config.ts":       "export default { name: 'cfg' };\n",
		"src/ui/view.tsx":     "const h = (tag: string, p: any, ...kids: any[]) => `<${tag}>${kids.join('')}</${tag}>`;\nconst Frag = 'frag';\nexport const html = <div><b>hi</b></div>;\n",
		"main.ts":             "import { add } from '@lib/math';\nimport cfg from 'config';\nimport { html } from './src/ui/view.tsx';\nimport cts from './sub/cjs.cts';\nconsole.log(add(1, 2), cfg.name, html, cts);\n",
		"sub/cjs.cts":         "const { add } = require('@lib/math');\nmodule.exports = 'cts ' + add(2, 2);\n",
		"node_modules/x/a.js": "module.exports = 1;\n",
	}, "main.ts", "3 cfg <div><b>hi</b></div> cts 4\n")
}

func TestStripJSONC(t *testing.T) {
	in := "{\n // c\n \"a\": \"x // not a comment\", /* b */ \"b\": [1, 2,],\n}"
	want := "{\n \n \"a\": \"x // not a comment\",  \"b\": [1, 2]\n}"
	if got := string(loader.StripJSONCForTest([]byte(in))); got != want {
		t.Errorf("stripJSONC:\n%q\nwant\n%q", got, want)
	}
}

// tsconfig.json "extends": a relative file (".json" implied), an array (TypeScript 5; later
// entries win), a package in node_modules, and paths relative to the configuration that set
// them when there is no baseUrl.
func TestTsconfigExtends(t *testing.T) {
	expect(t, map[string]string{
		"configs/base":     `{"compilerOptions": {"paths": {"@lib/*": ["../src/lib/*"]}, "jsx": "react", "jsxFactory": "nope"}}`,
		"configs/jsx.json": `{"compilerOptions": {"jsxFactory": "h"}}`,
		"node_modules/@org/tsconfig/package.json": `{"name": "@org/tsconfig", "tsconfig": "strict.json"}`,
		"node_modules/@org/tsconfig/strict.json":  `{"compilerOptions": {"jsxFragmentFactory": "Frag"}}`,
		"node_modules/tscfg-plain/tsconfig.json":  `{"compilerOptions": {"paths": {"never": ["x"]}}}`,
		"tsconfig.json":                           `{"extends": ["./configs/base", "./configs/jsx.json", "@org/tsconfig"]}`,
		"src/lib/math.ts":                         "export const add = (a: number, b: number): number => a + b;\n",
		"src/view.tsx":                            "const h = (tag: string, p: any, ...kids: any[]) => `<${tag}>${kids.join('')}</${tag}>`;\nconst Frag = 'frag';\nexport const html = <p>{add(1, 1)}</p>;\nimport { add } from '@lib/math';\n",
		"main.ts":                                 "import { add } from '@lib/math';\nimport { html } from './src/view.tsx';\nconsole.log(add(1, 2), html);\n",
	}, "main.ts", "3 <p>2</p>\n")
	expect(t, map[string]string{
		"base.json":     `{"compilerOptions": {"baseUrl": "lib"}}`,
		"tsconfig.json": `{"extends": "./base.json", "compilerOptions": {"paths": {"m": ["math.ts"]}}}`,
		"lib/math.ts":   "export const two = 2;\n",
		"main.ts":       "import { two } from 'm';\nconsole.log(two);\n",
	}, "main.ts", "2\n")
}
