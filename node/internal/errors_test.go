package internal

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr/nodeerrtest"
)

// The JS side: `new codes[code](...args)` from internal/errors for every recorded case,
// compared with the reference node's recording (internal/nodeerr/testdata/codes.json).
func TestMessagesJS(t *testing.T) {
	recs, err := nodeerrtest.Records()
	if err != nil {
		t.Fatal(err)
	}
	vm, require := bareRuntime(t)
	codes := require("internal/errors").Get("codes").(*goja.Object)
	cases, err := nodeerrtest.Cases(vm)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(recs) {
		t.Fatalf("%d cases, %d records", len(cases), len(recs))
	}
	for i, c := range cases {
		ctor := codes.Get(c.Code).(*goja.Object)
		if c.Class != "" {
			ctor = ctor.Get(c.Class).(*goja.Object)
		}
		var got nodeerrtest.Record
		e, err := vm.New(ctor, c.Args...)
		if err != nil {
			ex, ok := err.(*goja.Exception)
			if !ok {
				t.Fatal(err)
			}
			eo := ex.Value().(*goja.Object)
			got = nodeerrtest.Record{Code: c.Code, Class: c.Class, Threw: &nodeerrtest.Threw{Code: eo.Get("code").String(), Message: eo.Get("message").String()}}
		} else {
			got, err = nodeerrtest.Describe(vm, c.Code, c.Class, e)
			if err != nil {
				t.Fatal(err)
			}
		}
		if d := nodeerrtest.Diff(recs[i], got); len(d) > 0 {
			t.Errorf("case %d %s %s:\n%s", i, c.Code, c.Class, strings.Join(d, "\n"))
		}
	}
}

// Go-made errors use the JS classes once internal/errors is loaded.
func TestGoErrorsUseJSClasses(t *testing.T) {
	vm, require := bareRuntime(t)
	require("internal/errors")
	_ = vm.Set("goErr", func(call goja.FunctionCall) goja.Value {
		return nodeerrNew(vm, "ERR_INVALID_ARG_TYPE", "delay", "number", call.Argument(0))
	})
	v, err := vm.RunString(`
		const { codes, kIsNodeError } = require('internal/errors');
		const e = goErr('x');
		[e instanceof codes.ERR_INVALID_ARG_TYPE, kIsNodeError in e, e.message].join('|')`)
	if err != nil {
		t.Fatal(err)
	}
	want := `true|true|The "delay" argument must be of type number. Received type string ('x')`
	if v.String() != want {
		t.Errorf("got %s\nwant %s", v, want)
	}
}
