// Package nodeerrtest replays the recorded message cases of internal/nodeerr/testdata (cases.js,
// codes.json recorded from the reference node) against an error constructor, so that the Go
// side (nodeerr.New) and the JS side (internal/errors) are checked against the same data.
package nodeerrtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"

	"github.com/dop251/goja"
)

// Dir is the testdata directory.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata")
}

// Record is one recorded case.
type Record struct {
	Code    string            `json:"code"`
	Class   string            `json:"class,omitempty"`
	Threw   *Threw            `json:"threw,omitempty"`
	Name    string            `json:"name,omitempty"`
	Message string            `json:"message,omitempty"`
	String  string            `json:"string,omitempty"`
	Stack0  string            `json:"stack0,omitempty"`
	Keys    []string          `json:"keys,omitempty"`
	Props   map[string]string `json:"props,omitempty"`
	OwnKeys []string          `json:"ownKeys,omitempty"`
}

// Threw is a case whose construction threw (a wrong argument count).
type Threw struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Case is a case evaluated in a VM.
type Case struct {
	Code, Class string
	Args        []goja.Value
}

// Records reads codes.json.
func Records() ([]Record, error) {
	data, err := os.ReadFile(filepath.Join(Dir(), "codes.json"))
	if err != nil {
		return nil, err
	}
	var recs []Record
	err = json.Unmarshal(data, &recs)
	return recs, err
}

func module(vm *goja.Runtime, name string) (*goja.Object, error) {
	src, err := os.ReadFile(filepath.Join(Dir(), name))
	if err != nil {
		return nil, err
	}
	v, err := vm.RunScript(name, "(function () { const module = { exports: {} }; "+string(src)+"\nreturn module.exports; })()")
	if err != nil {
		return nil, err
	}
	return v.(*goja.Object), nil
}

// Cases evaluates cases.js in vm.
func Cases(vm *goja.Runtime) ([]Case, error) {
	exp, err := module(vm, "cases.js")
	if err != nil {
		return nil, err
	}
	n := int(exp.Get("length").ToInteger())
	out := make([]Case, n)
	for i := range n {
		row := exp.Get(itoa(i)).(*goja.Object)
		c := Case{Code: row.Get("0").String()}
		fn := row.Get("1")
		if row.Get("length").ToInteger() == 3 {
			c.Class = row.Get("1").String()
			fn = row.Get("2")
		}
		call, _ := goja.AssertFunction(fn)
		argsV, err := call(goja.Undefined())
		if err != nil {
			return nil, err
		}
		args := argsV.(*goja.Object)
		m := int(args.Get("length").ToInteger())
		for j := range m {
			c.Args = append(c.Args, args.Get(itoa(j)))
		}
		out[i] = c
	}
	return out, nil
}

func itoa(i int) string { return strconv.Itoa(i) }

// Describe records e as describe.js does.
func Describe(vm *goja.Runtime, code, class string, e goja.Value) (Record, error) {
	exp, err := module(vm, "describe.js")
	if err != nil {
		return Record{}, err
	}
	fn, _ := goja.AssertFunction(exp.Get("describe"))
	rec := vm.NewObject()
	_ = rec.Set("code", code)
	if class != "" {
		_ = rec.Set("class", class)
	}
	r, err := fn(goja.Undefined(), rec, e)
	if err != nil {
		return Record{}, err
	}
	data, err := json.Marshal(r.Export())
	if err != nil {
		return Record{}, err
	}
	var out Record
	err = json.Unmarshal(data, &out)
	return out, err
}

// Diff compares a replayed record with the recorded one; it returns what differs.
func Diff(want, got Record) []string {
	var d []string
	cmp := func(what string, w, g any) {
		if !reflect.DeepEqual(w, g) {
			b1, _ := json.Marshal(w)
			b2, _ := json.Marshal(g)
			d = append(d, what+":\n\twant "+string(b1)+"\n\tgot  "+string(b2))
		}
	}
	if want.Threw != nil || got.Threw != nil {
		cmp("threw", want.Threw, got.Threw)
		return d
	}
	cmp("name", want.Name, got.Name)
	cmp("message", want.Message, got.Message)
	cmp("toString", want.String, got.String)
	cmp("stack[0]", want.Stack0, got.Stack0)
	cmp("keys", want.Keys, got.Keys)
	cmp("props", want.Props, got.Props)
	cmp("own keys", want.OwnKeys, got.OwnKeys)
	return d
}
