package nodeerr_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/internal/nodeerr/nodeerrtest"
)

func TestTableSorted(t *testing.T) {
	seen := map[string]bool{}
	for i, s := range nodeerr.Codes {
		if seen[s.Code] {
			t.Errorf("%s twice", s.Code)
		}
		seen[s.Code] = true
		if i > 0 && nodeerr.Codes[i-1].Code >= s.Code {
			t.Errorf("%s out of order after %s", s.Code, nodeerr.Codes[i-1].Code)
		}
		if (s.Format == "") == (s.Func == nil) && !(s.Format == "" && s.Func == nil && false) {
			if s.Func == nil {
				t.Errorf("%s has neither a template nor a function", s.Code)
			}
		}
	}
	if len(nodeerr.Codes) < 303 {
		t.Errorf("table has %d codes; Node v24 has 303", len(nodeerr.Codes))
	}
}

// Every code of the table has at least one recorded case.
func TestEveryCodeHasACase(t *testing.T) {
	recs, err := nodeerrtest.Records()
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, r := range recs {
		covered[r.Code] = true
	}
	var missing []string
	for _, s := range nodeerr.Codes {
		if !covered[s.Code] {
			missing = append(missing, s.Code)
		}
	}
	if len(missing) > 0 {
		t.Errorf("codes without a case in testdata/cases.js: %s", strings.Join(missing, ", "))
	}
}

// The Go side: nodeerr.New for every case, compared with the reference node's recording.
func TestMessagesGo(t *testing.T) {
	recs, err := nodeerrtest.Records()
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	cases, err := nodeerrtest.Cases(vm)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != len(recs) {
		t.Fatalf("%d cases, %d records: re-record codes.json (see testdata/record.js)", len(cases), len(recs))
	}
	for i, c := range cases {
		args := make([]any, len(c.Args))
		for j, a := range c.Args {
			args[j] = a
		}
		e := nodeerr.NewClass(vm, nodeerr.Class(c.Class), c.Code, args...)
		var got nodeerrtest.Record
		if code := e.Get("code").String(); code == "ERR_INTERNAL_ASSERTION" && strings.HasPrefix(e.Get("message").String(), "Code: "+c.Code+"; ") {
			got = nodeerrtest.Record{Code: c.Code, Class: c.Class, Threw: &nodeerrtest.Threw{Code: code, Message: e.Get("message").String()}}
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

// The generated JS table is up to date with codes.go.
func TestTableJSUpToDate(t *testing.T) {
	path := filepath.Join("..", "..", "node", "internal", "js", "errors_table.js")
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, nodeerr.TableJS()) {
		t.Errorf("%s is stale: run go generate ./internal/nodeerr", path)
	}
}

func TestArgCount(t *testing.T) {
	for tmpl, n := range map[string]int{"": 0, "%s": 1, "%s and %d": 2, "100%": 0, "%j %o %O %i %f": 5} {
		if got := nodeerr.ArgCount(tmpl); got != n {
			t.Errorf("ArgCount(%q) = %d, want %d", tmpl, got, n)
		}
	}
}

func TestSortedCodes(t *testing.T) {
	if !sort.StringsAreSorted(nodeerr.SortedCodes()) {
		t.Error("not sorted")
	}
}
