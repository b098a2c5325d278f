package language

import (
	"encoding/json"
	"github.com/dop251/goja"
	"testing"
	"unicode/utf8"
)

// The expectations are V8's messages as Node v24.21.0 prints them.
func TestV8JSONError(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":1}`:                              "",
		"":                                     "Unexpected end of JSON input",
		"{":                                    "Expected property name or '}' in JSON at position 1 (line 1 column 2)",
		`{"a":1,}`:                             "Expected double-quoted property name in JSON at position 7 (line 1 column 8)",
		`{"a" 1}`:                              "Expected ':' after property name in JSON at position 5 (line 1 column 6)",
		`{"a":1 "b":2}`:                        "Expected ',' or '}' after property value in JSON at position 7 (line 1 column 8)",
		"[1,]":                                 `Unexpected token ']', "[1,]" is not valid JSON`,
		"[1 2]":                                "Expected ',' or ']' after array element in JSON at position 3 (line 1 column 4)",
		`"abc`:                                 "Unterminated string in JSON at position 4 (line 1 column 5)",
		"\"a\nb\"":                             "Bad control character in string literal in JSON at position 2 (line 1 column 3)",
		`"\x"`:                                 "Bad escaped character in JSON at position 2 (line 1 column 3)",
		`"\u12"`:                               "Bad Unicode escape in JSON at position 5 (line 1 column 6)",
		"1 2":                                  "Unexpected non-whitespace character after JSON at position 2 (line 1 column 3)",
		"tru":                                  "Unexpected end of JSON input",
		"trux":                                 `Unexpected token 'x', "trux" is not valid JSON`,
		"-":                                    "No number after minus sign in JSON at position 1 (line 1 column 2)",
		"1.":                                   "Unterminated fractional number in JSON at position 2 (line 1 column 3)",
		"1e+":                                  "Exponent part is missing a number in JSON at position 3 (line 1 column 4)",
		"01":                                   "Unexpected number in JSON at position 1 (line 1 column 2)",
		"undefined":                            `"undefined" is not valid JSON`,
		"[object Object]":                      `"[object Object]" is not valid JSON`,
		"abcdefghijklmnopqrstuvwxyz0123456789": `Unexpected token 'a', "abcdefghij"... is not valid JSON`,
		`{"key": "value", "other": }`:          `Unexpected token '}', ..." "other": }" is not valid JSON`,
		"\n\n{\n  \"a\": 1,\n}":                "Expected double-quoted property name in JSON at position 14 (line 5 column 1)",
		`{"é":x}`:                              `Unexpected token 'x', "{"é":x}" is not valid JSON`,
		"[1,2":                                 "Expected ',' or ']' after array element in JSON at position 4 (line 1 column 5)",
	} {
		if got := v8JSONError(in); got != want {
			t.Errorf("v8JSONError(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzV8JSONError: the scanner never panics and agrees with encoding/json on what is valid.
func FuzzV8JSONError(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5e-3,true,null,"x\u00e9"]}`, "[1,]", `"\ud800"`, "-0", "{,}", " "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		msg := v8JSONError(s)
		if !utf8.ValidString(s) {
			return
		}
		switch s {
		case "undefined", "NaN", "Infinity", "[object Object]":
			return
		}
		if valid := json.Valid([]byte(s)); valid != (msg == "") {
			t.Errorf("%q: encoding/json valid=%v, V8 message %q", s, valid, msg)
		}
	})
}

// FuzzJSONFast: the fast parser accepts only valid JSON, and builds what the engine's own
// JSON.parse builds (compared through the engine's JSON.stringify).
func FuzzJSONFast(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5e-3,true,null,"x\u00e9\n"],"__proto__":{"b":-0}}`, "[1,]", `"\ud800"`,
		"-0", "{,}", " ", `{"a":1,"a":2,"b":{}}`, "123456789012345678", "1e400", `"\u00e9\/"`, "[[[]]]", `{"1":1,"0":0}`} {
		f.Add(s)
	}
	vm := goja.New()
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	proto := vm.NewObject().Prototype()
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := parseJSONFast(vm, proto, s)
		if !ok {
			return
		}
		if !json.Valid([]byte(s)) {
			t.Fatalf("%q: accepted invalid JSON", s)
		}
		want, err := parse(goja.Undefined(), vm.ToValue(s))
		if err != nil {
			return // beyond what the engine's decoder takes (1e400); the slow path's concern
		}
		a, _ := stringify(goja.Undefined(), v)
		b, _ := stringify(goja.Undefined(), want)
		if a.String() != b.String() {
			t.Fatalf("%q: fast %s, engine %s", s, a, b)
		}
	})
}

func BenchmarkJSONParse(b *testing.B) {
	vm := goja.New()
	installJSONParse(vm)
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	s := vm.ToValue(`{"id":1234,"name":"gnode","tags":["a","b","c"],"nested":{"x":1.5,"y":[1,2,3]}}`)
	for i := 0; i < b.N; i++ {
		if _, err := parse(goja.Undefined(), s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONStringify(b *testing.B) {
	vm := goja.New()
	installJSONStringify(vm)
	v, err := vm.RunString(`({id: 1234, name: 'gnode', tags: ['a', 'b', 'c'], nested: {x: 1.5, y: [1, 2, 3]}, echo: true})`)
	if err != nil {
		b.Fatal(err)
	}
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	for i := 0; i < b.N; i++ {
		if _, err := stringify(goja.Undefined(), v); err != nil {
			b.Fatal(err)
		}
	}
}
