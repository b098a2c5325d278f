package runtime

import (
	"strings"
	"testing"

	"github.com/dop251/goja/parser"
)

func TestCheckUnicodeLiterals(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"if (false) { /\\p{Foo}/u; }", "Invalid regular expression: /\\p{Foo}/u: Invalid property name"},
		{"x = a / b / u;\ny = /[a-z]/giu.test(s)", ""},
		{"const s = `${/\\q/u}`", "Invalid regular expression: /\\q/u: Invalid escape"},
		{"f(/{/)", ""},
		{"f(/ok/u, /\\-/u)", "Invalid regular expression: /\\-/u: Invalid escape"},
	} {
		prog, err := parser.ParseFile(nil, "x.js", c.src, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		got := ""
		if err := checkUnicodeLiterals(c.src, prog); err != nil {
			got = err.(*parser.Error).Message
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
	if !mayHaveUnicodeLiteral("/x/u") || mayHaveUnicodeLiteral("'/usr/lib'") || !mayHaveUnicodeLiteral("a=/x/gu;") {
		t.Error("mayHaveUnicodeLiteral")
	}
	_ = strings.Contains
}
