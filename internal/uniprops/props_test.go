package uniprops

import (
	"strings"
	"testing"
)

func TestRewrite(t *testing.T) {
	for _, tc := range []struct{ in, contains, err string }{
		{in: `\p{Lu}`, contains: `[\u{41}-\u{5a}`},
		{in: `[a\p{Nd}]`, contains: `[a\u{30}-\u{39}`},
		{in: `\P{ASCII}`, contains: `[\u{80}-`},
		{in: `\p{Script=Greek}`, contains: `\u{370}`},
		{in: `\p{scx=Grek}`, contains: `\u{342}`},
		{in: `\p{Foo}`, err: "Invalid property name"},
		{in: `\p{Other_Alphabetic}`, err: "Invalid property name"},
		{in: `\p{L`, err: "Invalid property name"},
		{in: `a\\p{L}`, contains: `a\\p{L}`},
	} {
		out, errText := Rewrite(tc.in)
		if errText != tc.err {
			t.Errorf("%s: error %q, want %q", tc.in, errText, tc.err)
			continue
		}
		if tc.err == "" && !strings.Contains(out, tc.contains) {
			t.Errorf("%s: %.80s does not contain %s", tc.in, out, tc.contains)
		}
		if tc.err == "" && out != tc.in {
			if back, ok := Original(out); !ok || back != tc.in {
				t.Errorf("%s: Original gives %q", tc.in, back)
			}
		}
	}
}

func TestRewriteLiterals(t *testing.T) {
	for _, tc := range []struct {
		in        string
		rewritten bool
	}{
		{"x = /\\p{L}/u;", true},
		{"x = /\\p{L}/;", false},              // no u flag: \p is "p"
		{"x = a / b / c; // \\p{L}/u", false}, // division and a comment
		{"s = '/\\\\p{L}/u';", false},         // inside a string
		{"f(/[\\p{N}\\]]+/gu)", true},
		{"return /\\P{Lu}/u.test(s)", true},
		{"return /\\P{Lu}/v.test(s)", false}, // v literals go to the constructor (esbuild)
		{"x = `\\p{L}` + /a/u", false},
	} {
		out := RewriteLiterals(tc.in)
		if (out != tc.in) != tc.rewritten {
			t.Errorf("%q: rewritten=%v, got %q", tc.in, out != tc.in, out)
		}
		if strings.Count(out, "\n") != strings.Count(tc.in, "\n") {
			t.Errorf("%q: line count changed", tc.in)
		}
	}
}

func FuzzRewriteLiterals(f *testing.F) {
	for _, s := range []string{"x = /\\p{L}/u;", "a / b / c", "'\\p{'", "/[\\p{N}]/gu", "/\\p{", "`${/\\p{L}/u}`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := RewriteLiterals(src)
		if strings.Count(out, "\n") != strings.Count(src, "\n") {
			t.Fatalf("line count changed for %q", src)
		}
		_, _ = Rewrite(src)
	})
}
