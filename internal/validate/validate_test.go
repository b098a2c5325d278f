package validate_test

import (
	"encoding/json"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr/nodeerrtest"
	"github.com/gnode-dev/gnode/internal/validate"
)

// goValidators calls the Go twin of each JS validator with the JS arguments, applying the JS
// defaults, and returns what the JS function returns.
func goValidators(vm *goja.Runtime) map[string]func(a []goja.Value) goja.Value {
	arg := func(a []goja.Value, i int) goja.Value {
		if i < len(a) {
			return a[i]
		}
		return goja.Undefined()
	}
	has := func(a []goja.Value, i int) bool { return i < len(a) && !goja.IsUndefined(a[i]) }
	str := func(a []goja.Value, i int, def string) string {
		if has(a, i) {
			return a[i].String()
		}
		return def
	}
	num := func(a []goja.Value, i int) float64 {
		if has(a, i) && !goja.IsNull(a[i]) {
			return a[i].ToFloat()
		}
		return validate.Unbounded
	}
	undef := goja.Undefined()
	bounds := func(a []goja.Value) []float64 {
		var b []float64
		if has(a, 2) {
			b = append(b, a[2].ToFloat())
			if has(a, 3) {
				b = append(b, a[3].ToFloat())
			}
		}
		return b
	}
	list := func(v goja.Value) []any {
		o := v.(*goja.Object)
		var out []any
		for i := range int(o.Get("length").ToInteger()) {
			out = append(out, o.Get(itoaV(vm, i)))
		}
		return out
	}
	return map[string]func(a []goja.Value) goja.Value{
		"validateString": func(a []goja.Value) goja.Value { validate.ValidateString(vm, arg(a, 0), str(a, 1, "")); return undef },
		"validateStringWithoutNullBytes": func(a []goja.Value) goja.Value {
			validate.ValidateStringWithoutNullBytes(vm, arg(a, 0), str(a, 1, ""))
			return undef
		},
		"validateNumber": func(a []goja.Value) goja.Value {
			validate.ValidateNumber(vm, arg(a, 0), str(a, 1, ""), num(a, 2), num(a, 3))
			return undef
		},
		"validateInteger": func(a []goja.Value) goja.Value {
			validate.ValidateInteger(vm, arg(a, 0), str(a, 1, ""), bounds(a)...)
			return undef
		},
		"validateInt32": func(a []goja.Value) goja.Value {
			var b []int64
			for _, f := range bounds(a) {
				b = append(b, int64(f))
			}
			validate.ValidateInt32(vm, arg(a, 0), str(a, 1, ""), b...)
			return undef
		},
		"validateUint32": func(a []goja.Value) goja.Value {
			validate.ValidateUint32(vm, arg(a, 0), str(a, 1, ""), has(a, 2) && a[2].ToBoolean())
			return undef
		},
		"validateBoolean": func(a []goja.Value) goja.Value { validate.ValidateBoolean(vm, arg(a, 0), str(a, 1, "")); return undef },
		"validateObject": func(a []goja.Value) goja.Value {
			flags := 0
			if has(a, 2) {
				flags = int(a[2].ToInteger())
			}
			validate.ValidateObject(vm, arg(a, 0), str(a, 1, ""), flags)
			return undef
		},
		"validateDictionary": func(a []goja.Value) goja.Value {
			validate.ValidateDictionary(vm, arg(a, 0), str(a, 1, ""))
			return undef
		},
		"validateArray": func(a []goja.Value) goja.Value {
			min := 0
			if has(a, 2) {
				min = int(a[2].ToInteger())
			}
			validate.ValidateArray(vm, arg(a, 0), str(a, 1, ""), min)
			return undef
		},
		"validateStringArray": func(a []goja.Value) goja.Value {
			validate.ValidateStringArray(vm, arg(a, 0), str(a, 1, ""))
			return undef
		},
		"validateBooleanArray": func(a []goja.Value) goja.Value {
			validate.ValidateBooleanArray(vm, arg(a, 0), str(a, 1, ""))
			return undef
		},
		"validateFunction": func(a []goja.Value) goja.Value { validate.ValidateFunction(vm, arg(a, 0), str(a, 1, "")); return undef },
		"validateUndefined": func(a []goja.Value) goja.Value {
			validate.ValidateUndefined(vm, arg(a, 0), str(a, 1, ""))
			return undef
		},
		"validateOneOf": func(a []goja.Value) goja.Value {
			validate.ValidateOneOf(vm, arg(a, 0), str(a, 1, ""), list(arg(a, 2))...)
			return undef
		},
		"validateUnion": func(a []goja.Value) goja.Value {
			var u []string
			for _, x := range list(arg(a, 2)) {
				u = append(u, x.(goja.Value).String())
			}
			validate.ValidateUnion(vm, arg(a, 0), str(a, 1, ""), u...)
			return undef
		},
		"validateAbortSignal": func(a []goja.Value) goja.Value {
			validate.ValidateAbortSignal(vm, arg(a, 0), str(a, 1, ""))
			return undef
		},
		"validatePort": func(a []goja.Value) goja.Value {
			allowZero := true
			if has(a, 2) {
				allowZero = a[2].ToBoolean()
			}
			return vm.ToValue(validate.ValidatePort(vm, arg(a, 0), str(a, 1, "Port"), allowZero))
		},
		"validateBuffer": func(a []goja.Value) goja.Value {
			validate.ValidateBuffer(vm, arg(a, 0), str(a, 1, "buffer"))
			return undef
		},
		"validateEncoding": func(a []goja.Value) goja.Value { validate.ValidateEncoding(vm, arg(a, 0), arg(a, 1)); return undef },
		"parseFileMode": func(a []goja.Value) goja.Value {
			var def []uint32
			if has(a, 2) {
				def = append(def, uint32(a[2].ToInteger()))
			}
			return vm.ToValue(validate.ParseFileMode(vm, arg(a, 0), str(a, 1, ""), def...))
		},
		"validateSignalName": func(a []goja.Value) goja.Value {
			validate.ValidateSignalName(vm, arg(a, 0), str(a, 1, "signal"))
			return undef
		},
		"validateFiniteNumber": func(a []goja.Value) goja.Value {
			return vm.ToValue(validate.ValidateFiniteNumber(vm, arg(a, 0), str(a, 1, "")))
		},
		"checkRangesOrGetDefault": func(a []goja.Value) goja.Value {
			return vm.ToValue(validate.CheckRangesOrGetDefault(vm, arg(a, 0), str(a, 1, ""), a[2].ToFloat(), a[3].ToFloat(), a[4].ToFloat()))
		},
		"validateThisInternalField": func(a []goja.Value) goja.Value {
			validate.ValidateThisInternalField(vm, arg(a, 0), str(a, 1, ""), str(a, 2, ""))
			return undef
		},
	}
}

