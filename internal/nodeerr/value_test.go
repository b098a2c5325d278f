package nodeerr_test

import (
	"math"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
)

func TestThrowFromNative(t *testing.T) {
	vm := goja.New()
	_ = vm.Set("f", func(call goja.FunctionCall) goja.Value {
		nodeerr.Throw(vm, "ERR_INVALID_ARG_TYPE", "delay", "number", call.Argument(0))
		return nil
	})
	v, err := vm.RunString(`try { f('x') } catch (e) {
		[e instanceof TypeError, e.code, String(e), e.stack.split('\n')[0], Object.keys(e).join(), e.name, e.constructor === TypeError].join('|') }`)
	if err != nil {
		t.Fatal(err)
	}
	msg := `The "delay" argument must be of type number. Received type string ('x')`
	want := "true|ERR_INVALID_ARG_TYPE|TypeError [ERR_INVALID_ARG_TYPE]: " + msg + "|TypeError [ERR_INVALID_ARG_TYPE]: " + msg + "|code|TypeError|true"
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
}

func TestGoArgs(t *testing.T) {
	vm := goja.New()
	e := nodeerr.New(vm, "ERR_INVALID_ARG_TYPE", "buf", []string{"Buffer", "TypedArray"}, 5)
	if got := e.Get("message").String(); got != `The "buf" argument must be an instance of Buffer or TypedArray. Received type number (5)` {
		t.Error(got)
	}
	e = nodeerr.New(vm, "ERR_OUT_OF_RANGE", "n", ">= 0 && <= 2147483647", int64(2147483648))
	if got := e.Get("message").String(); got != `The value of "n" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648` {
		t.Error(got)
	}
	e = nodeerr.New(vm, "ERR_OUT_OF_RANGE", "n", ">= 0", float64(1<<40))
	if got := e.Get("message").String(); got != `The value of "n" is out of range. It must be >= 0. Received 1_099_511_627_776` {
		t.Error(got)
	}
	e = nodeerr.NewClass(vm, nodeerr.RangeError, "ERR_INVALID_ARG_VALUE", "size", -1, "must be positive")
	if got := e.Get("message").String() + "|" + e.Get("name").String(); got != `The argument 'size' must be positive. Received -1|RangeError` {
		t.Error(got)
	}
	// A wrong argument count is Node's internal assertion.
	e = nodeerr.New(vm, "ERR_UNKNOWN_SIGNAL")
	if e.Get("code").String() != "ERR_INTERNAL_ASSERTION" {
		t.Error(e.Get("code"))
	}
}

func TestNumberToString(t *testing.T) {
	for f, want := range map[float64]string{
		0: "0", 1: "1", -1.5: "-1.5", 1e21: "1e+21", 1e20: "100000000000000000000", 1.5e-7: "1.5e-7",
		0.000001: "0.000001", 123456789012: "123456789012", math.Inf(1): "Infinity", math.Inf(-1): "-Infinity",
		math.MaxFloat64: "1.7976931348623157e+308", 5e-324: "5e-324", 0.1: "0.1",
	} {
		if got := nodeerr.NumberToString(f); got != want {
			t.Errorf("%v: %s, want %s", f, got, want)
		}
	}
	if nodeerr.NumberToString(math.NaN()) != "NaN" {
		t.Error("NaN")
	}
}

func TestFormat(t *testing.T) {
	vm := goja.New()
	v := func(src string) goja.Value {
		r, err := vm.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, c := range []struct {
		tmpl string
		args string
		want string
	}{
		{"%s|%s|%s", "[1, -0, 5n]", "1|-0|5n"},
		{"%d|%i|%f", "[42.5, 42.5, '1.5']", "42.5|42|1.5"},
		{"%j", "[{a: [1]}]", `{"a":[1]}`},
		{"%j", "[(() => { const o = {}; o.o = o; return o; })()]", "[Circular]"},
		{"%s", "[{ toString() { return 'T'; } }]", "T"},
		{"%s", "[Symbol('q')]", "Symbol(q)"},
		{"100%% %s", "['x']", "100% x"},
		{"%O", "[{a: 'b'}]", "{ a: 'b' }"},
		{"%s", "[null]", "null"},
		{"%s", "[undefined]", "undefined"},
	} {
		arr := v(c.args).(*goja.Object)
		var args []goja.Value
		for i := range int(arr.Get("length").ToInteger()) {
			args = append(args, arr.Get(vm.ToValue(i).String()))
		}
		if got := nodeerr.Format(vm, nil, c.tmpl, args); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.tmpl, c.args, got, c.want)
		}
	}
}

func TestFallbackInspect(t *testing.T) {
	vm := goja.New()
	for src, want := range map[string]string{
		`'it\'s'`: `"it's"`,
		`'a\nb'`:  `'a\nb'`,
		`({a: 1, 'b-c': [1, 'x'], d: {e: {f: {}}}})`:          `{ a: 1, 'b-c': [ 1, 'x' ], d: { e: { f: {} } } }`,
		`({a: {b: {c: {d: 1}}}})`:                             `{ a: { b: { c: [Object] } } }`,
		`Object.create(null)`:                                 `[Object: null prototype] {}`,
		`new (class Foo { constructor() { this.x = 1; } })()`: `Foo { x: 1 }`,
		`(function named() {})`:                               `[Function: named]`,
		`(() => {})`:                                          `[Function (anonymous)]`,
		`(class K {})`:                                        `[class K]`,
		`[]`:                                                  `[]`,
		`-0`:                                                  `-0`,
		`10n`:                                                 `10n`,
		`Symbol('s')`:                                         `Symbol(s)`,
		`/re/g`:                                               `/re/g`,
	} {
		r, err := vm.RunString("(" + src + ")")
		if err != nil {
			t.Fatal(src, err)
		}
		if got := nodeerr.FallbackInspect(vm, r, nodeerr.DefaultInspect); got != want {
			t.Errorf("%s: %s, want %s", src, got, want)
		}
	}
}
