package loader

import "testing"

func TestCheckRegExpLiterals(t *testing.T) {
	src := "const a = 1;\nconst x = /[a&&&b]/v;\n"
	te := checkRegExpLiterals(src, `const x = new RegExp("[a&&&b]", "v");`)
	if te == nil || te.Line != 2 || te.Col != 11 || te.Len != 10 ||
		te.Msg != "Invalid regular expression: /[a&&&b]/v: Invalid character in character class" {
		t.Fatalf("got %+v", te)
	}
	if te := checkRegExpLiterals("x = /./uv", `x = new RegExp(".", "uv");`); te == nil || te.Msg != "Invalid regular expression flags" {
		t.Fatalf("uv: got %+v", te)
	}
	if te := checkRegExpLiterals("x = /[a--b]/v", `x = new RegExp("[a--b]", "v");`); te != nil {
		t.Fatalf("valid pattern reported: %+v", te)
	}
	if te := checkRegExpLiterals("x = new RegExp('[a&&]', 'v')", `x = new RegExp("[a&&]", "v");`); te != nil {
		t.Fatalf("a constructor call is not a literal: %+v", te)
	}
	for _, s := range []string{`"a\\b\"c"`, `'\xE9\u{1F600}\uD83D\uDE00'`} {
		if _, n, ok := readJSString(s); !ok || n != len(s) {
			t.Errorf("readJSString(%s) = %d, %v", s, n, ok)
		}
	}
}