func itoaV(vm *goja.Runtime, i int) string { return vm.ToValue(i).String() }

// The Go validators against the reference node's internal/validators
// (testdata/validators.json; cases and recording command in testdata/).
func TestValidatorsGo(t *testing.T) {
	recs, err := nodeerrtest.ValidatorRecords()
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	cases, err := nodeerrtest.ValidatorCases(vm)
	if err != nil {
		t.Fatal(err)
	}
	fns := goValidators(vm)
	tested := map[string]bool{}
	for i, c := range cases {
		f := fns[c.Fn]
		if f == nil {
			continue // JS-only validator
		}
		tested[c.Fn] = true
		got := nodeerrtest.Outcome(vm, c.Fn, func() goja.Value { return f(c.Args) })
		w, _ := json.Marshal(recs[i])
		g, _ := json.Marshal(got)
		if string(w) != string(g) {
			t.Errorf("case %d %s:\nwant %s\ngot  %s", i, c.Fn, w, g)
		}
	}
	for name := range fns {
		if !tested[name] {
			t.Errorf("%s has no case", name)
		}
	}
}

func TestIsInt32(t *testing.T) {
	vm := goja.New()
	for _, c := range []struct {
		v         any
		i32, ui32 bool
	}{{0, true, true}, {-1, true, false}, {2147483648.0, false, true}, {4294967296.0, false, false}, {1.5, false, false}, {"1", false, false}} {
		if validate.IsInt32(vm.ToValue(c.v)) != c.i32 || validate.IsUint32(vm.ToValue(c.v)) != c.ui32 {
			t.Errorf("%v", c.v)
		}
	}
}

func TestNormalizeEncoding(t *testing.T) {
	vm := goja.New()
	for in, want := range map[string]string{"utf8": "utf8", "UTF-8": "utf8", "Ucs2": "utf16le", "UTF-16LE": "utf16le", "binary": "latin1", "Base64URL": "base64url", "hex": "hex", "nope": ""} {
		if got := validate.NormalizeEncoding(vm.ToValue(in)); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
	if validate.NormalizeEncoding(goja.Undefined()) != "utf8" {
		t.Error("undefined")
	}
}
