package fs

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestGlobSegmentMatch(t *testing.T) {
	cases := []struct {
		pat, name string
		want      bool
	}{
		{"*.js", "a.js", true},
		{"*.js", ".a.js", false},
		{".*", ".a", true},
		{".*", ".", false},
		{".*", "..", false},
		{"?.js", "ab.js", false},
		{"[ab].txt", "b.txt", true},
		{"[!ab].txt", "b.txt", false},
		{"[a-c]x", "bx", true},
		{"[[:digit:]]", "7", true},
		{"[[:alpha:]]", "7", false},
		{"+(a|b)c", "ababc", true},
		{"+(a|b)c", "c", false},
		{"*(a|b)c", "c", true},
		{"?(a|b)c", "ac", true},
		{"?(a|b)c", "abc", false},
		{"@(x|y).js", "y.js", true},
		{"!(a).js", "a.js", false},
		{"!(a).js", "b.js", true},
		{"*.!(js)", "a.md", true},
		{"*.!(js)", "a.js", false},
		{"[unclosed", "[unclosed", true}, // literal
	}
	for _, c := range cases {
		seg := parseGlobSeg(c.pat)
		var got bool
		switch seg.kind {
		case segLiteral:
			got = seg.lit == c.name
		case segMagic:
			got = seg.m.match(c.name)
		}
		if got != c.want {
			t.Errorf("%q ~ %q = %v, want %v", c.pat, c.name, got, c.want)
		}
	}
}

func TestCompileGlobParts(t *testing.T) {
	cases := map[string][][]string{
		"{a,*}.js":       {{"a.js"}, {"*.js"}},
		"{a,*}":          {{"*"}},
		"**/**/*.md":     {{"**", "*.md"}},
		"src//x.js":      {{"src", "x.js"}},
		"x/./y":          {{"x", "y"}},
		"a/b/../c":       {{"a", "c"}},
		"{src,lib}/*.js": {{"src", "*.js"}, {"lib", "*.js"}},
		"x{1..3}":        {{"x1"}, {"x2"}, {"x3"}},
		`a\b`:            {{"a", "b"}},
	}
	for pat, want := range cases {
		var got [][]string
		for _, gp := range compileGlob(pat) {
			got = append(got, gp.strs)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("compileGlob(%q) = %q, want %q", pat, got, want)
		}
	}
}

func TestGlobMatcherPaths(t *testing.T) {
	m := newGlobMatcher("/r/node_modules/**")
	for p, want := range map[string]bool{
		"/r/node_modules":        false, // only with the trailing slash Node tries for directories
		"/r/node_modules/a/b.js": true,
		"/r/node_modules/.bin/x": false,
		"/r/src/a.js":            false,
		"/r/node_modules/":       true,
	} {
		if got := m.match(p); got != want {
			t.Errorf("match(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestGlobWalkOrder(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.js", "a.js", "src/x.js", "src/deep/y.js", ".h/z.js"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w := newGlobWalker(dir, dir, globHooks{})
	w.walk([]string{"**/*.js"})
	want := []string{"a.js", "b.js", "src/x.js", "src/deep/y.js"}
	if !reflect.DeepEqual(w.results, want) {
		t.Errorf("results %q, want %q", w.results, want)
	}
}

// FuzzGlobPattern: any pattern compiles, and matching any name neither panics nor hangs.
func FuzzGlobPattern(f *testing.F) {
	for _, s := range []string{"*.js", "**/a/{b,c}/*", "+(a|b)!(c)", "[[:alpha:]-z]", "{1..3}", "x{a,{b,c}}", "[", "!(", "a/../..", "@(|)"} {
		f.Add(s, "abc.js")
	}
	f.Fuzz(func(t *testing.T, pat, name string) {
		if len(pat) > 64 || len(name) > 64 {
			return
		}
		for _, gp := range compileGlob(pat) {
			for _, s := range gp.segs {
				if s.kind == segMagic {
					s.m.match(name)
				}
			}
		}
		newGlobMatcher(pat).match("/" + name)
	})
}
