package nodeerrtest

import (
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// ValidatorDir is internal/validate/testdata.
func ValidatorDir() string {
	return filepath.Join(Dir(), "..", "..", "validate", "testdata")
}

// VRecord is one recorded validator call.
type VRecord struct {
	Fn       string  `json:"fn"`
	Returned *string `json:"returned,omitempty"`
	Threw    *VThrew `json:"threw,omitempty"`
}

// VThrew is the error a validator threw.
type VThrew struct {
	Name    string `json:"name"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// VCase is a validator case evaluated in a VM.
type VCase struct {
	Fn   string
	Args []goja.Value
}

// ValidatorRecords reads validators.json.
func ValidatorRecords() ([]VRecord, error) {
	data, err := os.ReadFile(filepath.Join(ValidatorDir(), "validators.json"))
	if err != nil {
		return nil, err
	}
	var recs []VRecord
	err = json.Unmarshal(data, &recs)
	return recs, err
}

// ValidatorCases evaluates the validator cases.js in vm.
func ValidatorCases(vm *goja.Runtime) ([]VCase, error) {
	src, err := os.ReadFile(filepath.Join(ValidatorDir(), "cases.js"))
	if err != nil {
		return nil, err
	}
	v, err := vm.RunScript("validator-cases.js", "(function () { const module = { exports: {} }; "+string(src)+"\nreturn module.exports; })()")
	if err != nil {
		return nil, err
	}
	exp := v.(*goja.Object)
	n := int(exp.Get("length").ToInteger())
	out := make([]VCase, n)
	for i := range n {
		row := exp.Get(itoa(i)).(*goja.Object)
		call, _ := goja.AssertFunction(row.Get("1"))
		argsV, err := call(goja.Undefined())
		if err != nil {
			return nil, err
		}
		args := argsV.(*goja.Object)
		c := VCase{Fn: row.Get("0").String()}
		for j := range int(args.Get("length").ToInteger()) {
			c.Args = append(c.Args, args.Get(itoa(j)))
		}
		out[i] = c
	}
	return out, nil
}

// Show is record.js's show: "undefined" or "<typeof>:<String(v)>".
func Show(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	return nodeerr.TypeOf(v) + ":" + v.String()
}

// Outcome runs f and describes its result or the error it threw, as record.js does.
func Outcome(vm *goja.Runtime, fn string, f func() goja.Value) (rec VRecord) {
	rec.Fn = fn
	defer func() {
		if r := recover(); r != nil {
			var ev goja.Value
			switch x := r.(type) {
			case *goja.Object:
				ev = x
			case *goja.Exception:
				ev = x.Value()
			default:
				panic(r)
			}
			o := ev.(*goja.Object)
			rec.Threw = &VThrew{Name: o.Get("name").String(), Code: o.Get("code").String(), Message: o.Get("message").String()}
			rec.Returned = nil
		}
	}()
	s := Show(f())
	rec.Returned = &s
	return rec
}
