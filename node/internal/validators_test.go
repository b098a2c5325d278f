package internal

import (
	"encoding/json"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr/nodeerrtest"
)

// internal/validators under goja against the reference node's recording
// (internal/validate/testdata/validators.json).
func TestValidatorsJS(t *testing.T) {
	recs, err := nodeerrtest.ValidatorRecords()
	if err != nil {
		t.Fatal(err)
	}
	vm, require := bareRuntime(t)
	validators := require("internal/validators")
	cases, err := nodeerrtest.ValidatorCases(vm)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(recs) {
		t.Fatalf("%d cases, %d records", len(cases), len(recs))
	}
	for i, c := range cases {
		fn, ok := goja.AssertFunction(validators.Get(c.Fn))
		if !ok {
			t.Errorf("no validator %s", c.Fn)
			continue
		}
		got := nodeerrtest.Outcome(vm, c.Fn, func() goja.Value {
			r, err := fn(goja.Undefined(), c.Args...)
			if err != nil {
				panic(err)
			}
			return r
		})
		w, _ := json.Marshal(recs[i])
		g, _ := json.Marshal(got)
		if string(w) != string(g) {
			t.Errorf("case %d %s:\nwant %s\ngot  %s", i, c.Fn, w, g)
		}
	}
}
